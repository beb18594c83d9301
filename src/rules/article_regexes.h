// ArticleRegexes: the compiled regex each pattern of a rule pack runs with on
// one article — the pattern itself, or, early in a run, the pattern with each
// inlined gazetteer narrowed to the aliases the article holds.
//
//   ArticleRegexes regexes(pack, article.text.normalized());
//   Status error;
//   if (const RE2* re = regexes.Get(pattern, &error)) re->Match(text, ...);
//   else report(error);   // RE2 cannot compile it (a lazily loaded pack)
//
// A pattern inlining {gaz:places} holds thousands of aliases and takes tens of
// milliseconds to compile; the article names a handful of them. For the first
// articles a lazily loaded pack reads (rules/narrowing_cache.h says which),
// a pattern not compiled yet in full (and not one that repeats a gazetteer
// or many property classes under counts, or inlines very large gazetteers:
// those might be too large for RE2, an error that must show) runs as a
// variant whose every gazetteer alternation keeps only the aliases that may
// occur in this text
// (rules/gazetteer_alternation.h), in their order, and whose Unicode property
// classes (\p{L}…) list only the characters of this text
// (rules/class_narrowing.h): same matches, same captures, same group numbers,
// a fraction of the compile time. Modality cues likewise (GetCue). Every other
// pattern, and every pattern of an eager pack, runs in full. The regexes stay
// valid as long as the pack. One per article and thread; the pack is shared.
#ifndef FACTLINT_RULES_ARTICLE_REGEXES_H_
#define FACTLINT_RULES_ARTICLE_REGEXES_H_

#include <re2/re2.h>

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "rules/class_narrowing.h"
#include "rules/rule_pack.h"

namespace factlint {

// Patterns inlining more gazetteer text than this run in full: RE2 might
// reject the full pattern as too large (64 MiB), and the error must show
// whichever article needs it first. The shipped pack's largest inline ~130 KB.
inline constexpr size_t kMaxNarrowedGazetteerBytes = size_t{192} << 10;

class ArticleRegexes {
 public:
  // `text`: the normalized text the patterns will run over; must outlive this.
  ArticleRegexes(const RulePack& pack, std::string_view text);

  // The regex to run `pattern` with over the text; nullptr when RE2 cannot
  // compile it, with the reason in *error.
  const RE2* Get(const CompiledPattern& pattern, Status* error);
  // The same regex before it is compiled (null when the pattern has none), so
  // that a caller can compile several at once on threads (LazyRegex is
  // thread-safe) before running them; Get returns the same one.
  std::shared_ptr<const LazyRegex> Choose(const CompiledPattern& pattern);
  // The same for a rule's modality cue alternation (CompiledRule::cues), whose
  // property classes (\p{L}* after a stem) are narrowed to this text's
  // characters early in a run, under the same conditions as a pattern's.
  const RE2* GetCue(const LazyRegex& cue, Status* error);
  // Whether this article runs narrowed patterns (for tests and statistics).
  bool narrowing() const { return narrow_; }

 private:
  const std::vector<uint32_t>& Kept(const Gazetteer& gazetteer,
                                    const GazetteerAlternation& alternation);
  std::shared_ptr<const LazyRegex> ChooseUncached(const CompiledPattern& pattern);

  const RulePack& pack_;
  std::string_view text_;
  bool narrow_ = false;
  std::optional<std::string> folded_;                   // FoldForMatch(text_), on first need
  std::optional<TextAlphabet> alphabet_;                // on first need
  std::map<std::string, std::vector<uint32_t>> kept_;   // gazetteer -> alternatives kept
  std::map<const CompiledPattern*, std::shared_ptr<const LazyRegex>> chosen_;
};

}  // namespace factlint

#endif  // FACTLINT_RULES_ARTICLE_REGEXES_H_
