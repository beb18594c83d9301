// RulePack and RulePackBuilder directly: Select across rules and languages,
// and a language whose patterns do not fit one RE2::Set.
#include "rules/rule_pack.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>

#include "rules/rule_pack_builder.h"
#include "rules_test_util.h"

namespace factlint {
namespace {

std::string QuoteRule(const std::string& id, const std::string& language,
                      const std::string& pattern) {
  return "  - id: " + id + "\n    description: d\n    language: " + language +
         "\n    slot: s\n    value: {type: quote}\n    patterns: ['" + pattern +
         "']\n    examples: {match: [{text: x}]}\n";
}

TEST_CASE("Select returns sorted unique indices of every rule with a firing pattern",
          "[rule_pack]") {
  testing::Loaded loaded = testing::Load("rules:\n" + QuoteRule("a", "fr", "(?P<quote>soldats)") +
                                         QuoteRule("b", "[fr, en]", "(?P<quote>troupes|troops)") +
                                         QuoteRule("c", "fr", "(?P<quote>soldats|troupes)") +
                                         QuoteRule("d", "en", "(?P<quote>x)"));
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  const RulePack& pack = *loaded.pack;
  CHECK(pack.Select(Lang::kFr, "des soldats et des troupes") == std::vector<size_t>{0, 1, 2});
  CHECK(pack.Select(Lang::kFr, "des troupes") == std::vector<size_t>{1, 2});
  CHECK(pack.Select(Lang::kEn, "troops") == std::vector<size_t>{1});
  CHECK(pack.Select(Lang::kEn, "soldats").empty());
  CHECK(pack.Select(Lang::kFr, "").empty());
}

TEST_CASE("A moved-from pack's rules live on in the new one", "[rule_pack]") {
  testing::Loaded loaded = testing::Load("rules:\n" + QuoteRule("a", "fr", "(?P<quote>x)"));
  REQUIRE(loaded.pack.has_value());
  RulePack moved = std::move(*loaded.pack);
  CHECK(moved.FindRule("a") != nullptr);
  CHECK(moved.Select(Lang::kFr, "x") == std::vector<size_t>{0});
}

TEST_CASE("Patterns that do not fit one RE2::Set give a clean error", "[rule_pack]") {
  // The set holds each pattern's prefilter conditions (rules/pattern_prefilter.h):
  // negated Unicode classes stay as large as written.
  const std::string big = R"((?:\PL\PN){6}(?:\PN\PL){6}(?:\PL\PN){6}(?:\PN\PL){6})";
  testing::Loaded loaded =
      testing::Load("rules:\n" + QuoteRule("a", "fr", "(?P<quote>" + big + ")") +
                    QuoteRule("b", "fr", "(?P<quote>x" + big + ")"));
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());  // fits the default budget
  RulePackBuilder builder({}, /*max_set_memory=*/int64_t{1} << 20);
  for (const CompiledRule& rule : loaded.pack->rules()) builder.Add(rule);
  Diagnostics errors;
  std::optional<RulePack> pack = std::move(builder).Build(&errors);
  CHECK_FALSE(pack.has_value());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].ToString() ==
        "error: the fr patterns of the rule pack (2 patterns) do not fit together in "
        "RE2::Sets within 1 MiB; simplify the largest patterns or gazetteers");
}

}  // namespace
}  // namespace factlint
