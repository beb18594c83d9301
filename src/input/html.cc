#include "input/html.h"

#include <string_view>
#include <utility>
#include <vector>

#include "input/html_content.h"
#include "input/html_document.h"
#include "input/html_meta.h"
#include "input/html_nesting.h"
#include "input/html_visible_text.h"

namespace factlint {
namespace {

Status NestingError(const std::string& bytes, size_t at, const std::string& path) {
  // Locating the tag needs the page's lines; a page that is not UTF-8 reports that first.
  FACTLINT_ASSIGN_OR_RETURN(TextMap lines, TextMap::FromPieces(bytes, {}, path));
  const LineCol lc = lines.Locate(at);
  return Status::InputError("HTML elements nested more than " + std::to_string(kMaxHtmlNesting) +
                                " deep: factlint does not read such pages",
                            SourceLoc{path, lc.line, lc.column});
}

// Sets what the page says about itself; a value the page gets wrong (a date that is not a
// date) is passed over, as the page is not the user's to fix.
void ApplyPageMeta(const PageMeta& page, const std::string& path, MetaDraft* draft) {
  const SourceLoc loc{path};
  draft->meta.title = page.title;
  if (!page.site_name.empty()) (void)SetMetaField("source", page.site_name, loc, draft);
  if (!page.lang.empty()) (void)SetMetaField("lang", page.lang, loc, draft);
  for (const std::string& date : page.published) {
    if (SetMetaField("published", date, loc, draft).ok()) break;
  }
}

}  // namespace

Result<Article> ParseHtml(MetaDraft draft, std::string bytes) {
  const std::string path = draft.meta.path;
  if (const size_t at = FindDeepNesting(bytes, kMaxHtmlNesting); at != std::string_view::npos) {
    return NestingError(bytes, at, path);
  }
  std::vector<TextMap::Piece> pieces;
  {
    // The parse tree points into `bytes`: it must be gone before they move.
    HtmlDocument doc(bytes);
    PageStats stats(doc.root());
    ArticleLayout layout = FindArticle(doc.root(), stats);
    const PageMeta page = ReadPageMeta(doc.root(), layout, stats);
    if (page.factlint_report) {
      // Its quotes of every article would be compared with the articles themselves.
      return Status::InputError(
          "this is a factlint report, not an article: write reports outside the folders you check",
          SourceLoc{path});
    }
    pieces = VisibleTextPieces(doc, layout, stats);
    ApplyPageMeta(page, path, &draft);
  }
  FACTLINT_ASSIGN_OR_RETURN(TextMap text, TextMap::FromPieces(std::move(bytes), pieces, path));
  return FinishArticle(std::move(draft), std::move(text), SourceLoc{path});
}

}  // namespace factlint
