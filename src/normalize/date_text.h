// Dates and weekdays as news copy writes them, in French and English, resolved
// against the article's publication date into intervals on the day line
// (normalize/calendar.h: day 0 is 1970-01-01).
//
//   CivilDate published{2026, 5, 17};
//   ReadDate("Friday, May 16", Lang::kEn, published)
//     -> days [20589, 20589] (2026-05-16), weekday 4 (Friday) stated, weekday_matches false,
//        weekday_days 20588 (the Friday next to May 16: 2026-05-15)
//   ReadDate("mercredi", Lang::kFr, {2026, 6, 11})   -> 2026-06-10: the last Wednesday on or
//                                                      before publication
//   ReadDate("dans la nuit du 8 au 9 février", Lang::kFr, {2026, 2, 9})
//                                                    -> [2026-02-08, 2026-02-09], vague
//   ReadDate("in September", Lang::kEn, {2026, 6, 10}) -> [2026-09-01, 2026-09-30], vague
//   ReadDate("Sept. 22", Lang::kEn, {2026, 6, 10})   -> 2026-09-22
//
// A date without a year takes the year that puts it nearest to the publication
// date. A weekday alone is the last such day on or before publication ("lundi
// prochain" / "next Monday": the first after it; "lundi dernier" / "last Monday":
// the last before it). Two weekdays ("de samedi à dimanche") and two days ("du 14
// au 15 mars") make a vague range; so does a month alone. Without a publication
// date only a date with its year can be read. Pure; thread-safe.
#ifndef FACTLINT_NORMALIZE_DATE_TEXT_H_
#define FACTLINT_NORMALIZE_DATE_TEXT_H_

#include <cstdint>
#include <optional>
#include <string_view>

#include "base/lang.h"
#include "normalize/calendar.h"
#include "normalize/quantity.h"

namespace factlint {

struct Span {
  size_t begin = 0;
  size_t end = 0;  // byte offsets into the text that was read; begin == end when absent
};

struct DateReading {
  Quantity days;          // interval of day numbers; exact (one day) or vague (a range)
  bool has_date = false;  // a day of a month is written ("16 mai", "May 16")
  Span date_span;         // the day, month and year as written
  int weekday = -1;       // the weekday written (0 = Monday), -1 when none
  Span weekday_span;
  // With both a weekday and one day written: whether they agree, and the day the
  // weekday alone points to (the nearest such weekday to the written day).
  bool weekday_matches = true;
  int64_t weekday_days = 0;
};

// nullopt when the text holds no date or weekday, or when it cannot be resolved
// (no year and no publication date).
std::optional<DateReading> ReadDate(std::string_view text, Lang lang,
                                    const std::optional<CivilDate>& published);

// Months and weekdays by name, folded ("fevrier", "sept.", "thursday"): 1-12 and
// 0-6, or -1. Both languages are tried when `lang` is unknown.
int MonthNumber(std::string_view word, Lang lang);
int WeekdayNumber(std::string_view word, Lang lang);

}  // namespace factlint

#endif  // FACTLINT_NORMALIZE_DATE_TEXT_H_
