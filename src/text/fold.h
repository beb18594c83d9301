// Folding for case- and accent-insensitive comparison (gazetteer aliases, keys).
//
//   FoldForLookup("Caroline du Nord") == FoldForLookup("caroline  du  nord")
//   FoldForLookup("États-Unis")       == "etats-unis"
//   FoldForLookup("secrétaire d’État") == "secretaire d'etat"
//
// Lowercases (Unicode), strips diacritics (NFKD then drops combining marks),
// maps typographic apostrophes to ', collapses runs of white space to one space
// and trims. Pure; thread-safe. Built on utf8proc.
#ifndef FACTLINT_TEXT_FOLD_H_
#define FACTLINT_TEXT_FOLD_H_

#include <string>
#include <string_view>

namespace factlint {

std::string FoldForLookup(std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_TEXT_FOLD_H_
