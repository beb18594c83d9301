#include <catch2/catch.hpp>
#include <string>

#include "rules/gazetteer.h"

namespace factlint {

TEST_CASE("FindMentions gives spans and keeps acronyms and capitalized names to their case",
          "[gazetteer]") {
  Gazetteer places("places");
  places.Add({"US", "", {"US", "United States"}, {}});
  places.Add({"FR-06-NICE", "", {"Nice"}, {}});
  places.Add({"FR-69", "", {"Rhône"}, {}});
  places.Add({"EVENT", "", {"opened fire"}, {}});
  std::string text = "Tell us about Nice and the Rhône: a nice day in the US.";
  std::vector<GazetteerMention> found = places.FindMentions(text);
  REQUIRE(found.size() == 3);
  CHECK(found[0].id == "FR-06-NICE");
  CHECK(text.substr(found[0].begin, found[0].end - found[0].begin) == "Nice");
  CHECK(found[1].id == "FR-69");
  CHECK(text.substr(found[1].begin, found[1].end - found[1].begin) == "Rhône");
  CHECK(found[2].id == "US");
  // Aliases written in lowercase match any case.
  REQUIRE(places.FindMentions("A gunman Opened Fire.").size() == 1);
  CHECK(places.FindMentions("A gunman Opened Fire.").front().id == "EVENT");
  // Find keeps its case-insensitive lookup.
  CHECK(places.Find("a nice day") == std::vector<std::string>{"FR-06-NICE"});
}

}  // namespace factlint
