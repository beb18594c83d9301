#include "compare/compare.h"

#include <catch2/catch.hpp>

#include "normalize/quantity.h"

using namespace factlint;

namespace {

Claim MakeQuantity(const std::string& article, double lo, double hi, Modality m = Modality::kStated,
               Qualifier q = Qualifier::kExact, size_t begin = 10) {
  Claim c;
  c.rule_id = "troops.deployed.fr";
  c.slot = "troops.deployed";
  c.key_parts = {{"region", "EU-EAST"}};
  c.value.kind = ValueKind::kQuantity;
  c.value.unit = "soldier";
  c.value.quantity.interval = Interval::Closed(lo, hi);
  c.value.quantity.qualifier = q;
  c.value.quantity.value = lo;
  c.modality = m;
  c.article_id = article;
  c.source = article;
  c.story = "ukraine";
  c.loc = {article + ".txt", 1, 1};
  c.begin = begin;
  c.end = begin + 5;
  c.value_text = std::to_string(static_cast<int>(hi));
  return c;
}

std::vector<Finding> OfKind(const std::vector<Finding>& fs, FindingKind k) {
  std::vector<Finding> out;
  for (const Finding& f : fs)
    if (f.kind == k) out.push_back(f);
  return out;
}

}  // namespace

TEST_CASE("disjoint stated figures from two sources are a conflict") {
  RulePack pack;
  auto fs = CompareClaims({MakeQuantity("a", 3000, 3000), MakeQuantity("b", 2000, 2000)}, pack);
  REQUIRE(OfKind(fs, FindingKind::kConflict).size() == 1);
  const Finding f = OfKind(fs, FindingKind::kConflict).front();
  CHECK(f.claims.size() == 2);
  CHECK(f.severity == Severity::kError);
  CHECK(f.key == "troops.deployed|region=EU-EAST");
}

TEST_CASE("planned vs stated figures are a discrepancy, not a conflict") {
  RulePack pack;
  auto fs = CompareClaims(
      {MakeQuantity("a", 5000, 5000, Modality::kPlanned), MakeQuantity("b", 3000, 3000)}, pack);
  CHECK(OfKind(fs, FindingKind::kConflict).empty());
  REQUIRE(OfKind(fs, FindingKind::kDiscrepancy).size() == 1);
  CHECK(OfKind(fs, FindingKind::kDiscrepancy).front().severity == Severity::kWarning);
}

TEST_CASE("overlapping intervals are a discrepancy; equal ones are corroborated") {
  RulePack pack;
  auto fs = CompareClaims({MakeQuantity("a", 0, 5000, Modality::kStated, Qualifier::kAtMost),
                           MakeQuantity("b", 3000, 3000), MakeQuantity("c", 0, 5000, Modality::kStated,
                                                               Qualifier::kAtMost)},
                          pack);
  CHECK(OfKind(fs, FindingKind::kConflict).empty());
  CHECK(OfKind(fs, FindingKind::kDiscrepancy).size() == 1);
  REQUIRE(OfKind(fs, FindingKind::kCorroborated).size() == 1);
  CHECK(OfKind(fs, FindingKind::kCorroborated).front().claims.size() == 2);
}

TEST_CASE("a vague figure never makes a conflict") {
  RulePack pack;
  auto fs = CompareClaims({MakeQuantity("a", 20000, 99999, Modality::kStated, Qualifier::kVague),
                           MakeQuantity("b", 100001, 1e9)},
                          pack);
  CHECK(OfKind(fs, FindingKind::kConflict).empty());
  CHECK(OfKind(fs, FindingKind::kDiscrepancy).size() == 1);
}

TEST_CASE("one article stating two incompatible values is internal") {
  RulePack pack;
  auto fs = CompareClaims({MakeQuantity("a", 3000, 3000, Modality::kStated, Qualifier::kExact, 10),
                           MakeQuantity("a", 2000, 2000, Modality::kStated, Qualifier::kExact, 90)},
                          pack);
  CHECK(OfKind(fs, FindingKind::kConflict).empty());
  REQUIRE(OfKind(fs, FindingKind::kInternal).size() == 1);
}

TEST_CASE("claims with different keys, slots or stories are never compared") {
  RulePack pack;
  Claim a = MakeQuantity("a", 3000, 3000);
  Claim b = MakeQuantity("b", 2000, 2000);
  b.key_parts = {{"region", "PL"}};
  Claim c = MakeQuantity("c", 1000, 1000);
  c.story = "other-story";
  Claim d = MakeQuantity("d", 7000, 7000);
  d.slot = "troops.alert";
  auto fs = CompareClaims({a, b, c, d}, pack);
  CHECK(fs.empty());
}

TEST_CASE("an empty key field matches any value of that field") {
  RulePack pack;
  Claim a = MakeQuantity("a", 3000, 3000);
  Claim b = MakeQuantity("b", 2000, 2000);
  b.key_parts = {{"region", ""}};
  auto fs = CompareClaims({a, b}, pack);
  CHECK(OfKind(fs, FindingKind::kConflict).size() == 1);
}

TEST_CASE("finding ids are stable and findings sorted") {
  RulePack pack;
  std::vector<Claim> claims = {MakeQuantity("b", 2000, 2000), MakeQuantity("a", 3000, 3000),
                               MakeQuantity("c", 3000, 3000)};
  auto first = CompareClaims(claims, pack);
  std::reverse(claims.begin(), claims.end());
  auto second = CompareClaims(claims, pack);
  REQUIRE(first.size() == second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].id == second[i].id);
    CHECK(first[i].id.size() == 16);
  }
}

TEST_CASE("quotes of one speaker with a word changed are a quote variant") {
  RulePack pack;
  Claim a;
  a.rule_id = "quote.fr";
  a.slot = "quote";
  a.key_parts = {{"speaker", "blinken"}};
  a.value.kind = ValueKind::kQuote;
  a.value.quote = "cela entraînera une réponse rapide, sévère et unifiée de notre part";
  a.article_id = "a";
  a.story = "s";
  Claim b = a;
  b.article_id = "b";
  b.value.quote = "Elle se heurtera à une réponse rapide, sévère et unie de notre part";
  Claim c = a;
  c.article_id = "c";
  c.key_parts = {{"speaker", "lavrov"}};
  c.value.quote = "une réponse rapide, forte et unie de notre part";
  auto fs = CompareClaims({a, b, c}, pack);
  auto variants = OfKind(fs, FindingKind::kQuoteVariant);
  REQUIRE(variants.size() == 1);
  CHECK(variants.front().diff.find("[-unifiée-] {+unie+}") != std::string::npos);
}
