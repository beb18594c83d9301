#include "compare/value_relation.h"

namespace factlint {

Relation RelateCategories(const ClaimValue& a, const ClaimValue& b, const Gazetteer* gazetteer) {
  if (a.ids.empty() || b.ids.empty()) return Relation::kIncomparable;
  const std::string& x = a.ids.front();
  const std::string& y = b.ids.front();
  if (x == y) return Relation::kEqual;
  // North Carolina is in the United States; "foreign minister" is the general
  // office of which "US Secretary of State" is one: less precise, not wrong.
  if (gazetteer != nullptr && (gazetteer->IsWithin(x, y) || gazetteer->IsWithin(y, x))) {
    return Relation::kCompatible;
  }
  return Relation::kIncompatible;
}

}  // namespace factlint
