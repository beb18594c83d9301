// The html format: one self-contained page to share a discrepancy report.
//
//   WriteHtml(report, HtmlOptions{.tool_version = "0.1.0"}, out);
//
// Inline CSS only: no script, no external resource, and a Content-Security-Policy
// that forbids both, so the page reads the same offline and without JavaScript.
// It shows the counts by kind and severity, then per story a table of its
// findings, each finding with the sentence of every claim side by side and the
// values highlighted (<mark>), then the story's corroborated facts (value, how
// many sources). All article text goes through HtmlEscape (report/html_escape.h).
// <body data-findings="N" data-corroborated="M" data-suppressed="S"> carries the
// counts and every finding is one <article class="finding">, for tests and tools.
#ifndef FACTLINT_REPORT_HTML_WRITER_H_
#define FACTLINT_REPORT_HTML_WRITER_H_

#include <ostream>
#include <string>

#include "report/report.h"

namespace factlint {

struct HtmlOptions {
  std::string tool_version;
  std::string title = "factlint report";
};

void WriteHtml(const Report& report, const HtmlOptions& options, std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_REPORT_HTML_WRITER_H_
