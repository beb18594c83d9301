// The findings `factlint check` reports, before any writer sees them.
//
//   Result<CheckedFindings> r = CheckFindings(config, pack, err);
//
// Without --against: every finding among the articles of config.paths.
// With --against (cli/config.h): a CI gate. The new articles (config.paths) are compared with
// the published ones, read from claim stores (only the claims that share a key with theirs,
// store/claim_store.h) or from article paths, and with each other; only findings that
// involve a new article are kept, each pointing at the new article's claim (gate/gate.h).
// A published copy of a new article (same story and id) is left out: the new version
// replaces it.
// Then the baseline: --write-baseline records the findings; --baseline suppresses the ones it
// knows, counts them, and warns on `err` about entries that no longer match.
// --story sets the story of the articles of config.paths (not of the published ones: a
// folder of published articles keeps its stories).
#ifndef FACTLINT_CLI_CHECK_FINDINGS_H_
#define FACTLINT_CLI_CHECK_FINDINGS_H_

#include <ostream>
#include <vector>

#include "base/status.h"
#include "cli/config.h"
#include "compare/finding.h"
#include "rules/rule_pack.h"

namespace factlint {

struct CheckedFindings {
  size_t articles = 0;  // new and published articles compared
  size_t claims = 0;    // claims compared
  std::vector<Finding> findings;
  size_t suppressed = 0;  // by the baseline
  size_t stale = 0;       // baseline entries about a checked article that matched nothing
};

Result<CheckedFindings> CheckFindings(const Config& config, const RulePack& pack,
                                      std::ostream& err);

// True when `path` names a claim store rather than articles: a SQLite file, or a name ending
// in .db, .sqlite or .sqlite3 (so that a missing store is reported as one).
bool IsClaimStorePath(const std::string& path);

}  // namespace factlint

#endif  // FACTLINT_CLI_CHECK_FINDINGS_H_
