// RulePack::LangSet: the prefilter of one language — the PatternFilter
// conditions of every pattern of every rule of the language in RE2::Sets,
// so that choosing the patterns to run costs a scan of the text per set (on
// several threads early in a run). Built on
// the first SelectPatterns for the language (RulePack::LangSets holds one
// std::once_flag per language), or up front for an eager pack.
// Internal to rules/: rule_pack.cc matches and builds it, rule_pack_builder.cc
// builds it for an eager pack.
#ifndef FACTLINT_RULES_LANG_SET_H_
#define FACTLINT_RULES_LANG_SET_H_

#include <re2/set.h>

#include <atomic>
#include <cstddef>
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
  // The conditions held in RE2::Sets, each built and matched on its own.
  struct Part {
    std::unique_ptr<re2::RE2::Set> set;
    std::vector<int> conditions;  // the condition of each index of `set`
  };
  struct Sets {
    std::vector<Part> parts;  // empty when no pattern has a condition
    bool failed = false;      // a set did not compile: every pattern runs
  };
  std::vector<Pattern> patterns;  // every pattern of the language, by rule then index
  std::vector<std::string> conditions;  // distinct; Pattern::branches index them
  // A run's first kThreadedSelections articles scan `cold`: up to kColdParts
  // sets, one per condition, built and matched on the pack's jobs() threads. A first scan
  // mostly builds DFA states, and a set's states hold every condition in
  // progress at once, so small sets build far fewer and smaller ones (the
  // gate's scan: 76 million instructions in one set, 27 in one per condition).
  Sets cold;
  // Later articles scan `warm`, kWarmParts sets built on the first of them:
  // their scans mostly reuse states, and each set is one more pass over the text.
  mutable std::once_flag warm_once;
  mutable Sets warm;
};

struct RulePack::LangSets {
  explicit LangSets(int64_t max_set_memory) : max_set_memory(max_set_memory) {}
  int64_t max_set_memory;
  std::atomic<size_t> selections{0};  // SelectPatterns calls so far
  std::once_flag once[kRuleLanguages.size()];
  std::unique_ptr<LangSet> sets[kRuleLanguages.size()];
};

inline constexpr size_t kColdParts = 256;
inline constexpr size_t kWarmParts = 4;
// Fewer warm sets when there are fewer conditions than this per set.
inline constexpr size_t kMinConditionsPerWarmPart = 16;

// Scans on threads for this many articles of a run; then one thread each.
inline constexpr size_t kThreadedSelections = 8;

// The prefilter of `lang` over `rules` with its cold sets, compiled on `jobs`
// threads; when a RE2::Set does not compile within its share of
// `max_set_memory`, `cold.failed` is set.
std::unique_ptr<RulePack::LangSet> BuildLangSet(const std::vector<CompiledRule>& rules, Lang lang,
                                                int64_t max_set_memory, size_t jobs = 1);
// The warm sets of `lang_set`, built on the first call.
const RulePack::LangSet::Sets& WarmSets(const RulePack::LangSet& lang_set, int64_t max_set_memory);

}  // namespace factlint

#endif  // FACTLINT_RULES_LANG_SET_H_
