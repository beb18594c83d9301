// Article: one news article, as read from a file, and its text prepared for matching.
//
//   // Built by input/ (ParseArticle, ForEachArticle in input/article_reader.h), or in tests:
//   Article a{meta, TextMap::Build(bytes, "a.txt").value()};
//   a.text.normalized()              // what rules match against
//   a.text.OriginalSpan(b, e)        // the exact bytes of the file behind [b, e)
//   a.text.Locate(b)                 // {line, column} in the original file
//
// The core never reads files: an Article carries everything it needs.
#ifndef FACTLINT_TEXT_ARTICLE_H_
#define FACTLINT_TEXT_ARTICLE_H_

#include <string>

#include "base/lang.h"
#include "text/text_map.h"

namespace factlint {

struct ArticleMeta {
  std::string id;         // stable id; defaults to the file name without extension
  std::string path;       // as given on the command line (for messages), "-" for stdin
  std::string source;     // outlet; defaults to the id
  std::string title;      // first line of a .txt, front matter of a .md
  std::string published;  // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM..." when known, else ""
  std::string story;      // story this article belongs to; defaults to its folder name
  Lang lang = Lang::kUnknown;
};

struct Article {
  ArticleMeta meta;
  TextMap text;  // the whole original file, normalized for matching
};

}  // namespace factlint

#endif  // FACTLINT_TEXT_ARTICLE_H_
