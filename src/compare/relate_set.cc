#include <algorithm>

#include "compare/value_relation.h"

namespace factlint {

Relation RelateSets(const ClaimValue& a, const ClaimValue& b, const Gazetteer*) {
  if (a.ids == b.ids) return Relation::kEqual;
  // ids are sorted and unique (value_builder).
  if (std::includes(a.ids.begin(), a.ids.end(), b.ids.begin(), b.ids.end()) ||
      std::includes(b.ids.begin(), b.ids.end(), a.ids.begin(), a.ids.end())) {
    return Relation::kOverlapping;  // one list leaves out members of the other
  }
  return Relation::kIncompatible;
}

}  // namespace factlint
