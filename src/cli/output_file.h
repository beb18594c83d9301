// Writing a report to --output FILE without ever leaving it half-written:
// the content goes to a temporary file in the same folder, is flushed and
// fsync'ed, then renamed over FILE. Without --output it goes to stdout.
#ifndef FACTLINT_CLI_OUTPUT_FILE_H_
#define FACTLINT_CLI_OUTPUT_FILE_H_

#include <string>

#include "base/status.h"

namespace factlint {

Status WriteOutputAtomically(const std::string& path, const std::string& content);

}  // namespace factlint

#endif  // FACTLINT_CLI_OUTPUT_FILE_H_
