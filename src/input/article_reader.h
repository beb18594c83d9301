// Reading articles: the edge where files become Articles (src/text/article.h).
//
//   ReadOptions options;                      // input/read_options.h
//   Diagnostics warnings;                     // files skipped in folders
//   Status st = ForEachArticle({"stories/ukraine/", "extra.md", "-"}, options, &warnings,
//                              [&](Article&& a) -> Status {
//                                claims.Add(Extract(pack, a));
//                                return Status::Ok();  // or an error to stop the walk
//                              });
//   for (const Status& w : warnings) std::cerr << w.ToString() << "\n";
//   if (!st.ok()) { std::cerr << st.ToString() << "\n"; return 2; }
//
//   // Without the file system, e.g. in tests or a fuzz target:
//   Result<Article> a = ParseArticle("ukraine/000.txt", bytes, ReadOptions{});
//
// Formats, chosen by extension (case-insensitive):
//   .txt    the first non-blank line is the title; the whole file is the text.
//   .md     optional YAML front matter (id, title, source, published, lang, story; any other
//           key is an error); title defaults to the first `# heading`. See input/markdown.h.
//   .jsonl  one article per line, read as a stream. See input/jsonl.h.
//   .html   (or .htm) a page saved from a news site: its article's visible text, read with
//           gumbo; claims are located in the HTML source. See input/html.h.
// Metadata defaults: id = file name without extension, source = id, story = name of the
// containing folder ("stdin" for "-"), lang = front matter's (or an HTML page's), else
// DetectLanguage (text/language.h), path = as given.
// Errors are Status values naming file:line:col:
//   kIoError     "no such file or directory", "permission denied", ...
//   kInputError  "unsupported file type", "empty article" (nothing but white space),
//                "invalid UTF-8 at byte N", "NUL byte at byte N (binary file?)", front matter
//                and .jsonl problems, articles over ReadOptions::max_article_bytes.
// Articles are delivered one at a time, so memory holds one article (or one .jsonl line)
// whatever the corpus size. Functions here are thread-compatible: no shared state.
#ifndef FACTLINT_INPUT_ARTICLE_READER_H_
#define FACTLINT_INPUT_ARTICLE_READER_H_

#include <functional>
#include <string>
#include <vector>

#include "base/status.h"
#include "input/read_file.h"  // ReadFileBytes
#include "input/read_options.h"
#include "text/article.h"

namespace factlint {

// Builds the article of one .txt, .md or .html file from its bytes; `path` gives the format (by its
// extension) and the default metadata, and labels errors. Reads nothing but the name of the
// current directory (the story of a bare file name). A .jsonl path is an error: it holds many
// articles, see ForEachArticle.
Result<Article> ParseArticle(const std::string& path, std::string bytes,
                             const ReadOptions& options);

// Calls `visit` with every article of `paths`, in order:
//   - a file named explicitly must have a readable extension, else "unsupported file type";
//   - a folder is walked recursively in sorted order (input/folder_walk.h): hidden entries are
//     left out, other unreadable files are left out with a warning appended to `warnings`
//     (which may be null);
//   - "-" is standard input (ReadOptions::stdin_stream, else std::cin), read as
//     ReadOptions::stdin_format.
// Returns the first error, from reading or from `visit`, and stops there.
Status ForEachArticle(const std::vector<std::string>& paths, const ReadOptions& options,
                      Diagnostics* warnings, const std::function<Status(Article&&)>& visit);

}  // namespace factlint

#endif  // FACTLINT_INPUT_ARTICLE_READER_H_
