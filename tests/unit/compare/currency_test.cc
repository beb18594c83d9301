// Amounts in two currencies of one unit gazetteer: one figure in two currencies is a
// disagreement on the currency; two different figures cannot be compared without rates.
#include <catch2/catch.hpp>

#include "compare/compare.h"
#include "rules/rule_loader.h"

using namespace factlint;

namespace {

constexpr const char* kPack = R"yaml(
gazetteer: currencies
entries:
  EUR: {aliases: ["€", euros]}
  GBP: {aliases: ["£", livres sterling]}
  USD: {aliases: ["$", dollars]}
---
rules:
  - id: money.fr
    description: Montants
    language: fr
    slot: money.amount
    value:
      type: quantity
      unit: {gazetteer: currencies}
    patterns:
      - "(?P<quantity>\\d+ millions) (?:de |d')?(?P<unit>euros|livres sterling|dollars)"
    examples:
      match:
        - text: "Cédée pour 800 millions d'euros."
          unit: EUR
)yaml";

RulePack Pack() {
  Diagnostics errors;
  std::optional<RulePack> pack = BuildRulePack({{"money.yaml", kPack}}, &errors);
  for (const Status& e : errors) UNSCOPED_INFO(e.ToString());
  REQUIRE(pack.has_value());
  return std::move(*pack);
}

Claim Amount(const std::string& article, double millions, const std::string& currency) {
  Claim c;
  c.rule_id = "money.fr";
  c.slot = "money.amount";
  c.value.kind = ValueKind::kQuantity;
  c.value.unit = currency;
  c.value.quantity.interval = Interval::Exact(millions * 1e6);
  c.value.quantity.value = millions * 1e6;
  c.modality = Modality::kStated;
  c.article_id = article;
  c.source = article;
  c.story = "banque";
  c.loc = {article + ".md", 3, 1};
  c.begin = 40;
  c.end = 60;
  c.value_text = std::to_string(static_cast<int>(millions)) + " millions";
  return c;
}

size_t Count(const std::vector<Finding>& fs, FindingKind kind) {
  size_t n = 0;
  for (const Finding& f : fs) n += f.kind == kind;
  return n;
}

}  // namespace

TEST_CASE("one figure in two currencies is a conflict on the currency") {
  RulePack pack = Pack();
  auto fs = CompareClaims({Amount("quotidien", 800, "GBP"), Amount("tribune", 800, "EUR")}, pack);
  CHECK(Count(fs, FindingKind::kConflict) == 1);
}

TEST_CASE("two different figures in two currencies are not compared") {
  RulePack pack = Pack();
  // A donor's "$150 million" and a government's "25 billion" in another currency.
  auto fs = CompareClaims({Amount("wire", 150, "USD"), Amount("courier", 25000, "GBP")}, pack);
  CHECK(Count(fs, FindingKind::kConflict) == 0);
  CHECK(Count(fs, FindingKind::kDiscrepancy) == 0);
}

TEST_CASE("two different figures in one currency still disagree") {
  RulePack pack = Pack();
  auto fs = CompareClaims({Amount("wire", 450, "EUR"), Amount("courier", 420, "EUR")}, pack);
  CHECK(Count(fs, FindingKind::kConflict) == 1);
}
