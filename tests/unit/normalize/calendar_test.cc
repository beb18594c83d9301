#include "normalize/calendar.h"

#include <catch2/catch.hpp>

using namespace factlint;

TEST_CASE("day numbers round-trip through civil dates") {
  CHECK(DaysFromCivil({1970, 1, 1}) == 0);
  CHECK(DaysFromCivil({2026, 5, 16}) == 20589);
  for (int64_t d : {-1000, 0, 59, 60, 11016, 20589, 40000}) {
    CHECK(DaysFromCivil(CivilFromDays(d)) == d);
  }
  CHECK(FormatIsoDate(DaysFromCivil({2024, 2, 29})) == "2024-02-29");
}

TEST_CASE("weekdays of the evaluation stories' dates") {
  // May 16, 2026 is a Saturday (the mall shooting); 9 February 2026 a Monday.
  CHECK(WeekdayOf(DaysFromCivil({2026, 5, 16})) == 5);
  CHECK(WeekdayOf(DaysFromCivil({2026, 2, 9})) == 0);
  CHECK(WeekdayOf(DaysFromCivil({2026, 6, 10})) == 2);  // a Wednesday
  CHECK(WeekdayOf(0) == 3);                             // 1970-01-01, a Thursday
}

TEST_CASE("ISO publication dates, with or without a time") {
  REQUIRE(ParseIsoDate("2026-05-17").has_value());
  CHECK(ParseIsoDate("2026-05-17T09:30:00Z")->day == 17);
  CHECK_FALSE(ParseIsoDate("2026-02-30"));
  CHECK_FALSE(ParseIsoDate("17/05/2026"));
  CHECK_FALSE(ParseIsoDate("2026-05-17x"));
  CHECK(DaysInMonth(2024, 2) == 29);
  CHECK(DaysInMonth(2100, 2) == 28);
}
