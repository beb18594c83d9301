// BuildRulePack on valid packs: compilation, expansion, defaults, Select.
#include "rules/rule_loader.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>

#include "rules_test_util.h"

namespace factlint {
namespace {

using testing::Load;
using testing::Loaded;

constexpr const char* kLibrary = R"yaml(patterns:
  troop_noun:
    fr: 'soldats|militaires|troupes'
    en: 'troops|soldiers|service members'
  number: '\d{1,3}(?:[ .,]\d{3})*|\d+'
  quantity: '(?:(?:jusqu''à|plus de|environ) )?{number}'
modality:
  planned:
    fr: ['envisag\w*', 'pourrai\w*']
    en: ['consider\w*']
  reported:
    fr: ['selon']
)yaml";

constexpr const char* kPlaces = R"yaml(gazetteer: places
entries:
  US:
    aliases: [États-Unis, Etats-Unis, USA, United States, US]
  US-NC:
    parent: US
    aliases: [Caroline du Nord, North Carolina, N.C.]
  EU-EAST:
    aliases: [Europe de l'Est, Eastern Europe]
  DE:
    parent: EU-EAST
    aliases: [Allemagne, Germany]
  PL:
    parent: EU-EAST
    aliases: [Pologne, Poland]
)yaml";

constexpr const char* kTroopRules = R"yaml(rules:
  - id: troops.deployed.fr
    description: Soldiers a country sends to a region
    language: fr
    slot: troops.deployed
    key:
      region: {gazetteer: places}
    value:
      type: quantity
      unit: soldier
    patterns:
      - '(?P<quantity>{quantity}) (?:{troop_noun})(?: américains)? (?:en|vers) (?:l'')?(?P<region>{gaz:places})'
    examples:
      match:
        - text: "Joe Biden envisage d'envoyer jusqu'à 5 000 soldats en Europe de l'Est."
          value: [0, 5000]
          qualifier: at-most
          modality: planned
          key: {region: EU-EAST}
          captures: {quantity: "jusqu'à 5 000"}
      no_match:
        - "Les 8 500 soldats placés en état d'alerte."
        - text: "Rien à voir."
  - id: troops.deployed.en
    description: Troops a country sends to a region
    language: [en]
    slot: troops.deployed
    key:
      region: {gazetteer: places}
    value: {type: quantity, unit: soldier, tolerance: 0.2}
    severity: warning
    modality:
      planned:
        en: ['weigh\w*']
    patterns:
      - '(?P<quantity>{quantity}) {troop_noun} to (?P<region>{gaz:places})'
    examples:
      match:
        - text: "Biden weighs sending 3,000 troops to Eastern Europe"
          value: "(2000, inf)"
)yaml";

Loaded LoadSeedPack() {
  return Load({{"lib.yaml", kLibrary}, {"places.yaml", kPlaces}, {"troops.yaml", kTroopRules}});
}

TEST_CASE("A valid pack with sub-patterns and a gazetteer compiles", "[rule_loader]") {
  Loaded loaded = LoadSeedPack();
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  CHECK(loaded.errors.empty());
  const RulePack& pack = *loaded.pack;
  REQUIRE(pack.rules().size() == 2);
  const CompiledRule* fr = pack.FindRule("troops.deployed.fr");
  REQUIRE(fr != nullptr);
  CHECK(pack.FindRule("nope") == nullptr);
  REQUIRE(fr->patterns.size() == 1);
  CHECK(fr->patterns[0].lang == Lang::kFr);
  CHECK(fr->patterns[0].regex() != nullptr);
  CHECK(fr->patterns[0].expanded.find("(?:soldats|militaires|troupes)") != std::string::npos);
  CHECK(fr->patterns[0].expanded.find('{') == fr->patterns[0].expanded.find("{1,3}"));
  CHECK(fr->patterns[0].loc.ToString() == "troops.yaml:12:9");
  CHECK(fr->rule.loc.ToString() == "troops.yaml:2:5");
  REQUIRE(pack.FindGazetteer("places") != nullptr);
  CHECK(pack.FindGazetteer("places")->IsWithin("US-NC", "US"));
}

