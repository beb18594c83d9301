#include "cli/commands.h"
#include "cli/pipeline.h"
#include "tooling/example_check.h"

namespace factlint {
namespace {

Config WithRuleDirs(const Config& config) {
  Config c = config;
  if (!config.paths.empty()) c.rule_dirs = config.paths;
  return c;
}

}  // namespace

int RunRulesLint(const Config& config, std::ostream& out, std::ostream& err) {
  std::optional<RulePack> pack = LoadRules(WithRuleDirs(config), err);
  if (!pack) return kExitError;
  size_t patterns = 0;
  for (const CompiledRule& r : pack->rules()) patterns += r.patterns.size();
  out << pack->rules().size() << " rules, " << patterns << " patterns, "
      << pack->gazetteers().size() << " gazetteers: ok\n";
  return kExitOk;
}

int RunRulesTest(const Config& config, std::ostream& out, std::ostream& err) {
  std::optional<RulePack> pack = LoadRules(WithRuleDirs(config), err);
  if (!pack) return kExitError;
  size_t passed = 0, failed = 0;
  for (const CompiledRule& rule : pack->rules()) {
    bool has_positive = false;
    for (const ExampleResult& r : CheckExamples(*pack, rule)) {
      has_positive |= r.must_match;
      if (r.passed) {
        ++passed;
        continue;
      }
      ++failed;
      out << r.example_loc.ToString() << ": error: [" << r.rule_id << "] "
          << (r.must_match ? "match" : "no_match") << " example failed: " << r.problem << "\n";
    }
    if (!has_positive) {
      ++failed;
      out << rule.rule.loc.ToString() << ": error: [" << rule.rule.id
          << "] rule has no 'match' example\n";
    }
  }
  out << passed << " passed, " << failed << " failed\n";
  return failed == 0 ? kExitOk : kExitFindings;
}

}  // namespace factlint
