// libFuzzer target: the date, weekday and clock-time readers (ReadDate, ReadClockTime) and the
// ISO dates of metadata (ParseIsoDate) on arbitrary text.
//
//   scripts/fuzz 600 date_text_fuzz
//
// Byte 0 picks the language (low two bits: fr, en, unknown, unknown) and whether there is a
// publication date (bit 2); bytes 1-2 pick that date (days after 1900-01-01, so 1900-2079);
// the rest is the text a date, weekday or time value matched. Checks:
//   - a date reading is a real interval of days (lo <= hi, whole days, no NaN), its spans lie
//     inside the text, its weekday is -1..6; a date with a stated weekday that "matches" falls
//     on that weekday, and the weekday's own day always does; an exact reading of a weekday
//     alone falls on it;
//   - a clock time is an interval inside [0, 1440) minutes (hedges widen it by at most 30
//     minutes each way), lo <= hi, and formats as HH:MM;
//   - ParseIsoDate returns only real dates, which format back to the same YYYY-MM-DD.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "normalize/calendar.h"
#include "normalize/clock_time.h"
#include "normalize/date_text.h"

namespace {

using namespace factlint;

void Check(bool condition) {
  if (!condition) std::abort();
}

bool WholeDay(double d) { return std::isfinite(d) && d == std::floor(d); }

void CheckSpan(const Span& s, size_t size) { Check(s.begin <= s.end && s.end <= size); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  static constexpr Lang kLangs[] = {Lang::kFr, Lang::kEn, Lang::kUnknown, Lang::kUnknown};
  const Lang lang = kLangs[data[0] & 3];
  std::optional<CivilDate> published;
  if ((data[0] & 4) != 0) {
    const int64_t day1900 = DaysFromCivil({1900, 1, 1});
    published = CivilFromDays(day1900 + ((data[1] << 8) | data[2]));
    Check(IsValidDate(*published));
  }
  const std::string_view text(reinterpret_cast<const char*>(data + 3), size - 3);

  if (std::optional<DateReading> r = ReadDate(text, lang, published)) {
    const Interval& days = r->days.interval;
    Check(WholeDay(days.lo) && WholeDay(days.hi) && days.lo <= days.hi);
    Check(WholeDay(r->days.value) && r->days.value >= days.lo && r->days.value <= days.hi);
    Check(r->weekday >= -1 && r->weekday <= 6);
    CheckSpan(r->date_span, text.size());
    CheckSpan(r->weekday_span, text.size());
    if (r->has_date) Check(days.lo == days.hi);
    if (r->weekday >= 0 && (r->has_date || !r->date_span.end)) {
      Check(WeekdayOf(r->weekday_days) == r->weekday);
    }
    if (r->weekday >= 0 && r->has_date && r->weekday_matches) {
      Check(WeekdayOf(static_cast<int64_t>(days.lo)) == r->weekday);
    }
    (void)FormatIsoDate(static_cast<int64_t>(days.lo));
    (void)FormatIsoDate(static_cast<int64_t>(days.hi));
  }

  if (std::optional<Quantity> t = ReadClockTime(text, lang)) {
    const Interval& minutes = t->interval;
    Check(!std::isnan(minutes.lo) && !std::isnan(minutes.hi) && minutes.lo <= minutes.hi);
    Check(minutes.lo >= -kClockHedgeMinutes && minutes.hi < 1440 + kClockHedgeMinutes);
    Check(!std::isnan(t->value) && t->value >= 0 && t->value < 1440);
    const std::string hhmm = FormatClockTime(t->value);
    Check(hhmm.size() == 5 && hhmm[2] == ':');
  }

  if (std::optional<CivilDate> iso = ParseIsoDate(text)) {
    Check(IsValidDate(*iso));
    const std::string back = FormatIsoDate(DaysFromCivil(*iso));
    Check(text.substr(0, 10) == back);
  }
  return 0;
}
