// MentionMemo gives what Gazetteer::FindMentions gives for the same stretch of
// text, looked up once.
#include "extract/mention_memo.h"

#include <catch2/catch.hpp>

#include "rules/rule_loader.h"

using namespace factlint;

namespace {

// The shipped `places` gazetteer (its pack loaded once).
const Gazetteer* ShippedPlaces() {
  static const std::optional<RulePack> pack = [] {
    Diagnostics errors;
    return LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &errors, nullptr,
                        RulePackOptions{.lazy = true});
  }();
  REQUIRE(pack.has_value());
  const Gazetteer* places = pack->FindGazetteer("places");
  REQUIRE(places != nullptr);
  return places;
}

}  // namespace

TEST_CASE("MentionMemo finds the places FindMentions finds, stretch by stretch", "[memo]") {
  const Gazetteer* places = ShippedPlaces();
  const std::string text =
      "Washington enverra 3 000 soldats en Pologne et en Roumanie. "
      "Le Pentagone a confirmé l'envoi de 1 700 hommes depuis Fort Bragg vers Rzeszów.";
  const size_t second = text.find("Le Pentagone");
  MentionMemo memo(text);
  for (auto [b, e] : {std::pair<size_t, size_t>{0, second},
                      {second, text.size()},
                      {0, text.size()},
                      {0, second}}) {
    std::vector<GazetteerMention> direct =
        places->FindMentions(std::string_view(text).substr(b, e - b));
    const std::vector<GazetteerMention>& remembered = memo.Find(*places, b, e);
    REQUIRE(remembered.size() == direct.size());
    for (size_t i = 0; i < direct.size(); ++i) {
      CHECK(remembered[i].id == direct[i].id);
      CHECK(remembered[i].begin == direct[i].begin);
      CHECK(remembered[i].end == direct[i].end);
    }
  }
  std::vector<std::string> ids;
  for (const GazetteerMention& m : memo.Find(*places, 0, second)) ids.push_back(m.id);
  CHECK(ids == std::vector<std::string>{"PL", "RO"});
  // The same stretch is the same answer, not a fresh lookup.
  CHECK(&memo.Find(*places, 0, second) == &memo.Find(*places, 0, second));
}

TEST_CASE("MentionMemo::LastBefore gives the last name within a stretch of the whole text",
          "[memo]") {
  const Gazetteer* places = ShippedPlaces();
  const std::string text =
      "Washington enverra 3 000 soldats en Pologne et en Roumanie.\n\n"
      "Le Pentagone a confirmé l'envoi de 1 700 hommes depuis la Caroline du Nord. "
      "Ils rejoindront la 82e division.";
  const size_t paragraph = text.find("Le Pentagone");
  const size_t third = text.find("Ils rejoindront");
  MentionMemo memo(text);
  const GazetteerMention* m = memo.LastBefore(*places, 0, paragraph);
  REQUIRE(m != nullptr);
  CHECK(m->id == "RO");
  CHECK(text.substr(m->begin, m->end - m->begin) == "Roumanie");
  // Within the second paragraph only: North Carolina, not Romania.
  m = memo.LastBefore(*places, paragraph, third);
  REQUIRE(m != nullptr);
  CHECK(m->id == "US-NC");
  CHECK(text.substr(m->begin, m->end - m->begin) == "Caroline du Nord");
  // A stretch that ends inside a name does not hold it.
  m = memo.LastBefore(*places, paragraph, text.find("du Nord") + 2);
  CHECK(m == nullptr);
  CHECK(memo.LastBefore(*places, third, text.size()) == nullptr);
  CHECK(memo.LastBefore(*places, 0, 0) == nullptr);
  // The answers agree with a look-up of the stretch itself, where the stretch ends at a
  // sentence or paragraph.
  for (auto [b, e] : {std::pair<size_t, size_t>{0, paragraph}, {paragraph, third}, {0, third}}) {
    std::vector<GazetteerMention> direct =
        places->FindMentions(std::string_view(text).substr(b, e - b));
    const GazetteerMention* last = memo.LastBefore(*places, b, e);
    REQUIRE(last != nullptr);
    REQUIRE(!direct.empty());
    CHECK(last->id == direct.back().id);
    CHECK(last->begin == b + direct.back().begin);
  }
}
