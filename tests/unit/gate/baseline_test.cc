#include "gate/baseline.h"

#include <catch2/catch.hpp>

#include "../store/store_test_support.h"
#include "compare/compare.h"
#include "compare/fingerprint.h"
#include "gate/baseline_json.h"

using namespace factlint;
using namespace factlint::testing;

namespace {

const ArticleMeta kSoir = Meta("001_06f0a092c793dd2d", "Le Soir");
const ArticleMeta kLibre = Meta("002_88f3e815b8c1ef22", "La Libre");
const ArticleMeta kRtbf = Meta("004_fe9cd75e8fbb71a9", "RTBF");

std::vector<Finding> Findings(size_t libre_offset = 0, double libre_troops = 2000) {
  RulePack pack;
  return CompareClaims(
      {Troops(kSoir, 3000, 3000, Qualifier::kExact, 61, "3 000"),
       FortBraggState(kSoir, "US-NC", 700),
       FortBraggState(kRtbf, "US-NC", 300),
       Troops(kLibre, libre_troops, libre_troops, Qualifier::kExact, libre_offset, "2 000"),
       FortBraggState(kLibre, "US-SC", 800 + libre_offset)},
      pack);
}

size_t Count(const std::vector<Finding>& fs, FindingKind k) {
  return static_cast<size_t>(
      std::count_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.kind == k; }));
}

const std::set<ArticleKey> kChecked = {{kLibre.story, kLibre.id}};

}  // namespace

TEST_CASE("a baseline records every finding but corroborations, once each") {
  std::vector<Finding> fs = Findings();
  REQUIRE(Count(fs, FindingKind::kCorroborated) == 1);  // 001 and 004 agree on US-NC
  Baseline b = MakeBaseline(fs);
  CHECK(b.entries.size() == fs.size() - 1);
  CHECK(std::is_sorted(b.entries.begin(), b.entries.end(),
                       [](const BaselineEntry& x, const BaselineEntry& y) {
                         return x.fingerprint < y.fingerprint;
                       }));
  for (const BaselineEntry& e : b.entries) {
    CHECK(e.kind != "corroborated");
    CHECK(e.fingerprint.size() == 16);
    CHECK_FALSE(e.articles.empty());
  }
}

TEST_CASE("the baseline suppresses what it recorded, counted, and keeps corroborations") {
  std::vector<Finding> fs = Findings();
  Suppression s = ApplyBaseline(fs, MakeBaseline(fs), kChecked);
  CHECK(s.suppressed == fs.size() - 1);
  REQUIRE(s.kept.size() == 1);
  CHECK(s.kept[0].kind == FindingKind::kCorroborated);
  CHECK(s.stale.empty());
}

TEST_CASE("moving the claims elsewhere in the article keeps them suppressed") {
  Baseline b = MakeBaseline(Findings());
  std::vector<Finding> moved = Findings(/*libre_offset=*/1500);
  Suppression s = ApplyBaseline(moved, b, kChecked);
  CHECK(s.suppressed == moved.size() - 1);
  CHECK(s.stale.empty());
}

TEST_CASE("a changed figure is a new finding, and the old entry is stale") {
  Baseline b = MakeBaseline(Findings());
  std::vector<Finding> changed = Findings(0, /*libre_troops=*/2500);
  Suppression s = ApplyBaseline(changed, b, kChecked);
  REQUIRE(s.kept.size() == 2);  // the new conflict on the figure, and the corroboration
  CHECK(((s.kept[0].kind == FindingKind::kConflict) || (s.kept[1].kind == FindingKind::kConflict)));
  REQUIRE(s.stale.size() == 1);
  CHECK(s.stale[0].key == "troops.deployed|region=EU-EAST");

  // Out of sight: a run that checked neither article says nothing about the entry.
  Suppression other = ApplyBaseline(changed, b, {{"ukraine-2022", "003_079d4f8d1d047cbb"}});
  CHECK(other.stale.empty());
}

TEST_CASE("the baseline file round-trips and is byte-identical for the same findings") {
  Baseline b = MakeBaseline(Findings());
  std::string text = RenderBaseline(b);
  CHECK(text == RenderBaseline(MakeBaseline(Findings())));
  CHECK(text.find("\"version\": 1") != std::string::npos);
  CHECK(text.find("\"story\": \"ukraine-2022\"") != std::string::npos);
  Result<Baseline> back = ParseBaseline(text, "factlint-baseline.json");
  REQUIRE(back.ok());
  CHECK(RenderBaseline(*back) == text);
}
