// Metadata an HTML page states about its article.
//
//   PageMeta m = ReadPageMeta(doc.root(), layout, stats);   // input/html_content.h
//   m.title       // "Biden enverra 2 000 soldats en Europe de l'Est"
//   m.published   // {"2022-02-02T21:47:00+01:00", "2022-02-02"}: candidates, best first
//   m.lang        // "fr", from <html lang="fr-BE">
//   m.site_name   // "Le Soir"
//
// Where each comes from, the first found winning (texts are decoded, white space collapsed):
//   title      <meta property="og:title">, else the layout's <h1>, else <title>.
//   published  <meta property="article:published_time"> (or name=), then "datePublished" in a
//              <script type="application/ld+json"> block, then an element with
//              itemprop="datePublished" (its content or datetime attribute), then
//              <time pubdate datetime>, then the first <time datetime> in the article's root,
//              then the first one in the page outside <nav>, <aside> and <footer>. The caller
//              keeps the first candidate that is a valid date.
//   lang       the primary subtag of <html lang> when it is fr or en, else "" (detected).
//   site_name  <meta property="og:site_name">.
//   factlint_report  <meta name="generator" content="factlint ..."> (factlint's HTML reports).
//
// Internal to input/.
#ifndef FACTLINT_INPUT_HTML_META_H_
#define FACTLINT_INPUT_HTML_META_H_

#include <gumbo.h>

#include <string>
#include <vector>

#include "input/html_content.h"

namespace factlint {

struct PageMeta {
  std::string title;
  std::vector<std::string> published;
  std::string lang;
  std::string site_name;
  bool factlint_report = false;
};

PageMeta ReadPageMeta(const GumboNode* html, const ArticleLayout& layout, const PageStats& stats);

}  // namespace factlint

#endif  // FACTLINT_INPUT_HTML_META_H_
