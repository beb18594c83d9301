// AliasRegex: an RE2 fragment matching one gazetteer alias in text that was
// normalized for matching (text/text_map.h: apostrophes are ', dashes are -).
//
//   AliasRegex("États-Unis")
//     -> (?i:[eéèêëEÉÈÊË]t[aàâäáãåAÀÂÄÁÃÅ]ts\-[uùûüúUÙÛÜÚ]n[iîïíìIÎÏÍÌ]s)
//        matches "Etats-Unis", "ÉTATS-UNIS", "etats-unis"
//   AliasRegex("US")  -> [UÙÛÜÚ]S      an acronym: matches "US", not "us"
//
// Accents are flexible on a, e, i, o, u, c and y because writers drop them
// ("Etats-Unis"); an alias without any lowercase letter is an acronym and
// keeps its case, so "US" does not match the English word "us". White space
// matches ' +' and any apostrophe matches '. Pure; thread-safe.
#ifndef FACTLINT_RULES_ALIAS_REGEX_H_
#define FACTLINT_RULES_ALIAS_REGEX_H_

#include <string>
#include <string_view>

namespace factlint {

std::string AliasRegex(std::string_view alias);

// True when `alias` has no lowercase letter ("US", "N.C.", "OTAN").
bool IsAcronym(std::string_view alias);

}  // namespace factlint

#endif  // FACTLINT_RULES_ALIAS_REGEX_H_
