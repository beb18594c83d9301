#include "cli/pipeline.h"

#include <condition_variable>
#include <deque>
#include <iostream>
#include <map>
#include <mutex>
#include <thread>
#include <utility>

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

Done Process(const RulePack& pack, const Article& article, const ClaimStreamHooks& hooks) {
  Done done;
  Result<std::vector<Claim>> claims = TryExtractClaims(pack, article);
  if (!claims.ok()) {
    done.status = claims.status();
    return done;
  }
  done.claims = std::move(*claims);
  if (hooks.render) done.rendered = hooks.render(done.claims);
  return done;
}

// Articles go to worker threads through a bounded queue; their results come
// back in any order and are written strictly by article index, on the thread
// that reads (so `write` never runs concurrently and the output does not
// depend on scheduling). At most `capacity` articles are read but not yet
// written: the reader waits for the oldest when it gets there.
class OrderedWorkers {
 public:
  OrderedWorkers(const RulePack& pack, const ClaimStreamHooks& hooks, int jobs)
      : pack_(pack), hooks_(hooks), capacity_(kArticlesInFlightPerJob * static_cast<size_t>(jobs)) {
    for (int i = 0; i < jobs; ++i) threads_.emplace_back([this] { Work(); });
  }

  ~OrderedWorkers() { Stop(); }

  // Queues one article; writes whatever is ready meanwhile.
  Status Add(Article&& article) {
    std::unique_lock lock(mu_);
    while (next_index_ - next_write_ >= capacity_) {
      FACTLINT_RETURN_IF_ERROR(WriteReady(lock, /*wait=*/true));
    }
    queue_.emplace_back(next_index_++, std::move(article));
    work_cv_.notify_one();
    return WriteReady(lock, /*wait=*/false);
  }

  // Writes every remaining article's claims, in order.
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
      auto [index, article] = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      Done done = Process(pack_, article, hooks_);
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
      Done done = std::move(it->second);
      done_.erase(it);
      lock.unlock();
      Status st = done.status.ok() ? hooks_.write(std::move(done.claims), std::move(done.rendered))
                                   : done.status;
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
  std::condition_variable work_cv_;  // an article was queued, or stopping
  std::condition_variable done_cv_;  // the next article to write is done
  std::deque<std::pair<size_t, Article>> queue_;
  std::map<size_t, Done> done_;
  size_t next_index_ = 0;  // index of the next article read
  size_t next_write_ = 0;  // index of the next article to write
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
  std::optional<RulePack> pack = LoadRulePack(dirs, &errors, &warnings, options);
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
    if (workers) return workers->Add(std::move(a));
    Done done = Process(pack, a, counting);
    if (!done.status.ok()) return done.status;
    return counting.write(std::move(done.claims), std::move(done.rendered));
  });
  flush_warnings();
  if (st.ok() && workers) st = workers->Finish();
  if (workers) workers->Stop();
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
