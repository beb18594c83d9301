#include "extract/extractor.h"

#include <catch2/catch.hpp>

#include "rules/rule_loader.h"

using namespace factlint;

namespace {

// A small pack: one French troop rule, a places gazetteer, shared cues.
constexpr const char* kPack = R"yaml(
patterns:
  num: '\d{1,3}(?: \d{3})*'
  qty: "(?:jusqu'à )?{num}"
gazetteer: places
entries:
  EU-EAST: {aliases: [Europe de l'Est]}
  PL: {parent: EU-EAST, aliases: [Pologne]}
  RO: {parent: EU-EAST, aliases: [Roumanie]}
modality:
  planned:
    fr: ['envisag\w*', 'pourrai\w*']
  reported:
    fr: ['selon']
rules:
  - id: troops.fr
    description: Soldats envoyés vers une région
    language: fr
    slot: troops.deployed
    key:
      region: {gazetteer: places}
    value: {type: quantity, unit: soldier}
    patterns:
      - "(?P<quantity>{qty}) soldats (?:en|vers) (?P<region>{gaz:places}(?: et (?:en )?{gaz:places})*)"
    examples:
      match:
        - text: "3 000 soldats en Pologne"
)yaml";

RulePack Pack() {
  Diagnostics errors;
  std::optional<RulePack> pack = BuildRulePack({{"t.yaml", kPack}}, &errors);
  for (const Status& e : errors) INFO(e.ToString());
  REQUIRE(pack.has_value());
  return std::move(*pack);
}

Article MakeArticle(const std::string& id, std::string text) {
  Article a;
  a.meta.id = id;
  a.meta.path = id + ".txt";
  a.meta.source = id;
  a.meta.story = "s";
  a.meta.lang = Lang::kFr;
  a.text = TextMap::Build(std::move(text), a.meta.path).value();
  return a;
}

}  // namespace

TEST_CASE("a claim keeps the exact original text and its line:column") {
  RulePack pack = Pack();
  // U+202F inside the number and a typographic apostrophe before it.
  Article a = MakeArticle("a", "Titre\nL\u2019armée enverra 3\u202F000 soldats en Pologne.\n");
  std::vector<Claim> claims = ExtractClaims(pack, a);
  REQUIRE(claims.size() == 1);
  const Claim& c = claims.front();
  CHECK(c.loc.line == 2);
  CHECK(c.loc.column == 17);  // code points, not bytes (19 bytes precede it)
  CHECK(c.text == "3\u202F000 soldats en Pologne");
  CHECK(c.value_text == "3\u202F000");
  CHECK(c.value.quantity.interval == Interval::Exact(3000));
  CHECK(c.KeyString() == "troops.deployed|region=PL");
  CHECK(c.sentence == "L\u2019armée enverra 3\u202F000 soldats en Pologne.");
  CHECK(a.text.original().substr(c.begin, c.end - c.begin) == c.text);
}

TEST_CASE("modality comes from the nearest cue in the sentence") {
  RulePack pack = Pack();
  Article a = MakeArticle("a",
                          "Selon le journal, Washington envisage d'envoyer jusqu'à 5 000 soldats "
                          "en Pologne. Le Pentagone enverra 2 000 soldats en Roumanie.");
  std::vector<Claim> claims = ExtractClaims(pack, a);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].modality == Modality::kPlanned);
  CHECK(claims[0].cue == "envisage");
  CHECK(claims[0].value.quantity.interval == Interval::AtMost(5000));
  // The cue of the first sentence does not leak into the second.
  CHECK(claims[1].modality == Modality::kStated);
}

TEST_CASE("several places in a key resolve to their smallest common region") {
  RulePack pack = Pack();
  Article a = MakeArticle("a", "Ils enverront 1 000 soldats en Pologne et en Roumanie.");
  std::vector<Claim> claims = ExtractClaims(pack, a);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].key_parts.front().value == "EU-EAST");
}

TEST_CASE("a match glued to surrounding digits is rejected, a shorter one is kept") {
  RulePack pack = Pack();
  // "2022 300" must not read as one number.
  Article a = MakeArticle("a", "En 2022 300 soldats en Pologne sont arrivés.");
  std::vector<Claim> claims = ExtractClaims(pack, a);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.quantity.interval == Interval::Exact(300));
}

TEST_CASE("rules of another language do not run") {
  RulePack pack = Pack();
  Article a = MakeArticle("a", "Ils enverront 1 000 soldats en Pologne.");
  a.meta.lang = Lang::kEn;
  CHECK(ExtractClaims(pack, a).empty());
}

TEST_CASE("TraceRule explains rejected matches") {
  RulePack pack = Pack();
  Article a = MakeArticle("a", "En 2022 300 soldats en Pologne.");
  std::vector<MatchTrace> traces = TraceRule(pack, pack.rules().front(), a);
  REQUIRE(traces.size() >= 2);
  CHECK_FALSE(traces.front().accepted);
  CHECK(traces.front().rejection.find("cuts a word") != std::string::npos);
  CHECK(traces.back().accepted);
}
