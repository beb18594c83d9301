#include "gate/gate.h"

#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "compare/compare.h"

using namespace factlint;
using namespace factlint::testing;

namespace {

const ArticleMeta kVif = Meta("000_50992c8ad878af4b", "Le Vif");
const ArticleMeta kSoir = Meta("001_06f0a092c793dd2d", "Le Soir");
const ArticleMeta kLibre = Meta("002_88f3e815b8c1ef22", "La Libre");
const ArticleMeta kRtbf = Meta("004_fe9cd75e8fbb71a9", "RTBF");

// Published: 000 says up to 5 000 (planned), 001 says 3 000 and Caroline du Nord,
// 004 says Caroline du Sud. New: 002 says 2 000 and Caroline du Nord.
std::vector<Claim> SeedClaims() {
  Claim vif = Troops(kVif, 0, 5000, Qualifier::kAtMost, 40, "jusqu'à 5 000");
  vif.modality = Modality::kPlanned;
  return {vif,
          Troops(kSoir, 3000, 3000, Qualifier::kExact, 61, "3 000"),
          FortBraggState(kSoir, "US-NC", 700),
          FortBraggState(kRtbf, "US-SC", 300),
          Troops(kLibre, 2000, 2000, Qualifier::kExact, 0, "2 000"),
          FortBraggState(kLibre, "US-NC", 800)};
}

std::string Articles(const Finding& f) {
  std::string s;
  for (const Claim& c : f.claims) s += (s.empty() ? "" : ",") + c.article_id.substr(0, 3);
  return s;
}

}  // namespace

TEST_CASE("the gate keeps only findings that involve the new article") {
  RulePack pack;
  std::vector<Finding> all = CompareClaims(SeedClaims(), pack);
  std::vector<Finding> gated = GateFindings(all, {{kLibre.story, kLibre.id}});
  REQUIRE_FALSE(gated.empty());
  REQUIRE(gated.size() < all.size());
  for (const Finding& f : gated) {
    INFO(f.message);
    CHECK(f.claims.front().article_id == kLibre.id);
  }
  // 000's "up to 5 000" vs 001's "3 000" is between published articles: not the gate's business.
  bool published_only = false;
  for (const Finding& f : all) published_only |= Articles(f) == "000,001";
  CHECK(published_only);
  for (const Finding& f : gated) CHECK(Articles(f) != "000,001");
}

TEST_CASE("the new article's claim becomes the primary and the finding's key follows it") {
  RulePack pack;
  std::vector<Finding> gated =
      GateFindings(CompareClaims(SeedClaims(), pack), {{kLibre.story, kLibre.id}});
  const Finding* conflict = nullptr;
  for (const Finding& f : gated) {
    if (f.kind == FindingKind::kConflict && f.slot == "troops.deployed") conflict = &f;
  }
  REQUIRE(conflict != nullptr);
  CHECK(Articles(*conflict) == "002,001");
  CHECK(conflict->claims.front().value_text == "2 000");
  CHECK(conflict->key == "troops.deployed|region=EU-EAST");
  CHECK(conflict->rule_id == "troops.deployed.fr");

  // The Caroline du Sud conflict: 002 first, then 001 and 004 in file order.
  const Finding* state = nullptr;
  for (const Finding& f : gated) {
    if (f.kind == FindingKind::kConflict && f.slot == "base.location") state = &f;
  }
  REQUIRE(state != nullptr);
  CHECK(Articles(*state) == "002,001,004");
}

TEST_CASE("findings are sorted and the gate is deterministic") {
  RulePack pack;
  std::vector<Claim> claims = SeedClaims();
  std::vector<Finding> a = GateFindings(CompareClaims(claims, pack), {{kLibre.story, kLibre.id}});
  std::reverse(claims.begin(), claims.end());
  std::vector<Finding> b = GateFindings(CompareClaims(claims, pack), {{kLibre.story, kLibre.id}});
  REQUIRE(a.size() == b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    CHECK(a[i].id == b[i].id);
    CHECK(Articles(a[i]) == Articles(b[i]));
  }
  CHECK(std::is_sorted(a.begin(), a.end(), FindingLess));
}

TEST_CASE("an article of another story with the same id is not new") {
  RulePack pack;
  std::vector<Finding> gated =
      GateFindings(CompareClaims(SeedClaims(), pack), {{"greve-sncf", kLibre.id}});
  CHECK(gated.empty());
}
