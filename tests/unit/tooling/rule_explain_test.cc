#include "tooling/rule_explain.h"

#include <catch2/catch.hpp>

#include "tooling_test_util.h"

namespace factlint {
namespace {

TEST_CASE("Explain shows captures, value, qualifier, modality with its cue, and key", "[explain]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  Article a = testing::MakeArticle(
      "<sentence>", "Joe Biden envisage d'envoyer jusqu'à 5 000 soldats en Pologne.");
  Explanation e = Explain(pack, a, {pack.FindRule("troops.fr"), std::nullopt});
  CHECK(e.claims == 1);
  CHECK(e.text ==
        "rule troops.fr (slot troops.deployed, fr) at pack.yaml:16:5\n"
        "pattern 1 (pack.yaml:24:9) matched \"jusqu'à 5 000 soldats en Pologne\" at 1:30\n"
        "  capture quantity: \"jusqu'à 5 000\"\n"
        "  capture region:   \"Pologne\"\n"
        "  value:            [0, 5000] soldier from \"jusqu'à 5 000\"\n"
        "  qualifier:        at-most\n"
        "  modality:         planned (cue \"envisage\")\n"
        "  key:              troops.deployed region=PL\n"
        "  claim:            kept\n");
}

TEST_CASE("Explain shows rejected matches and how far a silent pattern gets", "[explain]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  // "2014 300": the number starts inside a year.
  Article a = testing::MakeArticle("<sentence>", "En 2014 300 soldats en Pologne.");
  Explanation e = Explain(pack, a, {pack.FindRule("troops.fr"), std::nullopt});
  CHECK(e.text.find("  rejected:         capture 'quantity' cuts a word\n") != std::string::npos);

  Article b = testing::MakeArticle("<sentence>", "Biden enverra 3 000 soldats vers la Pologne.");
  e = Explain(pack, b, {pack.FindRule("troops.fr"), std::nullopt});
  CHECK(e.claims == 0);
  CHECK(e.text ==
        "rule troops.fr (slot troops.deployed, fr) at pack.yaml:16:5\n"
        "pattern 1 (pack.yaml:24:9) does not match\n"
        "  matches up to:    `(?P<quantity>{qty}) soldats (?:en|vers) ` \"3 000 soldats vers \" "
        "at 1:15\n"
        "  then fails at:    `(?P<region>{gaz:places})`\n");
}

TEST_CASE("Explain on a line of a file, every rule", "[explain]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  Article a = testing::MakeArticle("a.txt",
                                   "Titre\n"
                                   "Ils enverront 3 000 soldats en Pologne.\n"
                                   "Ils partiront de Fort Bragg, en Caroline du Nord.\n");
  Explanation e = Explain(pack, a, {nullptr, 3});
  CHECK(e.claims == 1);
  CHECK(e.text.rfind("rule base.state.fr (slot place.location, fr)", 0) == 0);
  CHECK(e.text.find("troops.fr") == std::string::npos);
  CHECK(e.text.find("matched \"Fort Bragg, en Caroline du Nord\" at 3:18") != std::string::npos);

  e = Explain(pack, a, {nullptr, 1});
  CHECK(e.text ==
        "no rule of the pack matches (fr); name one with --rule ID to see how far its patterns "
        "get\n");
}

}  // namespace
}  // namespace factlint
