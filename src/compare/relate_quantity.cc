#include "compare/value_relation.h"

namespace factlint {

Relation RelateQuantities(const ClaimValue& a, const ClaimValue& b) {
  if (a.unit != b.unit) return Relation::kIncomparable;
  const Interval& x = a.quantity.interval;
  const Interval& y = b.quantity.interval;
  if (x == y) return Relation::kEqual;
  if (!x.Overlaps(y)) return Relation::kIncompatible;
  return Relation::kOverlapping;
}

}  // namespace factlint
