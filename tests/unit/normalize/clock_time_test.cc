#include "normalize/clock_time.h"

#include <catch2/catch.hpp>

using namespace factlint;

TEST_CASE("clock times in English and French") {
  CHECK(ReadClockTime("3:40 a.m.", Lang::kEn)->interval == Interval::Exact(220));
  CHECK(ReadClockTime("03:40", Lang::kEn)->interval == Interval::Exact(220));
  CHECK(ReadClockTime("2:15 p.m.", Lang::kEn)->interval == Interval::Exact(855));
  CHECK(ReadClockTime("9 p.m.", Lang::kEn)->interval == Interval::Exact(1260));
  CHECK(ReadClockTime("7.30am", Lang::kEn)->interval == Interval::Exact(450));
  CHECK(ReadClockTime("12:30 a.m.", Lang::kEn)->interval == Interval::Exact(30));
  CHECK(ReadClockTime("noon", Lang::kEn)->interval == Interval::Exact(720));
  CHECK(ReadClockTime("23 h 12", Lang::kFr)->interval == Interval::Exact(1392));
  CHECK(ReadClockTime("23h12", Lang::kFr)->interval == Interval::Exact(1392));
  CHECK(ReadClockTime("18 heures", Lang::kFr)->interval == Interval::Exact(1080));
  CHECK(ReadClockTime("à 2 h 30", Lang::kFr)->interval == Interval::Exact(150));
  CHECK(ReadClockTime("3 heures du matin", Lang::kFr)->interval == Interval::Exact(180));
  CHECK(ReadClockTime("9 heures du soir", Lang::kFr)->interval == Interval::Exact(1260));
  CHECK(ReadClockTime("minuit", Lang::kFr)->interval == Interval::Exact(0));
}

TEST_CASE("hedged clock times") {
  auto about = ReadClockTime("vers 23 h 15", Lang::kFr);
  REQUIRE(about);
  CHECK(about->qualifier == Qualifier::kApprox);
  CHECK(about->value == 1395);
  CHECK(about->interval == Interval::Closed(1375, 1415));
  auto after = ReadClockTime("peu après 23 heures", Lang::kFr);
  REQUIRE(after);
  CHECK(after->qualifier == Qualifier::kVague);
  CHECK(after->interval == Interval::Closed(1380, 1410));
  CHECK(ReadClockTime("shortly before 9 p.m.", Lang::kEn)->interval ==
        Interval::Closed(1230, 1260));
  CHECK(ReadClockTime("at about 2:15 p.m.", Lang::kEn)->qualifier == Qualifier::kApprox);
}

TEST_CASE("two hedged times an hour apart disagree; half an hour apart they can agree") {
  auto half_past_two = ReadClockTime("at around 2:30 p.m.", Lang::kEn);
  auto half_past_three = ReadClockTime("at about 3:30 p.m.", Lang::kEn);
  REQUIRE(half_past_two);
  REQUIRE(half_past_three);
  CHECK(half_past_two->interval.hi < half_past_three->interval.lo);
  auto eleven = ReadClockTime("vers 23 heures", Lang::kFr);
  auto half_past_eleven = ReadClockTime("vers 23 h 30", Lang::kFr);
  REQUIRE(eleven);
  REQUIRE(half_past_eleven);
  CHECK(eleven->interval.hi >= half_past_eleven->interval.lo);
}

TEST_CASE("what is not a clock time") {
  CHECK_FALSE(ReadClockTime("25:10", Lang::kEn));
  CHECK_FALSE(ReadClockTime("13 p.m.", Lang::kEn));
  CHECK_FALSE(ReadClockTime("quinze heures de lutte", Lang::kFr));
  CHECK_FALSE(ReadClockTime("2:5", Lang::kEn));
  CHECK(FormatClockTime(1392) == "23:12");
  CHECK(FormatClockTime(0) == "00:00");
}
