// Running a rule's examples: does each `match` example produce the claim it
// expects, and each `no_match` example nothing?
//
//   for (const ExampleResult& r : CheckExamples(pack, rule))
//     if (!r.passed) std::cout << FormatFailure(r.failure);
//   // rules/fr/military.yaml:17:11: error: [troops.deployed.fr] match example: no match
//   //   rule:      rules/fr/military.yaml:3:5
//   //   text:      Biden enverra 2 000 soldats vers la Pologne.
//   //   pattern 1: matches as far as `(?P<quantity>{quantity}) soldats ` ('2 000 soldats '),
//   //              not `(?:en|dans) (?P<region>{gaz:places})`
//
// A `match` example passes when one match of the rule, in one of its
// languages, meets every expectation the example sets. A failure says what
// was expected and what the rule produced instead; when nothing matched, it
// says for each pattern how far it got (tooling/pattern_probe.h) or why its
// match was rejected. Pure.
#ifndef FACTLINT_TOOLING_EXAMPLE_CHECK_H_
#define FACTLINT_TOOLING_EXAMPLE_CHECK_H_

#include <string>
#include <vector>

#include "rules/rule_pack.h"
#include "text/article.h"
#include "tooling/article_lines.h"
#include "tooling/test_failure.h"

namespace factlint {

struct ExampleResult {
  SourceLoc example_loc;  // the example in the rule file
  bool must_match = true;
  bool passed = false;
  TestFailure failure;  // when !passed
  // Patterns (indices into CompiledRule::patterns) with an accepted match in
  // this example: what coverage counts. Always empty for `no_match` examples.
  std::vector<size_t> covered;
};

std::vector<ExampleResult> CheckExamples(const RulePack& pack, const CompiledRule& rule);

// Detail lines for a part of an article in which `rule` produced no claim: per
// pattern of the article's language, the matches starting in `range` that were
// rejected and why, or else how far the pattern gets in that text.
std::vector<std::pair<std::string, std::string>> WhyNoMatch(const RulePack& pack,
                                                            const CompiledRule& rule,
                                                            const Article& article,
                                                            NormalizedRange range);

// The article an example's text makes for one language of its rule.
Result<Article> ExampleArticle(const RuleExample& example, Lang lang);

// The author's source of compiled pattern `index` of `rule`.
const PatternSpec& SpecOf(const CompiledRule& rule, size_t index);

// A one-line label for compiled pattern `index`: "pattern 2", or "pattern 2 (en)"
// for a rule of several languages.
std::string PatternLabel(const CompiledRule& rule, size_t index);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_EXAMPLE_CHECK_H_
