// The json format: {"version": 1, "summary": {...}, "findings": [...]}.
// Documented field by field in docs/json.md; the version changes when a field
// changes meaning or disappears (adding fields does not).
#ifndef FACTLINT_REPORT_JSON_WRITER_H_
#define FACTLINT_REPORT_JSON_WRITER_H_

#include <ostream>

#include "report/report.h"

namespace factlint {

inline constexpr int kJsonSchemaVersion = 1;

void WriteJson(const Report& report, std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_REPORT_JSON_WRITER_H_
