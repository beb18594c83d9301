// Units of length and mass converted to one unit per dimension, so that "20 miles"
// and "32 km" can be compared.
//
//   ConvertToBaseUnit("mi", q)  -> {"km", q scaled by 1.609344, now approx (±5%)}
//   ConvertToBaseUnit("km", q)  -> {"km", q unchanged}
//   ConvertToBaseUnit("EUR", q) -> {"EUR", q unchanged}: not a physical unit
//
// Known ids: km, m, mi, ft, nmi (to km); kg, t, lb (to kg). A converted figure
// is only as precise as the rounding of the original, so it becomes approximate.
// Pure; thread-safe.
#ifndef FACTLINT_NORMALIZE_UNITS_H_
#define FACTLINT_NORMALIZE_UNITS_H_

#include <string>
#include <string_view>

#include "normalize/quantity.h"

namespace factlint {

inline constexpr double kConversionTolerance = 0.05;

struct UnitQuantity {
  std::string unit;
  Quantity quantity;
};

UnitQuantity ConvertToBaseUnit(std::string_view unit, const Quantity& quantity);

}  // namespace factlint

#endif  // FACTLINT_NORMALIZE_UNITS_H_
