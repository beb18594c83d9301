// ArticleFormat: the kinds of article files, told apart by file extension.
//
//   FormatForPath("stories/a.MD")   // ArticleFormat::kMarkdown (extensions ignore case)
//   FormatForPath("photo.png")      // std::nullopt
//   FormatForPath("page.htm")       // ArticleFormat::kHtml
//
// Adding a format means adding it here and one case to the switch in article_reader.cc.
#ifndef FACTLINT_INPUT_ARTICLE_FORMAT_H_
#define FACTLINT_INPUT_ARTICLE_FORMAT_H_

#include <optional>
#include <string>
#include <string_view>

namespace factlint {

enum class ArticleFormat { kPlainText, kMarkdown, kJsonl, kHtml };

// The format a path's extension names, if it is one of .txt .md .jsonl .html .htm.
std::optional<ArticleFormat> FormatForPath(std::string_view path);
// The format named by a --stdin-format style name: "txt", "md", "jsonl" or "html".
std::optional<ArticleFormat> FormatForName(std::string_view name);
// Whether articles of this format can be read yet.
bool HasReader(ArticleFormat format);
// The extensions that can be read, for messages: ".txt, .md, .jsonl, .html or .htm".
std::string ReadableExtensions();
// How standard input is read, from its first byte: "jsonl" after '{' (a shard of JSON
// Lines), "html" after '<' (a saved page), "txt" otherwise.
std::string_view StdinFormatFor(int first_byte);

}  // namespace factlint

#endif  // FACTLINT_INPUT_ARTICLE_FORMAT_H_
