// The steps every command shares: load the rule pack, read articles, extract
// claims in parallel with output independent of the number of threads.
//
//   std::optional<RulePack> pack = LoadRules(config, err);
//   // Streaming (extract): each article's claims, in input order, as soon as
//   // they and every article before them are done.
//   Result<StreamStats> stats = StreamClaims(config, *pack, err, ClaimStreamHooks{
//       .render = [](const std::vector<Claim>& claims) { return ToJsonLines(claims); },
//       .write = [&](std::vector<Claim>&&, std::string&& lines) { return out.Write(lines); }});
//   // Everything at once (check): the claims of every article, in article order.
//   Result<Extraction> all = ExtractAll(config, *pack, err);
//
// Articles are extracted in batches (TryExtractClaimsBatch: several times
// faster than one by one) of at most kBatchArticles articles or kBatchBytes of
// text, so claims come out a batch at a time. Memory holds at most
// kBatchesInFlightPerJob batches per thread (read but not yet written)
// whatever the number of articles read, so a .jsonl corpus of any size
// streams through in bounded memory. Standard input whose first byte is
// '{' is read as JSON Lines, so `cat shard.jsonl | factlint extract -` works.
#ifndef FACTLINT_CLI_PIPELINE_H_
#define FACTLINT_CLI_PIPELINE_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/config.h"
#include "extract/claim.h"
#include "rules/rule_loader.h"
#include "rules/rule_pack.h"

namespace factlint {

// Loads --rules (or the shipped pack), printing every problem to `err`. Lazy by
// default: a run compiles only the patterns its articles need (extract with
// TryExtractClaims); `rules` and `explain` pass eager options.
std::optional<RulePack> LoadRules(const Config& config, std::ostream& err,
                                  const RulePackOptions& options = {.lazy = true});

int EffectiveJobs(const Config& config);

// A batch: articles read, then extracted together.
inline constexpr size_t kBatchArticles = 128;
inline constexpr size_t kBatchBytes = size_t{512} << 10;  // of normalized text
// Batches read but not yet handed to ClaimStreamHooks::write, per worker thread.
inline constexpr size_t kBatchesInFlightPerJob = 2;

struct ClaimStreamHooks {
  // Optional. Runs on a worker thread, concurrently for different articles:
  // turns one article's claims into the bytes `write` needs (rendering is as
  // parallel as extraction).
  std::function<std::string(const std::vector<Claim>&)> render;
  // Called once per article, in input order, never concurrently; `rendered` is
  // render's result ("" without render). An error stops the run.
  std::function<Status(std::vector<Claim>&& claims, std::string&& rendered)> write;
};

struct StreamStats {
  size_t articles = 0;
  size_t claims = 0;
};

// Reads every article of config.paths one at a time, extracts its claims with
// config.jobs threads and hands them to `hooks` in input order. Warnings
// (skipped files, articles in an unknown language) go to `err` as they come.
// Returns the first error: reading, or hooks.write's.
Result<StreamStats> StreamClaims(const Config& config, const RulePack& pack, std::ostream& err,
                                 const ClaimStreamHooks& hooks);

struct Extraction {
  size_t articles = 0;
  std::vector<Claim> claims;  // in article order, then ClaimLess
};

// StreamClaims, keeping every claim.
Result<Extraction> ExtractAll(const Config& config, const RulePack& pack, std::ostream& err);

}  // namespace factlint

#endif  // FACTLINT_CLI_PIPELINE_H_
