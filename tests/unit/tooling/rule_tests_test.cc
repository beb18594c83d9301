#include "tooling/rule_tests.h"

#include <catch2/catch.hpp>

#include "tooling_test_util.h"

namespace factlint {
namespace {

// Pattern 2 reads "N militaires en X"; no example or fixture has such a sentence.
// Pattern 3 matches only what pattern 1 already took, yet works on its own.
constexpr const char* kPack = R"yaml(
gazetteer: places
entries:
  PL: {aliases: [Pologne]}
rules:
  - id: troops.fr
    description: Soldats envoyés
    language: fr
    slot: troops.deployed
    key: {region: {gazetteer: places}}
    value: {type: quantity, unit: soldier}
    patterns:
      - '(?P<quantity>\d+) soldats en (?P<region>{gaz:places})'
      - '(?P<quantity>\d+) militaires en (?P<region>{gaz:places})'
      - '(?P<quantity>\d+) soldats'
    examples:
      match:
        - text: "300 soldats en Pologne"
          value: 300
)yaml";

TEST_CASE("Coverage fails a pattern that never produces a claim", "[coverage]") {
  RulePack pack = testing::PackFrom(kPack);
  RuleTestRun run = RunRuleTests(pack, {});
  CHECK(run.examples == 1);
  CHECK(run.passed == 1);  // the example; coverage of the rule fails
  CHECK(run.failed == 1);
  REQUIRE(run.failures.size() == 1);
  CHECK(FormatFailure(run.failures[0]) ==
        "pack.yaml:14:9: error: [troops.fr] coverage: pattern 2 never produces a claim, even on "
        "its own, in the rule's 'match' examples or the fixtures\n"
        "  rule: pack.yaml:6:5\n"
        "  hint: add a 'match' example that this pattern reads, or remove the pattern\n");
}

TEST_CASE("A fixture article covers a pattern", "[coverage]") {
  RulePack pack = testing::PackFrom(kPack);
  LoadedFixture fixture;
  fixture.spec.sidecar = "s.test.yaml";
  fixture.spec.target = "s";
  ClaimExpectation e;
  e.line = 2;
  e.slot = "troops.deployed";
  e.loc = {"s.test.yaml", 2, 5};
  fixture.spec.claims.push_back(e);
  fixture.articles.push_back(
      testing::MakeArticle("s/a.txt", "Titre\nParis enverra 120 militaires en Pologne.\n"));
  RuleTestRun run = RunRuleTests(pack, {fixture});
  for (const TestFailure& f : run.failures) UNSCOPED_INFO(FormatFailure(f));
  CHECK(run.failures.empty());
  CHECK(run.fixture_checks == 1);
  CHECK(run.passed == 3);  // example, fixture claim, coverage
}

}  // namespace
}  // namespace factlint
