// Finding: a disagreement (or an agreement) between claims, with the evidence.
//
//   std::vector<Finding> fs = CompareClaims(claims, pack);   // compare/compare.h
//   fs[0].kind      // FindingKind::kConflict
//   fs[0].claims    // every claim involved, the primary one first
//   fs[0].message   // one line a journalist understands
#ifndef FACTLINT_COMPARE_FINDING_H_
#define FACTLINT_COMPARE_FINDING_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claim.h"

namespace factlint {

enum class FindingKind {
  kConflict,      // incompatible values stated by different sources
  kDiscrepancy,   // different values that hedges or modality may reconcile
  kInternal,      // one article disagrees with itself
  kQuoteVariant,  // one speaker, near-identical words, some substituted
  kCorroborated,  // several sources agree
};

std::string_view FindingKindName(FindingKind k);  // "conflict", "quote-variant", ...
std::optional<FindingKind> ParseFindingKind(std::string_view name);

struct Finding {
  std::string id;  // stable across runs and machines: a hash of what it is about
  FindingKind kind = FindingKind::kConflict;
  Severity severity = Severity::kError;
  std::string rule_id;  // rule of the primary claim
  std::string slot;
  std::string key;      // Claim::KeyString() of the primary claim
  std::string message;
  std::vector<Claim> claims;  // primary first, then in ClaimLess order
  std::string diff;           // quote-variant: "[-ferme-] {+sévère+}"
};

// Deterministic report order: primary claim position, then kind, then id.
bool FindingLess(const Finding& a, const Finding& b);

}  // namespace factlint

#endif  // FACTLINT_COMPARE_FINDING_H_
