// Quantity parsing: the text a `{quantity}` sub-pattern matched, turned into
// an interval with its qualifier.
//
//   ParseQuantity("jusqu'à 5 000", Lang::kFr, {})
//     -> {interval [0,5000], qualifier kAtMost, value 5000}
//   ParseQuantity("more than 100,000", Lang::kEn, {})
//     -> {interval (100000,inf), qualifier kMoreThan}
//   ParseQuantity("des dizaines de milliers", Lang::kFr, {})
//     -> {interval [20000,99999], qualifier kVague}
//   ParseQuantity("entre 2 000 et 3 000", Lang::kFr, {})
//     -> {interval [2000,3000], qualifier kRange}
//
// The text is already normalized for matching (see text/text_map.h): typographic
// apostrophes are ', U+00A0/U+202F are plain spaces, dashes are '-'.
// Pure functions; thread-safe.
#ifndef FACTLINT_NORMALIZE_QUANTITY_H_
#define FACTLINT_NORMALIZE_QUANTITY_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/lang.h"
#include "normalize/interval.h"

namespace factlint {

enum class Qualifier {
  kExact,     // "5 000"
  kApprox,    // "environ", "près de", "about", "nearly", "some", "un millier"
  kAtMost,    // "jusqu'à", "up to", "au plus"
  kAtLeast,   // "au moins", "at least"
  kMoreThan,  // "plus de", "more than", "over"
  kLessThan,  // "moins de", "fewer than", "less than", "under"
  kRange,     // "entre A et B", "de A à B", "A-B", "between A and B"
  kVague,     // "des milliers", "hundreds", "des dizaines de milliers"
};

std::string_view QualifierName(Qualifier q);  // "exact", "approx", "at-most", ...
std::optional<Qualifier> ParseQualifierName(std::string_view name);

struct QuantityOptions {
  double approx_tolerance = 0.10;  // relative half-width for kApprox
};

struct Quantity {
  Interval interval;
  Qualifier qualifier = Qualifier::kExact;
  double value = 0;        // the number as written (for a range: its low end)
  bool ambiguous = false;  // e.g. "5,000" in French: 5 or 5000; never an error alone
};

// Parses a number alone: digits with the grouping and decimal marks of `lang`
// (fr: "5 000", "5.000", "1,5"; en: "5,000", "1.5"), suffixes "k", "million(s)",
// "milliard(s)", "billion(s)", and number words ("trois mille", "quatre-vingt-dix",
// "thirty", "two hundred"). Sets *ambiguous when the form reads differently in the
// other convention ("5,000" in French). Returns nullopt when `text` is not a number.
std::optional<double> ParseNumber(std::string_view text, Lang lang, bool* ambiguous = nullptr);

// Parses an optional qualifier followed by a number, a range or a vague amount.
std::optional<Quantity> ParseQuantity(std::string_view text, Lang lang,
                                      const QuantityOptions& options = {});

}  // namespace factlint

#endif  // FACTLINT_NORMALIZE_QUANTITY_H_
