// RulePackBuilder: compiled rules and gazetteers -> RulePack, with a prefilter
// per language over the PatternFilter conditions of every pattern of that
// language (rules/lang_set.h).
//
//   RulePackBuilder builder(std::move(gazetteers));
//   builder.Add(std::move(compiled_rule));  // in pack order
//   std::optional<RulePack> pack = std::move(builder).Build(&errors);
//
// Eager (the default) builds every language's set now and reports one that
// does not fit its memory budget; lazy leaves each set to the pack's first
// SelectPatterns for its language, which runs every pattern should the set
// not fit.
#ifndef FACTLINT_RULES_RULE_PACK_BUILDER_H_
#define FACTLINT_RULES_RULE_PACK_BUILDER_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>

#include "base/status.h"
#include "rules/gazetteer.h"
#include "rules/regex_compile.h"
#include "rules/rule_pack.h"

namespace factlint {

class RulePackBuilder {
 public:
  // `max_set_memory` bounds each language's RE2::Sets together; tests lower it.
  explicit RulePackBuilder(std::map<std::string, Gazetteer> gazetteers,
                           int64_t max_set_memory = kMaxRegexSetMemory, bool lazy = false);

  void Add(CompiledRule rule);
  void AddFixture(FixtureRef fixture);
  // Lets the first `articles` articles the pack reads run narrowed patterns
  // (rules/article_regexes.h); 0 (the default) never narrows.
  void NarrowFirstArticles(size_t articles);
  // Threads that build the prefilter sets and run the first articles' scans
  // (rules/lang_set.h); the pack's answers do not depend on it.
  void UseThreads(size_t jobs);

  // nullopt (and reported) when, eagerly, a language's conditions do not fit
  // their RE2::Sets within the memory budget.
  std::optional<RulePack> Build(Diagnostics* errors) &&;

 private:
  RulePack pack_;
  int64_t max_set_memory_;
  bool lazy_;
  size_t narrowed_articles_ = 0;
  size_t jobs_ = 1;
};

}  // namespace factlint

#endif  // FACTLINT_RULES_RULE_PACK_BUILDER_H_
