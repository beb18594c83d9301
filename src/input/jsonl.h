// JSON Lines corpora (.jsonl): one article per line, read as a stream.
//
//   {"id": "lesoir-1", "source": "lesoir", "title": "...", "published": "2022-01-24",
//    "lang": "fr", "story": "ukraine", "text": "Le président américain ..."}
//
// Only "text" is required. Other keys are those of kMetaKeys in input/article_meta.h; any other
// key is an error, as in front matter. Defaults: id "<file stem>:<line>", source = id, story =
// the file's folder, lang detected. Blank lines are skipped. Each Article's path is the .jsonl
// file's path and its TextMap is built from "text" alone: line and column numbers of its claims
// count within that text, not within the .jsonl file. A bad line (invalid JSON, not an object,
// missing or mistyped field, invalid text, longer than ReadOptions::max_article_bytes) stops
// the read with a kInputError at file:line.
//
// Internal to input/; callers use ForEachArticle in input/article_reader.h.
#ifndef FACTLINT_INPUT_JSONL_H_
#define FACTLINT_INPUT_JSONL_H_

#include <functional>
#include <istream>
#include <string>

#include "base/status.h"
#include "input/read_options.h"
#include "text/article.h"

namespace factlint {

// Calls `visit` with each article of `in`, in order; stops at and returns the first error,
// its own or visit's. Memory holds one line at a time.
Status ForEachJsonlArticle(std::istream& in, const std::string& path, const ReadOptions& options,
                           const std::function<Status(Article&&)>& visit);

}  // namespace factlint

#endif  // FACTLINT_INPUT_JSONL_H_
