#include "compare/value_relation.h"

namespace factlint {

Relation RelateValues(const ClaimValue& a, const ClaimValue& b, const Gazetteer* gazetteer) {
  if (a.kind != b.kind) return Relation::kIncomparable;
  switch (a.kind) {
    case ValueKind::kQuantity: return RelateQuantities(a, b);
    case ValueKind::kCategory: return RelateCategories(a, b, gazetteer);
    case ValueKind::kSet: return RelateSets(a, b, gazetteer);
    case ValueKind::kQuote: break;  // quotes are aligned word by word: compare/quote_diff.h
  }
  return Relation::kIncomparable;
}

}  // namespace factlint
