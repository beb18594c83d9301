#include "rules/regex_source.h"

namespace factlint {
namespace {

bool IsIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool IsIdentChar(char c) { return IsIdentStart(c) || (c >= '0' && c <= '9'); }

// Position just past the character class opening at s[i] == '['.
size_t SkipClass(std::string_view s, size_t i) {
  size_t j = i + 1;
  if (j < s.size() && s[j] == '^') ++j;
  if (j < s.size() && s[j] == ']') ++j;  // a leading ']' is literal
  while (j < s.size() && s[j] != ']') {
    if (s[j] == '\\') {
      j += 2;
    } else if (s[j] == '[' && j + 1 < s.size() && s[j + 1] == ':') {
      size_t close = s.find(":]", j + 2);  // [:alpha:]
      j = close == std::string_view::npos ? j + 1 : close + 2;
    } else {
      ++j;
    }
  }
  return j < s.size() ? j + 1 : s.size();
}

// Position just past the escape starting at s[i] == '\\'.
size_t SkipEscape(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return s.size();
  char c = s[i + 1];
  if (c == 'Q') {  // literal text up to \E
    size_t close = s.find("\\E", i + 2);
    return close == std::string_view::npos ? s.size() : close + 2;
  }
  if ((c == 'p' || c == 'P' || c == 'x') && i + 2 < s.size() && s[i + 2] == '{') {
    size_t close = s.find('}', i + 3);
    return close == std::string_view::npos ? s.size() : close + 1;
  }
  return i + 2;
}

// Length of the identifier at s[i], 0 if none.
size_t IdentifierLength(std::string_view s, size_t i) {
  if (i >= s.size() || !IsIdentStart(s[i])) return 0;
  size_t j = i + 1;
  while (j < s.size() && IsIdentChar(s[j])) ++j;
  return j - i;
}

}  // namespace

bool IsIdentifier(std::string_view name) {
  return !name.empty() && IdentifierLength(name, 0) == name.size();
}

RegexSourceScan ScanRegexSource(std::string_view s) {
  constexpr std::string_view kGazPrefix = "gaz:";
  constexpr std::string_view kNamedGroup = "(?P<";
  RegexSourceScan scan;
  int depth = 0;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == '\\') {
      i = SkipEscape(s, i);
    } else if (c == '[') {
      i = SkipClass(s, i);
    } else if (c == '(') {
      ++depth;
      if (s.substr(i, kNamedGroup.size()) == kNamedGroup) {
        size_t name_begin = i + kNamedGroup.size();
        size_t close = s.find('>', name_begin);
        if (close != std::string_view::npos) {
          scan.named_groups.emplace_back(s.substr(name_begin, close - name_begin));
        }
      }
      ++i;
    } else if (c == ')') {
      if (--depth < 0) scan.balanced = false;
      ++i;
    } else if (c == '{') {
      bool gazetteer = s.substr(i + 1, kGazPrefix.size()) == kGazPrefix;
      size_t name_begin = i + 1 + (gazetteer ? kGazPrefix.size() : 0);
      size_t length = IdentifierLength(s, name_begin);
      size_t close = name_begin + length;
      if (length > 0 && close < s.size() && s[close] == '}') {
        scan.references.push_back(
            {i, close + 1, std::string(s.substr(name_begin, length)), gazetteer});
        i = close + 1;
        continue;
      }
      if (gazetteer) {
        size_t end = s.find('}', i);
        scan.malformed_references.emplace_back(
            s.substr(i, end == std::string_view::npos ? s.size() - i : end + 1 - i));
      }
      ++i;
    } else {
      ++i;
    }
  }
  if (depth != 0) scan.balanced = false;
  return scan;
}

}  // namespace factlint
