// `factlint rules test`: every rule's examples, every annotated fixture, and
// coverage, as one run.
//
//   std::vector<LoadedFixture> fixtures = ...;    // parsed sidecars and their articles
//   RuleTestRun run = RunRuleTests(pack, fixtures);
//   for (const TestFailure& f : run.failures) std::cout << FormatFailure(f);
//   std::cout << run.passed << " passed, " << run.failed << " failed\n";
//
// Each example, expected claim and expected (or excluded) finding is a test;
// so is each rule's coverage: a rule passes it when it has a `match` example
// and each of its patterns, in each of its languages, produces a claim from a
// `match` example or a fixture article, if need be on its own (a pattern whose
// matches an earlier pattern of the rule takes first still works). A pattern
// that never fires is a failure: it is either dead or untested. Failures come
// in order: examples (pack order), fixtures, coverage. Pure.
#ifndef FACTLINT_TOOLING_RULE_TESTS_H_
#define FACTLINT_TOOLING_RULE_TESTS_H_

#include <vector>

#include "rules/rule_pack.h"
#include "text/article.h"
#include "tooling/fixture_spec.h"
#include "tooling/test_failure.h"

namespace factlint {

struct LoadedFixture {
  FixtureSpec spec;
  std::vector<Article> articles;
};

struct RuleTestRun {
  size_t passed = 0;
  size_t failed = 0;
  std::vector<TestFailure> failures;
  Diagnostics errors;  // fixtures whose sidecar names articles that are not there
  size_t examples = 0;
  size_t fixture_checks = 0;
};

RuleTestRun RunRuleTests(const RulePack& pack, const std::vector<LoadedFixture>& fixtures);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_RULE_TESTS_H_
