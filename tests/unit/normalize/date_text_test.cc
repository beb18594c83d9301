#include "normalize/date_text.h"

#include <catch2/catch.hpp>

using namespace factlint;

namespace {

int64_t Day(int y, int m, int d) { return DaysFromCivil({y, m, d}); }

}  // namespace

TEST_CASE("a weekday alone is the last such day on or before publication") {
  CivilDate thursday{2026, 6, 11};
  auto r = ReadDate("mercredi", Lang::kFr, thursday);
  REQUIRE(r);
  CHECK(r->days.interval == Interval::Exact(Day(2026, 6, 10)));
  CHECK(r->weekday == 2);
  CHECK_FALSE(r->has_date);
  // Published on a Wednesday, "Wednesday" is that day.
  r = ReadDate("Wednesday afternoon", Lang::kEn, CivilDate{2026, 6, 10});
  REQUIRE(r);
  CHECK(r->days.value == Day(2026, 6, 10));
  CHECK(ReadDate("lundi prochain", Lang::kFr, thursday)->days.value == Day(2026, 6, 15));
}

TEST_CASE("a weekday that contradicts its date is reported with both readings") {
  auto r = ReadDate("Friday, May 16", Lang::kEn, CivilDate{2026, 5, 17});
  REQUIRE(r);
  CHECK(r->has_date);
  CHECK(r->days.value == Day(2026, 5, 16));
  CHECK_FALSE(r->weekday_matches);
  CHECK(r->weekday_days == Day(2026, 5, 15));
  CHECK(r->weekday_span.begin == 0);
  CHECK(r->weekday_span.end == 6);
  CHECK(std::string("Friday, May 16")
            .substr(r->date_span.begin, r->date_span.end - r->date_span.begin) == "May 16");

  auto fr = ReadDate("mardi 9 février", Lang::kFr, CivilDate{2026, 2, 10});
  REQUIRE(fr);
  CHECK_FALSE(fr->weekday_matches);
  CHECK(fr->weekday_days == Day(2026, 2, 10));

  auto ok = ReadDate("jeudi 29 janvier", Lang::kFr, CivilDate{2026, 1, 29});
  REQUIRE(ok);
  CHECK(ok->weekday_matches);
}

TEST_CASE("dates without a year take the year nearest to publication") {
  CivilDate june{2026, 6, 10};
  CHECK(ReadDate("Sept. 22", Lang::kEn, june)->days.value == Day(2026, 9, 22));
  CHECK(ReadDate("22 September", Lang::kEn, june)->days.value == Day(2026, 9, 22));
  CHECK(ReadDate("le 30 décembre", Lang::kFr, CivilDate{2026, 1, 4})->days.value ==
        Day(2025, 12, 30));
  CHECK(ReadDate("1er mars 2024", Lang::kFr, june)->days.value == Day(2024, 3, 1));
  CHECK_FALSE(ReadDate("Sept. 22", Lang::kEn, std::nullopt));
  CHECK(ReadDate("15 mars 2024", Lang::kFr, std::nullopt)->days.value == Day(2024, 3, 15));
}

TEST_CASE("nights, months and weekend spans are vague ranges") {
  auto night = ReadDate("dans la nuit du 8 au 9 février", Lang::kFr, CivilDate{2026, 2, 9});
  REQUIRE(night);
  CHECK(night->days.qualifier == Qualifier::kVague);
  CHECK(night->days.interval == Interval::Closed(Day(2026, 2, 8), Day(2026, 2, 9)));
  auto month = ReadDate("in September", Lang::kEn, CivilDate{2026, 6, 11});
  REQUIRE(month);
  CHECK(month->days.interval == Interval::Closed(Day(2026, 9, 1), Day(2026, 9, 30)));
  auto weekend = ReadDate("de samedi à dimanche", Lang::kFr, CivilDate{2026, 10, 19});
  REQUIRE(weekend);
  CHECK(weekend->days.interval == Interval::Closed(Day(2026, 10, 17), Day(2026, 10, 18)));
}

TEST_CASE("text without a date or weekday is no date") {
  CivilDate d{2026, 1, 1};
  CHECK_FALSE(ReadDate("sept interpellations", Lang::kFr, d));
  CHECK_FALSE(ReadDate("the next day", Lang::kEn, d));
  CHECK(MonthNumber("Sept.", Lang::kEn) == 9);
  CHECK(MonthNumber("février", Lang::kFr) == 2);
  CHECK(WeekdayNumber("Dimanche", Lang::kFr) == 6);
}
