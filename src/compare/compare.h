// Comparing claims across articles: the heart of factlint.
//
//   std::vector<Claim> claims = ...;            // from every article of the run
//   std::vector<Finding> findings = CompareClaims(claims, pack);
//
// Claims are compared only within one story and one slot, only when their
// sentences place them at the same time (compare/context.h: a toll "in 2011" is
// not today's), and only when their keys match (an empty key field matches any
// value: "the quote" of an unnamed speaker can be compared with Blinken's). Within
// a key, claims with equal values form a class; every pair of classes is then
// related (compare/value_relation.h):
//   incompatible, a shared modality and source, no vague or ambiguous figure -> conflict
//   incompatible otherwise, or overlapping                                   -> discrepancy
//   one article in both classes of an incompatible pair, in two sentences    -> internal
//   a class stated by two or more articles                                   -> corroborated
// Compatible values ("at least 41" / "41", "about 6,000" / "6,000") make no finding.
// Quotes are aligned word by word instead (compare/quote_diff.h).
// Cost grows with the claims sharing a key, not with all pairs of claims.
// Pure; output sorted (FindingLess) and identical for identical input.
#ifndef FACTLINT_COMPARE_COMPARE_H_
#define FACTLINT_COMPARE_COMPARE_H_

#include <functional>
#include <vector>

#include "compare/finding.h"
#include "extract/claim.h"
#include "rules/rule_pack.h"

namespace factlint {

struct CompareOptions {
  bool corroborations = true;  // emit kCorroborated findings
};

std::vector<Finding> CompareClaims(const std::vector<Claim>& claims, const RulePack& pack,
                                   const CompareOptions& options = {});

}  // namespace factlint

#endif  // FACTLINT_COMPARE_COMPARE_H_
