#include "compare/quote_diff.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "text/fold.h"

namespace factlint {
namespace {

struct Word {
  std::string shown;   // as written, with trailing punctuation
  std::string folded;  // letters and digits only, folded
};

std::vector<Word> Words(std::string_view text) {
  std::vector<Word> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n')) ++i;
    size_t start = i;
    while (i < text.size() && text[i] != ' ' && text[i] != '\n') ++i;
    if (i == start) break;
    std::string shown(text.substr(start, i - start));
    std::string folded;
    for (char c : FoldForLookup(shown)) {
      unsigned char u = static_cast<unsigned char>(c);
      if (std::isalnum(u) || u >= 0x80) folded += c;
      else if (c == '\'' && !folded.empty()) folded += c;  // "l'Ukraine" stays one word
    }
    if (folded.empty()) continue;  // lone punctuation
    words.push_back({std::move(shown), std::move(folded)});
  }
  return words;
}

bool IsContentWord(const std::string& folded) {
  // Long enough not to be an article, preposition or pronoun in French or English.
  return folded.size() >= 4;
}

}  // namespace

QuoteAlignment AlignQuotes(std::string_view a_text, std::string_view b_text) {
  QuoteAlignment out;
  std::vector<Word> a = Words(a_text);
  std::vector<Word> b = Words(b_text);
  const size_t n = a.size(), m = b.size();
  if (n == 0 || m == 0) return out;
  // Quotes are short; a quadratic table is fine and bounded here.
  if (n > 2000 || m > 2000) return out;

  constexpr int kMatch = 2, kMismatch = -1, kGap = -1;
  std::vector<int> score((n + 1) * (m + 1), 0);
  auto at = [&](size_t i, size_t j) -> int& { return score[i * (m + 1) + j]; };
  int best = 0;
  size_t bi = 0, bj = 0;
  for (size_t i = 1; i <= n; ++i) {
    for (size_t j = 1; j <= m; ++j) {
      int diag = at(i - 1, j - 1) + (a[i - 1].folded == b[j - 1].folded ? kMatch : kMismatch);
      int s = std::max({0, diag, at(i - 1, j) + kGap, at(i, j - 1) + kGap});
      at(i, j) = s;
      if (s > best) {
        best = s;
        bi = i;
        bj = j;
      }
    }
  }
  if (best == 0) return out;

  // Trace back from the best cell, collecting edit operations in reverse.
  struct Op {
    char kind;  // '=' match, '~' substitution, '-' only in a, '+' only in b
    size_t i, j;
  };
  std::vector<Op> ops;
  size_t i = bi, j = bj;
  int content_matched = 0;
  while (i > 0 && j > 0 && at(i, j) > 0) {
    bool same = a[i - 1].folded == b[j - 1].folded;
    if (at(i, j) == at(i - 1, j - 1) + (same ? kMatch : kMismatch)) {
      ops.push_back({same ? '=' : '~', i - 1, j - 1});
      --i;
      --j;
    } else if (at(i, j) == at(i - 1, j) + kGap) {
      ops.push_back({'-', i - 1, 0});
      --i;
    } else {
      ops.push_back({'+', 0, j - 1});
      --j;
    }
  }
  std::reverse(ops.begin(), ops.end());

  std::string diff;
  auto append = [&](const std::string& s) {
    if (!diff.empty()) diff += ' ';
    diff += s;
  };
  for (const Op& op : ops) {
    switch (op.kind) {
      case '=':
        ++out.matched;
        if (IsContentWord(a[op.i].folded)) ++content_matched;
        append(b[op.j].shown);
        break;
      case '~':
        ++out.substituted;
        append("[-" + a[op.i].shown + "-] {+" + b[op.j].shown + "+}");
        break;
      case '-':
        ++out.gaps;
        append("[-" + a[op.i].shown + "-]");
        break;
      case '+':
        ++out.gaps;
        append("{+" + b[op.j].shown + "+}");
        break;
    }
  }
  out.diff = diff;
  out.is_identical = out.substituted == 0 && out.gaps == 0 &&
                     (static_cast<size_t>(out.matched) == n ||
                      static_cast<size_t>(out.matched) == m);
  out.is_variant = out.matched >= 4 && content_matched >= 2 && out.substituted >= 1 &&
                   out.substituted * 2 <= out.matched;
  return out;
}

}  // namespace factlint
