// Markdown articles (.md) with optional YAML front matter.
//
//   ---
//   title: "Biden envisage d'envoyer 5 000 soldats"
//   source: lesoir
//   published: 2022-01-24
//   lang: fr
//   ---
//   # Joe Biden envisage d’envoyer 5 000 soldats ...
//
// Front matter must open on the first line (after an optional BOM) with `---` and close with
// `---` or `...`. Its keys are those of kMetaKeys in input/article_meta.h; any other key, a
// value that is not a single scalar, a repeated key or malformed YAML is a kInputError at the
// file:line:col of the problem. The title defaults to the first `# heading`, else to the first
// non-blank line. The TextMap covers the whole file, but the front matter reads as blanks in
// the normalized text so that no rule matches inside it while line numbers stay those of the
// file.
//
// Internal to input/; callers use ParseArticle in input/article_reader.h.
#ifndef FACTLINT_INPUT_MARKDOWN_H_
#define FACTLINT_INPUT_MARKDOWN_H_

#include <string>

#include "base/status.h"
#include "input/article_meta.h"
#include "text/article.h"

namespace factlint {

Result<Article> ParseMarkdown(MetaDraft draft, std::string bytes);

}  // namespace factlint

#endif  // FACTLINT_INPUT_MARKDOWN_H_