TEST_CASE("Defaults are filled in", "[rule_loader]") {
  Loaded loaded = LoadSeedPack();
  REQUIRE(loaded.pack.has_value());
  const Rule& fr = loaded.pack->FindRule("troops.deployed.fr")->rule;
  CHECK(fr.severity == Severity::kError);
  CHECK(fr.value.capture == "quantity");
  CHECK(fr.value.tolerance == Approx(0.1));
  CHECK(fr.value.unit == "soldier");
  REQUIRE(fr.key.size() == 1);
  CHECK(fr.key[0].kind == KeyFieldKind::kGazetteer);
  CHECK(fr.key[0].gazetteer == "places");
  const Rule& en = loaded.pack->FindRule("troops.deployed.en")->rule;
  CHECK(en.severity == Severity::kWarning);
  CHECK(en.value.tolerance == Approx(0.2));
}

TEST_CASE("Examples are parsed into expectations", "[rule_loader]") {
  Loaded loaded = LoadSeedPack();
  REQUIRE(loaded.pack.has_value());
  const Rule& fr = loaded.pack->FindRule("troops.deployed.fr")->rule;
  REQUIRE(fr.examples.size() == 3);
  const RuleExample& match = fr.examples[0];
  CHECK(match.must_match);
  CHECK(match.loc.ToString() == "troops.yaml:15:11");
  REQUIRE(match.expect.interval.has_value());
  CHECK(*match.expect.interval == Interval::Closed(0, 5000));
  CHECK(match.expect.qualifier == Qualifier::kAtMost);
  CHECK(match.expect.modality == Modality::kPlanned);
  CHECK(match.expect.key.at("region") == "EU-EAST");
  CHECK(match.expect.captures.at("quantity") == "jusqu'à 5 000");
  CHECK_FALSE(fr.examples[1].must_match);
  CHECK(fr.examples[1].text == "Les 8 500 soldats placés en état d'alerte.");
  CHECK(fr.examples[2].text == "Rien à voir.");
  const Rule& en = loaded.pack->FindRule("troops.deployed.en")->rule;
  REQUIRE(en.examples.at(0).expect.interval.has_value());
  CHECK(*en.examples[0].expect.interval == Interval::MoreThan(2000));
}

TEST_CASE("Select picks a rule on a matching French sentence only", "[rule_loader]") {
  Loaded loaded = LoadSeedPack();
  REQUIRE(loaded.pack.has_value());
  const RulePack& pack = *loaded.pack;
  size_t fr = 0;
  CHECK(pack.rules()[fr].rule.id == "troops.deployed.fr");
  CHECK(pack.Select(Lang::kFr, "Il enverra 2 000 soldats vers l'Allemagne demain.") ==
        std::vector<size_t>{fr});
  CHECK(pack.Select(Lang::kFr, "jusqu'à 5 000 soldats en Etats-Unis").size() == 1);
  CHECK(pack.Select(Lang::kFr, "Le temps sera beau demain.").empty());
  // The English rule does not run on French text, nor the French one on English.
  CHECK(pack.Select(Lang::kEn, "Il enverra 2 000 soldats vers l'Allemagne.").empty());
  CHECK(pack.Select(Lang::kEn, "about 3,000 troops to Poland") == std::vector<size_t>{1});
  CHECK(pack.Select(Lang::kUnknown, "2 000 soldats vers l'Allemagne").empty());
}

TEST_CASE("The French pattern matches the seed sentence with the right captures", "[rule_loader]") {
  Loaded loaded = LoadSeedPack();
  REQUIRE(loaded.pack.has_value());
  const CompiledPattern& p = loaded.pack->FindRule("troops.deployed.fr")->patterns[0];
  std::string quantity, region;
  REQUIRE(
      RE2::PartialMatch("Joe Biden envisage d'envoyer jusqu'à 5 000 soldats en Europe de l'Est.",
                        *p.regex(), &quantity, &region));
  CHECK(quantity == "jusqu'à 5 000");
  CHECK(region == "Europe de l'Est");
}

