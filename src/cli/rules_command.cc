// `factlint rules lint` and `factlint rules test`: the rule author's commands.
#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>
#include <tuple>

#include "cli/commands.h"
#include "cli/rule_cache.h"
#include "rules/rule_loader.h"
#include "tooling/fixture_files.h"
#include "tooling/rule_tests.h"
#include "tooling/slot_lint.h"
#include "tooling/source_cache.h"

#ifndef FACTLINT_DEFAULT_RULES
#define FACTLINT_DEFAULT_RULES "rules"
#endif

namespace factlint {
namespace {

// `rules lint PATH...` and `rules test PATH...` name the pack; else --rules, else the shipped one.
std::vector<std::string> RuleDirs(const Config& config) {
  if (!config.paths.empty()) return config.paths;
  if (!config.rule_dirs.empty()) return config.rule_dirs;
  return {FACTLINT_DEFAULT_RULES};
}

std::string Plural(size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Loads the pack and prints every problem with its YAML line and a caret.
std::optional<RulePack> LoadPack(const Config& config, SourceCache& sources, std::ostream& err,
                                 size_t* error_count, Diagnostics* warnings) {
  Diagnostics errors;
  std::unique_ptr<RuleLoadCache> cache = OpenRuleCache(config);
  RulePackOptions options;
  options.cache = cache.get();
  std::optional<RulePack> pack = LoadRulePack(RuleDirs(config), &errors, warnings, options);
  for (const Status& e : errors) err << sources.Render(e, "error");
  *error_count = errors.size();
  if (!pack && errors.empty()) err << "error: the rule pack could not be loaded\n";
  return pack;
}

std::string Canonical(const std::string& path) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::weakly_canonical(path, ec);
  return ec ? path : p.string();
}

// Every sidecar named by the pack's `fixtures:` and by --fixtures, once each.
std::vector<std::string> Sidecars(const RulePack& pack, const Config& config, SourceCache& sources,
                                  std::ostream& err, size_t* errors) {
  std::vector<std::pair<std::string, SourceLoc>> roots;
  for (const FixtureRef& f : pack.fixtures()) roots.emplace_back(f.path, f.loc);
  for (const std::string& f : config.fixtures) roots.emplace_back(f, SourceLoc{});
  std::vector<std::string> sidecars;
  std::set<std::string> seen;
  for (const auto& [path, loc] : roots) {
    std::vector<std::string> found;
    Status st = FindSidecars(path, &found);
    if (!st.ok()) {
      // Name the `fixtures:` entry that pointed there.
      err << sources.Render(loc.file.empty() ? st : Status::InputError(st.message(), loc));
      ++*errors;
      continue;
    }
    for (const std::string& s : found) {
      if (seen.insert(Canonical(s)).second) sidecars.push_back(s);
    }
  }
  return sidecars;
}

}  // namespace

int RunRulesLint(const Config& config, std::ostream& out, std::ostream& err) {
  SourceCache sources;
  Diagnostics warnings;
  size_t errors = 0;
  std::optional<RulePack> pack = LoadPack(config, sources, err, &errors, &warnings);
  if (pack) {
    for (Status& w : LintSlots(*pack)) warnings.push_back(std::move(w));
  }
  std::stable_sort(warnings.begin(), warnings.end(), [](const Status& a, const Status& b) {
    return std::tie(a.loc().file, a.loc().line, a.loc().column) <
           std::tie(b.loc().file, b.loc().line, b.loc().column);
  });
  for (const Status& w : warnings) err << sources.Render(w, "warning");
  if (!pack) {
    out << Plural(errors, "error") << ", " << Plural(warnings.size(), "warning") << "\n";
    return kExitError;
  }
  size_t patterns = 0;
  for (const CompiledRule& r : pack->rules()) patterns += r.patterns.size();
  out << Plural(pack->rules().size(), "rule") << ", " << Plural(patterns, "pattern") << ", "
      << Plural(pack->gazetteers().size(), "gazetteer") << ": ok";
  if (!warnings.empty()) out << ", " << Plural(warnings.size(), "warning");
  out << "\n";
  return kExitOk;
}

int RunRulesTest(const Config& config, std::ostream& out, std::ostream& err) {
  SourceCache sources;
  Diagnostics warnings;
  size_t errors = 0;
  std::optional<RulePack> pack = LoadPack(config, sources, err, &errors, &warnings);
  for (const Status& w : warnings) err << sources.Render(w, "warning");
  if (!pack) return kExitError;

  std::vector<LoadedFixture> fixtures;
  size_t articles = 0;
  for (const std::string& sidecar : Sidecars(*pack, config, sources, err, &errors)) {
    Result<std::string> text = ReadTextFile(sidecar);
    if (!text.ok()) {
      err << sources.Render(text.status());
      ++errors;
      continue;
    }
    sources.Put(sidecar, *text);
    Diagnostics problems;
    std::optional<FixtureSpec> spec = ParseFixtureSpec(sidecar, *text, *pack, &problems);
    for (const Status& p : problems) err << sources.Render(p);
    errors += problems.size();
    if (!spec) continue;
    Diagnostics read_warnings;
    Result<std::vector<Article>> read = ReadFixtureArticles(spec->target, &read_warnings);
    for (const Status& w : read_warnings) err << sources.Render(w, "warning");
    if (!read.ok()) {
      err << sources.Render(read.status());
      ++errors;
      continue;
    }
    articles += read->size();
    fixtures.push_back({std::move(*spec), std::move(read).value()});
  }

  RuleTestRun run = RunRuleTests(*pack, fixtures);
  for (const TestFailure& f : run.failures) out << FormatFailure(f);
  for (const Status& e : run.errors) err << sources.Render(e);
  errors += run.errors.size();
  out << Plural(pack->rules().size(), "rule") << ": " << Plural(run.examples, "example") << "; "
      << Plural(fixtures.size(), "fixture") << " (" << Plural(articles, "article")
      << "): " << Plural(run.fixture_checks, "expectation") << "\n";
  out << run.passed << " passed, " << run.failed << " failed\n";
  if (errors > 0) {
    err << "error: " << Plural(errors, "problem") << " in the rules or fixtures kept some tests "
        << "from running\n";
    return kExitError;
  }
  return run.failed == 0 ? kExitOk : kExitFindings;
}

}  // namespace factlint
