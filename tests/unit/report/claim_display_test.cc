#include <catch2/catch.hpp>

#include "report/claim_display.h"
#include "report_fixture.h"

using namespace factlint;
using namespace factlint::testing;

TEST_CASE("the sentence is split around the value as written") {
  Claim c = Troops("express", "002.md", 19,
                   "Joe Biden enverra 2 000 soldats en Europe de l'Est (Image : Getty)", "2 000",
                   2000);
  SentenceParts p = SplitSentenceAtValue(c);
  CHECK(p.before == "Joe Biden enverra ");
  CHECK(p.value == "2 000");
  CHECK(p.after == " soldats en Europe de l'Est (Image : Getty)");
}

TEST_CASE("the value is the one inside the match, not an earlier equal number") {
  Claim c = Troops("afp", "003.txt", 4,
                   "Sur les 2 000 militaires de Fort Bragg, 2 000 soldats en Europe de l'Est "
                   "partiront d'ici dimanche.",
                   "2 000", 2000);
  SentenceParts p = SplitSentenceAtValue(c);
  CHECK(p.before == "Sur les 2 000 militaires de Fort Bragg, ");
  CHECK(p.value == "2 000");
}

TEST_CASE("a quote that runs past its sentence is shown from the match") {
  Claim c = SentenceClaim("rtbf", "004.txt", 14, "« Nous avons été clairs.",
                          "« Nous avons été clairs. Si des forces russes franchissent la "
                          "frontière, elles se heurteront à une réponse rapide », a déclaré Blinken",
                          "Nous avons été clairs. Si des forces russes franchissent la frontière, "
                          "elles se heurteront à une réponse rapide");
  c.sentence = "« Nous avons été clairs.";
  SentenceParts p = SplitSentenceAtValue(c);
  CHECK(p.before == "« ");
  CHECK(p.value.find("Nous avons été clairs. Si des forces") == 0);
  CHECK(p.after == " », a déclaré Blinken");
}

TEST_CASE("long context is cut at a space and never inside a character") {
  std::string before;
  for (int i = 0; i < 60; ++i) before += "élément ";
  const std::string sentence = before + "5 000 soldats en Europe de l'Est " + before + "fin.";
  Claim c = Troops("x", "x.txt", 1, sentence, "5 000", 5000);
  SentenceParts p = SplitSentenceAtValue(c, 100);
  CHECK(p.before.rfind("… ", 0) == 0);
  CHECK(p.before.size() <= 100 + 4);
  CHECK(p.before.substr(4, 10) == "élément ");  // starts at a word
  CHECK(p.after.size() >= 3);
  CHECK(p.after.substr(p.after.size() - 4) == " …");
  CHECK(p.value == "5 000");
}

TEST_CASE("values are described with their hedges and modality") {
  Claim c = Troops("lemonde", "000.txt", 3, "Biden envisage d'envoyer jusqu'à 5 000 soldats en "
                   "Europe de l'Est.", "jusqu'à 5 000", 5000, Modality::kPlanned);
  c.value.quantity.interval = Interval::AtMost(5000);
  c.value.quantity.qualifier = Qualifier::kAtMost;
  c.cue = "envisage";
  CHECK(DescribeValue(c) == "[0, 5000] soldier, at most, planned (\"envisage\")");
  CHECK(DescribeValue(BlinkenQuote().claims[0]) == "quote, stated");
}

TEST_CASE("key labels leave out fields that are not stated") {
  CHECK(KeyLabel("troops.deployed|region=EU-EAST") == "troops.deployed (region=EU-EAST)");
  CHECK(KeyLabel("troops.from-base|base=fort bragg|region=") ==
        "troops.from-base (base=fort bragg)");
  CHECK(KeyLabel("aid.shipment") == "aid.shipment");
}

TEST_CASE("a quote diff reads back as words") {
  auto words = ParseWordDiff("une réponse rapide, [-ferme-] {+sévère+} et unifiée");
  REQUIRE(words.size() == 7);
  CHECK(words[2].word == "rapide,");
  CHECK(words[3].change == DiffWord::Change::kRemoved);
  CHECK(words[3].word == "ferme");
  CHECK(words[4].change == DiffWord::Change::kAdded);
  CHECK(words[4].word == "sévère");
  CHECK(words[6].change == DiffWord::Change::kSame);
}
