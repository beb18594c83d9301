#include "rules/pattern_prefilter.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "rules/regex_source.h"

namespace factlint {
namespace {

// One top-level piece of a pattern, with its repetition.
struct Piece {
  size_t begin = 0;
  size_t end = 0;             // past the repetition, if any
  bool optional = false;      // may repeat zero times: *, ?, {0,…}
  bool group = false;         // a group or a {reference}
  bool word_char = false;     // a literal character other than a space
  bool has_reference = false;
};

size_t CodePointLength(unsigned char c) {
  if (c < 0x80) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

// Past the escape starting at s[i] == '\\'; npos when it runs off the end.
size_t SkipEscape(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return std::string_view::npos;
  char c = s[i + 1];
  if (c == 'Q') {
    size_t e = s.find("\\E", i + 2);
    return e == std::string_view::npos ? s.size() : e + 2;
  }
  if ((c == 'p' || c == 'P' || c == 'x') && i + 2 < s.size() && s[i + 2] == '{') {
    size_t e = s.find('}', i + 3);
    return e == std::string_view::npos ? std::string_view::npos : e + 1;
  }
  if (c == 'p' || c == 'P') return i + 3 <= s.size() ? i + 3 : std::string_view::npos;
  if (c == 'x') return i + 4 <= s.size() ? i + 4 : std::string_view::npos;
  return i + 1 + CodePointLength(static_cast<unsigned char>(c));
}

// Past the character class starting at s[i] == '['.
size_t SkipClass(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '^') ++j;
  if (j < s.size() && s[j] == ']') ++j;  // a literal ']' first
  while (j < s.size()) {
    if (s[j] == '\\') {
      j = SkipEscape(s, j);
      if (j == std::string_view::npos) return j;
      continue;
    }
    if (s[j] == '[' && j + 1 < s.size() && s[j + 1] == ':') {
      size_t e = s.find(":]", j + 2);
      if (e == std::string_view::npos) return e;
      j = e + 2;
      continue;
    }
    if (s[j] == ']') return j + 1;
    ++j;
  }
  return std::string_view::npos;
}

// Past the group starting at s[i] == '('.
size_t SkipGroup(std::string_view s, size_t i) {
  int depth = 0;
  size_t j = i;
  while (j < s.size()) {
    char c = s[j];
    if (c == '\\') {
      j = SkipEscape(s, j);
      if (j == std::string_view::npos) return j;
      continue;
    }
    if (c == '[') {
      j = SkipClass(s, j);
      if (j == std::string_view::npos) return j;
      continue;
    }
    if (c == '(') ++depth;
    if (c == ')' && --depth == 0) return j + 1;
    ++j;
  }
  return std::string_view::npos;
}

// A repetition at s[i] ({n}, {n,}, {n,m}): its end and whether n is 0.
std::optional<std::pair<size_t, bool>> CountedRepetition(std::string_view s, size_t i) {
  if (i >= s.size() || s[i] != '{') return std::nullopt;
  size_t j = i + 1;
  size_t digits = 0;
  bool zero = true;
  while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) {
    if (s[j] != '0') zero = false;
    ++j;
    ++digits;
  }
  if (digits == 0) return std::nullopt;
  if (j < s.size() && s[j] == ',') {
    ++j;
    while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) ++j;
  }
  if (j >= s.size() || s[j] != '}') return std::nullopt;
  return std::make_pair(j + 1, zero);
}

// The top-level branches of `s`, each a list of pieces; nullopt when the
// pattern has something the scan does not follow (a flag directive, an
// unbalanced group).
std::optional<std::vector<std::vector<Piece>>> SplitPieces(std::string_view s) {
  std::map<size_t, size_t> references;  // begin -> end
  for (const PatternReference& r : ScanRegexSource(s).references) references[r.begin] = r.end;

  std::vector<std::vector<Piece>> branches(1);
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '|') {
      branches.emplace_back();
      ++i;
      continue;
    }
    if (c == ')') return std::nullopt;
    Piece piece;
    piece.begin = i;
    if (auto ref = references.find(i); ref != references.end()) {
      piece.group = piece.has_reference = true;
      i = ref->second;
    } else if (c == '(') {
      size_t e = SkipGroup(s, i);
      if (e == std::string_view::npos) return std::nullopt;
      // "(?i)", "(?s-m)": flags for the rest of the pattern, which a run cut
      // out of it would lose.
      if (i + 1 < s.size() && s[i + 1] == '?' && s.substr(i, e - i).find(':') == std::string_view::npos &&
          s.substr(i, e - i).find('<') == std::string_view::npos) {
        return std::nullopt;
      }
      piece.group = true;
      piece.has_reference = false;
      for (const auto& [b, end] : references) {
        if (b > i && b < e) piece.has_reference = true;
      }
      i = e;
    } else if (c == '[') {
      size_t e = SkipClass(s, i);
      if (e == std::string_view::npos) return std::nullopt;
      i = e;
    } else if (c == '\\') {
      size_t e = SkipEscape(s, i);
      if (e == std::string_view::npos) return std::nullopt;
      // \Q…\E is literal text.
      piece.word_char = s[i + 1] == 'Q' && e > i + 4;
      i = e;
    } else if (c == '^' || c == '$' || c == '.') {
      ++i;
    } else {
      piece.word_char = c != ' ';
      i += CodePointLength(static_cast<unsigned char>(c));
      if (i > s.size()) return std::nullopt;
    }
    // Its repetition, if any.
    if (i < s.size() && (s[i] == '*' || s[i] == '?' || s[i] == '+')) {
      piece.optional = s[i] != '+';
      ++i;
      if (i < s.size() && s[i] == '?') ++i;  // non-greedy
    } else if (auto rep = CountedRepetition(s, i)) {
      piece.optional = rep->second;
      i = rep->first;
      if (i < s.size() && s[i] == '?') ++i;
    }
    piece.end = i;
    branches.back().push_back(piece);
  }
  return branches;
}

