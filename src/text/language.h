// Language detection for articles that do not say their language.
//
//   DetectLanguage("Le président américain a prévenu que les troupes ...")  // Lang::kFr
//   DetectLanguage("The Pentagon said on Monday that the troops ...")       // Lang::kEn
//   DetectLanguage("1234 5678 ###")                                          // Lang::kUnknown
//
// Method: count occurrences of frequent function words of each language (articles,
// prepositions, auxiliaries, French elisions such as d' and l') in the first ~20 KB, case-
// insensitively; words shared by both languages are left out of both lists. The language with
// more hits wins if it has at least 3 hits and at least 1.5 times as many as the other;
// otherwise the result is kUnknown, so a short or mixed text never gets a guessed language.
// Pure; thread-safe.
#ifndef FACTLINT_TEXT_LANGUAGE_H_
#define FACTLINT_TEXT_LANGUAGE_H_

#include <string_view>

#include "base/lang.h"

namespace factlint {

Lang DetectLanguage(std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_TEXT_LANGUAGE_H_
