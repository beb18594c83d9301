// `factlint store ingest PATH... --store FILE` and `factlint store stats --store FILE`.
#include <algorithm>
#include <atomic>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "cli/pipeline.h"
#include "extract/extractor.h"
#include "input/article_format.h"
#include "input/article_reader.h"
#include "store/claim_store.h"

namespace factlint {
namespace {

// Articles extracted together; memory holds one batch, whatever the corpus size.
constexpr size_t kIngestBatch = 64;

struct Extracted {
  ArticleMeta meta;
  std::vector<Claim> claims;
  Status status;  // a pattern of the lazy pack that does not compile
};

// Extracts the claims of `batch` with `jobs` threads, results in batch order.
std::vector<Extracted> ExtractBatch(const RulePack& pack, std::vector<Article>& batch, int jobs) {
  std::vector<Extracted> out(batch.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < batch.size(); i = next++) {
      Result<std::vector<Claim>> claims = TryExtractClaims(pack, batch[i]);
      if (claims.ok()) {
        out[i].claims = std::move(*claims);
      } else {
        out[i].status = claims.status();
      }
      out[i].meta = std::move(batch[i].meta);
    }
  };
  int threads = std::min<int>(jobs, static_cast<int>(std::max<size_t>(batch.size(), 1)));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  batch.clear();
  return out;
}

}  // namespace

int RunStoreIngest(const Config& config, std::ostream& out, std::ostream& err) {
  std::optional<RulePack> pack = LoadRules(config, err);
  if (!pack) return kExitError;
  Result<ClaimStore> store = ClaimStore::Open(config.store, StoreMode::kWrite);
  if (!store.ok()) {
    err << store.status().ToString() << "\n";
    return kExitError;
  }
  // One transaction: a failure anywhere (or a kill) leaves the store as it was.
  Result<StoreWriter> writer = store->BeginIngest();
  if (!writer.ok()) {
    err << writer.status().ToString() << "\n";
    return kExitError;
  }
  const int jobs = EffectiveJobs(config);
  std::vector<Article> batch;
  auto flush = [&]() -> Status {
    for (Extracted& e : ExtractBatch(*pack, batch, jobs)) {
      FACTLINT_RETURN_IF_ERROR(e.status);
      FACTLINT_RETURN_IF_ERROR(writer->PutArticle(e.meta, e.claims));
    }
    return Status::Ok();
  };
  ReadOptions options;
  for (const std::string& path : config.paths) {
    // JSON Lines piped in: `produce-articles | factlint store ingest - --store published.db`.
    if (path == "-") options.stdin_format = std::string(StdinFormatFor(std::cin.peek()));
  }
  Diagnostics warnings;
  Status st = ForEachArticle(config.paths, options, &warnings, [&](Article&& a) -> Status {
    if (!config.story.empty()) a.meta.story = config.story;
    if (a.meta.lang == Lang::kUnknown) {
      warnings.push_back(Status::InputError(
          "cannot tell the language of this article (French or English); no rule ran on it "
          "(set 'lang:' in its front matter)",
          {a.meta.path}));
    }
    for (const Status& w : warnings) err << w.ToString("warning") << "\n";
    warnings.clear();
    batch.push_back(std::move(a));
    return batch.size() >= kIngestBatch ? flush() : Status::Ok();
  });
  for (const Status& w : warnings) err << w.ToString("warning") << "\n";
  if (st.ok()) st = flush();
  if (st.ok()) st = writer->Commit();
  if (!st.ok()) {
    err << st.ToString() << "\n";
    err << "error: nothing was ingested; " << config.store << " is unchanged\n";
    return kExitError;
  }
  out << "ingested " << writer->articles_written() << " articles, " << writer->claims_written()
      << " claims into " << config.store << "\n";
  return kExitOk;
}

int RunStoreStats(const Config& config, std::ostream& out, std::ostream& err) {
  Result<ClaimStore> store = ClaimStore::Open(config.store, StoreMode::kRead);
  if (!store.ok()) {
    err << store.status().ToString() << "\n";
    return kExitError;
  }
  Result<StoreStats> stats = store->Stats();
  if (!stats.ok()) {
    err << stats.status().ToString() << "\n";
    return kExitError;
  }
  out << config.store << ": schema version " << stats->schema_version << ", "
      << stats->stories.size() << " stories, " << stats->articles << " articles, "
      << stats->claims << " claims\n";
  for (const StoryStats& s : stats->stories) {
    out << "  " << s.name << ": " << s.articles << " articles, " << s.claims << " claims, "
        << s.keys << " keys\n";
  }
  return kExitOk;
}

}  // namespace factlint
