#include "tooling/slot_lint.h"

#include <catch2/catch.hpp>

#include "tooling_test_util.h"

namespace factlint {
namespace {

// Two rules share each slot; the second of each differs from the first in one way.
constexpr const char* kPack = R"yaml(
gazetteer: places
entries:
  PL: {aliases: [Pologne, Poland]}
rules:
  - id: troops.fr
    description: Soldats envoyés
    language: fr
    slot: troops.deployed
    key: {region: {gazetteer: places}}
    value: {type: quantity, unit: soldier}
    patterns: ['(?P<quantity>\d+) soldats en (?P<region>{gaz:places})']
    examples: {match: [{text: "300 soldats en Pologne"}]}
  - id: troops.en
    description: Troops sent
    language: en
    slot: troops.deployed
    key: {base: text}
    value: {type: quantity, unit: person}
    patterns: ['(?P<quantity>\d+) troops from (?P<base>Fort \w+)']
    examples: {match: [{text: "300 troops from Fort Bragg"}]}
  - id: arrests.fr
    description: Personnes arrêtées
    language: fr
    slot: people.arrested
    value: {type: quantity, unit: person}
    patterns: ['(?P<quantity>\d+) personnes arrêtées']
    examples: {match: [{text: "42 personnes arrêtées"}]}
  - id: arrests.en
    description: People arrested
    language: en
    slot: people.arested
    value: {type: quantity, unit: person}
    patterns: ['(?P<quantity>\d+) people arrested']
    examples: {match: [{text: "42 people arrested"}]}
  - id: aid.fr
    description: Aide
    language: fr
    slot: aid.shipment
    value: {type: quantity, unit: lb}
    patterns: ['(?P<quantity>\d+) livres']
    examples: {match: [{text: "200 livres"}]}
)yaml";

const Status* Find(const Diagnostics& ds, int line, int col, const std::string& needle) {
  for (const Status& s : ds) {
    if (s.loc().line == line && s.loc().column == col &&
        s.message().find(needle) != std::string::npos) {
      return &s;
    }
  }
  return nullptr;
}

TEST_CASE("LintSlots warns about rules whose claims can never be compared", "[slot_lint]") {
  RulePack pack = testing::PackFrom(kPack);
  Diagnostics warnings = LintSlots(pack);
  std::string all;
  for (const Status& w : warnings) all += w.ToString("warning") + "\n";
  INFO(all);
  CHECK(warnings.size() == 3);
  // Different key fields: at the first key field of the second rule.
  CHECK(Find(warnings, 18, 11,
             "rule 'troops.en' reads key fields (base: text) for slot 'troops.deployed', but "
             "rule 'troops.fr' (pack.yaml:6:5) reads (region: {gazetteer: places})"));
  // Different units: at the value.
  CHECK(Find(warnings, 19, 12, "a quantity in 'person' value, but rule 'troops.fr'"));
  // A misspelt slot: at the slot, naming the slot it is next to.
  CHECK(Find(warnings, 32, 11,
             "slot 'people.arested' of rule 'arrests.en' is used by no other rule and is one "
             "edit away from slot 'people.arrested'"));
}

TEST_CASE("A rule alone in its slot, without a key, is comparable", "[slot_lint]") {
  // Every article yields claims of aid.fr; they are compared with each other.
  RulePack pack = testing::PackFrom(kPack);
  for (const Status& w : LintSlots(pack)) CHECK(w.message().find("aid") == std::string::npos);
  CHECK(LintSlots(testing::PackFrom(testing::kTroopPack)).empty());
}

}  // namespace
}  // namespace factlint
