// Helpers for the tooling tests: a small French rule pack and articles built in memory.
#ifndef FACTLINT_TESTS_UNIT_TOOLING_TOOLING_TEST_UTIL_H_
#define FACTLINT_TESTS_UNIT_TOOLING_TOOLING_TEST_UTIL_H_

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "rules/rule_loader.h"
#include "text/article.h"

namespace factlint::testing {

// Troops sent to a region (quantity keyed by a gazetteer), the state a base is
// in (category), and shared modality cues: enough for claims and findings.
inline constexpr const char* kTroopPack = R"yaml(
patterns:
  num: '\d{1,3}(?: \d{3})*'
  qty: "(?:jusqu'à |environ )?{num}"
gazetteer: places
entries:
  EU-EAST: {aliases: [Europe de l'Est]}
  PL: {parent: EU-EAST, aliases: [Pologne]}
  RO: {parent: EU-EAST, aliases: [Roumanie]}
  US-NC: {aliases: [Caroline du Nord]}
  US-SC: {aliases: [Caroline du Sud]}
modality:
  planned:
    fr: ['envisag\w*']
rules:
  - id: troops.fr
    description: Soldats envoyés vers une région
    language: fr
    slot: troops.deployed
    key:
      region: {gazetteer: places}
    value: {type: quantity, unit: soldier}
    patterns:
      - "(?P<quantity>{qty}) soldats (?:en|vers) (?P<region>{gaz:places})"
    examples:
      match:
        - text: "Biden enverra 3 000 soldats en Pologne."
          value: 3000
          key: {region: PL}
  - id: base.state.fr
    description: L'État où se trouve une base
    language: fr
    slot: place.location
    key:
      place: text
    value: {type: category, gazetteer: places, capture: state}
    patterns:
      - '(?P<place>Fort \p{Lu}\p{L}+), en (?P<state>{gaz:places})'
    examples:
      match:
        - text: "Ils partiront de Fort Bragg, en Caroline du Nord."
          value: US-NC
)yaml";

inline RulePack PackFrom(const std::string& yaml, const std::string& file = "pack.yaml") {
  Diagnostics errors;
  std::optional<RulePack> pack = BuildRulePack({{file, yaml}}, &errors);
  for (const Status& e : errors) UNSCOPED_INFO(e.ToString());
  REQUIRE(pack.has_value());
  return std::move(*pack);
}

inline Article MakeArticle(const std::string& path, std::string text, Lang lang = Lang::kFr,
                           const std::string& story = "story") {
  Article a;
  std::string name = path.substr(path.find_last_of('/') + 1);
  a.meta.id = name.substr(0, name.find('.'));
  a.meta.path = path;
  a.meta.source = a.meta.id;
  a.meta.story = story;
  a.meta.lang = lang;
  a.text = TextMap::Build(std::move(text), path).value();
  return a;
}

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_UNIT_TOOLING_TOOLING_TEST_UTIL_H_
