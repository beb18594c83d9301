// Comparing a claim with what a rule example or an annotated fixture expects.
//
//   std::vector<FieldMismatch> diff = Mismatches(example.expect, claim, &captures);
//   if (diff.empty()) ...;                          // every expectation met
//   DescribeExpected(example.expect)  // "value [0, 5000], qualifier at-most, key region=EU-EAST"
//   DescribeClaim(claim)              // "value [0, 5000] soldier, qualifier at-most,
//                                     //  modality planned (cue 'envisage'), key region=EU-EAST"
//
// Only the fields an expectation sets are checked. Intervals compare with a
// relative tolerance of 1e-9 (an expected 4500 and a computed 5000 * 0.9 are
// equal). Pure.
#ifndef FACTLINT_TOOLING_CLAIM_EXPECTATION_H_
#define FACTLINT_TOOLING_CLAIM_EXPECTATION_H_

#include <map>
#include <string>
#include <vector>

#include "extract/claim.h"
#include "rules/rule.h"

namespace factlint {

struct FieldMismatch {
  std::string field;  // "value", "qualifier", "modality", "key region", "capture base"
  std::string expected;
  std::string actual;
};

// `captures` (group -> text) may be null when they are unknown; expected
// captures then count as mismatches.
std::vector<FieldMismatch> Mismatches(const ExpectedClaim& expected, const Claim& claim,
                                      const std::map<std::string, std::string>* captures);

// `unit`: the rule's, so that dates and times read as such ("2026-03-12").
std::string DescribeExpected(const ExpectedClaim& expected, const std::string& unit = "");
std::string DescribeClaim(const Claim& claim);

// "value: expected [0, 5000], got [3000, 3000] soldier; modality: ..."
std::string JoinMismatches(const std::vector<FieldMismatch>& mismatches);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_CLAIM_EXPECTATION_H_
