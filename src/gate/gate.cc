#include "gate/gate.h"

#include <algorithm>

namespace factlint {

std::vector<Finding> GateFindings(std::vector<Finding> findings,
                                  const std::set<ArticleKey>& new_articles) {
  std::vector<Finding> kept;
  for (Finding& f : findings) {
    // Claims are in ClaimLess order after the primary; find the new article's first.
    auto is_new = [&](const Claim& c) { return new_articles.count(ArticleKeyOf(c)) > 0; };
    auto first_new = f.claims.end();
    for (auto it = f.claims.begin(); it != f.claims.end(); ++it) {
      if (is_new(*it) && (first_new == f.claims.end() || ClaimLess(*it, *first_new))) first_new = it;
    }
    if (first_new == f.claims.end()) continue;
    if (first_new != f.claims.begin()) {
      // Keep the others in ClaimLess order behind the new primary.
      Claim primary = std::move(*first_new);
      f.claims.erase(first_new);
      std::sort(f.claims.begin(), f.claims.end(), ClaimLess);
      f.claims.insert(f.claims.begin(), std::move(primary));
      f.rule_id = f.claims.front().rule_id;
      f.slot = f.claims.front().slot;
      f.key = f.claims.front().KeyString();
    }
    kept.push_back(std::move(f));
  }
  std::sort(kept.begin(), kept.end(), FindingLess);
  return kept;
}

}  // namespace factlint
