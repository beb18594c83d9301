#include "extract/attribution.h"

#include <catch2/catch.hpp>

using namespace factlint;

namespace {

Gazetteer Sources() {
  Gazetteer g("sources");
  g.Add({"OFFICIALS", "", {"police", "la police", "préfecture de police", "préfecture"}, {}});
  g.Add({"ORGANIZERS", "", {"syndicats", "les syndicats", "CGT", "organizers"}, {}});
  return g;
}

std::string Of(const Gazetteer& g, std::string_view sentence, std::string_view match) {
  size_t b = sentence.find(match);
  REQUIRE(b != std::string_view::npos);
  return FindAttribution(&g, sentence, b, b + match.size());
}

}  // namespace

TEST_CASE("the cue nearest to a figure names its source") {
  Gazetteer g = Sources();
  std::string_view s = "Jeudi, 12 000 manifestants selon la police, 40 000 selon les syndicats, ont défilé.";
  CHECK(Of(g, s, "12 000 manifestants") == "OFFICIALS");
  CHECK(Of(g, s, "40 000") == "ORGANIZERS");
  CHECK(Of(g, "Ils étaient 110 000 à défiler dans les rues de Paris, selon la CGT.",
           "110 000 à défiler") == "ORGANIZERS");
  CHECK(Of(g, "Nearly 2,000 people joined a rally, according to organizers.", "2,000 people") ==
        "ORGANIZERS");
}

TEST_CASE("no cue, an unknown source or no gazetteer: no attribution") {
  Gazetteer g = Sources();
  CHECK(Of(g, "La manifestation a réuni 28 000 personnes.", "28 000 personnes") == "");
  CHECK(Of(g, "Selon un bilan provisoire, 41 personnes sont mortes.", "41 personnes") == "");
  CHECK(FindAttribution(nullptr, "12 000 selon la police", 0, 6) == "");
}

TEST_CASE("a match that holds its own cue is attributed by it, not by a neighbour's") {
  Gazetteer g = Sources();
  std::string_view s =
      "Ils étaient 30 000 selon les syndicats, 12 000 selon la police, à défiler mardi.";
  CHECK(Of(g, s, "12 000 selon la police") == "OFFICIALS");
  CHECK(Of(g, s, "30 000 selon les syndicats") == "ORGANIZERS");
  CHECK(Of(g, "Quelque 12 000 agriculteurs, selon la préfecture de police, et 30 000 selon les "
              "syndicats ont manifesté.",
           "12 000 agriculteurs, selon la préfecture de police") == "OFFICIALS");
}
