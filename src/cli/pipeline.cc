#include "cli/pipeline.h"

#include <condition_variable>
#include <deque>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>
#include <utility>

#include "cli/rule_cache.h"
#include "extract/extractor.h"
#include "input/article_format.h"
#include "input/article_reader.h"
#include "rules/rule_loader.h"

#ifndef FACTLINT_DEFAULT_RULES
#define FACTLINT_DEFAULT_RULES "rules"
#endif

namespace factlint {
namespace {

// One article's finished work, waiting for its turn to be written.
struct Done {
  std::vector<Claim> claims;
  std::string rendered;
  Status status;  // a pattern of the lazy pack that does not compile
};

// Articles read together, extracted together (TryExtractClaimsBatch).
class Batch {
 public:
  bool empty() const { return articles_.empty(); }
  bool full() const { return articles_.size() >= kBatchArticles || bytes_ >= kBatchBytes; }
  void Add(Article&& article) {
    bytes_ += article.text.normalized().size();
    articles_.push_back(std::move(article));
  }
  const std::vector<Article>& articles() const { return articles_; }

 private:
  std::vector<Article> articles_;
  size_t bytes_ = 0;
};

std::vector<Done> Process(const RulePack& pack, const Batch& batch, const ClaimStreamHooks& hooks) {
  std::vector<const Article*> articles;
  for (const Article& a : batch.articles()) articles.push_back(&a);
  std::vector<Result<std::vector<Claim>>> claims = TryExtractClaimsBatch(pack, articles);
  std::vector<Done> done(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    if (!claims[i].ok()) {
      done[i].status = claims[i].status();
      continue;
    }
    done[i].claims = std::move(*claims[i]);
    if (hooks.render) done[i].rendered = hooks.render(done[i].claims);
  }
  return done;
}

// Writes a batch's results in order; stops at the first error (an article
// whose extraction failed, or `write`'s).
Status WriteAll(std::vector<Done>&& done, const ClaimStreamHooks& hooks) {
  for (Done& d : done) {
    if (!d.status.ok()) return d.status;
    FACTLINT_RETURN_IF_ERROR(hooks.write(std::move(d.claims), std::move(d.rendered)));
  }
  return Status::Ok();
}

// Batches go to worker threads through a bounded queue; their results come
// back in any order and are written strictly by batch index, on the thread
// that reads (so `write` never runs concurrently and the output does not
// depend on scheduling). At most `capacity` batches are read but not yet
// written: the reader waits for the oldest when it gets there.
class OrderedWorkers {
 public:
  OrderedWorkers(const RulePack& pack, const ClaimStreamHooks& hooks, int jobs)
      : pack_(pack), hooks_(hooks), capacity_(kBatchesInFlightPerJob * static_cast<size_t>(jobs)) {
    for (int i = 0; i < jobs; ++i) threads_.emplace_back([this] { Work(); });
  }

  ~OrderedWorkers() { Stop(); }

  // Queues one batch; writes whatever is ready meanwhile.
  Status Add(Batch&& batch) {
    std::unique_lock lock(mu_);
    while (next_index_ - next_write_ >= capacity_) {
      FACTLINT_RETURN_IF_ERROR(WriteReady(lock, /*wait=*/true));
    }
    queue_.emplace_back(next_index_++, std::move(batch));
    work_cv_.notify_one();
    return WriteReady(lock, /*wait=*/false);
  }

  // Writes every remaining batch's claims, in order.
  Status Finish() {
    std::unique_lock lock(mu_);
    while (next_write_ < next_index_) FACTLINT_RETURN_IF_ERROR(WriteReady(lock, /*wait=*/true));
    return Status::Ok();
  }

  void Stop() {
    {
      std::lock_guard lock(mu_);
      stopping_ = true;
    }
    work_cv_.notify_all();
    for (std::thread& t : threads_) t.join();
    threads_.clear();
  }

 private:
  void Work() {
    std::unique_lock lock(mu_);
    while (true) {
      work_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (stopping_) return;
      auto [index, batch] = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      std::vector<Done> done = Process(pack_, batch, hooks_);
      batch = Batch();  // the articles' memory goes back before the next batch is taken
      lock.lock();
      done_.emplace(index, std::move(done));
      if (index == next_write_) done_cv_.notify_one();
    }
  }

  // Writes the results that are next in order. With `wait`, first waits until
  // the next one is there. Called with `lock` held; releases it while writing.
  Status WriteReady(std::unique_lock<std::mutex>& lock, bool wait) {
    if (wait) done_cv_.wait(lock, [&] { return done_.count(next_write_) > 0; });
    for (auto it = done_.find(next_write_); it != done_.end(); it = done_.find(next_write_)) {
      std::vector<Done> done = std::move(it->second);
      done_.erase(it);
      lock.unlock();
      Status st = WriteAll(std::move(done), hooks_);
      lock.lock();
      ++next_write_;
      if (!st.ok()) return st;
    }
    return Status::Ok();
  }

