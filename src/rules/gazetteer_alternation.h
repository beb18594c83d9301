// GazetteerAlternation: a gazetteer's alias alternation as rule patterns inline
// it ({gaz:NAME}, Gazetteer::AliasPattern()), and the part of it that can match
// in one text.
//
//   GazetteerAlternation places(pack.gazetteers().at("places"));
//   std::string folded = FoldForMatch(article_text);          // rules/match_fold.h
//   std::vector<uint32_t> kept = places.Occurring(folded);    // e.g. {41, 1290}
//   places.Narrowed(kept)   -> "(?:<alternative 41>|<alternative 1290>)"
//   places.pattern()        == places gazetteer's AliasPattern()
//
// An alternative (one alias's regex) can match a text only if the alias folded
// by FoldForMatch is a substring of the text folded the same way, so every
// alternative Occurring() leaves out matches nowhere in that text. Removing
// alternatives that match nowhere from a leftmost-first alternation changes no
// match of a pattern over that text: Narrowed() keeps the survivors in their
// original order, so a pattern with it inlined finds exactly the same matches
// and captures there, and compiles in a fraction of the time (a large
// gazetteer inlines thousands of aliases). Occurring() indexes the folded
// aliases by their first bytes and walks the text once. Immutable after
// construction; thread-safe.
#ifndef FACTLINT_RULES_GAZETTEER_ALTERNATION_H_
#define FACTLINT_RULES_GAZETTEER_ALTERNATION_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rules/gazetteer.h"

namespace factlint {

// Where a pattern's expansion inlines a gazetteer's AliasPattern():
// expanded.substr(begin, end - begin) is it.
struct GazetteerSpan {
  std::string gazetteer;
  size_t begin = 0;
  size_t end = 0;
};

class GazetteerAlternation {
 public:
  explicit GazetteerAlternation(const Gazetteer& gazetteer);

  // The whole alternation: Gazetteer::AliasPattern().
  const std::string& pattern() const { return pattern_; }
  size_t size() const { return regexes_.size(); }

  // The alternatives that may match somewhere in a text whose FoldForMatch is
  // `folded_text`, ascending.
  std::vector<uint32_t> Occurring(std::string_view folded_text) const;
  // The alternation of the alternatives `kept` (ascending), in their order; a
  // class that matches nothing when `kept` is empty.
  std::string Narrowed(const std::vector<uint32_t>& kept) const;

 private:
  std::vector<std::string> regexes_;  // in pattern order
  std::vector<std::string> folded_;   // FoldForMatch of each alternative's alias, trimmed
  std::string pattern_;
  // First min(3, size) bytes of a folded alias (length in the top byte) ->
  // alternatives.
  std::unordered_map<uint32_t, std::vector<uint32_t>> by_prefix_;
  std::vector<uint32_t> always_;  // aliases that fold to nothing: always kept
};

}  // namespace factlint

#endif  // FACTLINT_RULES_GAZETTEER_ALTERNATION_H_
