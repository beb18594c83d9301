// A window of one original line around a span, for showing a match with a caret.
//
//   Excerpt e = MakeExcerpt(text_map, begin, end, 120);
//   // e.text: "… déploiement de 3 000 soldats en Europe de l'Est pour"
//   // e.column: code points before the match inside e.text; e.width: match width
#ifndef FACTLINT_TEXT_EXCERPT_H_
#define FACTLINT_TEXT_EXCERPT_H_

#include <string>

#include "text/text_map.h"

namespace factlint {

struct Excerpt {
  std::string text;
  int column = 0;
  int width = 0;
};

// [begin, end) are original byte offsets; the match is clipped to its first line.
Excerpt MakeExcerpt(const TextMap& map, size_t begin, size_t end, int max_width = 120);

}  // namespace factlint

#endif  // FACTLINT_TEXT_EXCERPT_H_
