#include "rules/rule_loader.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cerrno>
#include <exception>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <system_error>
#include <utility>

#include "base/parallel_for.h"
#include "rules/gazetteer_reader.h"
#include "rules/modality_cues.h"
#include "rules/pattern_library.h"
#include "rules/rule_compiler.h"
#include "rules/rule_pack_builder.h"
#include "rules/rule_parser.h"
#include "rules/sub_pattern_reader.h"
#include "rules/yaml_reader.h"

namespace factlint {
namespace {

constexpr std::array<std::string_view, 6> kTopLevelKeys = {"patterns", "gazetteer", "entries",
                                                           "modality", "rules",    "fixtures"};

// The sections of every file, gathered before anything is compiled: a rule may
// use a sub-pattern or a gazetteer from any file, in any order.
struct PackSections {
  std::vector<std::unique_ptr<YamlReader>> readers;  // keep positions resolvable
  GazetteerReader gazetteers;
  std::vector<SubPattern> sub_patterns;
  ModalityCueSpecs shared_cues;
  std::vector<std::pair<YamlReader*, YamlField>> rule_lists;
  std::vector<FixtureRef> fixtures;
};

// `fixtures:` lists paths for `factlint rules test`, relative to the rule file.
void ReadFixtureRefs(YamlReader& reader, const YamlField& field, std::vector<FixtureRef>* out) {
  std::optional<std::vector<YamlItem>> items = reader.ReadList(field, "");
  for (const YamlItem& item : items.value_or(std::vector<YamlItem>{})) {
    std::optional<std::string> path = reader.ReadString(item.node, item.loc, "a fixture path");
    if (!path) continue;
    if (path->empty()) {
      reader.Error(item.loc, "empty fixture path");
      continue;
    }
    std::filesystem::path resolved =
        std::filesystem::path(reader.file()).parent_path() / std::filesystem::path(*path);
    out->push_back({resolved.lexically_normal().generic_string(), item.loc});
  }
}

// `check_syntax`: whether the shared modality cues get RE2's syntax check.
void ReadFile(YamlReader& reader, const std::vector<YamlNode>& docs, bool check_syntax,
              PackSections* sections) {
  for (const YamlNode& doc : docs) {
    if (doc.IsNull()) continue;  // an empty file or document
    std::optional<YamlMap> top = reader.ReadMap(doc, reader.Loc(doc), "rule file", kTopLevelKeys);
    if (!top) continue;
    sections->gazetteers.Read(reader, *top);
    if (const YamlField* patterns = top->Find("patterns")) {
      ReadSubPatterns(reader, *patterns, &sections->sub_patterns);
    }
    if (const YamlField* modality = top->Find("modality")) {
      ReadModalityCues(reader, *modality, "", &sections->shared_cues, check_syntax);
    }
    if (const YamlField* rules = top->Find("rules")) {
      sections->rule_lists.emplace_back(&reader, *rules);
    }
    if (const YamlField* fixtures = top->Find("fixtures")) {
      ReadFixtureRefs(reader, *fixtures, &sections->fixtures);
    }
  }
}

// Errors in file order, then position; errors without a file last. Identical
// problems found twice (a plain sub-pattern checked for each language) once.
void SortAndDedupe(Diagnostics* diagnostics, size_t first, const std::vector<RuleSource>& sources) {
  std::map<std::string, size_t> file_rank;
  for (size_t i = 0; i < sources.size(); ++i) file_rank.try_emplace(sources[i].path, i);
  auto rank = [&](const Status& s) {
    auto it = file_rank.find(s.loc().file);
    return std::make_tuple(it == file_rank.end() ? sources.size() : it->second, s.loc().line,
                           s.loc().column);
  };
  auto begin = diagnostics->begin() + static_cast<std::ptrdiff_t>(first);
  std::stable_sort(begin, diagnostics->end(),
                   [&](const Status& a, const Status& b) { return rank(a) < rank(b); });
  std::set<std::string> seen;
  auto end = std::remove_if(begin, diagnostics->end(),
                            [&](const Status& s) { return !seen.insert(s.ToString()).second; });
  diagnostics->erase(end, diagnostics->end());
}

// Every path and text of a load, for RuleLoadCache::IsClean and MarkClean.
std::string PackKey(const std::vector<RuleSource>& sources) {
  std::string key;
  for (const RuleSource& source : sources) {
    key += std::to_string(source.path.size()) + ":" + source.path;
    key += std::to_string(source.content.size()) + ":" + source.content;
  }
  return key;
}

std::optional<RulePack> Build(const std::vector<RuleSource>& sources, Diagnostics* errors,
                              Diagnostics* warnings, const RulePackOptions& options) {
  const size_t first_error = errors->size();
  // The very same files loaded without an error before: the RE2 syntax checks
  // a lazy load makes up front can only pass again.
  const std::string pack_key = options.cache != nullptr ? PackKey(sources) : "";
  const bool known_clean = options.cache != nullptr && options.cache->IsClean(pack_key);
  const bool check_syntax = !(known_clean && options.lazy);
  PackSections sections;
  // yaml-cpp's parse is most of the load: the files are parsed (or found in the
  // cache) on `jobs` threads, then read in order, so messages and the pack do not
  // depend on the threads.
  std::vector<std::unique_ptr<YamlReader>> readers;
  for (const RuleSource& source : sources) {
    readers.push_back(std::make_unique<YamlReader>(source.path, source.content, errors));
  }
  std::vector<YamlReader::Parsed> yaml(readers.size());
  ParallelFor(readers.size(), options.jobs,
              [&](size_t i) { yaml[i] = readers[i]->ParseUnreported(options.cache); });
  for (size_t i = 0; i < readers.size(); ++i) {
    ReadFile(*readers[i], readers[i]->Report(std::move(yaml[i])), check_syntax, &sections);
    sections.readers.push_back(std::move(readers[i]));
  }

  std::map<std::string, Gazetteer> gazetteers =
      std::move(sections.gazetteers).Finish(errors, warnings);

  PatternLibrary library(&gazetteers);
  for (SubPattern& sub : sections.sub_patterns) library.Add(std::move(sub), errors);
  library.Validate(errors, check_syntax);

  std::vector<ParsedRule> parsed;
  std::map<std::string, SourceLoc> first_id_loc;
  for (auto& [reader, field] : sections.rule_lists) {
    std::optional<std::vector<YamlItem>> items = reader->ReadList(field, "");
    for (const YamlItem& item : items.value_or(std::vector<YamlItem>{})) {
      std::optional<ParsedRule> rule = ParseRule(*reader, item, gazetteers);
      if (!rule) continue;
      if (!rule->rule.id.empty()) {
        auto [first, inserted] = first_id_loc.try_emplace(rule->rule.id, rule->id_loc);
        if (!inserted) {
          errors->push_back(Status::RuleError("duplicate rule id '" + rule->rule.id +
                                                  "' (first defined at " +
                                                  first->second.ToString() + ")",
                                              rule->id_loc));
          rule->clean = false;
        }
      }
      parsed.push_back(std::move(*rule));
    }
  }

  RuleCompiler compiler(&library, &sections.shared_cues, options.lazy, check_syntax);
  std::vector<CompiledRule> compiled;
  for (ParsedRule& rule : parsed) {
    std::optional<CompiledRule> c =
        compiler.Compile(std::move(rule.rule), rule.clean, errors, warnings);
    if (c) compiled.push_back(std::move(*c));
  }

  RulePackBuilder builder(std::move(gazetteers), kMaxRegexSetMemory, options.lazy);
  if (options.lazy) builder.NarrowFirstArticles(options.narrowed_articles);
  builder.UseThreads(options.jobs);
  for (CompiledRule& rule : compiled) builder.Add(std::move(rule));
  for (FixtureRef& fixture : sections.fixtures) builder.AddFixture(std::move(fixture));
  std::optional<RulePack> pack = std::move(builder).Build(errors);
  if (options.cache != nullptr && !known_clean && pack && errors->size() == first_error) {
    options.cache->MarkClean(pack_key);
  }
  return pack;
}

}  // namespace

std::optional<RulePack> BuildRulePack(const std::vector<RuleSource>& sources, Diagnostics* errors,
                                      Diagnostics* warnings, const RulePackOptions& options) {
  Diagnostics local_errors;
  if (errors == nullptr) errors = &local_errors;
  const size_t first_error = errors->size();
  const size_t first_warning = warnings == nullptr ? 0 : warnings->size();
  std::optional<RulePack> pack;
  try {
    pack = Build(sources, errors, warnings, options);
  } catch (const std::exception& e) {
    // Nothing past the parse should throw; should anything still (memory), the
    // rule files are user input, so this is still a rule error.
    errors->push_back(Status::RuleError(std::string("cannot load the rule pack: ") + e.what()));
  }
  SortAndDedupe(errors, first_error, sources);
  if (warnings != nullptr) SortAndDedupe(warnings, first_warning, sources);
  if (errors->size() != first_error) return std::nullopt;
  return pack;
}

std::optional<RulePack> LoadRulePack(const std::vector<std::string>& paths, Diagnostics* errors,
                                     Diagnostics* warnings, const RulePackOptions& options) {
  namespace fs = std::filesystem;
  Diagnostics local_errors;
  if (errors == nullptr) errors = &local_errors;
  const size_t first_error = errors->size();

  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code ec;
    fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) {
      errors->push_back(Status::IoError("rule path '" + path + "' does not exist"));
      continue;
    }
    if (!fs::is_directory(status)) {
      files.push_back(path);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
    for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      std::string ext = it->path().extension().string();
      // *.test.yaml files are annotated-fixture sidecars (factlint rules test), not rules.
      bool sidecar = it->path().filename().string().size() > 10 &&
                     it->path().filename().string().ends_with(".test.yaml");
      if ((ext == ".yaml" || ext == ".yml") && !sidecar && it->is_regular_file(ec)) {
        found.push_back(it->path().generic_string());
      }
    }
    if (ec) {
      errors->push_back(Status::IoError("cannot list rule folder '" + path + "': " + ec.message()));
      continue;
    }
    if (found.empty()) {
      errors->push_back(
          Status::IoError("no *.yaml or *.yml file under rule folder '" + path + "'"));
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }

  std::vector<RuleSource> sources;
  std::set<std::string> read;
  for (const std::string& file : files) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(file, ec);
    if (!read.insert(ec ? file : canonical.string()).second) continue;  // named twice
    errno = 0;
    std::ifstream in(file, std::ios::binary);
    std::ostringstream content;
    if (in) content << in.rdbuf();
    if (!in || in.bad()) {
      // "permission denied", "is a directory": the user needs the reason, at the file.
      std::string reason = errno != 0 ? std::generic_category().message(errno) : "read error";
      if (!reason.empty()) reason[0] = static_cast<char>(std::tolower(reason[0]));
      errors->push_back(Status::IoError("cannot read rule file: " + reason, SourceLoc{file}));
      continue;
    }
    sources.push_back({file, content.str()});
  }

  std::optional<RulePack> pack = BuildRulePack(sources, errors, warnings, options);
  if (errors->size() != first_error) return std::nullopt;
  return pack;
}

}  // namespace factlint
