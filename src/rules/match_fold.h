// FoldForMatch: a folding of text coarse enough that a gazetteer alias regex
// (rules/alias_regex.h) can match some text only if the folded alias is a
// substring of the folded text.
//
//   FoldForMatch("Les ÉTATS-UNIS et l’Ukraine")  -> "les etats-unis et l'ukraine"
//   FoldForMatch("Kharkiv\u00a0\n  et")           -> "kharkiv et"
//   // AliasRegex("États-Unis") matches in the first text, and
//   // FoldForMatch("États-Unis") == "etats-unis" is inside its folding.
//
// Each code point folds on its own: full Unicode case folding with marks
// stripped (so every case variant RE2's (?i) accepts and every accented form
// of an alias's accent family fold alike), every apostrophe to ', every dash
// to -, and runs of white space to one space. It over-approximates: folded
// texts that share a substring need not match, but a match always leaves its
// folded alias inside the folded text. Pure; thread-safe.
#ifndef FACTLINT_RULES_MATCH_FOLD_H_
#define FACTLINT_RULES_MATCH_FOLD_H_

#include <string>
#include <string_view>

namespace factlint {

std::string FoldForMatch(std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_RULES_MATCH_FOLD_H_
