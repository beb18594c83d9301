// SpanSet answers what a scan of every span taken would answer.
#include "extract/span_set.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace factlint;

TEST_CASE("SpanSet finds overlaps between half-open spans", "[span_set]") {
  SpanSet taken;
  CHECK_FALSE(taken.Overlaps(0, 10));
  taken.Add(10, 25, "troops.sent.fr");
  CHECK(taken.Overlaps(20, 30));
  CHECK(taken.Overlaps(0, 11));
  CHECK(taken.Overlaps(12, 13));
  CHECK(taken.Overlaps(5, 40));
  CHECK_FALSE(taken.Overlaps(25, 30));
  CHECK_FALSE(taken.Overlaps(0, 10));
  // A span of length zero inside a taken one overlaps it; at its edges it does not.
  CHECK(taken.Overlaps(15, 15));
  CHECK_FALSE(taken.Overlaps(10, 10));
  CHECK_FALSE(taken.Overlaps(25, 25));
  // Only spans of other owners count when an owner is named.
  CHECK_FALSE(taken.Overlaps(20, 30, "troops.sent.fr"));
  CHECK(taken.Overlaps(20, 30, "troops.total.fr"));
  taken.Add(10, 25, "troops.sent.fr");  // a second value of one match
  taken.Add(40, 41, "troops.total.fr");
  CHECK(taken.Overlaps(24, 40, "troops.total.fr"));
  CHECK(taken.Overlaps(30, 45, "troops.sent.fr"));
  CHECK_FALSE(taken.Overlaps(26, 40, "troops.sent.fr"));
}

TEST_CASE("SpanSet agrees with a scan of every span on random disjoint spans", "[span_set]") {
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    SpanSet taken;
    std::vector<std::tuple<size_t, size_t, std::string>> all;
    const std::vector<std::string> owners = {"a", "b", "c"};
    for (int k = 0; k < 40; ++k) {
      const size_t b = rng() % 200;
      const size_t e = b + rng() % 8;  // zero-length spans too
      const std::string& owner = owners[rng() % owners.size()];
      auto scan = [&](size_t qb, size_t qe, const std::string& except) {
        for (const auto& [sb, se, so] : all)
          if (qb < se && sb < qe && (except.empty() || so != except)) return true;
        return false;
      };
      // Queries, owned or not, before each addition.
      for (int q = 0; q < 5; ++q) {
        const size_t qb = rng() % 210;
        const size_t qe = qb + rng() % 12;
        const std::string& except = q % 2 ? owners[rng() % owners.size()] : std::string();
        INFO("round " << round << " query [" << qb << ", " << qe << ") except '" << except << "'");
        CHECK(taken.Overlaps(qb, qe, except) == scan(qb, qe, except));
      }
      // Only spans that overlap nothing are added, as the extractor does; sometimes a span
      // already there again (a second value of one match).
      if (!all.empty() && rng() % 5 == 0) {
        const auto [sb, se, so] = all[rng() % all.size()];
        taken.Add(sb, se, so);
        all.emplace_back(sb, se, so);
      } else if (!scan(b, e, "")) {
        taken.Add(b, e, owner);
        all.emplace_back(b, e, owner);
      }
    }
  }
}
