// Typing and normalizing the value capture of a match according to the rule's
// ValueSpec: a quantity interval, a gazetteer id, a set of ids, or quote words.
//
//   ValueInput in{Lang::kFr, "jusqu'à 5 000", /*unit*/ "", /*published*/ std::nullopt};
//   Result<BuiltValue> v = BuildClaimValue(pack, spec, in);   // [0, 5000] soldier
//
// Quantities are read by the spec's reader: numbers (normalize/quantity.h), dates
// and weekdays resolved against the publication date (normalize/date_text.h) or
// clock times (normalize/clock_time.h). A unit named in the text (`unit:
// {gazetteer: G}`) becomes the id of that name; lengths and masses convert to km
// and kg (normalize/units.h).
#ifndef FACTLINT_EXTRACT_VALUE_BUILDER_H_
#define FACTLINT_EXTRACT_VALUE_BUILDER_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "extract/claim.h"
#include "normalize/calendar.h"
#include "rules/rule_pack.h"

namespace factlint {

struct ValueInput {
  Lang lang = Lang::kUnknown;
  std::string_view capture;  // the value capture, trimmed
  std::string_view unit;     // the unit capture (`unit: {gazetteer: G}`), "" otherwise
  std::optional<CivilDate> published;
};

struct BuiltValue {
  ClaimValue value;
  // The bytes of the capture the value reads (all of it, except for a weekday
  // that contradicts its date: the weekday alone).
  size_t begin = 0;
  size_t end = 0;
  // A weekday written with a date it does not fall on ("Friday, May 16" in 2026):
  // the date's reading, a second claim of the same match, and its bytes.
  std::optional<ClaimValue> second;
  size_t second_begin = 0;
  size_t second_end = 0;
};

// Fails (with a reason for `factlint explain`) when the capture does not
// normalize: no number, no known place, an empty quote, a date without a year in
// an article without a publication date, a weekday that agrees with its date (a
// date rule reports it).
Result<BuiltValue> BuildClaimValue(const RulePack& pack, const ValueSpec& spec,
                                   const ValueInput& in);

// The value alone, for callers that have no unit capture or publication date.
Result<ClaimValue> BuildValue(const RulePack& pack, const ValueSpec& spec, Lang lang,
                              std::string_view capture);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_VALUE_BUILDER_H_
