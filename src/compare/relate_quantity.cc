#include <cmath>

#include "compare/value_relation.h"

namespace factlint {
namespace {

// The place value of the last significant digit of a number as written:
// 2e9 ("2 milliards") -> 1e9, 300 -> 100, 41 -> 1, 4.5 -> 0.1.
double LastDigitStep(double v) {
  v = std::fabs(v);
  if (v == 0 || !std::isfinite(v)) return 1;
  double step = std::pow(10.0, std::floor(std::log10(v)));
  // Walk down until the number is a whole multiple of the step.
  for (int i = 0; i < 12; ++i) {
    double q = v / step;
    if (std::fabs(q - std::round(q)) <= 1e-9 * std::max(1.0, q)) return step;
    step /= 10;
  }
  return step;
}

bool Same(double a, double b) {
  return a == b || std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

bool Contains(const Interval& outer, const Interval& inner) {
  auto below = [](double x, bool x_open, double y, bool y_open) {  // lower bound x <= y
    return x < y || (x == y && (!x_open || y_open));
  };
  auto above = [](double x, bool x_open, double y, bool y_open) {  // upper bound x >= y
    return x > y || (x == y && (!x_open || y_open));
  };
  return below(outer.lo, outer.lo_open, inner.lo, inner.lo_open) &&
         above(outer.hi, outer.hi_open, inner.hi, inner.hi_open);
}

// The figure a precise claim gives: its number, or the centre of an approximation.
bool PointOf(const Quantity& q, double* point) {
  if (q.qualifier == Qualifier::kExact || q.qualifier == Qualifier::kApprox) {
    *point = q.value;
    return true;
  }
  return false;
}

// True when `hedged` says what `other` says, only less precisely, so that the
// two are no disagreement at all:
//   vague amount holding the other            "des dizaines de morts" / "41 morts"
//   approximation centred on the other figure "about 6,000" / "6,000"
//   bound equal to the other figure           "at least 41" / "41", "up to 5 000" / "5 000"
//   lower bound that is the other figure rounded down to the bound's last digit
//                                             "plus de 2 milliards" / "2,4 milliards"
// A lower bound the other figure passes by more ("at least eight" / "11") or any
// other overlap stays a difference worth a warning.
bool SaysLess(const Quantity& hedged, const Quantity& other) {
  const Interval& h = hedged.interval;
  if (!Contains(h, other.interval)) return false;
  double point = 0;
  switch (hedged.qualifier) {
    case Qualifier::kVague:
      return true;
    case Qualifier::kApprox:
      return PointOf(other, &point) && Same(point, hedged.value);
    case Qualifier::kAtLeast:
    case Qualifier::kMoreThan: {
      if (!PointOf(other, &point)) return false;
      if (Same(point, hedged.value)) return true;
      double step = LastDigitStep(hedged.value);
      return point > hedged.value && Same(std::floor(point / step + 1e-9) * step, hedged.value);
    }
    case Qualifier::kAtMost:
    case Qualifier::kLessThan:
      return PointOf(other, &point) && Same(point, hedged.value);
    case Qualifier::kExact:
    case Qualifier::kRange:
      return false;
  }
  return false;
}

}  // namespace

Relation RelateQuantities(const ClaimValue& a, const ClaimValue& b) {
  if (a.unit != b.unit) return Relation::kIncomparable;
  const Interval& x = a.quantity.interval;
  const Interval& y = b.quantity.interval;
  if (x == y) return Relation::kEqual;
  if (!x.Overlaps(y)) return Relation::kIncompatible;
  if (SaysLess(a.quantity, b.quantity) || SaysLess(b.quantity, a.quantity)) {
    return Relation::kCompatible;
  }
  // A vague amount ("plusieurs dizaines de morts") says too little to disagree
  // with anything it overlaps.
  if (a.quantity.qualifier == Qualifier::kVague || b.quantity.qualifier == Qualifier::kVague) {
    return Relation::kCompatible;
  }
  return Relation::kOverlapping;
}

}  // namespace factlint
