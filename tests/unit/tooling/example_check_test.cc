#include "tooling/example_check.h"

#include <catch2/catch.hpp>

#include "tooling_test_util.h"

namespace factlint {
namespace {

std::string Replace(std::string s, const std::string& from, const std::string& to) {
  size_t at = s.find(from);
  REQUIRE(at != std::string::npos);
  return s.replace(at, from.size(), to);
}

std::string Detail(const TestFailure& f, const std::string& label) {
  for (const auto& [l, v] : f.details) {
    if (l == label) return v;
  }
  return "(no " + label + ")";
}

TEST_CASE("Passing examples report the pattern they cover", "[examples]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  std::vector<ExampleResult> results = CheckExamples(pack, *pack.FindRule("troops.fr"));
  REQUIRE(results.size() == 1);
  CHECK(results[0].passed);
  CHECK(results[0].covered == std::vector<size_t>{0});
}

TEST_CASE("A wrong expected value names the example, the rule and both values", "[examples]") {
  RulePack pack = testing::PackFrom(
      Replace(testing::kTroopPack, "          value: 3000\n", "          value: 2000\n"));
  std::vector<ExampleResult> results = CheckExamples(pack, *pack.FindRule("troops.fr"));
  REQUIRE(results.size() == 1);
  const ExampleResult& r = results[0];
  REQUIRE_FALSE(r.passed);
  CHECK(r.failure.where.ToString() == "pack.yaml:27:11");
  CHECK(r.failure.rule_id == "troops.fr");
  CHECK(r.failure.message == "match example: the match differs from what the example expects");
  CHECK(Detail(r.failure, "rule") == "pack.yaml:16:5");
  CHECK(Detail(r.failure, "expected") == "value [2000, 2000], key region=PL");
  CHECK(Detail(r.failure, "actual").rfind("value [3000, 3000] soldier, qualifier exact", 0) == 0);
  CHECK(Detail(r.failure, "differs") == "value: expected [2000, 2000], got [3000, 3000] soldier");
}

TEST_CASE("A match example that does not match says how far each pattern got", "[examples]") {
  RulePack pack =
      testing::PackFrom(Replace(testing::kTroopPack, "Biden enverra 3 000 soldats en Pologne.",
                                "Biden enverra 3 000 soldats vers la Pologne."));
  std::vector<ExampleResult> results = CheckExamples(pack, *pack.FindRule("troops.fr"));
  REQUIRE(results.size() == 1);
  REQUIRE_FALSE(results[0].passed);
  const TestFailure& f = results[0].failure;
  CHECK(f.message == "match example: no match");
  CHECK(Detail(f, "pattern 1") ==
        "matches as far as `(?P<quantity>{qty}) soldats (?:en|vers) ` (\"3 000 soldats vers \"),\n"
        "not `(?P<region>{gaz:places})`");
  CHECK(FormatFailure(f) ==
        "pack.yaml:27:11: error: [troops.fr] match example: no match\n"
        "  rule:      pack.yaml:16:5\n"
        "  text:      Biden enverra 3 000 soldats vers la Pologne.\n"
        "  expected:  value [3000, 3000], key region=PL\n"
        "  pattern 1: matches as far as `(?P<quantity>{qty}) soldats (?:en|vers) ` (\"3 000 "
        "soldats vers \"),\n"
        "             not `(?P<region>{gaz:places})`\n");
}

TEST_CASE("A no_match example that matches shows the claim", "[examples]") {
  RulePack pack = testing::PackFrom(Replace(
      testing::kTroopPack, "          key: {region: PL}\n",
      "          key: {region: PL}\n      no_match:\n        - \"Paris envisage 500 soldats en "
      "Roumanie.\"\n"));
  std::vector<ExampleResult> results = CheckExamples(pack, *pack.FindRule("troops.fr"));
  REQUIRE(results.size() == 2);
  CHECK(results[0].passed);
  const ExampleResult& r = results[1];
  REQUIRE_FALSE(r.passed);
  CHECK_FALSE(r.must_match);
  CHECK(r.covered.empty());
  CHECK(r.failure.message == "no_match example: the rule matches");
  CHECK(Detail(r.failure, "actual") ==
        "value [500, 500] soldier, qualifier exact, modality planned (cue \"envisage\"), key "
        "region=RO\nfrom \"500 soldats en Roumanie\" (pattern 1, pack.yaml:24:9)");
}

}  // namespace
}  // namespace factlint
