// The text format: compiler-style diagnostics, one block per finding.
//
//   fixtures/ukraine-2022/001.txt:1:62: error: [troops.deployed.fr] sources disagree on ...
//    … annoncent le déploiement de 3 000 soldats en Europe de l'Est pour
//                                  ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~
//   fixtures/ukraine-2022/002.txt:27:1: note: "2 000 soldats en Europe de l'Est" (stated)
//    ...
// then the corroborated facts and a summary line. Colour only when asked (the
// CLI asks on a terminal). Article text is sanitized (report/terminal_text.h).
#ifndef FACTLINT_REPORT_TEXT_WRITER_H_
#define FACTLINT_REPORT_TEXT_WRITER_H_

#include <ostream>

#include "report/report.h"

namespace factlint {

struct TextOptions {
  bool color = false;
};

void WriteText(const Report& report, const TextOptions& options, std::ostream& out);

}  // namespace factlint

#endif  // FACTLINT_REPORT_TEXT_WRITER_H_
