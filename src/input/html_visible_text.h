// The visible text of an article in an HTML page, as TextMap pieces over the page's bytes.
//
//   HtmlDocument doc(bytes);
//   PageStats stats(doc.root());
//   ArticleLayout layout = FindArticle(doc.root(), stats);      // input/html_content.h
//   std::vector<TextMap::Piece> pieces = VisibleTextPieces(doc, layout, stats);
//   Result<TextMap> text = TextMap::FromPieces(bytes, pieces, path);
//
// Reads layout.headline (when there is one) and layout.root, in page order, laid out by
// ParagraphBuilder (input/html_paragraphs.h). Inside them these elements are left out:
//   - kInvisible elements (input/html_boilerplate.h): scripts, styles, hidden elements, ...;
//   - kChrome and kLabeled elements: navigation, asides, footers, cookie banners, share
//     buttons, comments, related links, ads;
//   - link lists: a block element other than a heading more than half of whose text is
//     inside links;
//   - "read more" blocks: a block under 300 bytes of text, holding a link, whose text starts
//     with a "read more" cue ("Lire aussi : ...", "Read more: ...").
//   - content the parser moved out of a table (foster parenting): stray text and elements
//     written inside a <table> but outside its cells;
// except that an element holding at least 80% of the root's text is always read (pages that
// wrap the whole article in a <form> or in a container named "share-wrapper"), and the
// headline is read wherever it sits. The walk is iterative: any nesting depth is safe.
//
// Internal to input/.
#ifndef FACTLINT_INPUT_HTML_VISIBLE_TEXT_H_
#define FACTLINT_INPUT_HTML_VISIBLE_TEXT_H_

#include <vector>

#include "input/html_content.h"
#include "input/html_document.h"
#include "text/text_map.h"

namespace factlint {

std::vector<TextMap::Piece> VisibleTextPieces(const HtmlDocument& doc, const ArticleLayout& layout,
                                              const PageStats& stats);

}  // namespace factlint

#endif  // FACTLINT_INPUT_HTML_VISIBLE_TEXT_H_
