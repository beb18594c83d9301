// The baseline file: JSON, versioned, sorted, meant to be committed and reviewed.
//
//   {
//     "version": 1,
//     "fingerprint_version": 1,
//     "findings": [
//       {
//         "fingerprint": "3f0c9a1d2b7e4c55",
//         "kind": "conflict",
//         "rule": "troops.deployed.fr",
//         "key": "troops.deployed|region=EU-EAST",
//         "articles": [{"story": "ukraine-2022", "article": "001_06f0a092c793dd2d"}, ...],
//         "message": "sources disagree on troops.deployed (region=EU-EAST): ..."
//       }
//     ]
//   }
//
//   std::string text = RenderBaseline(baseline);
//   Result<Baseline> b = ParseBaseline(text, "ci/factlint-baseline.json");
//
// Only `fingerprint` matters for matching; the other fields say what was accepted. Parsing is
// strict: unknown keys, wrong types, a newer `version` or another `fingerprint_version` (the
// fingerprints would never match again) are kInputError values naming the file, with
// line:column where the problem can be pointed at. Pure.
#ifndef FACTLINT_GATE_BASELINE_JSON_H_
#define FACTLINT_GATE_BASELINE_JSON_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "gate/baseline.h"

namespace factlint {

inline constexpr int kBaselineVersion = 1;

std::string RenderBaseline(const Baseline& baseline);

// `file` names the baseline in errors. Entries come back sorted by fingerprint, unique.
Result<Baseline> ParseBaseline(std::string_view text, const std::string& file);

}  // namespace factlint

#endif  // FACTLINT_GATE_BASELINE_JSON_H_
