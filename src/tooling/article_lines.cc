#include "tooling/article_lines.h"

namespace factlint {

int LineOf(const Article& article, size_t offset) {
  return article.text.Locate(article.text.ToOriginal(offset)).line;
}

NormalizedRange LineRange(const Article& article, int line) {
  const std::string& norm = article.text.normalized();
  // First normalized offset whose original line is >= `target` (lines only grow).
  auto first_at = [&](int target) {
    size_t lo = 0, hi = norm.size();
    while (lo < hi) {
      size_t mid = lo + (hi - lo) / 2;
      if (LineOf(article, mid) < target) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  };
  NormalizedRange r;
  r.begin = first_at(line);
  r.end = first_at(line + 1);
  while (r.end > r.begin && (norm[r.end - 1] == '\n' || norm[r.end - 1] == '\r')) --r.end;
  if (r.begin < norm.size() && LineOf(article, r.begin) != line) r.end = r.begin;
  return r;
}

}  // namespace factlint
