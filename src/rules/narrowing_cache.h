// NarrowingCache: what a rule pack keeps for patterns narrowed to the aliases
// an article holds (rules/article_regexes.h): each gazetteer's indexed
// alternation, built on first use, and each narrowed pattern compiled once,
// by its text, so articles that need the same aliases share it.
//
//   NarrowingCache cache(/*articles=*/8);
//   if (cache.StartArticle()) {                 // one of the run's first 8 articles
//     const GazetteerAlternation* places = cache.Alternation(pack.gazetteers().at("places"));
//     std::shared_ptr<const LazyRegex> re = cache.Regex(narrowed_text, what, loc);
//   }
//
// Policy: narrowing pays when a run reads few articles (the CI gate checks
// one): a narrowed pattern compiles in a millisecond where the full one
// takes 10–50 ms, but every article needs its own. So only the first
// `articles` articles a pack reads narrow; later ones compile and share the
// full patterns, as a long extraction run should. Which articles those are
// with several threads does not matter: a narrowed pattern finds exactly the
// full pattern's matches. Thread-safe.
#ifndef FACTLINT_RULES_NARROWING_CACHE_H_
#define FACTLINT_RULES_NARROWING_CACHE_H_

#include <atomic>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "base/source_loc.h"
#include "rules/gazetteer.h"
#include "rules/gazetteer_alternation.h"
#include "rules/lazy_regex.h"

namespace factlint {

// How many articles of a run narrow by default (rules/rule_loader.h RulePackOptions).
inline constexpr size_t kNarrowedArticles = 8;

class NarrowingCache {
 public:
  explicit NarrowingCache(size_t articles) : articles_(articles) {}

  // Counts an article; true while it is one of the first `articles`.
  bool StartArticle();
  // The indexed alternation of `gazetteer`, built on the first call for its name.
  const GazetteerAlternation* Alternation(const Gazetteer& gazetteer);
  // The regex for a narrowed pattern's text, shared by every caller asking for
  // the same text; compiled on first Get().
  std::shared_ptr<const LazyRegex> Regex(const std::string& pattern, const std::string& what,
                                         const SourceLoc& loc);

 private:
  const size_t articles_;
  std::atomic<size_t> started_{0};
  std::mutex mu_;
  std::map<std::string, std::unique_ptr<const GazetteerAlternation>> alternations_;
  std::map<std::string, std::shared_ptr<const LazyRegex>> regexes_;
};

}  // namespace factlint

#endif  // FACTLINT_RULES_NARROWING_CACHE_H_
