// Plain-text articles (.txt): the first non-blank line is the title; the whole file, title
// included, is the text rules match (headlines carry claims too).
//
// Internal to input/; callers use ParseArticle in input/article_reader.h.
#ifndef FACTLINT_INPUT_PLAIN_TEXT_H_
#define FACTLINT_INPUT_PLAIN_TEXT_H_

#include <string>

#include "base/status.h"
#include "input/article_meta.h"
#include "text/article.h"

namespace factlint {

Result<Article> ParsePlainText(MetaDraft draft, std::string bytes);

}  // namespace factlint

#endif  // FACTLINT_INPUT_PLAIN_TEXT_H_
