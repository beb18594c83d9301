#include "cli/check_findings.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <set>

#include "cli/output_file.h"
#include "cli/pipeline.h"
#include "compare/compare.h"
#include "gate/baseline.h"
#include "gate/baseline_json.h"
#include "gate/gate.h"
#include "input/article_format.h"
#include "input/read_file.h"
#include "store/candidate_keys.h"
#include "store/claim_store.h"

namespace factlint {
namespace {

bool EndsWith(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// `story`: the story of every article read ("" = each article's own).
Result<std::vector<Claim>> ExtractPaths(const Config& config, const std::vector<std::string>& paths,
                                        const std::string& story, const RulePack& pack,
                                        std::ostream& err, size_t* articles) {
  Config c = config;
  c.paths = paths;
  FACTLINT_ASSIGN_OR_RETURN(Extraction e, ExtractAll(c, pack, err));
  if (!story.empty()) {
    for (Claim& claim : e.claims) claim.story = story;
  }
  *articles += e.articles;
  return std::move(e.claims);
}

// The published claims the new ones are compared with.
Result<std::vector<Claim>> ReadAgainst(const Config& config, const RulePack& pack,
                                       const std::vector<Claim>& fresh,
                                       const std::set<ArticleKey>& fresh_articles,
                                       std::ostream& err, size_t* articles) {
  std::vector<std::string> paths;
  std::vector<Claim> published;
  std::set<ArticleKey> stored_articles;
  for (const std::string& against : config.against) {
    if (!IsClaimStorePath(against)) {
      paths.push_back(against);
      continue;
    }
    FACTLINT_ASSIGN_OR_RETURN(ClaimStore store, ClaimStore::Open(against, StoreMode::kRead));
    FACTLINT_ASSIGN_OR_RETURN(std::vector<Claim> stored,
                              store.ClaimsComparableWith(fresh, fresh_articles));
    for (Claim& c : stored) {
      stored_articles.insert(ArticleKeyOf(c));
      published.push_back(std::move(c));
    }
  }
  *articles += stored_articles.size();
  if (!paths.empty()) {
    size_t read = 0;
    FACTLINT_ASSIGN_OR_RETURN(std::vector<Claim> given,
                              ExtractPaths(config, paths, "", pack, err, &read));
    // What a store would give for the same articles: the claims sharing a key.
    std::vector<SlotLookup> lookups = CandidateKeys(fresh);
    std::set<ArticleKey> given_articles;
    for (Claim& c : given) {
      if (fresh_articles.count(ArticleKeyOf(c)) || !IsCandidate(lookups, c)) continue;
      given_articles.insert(ArticleKeyOf(c));
      published.push_back(std::move(c));
    }
    *articles += given_articles.size();
  }
  return published;
}

Result<Baseline> ReadBaseline(const Config& config) {
  std::error_code ec;
  if (!config.write_baseline.empty() && !std::filesystem::exists(config.baseline, ec)) {
    return Baseline{};  // being written for the first time
  }
  FACTLINT_ASSIGN_OR_RETURN(std::string text, ReadFileBytes(config.baseline, size_t{64} << 20));
  return ParseBaseline(text, config.baseline);
}

}  // namespace

bool IsClaimStorePath(const std::string& path) {
  for (std::string_view ext : {".db", ".sqlite", ".sqlite3"}) {
    if (EndsWith(path, ext)) return true;
  }
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return false;
  std::ifstream in(path, std::ios::binary);
  char magic[16] = {};
  in.read(magic, sizeof magic);
  return in.gcount() == 16 && std::memcmp(magic, "SQLite format 3", 16) == 0;
}

Result<CheckedFindings> CheckFindings(const Config& config, const RulePack& pack,
                                      std::ostream& err) {
  CheckedFindings out;
  // Read before anything is written: --baseline and --write-baseline may name one file.
  std::optional<Baseline> baseline;
  if (!config.baseline.empty()) {
    FACTLINT_ASSIGN_OR_RETURN(Baseline b, ReadBaseline(config));
    baseline = std::move(b);
  }

  FACTLINT_ASSIGN_OR_RETURN(std::vector<Claim> claims,
                            ExtractPaths(config, config.paths, config.story, pack, err,
                                         &out.articles));
  if (out.articles == 0) {
    // Checking nothing must not pass (docs/errors.md).
    return Status::InputError("no article to check: the paths given hold no article (" +
                              ReadableExtensions() + ")");
  }
  std::set<ArticleKey> checked;
  for (const Claim& c : claims) checked.insert(ArticleKeyOf(c));

  const bool gate = !config.against.empty();
  if (gate) {
    FACTLINT_ASSIGN_OR_RETURN(std::vector<Claim> published,
                              ReadAgainst(config, pack, claims, checked, err, &out.articles));
    for (Claim& c : published) claims.push_back(std::move(c));
    // The same published article may come from a store and from a path: keep one copy.
    std::sort(claims.begin(), claims.end(), ClaimLess);
    claims.erase(std::unique(claims.begin(), claims.end(),
                             [](const Claim& a, const Claim& b) {
                               return !ClaimLess(a, b) && !ClaimLess(b, a);
                             }),
                 claims.end());
  }
  out.claims = claims.size();
  out.findings = CompareClaims(claims, pack);
  if (gate) out.findings = GateFindings(std::move(out.findings), checked);

  if (!config.write_baseline.empty()) {
    FACTLINT_RETURN_IF_ERROR(
        WriteOutputAtomically(config.write_baseline, RenderBaseline(MakeBaseline(out.findings))));
  }
  if (baseline) {
    Suppression s = ApplyBaseline(std::move(out.findings), *baseline, checked);
    out.findings = std::move(s.kept);
    out.suppressed = s.suppressed;
    out.stale = s.stale.size();
    for (const BaselineEntry& e : s.stale) {
      err << config.baseline << ": warning: stale baseline entry " << e.fingerprint
          << " matches no finding any more";
      if (!e.rule.empty()) err << " ([" << e.rule << "] " << e.kind << " on " << e.key << ")";
      err << "; remove it or write the baseline again\n";
    }
  }
  return out;
}

}  // namespace factlint
