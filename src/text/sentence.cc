#include "text/sentence.h"

#include <utf8proc.h>

#include <algorithm>
#include <iterator>

namespace factlint {
namespace {

// Words that end with a period without ending the sentence: titles before a name, military
// ranks, "St." in place names, months before a day number. Case-sensitive on purpose: "Me"
// (maître) is a title, "me." ends a sentence.
constexpr std::string_view kAbbreviations[] = {
    "Adm", "Apr", "Aug",    "Capt", "Cdt",  "Col",   "Cpl", "Dec",  "Dr",  "Drs", "Feb",
    "Ft",  "Gal", "Gen",    "Gén",  "Gov",  "Hon",   "Jan", "Jr",   "Jul", "Jun", "Lt",
    "MM",  "Me",  "Messrs", "Mgr",  "Mlle", "Mlles", "Mme", "Mmes", "Mr",  "Mrs", "Ms",
    "Mt",  "No",  "Nov",    "Oct",  "Pr",   "Prof",  "Rep", "Rev",  "Sen", "Sep", "Sept",
    "Sgt", "Sr",  "St",     "Ste",  "av",   "cf",    "env", "vs",
};

bool IsBlank(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
bool IsTerminator(char c) { return c == '.' || c == '!' || c == '?'; }

// The code point at s[i]; malformed bytes read as U+FFFD (normalized text is valid UTF-8, but
// this index must not trust its input).
utf8proc_int32_t CodePointAt(std::string_view s, size_t i) {
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  return n > 0 ? cp : 0xFFFD;
}

bool IsUpperAt(std::string_view s, size_t i) {
  const utf8proc_category_t cat = utf8proc_category(CodePointAt(s, i));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

// The run of letters that ends right before s[dot]. Non-ASCII bytes count as letters so that
// "Gén" is one word; punctuation and spaces end the run.
std::string_view WordBefore(std::string_view s, size_t dot) {
  size_t b = dot;
  while (b > 0) {
    const unsigned char c = static_cast<unsigned char>(s[b - 1]);
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
    if (!letter) break;
    --b;
  }
  return s.substr(b, dot - b);
}

// "a.m.", "p.m.", "e.g.": a lowercase letter between two periods is an abbreviation
// ("at 3:15 p.m. Saturday" is one sentence).
bool EndsDottedAbbreviation(std::string_view s, size_t dot) {
  return dot >= 2 && s[dot - 1] >= 'a' && s[dot - 1] <= 'z' && s[dot - 2] == '.';
}

bool IsAbbreviation(std::string_view word) {
  if (word.empty()) return false;
  // One capital letter is an initial: "M. Biden", "J. Smith", the "S" of "U.S.".
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(word.data()),
                                          static_cast<utf8proc_ssize_t>(word.size()), &cp);
  if (len > 0 && static_cast<size_t>(len) == word.size() && IsUpperAt(word, 0)) return true;
  return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), word) !=
         std::end(kAbbreviations);
}

}  // namespace

SentenceIndex::SentenceIndex(std::string_view normalized) : text_(normalized) {
  const std::string_view s = text_;
  const size_t n = s.size();
  size_t i = 0;
  while (i < n && IsBlank(s[i])) ++i;
  if (i == n) return;
  starts_.push_back(i);

  // Normalized text has one kind of double quote for « » and “ ”, so whether a '"' opens or
  // closes is read from parity within the paragraph (quotes rarely span a line break).
  bool in_quote = false;
  while (i < n) {
    const char c = s[i];
    if (c == '\n') {
      in_quote = false;
      size_t j = i;
      while (j < n && IsBlank(s[j])) ++j;
      if (j < n) starts_.push_back(j);
      i = j;
      continue;
    }
    if (c == '"') {
      in_quote = !in_quote;
      ++i;
      continue;
    }
    if (!IsTerminator(c)) {
      ++i;
      continue;
    }

    size_t k = i;
    while (k < n && IsTerminator(s[k])) ++k;  // "?!", "..."
    const bool single_period = c == '.' && k == i + 1;
    // A closing quote after the terminator belongs to this sentence: `fin."` or, in French
    // typography, `fin. "` (the space before » survives normalization).
    size_t q = k;
    if (in_quote) {
      while (q < n && s[q] == ' ') ++q;
    }
    if (q < n && s[q] == '"' && (in_quote || q == k)) {
      in_quote = false;
      k = q + 1;
    }
    if (k < n && s[k] == ')') ++k;
    if (k >= n || !IsBlank(s[k])) {
      i = k;
      continue;
    }
    size_t next = k;
    while (next < n && (s[next] == ' ' || s[next] == '\t')) ++next;
    if (next >= n || s[next] == '\n') {  // the line break ends the sentence
      i = next;
      continue;
    }
    const bool starts_sentence =
        IsUpperAt(s, next) || (s[next] >= '0' && s[next] <= '9') || (s[next] == '"' && !in_quote);
    if (starts_sentence && !(single_period && (IsAbbreviation(WordBefore(s, i)) ||
                                               EndsDottedAbbreviation(s, i)))) {
      starts_.push_back(next);
    }
    i = next;
  }
}

std::pair<size_t, size_t> SentenceIndex::Around(size_t offset) const {
  if (starts_.empty()) return {0, 0};
  offset = std::min(offset, text_.size());
  auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  if (it != starts_.begin()) --it;
  size_t begin = *it;
  size_t end = (it + 1 == starts_.end()) ? text_.size() : *(it + 1);
  while (begin < end && IsBlank(text_[begin])) ++begin;
  while (end > begin && IsBlank(text_[end - 1])) --end;
  return {begin, end};
}

std::pair<size_t, size_t> ClipSentence(std::string_view text, size_t sb, size_t se,
                                       size_t match_begin, size_t match_end, size_t reach) {
  se = std::min(se, text.size());
  sb = std::min(sb, se);
  const size_t mb = std::clamp(match_begin, sb, se);
  const size_t me = std::clamp(match_end, mb, se);
  size_t b = sb, e = se;
  if (mb - sb > reach) {
    // Start after the first white space at or past mb - reach (the match's start at worst).
    b = mb - reach;
    while (b < mb && !IsBlank(text[b])) ++b;
    while (b < mb && IsBlank(text[b])) ++b;
  }
  if (se - me > reach) {
    // End at the last white space at or before me + reach (the match's end at worst).
    e = me + reach;
    while (e > me && !IsBlank(text[e])) --e;
    while (e > me && IsBlank(text[e - 1])) --e;
  }
  return {b, e};
}

}  // namespace factlint
