#include "rules/rule_compiler.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "rules/pattern_prefilter.h"
#include "rules/regex_compile.h"
#include "rules/regex_source.h"
#include "rules/rule_defaults.h"

namespace factlint {
namespace {

// A group the rule reads, and who reads it, for messages.
struct RequiredGroup {
  std::string name;
  std::string role;
};

std::string JoinGroups(const std::set<std::string>& groups) {
  if (groups.empty()) return "none";
  std::string out;
  for (const std::string& g : groups) out += (out.empty() ? "" : ", ") + g;
  return out;
}

}  // namespace

RuleCompiler::RuleCompiler(PatternLibrary* library, const ModalityCueSpecs* shared_cues,
                           bool lazy, bool check_syntax)
    : library_(library), shared_cues_(shared_cues), lazy_(lazy), check_syntax_(check_syntax) {}

Status RuleCompiler::CheckSyntax(std::string_view source, const LazyRegex& re) {
  // The pattern's own text, each {reference} standing for a group: its
  // sub-patterns were checked on their own (PatternLibrary::Validate) and
  // gazetteers are built valid, so only RE2's parser has something to say, and
  // parsing this costs a fraction of compiling the whole expansion.
  std::string skeleton;
  size_t copied = 0;
  for (const PatternReference& ref : ScanRegexSource(source).references) {
    skeleton.append(source.substr(copied, ref.begin - copied));
    skeleton += "(?:x)";
    copied = ref.end;
  }
  skeleton.append(source.substr(copied));
  RE2::Set parser(RuleRegexOptions(), RE2::UNANCHORED);
  if (parser.Add(skeleton, nullptr) >= 0) return Status::Ok();
  // The message RE2 gives for the whole pattern, as an eager load reports it.
  if (!re.status().ok()) return re.status();
  return Status::Ok();
}

std::optional<CompiledRule> RuleCompiler::Compile(Rule rule, bool warn, Diagnostics* errors,
                                                  Diagnostics* warnings) {
  const size_t errors_before = errors->size();
  const std::string context =
      rule.id.empty() ? "rule at " + rule.loc.ToString() : "rule '" + rule.id + "'";
  CompiledRule compiled;
  // A pattern can fail quietly when its sub-pattern's problem was reported at
  // the sub-pattern; the rule must fail with it.
  bool failed = false;

  // Named groups per pattern, from whichever language compiled: sub-patterns
  // cannot name groups, so every language yields the same ones.
  std::vector<std::optional<std::set<std::string>>> groups(rule.patterns.size());
  for (Lang lang : rule.languages) {
    for (size_t i = 0; i < rule.patterns.size(); ++i) {
      const PatternSpec& pattern = rule.patterns[i];
      std::string what = "pattern of " + context;
      if (rule.languages.size() > 1) what += " for " + std::string(LangCode(lang));
      std::vector<GazetteerSpan> spans;
      std::optional<std::string> expanded =
          library_->Expand(pattern.source, lang, pattern.loc, what, errors, &spans);
      if (!expanded) {
        failed = true;
        continue;
      }
      // A pattern that expands the same in two languages is compiled once.
      auto cached = pattern_cache_.find(*expanded);
      if (cached == pattern_cache_.end()) {
        auto re = std::make_shared<const LazyRegex>(*expanded, what, pattern.loc);
        Status status = !lazy_          ? re->status()
                        : check_syntax_ ? CheckSyntax(pattern.source, *re)
                                        : Status::Ok();
        if (!status.ok()) {
          errors->push_back(std::move(status));
          failed = true;
          continue;
        }
        cached = pattern_cache_.emplace(*expanded, std::move(re)).first;
      }
      const std::shared_ptr<const LazyRegex>& re = cached->second;
      CompiledPattern compiled_pattern;
      if (lazy_) {
        // Sub-patterns and gazetteers name no group: the source names them all.
        std::vector<std::string> names = ScanRegexSource(pattern.source).named_groups;
        compiled_pattern.groups.assign(names.begin(), names.end());
      } else {
        for (const auto& [name, index] : re->Get()->NamedCapturingGroups()) {
          compiled_pattern.groups.push_back(name);
        }
      }
      std::sort(compiled_pattern.groups.begin(), compiled_pattern.groups.end());
      compiled_pattern.groups.erase(
          std::unique(compiled_pattern.groups.begin(), compiled_pattern.groups.end()),
          compiled_pattern.groups.end());
      if (!groups[i]) {
        groups[i].emplace(compiled_pattern.groups.begin(), compiled_pattern.groups.end());
      }
      compiled_pattern.filter =
          ComputePatternFilter(pattern.source, [&](std::string_view piece) {
            Diagnostics ignored;  // the whole pattern expanded: so do its pieces
            return library_->Expand(piece, lang, pattern.loc, what, &ignored);
          });
      compiled_pattern.lang = lang;
      compiled_pattern.gazetteers = std::move(spans);
      compiled_pattern.expanded = std::move(*expanded);
      compiled_pattern.re = re;
      compiled_pattern.loc = pattern.loc;
      compiled.patterns.push_back(std::move(compiled_pattern));
    }
  }

  for (const PatternSpec& pattern : rule.patterns) {
    std::set<std::string> seen;
    for (const std::string& name : ScanRegexSource(pattern.source).named_groups) {
      if (!seen.insert(name).second) {
        errors->push_back(Status::RuleError(
            "named group '" + name + "' appears twice in a pattern of " + context, pattern.loc));
      }
    }
  }

  ValueSpec& value = rule.value;
  bool all_compiled =
      std::all_of(groups.begin(), groups.end(), [](const auto& g) { return g.has_value(); });
  if (value.kind == ValueKind::kQuote && value.speaker.empty() && all_compiled && !groups.empty()) {
    std::string speaker(rule_defaults::kSpeakerGroup);
    if (std::all_of(groups.begin(), groups.end(),
                    [&](const auto& g) { return g->count(speaker) > 0; })) {
      value.speaker = speaker;
    }
  }

  // The value must be captured by every pattern. Key fields and the speaker need
  // only one pattern: where a pattern leaves them out, the field is empty and
  // matches any value (a quote whose speaker is not named).
  std::vector<RequiredGroup> required;
  std::set<std::string> used;
  if (!value.capture.empty()) required.push_back({value.capture, "the value"});
  if (!value.unit_gazetteer.empty()) required.push_back({value.unit_capture, "the unit"});
  std::vector<RequiredGroup> optional;
  for (const KeyField& field : rule.key) {
    // A field looked for around the match may be captured by no pattern at all.
    if (field.scope != KeyScope::kMatch) {
      used.insert(field.name);
      continue;
    }
    optional.push_back({field.name, "key field '" + field.name + "'"});
  }
  if (!value.speaker.empty()) optional.push_back({value.speaker, "the speaker"});
  for (const RequiredGroup& r : required) used.insert(r.name);
  for (const RequiredGroup& r : optional) used.insert(r.name);

  if (all_compiled && !groups.empty()) {
    for (const RequiredGroup& r : optional) {
      bool somewhere = std::any_of(groups.begin(), groups.end(),
                                   [&](const auto& g) { return g->count(r.name) > 0; });
      if (somewhere) continue;
      errors->push_back(Status::RuleError("no pattern of " + context + " has a named group '" +
                                              r.name + "', which " + r.role +
                                              " reads; capture it as (?P<" + r.name + ">...)",
                                          rule.patterns.front().loc));
    }
  }

  for (size_t i = 0; i < rule.patterns.size(); ++i) {
    if (!groups[i]) continue;
    const PatternSpec& pattern = rule.patterns[i];
    for (const RequiredGroup& r : required) {
      if (groups[i]->count(r.name) > 0) continue;
      errors->push_back(Status::RuleError(
          "pattern of " + context + " has no named group '" + r.name + "', which " + r.role +
              " reads; every pattern must capture it as (?P<" + r.name +
              ">...) (named groups here: " + JoinGroups(*groups[i]) + ")",
          pattern.loc));
    }
    if (warn && warnings != nullptr) {
      for (const std::string& name : *groups[i]) {
        if (used.count(name) > 0) continue;
        warnings->push_back(Status::RuleError(
            "named group '" + name + "' in pattern of " + context +
                " is not used by the key, the value or the speaker; make it (?:...)",
            pattern.loc));
      }
    }
  }

  for (const RuleExample& example : rule.examples) {
    for (const auto& [name, text] : example.expect.captures) {
      bool named = std::any_of(groups.begin(), groups.end(),
                               // A named capture: clang 14 cannot capture structured bindings.
                               [&n = name](const auto& g) { return g && g->count(n) > 0; });
      if (!named && all_compiled && !groups.empty()) {
        errors->push_back(Status::RuleError("example of " + context + " expects capture '" + name +
                                                "', which no pattern of the rule names",
                                            example.loc));
      }
    }
  }

  for (Lang lang : rule.languages) {
    for (Modality modality : {Modality::kStated, Modality::kPlanned, Modality::kReported}) {
      std::vector<std::string> cues;
      if (auto shared = shared_cues_->find({lang, modality}); shared != shared_cues_->end()) {
        for (const ModalityCueSpec& cue : shared->second) cues.push_back(cue.regex);
      }
      if (auto own = rule.modality_cues.find({lang, modality}); own != rule.modality_cues.end()) {
        cues.insert(cues.end(), own->second.begin(), own->second.end());
      }
      if (cues.empty()) continue;
      std::string pattern = CueAlternation(cues);
      auto cached = cue_cache_.find(pattern);
      if (cached == cue_cache_.end()) {
        std::string what = "modality cues '" + std::string(ModalityName(modality)) + "' of " +
                           context + " for " + std::string(LangCode(lang));
        auto re = std::make_shared<const LazyRegex>(pattern, what, rule.loc);
        // Lazily, each cue was checked on its own (rules/modality_cues.h).
        if (!lazy_ && !re->status().ok()) {
          errors->push_back(re->status());
          continue;
        }
        cached = cue_cache_.emplace(pattern, std::move(re)).first;
      }
      compiled.cues[{lang, modality}] = cached->second;
    }
  }

  if (failed || errors->size() != errors_before) return std::nullopt;
  compiled.rule = std::move(rule);
  return compiled;
}

}  // namespace factlint
