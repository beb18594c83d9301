// One function per command; each returns the process exit code (0, 1 or 2)
// and writes only to the streams it is given.
#ifndef FACTLINT_CLI_COMMANDS_H_
#define FACTLINT_CLI_COMMANDS_H_

#include <ostream>

#include "cli/config.h"

namespace factlint {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

int RunCheck(const Config& config, std::ostream& out, std::ostream& err);
int RunExtract(const Config& config, std::ostream& out, std::ostream& err);
int RunRulesTest(const Config& config, std::ostream& out, std::ostream& err);
int RunRulesLint(const Config& config, std::ostream& out, std::ostream& err);
int RunExplain(const Config& config, std::ostream& out, std::ostream& err);
int RunStoreIngest(const Config& config, std::ostream& out, std::ostream& err);
int RunStoreStats(const Config& config, std::ostream& out, std::ostream& err);

}  // namespace factlint

#endif  // FACTLINT_CLI_COMMANDS_H_
