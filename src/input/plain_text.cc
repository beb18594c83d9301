#include "input/plain_text.h"

#include <utility>

namespace factlint {

Result<Article> ParsePlainText(MetaDraft draft, std::string bytes) {
  const std::string path = draft.meta.path;
  FACTLINT_ASSIGN_OR_RETURN(TextMap text, TextMap::Build(std::move(bytes), path));
  auto [b, e] = FirstNonBlankLine(text.normalized());
  // The title keeps the file's own typography (’ « »), so it is taken from the original bytes.
  if (b != std::string::npos) draft.meta.title = std::string(text.OriginalSpan(b, e));
  return FinishArticle(std::move(draft), std::move(text), SourceLoc{path});
}

}  // namespace factlint
