#include "cli/config.h"

#include <boost/program_options.hpp>
#include <sstream>

#include "cli/project_config.h"

namespace factlint {
namespace po = boost::program_options;
namespace {

constexpr const char* kUsage =
    "usage: factlint <command> [options]\n"
    "\n"
    "commands:\n"
    "  check PATH...           compare the claims of articles (files, folders, -)\n"
    "  extract PATH...         print the claims of articles (--format jsonl|json)\n"
    "  rules test [DIR...]     run every rule's examples and annotated fixtures\n"
    "  rules lint [DIR...]     validate and compile rules\n"
    "  explain --rule ID TEXT  show how one rule reads a sentence\n"
    "  explain --file F --line N [--rule ID]\n"
    "                          the same for a line of an article\n"
    "  store ingest PATH... --store FILE\n"
    "                          add published articles' claims to a claim store\n"
    "  store stats --store FILE\n"
    "                          summarize a claim store\n"
    "\n"
    "exit codes: 0 no finding at or above --fail-on, 1 findings, 2 error\n";

Status Bad(const std::string& msg) { return Status::InvalidArgument(msg); }

// Stores the .factlint.yaml settings that apply to `command` after the command line: Boost
// keeps the first value stored, so options given on the command line win.
Status ApplyProjectDefaults(const ProjectConfig& project, Command command,
                            const po::options_description& opts, po::variables_map* vm) {
  if (command == Command::kCheck && project.format && !vm->count("format")) {
    // Checked as the command line would check it, but reported where it was written.
    const char* probe[] = {"factlint", "check", "-", "--format", project.format->value.c_str()};
    Result<Config> c = ParseCommandLine(5, probe, nullptr);
    if (!c.ok()) return Status::InvalidArgument(c.status().message(), project.format->loc);
  }
  try {
    po::store(po::command_line_parser(project.DefaultArguments(command)).options(opts).run(), *vm);
  } catch (const po::error& e) {
    return Status::InvalidArgument(e.what(), SourceLoc{project.file});
  }
  return Status::Ok();
}

// --against, --baseline, --write-baseline, --story and --store, checked against the command.
Status ReadGateOptions(const po::variables_map& vm, Config* cfg) {
  const bool check = cfg->command == Command::kCheck;
  const bool store = cfg->command == Command::kStoreIngest || cfg->command == Command::kStoreStats;
  auto only = [&](const char* option, bool allowed, const char* where) -> Status {
    if (vm.count(option) && !allowed) {
      return Bad("--" + std::string(option) + " is for " + where);
    }
    return Status::Ok();
  };
  FACTLINT_RETURN_IF_ERROR(only("against", check, "'check'"));
  FACTLINT_RETURN_IF_ERROR(only("baseline", check, "'check'"));
  FACTLINT_RETURN_IF_ERROR(only("write-baseline", check, "'check'"));
  FACTLINT_RETURN_IF_ERROR(only("store", store, "'store ingest' and 'store stats'"));
  FACTLINT_RETURN_IF_ERROR(
      only("story", check || cfg->command == Command::kStoreIngest, "'check' and 'store ingest'"));
  if (vm.count("against")) cfg->against = vm["against"].as<std::vector<std::string>>();
  if (vm.count("baseline")) cfg->baseline = vm["baseline"].as<std::string>();
  if (vm.count("write-baseline")) cfg->write_baseline = vm["write-baseline"].as<std::string>();
  if (vm.count("story")) {
    cfg->story = vm["story"].as<std::string>();
    if (cfg->story.empty()) return Bad("--story needs a name");
  }
  if (vm.count("store")) cfg->store = vm["store"].as<std::string>();
  for (const std::string& a : cfg->against) {
    if (a.empty()) return Bad("--against needs a claim store or a path");
  }
  if (store && cfg->store.empty()) {
    return Bad("'store' needs --store FILE (or 'store:' in .factlint.yaml)");
  }
  if (cfg->command == Command::kStoreIngest && cfg->paths.empty()) {
    return Bad("no articles given to ingest (files, folders, or - for standard input)");
  }
  if (cfg->command == Command::kStoreStats && !cfg->paths.empty()) {
    return Bad("'store stats' takes no paths");
  }
  return Status::Ok();
}

}  // namespace

Result<Config> ParseCommandLine(int argc, const char* const* argv, const ProjectConfig* project) {
  Config cfg;
  po::options_description opts("options");
  opts.add_options()
      ("help,h", "show this help")
      ("version", "show the version")
      ("rules", po::value<std::vector<std::string>>(), "rule folder (repeatable)")
      ("format", po::value<std::string>(), "text|json|jsonl|sarif|markdown|html")
      ("output,o", po::value<std::string>(), "write the report to FILE")
      ("fail-on", po::value<std::string>(), "error|warning|never (default error)")
      ("color", po::value<std::string>(), "auto|always|never")
      ("jobs,j", po::value<int>(), "threads (default: number of cores)")
      ("cache-dir", po::value<std::string>(),
       "keep parsed rule files in DIR (default: $XDG_CACHE_HOME/factlint)")
      ("no-cache", "parse every rule file, keep nothing")
      ("against", po::value<std::vector<std::string>>(),
       "check: gate against a claim store (.db) or published articles (repeatable)")
      ("story", po::value<std::string>(), "check, store ingest: the articles' story (default: their own)")
      ("baseline", po::value<std::string>(), "check: suppress the findings recorded in FILE")
      ("write-baseline", po::value<std::string>(), "check: record this run's findings in FILE")
      ("store", po::value<std::string>(), "store: the claim store file")
      ("fixtures", po::value<std::vector<std::string>>(),
       "rules test: annotated fixture sidecar, or folder of them (repeatable)")
      ("rule", po::value<std::string>(), "explain: the rule id")
      ("file", po::value<std::string>(), "explain: an article file instead of a sentence")
      ("line", po::value<int>(), "explain: only this line of --file")
      ("lang", po::value<std::string>(), "explain: language of the sentence (fr|en)");
  po::options_description hidden;
  hidden.add_options()("args", po::value<std::vector<std::string>>(), "");
  po::options_description all;
  all.add(opts).add(hidden);
  po::positional_options_description pos;
  pos.add("args", -1);

  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    return Bad(e.what());
  }
  std::ostringstream help;
  help << kUsage << "\n" << opts;
  cfg.help_text = help.str();

