#include "store/candidate_keys.h"

#include <catch2/catch.hpp>

#include "store_test_support.h"

using namespace factlint;
using namespace factlint::testing;

TEST_CASE("a gate looks up the full keys of the new article, slot by slot") {
  ArticleMeta m = Meta("002_88f3e815b8c1ef22", "La Libre");
  std::vector<SlotLookup> l = CandidateKeys({
      Troops(m, 2000, 2000, Qualifier::kExact, 10, "2 000"),
      Troops(m, 8500, 8500, Qualifier::kExact, 90, "8 500", "US"),
      FortBraggState(m, "US-NC", 200),
      Troops(m, 2000, 2000, Qualifier::kExact, 400, "2 000"),
  });
  REQUIRE(l.size() == 2);
  CHECK(l[0].slot == "base.location");
  CHECK_FALSE(l[0].whole_slot);
  CHECK(l[0].keys == std::set<std::string>{"base.location|base=fort bragg"});
  CHECK(l[1].slot == "troops.deployed");
  CHECK(l[1].story == "ukraine-2022");
  CHECK(l[1].keys ==
        std::set<std::string>{"troops.deployed|region=EU-EAST", "troops.deployed|region=US"});
}

TEST_CASE("a new claim with an empty key field reads its whole slot") {
  ArticleMeta m = Meta("004_fe9cd75e8fbb71a9", "RTBF");
  std::vector<SlotLookup> l = CandidateKeys({Quote(m, "rapide, sévère et unie", "blinken", 10),
                                             Quote(m, "rapide, sévère et unie", "", 500)});
  REQUIRE(l.size() == 1);
  CHECK(l[0].whole_slot);
  CHECK(l[0].keys.empty());
}

TEST_CASE("stories are looked up separately") {
  ArticleMeta a = Meta("a", "Le Soir", "ukraine-2022");
  ArticleMeta b = Meta("b", "Le Soir", "greve-sncf");
  std::vector<SlotLookup> l = CandidateKeys(
      {Troops(a, 2000, 2000, Qualifier::kExact, 10, "2 000"),
       Troops(b, 2000, 2000, Qualifier::kExact, 10, "2 000")});
  REQUIRE(l.size() == 2);
  CHECK(l[0].story == "greve-sncf");
  CHECK(l[1].story == "ukraine-2022");
  CHECK(CandidateKeys({}).empty());
}

TEST_CASE("published claims read from files go through the same filter as the store's query") {
  ArticleMeta fresh = Meta("002_88f3e815b8c1ef22", "La Libre");
  ArticleMeta soir = Meta("001_06f0a092c793dd2d", "Le Soir");
  ArticleMeta other = Meta("001_06f0a092c793dd2d", "Le Soir", "greve-sncf");
  std::vector<SlotLookup> l = CandidateKeys({Troops(fresh, 2000, 2000, Qualifier::kExact, 10, "2 000")});
  CHECK(IsCandidate(l, Troops(soir, 3000, 3000, Qualifier::kExact, 61, "3 000")));
  CHECK_FALSE(IsCandidate(l, Troops(soir, 8500, 8500, Qualifier::kExact, 90, "8 500", "US")));
  CHECK(IsCandidate(l, Troops(soir, 8500, 8500, Qualifier::kExact, 90, "8 500", "")));
  CHECK_FALSE(IsCandidate(l, Troops(other, 3000, 3000, Qualifier::kExact, 61, "3 000")));
  CHECK_FALSE(IsCandidate(l, FortBraggState(soir, "US-NC", 700)));
}
