// FindingFingerprint: what a finding is about, independent of where it sits.
//
//   std::string fp = FindingFingerprint(finding);   // "3f0c9a1d2b7e4c55"
//
// Built from the kind, the rules, the keys and each source's normalized value
// (outlet=value pairs, sorted and deduplicated) — never from files, lines,
// columns or byte offsets — so editing an article elsewhere, renaming its file
// or reordering its paragraphs keeps the fingerprint. The baseline and SARIF's
// partialFingerprints both use it, so a finding suppressed in one is the same
// finding in the other. 16 lowercase hex digits (64-bit FNV-1a); changing what
// goes in changes kFingerprintVersion.
#ifndef FACTLINT_COMPARE_FINGERPRINT_H_
#define FACTLINT_COMPARE_FINGERPRINT_H_

#include <string>

#include "compare/finding.h"

namespace factlint {

inline constexpr int kFingerprintVersion = 1;

std::string FindingFingerprint(const Finding& finding);

}  // namespace factlint

#endif  // FACTLINT_COMPARE_FINGERPRINT_H_
