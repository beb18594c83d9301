#include "compare/context.h"

#include <catch2/catch.hpp>

#include "compare/compare.h"
#include "extract/claim_context.h"

using namespace factlint;

namespace {

Claim Toll(const std::string& article, double deaths, const std::string& when = "",
           const std::string& sentence = "") {
  Claim c;
  c.rule_id = "casualties.killed.en";
  c.slot = "casualties.killed";
  c.value.kind = ValueKind::kQuantity;
  c.value.unit = "person";
  c.value.quantity.interval = Interval::Exact(deaths);
  c.value.quantity.value = deaths;
  c.article_id = article;
  c.source = article;
  c.story = "quake";
  c.loc = {article + ".md", 1, 1};
  c.begin = static_cast<size_t>(deaths);
  c.end = c.begin + 2;
  c.sentence = sentence.empty() ? "The quake killed " + std::to_string(deaths) + " people." : sentence;
  c.context = ContextWords(c.sentence, 0, 0);
  AddContextFact(&c.context, kWhenFact, when);
  return c;
}

size_t Count(const std::vector<Finding>& fs, FindingKind k) {
  size_t n = 0;
  for (const Finding& f : fs) n += f.kind == k;
  return n;
}

}  // namespace

TEST_CASE("claims placed at different times are not compared") {
  RulePack pack;
  // Today's toll, and the toll of the 2011 quake in another article.
  auto fs = CompareClaims({Toll("a", 41), Toll("b", 600, "2011")}, pack);
  CHECK(fs.empty());
  // Two tolls of the 2011 quake are compared with each other.
  fs = CompareClaims({Toll("a", 604, "2011"), Toll("b", 600, "2011")}, pack);
  CHECK(Count(fs, FindingKind::kConflict) == 1);
  // An unknown past ("last year") is never compared, not even with another.
  fs = CompareClaims({Toll("a", 5, "past"), Toll("b", 7, "past")}, pack);
  CHECK(fs.empty());
}

TEST_CASE("two figures in one sentence make no internal finding") {
  RulePack pack;
  std::string s = "12 000 selon la police, 40 000 selon les syndicats.";
  Claim a = Toll("a", 12000, "", s);
  Claim b = Toll("a", 40000, "", s);
  CHECK(Count(CompareClaims({a, b}, pack), FindingKind::kInternal) == 0);
  Claim c = Toll("a", 40000, "", "Later, 40 000 people were counted.");
  CHECK(Count(CompareClaims({a, c}, pack), FindingKind::kInternal) == 1);
}

TEST_CASE("figures attributed to different sources differ as a discrepancy") {
  RulePack pack;
  Claim police = Toll("a", 28000);
  Claim unions = Toll("b", 110000);
  AddContextFact(&police.context, kSourceFact, "OFFICIALS");
  AddContextFact(&unions.context, kSourceFact, "ORGANIZERS");
  CHECK(SourcesDiffer(police, unions));
  auto fs = CompareClaims({police, unions}, pack);
  CHECK(Count(fs, FindingKind::kConflict) == 0);
  CHECK(Count(fs, FindingKind::kDiscrepancy) == 1);
  // One source unknown: an ordinary conflict.
  Claim unknown = Toll("c", 110000);
  CHECK_FALSE(SourcesDiffer(police, unknown));
  CHECK(Count(CompareClaims({police, unknown}, pack), FindingKind::kConflict) == 1);
}

TEST_CASE("facts stay apart from the words of the context") {
  Claim a = Toll("a", 41, "2011", "The quake killed people in the city.");
  Claim b = Toll("b", 35, "", "The quake killed people in the town.");
  CHECK(TimeOf(a) == "2011");
  CHECK(TimeOf(b) == "");
  CHECK_FALSE(SameTime(a, b));
  // quake, killed, people, the, city|town: 5 of 7 distinct words shared, the fact left out.
  CHECK(WordOverlap(a, b) == Approx(4.0 / 6.0));
}
