// Sending a rendered report where the configuration says: stdout, or --output
// written atomically (cli/output_file.h).
#ifndef FACTLINT_CLI_EMIT_H_
#define FACTLINT_CLI_EMIT_H_

#include <ostream>
#include <string>

#include "cli/config.h"

namespace factlint {

// Returns false (after printing why to `err`) when the output could not be written.
bool Emit(const Config& config, const std::string& content, std::ostream& out, std::ostream& err);

}  // namespace factlint

#endif  // FACTLINT_CLI_EMIT_H_
