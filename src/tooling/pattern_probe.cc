#include "tooling/pattern_probe.h"

#include <re2/re2.h>

#include <algorithm>

#include "rules/regex_compile.h"
#include "rules/regex_source.h"

namespace factlint {
namespace {

using Span = std::pair<size_t, size_t>;

size_t Utf8Length(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c >> 5) == 0x6) return 2;
  if ((c >> 4) == 0xE) return 3;
  if ((c >> 3) == 0x1E) return 4;
  return 1;
}

// End of the escape that starts at s[i] == '\\'.
std::optional<size_t> SkipEscape(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return std::nullopt;
  char c = s[i + 1];
  if (c == 'Q') {
    size_t e = s.find("\\E", i + 2);
    return e == std::string_view::npos ? s.size() : e + 2;
  }
  if (c == 'p' || c == 'P' || c == 'x') {
    if (i + 2 < s.size() && s[i + 2] == '{') {
      size_t e = s.find('}', i + 3);
      if (e == std::string_view::npos) return std::nullopt;
      return e + 1;
    }
    return std::min(i + (c == 'x' ? 4 : 3), s.size());  // \x41, \pL
  }
  return std::min(i + 1 + Utf8Length(static_cast<unsigned char>(c)), s.size());
}

// End of the character class that starts at s[i] == '['.
std::optional<size_t> SkipClass(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '^') ++j;
  if (j < s.size() && s[j] == ']') ++j;  // a ']' first is literal
  while (j < s.size()) {
    if (s[j] == '\\') {
      std::optional<size_t> e = SkipEscape(s, j);
      if (!e) return std::nullopt;
      j = *e;
      continue;
    }
    if (s[j] == '[' && j + 1 < s.size() && s[j + 1] == ':') {
      size_t e = s.find(":]", j + 2);
      if (e != std::string_view::npos) {
        j = e + 2;
        continue;
      }
    }
    if (s[j] == ']') return j + 1;
    ++j;
  }
  return std::nullopt;
}

// End of the group that starts at s[i] == '('.
std::optional<size_t> SkipGroup(std::string_view s, size_t i) {
  int depth = 0;
  size_t j = i;
  while (j < s.size()) {
    char c = s[j];
    if (c == '\\' || c == '[') {
      std::optional<size_t> e = c == '\\' ? SkipEscape(s, j) : SkipClass(s, j);
      if (!e) return std::nullopt;
      j = *e;
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) return j + 1;
    ++j;
  }
  return std::nullopt;
}

// A repetition at s[i] ("*", "+?", "{2,3}"), or i when there is none.
size_t SkipRepetition(std::string_view s, size_t i) {
  if (i >= s.size()) return i;
  size_t j = i;
  if (s[j] == '*' || s[j] == '+' || s[j] == '?') {
    ++j;
  } else if (s[j] == '{') {
    size_t k = j + 1;
    size_t digits = 0;
    while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k, ++digits;
    if (digits == 0) return i;
    if (k < s.size() && s[k] == ',') {
      ++k;
      while (k < s.size() && s[k] >= '0' && s[k] <= '9') ++k;
    }
    if (k >= s.size() || s[k] != '}') return i;
    j = k + 1;
  } else {
    return i;
  }
  if (j < s.size() && s[j] == '?') ++j;  // non-greedy
  return j;
}

// End of the group or class an expansion became, at expanded[i].
std::optional<size_t> SkipExpansion(std::string_view expanded, size_t i) {
  if (i >= expanded.size()) return std::nullopt;
  if (expanded[i] == '(') return SkipGroup(expanded, i);
  if (expanded[i] == '[') return SkipClass(expanded, i);
  return std::nullopt;
}

bool SearchPrefix(std::string_view expanded_prefix, std::string_view text,
                  re2::StringPiece* match) {
  RE2 re(re2::StringPiece(expanded_prefix.data(), expanded_prefix.size()), RuleRegexOptions());
  if (!re.ok()) return false;
  return re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED,
                  match, 1);
}

}  // namespace

