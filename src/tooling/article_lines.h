// Lines of an article's original file, in its normalized text.
//
//   NormalizedRange r = LineRange(article, 12);  // line 12 of the file
//   std::string_view all = article.text.normalized();
//   std::string_view line = all.substr(r.begin, r.end - r.begin);
//   LineOf(article, claim_begin)                 // 12
//
// Rules match the normalized text; authors and sidecars speak of lines of the
// file. Pure.
#ifndef FACTLINT_TOOLING_ARTICLE_LINES_H_
#define FACTLINT_TOOLING_ARTICLE_LINES_H_

#include <cstddef>

#include "text/article.h"

namespace factlint {

struct NormalizedRange {
  size_t begin = 0;
  size_t end = 0;  // begin == end when the line is empty or past the end
};

// The normalized text of original line `line` (1-based), without its line break.
NormalizedRange LineRange(const Article& article, int line);

// The original line (1-based) of normalized offset `offset`.
int LineOf(const Article& article, size_t offset);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_ARTICLE_LINES_H_
