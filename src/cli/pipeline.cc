#include "cli/pipeline.h"

#include <atomic>
#include <thread>

#include "extract/extractor.h"
#include "input/article_reader.h"
#include "rules/rule_loader.h"

#ifndef FACTLINT_DEFAULT_RULES
#define FACTLINT_DEFAULT_RULES "rules"
#endif

namespace factlint {

int EffectiveJobs(const Config& config) {
  if (config.jobs > 0) return config.jobs;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

std::optional<RulePack> LoadRules(const Config& config, std::ostream& err) {
  std::vector<std::string> dirs = config.rule_dirs;
  if (dirs.empty()) dirs.push_back(FACTLINT_DEFAULT_RULES);
  Diagnostics errors, warnings;
  std::optional<RulePack> pack = LoadRulePack(dirs, &errors, &warnings);
  for (const Status& w : warnings) err << w.ToString("warning") << "\n";
  for (const Status& e : errors) err << e.ToString() << "\n";
  if (!pack && errors.empty()) err << "error: the rule pack could not be loaded\n";
  return pack;
}

Result<Extraction> ExtractAll(const Config& config, const RulePack& pack, std::ostream& err) {
  std::vector<Article> articles;
  Diagnostics warnings;
  ReadOptions options;
  Status st = ForEachArticle(config.paths, options, &warnings, [&](Article&& a) {
    if (a.meta.lang == Lang::kUnknown) {
      // No rule runs on it: say so rather than report nothing.
      warnings.push_back(Status::InputError(
          "cannot tell the language of this article (French or English); no rule ran on it "
          "(set 'lang:' in its front matter)",
          {a.meta.path}));
    }
    articles.push_back(std::move(a));
    return Status::Ok();
  });
  for (const Status& w : warnings) err << w.ToString("warning") << "\n";
  if (!st.ok()) return st;

  // Each thread takes the next article; results land in the article's slot, so
  // the output does not depend on scheduling.
  std::vector<std::vector<Claim>> per_article(articles.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < articles.size(); i = next++) {
      per_article[i] = ExtractClaims(pack, articles[i]);
    }
  };
  int jobs = std::min<int>(EffectiveJobs(config), static_cast<int>(std::max<size_t>(articles.size(), 1)));
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();

  Extraction out;
  out.articles = articles.size();
  for (auto& claims : per_article)
    for (Claim& c : claims) out.claims.push_back(std::move(c));
  return out;
}

}  // namespace factlint
