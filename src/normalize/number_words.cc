#include "normalize/number_words.h"

#include <algorithm>
#include <array>

namespace factlint::number_words {
namespace {

struct WordEntry {
  std::string_view word;
  TokenKind kind;
  double value;
  bool bare = false;
  bool ambiguous = false;
};

constexpr TokenKind kV = TokenKind::kValue;
constexpr TokenKind kS = TokenKind::kScale;

// Plural spellings are listed because French writes "deux cents", "trois millions";
// "vingts" only occurs in "quatre-vingts". "billion" is 1e12 in French but rare, and
// often a calque of the English 1e9: ambiguous.
constexpr std::array kFrenchWords = {
    WordEntry{"zero", kV, 0},
    WordEntry{"un", kV, 1},
    WordEntry{"une", kV, 1},
    WordEntry{"deux", kV, 2},
    WordEntry{"trois", kV, 3},
    WordEntry{"quatre", kV, 4},
    WordEntry{"cinq", kV, 5},
    WordEntry{"six", kV, 6},
    WordEntry{"sept", kV, 7},
    WordEntry{"huit", kV, 8},
    WordEntry{"neuf", kV, 9},
    WordEntry{"dix", kV, 10},
    WordEntry{"onze", kV, 11},
    WordEntry{"douze", kV, 12},
    WordEntry{"treize", kV, 13},
    WordEntry{"quatorze", kV, 14},
    WordEntry{"quinze", kV, 15},
    WordEntry{"seize", kV, 16},
    WordEntry{"vingt", kV, 20},
    WordEntry{"vingts", kV, 20},
    WordEntry{"trente", kV, 30},
    WordEntry{"quarante", kV, 40},
    WordEntry{"cinquante", kV, 50},
    WordEntry{"soixante", kV, 60},
    WordEntry{"septante", kV, 70},
    WordEntry{"huitante", kV, 80},
    WordEntry{"octante", kV, 80},
    WordEntry{"nonante", kV, 90},
    WordEntry{"cent", kS, 100, true},
    WordEntry{"cents", kS, 100, true},
    WordEntry{"mille", kS, 1e3, true},
    WordEntry{"million", kS, 1e6},
    WordEntry{"millions", kS, 1e6},
    WordEntry{"milliard", kS, 1e9},
    WordEntry{"milliards", kS, 1e9},
    WordEntry{"billion", kS, 1e12, false, true},
    WordEntry{"billions", kS, 1e12, false, true},
    WordEntry{"et", TokenKind::kAnd, 0},
};

constexpr std::array kEnglishWords = {
    WordEntry{"zero", kV, 0},
    WordEntry{"one", kV, 1},
    WordEntry{"two", kV, 2},
    WordEntry{"three", kV, 3},
    WordEntry{"four", kV, 4},
    WordEntry{"five", kV, 5},
    WordEntry{"six", kV, 6},
    WordEntry{"seven", kV, 7},
    WordEntry{"eight", kV, 8},
    WordEntry{"nine", kV, 9},
    WordEntry{"ten", kV, 10},
    WordEntry{"eleven", kV, 11},
    WordEntry{"twelve", kV, 12},
    WordEntry{"thirteen", kV, 13},
    WordEntry{"fourteen", kV, 14},
    WordEntry{"fifteen", kV, 15},
    WordEntry{"sixteen", kV, 16},
    WordEntry{"seventeen", kV, 17},
    WordEntry{"eighteen", kV, 18},
    WordEntry{"nineteen", kV, 19},
    WordEntry{"twenty", kV, 20},
    WordEntry{"thirty", kV, 30},
    WordEntry{"forty", kV, 40},
    WordEntry{"fifty", kV, 50},
    WordEntry{"sixty", kV, 60},
    WordEntry{"seventy", kV, 70},
    WordEntry{"eighty", kV, 80},
    WordEntry{"ninety", kV, 90},
    WordEntry{"dozen", kS, 12},
    WordEntry{"hundred", kS, 100},
    WordEntry{"thousand", kS, 1e3},
    WordEntry{"million", kS, 1e6},
    WordEntry{"billion", kS, 1e9},
    WordEntry{"trillion", kS, 1e12},
    WordEntry{"and", TokenKind::kAnd, 0},
    WordEntry{"a", TokenKind::kA, 1},
    WordEntry{"an", TokenKind::kA, 1},
    WordEntry{"half", TokenKind::kHalf, 0.5},
};

template <size_t N>
std::optional<NumberToken> Find(const std::array<WordEntry, N>& table, std::string_view word) {
  for (const WordEntry& e : table) {
    if (e.word == word) {
      NumberToken t;
      t.kind = e.kind;
      t.value = e.value;
      t.bare = e.bare;
      t.ambiguous = e.ambiguous;
      return t;
    }
  }
  return std::nullopt;
}

bool IsWordValue(const NumberToken& t) { return t.kind == TokenKind::kValue && !t.digits; }

// A number below 100 written in words, e.g. "quatre vingt dix sept" (hyphens are
// already gone) or "twenty five". French builds 70-99 on soixante / quatre-vingt
// plus 10-19, and puts "et" before un / onze.
std::optional<double> EvaluateBelowHundred(std::span<const NumberToken> t, Lang lang) {
  if (t.size() == 1) {
    if (t[0].kind != TokenKind::kValue) return std::nullopt;
    return t[0].value;
  }
  // From here on every token is a word below 100, or "et" / "and" (value 0).
  if (!std::all_of(t.begin(), t.end(), [](const NumberToken& x) {
        return IsWordValue(x) || x.kind == TokenKind::kAnd;
      }))
    return std::nullopt;

  if (lang == Lang::kEn) {
    // twenty five: tens, then a unit.
    if (t.size() == 2 && t[0].value >= 20 && t[1].value >= 1 && t[1].value <= 9)
      return t[0].value + t[1].value;
    return std::nullopt;
  }

  size_t i = 0;
  double tens = 0;
  if (t[0].value == 4 && t[1].value == 20) {
    tens = 80;  // quatre-vingt
    i = 2;
  } else if (t[0].value >= 20) {
    tens = t[0].value;
    i = 1;
  }
  if (tens > 0 && i < t.size() && t[i].kind == TokenKind::kAnd) ++i;  // vingt et un
  std::span<const NumberToken> rest = t.subspan(i);
  if (std::any_of(rest.begin(), rest.end(),
                  [](const NumberToken& x) { return x.kind == TokenKind::kAnd; }))
    return std::nullopt;

  if (rest.empty()) {
    if (t.back().kind == TokenKind::kAnd) return std::nullopt;  // "vingt et"
    return tens;                                                // "quatre-vingts"
  }
  double units = 0;
  if (rest.size() == 1) {
    units = rest[0].value;
  } else if (rest.size() == 2 && rest[0].value == 10 && rest[1].value >= 7 && rest[1].value <= 9) {
    units = 10 + rest[1].value;  // dix-sept
  } else {
    return std::nullopt;
  }
  const double max_units = (tens == 0 || tens == 60 || tens == 80) ? 19 : 9;
  if (units < 1 || units > max_units) return std::nullopt;
  return tens + units;
}

}  // namespace

std::optional<NumberToken> LookupNumberWord(std::string_view word, Lang lang) {
  std::optional<NumberToken> fr = lang == Lang::kEn ? std::nullopt : Find(kFrenchWords, word);
  std::optional<NumberToken> en = lang == Lang::kFr ? std::nullopt : Find(kEnglishWords, word);
  if (fr && en && fr->value != en->value) {
    en->ambiguous = true;  // "billion" in a text of unknown language
    return en;
  }
  return fr ? fr : en;
}

std::optional<NumberValue> EvaluateNumberTokens(std::span<const NumberToken> t, Lang lang) {
  if (t.empty()) return std::nullopt;

  // Split on the first occurrence of the largest multiplier: "deux cent mille
  // trois" is (deux cent) x mille + (trois).
  size_t split = t.size();
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind == TokenKind::kScale && (split == t.size() || t[i].value > t[split].value)) {
      split = i;
    }
  }
  if (split == t.size()) {
    std::optional<double> v = EvaluateBelowHundred(t, lang);
    if (!v) return std::nullopt;
    return NumberValue{*v, 1};
  }

  const NumberToken& scale = t[split];
  std::span<const NumberToken> left = t.first(split);
  std::span<const NumberToken> right = t.subspan(split + 1);

  double multiplier = 0;
  if (left.empty()) {
    if (!scale.bare) return std::nullopt;  // "million" alone
    multiplier = 1;
  } else if (left.size() == 1 && left[0].kind == TokenKind::kA) {
    multiplier = 1;
  } else if (left.size() == 2 && left[0].kind == TokenKind::kHalf &&
             left[1].kind == TokenKind::kA) {
    multiplier = 0.5;
  } else if (left.size() == 1 && left[0].digits) {
    multiplier = left[0].value;  // "2 000 milliards", "1,5 million": any amount
  } else {
    std::optional<NumberValue> l = EvaluateNumberTokens(left, lang);
    if (!l || l->value < 1 || l->value >= scale.value) return std::nullopt;
    multiplier = l->value;
  }

  double rest = 0;
  if (!right.empty() && right[0].kind == TokenKind::kAnd) {
    right = right.subspan(1);  // "a thousand and one", "mille et un"
    if (right.empty()) return std::nullopt;
  }
  if (!right.empty()) {
    std::optional<NumberValue> r = EvaluateNumberTokens(right, lang);
    if (!r || r->value >= scale.value) return std::nullopt;
    rest = r->value;
  }
  return NumberValue{multiplier * scale.value + rest, scale.value};
}

}  // namespace factlint::number_words
