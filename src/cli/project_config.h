// ProjectConfig: a project's defaults, from the `.factlint.yaml` nearest above the working
// directory.
//
//   # .factlint.yaml
//   rules: [rules/, newsroom-rules/]   # --rules (a string or a list)
//   fail-on: warning                   # --fail-on
//   format: sarif                      # --format, for `check`
//   baseline: ci/factlint-baseline.json  # --baseline, for `check`
//   against: published.db              # --against, for `check` (a string or a list)
//   store: published.db                # --store, for `store ingest` and `store stats`
//   story: ukraine-2022                # --story, for `check` and `store ingest`
//
//   Result<std::optional<ProjectConfig>> p = FindProjectConfig(std::filesystem::current_path());
//   Result<Config> config = ParseCommandLine(argc, argv, p->has_value() ? &**p : nullptr);
//
// Paths are relative to the folder holding the file. Options given on the command line win.
// Unknown keys, wrong types and bad values are kInvalidArgument errors at the file:line:col
// of the problem.
#ifndef FACTLINT_CLI_PROJECT_CONFIG_H_
#define FACTLINT_CLI_PROJECT_CONFIG_H_

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/source_loc.h"
#include "base/status.h"
#include "cli/config.h"

namespace factlint {

inline constexpr std::string_view kProjectConfigName = ".factlint.yaml";

struct ProjectSetting {
  std::string value;  // paths already resolved against the file's folder
  SourceLoc loc;      // of the value
};

struct ProjectConfig {
  std::string file;  // the .factlint.yaml read
  std::vector<ProjectSetting> rules;
  std::vector<ProjectSetting> against;
  std::optional<ProjectSetting> fail_on, format, baseline, store, story;

  // The settings that apply to `command`, as command-line arguments
  // ({"--fail-on", "warning", "--rules", "/repo/rules", ...}).
  std::vector<std::string> DefaultArguments(Command command) const;
};

// Parses the text of a .factlint.yaml named `file`. Reads nothing: relative paths are resolved
// against the folder of `file`.
Result<ProjectConfig> ParseProjectConfig(std::string_view text, const std::string& file);

// The .factlint.yaml in `start` or the nearest folder above it, parsed; nullopt when there is
// none up to the root.
Result<std::optional<ProjectConfig>> FindProjectConfig(const std::filesystem::path& start);

}  // namespace factlint

#endif  // FACTLINT_CLI_PROJECT_CONFIG_H_
