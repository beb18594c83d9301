// Defaults of the rule format (docs/rules.md), in one place: the parser and
// the compiler read them from here, and the documentation tables list them.
#ifndef FACTLINT_RULES_RULE_DEFAULTS_H_
#define FACTLINT_RULES_RULE_DEFAULTS_H_

#include <string_view>

#include "rules/rule.h"

namespace factlint::rule_defaults {

inline constexpr Severity kSeverity = Severity::kError;
inline constexpr double kTolerance = 0.10;
// The quote's speaker is read from this group when every pattern has it.
inline constexpr std::string_view kSpeakerGroup = "speaker";
// `unit: {gazetteer: G}` reads the unit's name from this group unless told otherwise.
inline constexpr std::string_view kUnitGroup = "unit";
// Dates, weekdays and times (`type: date|weekday|time`) are read from this group.
inline constexpr std::string_view kReaderValueGroup = "value";

// The named group holding the value when `value.capture` is left out.
constexpr std::string_view ValueCapture(ValueKind kind) {
  switch (kind) {
    case ValueKind::kQuantity:
      return "quantity";
    case ValueKind::kCategory:
      return "value";
    case ValueKind::kSet:
      return "items";
    case ValueKind::kQuote:
      return "quote";
  }
  return "value";
}

}  // namespace factlint::rule_defaults

#endif  // FACTLINT_RULES_RULE_DEFAULTS_H_