// The largest bound of a counted repetition in `regex` ({n}, {n,m}, {n,}: n or
// m), 0 when there is none. A condition such as [^.;]{1,60} makes the DFA of a
// set count, state by state, alongside every other condition.
size_t LargestCount(std::string_view regex) {
  size_t largest = 0;
  for (size_t i = 0; i < regex.size(); ++i) {
    if (regex[i] != '{' || (i >= 2 && regex[i - 2] == '\\')) continue;  // \x{…}, \p{…}
    size_t j = i + 1, n = 0;
    bool digits = false, bound = true;
    while (j < regex.size() && (std::isdigit(static_cast<unsigned char>(regex[j])) || regex[j] == ',')) {
      if (regex[j] == ',') {
        largest = std::max(largest, n);
        n = 0;
        bound = j + 1 < regex.size() && std::isdigit(static_cast<unsigned char>(regex[j + 1]));
      } else {
        n = n * 10 + static_cast<size_t>(regex[j] - '0');
        digits = true;
      }
      ++j;
    }
    if (digits && j < regex.size() && regex[j] == '}' && bound) largest = std::max(largest, n);
  }
  return largest;
}

// The ranges of a superset of the Unicode class \p{name}: letters and digits
// stay apart from ASCII punctuation, all of non-ASCII is in. Small to compile,
// where \p{L} alone is hundreds of ranges.
std::string WideRanges(std::string_view name) {
  if (!name.empty() && name[0] == 'L') return "A-Za-z\\x{80}-\\x{10FFFF}";
  if (!name.empty() && name[0] == 'N') return "0-9\\x{80}-\\x{10FFFF}";
  return "\\x{0}-\\x{10FFFF}";
}

// `regex` with each \p{…} (in a class or not) widened to WideRanges: a regex
// that matches wherever `regex` does.
std::string WidenUnicodeClasses(std::string_view regex) {
  std::string out;
  bool in_class = false;
  size_t class_end = 0;
  size_t i = 0;
  while (i < regex.size()) {
    if (in_class && i >= class_end) in_class = false;
    char c = regex[i];
    if (c == '[' && !in_class) {
      size_t e = SkipClass(regex, i);
      if (e == std::string_view::npos) return std::string(regex);
      in_class = true;
      class_end = e;
      out += c;
      ++i;
      continue;
    }
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    size_t e = SkipEscape(regex, i);
    if (e == std::string_view::npos) return std::string(regex);
    if (regex[i + 1] == 'p') {
      std::string_view name = regex.substr(i + 2, e - i - 2);
      if (!name.empty() && name.front() == '{') name = name.substr(1, name.size() - 2);
      if (!name.empty() && name.front() == '^') {
        out.append(regex.substr(i, e - i));  // negated: kept as written
      } else if (in_class) {
        out += WideRanges(name);
      } else {
        out += "[" + WideRanges(name) + "]";
      }
    } else {
      out.append(regex.substr(i, e - i));
    }
    i = e;
  }
  return out;
}

}  // namespace

PatternFilter ComputePatternFilter(
    std::string_view source,
    const std::function<std::optional<std::string>(std::string_view)>& expand) {
  PatternFilter filter;
  std::optional<std::vector<std::vector<Piece>>> branches = SplitPieces(source);
  if (!branches) return filter;
  for (const std::vector<Piece>& pieces : *branches) {
    std::vector<std::string> conditions;
    size_t k = 0;
    while (k < pieces.size()) {
      // One run of light pieces: [run_begin, k).
      std::string run;
      int score = 0;
      size_t first = k;
      for (; k < pieces.size(); ++k) {
        const Piece& p = pieces[k];
        std::string_view text = source.substr(p.begin, p.end - p.begin);
        std::string expanded;
        if (p.has_reference) {
          std::optional<std::string> e = expand(text);
          if (!e) break;
          expanded = std::move(*e);
        } else {
          expanded = std::string(text);
        }
        if (expanded.size() > kMaxLightPieceBytes || LargestCount(expanded) > kMaxLightCount) break;
        run += expanded;
        if (!p.optional) score += p.group ? 3 : (p.word_char ? 1 : 0);
      }
      if (k == first) {
        ++k;  // a heavy piece
        continue;
      }
      if (score >= kMinRunScore) conditions.push_back(WidenUnicodeClasses(run));
    }
    if (conditions.empty()) return PatternFilter{};  // this branch needs every pattern run
    filter.branches.push_back(std::move(conditions));
  }
  return filter;
}

}  // namespace factlint
