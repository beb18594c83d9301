#include "extract/clause.h"

#include <algorithm>

namespace factlint {

bool IsClauseBoundary(std::string_view s, size_t i) {
  char c = s[i];
  if (c == ',') {
    auto digit = [&](size_t k) { return k < s.size() && s[k] >= '0' && s[k] <= '9'; };
    return !(i > 0 && digit(i - 1) && digit(i + 1));
  }
  return c == ';' || c == ':' || c == '(' || c == ')' || c == '"';
}

std::pair<size_t, size_t> ClauseAround(std::string_view s, size_t match_begin, size_t match_end) {
  size_t begin = std::min(match_begin, s.size());
  while (begin > 0 && !IsClauseBoundary(s, begin - 1)) --begin;
  size_t end = std::min(std::max(match_end, begin), s.size());
  while (end < s.size() && !IsClauseBoundary(s, end)) ++end;
  return {begin, end};
}

}  // namespace factlint
