// LazyRegex: a rule regex compiled by RE2 the first time it is needed, once,
// whichever thread asks first.
//
//   auto re = std::make_shared<const LazyRegex>(expanded, "pattern of rule 'x'", loc);
//   re->compiled()             // false: nothing compiled yet
//   if (const RE2* r = re->Get()) r->Match(...);   // compiles now (thread-safe)
//   else re->status().ToString()
//     -> "r.yaml:7:9: error: pattern of rule 'x' is too large: RE2 cannot compile it within 64 MiB"
//
// A rule pack holds hundreds of patterns, most of them large (every {gaz:NAME}
// inlines a gazetteer) and most of them never needed by a run: a gate on one
// French article needs neither the English patterns nor the French ones whose
// prefilter (rules/pattern_prefilter.h) rules them out. Compiling on first use
// keeps a run's start-up cost proportional to what it uses. Get() and status()
// are safe to call from any number of threads; the RE2 is then shared.
#ifndef FACTLINT_RULES_LAZY_REGEX_H_
#define FACTLINT_RULES_LAZY_REGEX_H_

#include <re2/re2.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "base/source_loc.h"
#include "base/status.h"

namespace factlint {

class LazyRegex {
 public:
  // `what` names the regex in messages ("pattern of rule 'x' (fr)"), as CompileRegex.
  LazyRegex(std::string pattern, std::string what, SourceLoc loc);
  LazyRegex(const LazyRegex&) = delete;
  LazyRegex& operator=(const LazyRegex&) = delete;

  const std::string& pattern() const { return pattern_; }
  const std::string& what() const { return what_; }
  const SourceLoc& loc() const { return loc_; }

  // The compiled regex (RuleRegexOptions), compiled on the first call; nullptr
  // when RE2 rejects it, and status() says why.
  const RE2* Get() const;
  // Ok, or CompileRegex's error at the pattern. Compiles if needed.
  const Status& status() const;
  // Whether Get() has run (for tests and statistics).
  bool compiled() const;

 private:
  void Compile() const;

  std::string pattern_;
  std::string what_;
  SourceLoc loc_;
  mutable std::once_flag once_;
  mutable std::shared_ptr<const RE2> re_;  // set once, under once_
  mutable Status status_;
  mutable std::atomic<bool> compiled_{false};
};

}  // namespace factlint

#endif  // FACTLINT_RULES_LAZY_REGEX_H_