TEST_CASE("{gaz:places} matches accent variants and acronyms only in capitals", "[rule_loader]") {
  Loaded loaded = Load({{"places.yaml", kPlaces}, {"r.yaml", R"yaml(rules:
  - id: place
    description: A place
    language: [fr, en]
    slot: place
    value: {type: category, gazetteer: places}
    patterns: ['^(?P<value>{gaz:places})$']
    examples:
      match: [{text: "Etats-Unis", value: US}]
)yaml"}});
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  const CompiledRule* rule = loaded.pack->FindRule("place");
  REQUIRE(rule->patterns.size() == 2);  // one per language
  CHECK(rule->patterns[0].lang == Lang::kFr);
  CHECK(rule->patterns[1].lang == Lang::kEn);
  const RE2& re = *rule->patterns[0].regex();
  CHECK(RE2::FullMatch("Etats-Unis", re));
  CHECK(RE2::FullMatch("États-Unis", re));
  CHECK(RE2::FullMatch("etats-unis", re));
  CHECK(RE2::FullMatch("caroline du nord", re));
  CHECK(RE2::FullMatch("US", re));
  CHECK_FALSE(RE2::FullMatch("us", re));
  CHECK_FALSE(RE2::FullMatch("Us", re));
  CHECK(loaded.pack->Select(Lang::kEn, "US") == std::vector<size_t>{0});
  // A pattern that is all gazetteer has no prefilter condition: it is selected
  // for any text of its language, and its regex decides.
  CHECK_FALSE(RE2::PartialMatch("us", *rule->patterns[1].regex()));
}

TEST_CASE("Sub-patterns nest, expand per language and may be plain strings", "[rule_loader]") {
  Loaded loaded = Load(R"yaml(patterns:
  digits: '\d+'
  amount: {fr: '{digits} (?:euros|€)', en: '(?:€|EUR) ?{digits}'}
rules:
  - id: price
    description: A price
    language: [fr, en]
    slot: price
    value: {type: quantity, unit: EUR}
    patterns: ['(?P<quantity>{amount})']
    examples:
      match: [{text: "12 euros", value: 12}]
)yaml");
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  const CompiledRule* rule = loaded.pack->FindRule("price");
  REQUIRE(rule->patterns.size() == 2);
  CHECK(rule->patterns[0].expanded == R"((?P<quantity>(?:(?:\d+) (?:euros|€))))");
  CHECK(rule->patterns[1].expanded == R"((?P<quantity>(?:(?:€|EUR) ?(?:\d+))))");
}

TEST_CASE("RE2 repetitions and escapes are not sub-pattern references", "[rule_loader]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: code
    description: A code
    language: en
    slot: code
    value: {type: category, gazetteer: g, capture: code}
    patterns: ['(?P<code>\p{Lu}{2}\d{1,3})-x{2,} \{literal\}']
    examples:
      match: [{text: "AB12-xx {literal}"}]
gazetteer: g
entries: {X: {aliases: [x]}}
)yaml");
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  CHECK(loaded.pack->Select(Lang::kEn, "AB12-xx {literal}") == std::vector<size_t>{0});
}

TEST_CASE("Modality cues are shared across files and merged with a rule's own", "[rule_loader]") {
  Loaded loaded = LoadSeedPack();
  REQUIRE(loaded.pack.has_value());
  const CompiledRule* fr = loaded.pack->FindRule("troops.deployed.fr");
  REQUIRE(fr->cues.count({Lang::kFr, Modality::kPlanned}) == 1);
  const RE2& planned = *fr->cues.at({Lang::kFr, Modality::kPlanned})->Get();
  CHECK(planned.pattern() == R"((?i:(?:envisag\w*)|(?:pourrai\w*)))");
  CHECK(RE2::PartialMatch("Joe Biden ENVISAGE", planned));
  CHECK(fr->cues.count({Lang::kFr, Modality::kReported}) == 1);
  CHECK(fr->cues.count({Lang::kFr, Modality::kStated}) == 0);  // no cue, no regex
  CHECK(fr->cues.count({Lang::kEn, Modality::kPlanned}) == 0);
  const CompiledRule* en = loaded.pack->FindRule("troops.deployed.en");
  REQUIRE(en->cues.count({Lang::kEn, Modality::kPlanned}) == 1);
  CHECK(en->cues.at({Lang::kEn, Modality::kPlanned})->pattern() ==
        R"((?i:(?:consider\w*)|(?:weigh\w*)))");
  CHECK(en->rule.modality_cues.at({Lang::kEn, Modality::kPlanned}) ==
        std::vector<std::string>{R"(weigh\w*)"});
}

TEST_CASE("Loading is independent of file order", "[rule_loader]") {
  Loaded loaded =
      Load({{"troops.yaml", kTroopRules}, {"places.yaml", kPlaces}, {"lib.yaml", kLibrary}});
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  CHECK(loaded.pack->rules().size() == 2);
}

TEST_CASE("Several files add entries to one gazetteer", "[rule_loader]") {
  Loaded loaded = Load({{"a.yaml", "gazetteer: places\nentries:\n  US: {aliases: [USA]}\n"},
                        {"b.yaml",
                         "gazetteer: places\nentries:\n  US-NC: {parent: US, "
                         "aliases: [N.C.]}\n  US: {aliases: [United States]}\n"}});
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  const Gazetteer* places = loaded.pack->FindGazetteer("places");
  REQUIRE(places != nullptr);
  CHECK(places->Resolve("united states") == "US");
  CHECK(places->Resolve("USA") == "US");
  CHECK(places->IsWithin("US-NC", "US"));
}

TEST_CASE("A quote's speaker defaults to the 'speaker' group when every pattern has it",
          "[rule_loader]") {
  const char* yaml = R"yaml(rules:
  - id: quote.a
    description: A quote
    language: fr
    slot: quote
    value: {type: quote}
    patterns:
      - '(?P<speaker>\p{Lu}\w+) a dit "(?P<quote>[^"]+)"'
      - '"(?P<quote>[^"]+)", selon (?P<speaker>\p{Lu}\w+)'
    examples:
      match: [{text: 'Blinken a dit "rapide"', value: rapide, key: {speaker: blinken}}]
  - id: quote.b
    description: A quote
    language: fr
    slot: quote
    value: {type: quote}
    patterns: ['"(?P<quote>[^"]+)"']
    examples:
      match: [{text: '"rapide"'}]
)yaml";
  Loaded loaded = Load(yaml);
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  CHECK(loaded.pack->FindRule("quote.a")->rule.value.speaker == "speaker");
  CHECK(loaded.pack->FindRule("quote.a")->rule.value.capture == "quote");
  CHECK(loaded.pack->FindRule("quote.b")->rule.value.speaker.empty());
  CHECK(loaded.pack->FindRule("quote.a")->rule.examples[0].expect.key.at("speaker") == "blinken");
  CHECK(loaded.warnings.empty());
}

