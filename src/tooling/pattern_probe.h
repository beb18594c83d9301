// Why a pattern does not match: the longest start of it that still matches.
//
//   PatternProbe p = ProbePattern(spec.source, compiled.expanded,
//                                 "Biden enverra 2 000 soldats vers la Pologne.");
//   p.matched_source  // "(?P<quantity>{quantity}) soldats "      (as the author wrote it)
//   p.rest_source     // "(?:en|dans) (?P<region>{gaz:places})"  (where it stops)
//   p.matched_text    // "2 000 soldats "
//
// The pattern is cut between its top-level pieces (an atom such as a group, a
// class, an escape, a {reference} or one character, with its repetition), and
// each start is compiled as RE2 and searched for in the text; starts that
// match are the longer the better, and a start that matches means every
// shorter one does, so a binary search finds the longest. A pattern with a
// top-level `|` has no single start and is not probed. `expanded` is the
// pattern with its {references} substituted, each by one group or class, as
// rules/pattern_library.h does. Pure.
#ifndef FACTLINT_TOOLING_PATTERN_PROBE_H_
#define FACTLINT_TOOLING_PATTERN_PROBE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

struct PatternProbe {
  bool probed = false;         // false: top-level '|', or the pattern could not be cut
  bool whole_match = false;    // the whole pattern matches somewhere
  size_t pieces = 0;           // top-level pieces of the pattern
  size_t pieces_matched = 0;   // of the longest matching start
  std::string matched_source;  // that start, as written ("" when nothing matches)
  std::string rest_source;     // the rest of the pattern, from the first piece that fails
  std::string matched_text;    // what the start matched, in `text`
  size_t matched_begin = 0;    // offset of matched_text in `text`
};

PatternProbe ProbePattern(std::string_view source, std::string_view expanded,
                          std::string_view text);

// [begin, end) of each top-level piece of `source` (a rule pattern as written,
// with {references}); nullopt when it has a top-level '|' or does not parse.
std::optional<std::vector<std::pair<size_t, size_t>>> SplitTopLevel(std::string_view source);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_PATTERN_PROBE_H_
