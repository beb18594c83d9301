#include "tooling/pattern_probe.h"

#include <catch2/catch.hpp>

#include "tooling_test_util.h"

namespace factlint {
namespace {

using Pieces = std::vector<std::pair<size_t, size_t>>;

TEST_CASE("SplitTopLevel cuts a pattern into atoms with their repetitions", "[probe]") {
  // (?P<q>{num}) | space | s+ | [a-z]{2,3} | \p{Lu} | {gaz:places}?
  std::string src = "(?P<q>{num}) s+[a-z]{2,3}\\p{Lu}{gaz:places}?";
  std::optional<Pieces> pieces = SplitTopLevel(src);
  REQUIRE(pieces.has_value());
  std::vector<std::string> texts;
  for (auto [b, e] : *pieces) texts.push_back(src.substr(b, e - b));
  CHECK(texts == std::vector<std::string>{"(?P<q>{num})", " ", "s+", "[a-z]{2,3}", "\\p{Lu}",
                                          "{gaz:places}?"});
  // Multi-byte characters stay whole; a ']' first in a class is literal.
  pieces = SplitTopLevel("é[]a]");
  REQUIRE(pieces.has_value());
  CHECK(*pieces == Pieces{{0, 2}, {2, 6}});
  CHECK_FALSE(SplitTopLevel("soldats|troupes").has_value());
  CHECK_FALSE(SplitTopLevel("a)b").has_value());
  CHECK(SplitTopLevel("(?:soldats|troupes) en").has_value());
}

TEST_CASE("ProbePattern finds where a rule pattern stops matching a sentence", "[probe]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  const CompiledRule& rule = *pack.FindRule("troops.fr");
  const std::string& source = rule.rule.patterns[0].source;
  const std::string& expanded = rule.patterns[0].expanded;

  // "vers la Pologne": the article "la" is not in the pattern.
  PatternProbe p = ProbePattern(source, expanded, "Biden enverra 3 000 soldats vers la Pologne.");
  REQUIRE(p.probed);
  CHECK_FALSE(p.whole_match);
  CHECK(p.matched_source == "(?P<quantity>{qty}) soldats (?:en|vers) ");
  CHECK(p.rest_source == "(?P<region>{gaz:places})");
  CHECK(p.matched_text == "3 000 soldats vers ");
  CHECK(p.matched_begin == 14);

  p = ProbePattern(source, expanded, "Biden enverra 3 000 soldats en Pologne.");
  CHECK(p.whole_match);
  CHECK(p.rest_source.empty());

  p = ProbePattern(source, expanded, "Aucun chiffre ici.");
  CHECK(p.pieces_matched == 0);
  CHECK(p.rest_source == source);
}

TEST_CASE("ProbePattern gives up on a top-level alternation", "[probe]") {
  PatternProbe p = ProbePattern("soldats|troupes", "soldats|troupes", "des militaires");
  CHECK_FALSE(p.probed);
}

}  // namespace
}  // namespace factlint