TEST_CASE("Set and category examples are stored as ids, sets sorted", "[rule_loader]") {
  Loaded loaded = Load({{"places.yaml", kPlaces}, {"r.yaml", R"yaml(rules:
  - id: destinations
    description: Where troops go
    language: fr
    slot: destinations
    value: {type: set, gazetteer: places}
    patterns: ['vers (?P<items>{gaz:places}(?:(?:, | et ){gaz:places})*)']
    examples:
      match: [{text: "vers la Pologne et l'Allemagne", value: [PL, DE, PL]}]
)yaml"}});
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  const RuleExample& example = loaded.pack->FindRule("destinations")->rule.examples[0];
  REQUIRE(example.expect.set.has_value());
  CHECK(*example.expect.set == std::vector<std::string>{"DE", "PL"});
  CHECK(loaded.pack->FindRule("destinations")->rule.value.capture == "items");
}

TEST_CASE("Empty files, comments only and empty sections load", "[rule_loader]") {
  Loaded loaded = Load({{"empty.yaml", ""},
                        {"comment.yaml", "# nothing here\n"},
                        {"sections.yaml", "patterns:\nmodality:\nrules:\n"}});
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  CHECK(loaded.pack->rules().empty());
  CHECK(loaded.pack->Select(Lang::kFr, "x").empty());
}

}  // namespace
}  // namespace factlint
