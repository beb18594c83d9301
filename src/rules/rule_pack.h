// RulePack: every rule, sub-pattern, gazetteer and modality cue loaded from
// one or more rule folders, validated and compiled.
//
//   Result<RulePack> pack = LoadRulePack({"rules/"});   // rules/rule_loader.h
//   for (const CompiledRule& r : pack->rules()) ...
//   pack->Select(Lang::kFr, text)  // indices of rules whose patterns can match
//
// Built once per run; immutable afterwards and safe to share between threads.
#ifndef FACTLINT_RULES_RULE_PACK_H_
#define FACTLINT_RULES_RULE_PACK_H_

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

struct CompiledRule {
  Rule rule;
  std::vector<CompiledPattern> patterns;  // in declaration order, per language
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

  // Rules of `lang` with at least one pattern that matches somewhere in `text`
  // (one RE2::Set scan per language). Sorted rule indices.
  std::vector<size_t> Select(Lang lang, std::string_view text) const;

 private:
  friend class RulePackBuilder;
  std::vector<CompiledRule> rules_;
  std::map<std::string, Gazetteer> gazetteers_;
  struct LangSet;
  std::map<Lang, std::unique_ptr<LangSet>> sets_;
};

}  // namespace factlint

#endif  // FACTLINT_RULES_RULE_PACK_H_
