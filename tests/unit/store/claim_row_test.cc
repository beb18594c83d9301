#include "store/claim_row.h"

#include <catch2/catch.hpp>

#include "store_test_support.h"

using namespace factlint;
using namespace factlint::testing;

namespace {

void CheckSame(const Claim& a, const Claim& b) {
  CHECK(a.rule_id == b.rule_id);
  CHECK(a.slot == b.slot);
  CHECK(a.KeyString() == b.KeyString());
  REQUIRE(a.key_parts.size() == b.key_parts.size());
  for (size_t i = 0; i < a.key_parts.size(); ++i) {
    CHECK(a.key_parts[i].field == b.key_parts[i].field);
    CHECK(a.key_parts[i].value == b.key_parts[i].value);
  }
  CHECK(a.value == b.value);
  CHECK(a.value.ToString() == b.value.ToString());
  CHECK(a.value.quantity.qualifier == b.value.quantity.qualifier);
  CHECK(a.value.quantity.value == b.value.quantity.value);
  CHECK(a.value.quantity.ambiguous == b.value.quantity.ambiguous);
  CHECK(a.modality == b.modality);
  CHECK(a.cue == b.cue);
  CHECK(a.article_id == b.article_id);
  CHECK(a.source == b.source);
  CHECK(a.story == b.story);
  CHECK(a.loc.ToString() == b.loc.ToString());
  CHECK(a.begin == b.begin);
  CHECK(a.end == b.end);
  CHECK(a.text == b.text);
  CHECK(a.value_text == b.value_text);
  CHECK(a.sentence == b.sentence);
  CHECK(a.excerpt == b.excerpt);
  CHECK(a.excerpt_column == b.excerpt_column);
  CHECK(a.excerpt_width == b.excerpt_width);
  CHECK(a.context == b.context);
}

Claim RoundTrip(const Claim& c) {
  Result<Claim> back = RowToClaim(ClaimToRow(c), ClaimArticle{c.article_id, c.source});
  if (!back.ok()) FAIL(back.status().ToString());
  return *back;
}

}  // namespace

TEST_CASE("a quantity claim survives the row encoding bit for bit") {
  ArticleMeta m = Meta("001_06f0a092c793dd2d", "Le Soir");
  Claim c = Troops(m, 0, 5000, Qualifier::kAtMost, 120, "jusqu'à 5 000");
  c.modality = Modality::kPlanned;
  c.cue = "envisage";
  CheckSame(c, RoundTrip(c));
}

TEST_CASE("open and unbounded intervals, fractions and ambiguity survive the encoding") {
  ArticleMeta m = Meta("004_fe9cd75e8fbb71a9", "RTBF");
  Claim more = Troops(m, 100000, Interval::kInf, Qualifier::kMoreThan, 10, "plus de 100 000");
  more.value.quantity.interval = Interval::MoreThan(100000);
  CheckSame(more, RoundTrip(more));
  CHECK(RoundTrip(more).value.ToString() == "(100000, inf) soldier");

  Claim approx = Troops(m, 0, 0, Qualifier::kApprox, 300, "près de 200 000");
  approx.value.unit = "lb";
  approx.value.quantity.interval = Interval::Around(200000, 1.0 / 3.0);
  approx.value.quantity.value = 1.0 / 3.0;
  approx.value.quantity.ambiguous = true;
  Claim back = RoundTrip(approx);
  CheckSame(approx, back);
  CHECK(back.value.quantity.interval.lo == approx.value.quantity.interval.lo);
}

TEST_CASE("categories, sets and quotes survive the encoding") {
  ArticleMeta m = Meta("002_88f3e815b8c1ef22", "La Libre");
  CheckSame(FortBraggState(m, "US-NC", 400), RoundTrip(FortBraggState(m, "US-NC", 400)));

  Claim set = FortBraggState(m, "DE", 500);
  set.slot = "troops.destinations";
  set.value.kind = ValueKind::kSet;
  set.value.ids = {"DE", "PL", "RO"};
  CheckSame(set, RoundTrip(set));

  Claim q = Quote(m, "rapide, sévère et unie", "", 900);
  ClaimRow row = ClaimToRow(q);
  CHECK(row.partial);
  CHECK(row.key == "quote|speaker=");
  CheckSame(q, RoundTrip(q));
}

TEST_CASE("a full key is not partial") {
  ArticleMeta m = Meta("000_50992c8ad878af4b", "Le Vif");
  ClaimRow row = ClaimToRow(Quote(m, "rapide, ferme et unifiée", "blinken", 10));
  CHECK_FALSE(row.partial);
  CHECK(row.key == "quote|speaker=blinken");
}

TEST_CASE("a damaged row is a store error naming the claim") {
  ArticleMeta m = Meta("003_079d4f8d1d047cbb", "7sur7");
  ClaimRow row = ClaimToRow(Troops(m, 5000, 5000, Qualifier::kExact, 10, "5.000"));
  ClaimArticle article{m.id, m.source};

  ClaimRow bad_json = row;
  bad_json.value = "{\"lo\": 5000";
  Result<Claim> r = RowToClaim(bad_json, article);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == StatusCode::kStoreError);
  CHECK(r.status().message().find("003_079d4f8d1d047cbb.txt") != std::string::npos);

  ClaimRow bad_type = row;
  bad_type.type = "temperature";
  CHECK_FALSE(RowToClaim(bad_type, article).ok());

  ClaimRow bad_key = row;
  bad_key.key = "troops.deployed|region=EU-WEST";
  Result<Claim> k = RowToClaim(bad_key, article);
  REQUIRE_FALSE(k.ok());
  CHECK(k.status().message().find("key") != std::string::npos);
}
