// HTML pages (.html, .htm) as saved from a news site: the article's visible text, read with
// gumbo, the HTML5 parser (libgumbo), so malformed markup reads as browsers read it.
//
//   <html lang="fr"><head>
//     <meta property="og:title" content="Biden enverra 2 000 soldats">
//     <meta property="article:published_time" content="2022-02-02T21:47:00+01:00">
//     <meta property="og:site_name" content="Le Soir"> ...
//   <body><nav>...</nav><article><h1>...</h1><p>Joe Biden enverra 2&nbsp;000 soldats ...
//
// The text is the article's visible text only: no scripts, styles, navigation, cookie
// banners, share buttons, comments or related links (input/html_content.h chooses the
// article's element, input/html_visible_text.h what inside it is read), laid out as
// paragraphs separated by blank lines (input/html_paragraphs.h).
// Metadata (input/html_meta.h): title from og:title, <h1> or <title>; published from
// article:published_time, JSON-LD datePublished or <time datetime> (the first that is a valid
// date); lang from <html lang> when it is fr or en, else detected from the text; source from
// og:site_name, else the id.
//
// The TextMap's normalized text is that visible text, with character references decoded
// ("&eacute;" is é, "&nbsp;" a no-break space), while its offsets point into the HTML file:
// claims report the line and column of the page's source, and their original text is the
// page's bytes, markup and references included ("5&nbsp;000", "<b>5</b> 000").
// Errors (kInputError): invalid UTF-8 or NUL bytes as for any article, elements nested more
// than kMaxHtmlNesting deep (input/html_nesting.h), a factlint HTML report (its quotes of
// every article would be read as one more article), and "empty article" for a page with no
// visible article text.
//
// Internal to input/; callers use ParseArticle in input/article_reader.h.
#ifndef FACTLINT_INPUT_HTML_H_
#define FACTLINT_INPUT_HTML_H_

#include <string>

#include "base/status.h"
#include "input/article_meta.h"
#include "text/article.h"

namespace factlint {

Result<Article> ParseHtml(MetaDraft draft, std::string bytes);

}  // namespace factlint

#endif  // FACTLINT_INPUT_HTML_H_
