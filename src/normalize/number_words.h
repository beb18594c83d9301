// Internal to normalize/: the number-word vocabulary of French and English and
// the grammar that turns a sequence of number tokens into a value.
//
//   "deux cent mille" -> {kValue 2} {kScale 100} {kScale 1000} -> 200000
//   "1,5 million"     -> {kValue 1.5 digits} {kScale 1e6}      -> 1500000
//   "half a million"  -> {kHalf} {kA} {kScale 1e6}             -> 500000
//
// quantity.cc splits the text into tokens (digit literals itself, words through
// LookupNumberWord) and calls EvaluateNumberTokens. Pure; thread-safe.
#ifndef FACTLINT_NORMALIZE_NUMBER_WORDS_H_
#define FACTLINT_NORMALIZE_NUMBER_WORDS_H_

#include <optional>
#include <span>
#include <string_view>

#include "base/lang.h"

namespace factlint::number_words {

enum class TokenKind {
  kValue,  // a digit literal, or a word worth less than 100 ("deux", "vingt", "twelve")
  kScale,  // a multiplier: "cent", "mille", "million", "hundred", "dozen", the k of "5k"
  kAnd,    // "et" (vingt et un), "and" (two hundred and five)
  kA,      // "a" / "an" standing for 1 before a scale ("a hundred")
  kHalf,   // "half" in "half a million"
};

struct NumberToken {
  TokenKind kind = TokenKind::kValue;
  double value = 0;        // kValue: the value; kScale: the multiplier
  bool digits = false;     // kValue written with digits
  bool bare = false;       // kScale that needs no multiplier: "cent", "mille"
  bool ambiguous = false;  // the word reads differently in the other language ("billion")
};

// `word` is lowercase ASCII without accents (text folded by FoldForLookup).
// Lang::kUnknown accepts the words of both languages.
std::optional<NumberToken> LookupNumberWord(std::string_view word, Lang lang);

struct NumberValue {
  double value = 0;
  // The largest multiplier applied to the whole number (1e6 for "2,5 millions",
  // 1000 for "5k"), 1 when there is none. Lets "entre 2 et 3 millions" share it.
  double scale = 1;
};

// Nullopt when the tokens do not form one number ("deux trois", "cent cent",
// "million" alone). Each multiplier must be larger than what follows it, and
// larger than a multiplier written in words before it.
std::optional<NumberValue> EvaluateNumberTokens(std::span<const NumberToken> tokens, Lang lang);

}  // namespace factlint::number_words

#endif  // FACTLINT_NORMALIZE_NUMBER_WORDS_H_
