// How two claim values of one key relate. One implementation file per value kind.
#ifndef FACTLINT_COMPARE_VALUE_RELATION_H_
#define FACTLINT_COMPARE_VALUE_RELATION_H_

#include "extract/claim.h"
#include "rules/gazetteer.h"

namespace factlint {

enum class Relation {
  kEqual,         // the same value: agreement
  kCompatible,    // both can be true at once, and neither says more than the other
  kOverlapping,   // different, but both can be true (hedges, ranges, a subset)
  kIncompatible,  // both cannot be true
  kIncomparable,  // different units or kinds: not compared
};

Relation RelateQuantities(const ClaimValue& a, const ClaimValue& b);
// `gazetteer` may be null; then only equality counts.
Relation RelateCategories(const ClaimValue& a, const ClaimValue& b, const Gazetteer* gazetteer);
Relation RelateSets(const ClaimValue& a, const ClaimValue& b, const Gazetteer* gazetteer);

Relation RelateValues(const ClaimValue& a, const ClaimValue& b, const Gazetteer* gazetteer);

}  // namespace factlint

#endif  // FACTLINT_COMPARE_VALUE_RELATION_H_
