// RulePack::LangSet: the prefilter of one language — the PatternFilter
// conditions of every pattern of every rule of the language in one RE2::Set,
// so that choosing the patterns to run costs one scan of the text. Built on
// the first SelectPatterns for the language (RulePack::LangSets holds one
// std::once_flag per language), or up front for an eager pack.
// Internal to rules/: rule_pack.cc matches and builds it, rule_pack_builder.cc
// builds it for an eager pack.
#ifndef FACTLINT_RULES_LANG_SET_H_
#define FACTLINT_RULES_LANG_SET_H_

#include <re2/set.h>

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "rules/rule_pack.h"

namespace factlint {

struct RulePack::LangSet {
  struct Pattern {
    size_t rule = 0;     // index in rules_
    size_t pattern = 0;  // index in rules_[rule].patterns
    // Set indices: the pattern may match if every condition of one branch
    // matched. Empty: it always runs.
    std::vector<std::vector<int>> branches;
  };
  std::vector<Pattern> patterns;  // every pattern of the language, by rule then index
  std::unique_ptr<re2::RE2::Set> set;  // null when no pattern has a condition
  int conditions = 0;                  // distinct conditions in `set`
  bool failed = false;                 // the set did not compile: every pattern runs
};

struct RulePack::LangSets {
  explicit LangSets(int64_t max_set_memory) : max_set_memory(max_set_memory) {}
  int64_t max_set_memory;
  std::once_flag once[kRuleLanguages.size()];
  std::unique_ptr<LangSet> sets[kRuleLanguages.size()];
};

// The prefilter of `lang` over `rules`; when its RE2::Set does not compile
// within `max_set_memory`, `failed` is set.
std::unique_ptr<RulePack::LangSet> BuildLangSet(const std::vector<CompiledRule>& rules, Lang lang,
                                                int64_t max_set_memory);

}  // namespace factlint

#endif  // FACTLINT_RULES_LANG_SET_H_
