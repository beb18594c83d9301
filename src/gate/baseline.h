// Baseline: findings reviewed and accepted, so that a gate fails only on new ones.
//
//   Baseline b = MakeBaseline(report.findings);             // --write-baseline FILE
//   std::string json = RenderBaseline(b);                   // gate/baseline_json.h
//   ...
//   Suppression s = ApplyBaseline(std::move(findings), b, checked_articles);   // --baseline FILE
//   s.kept          // findings the baseline does not know
//   s.suppressed    // how many it hid (every report prints the count)
//   s.stale         // entries about a checked article that no finding matches any more
//
// Entries are matched by FindingFingerprint (compare/fingerprint.h): kind, rules, keys and
// each outlet's normalized value, never file names or positions, so editing an article
// elsewhere keeps its accepted findings accepted. Corroborations are never recorded nor
// suppressed: they fail no gate. Pure; entries sorted by fingerprint.
#ifndef FACTLINT_GATE_BASELINE_H_
#define FACTLINT_GATE_BASELINE_H_

#include <set>
#include <string>
#include <vector>

#include "compare/finding.h"
#include "gate/gate.h"

namespace factlint {

struct BaselineEntry {
  std::string fingerprint;
  // For people reviewing the file, and to list stale entries; matching uses the fingerprint.
  std::string kind;
  std::string rule;
  std::string key;
  std::vector<ArticleKey> articles;  // sorted, unique
  std::string message;
};

struct Baseline {
  std::vector<BaselineEntry> entries;  // sorted by fingerprint, unique
};

// One entry per distinct fingerprint of the non-corroborated findings.
Baseline MakeBaseline(const std::vector<Finding>& findings);

struct Suppression {
  std::vector<Finding> kept;  // in their original order
  size_t suppressed = 0;
  std::vector<BaselineEntry> stale;
};

// `checked`: the articles this run checked (the new ones in a gate). An entry that matches
// no finding is stale when one of its articles was checked; entries about other articles
// are out of this run's sight and say nothing.
Suppression ApplyBaseline(std::vector<Finding> findings, const Baseline& baseline,
                          const std::set<ArticleKey>& checked);

}  // namespace factlint

#endif  // FACTLINT_GATE_BASELINE_H_