  std::vector<std::string> args;
  if (vm.count("args")) args = vm["args"].as<std::vector<std::string>>();
  if (vm.count("help")) return cfg;
  if (vm.count("version")) {
    cfg.command = Command::kVersion;
    return cfg;
  }
  if (args.empty()) return Bad("no command given (try 'factlint --help')");

  const std::string cmd = args.front();
  args.erase(args.begin());
  if (cmd == "check") {
    cfg.command = Command::kCheck;
  } else if (cmd == "extract") {
    cfg.command = Command::kExtract;
    cfg.format = OutputFormat::kJsonl;
  } else if (cmd == "explain") {
    cfg.command = Command::kExplain;
  } else if (cmd == "rules") {
    if (args.empty()) return Bad("'rules' needs a subcommand: test or lint");
    std::string sub = args.front();
    args.erase(args.begin());
    if (sub == "test") {
      cfg.command = Command::kRulesTest;
    } else if (sub == "lint") {
      cfg.command = Command::kRulesLint;
    } else {
      return Bad("unknown 'rules' subcommand '" + sub + "' (expected test or lint)");
    }
  } else if (cmd == "store") {
    if (args.empty()) return Bad("'store' needs a subcommand: ingest or stats");
    std::string sub = args.front();
    args.erase(args.begin());
    if (sub == "ingest") {
      cfg.command = Command::kStoreIngest;
    } else if (sub == "stats") {
      cfg.command = Command::kStoreStats;
    } else {
      return Bad("unknown 'store' subcommand '" + sub + "' (expected ingest or stats)");
    }
  } else if (cmd == "help") {
    return cfg;
  } else {
    return Bad("unknown command '" + cmd + "' (expected check, extract, rules, explain, store)");
  }
  cfg.paths = args;
  if (project != nullptr) {
    Status st = ApplyProjectDefaults(*project, cfg.command, opts, &vm);
    if (!st.ok()) return st;
    cfg.project_file = project->file;
  }

