// Where the article sits in a page, and how much text each element holds.
//
//   PageStats stats(doc.root());
//   ArticleLayout layout = FindArticle(doc.root(), stats);
//   layout.root       // the element whose text is the article
//   layout.headline   // an <h1> outside root to read before it, or nullptr
//   layout.title      // the <h1> that titles the page (in root or not), or nullptr
//
// The root is, the first that exists:
//   1. the element marked itemprop="articleBody" with the most text;
//   2. the <article> (or role="article") with the most text, when it holds at least a fifth of
//      the page's text outside navigation and other boilerplate (a page of teasers in <article>
//      elements has no article of its own), and is not inside <nav>, <aside> or <footer>;
//   3. the <main> (or role="main") with the most text;
//   4. <body>.
// The title is root's first <h1> with visible text. When root holds none, the headline is the
// page's first <h1> that is not hidden, not inside <nav>, <aside>, <footer>, <form>, <dialog>
// or <menu>, and whose visible text is not mostly a link (a logo, a teaser); its text is read
// with the article's, since headlines carry claims too.
//
// Internal to input/.
#ifndef FACTLINT_INPUT_HTML_CONTENT_H_
#define FACTLINT_INPUT_HTML_CONTENT_H_

#include <gumbo.h>

#include <cstddef>
#include <unordered_map>

#include "input/html_boilerplate.h"

namespace factlint {

struct ElementStats {
  HtmlPart part = HtmlPart::kContent;  // ClassifyElement's answer
  size_t text = 0;          // non-space bytes of visible text (not under kInvisible elements)
  size_t link_text = 0;     // the part of it inside <a href>
  size_t content_text = 0;  // the part of it outside kChrome and kLabeled elements
};

// Computed once per page: classifying an element reads its attributes.
class PageStats {
 public:
  explicit PageStats(const GumboNode* root);
  // Zeros (and kContent) for nodes that are not elements under the root.
  const ElementStats& Of(const GumboNode* element) const;

 private:
  std::unordered_map<const GumboNode*, ElementStats> stats_;
  ElementStats none_;
};

struct ArticleLayout {
  const GumboNode* root = nullptr;
  const GumboNode* headline = nullptr;
  const GumboNode* title = nullptr;
};

ArticleLayout FindArticle(const GumboNode* html, const PageStats& stats);

}  // namespace factlint

#endif  // FACTLINT_INPUT_HTML_CONTENT_H_
