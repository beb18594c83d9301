#include "compare/finding.h"

#include <tuple>

namespace factlint {

std::string_view FindingKindName(FindingKind k) {
  switch (k) {
    case FindingKind::kConflict: return "conflict";
    case FindingKind::kDiscrepancy: return "discrepancy";
    case FindingKind::kInternal: return "internal";
    case FindingKind::kQuoteVariant: return "quote-variant";
    case FindingKind::kCorroborated: return "corroborated";
  }
  return "?";
}

std::optional<FindingKind> ParseFindingKind(std::string_view name) {
  for (FindingKind k : {FindingKind::kConflict, FindingKind::kDiscrepancy, FindingKind::kInternal,
                        FindingKind::kQuoteVariant, FindingKind::kCorroborated}) {
    if (FindingKindName(k) == name) return k;
  }
  return std::nullopt;
}

bool FindingLess(const Finding& a, const Finding& b) {
  static const Claim kNone;
  const Claim& x = a.claims.empty() ? kNone : a.claims.front();
  const Claim& y = b.claims.empty() ? kNone : b.claims.front();
  return std::tie(x.loc.file, x.article_id, x.begin, a.kind, a.id) <
         std::tie(y.loc.file, y.article_id, y.begin, b.kind, b.id);
}

}  // namespace factlint