  const RulePack& pack_;
  const ClaimStreamHooks& hooks_;
  const size_t capacity_;
  std::mutex mu_;
  std::condition_variable work_cv_;  // a batch was queued, or stopping
  std::condition_variable done_cv_;  // the next batch to write is done
  std::deque<std::pair<size_t, Batch>> queue_;
  std::map<size_t, std::vector<Done>> done_;
  size_t next_index_ = 0;  // index of the next batch read
  size_t next_write_ = 0;  // index of the next batch to write
  bool stopping_ = false;
  std::vector<std::thread> threads_;
};

}  // namespace

int EffectiveJobs(const Config& config) {
  if (config.jobs > 0) return config.jobs;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

std::optional<RulePack> LoadRules(const Config& config, std::ostream& err,
                                  const RulePackOptions& options) {
  std::vector<std::string> dirs = config.rule_dirs;
  if (dirs.empty()) dirs.push_back(FACTLINT_DEFAULT_RULES);
  Diagnostics errors, warnings;
  RulePackOptions with_jobs = options;
  with_jobs.jobs = static_cast<size_t>(EffectiveJobs(config));
  std::unique_ptr<RuleLoadCache> cache = OpenRuleCache(config);
  with_jobs.cache = cache.get();
  std::optional<RulePack> pack = LoadRulePack(dirs, &errors, &warnings, with_jobs);
  for (const Status& w : warnings) err << w.ToString("warning") << "\n";
  for (const Status& e : errors) err << e.ToString() << "\n";
  if (!pack && errors.empty()) err << "error: the rule pack could not be loaded\n";
  return pack;
}

Result<StreamStats> StreamClaims(const Config& config, const RulePack& pack, std::ostream& err,
                                 const ClaimStreamHooks& hooks) {
  ReadOptions options;
  for (const std::string& path : config.paths) {
    // A JSON Lines shard or a saved page piped in: `cat shard.jsonl | factlint extract -`.
    if (path == "-") options.stdin_format = std::string(StdinFormatFor(std::cin.peek()));
  }

  StreamStats stats;
  auto counted = [&](std::vector<Claim>&& claims, std::string&& rendered) {
    stats.claims += claims.size();
    return hooks.write(std::move(claims), std::move(rendered));
  };
  ClaimStreamHooks counting{hooks.render, counted};

  const int jobs = EffectiveJobs(config);
  std::optional<OrderedWorkers> workers;
  if (jobs > 1) workers.emplace(pack, counting, jobs);

  Batch batch;
  Status written;  // the first extraction or write error: nothing is written after it
  // Extracts and writes the articles read so far (on a worker when there are workers).
  auto flush = [&]() -> Status {
    if (batch.empty() || !written.ok()) return written;
    Batch full = std::move(batch);
    batch = Batch();
    written =
        workers ? workers->Add(std::move(full)) : WriteAll(Process(pack, full, counting), counting);
    return written;
  };

  Diagnostics warnings;
  auto flush_warnings = [&] {
    for (const Status& w : warnings) err << w.ToString("warning") << "\n";
    warnings.clear();
  };
  Status st = ForEachArticle(config.paths, options, &warnings, [&](Article&& a) -> Status {
    if (a.meta.lang == Lang::kUnknown) {
      // No rule runs on it: say so rather than report nothing.
      warnings.push_back(Status::InputError(
          "cannot tell the language of this article (French or English); no rule ran on it "
          "(set 'lang:' in its front matter)",
          {a.meta.path}));
    }
    flush_warnings();
    ++stats.articles;
    batch.Add(std::move(a));
    return batch.full() ? flush() : Status::Ok();
  });
  flush_warnings();
  // Every article read before an input error is still written, as it would
  // have been one article at a time; an extraction or write error comes first.
  flush();
  if (written.ok() && workers) written = workers->Finish();
  if (workers) workers->Stop();
  if (!written.ok()) return written;
  if (!st.ok()) return st;
  return stats;
}

Result<Extraction> ExtractAll(const Config& config, const RulePack& pack, std::ostream& err) {
  Extraction out;
  ClaimStreamHooks hooks;
  hooks.write = [&](std::vector<Claim>&& claims, std::string&&) {
    for (Claim& c : claims) out.claims.push_back(std::move(c));
    return Status::Ok();
  };
  Result<StreamStats> stats = StreamClaims(config, pack, err, hooks);
  if (!stats.ok()) return stats.status();
  out.articles = stats->articles;
  return out;
}

}  // namespace factlint
