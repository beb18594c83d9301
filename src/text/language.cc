#include "text/language.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <string>

namespace factlint {
namespace {

// Enough text for a stable count; an article's language does not change past its first pages.
constexpr size_t kSampleBytes = 20 * 1024;
constexpr int kMinHits = 3;

// Case-folded function words. Words common in both languages ("a", "on", "son", "plus") are
// left out: they would count for both and blur the ratio.
constexpr std::string_view kFrenchWords[] = {
    "à",   "au",   "aux",   "avec", "c'",    "ce",   "ces", "cette", "d'",   "dans", "de",  "des",
    "du",  "elle", "elles", "en",   "est",   "et",   "été", "était", "il",   "ils",  "j'",  "l'",
    "la",  "le",   "les",   "leur", "leurs", "mais", "n'",  "ne",    "nous", "ont",  "où",  "par",
    "pas", "pour", "qu'",   "que",  "qui",   "s'",   "se",  "selon", "sont", "sur",  "une", "vous",
};
constexpr std::string_view kEnglishWords[] = {
    "about", "after", "and",   "are",  "at",   "be",   "been",  "but",  "by",   "for",
    "from",  "had",   "has",   "have", "he",   "in",   "into",  "is",   "it",   "its",
    "not",   "of",    "she",   "than", "that", "the",  "their", "they", "this", "to",
    "was",   "were",  "which", "who",  "will", "with", "would",
};
// French words that elide before a vowel: "d’envoyer" counts as "d'".
constexpr std::string_view kElidable[] = {"c", "d", "j", "l", "m", "n", "qu", "s", "t"};

template <size_t N>
bool Contains(const std::string_view (&words)[N], std::string_view w) {
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

bool IsWordChar(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
      return true;
    default:
      return false;
  }
}

bool IsApostrophe(utf8proc_int32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

// Lowercased (Unicode case folding), composed text. Bytes utf8proc rejects fall back to ASCII
// lowercasing: detection must still work on text that was never validated.
std::string CaseFold(std::string_view text) {
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &folded,
                   static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD));
  std::string out;
  if (n >= 0) {
    out.assign(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
  } else {
    out.assign(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
  }
  std::free(folded);
  return out;
}

}  // namespace

Lang DetectLanguage(std::string_view text) {
  size_t cut = std::min(text.size(), kSampleBytes);
  // Back up to a character boundary so the sample stays valid UTF-8.
  while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;
  }
  const std::string folded = CaseFold(text.substr(0, cut));
  const auto* bytes = reinterpret_cast<const utf8proc_uint8_t*>(folded.data());
  const size_t n = folded.size();

  int french = 0, english = 0;
  std::string word;
  auto count = [&](std::string_view w) {
    if (Contains(kFrenchWords, w)) ++french;
    if (Contains(kEnglishWords, w)) ++english;
  };
  size_t i = 0;
  while (i < n) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(n - i), &cp);
    if (len <= 0) {  // a byte that is not UTF-8: a separator
      len = 1;
      cp = 0xFFFD;
    }
    if (IsWordChar(cp)) {
      word.append(folded, i, static_cast<size_t>(len));
    } else if (!word.empty()) {
      if (IsApostrophe(cp) && Contains(kElidable, word)) word += '\'';
      count(word);
      word.clear();
    }
    i += static_cast<size_t>(len);
  }
  if (!word.empty()) count(word);

  auto wins = [](int hits, int other) { return hits >= kMinHits && 2 * hits >= 3 * other; };
  if (french > english && wins(french, english)) return Lang::kFr;
  if (english > french && wins(english, french)) return Lang::kEn;
  return Lang::kUnknown;
}

}  // namespace factlint
