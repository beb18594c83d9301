// The sarif format: SARIF 2.1.0 for code-scanning annotations (GitHub, GitLab).
//
//   WriteSarif(report, SarifOptions{.tool_version = "0.1.0", .base_dir = cwd}, out);
//
// One result per finding, except corroborated facts (agreements are not
// problems: they are counted in run.properties, as are baseline suppressions).
// A result is located at the finding's primary claim (region with start and
// end line and column in Unicode code points, and the matched text as snippet);
// every other claim is a related location whose message gives its value and
// outlet. tool.driver.rules lists each rule the results name, with its
// description and default level. partialFingerprints["factlintFinding/v1"] is
// FindingFingerprint (compare/fingerprint.h), the baseline's fingerprint.
// Artifact URIs are relative to base_dir (with uriBaseId %SRCROOT%) when the
// file is inside it, percent-encoded; other absolute paths become file:// URIs.
// Validates against the official schema (tests/e2e/report_sarif.sh).
#ifndef FACTLINT_REPORT_SARIF_WRITER_H_
#define FACTLINT_REPORT_SARIF_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "report/report.h"

namespace factlint {

struct SarifOptions {
  std::string tool_version;
  std::string base_dir;  // absolute; "" = leave relative paths as they are
};

void WriteSarif(const Report& report, const SarifOptions& options, std::ostream& out);

// The URI a SARIF artifactLocation uses for `path` (exposed for tests).
// Sets *relative when the URI is relative to base_dir.
std::string ArtifactUri(std::string_view path, std::string_view base_dir, bool* relative);

}  // namespace factlint

#endif  // FACTLINT_REPORT_SARIF_WRITER_H_
