// Calendar arithmetic on the proleptic Gregorian calendar: days counted from
// 1970-01-01 (day 0), weekdays, and ISO dates.
//
//   int64_t d = DaysFromCivil({2026, 5, 16});     // 20589
//   WeekdayOf(d)                                  // 5 (Saturday; 0 = Monday)
//   FormatIsoDate(d)                              // "2026-05-16"
//   ParseIsoDate("2026-05-17T09:30:00Z")          // {2026, 5, 17}: the date part only
//
// Dates are compared as day numbers, so a date claim is an interval on the day line
// (normalize/date_text.h). Pure functions; thread-safe.
#ifndef FACTLINT_NORMALIZE_CALENDAR_H_
#define FACTLINT_NORMALIZE_CALENDAR_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace factlint {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31
};

// Days in `month` of `year` (28-31); 0 for a month outside 1-12.
int DaysInMonth(int year, int month);
// True when the date exists (month 1-12, day within the month, year 1-9999).
bool IsValidDate(const CivilDate& date);

int64_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(int64_t days);
// 0 = Monday ... 6 = Sunday.
int WeekdayOf(int64_t days);

// "YYYY-MM-DD", optionally followed by a time ("T..." or " ..."); nullopt when
// malformed or not a real date.
std::optional<CivilDate> ParseIsoDate(std::string_view text);
std::string FormatIsoDate(int64_t days);

}  // namespace factlint

#endif  // FACTLINT_NORMALIZE_CALENDAR_H_
