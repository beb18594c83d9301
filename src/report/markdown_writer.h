// The markdown format: a review comment for a pull or merge request.
//
//   WriteMarkdown(report, MarkdownOptions{}, out);
//
//   ### factlint: 2 conflicts, 7 discrepancies, 1 internal, 3 quote variants
//   5 articles, 71 claims, 10 corroborated facts, 0 findings suppressed by the baseline.
//   | kind | count |  ...
//   #### 1. conflict (error): troops.deployed (region=EU-EAST)
//   > Les États-Unis annoncent le déploiement de **3 000** soldats …
//
// A summary line and a table of counts by kind, then one section per finding
// (corroborated facts are listed briefly at the end) with every claim's sentence
// quoted and its value in bold. All article text goes through MarkdownEscape
// (report/markdown_escape.h). The comment stays under max_bytes (GitHub accepts
// 65,536 characters; bytes bound characters in any encoding): sections that do
// not fit are left out and a note says how many.
#ifndef FACTLINT_REPORT_MARKDOWN_WRITER_H_
#define FACTLINT_REPORT_MARKDOWN_WRITER_H_

#include <ostream>

#include "report/report.h"

namespace factlint {

struct MarkdownOptions {
  size_t max_bytes = 65000;
};

void WriteMarkdown(const Report& report, const MarkdownOptions& options, std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_REPORT_MARKDOWN_WRITER_H_