std::optional<std::vector<Span>> SplitTopLevel(std::string_view source) {
  RegexSourceScan scan = ScanRegexSource(source);
  std::vector<Span> pieces;
  size_t ref = 0;
  size_t i = 0;
  while (i < source.size()) {
    while (ref < scan.references.size() && scan.references[ref].begin < i) ++ref;
    std::optional<size_t> end;
    if (ref < scan.references.size() && scan.references[ref].begin == i) {
      end = scan.references[ref].end;
    } else {
      switch (source[i]) {
        case '(':
          end = SkipGroup(source, i);
          break;
        case '[':
          end = SkipClass(source, i);
          break;
        case '\\':
          end = SkipEscape(source, i);
          break;
        case '|':
        case ')':
          return std::nullopt;
        default:
          end = i + Utf8Length(static_cast<unsigned char>(source[i]));
          break;
      }
    }
    if (!end || *end > source.size()) return std::nullopt;
    size_t with_repetition = SkipRepetition(source, *end);
    pieces.emplace_back(i, with_repetition);
    i = with_repetition;
  }
  return pieces;
}

PatternProbe ProbePattern(std::string_view source, std::string_view expanded,
                          std::string_view text) {
  PatternProbe probe;
  std::optional<std::vector<Span>> pieces = SplitTopLevel(source);
  if (!pieces || pieces->empty()) return probe;

  // Where each source offset lands in the expanded pattern: text outside the
  // references is copied, each reference became one group or class.
  RegexSourceScan scan = ScanRegexSource(source);
  std::vector<std::pair<size_t, long>> shifts;  // source offset after a reference -> delta
  long delta = 0;
  size_t copied = 0;
  for (const PatternReference& r : scan.references) {
    size_t at = static_cast<size_t>(static_cast<long>(r.begin) + delta);
    if (expanded.substr(static_cast<size_t>(static_cast<long>(copied) + delta), r.begin - copied) !=
        source.substr(copied, r.begin - copied)) {
      return probe;
    }
    std::optional<size_t> end = SkipExpansion(expanded, at);
    if (!end) return probe;
    delta += static_cast<long>(*end - at) - static_cast<long>(r.end - r.begin);
    shifts.emplace_back(r.end, delta);
    copied = r.end;
  }
  if (expanded.substr(static_cast<size_t>(static_cast<long>(copied) + delta)) !=
      source.substr(copied)) {
    return probe;
  }
  auto to_expanded = [&](size_t offset) {
    long d = 0;
    for (const auto& [after, shift] : shifts) {
      if (after <= offset) d = shift;
    }
    return static_cast<size_t>(static_cast<long>(offset) + d);
  };

  probe.probed = true;
  probe.pieces = pieces->size();
  re2::StringPiece match;
  auto matches = [&](size_t k) {
    if (k == 0) return true;
    return SearchPrefix(expanded.substr(0, to_expanded((*pieces)[k - 1].second)), text, &match);
  };
  size_t lo = 0, hi = pieces->size();  // matches(lo) holds
  if (matches(hi)) {
    lo = hi;
  } else {
    while (hi - lo > 1) {
      size_t mid = lo + (hi - lo) / 2;
      if (matches(mid)) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
  }
  probe.pieces_matched = lo;
  probe.whole_match = lo == pieces->size();
  size_t cut = lo == 0 ? 0 : (*pieces)[lo - 1].second;
  probe.matched_source = std::string(source.substr(0, cut));
  probe.rest_source = std::string(source.substr(cut));
  if (lo > 0 && matches(lo) && match.data() != nullptr) {
    probe.matched_begin = static_cast<size_t>(match.data() - text.data());
    probe.matched_text = std::string(match.data(), match.size());
  }
  return probe;
}

}  // namespace factlint
