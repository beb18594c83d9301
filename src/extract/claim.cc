#include "extract/claim.h"

#include <tuple>

#include "normalize/calendar.h"
#include "normalize/clock_time.h"

namespace factlint {

namespace {

// "2026-05-16", "[2026-02-08, 2026-02-09]", "23:12", "[22:45, 23:45]": points of the
// day and minute lines as people write them.
std::string CalendarText(const Interval& in, const std::string& unit) {
  auto point = [&](double v) {
    return unit == "date" ? FormatIsoDate(static_cast<int64_t>(v)) : FormatClockTime(v);
  };
  if (in.IsPoint()) return point(in.lo);
  return std::string(in.lo_open ? "(" : "[") + point(in.lo) + ", " + point(in.hi) +
         (in.hi_open ? ")" : "]");
}

}  // namespace

std::string ClaimValue::ToString() const {
  switch (kind) {
    case ValueKind::kQuantity:
      if (unit == "date" || unit == "time") return CalendarText(quantity.interval, unit);
      return quantity.interval.ToString() + (unit.empty() ? "" : " " + unit);
    case ValueKind::kCategory:
      return ids.empty() ? "?" : ids.front();
    case ValueKind::kSet: {
      std::string s = "{";
      for (size_t i = 0; i < ids.size(); ++i) s += (i ? ", " : "") + ids[i];
      return s + "}";
    }
    case ValueKind::kQuote:
      return "\"" + quote + "\"";
  }
  return "?";
}

bool ClaimValue::operator==(const ClaimValue& o) const {
  if (kind != o.kind) return false;
  switch (kind) {
    case ValueKind::kQuantity:
      return unit == o.unit && quantity.interval == o.quantity.interval;
    case ValueKind::kCategory:
    case ValueKind::kSet:
      return ids == o.ids;
    case ValueKind::kQuote:
      return quote == o.quote;
  }
  return false;
}

std::string Claim::KeyString() const {
  std::string k = slot;
  for (const KeyPart& p : key_parts) k += "|" + p.field + "=" + p.value;
  return k;
}

bool ClaimLess(const Claim& a, const Claim& b) {
  return std::tie(a.loc.file, a.article_id, a.begin, a.end, a.rule_id) <
         std::tie(b.loc.file, b.article_id, b.begin, b.end, b.rule_id);
}

}  // namespace factlint
