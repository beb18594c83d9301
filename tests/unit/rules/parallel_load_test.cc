// Rule files parsed on several threads make the same pack, and the same
// messages in the same order, as files parsed one after the other.
#include <catch2/catch.hpp>
#include <limits>
#include <string>
#include <vector>

#include "base/parallel_for.h"
#include "rules/rule_loader.h"
#include "rules_test_util.h"

using namespace factlint;
using namespace std::string_literals;

TEST_CASE("ParallelFor calls every index once", "[parallel]") {
  for (size_t jobs : {size_t{0}, size_t{1}, size_t{2}, size_t{8}}) {
    std::vector<int> calls(1000, 0);
    ParallelFor(calls.size(), jobs, [&](size_t i) { calls[i] += 1; });
    CHECK(std::count(calls.begin(), calls.end(), 1) == 1000);
  }
  int none = 0;
  ParallelFor(0, 4, [&](size_t) { ++none; });
  CHECK(none == 0);
}

TEST_CASE("The shipped pack parsed on 4 threads is the pack parsed on one", "[parallel]") {
  Diagnostics errors1, errors4, warnings1, warnings4;
  std::optional<RulePack> one = LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &errors1, &warnings1,
                                             RulePackOptions{.lazy = true, .jobs = 1});
  std::optional<RulePack> four = LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &errors4,
                                              &warnings4, RulePackOptions{.lazy = true, .jobs = 4});
  REQUIRE(one.has_value());
  REQUIRE(four.has_value());
  CHECK(testing::DescribePack(*one).size() > 100);
  CHECK(testing::DescribePack(*one) == testing::DescribePack(*four));
  CHECK(testing::MessagesOf(warnings1) == testing::MessagesOf(warnings4));
}

TEST_CASE("Broken rule files parsed on several threads give the same messages in order",
          "[parallel]") {
  // Problems of every stage: a YAML syntax error, an unknown key, a
  // NUL byte, a bad regex, a duplicate id, in files listed out of alphabetical order.
  const std::string rule = R"(rules:
  - id: troops.fr
    description: Soldats
    language: fr
    slot: troops
    value: {type: quantity, unit: soldier}
    patterns: ["(?P<quantity>\\d+) soldats"]
    examples:
      match:
        - text: "12 soldats"
          value: 12
      no_match: ["12 chars"]
)";
  std::vector<RuleSource> sources = {
      {"b.yaml", rule},
      {"a.yaml", "rules:\n  - id: x\n    colour: red\n"},
      {"c.yaml", "rules: [\n"},
      {"d.yaml", "rules:\n  - id: \0y\n"s},
      {"e.yaml", rule},  // duplicate id
      {"f.yaml", "patterns:\n  bad: '(?P<n>[0-9]+'\n"},
  };
  for (int copy = 0; copy < 10; ++copy) {
    sources.push_back({"g" + std::to_string(copy) + ".yaml", "rules: [\n  - {id: z" +
                                                               std::to_string(copy) + "\n"});
  }
  Diagnostics errors1, errors4;
  std::optional<RulePack> one = BuildRulePack(sources, &errors1, nullptr, {.jobs = 1});
  CHECK_FALSE(one.has_value());
  REQUIRE(errors1.size() >= 6);
  for (int round = 0; round < 20; ++round) {
    errors4.clear();
    std::optional<RulePack> four = BuildRulePack(sources, &errors4, nullptr, {.jobs = 4});
    CHECK_FALSE(four.has_value());
    CHECK(testing::MessagesOf(errors4) == testing::MessagesOf(errors1));
  }
}
