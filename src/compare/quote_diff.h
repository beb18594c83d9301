// Word-level comparison of two quotes: are they one quote reworded?
//
//   QuoteAlignment a = AlignQuotes("une réponse rapide, ferme et unifiée",
//                                  "cela entraînera une réponse rapide, sévère et unifiée");
//   a.is_variant  // true: 5 words agree, "ferme" became "sévère"
//   a.diff        // "une réponse rapide, [-ferme-] {+sévère+} et unifiée"
//
// Finds the best local alignment of the two word sequences (Smith-Waterman on
// folded words), so a short quote is found inside a long one. A variant has
// at least 4 aligned words (2 of them content words) and at least one word
// substituted, with no more substitutions than half the aligned words. Words
// only left out on one side (an abridged quote) do not make a variant.
#ifndef FACTLINT_COMPARE_QUOTE_DIFF_H_
#define FACTLINT_COMPARE_QUOTE_DIFF_H_

#include <string>
#include <string_view>

namespace factlint {

struct QuoteAlignment {
  int matched = 0;      // aligned equal words
  int substituted = 0;  // aligned different words
  int gaps = 0;         // words present on one side only, inside the alignment
  bool is_variant = false;
  bool is_identical = false;  // the aligned region has no difference and covers one quote
  std::string diff;           // the aligned region, changes as [-old-] {+new+}
};

QuoteAlignment AlignQuotes(std::string_view a, std::string_view b);

}  // namespace factlint

#endif  // FACTLINT_COMPARE_QUOTE_DIFF_H_