  if (vm.count("rules")) cfg.rule_dirs = vm["rules"].as<std::vector<std::string>>();
  if (vm.count("format")) {
    const std::string f = vm["format"].as<std::string>();
    if (f == "text") cfg.format = OutputFormat::kText;
    else if (f == "json") cfg.format = OutputFormat::kJson;
    else if (f == "jsonl") cfg.format = OutputFormat::kJsonl;
    else if (f == "sarif") cfg.format = OutputFormat::kSarif;
    else if (f == "markdown") cfg.format = OutputFormat::kMarkdown;
    else if (f == "html") cfg.format = OutputFormat::kHtml;
    else return Bad("unknown --format '" + f + "' (expected text, json, jsonl, sarif, markdown or html)");
    if (cfg.command == Command::kCheck && cfg.format == OutputFormat::kJsonl)
      return Bad("--format jsonl is for 'extract'; 'check' writes text, json, sarif, markdown or html");
    if (cfg.command == Command::kExtract && cfg.format != OutputFormat::kJsonl &&
        cfg.format != OutputFormat::kJson)
      return Bad("'extract' writes jsonl or json");
  }
  if (vm.count("output")) cfg.output = vm["output"].as<std::string>();
  if (vm.count("fail-on")) {
    const std::string f = vm["fail-on"].as<std::string>();
    if (f == "never") cfg.fail_on.reset();
    else if (f == "error") cfg.fail_on = Severity::kError;
    else if (f == "warning") cfg.fail_on = Severity::kWarning;
    else return Bad("unknown --fail-on '" + f + "' (expected error, warning or never)");
  }
  if (vm.count("color")) {
    const std::string c = vm["color"].as<std::string>();
    if (c == "auto") cfg.color = ColorMode::kAuto;
    else if (c == "always") cfg.color = ColorMode::kAlways;
    else if (c == "never") cfg.color = ColorMode::kNever;
    else return Bad("unknown --color '" + c + "' (expected auto, always or never)");
  }
  if (vm.count("cache-dir")) {
    cfg.cache_dir = vm["cache-dir"].as<std::string>();
    if (cfg.cache_dir.empty()) return Bad("--cache-dir needs a folder");
  }
  cfg.no_cache = vm.count("no-cache") > 0;
  if (vm.count("jobs")) {
    cfg.jobs = vm["jobs"].as<int>();
    if (cfg.jobs < 1 || cfg.jobs > 1024) return Bad("--jobs must be between 1 and 1024");
  }
  if (vm.count("fixtures")) {
    if (cfg.command != Command::kRulesTest) return Bad("--fixtures is for 'rules test'");
    cfg.fixtures = vm["fixtures"].as<std::vector<std::string>>();
  }
  if (cfg.command != Command::kExplain && (vm.count("file") || vm.count("line")))
    return Bad("--file and --line are for 'explain'");
  if (cfg.command == Command::kExplain) {
    if (vm.count("rule")) cfg.rule_id = vm["rule"].as<std::string>();
    if (vm.count("file")) {
      cfg.explain_file = vm["file"].as<std::string>();
      if (!cfg.paths.empty()) return Bad("'explain' takes a sentence or --file, not both");
    } else if (cfg.paths.size() != 1) {
      return Bad("'explain' needs one sentence in quotes, or --file F --line N");
    } else {
      cfg.sentence = cfg.paths.front();
    }
    if (vm.count("line")) {
      if (cfg.explain_file.empty()) return Bad("--line needs --file");
      cfg.explain_line = vm["line"].as<int>();
      if (cfg.explain_line < 1) return Bad("--line must be 1 or more");
    }
    cfg.paths.clear();
    if (vm.count("lang")) {
      auto l = ParseLang(vm["lang"].as<std::string>());
      if (!l) return Bad("unknown --lang (expected fr or en)");
      cfg.lang = *l;
    }
  }
  Status gate = ReadGateOptions(vm, &cfg);
  if (!gate.ok()) return gate;
  if ((cfg.command == Command::kCheck || cfg.command == Command::kExtract) && cfg.paths.empty())
    return Bad("no articles given (files, folders, or - for standard input)");
  return cfg;
}

}  // namespace factlint
