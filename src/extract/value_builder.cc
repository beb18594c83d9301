#include "extract/value_builder.h"

#include <algorithm>

#include "normalize/clock_time.h"
#include "normalize/date_text.h"
#include "normalize/units.h"

namespace factlint {
namespace {

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

ClaimValue DayValue(const Quantity& days) {
  ClaimValue v;
  v.kind = ValueKind::kQuantity;
  v.quantity = days;
  v.unit = "date";
  return v;
}

Result<BuiltValue> BuildDate(const ValueSpec& spec, const ValueInput& in) {
  std::optional<DateReading> r = ReadDate(in.capture, in.lang, in.published);
  if (!r) {
    return Status::InvalidArgument("'" + std::string(in.capture) + "' is not a date" +
                                   (in.published ? "" : " (no publication date to resolve it)"));
  }
  BuiltValue out;
  out.end = in.capture.size();
  if (spec.reader == QuantityReader::kDate) {
    out.value = DayValue(r->days);
    return out;
  }
  // A weekday: alone it is resolved against publication; with its date it says
  // nothing the date does not, unless the two disagree.
  if (r->weekday < 0) {
    return Status::InvalidArgument("'" + std::string(in.capture) + "' names no weekday");
  }
  if (r->has_date && r->weekday_matches) {
    return Status::InvalidArgument("the weekday agrees with its date: date rules report it");
  }
  Quantity weekday;
  weekday.interval = Interval::Exact(static_cast<double>(r->weekday_days));
  weekday.value = static_cast<double>(r->weekday_days);
  if (!r->has_date) weekday = r->days;  // "de samedi à dimanche": a range
  out.value = DayValue(weekday);
  if (r->has_date) {
    out.begin = r->weekday_span.begin;
    out.end = r->weekday_span.end;
    out.second = DayValue(r->days);
    out.second_begin = r->date_span.begin;
    out.second_end = r->date_span.end;
  }
  return out;
}

}  // namespace

Result<BuiltValue> BuildClaimValue(const RulePack& pack, const ValueSpec& spec,
                                   const ValueInput& in) {
  BuiltValue out;
  out.end = in.capture.size();
  ClaimValue& v = out.value;
  v.kind = spec.kind;
  switch (spec.kind) {
    case ValueKind::kQuantity: {
      if (spec.reader == QuantityReader::kDate || spec.reader == QuantityReader::kWeekday) {
        return BuildDate(spec, in);
      }
      if (spec.reader == QuantityReader::kTime) {
        std::optional<Quantity> t = ReadClockTime(in.capture, in.lang);
        if (!t) {
          return Status::InvalidArgument("'" + std::string(in.capture) + "' is not a clock time");
        }
        v.quantity = *t;
        v.unit = "time";
        return out;
      }
      QuantityOptions options;
      options.approx_tolerance = spec.tolerance;
      std::optional<Quantity> q = ParseQuantity(in.capture, in.lang, options);
      if (!q) {
        return Status::InvalidArgument("'" + std::string(in.capture) + "' is not a quantity");
      }
      v.quantity = *q;
      v.unit = spec.unit;
      if (!spec.unit_gazetteer.empty()) {
        const Gazetteer* g = pack.FindGazetteer(spec.unit_gazetteer);
        std::optional<std::string> id;
        if (g != nullptr) id = g->Resolve(in.unit);
        if (!id && g != nullptr) {
          std::vector<std::string> ids = g->Find(in.unit);
          if (ids.size() == 1) id = ids.front();
        }
        if (!id) {
          return Status::InvalidArgument("no unit of gazetteer '" + spec.unit_gazetteer + "' in '" +
                                         std::string(in.unit) + "'");
        }
        UnitQuantity converted = ConvertToBaseUnit(*id, v.quantity);
        v.unit = std::move(converted.unit);
        v.quantity = converted.quantity;
      }
      return out;
    }
    case ValueKind::kCategory:
    case ValueKind::kSet: {
      const Gazetteer* g = pack.FindGazetteer(spec.gazetteer);
      if (g == nullptr) return Status::Internal("unknown gazetteer " + spec.gazetteer);
      if (spec.kind == ValueKind::kCategory) {
        if (auto id = g->Resolve(in.capture)) {
          v.ids = {*id};
          return out;
        }
      }
      std::vector<std::string> ids = g->Find(in.capture);
      if (ids.empty()) {
        return Status::InvalidArgument("no name of gazetteer '" + spec.gazetteer + "' in '" +
                                       std::string(in.capture) + "'");
      }
      if (spec.kind == ValueKind::kCategory && ids.size() > 1) {
        return Status::InvalidArgument("several names of gazetteer '" + spec.gazetteer + "' in '" +
                                       std::string(in.capture) + "'");
      }
      v.ids = std::move(ids);
      return out;
    }
    case ValueKind::kQuote: {
      v.quote = CollapseSpaces(in.capture);
      // Trailing punctuation inside the quote marks is typography, not words.
      while (!v.quote.empty() && (v.quote.back() == ',' || v.quote.back() == ' '))
        v.quote.pop_back();
      if (v.quote.empty()) return Status::InvalidArgument("empty quote");
      return out;
    }
  }
  return Status::Internal("unknown value kind");
}

Result<ClaimValue> BuildValue(const RulePack& pack, const ValueSpec& spec, Lang lang,
                              std::string_view capture) {
  ValueInput in;
  in.lang = lang;
  in.capture = capture;
  Result<BuiltValue> built = BuildClaimValue(pack, spec, in);
  if (!built.ok()) return built.status();
  return std::move(built).value().value;
}

}  // namespace factlint
