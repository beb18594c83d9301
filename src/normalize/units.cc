#include "normalize/units.h"

#include <array>
#include <cmath>

namespace factlint {
namespace {

struct Conversion {
  std::string_view unit;
  std::string_view base;
  double factor;
};

constexpr std::array<Conversion, 8> kConversions = {
    Conversion{"km", "km", 1},        Conversion{"m", "km", 0.001},
    Conversion{"mi", "km", 1.609344}, Conversion{"ft", "km", 0.0003048},
    Conversion{"nmi", "km", 1.852},   Conversion{"kg", "kg", 1},
    Conversion{"t", "kg", 1000},      Conversion{"lb", "kg", 0.45359237}};

double Scale(double v, double factor) { return std::isinf(v) ? v : v * factor; }

}  // namespace

UnitQuantity ConvertToBaseUnit(std::string_view unit, const Quantity& quantity) {
  for (const Conversion& c : kConversions) {
    if (c.unit != unit) continue;
    UnitQuantity out{std::string(c.base), quantity};
    if (c.factor == 1) return out;
    Quantity& q = out.quantity;
    q.value = Scale(q.value, c.factor);
    q.interval.lo = Scale(q.interval.lo, c.factor);
    q.interval.hi = Scale(q.interval.hi, c.factor);
    if (q.qualifier == Qualifier::kExact) {
      q.qualifier = Qualifier::kApprox;
      q.interval = Interval::Around(q.value, kConversionTolerance);
    }
    return out;
  }
  return {std::string(unit), quantity};
}

}  // namespace factlint
