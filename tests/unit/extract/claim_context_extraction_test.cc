#include <catch2/catch.hpp>

#include "extract/claim_context.h"
#include "extract/extractor.h"
#include "normalize/calendar.h"
#include "rules/rule_loader.h"

using namespace factlint;

// A pack exercising what the general-purpose rule pack relies on: key fields found
// around the match, required fields, a unit named in the text, weekdays resolved
// against the publication date, time anchors and attribution.
namespace {

constexpr const char* kPack = R"yaml(
gazetteer: places
entries:
  FR-75: {aliases: [Paris]}
  FR-69-LYON: {aliases: [Lyon]}
---
gazetteer: money_uses
entries:
  BAILOUT: {aliases: [plan de sauvetage, rescue]}
  SALE: {aliases: [vendue pour, sold for]}
---
gazetteer: currencies
entries:
  EUR: {aliases: ["€", euros]}
  GBP: {aliases: ["£", livres sterling]}
---
gazetteer: events
entries:
  ATTACK: {aliases: [attack, shooting]}
---
gazetteer: sources
entries:
  OFFICIALS: {aliases: [police, la police]}
  ORGANIZERS: {aliases: [syndicats, les syndicats]}
---
rules:
  - id: crowd.fr
    description: Manifestants
    language: fr
    slot: crowd.size
    key:
      place: {gazetteer: places, scope: article}
    value: {type: quantity, unit: person}
    patterns:
      - "(?P<quantity>\\d+(?: \\d{3})*) manifestants"
    examples:
      match:
        - text: "À Paris, 28 000 manifestants."
          key: {place: FR-75}
  - id: money.fr
    description: Montants
    language: fr
    slot: money.amount
    key:
      use: {gazetteer: money_uses, scope: sentence, required: true}
    value:
      type: quantity
      unit: {gazetteer: currencies}
    patterns:
      - "(?P<quantity>\\d+(?:,\\d+)? (?:millions|milliards)) (?:de |d')?(?P<unit>euros|livres sterling)"
    examples:
      match:
        - text: "Un plan de sauvetage de 2,4 milliards d'euros."
          unit: EUR
  - id: money.en
    description: Amounts
    language: en
    slot: money.amount
    key:
      use: {gazetteer: money_uses, scope: sentence, required: true}
    value:
      type: quantity
      unit: {gazetteer: currencies}
    patterns:
      - "(?P<quantity>(?:more than )?(?P<unit>[€£])\\d+(?:\\.\\d+)?(?:bn|m)?)"
    examples:
      match:
        - text: "A rescue of more than €2bn."
          unit: EUR
  - id: weekday.en
    description: Weekday of the event
    language: en
    slot: event.weekday
    key:
      event: {gazetteer: events, scope: sentence, required: true}
    value: {type: weekday}
    patterns:
      - "on (?P<value>(?:Friday|Saturday)(?:, May \\d+)?)"
    examples:
      match:
        - text: "The attack took place on Friday, May 15."
          published: 2026-05-17
          value: 2026-05-15
)yaml";

RulePack Pack() {
  Diagnostics errors;
  std::optional<RulePack> pack = BuildRulePack({{"t.yaml", kPack}}, &errors);
  for (const Status& e : errors) INFO(e.ToString());
  REQUIRE(pack.has_value());
  return std::move(*pack);
}

Article MakeArticle(std::string text, Lang lang, std::string published = "") {
  Article a;
  a.meta.id = "a";
  a.meta.path = "a.md";
  a.meta.source = "a";
  a.meta.story = "s";
  a.meta.lang = lang;
  a.meta.published = std::move(published);
  a.text = TextMap::Build(std::move(text), a.meta.path).value();
  return a;
}

}  // namespace

TEST_CASE("a key field left out of the match is found in the sentence or the article") {
  RulePack pack = Pack();
  Article a = MakeArticle(
      "La mobilisation a franchi un cap à Lyon.\n\nJeudi, 12 000 manifestants selon la police, "
      "40 000 manifestants selon les syndicats.",
      Lang::kFr);
  std::vector<Claim> claims = ExtractClaims(pack, a);
  REQUIRE(claims.size() == 2);
  // No place in the sentence: the last one named before it, in another paragraph.
  CHECK(claims[0].key_parts.front().value == "FR-69-LYON");
  CHECK(ContextFact(claims[0].context, kSourceFact) == "OFFICIALS");
  CHECK(ContextFact(claims[1].context, kSourceFact) == "ORGANIZERS");
}

TEST_CASE("a required key field left empty makes no claim") {
  RulePack pack = Pack();
  Article a = MakeArticle("Le plan de sauvetage de 2,4 milliards d'euros. Elle a 3 millions d'euros.",
                          Lang::kFr);
  std::vector<Claim> claims = ExtractClaims(pack, a);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].key_parts.front().value == "BAILOUT");
  CHECK(claims[0].value.unit == "EUR");
  CHECK(claims[0].value.quantity.interval == Interval::Exact(2.4e9));
}

TEST_CASE("a unit named in the text is part of the value, and read out of the figure") {
  RulePack pack = Pack();
  Article a = MakeArticle("The bank was sold for £800m. A rescue of more than €2bn.", Lang::kEn);
  std::vector<Claim> claims = ExtractClaims(pack, a);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].value.unit == "GBP");
  CHECK(claims[0].value.quantity.interval == Interval::Exact(8e8));
  CHECK(claims[1].value.unit == "EUR");
  CHECK(claims[1].value.quantity.interval == Interval::MoreThan(2e9));
  CHECK(claims[1].value_text == "more than €2bn");
}

TEST_CASE("a weekday its date contradicts makes two claims, a bare one resolves") {
  RulePack pack = Pack();
  // May 16, 2026 is a Saturday.
  Article a = MakeArticle("The attack took place on Friday, May 16, at the mall.", Lang::kEn,
                          "2026-05-17");
  std::vector<Claim> claims = ExtractClaims(pack, a);
  REQUIRE(claims.size() == 2);
  CHECK(claims[0].value_text == "Friday");
  CHECK(claims[0].value.quantity.interval ==
        Interval::Exact(static_cast<double>(DaysFromCivil({2026, 5, 15}))));
  CHECK(claims[1].value_text == "May 16");
  CHECK(claims[1].value.ToString() == "2026-05-16");

  Article b = MakeArticle("The shooting happened on Saturday.", Lang::kEn, "2026-05-17");
  claims = ExtractClaims(pack, b);
  REQUIRE(claims.size() == 1);
  CHECK(claims[0].value.ToString() == "2026-05-16");
  // Without a publication date a bare weekday cannot be placed.
  CHECK(ExtractClaims(pack, MakeArticle("The shooting happened on Saturday.", Lang::kEn)).empty());
}
