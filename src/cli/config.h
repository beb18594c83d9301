// The validated configuration of one factlint run.
//
// Arguments are parsed in two stages (as ripgrep does): Boost.Program_options
// reads raw flags, then ParseCommandLine checks every value and builds a Config
// the commands can trust. Nothing downstream looks at argv.
#ifndef FACTLINT_CLI_CONFIG_H_
#define FACTLINT_CLI_CONFIG_H_

#include <optional>
#include <string>
#include <vector>

#include "base/lang.h"
#include "base/status.h"
#include "rules/rule.h"

namespace factlint {

enum class Command {
  kHelp, kVersion, kCheck, kExtract, kRulesTest, kRulesLint, kExplain, kStoreIngest, kStoreStats
};
enum class OutputFormat { kText, kJson, kJsonl, kSarif, kMarkdown, kHtml };
enum class ColorMode { kAuto, kAlways, kNever };

struct Config {
  Command command = Command::kHelp;
  std::vector<std::string> paths;        // articles, or rule folders for `rules`
  std::vector<std::string> rule_dirs;    // --rules; empty = the shipped pack
  OutputFormat format = OutputFormat::kText;
  std::string output;                    // --output; "" = stdout
  std::optional<Severity> fail_on = Severity::kError;  // nullopt = never
  ColorMode color = ColorMode::kAuto;
  int jobs = 0;                          // 0 = number of cores
  // Parsed rule files kept between runs (cli/rule_cache.h): --cache-dir ("" = the
  // default folder), --no-cache.
  std::string cache_dir;
  bool no_cache = false;
  std::string story;                     // --story: of the articles checked or ingested ("" = theirs)
  // check as a CI gate: --against stores (.db) or articles; findings must involve config.paths
  std::vector<std::string> against;
  std::string baseline;                  // --baseline FILE: findings to suppress
  std::string write_baseline;            // --write-baseline FILE
  std::string store;                     // --store FILE, for `store ingest|stats`
  std::string project_file;              // the .factlint.yaml in effect ("" = none)
  // rules test: sidecars or folders of them, besides the pack's own `fixtures:`
  std::vector<std::string> fixtures;
  // explain: a sentence, or a file (and a line of it)
  std::string rule_id;                   // "" = every rule that matches
  std::string sentence;
  std::string explain_file;
  int explain_line = 0;                  // 0 = the whole file
  Lang lang = Lang::kUnknown;
  std::string help_text;
};

struct ProjectConfig;  // cli/project_config.h

// `project`: the settings of a .factlint.yaml, used for every option the command line leaves
// out (may be null).
Result<Config> ParseCommandLine(int argc, const char* const* argv,
                                const ProjectConfig* project = nullptr);

}  // namespace factlint

#endif  // FACTLINT_CLI_CONFIG_H_
