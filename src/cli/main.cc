// factlint: checks whether news articles about one story agree on their facts.
// This file is glue: parse the command line, run one command, map errors to exit 2.
#include <csignal>
#include <exception>
#include <filesystem>
#include <iostream>

#include "cli/commands.h"
#include "cli/config.h"
#include "cli/project_config.h"
#include "cli/sanitized_stream.h"

#ifndef FACTLINT_VERSION
#define FACTLINT_VERSION "dev"
#endif

int main(int argc, char** argv) {
  using namespace factlint;
  // Past a file-size limit (ulimit -f, a quota), write() must fail with EFBIG so that the
  // output is reported and cleaned up (cli/output_file.h), not kill the process silently.
  std::signal(SIGXFSZ, SIG_IGN);
  // Diagnostics quote file names and file content: no escape sequence of theirs reaches the
  // terminal (cli/sanitized_stream.h).
  SanitizedStream clean_stderr(std::cerr);
  try {
    std::error_code ec;
    Result<std::optional<ProjectConfig>> project =
        FindProjectConfig(std::filesystem::current_path(ec));
    if (!project.ok()) {
      std::cerr << "factlint: " << project.status().ToString() << "\n";
      return kExitError;
    }
    Result<Config> config =
        ParseCommandLine(argc, argv, project->has_value() ? &**project : nullptr);
    if (!config.ok()) {
      std::cerr << "factlint: " << config.status().ToString() << "\n";
      return kExitError;
    }
    switch (config->command) {
      case Command::kHelp:
        std::cout << config->help_text;
        return kExitOk;
      case Command::kVersion:
        std::cout << "factlint " << FACTLINT_VERSION << "\n";
        return kExitOk;
      case Command::kCheck: return RunCheck(*config, std::cout, std::cerr);
      case Command::kExtract: return RunExtract(*config, std::cout, std::cerr);
      case Command::kRulesTest: return RunRulesTest(*config, std::cout, std::cerr);
      case Command::kRulesLint: return RunRulesLint(*config, std::cout, std::cerr);
      case Command::kExplain: return RunExplain(*config, std::cout, std::cerr);
      case Command::kStoreIngest: return RunStoreIngest(*config, std::cout, std::cerr);
      case Command::kStoreStats: return RunStoreStats(*config, std::cout, std::cerr);
    }
  } catch (const std::exception& e) {
    std::cerr << "factlint: internal error: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "factlint: internal error\n";
  }
  return kExitError;
}
