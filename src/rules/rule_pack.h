// RulePack: every rule, sub-pattern, gazetteer and modality cue loaded from
// one or more rule folders, validated and compiled.
//
//   Diagnostics errors;
//   std::optional<RulePack> pack = LoadRulePack({"rules/"}, &errors);  // rules/rule_loader.h
//   for (size_t i : pack->Select(Lang::kFr, text)) {   // rules whose patterns match somewhere
//     const CompiledRule& rule = pack->rules()[i];
//     for (const CompiledPattern& p : rule.patterns) if (p.lang == Lang::kFr) ...
//   }
//
// Built once per run; immutable afterwards and safe to share between threads.
#ifndef FACTLINT_RULES_RULE_PACK_H_
#define FACTLINT_RULES_RULE_PACK_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/lang.h"
#include "rules/gazetteer.h"
#include "rules/rule.h"

namespace re2 {
class RE2;
class Set;
}  // namespace re2

namespace factlint {

struct CompiledPattern {
  Lang lang = Lang::kUnknown;
  std::string expanded;  // the pattern with every {sub-pattern} substituted
  std::shared_ptr<const re2::RE2> re;
  SourceLoc loc;
};

// An annotated fixture a rule file names under `fixtures:` for `factlint rules
// test` (docs/rules.md "Annotated fixtures"); the path is resolved against the
// folder of the rule file, not checked here.
struct FixtureRef {
  std::string path;
  SourceLoc loc;  // of the entry in the rule file
};

struct CompiledRule {
  Rule rule;
  // Every pattern for the rule's first language in declaration order, then
  // every pattern for its second language, and so on.
  std::vector<CompiledPattern> patterns;
  // Modality cues (shared + the rule's own), one RE2 per modality, per language.
  std::map<std::pair<Lang, Modality>, std::shared_ptr<const re2::RE2>> cues;
};

class RulePack {
 public:
  RulePack();
  ~RulePack();
  RulePack(RulePack&&) noexcept;
  RulePack& operator=(RulePack&&) noexcept;

  const std::vector<CompiledRule>& rules() const { return rules_; }
  const Gazetteer* FindGazetteer(const std::string& name) const;
  const std::map<std::string, Gazetteer>& gazetteers() const { return gazetteers_; }
  const CompiledRule* FindRule(std::string_view id) const;
  // Every `fixtures:` entry of every rule file, in load order.
  const std::vector<FixtureRef>& fixtures() const { return fixtures_; }

  // Rules of `lang` with at least one pattern that matches somewhere in `text`
  // (one RE2::Set scan per language). Sorted rule indices. Should RE2 run out
  // of memory while scanning, every rule of `lang` is returned: a superset is
  // always a correct answer for a pre-filter.
  std::vector<size_t> Select(Lang lang, std::string_view text) const;

  // Internal: the RE2::Set of one language; built by RulePackBuilder
  // (rules/rule_pack_builder.h), defined in rules/lang_set.h.
  struct LangSet;

 private:
  friend class RulePackBuilder;
  std::vector<CompiledRule> rules_;
  std::map<std::string, Gazetteer> gazetteers_;
  std::map<std::string, size_t, std::less<>> rule_index_;  // id -> index in rules_
  std::map<Lang, std::unique_ptr<LangSet>> sets_;
  std::vector<FixtureRef> fixtures_;
};

}  // namespace factlint

#endif  // FACTLINT_RULES_RULE_PACK_H_
