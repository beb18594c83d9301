// PatternFilter: a cheap necessary condition for a rule pattern to match, so
// that a run compiles and runs only the patterns an article could trigger.
//
//   // "(?P<quantity>{quantity}) (?:de |d')?{troop_noun} (?:en|vers) (?P<region>{place_list})"
//   PatternFilter f = ComputePatternFilter(source, expand);
//   // f.branches == {{" (?:de |d')?(?:soldats|troupes|militaires) (?:en|vers) "}}
//   // The pattern can match a text only if every regex of one branch matches in it.
//
// A pattern is a concatenation of pieces at its top level (a literal, a group,
// a class, a {reference}, each with its repetition), in one or more `|`
// branches. If a branch matches, every contiguous run of its pieces matches
// somewhere in the text, whatever the rest of the branch matched: so each run
// is a necessary condition. Runs stop at "heavy" pieces — those that expand to
// more than kMaxLightPieceBytes, which is every {gaz:NAME} and the number
// grammar, or count far — and each \p{…} class in them is widened to a few
// ranges that hold it (letters stay letters), so the conditions of a whole
// language fit in one small RE2::Set that compiles and first runs in a few
// milliseconds, instead of the megabytes of the expanded patterns. Runs with no selective content (fewer
// than kMinRunScore: no word, only spaces and classes) are left out; a branch
// left with no run, a pattern with a top-level flag directive such as `(?i)`,
// or one the scanner cannot follow, gets no condition (`branches` empty): it
// always runs. Pure.
#ifndef FACTLINT_RULES_PATTERN_PREFILTER_H_
#define FACTLINT_RULES_PATTERN_PREFILTER_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

struct PatternFilter {
  // The pattern can match only if, for at least one branch, every regex of the
  // branch matches somewhere in the text. Empty: no condition, always run.
  std::vector<std::vector<std::string>> branches;
  bool always() const { return branches.empty(); }
};

// A piece expanding to more bytes than this, or counting a repetition past
// kMaxLightCount ("[^.]{1,60}"), is not put in a condition.
inline constexpr size_t kMaxLightPieceBytes = 600;
inline constexpr size_t kMaxLightCount = 6;
// A run counts 1 per required literal character other than a space and 3 per
// required group or reference; below this it says too little to be worth it.
inline constexpr int kMinRunScore = 3;

// `source`: the pattern as written, with {name} and {gaz:NAME} references.
// `expand`: expands a piece of `source` (a substring) for the pattern's
// language, nullopt when it cannot.
PatternFilter ComputePatternFilter(
    std::string_view source,
    const std::function<std::optional<std::string>(std::string_view)>& expand);

}  // namespace factlint

#endif  // FACTLINT_RULES_PATTERN_PREFILTER_H_
