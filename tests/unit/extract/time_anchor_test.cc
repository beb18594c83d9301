#include "extract/time_anchor.h"

#include <catch2/catch.hpp>

using namespace factlint;

namespace {

// The anchor of the claim whose match is `match` (and whose value is `value`, a
// part of it) in `sentence`.
std::string AnchorOf(std::string_view sentence, std::string_view match, std::string_view value,
                     Lang lang, std::optional<CivilDate> published,
                     std::string_view previous = {}) {
  TimeAnchorInput in;
  in.sentence = sentence;
  in.match_begin = sentence.find(match);
  REQUIRE(in.match_begin != std::string_view::npos);
  in.match_end = in.match_begin + match.size();
  in.value_begin = sentence.find(value, in.match_begin);
  in.value_end = in.value_begin + value.size();
  in.previous_sentence = previous;
  in.published = published;
  in.lang = lang;
  return FindTimeAnchor(in);
}

}  // namespace

TEST_CASE("a year other than the publication's anchors a claim") {
  CivilDate pub{2026, 3, 4};
  CHECK(AnchorOf("A magnitude 7.1 quake near the city in October 2011 killed more than 600 people.",
                 "killed more than 600 people", "more than 600", Lang::kEn, pub) == "2011");
  CHECK(AnchorOf("En 2004, le tremblement de terre d'Al Hoceïma avait tué 628 personnes.",
                 "avait tué 628 personnes", "628", Lang::kFr, pub) == "2004");
  CHECK(AnchorOf("The quake killed at least 41 people, officials said.", "killed at least 41",
                 "at least 41", Lang::kEn, pub) == "");
  // The publication year and clock times are no anchors.
  CHECK(AnchorOf("En 2026, le séisme a fait 41 morts.", "41 morts", "41", Lang::kFr, pub) == "");
  CHECK(AnchorOf("The ferry capsized at 4:30 a.m. (2030 GMT Saturday), killing 23 people.",
                 "killing 23 people", "23", Lang::kEn, pub) == "");
}

TEST_CASE("years far from the claim do not anchor it") {
  CivilDate pub{2026, 5, 22};
  std::string sentence =
      "La cour a condamné Karim B., 32 ans, à 20 ans de réclusion criminelle pour le meurtre de "
      "Luc Vermeulen, un négociant en vins tué lors d'un cambriolage à son domicile en mars 2024.";
  CHECK(AnchorOf(sentence, "Karim B., 32 ans", "32", Lang::kFr, pub) == "");
}

TEST_CASE("phrases pointing to the past anchor a claim") {
  CivilDate pub{2026, 6, 13};
  CHECK(AnchorOf("Depuis le début de l'année, cinq personnes avaient été tuées.",
                 "cinq personnes avaient été tuées", "cinq", Lang::kFr, pub) == "to-date");
  CHECK(AnchorOf("Ils s'ajoutent aux 8 500 soldats placés en alerte le mois dernier.",
                 "8 500 soldats", "8 500", Lang::kFr, pub) == "2026-05");
  CHECK(AnchorOf("Ils s'ajoutent aux 8 500 soldats placés en alerte le mois dernier.",
                 "8 500 soldats", "8 500", Lang::kFr, std::nullopt) == "last-month");
  CHECK(AnchorOf("The shooting came less than a week after a gunman killed five people in Texas.",
                 "killed five people", "five", Lang::kEn, pub) == "past");
  CHECK(AnchorOf("Il y a deux ans et demi, le séisme avait fait 3 000 morts.", "3 000 morts",
                 "3 000", Lang::kFr, pub) == "past");
  CHECK(AnchorOf("Last year the strike cost £2bn.", "£2bn", "£2bn", Lang::kEn, pub) == "2025");
}

TEST_CASE("a date far from publication anchors a claim, a near one does not") {
  CivilDate pub{2026, 1, 29};
  CHECK(AnchorOf("C'est plus que le 15 janvier, lorsque 9 500 personnes avaient défilé.",
                 "9 500 personnes avaient défilé", "9 500", Lang::kFr, pub) == "2026-01-15");
  CHECK(AnchorOf("Jeudi 29 janvier, 12 000 manifestants ont défilé à Lyon.", "12 000 manifestants",
                 "12 000", Lang::kFr, pub) == "");
  CHECK(AnchorOf("En avril, un adolescent de 14 ans y avait été blessé.", "14 ans", "14", Lang::kFr,
                 CivilDate{2026, 6, 13}) == "2026-04");
  // "may" is a verb, not a month, in English.
  CHECK(AnchorOf("The toll may rise above 41 dead.", "41 dead", "41", Lang::kEn, pub) == "");
}

TEST_CASE("'alors' takes the time of the sentence before") {
  CivilDate pub{2026, 3, 4};
  CHECK(AnchorOf("Un séisme de magnitude 6,8 avait alors fait près de 3 000 morts.",
                 "près de 3 000 morts", "près de 3 000", Lang::kFr, pub,
                 "Le souvenir de septembre 2023 reste vif dans la communauté.") == "2023");
  CHECK(AnchorOf("Le séisme a fait 35 morts.", "35 morts", "35", Lang::kFr, pub,
                 "Le souvenir de septembre 2023 reste vif.") == "");
}
