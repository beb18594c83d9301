// The steps every command shares: load the rule pack, read articles, extract
// claims (in parallel, with output independent of the number of threads).
#ifndef FACTLINT_CLI_PIPELINE_H_
#define FACTLINT_CLI_PIPELINE_H_

#include <optional>
#include <ostream>
#include <vector>

#include "cli/config.h"
#include "extract/claim.h"
#include "rules/rule_pack.h"

namespace factlint {

// Loads --rules (or the shipped pack), printing every problem to `err`.
std::optional<RulePack> LoadRules(const Config& config, std::ostream& err);

struct Extraction {
  size_t articles = 0;
  std::vector<Claim> claims;  // in article order, then ClaimLess
};

// Reads every article of config.paths and extracts its claims with
// config.jobs threads. Warnings (skipped files) go to `err`.
Result<Extraction> ExtractAll(const Config& config, const RulePack& pack, std::ostream& err);

int EffectiveJobs(const Config& config);

}  // namespace factlint

#endif  // FACTLINT_CLI_PIPELINE_H_
