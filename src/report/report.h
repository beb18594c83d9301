// Report: everything a run found, ready to be rendered by one writer per format.
//
//   Report r{.articles = 5, .claims = 41, .findings = CompareClaims(...)};
//   WriteText(r, {.color = isatty}, std::cout);     // report/text_writer.h
//   WriteJson(r, std::cout);                        // report/json_writer.h
//
// Writers only render: they never filter, sort or compute findings.
#ifndef FACTLINT_REPORT_REPORT_H_
#define FACTLINT_REPORT_REPORT_H_

#include <map>
#include <string>
#include <vector>

#include "compare/finding.h"

namespace factlint {

// What writers show about a rule (SARIF's tool.driver.rules, report headings),
// filled by the CLI from the RulePack so writers never need the pack itself.
struct RuleInfo {
  std::string description;
  Severity severity = Severity::kError;  // of a conflict (the rule's default level)
};

struct Report {
  size_t articles = 0;
  size_t claims = 0;
  std::vector<Finding> findings;
  // Findings a baseline suppressed: counted in every format, never hidden silently.
  size_t suppressed = 0;
  // Baseline entries about a checked article that no finding matches any more.
  size_t stale = 0;
  // Rule id -> description and default severity, for every rule a finding names.
  std::map<std::string, RuleInfo> rules;

  std::map<FindingKind, size_t> CountByKind() const;
};

}  // namespace factlint

#endif  // FACTLINT_REPORT_REPORT_H_
