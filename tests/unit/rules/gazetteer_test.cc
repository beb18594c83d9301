#include "rules/gazetteer.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>

namespace factlint {
namespace {

Gazetteer Places() {
  Gazetteer places("places");
  places.Add({"US", "", {"États-Unis", "Etats-Unis", "USA", "United States", "US"}, {}});
  places.Add({"US-NC", "US", {"Caroline du Nord", "North Carolina", "N.C."}, {}});
  places.Add({"US-SC", "US", {"Caroline du Sud", "South Carolina"}, {}});
  places.Add({"EU", "", {"Europe"}, {}});
  places.Add({"EU-EAST", "EU", {"Europe de l'Est", "Eastern Europe"}, {}});
  places.Add({"DE", "EU-EAST", {"Allemagne", "Germany"}, {}});
  places.Add({"PL", "EU-EAST", {"Pologne", "Poland"}, {}});
  places.Add({"RO", "EU-EAST", {"Roumanie", "Romania"}, {}});
  return places;
}

bool FullMatch(const std::string& pattern, const std::string& text) {
  RE2::Options options;
  options.set_log_errors(false);
  RE2 re(pattern, options);
  REQUIRE(re.ok());
  return RE2::FullMatch(text, re);
}

TEST_CASE("Gazetteer resolves aliases ignoring case, accents and spacing", "[gazetteer]") {
  Gazetteer places = Places();
  CHECK(places.Resolve("caroline du NORD") == "US-NC");
  CHECK(places.Resolve("Caroline  du   Nord") == "US-NC");
  CHECK(places.Resolve("etats-unis") == "US");
  CHECK(places.Resolve("ÉTATS-UNIS") == "US");
  CHECK(places.Resolve("Europe de l’Est") == "EU-EAST");
  CHECK_FALSE(places.Resolve("Caroline").has_value());
}

TEST_CASE("Gazetteer::Find lists whole-word aliases, longest first, without overlap",
          "[gazetteer]") {
  Gazetteer places = Places();
  CHECK(places.Find("vers l'Allemagne, la Pologne et la Roumanie") ==
        std::vector<std::string>{"DE", "PL", "RO"});
  // "Europe de l'Est" wins over the shorter "Europe" it contains.
  CHECK(places.Find("en Europe de l'Est") == std::vector<std::string>{"EU-EAST"});
  // Not inside a longer word.
  CHECK(places.Find("Allemagnes Polognesque").empty());
  CHECK(places.Find("").empty());
}

TEST_CASE("Gazetteer containment and common ancestors", "[gazetteer]") {
  Gazetteer places = Places();
  CHECK(places.IsWithin("US-NC", "US"));
  CHECK(places.IsWithin("US", "US"));
  CHECK_FALSE(places.IsWithin("US", "US-NC"));
  CHECK(places.IsWithin("DE", "EU"));
  CHECK(places.CommonAncestor({"DE", "PL", "RO"}) == "EU-EAST");
  CHECK(places.CommonAncestor({"US-NC", "US-SC"}) == "US");
  CHECK(places.CommonAncestor({"US-NC"}) == "US-NC");
  CHECK_FALSE(places.CommonAncestor({"US-NC", "DE"}).has_value());
  CHECK_FALSE(places.CommonAncestor({}).has_value());
}

TEST_CASE("Gazetteer merges entries with the same id and reports shadowed aliases", "[gazetteer]") {
  Gazetteer g("places");
  g.Add({"US-GA", "", {"Georgia"}, {}});
  g.Add({"GE", "", {"Géorgie", "georgia"}, {}});
  g.Add({"GE", "", {"Tbilisi country"}, {}});
  CHECK(g.entries().at("GE").aliases.size() == 3);
  auto shadowed = g.ShadowedAliases();
  REQUIRE(shadowed.size() == 1);
  CHECK(shadowed.at("georgia") == std::vector<std::string>{"US-GA", "GE"});
  CHECK(g.Resolve("Georgia") == "US-GA");  // first to claim it
}

TEST_CASE("Gazetteer::AliasPattern is accent-flexible and keeps acronyms case-sensitive",
          "[gazetteer]") {
  std::string pattern = Places().AliasPattern();
  CHECK(FullMatch(pattern, "Etats-Unis"));
  CHECK(FullMatch(pattern, "États-Unis"));
  CHECK(FullMatch(pattern, "etats-unis"));
  CHECK(FullMatch(pattern, "caroline du nord"));
  CHECK(FullMatch(pattern, "Caroline  du Nord"));
  CHECK(FullMatch(pattern, "Europe de l'Est"));
  CHECK(FullMatch(pattern, "US"));
  CHECK_FALSE(FullMatch(pattern, "us"));
  CHECK_FALSE(FullMatch(pattern, "Us"));
  CHECK(FullMatch(pattern, "N.C."));
  CHECK_FALSE(FullMatch(pattern, "n.c."));
  CHECK_FALSE(FullMatch(pattern, "NxC."));  // the dot is literal
}

TEST_CASE("Gazetteer::AliasPattern puts the longest alias first", "[gazetteer]") {
  Gazetteer g("places");
  g.Add({"EU", "", {"Europe"}, {}});
  g.Add({"EU-EAST", "EU", {"Europe de l'Est"}, {}});
  RE2 re(g.AliasPattern());
  REQUIRE(re.ok());
  re2::StringPiece match;
  REQUIRE(RE2::PartialMatch("vers l'Europe de l'Est.", "(" + g.AliasPattern() + ")", &match));
  CHECK(match == "Europe de l'Est");
  CHECK(g.AliasPattern().find("l'") < g.AliasPattern().find('|'));
}

TEST_CASE("An empty gazetteer's pattern matches nothing", "[gazetteer]") {
  Gazetteer g("empty");
  RE2 re(g.AliasPattern());
  REQUIRE(re.ok());
  CHECK_FALSE(RE2::PartialMatch("anything at all", re));
}

}  // namespace
}  // namespace factlint
