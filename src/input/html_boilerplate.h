// What an HTML element is, as far as reading an article goes: part of the text, never shown,
// or page furniture around the article.
//
//   switch (ClassifyElement(node)) {
//     case HtmlPart::kContent: ...     // read its text
//     case HtmlPart::kInvisible: ...   // <script>, <style>, hidden="", display:none ...
//     case HtmlPart::kChrome: ...      // <nav>, <aside>, <footer>, role="navigation" ...
//     case HtmlPart::kLabeled: ...     // class="cookie-banner", id="comments" ...
//   }
//   IsBlockElement(node)             // <p>, <div>, <li>, <h2>: its text is a paragraph of its own
//   StartsWithReadMore("Lire aussi : Biden ...")  // true: a link to another article
//
// The rules, in order (the first that applies wins):
//   kInvisible  script, style, noscript, template, head and its elements, form controls
//               (button, input, select, textarea, option), media and embeds (img, svg, math,
//               canvas, video, audio, iframe, object, embed, picture, map), and any element
//               with the `hidden` attribute, aria-hidden="true", or an inline style with
//               display:none or visibility:hidden.
//   kChrome     nav, aside, footer, form, dialog, menu; header unless inside an <article> or
//               <main> (an article's own header holds its headline and date); any element
//               whose role is navigation, banner, contentinfo, complementary, search, dialog,
//               alertdialog, menu, menubar or toolbar.
//   kLabeled    an element whose class or id names boilerplate. Each class (and the id) is cut
//               at '-', '_' and case changes into words; it is boilerplate when its first or last
//               word is one of: cookie(s), consent, gdpr, share, sharing, partage, social,
//               comment(s), commentaires, related, newsletter, promo, advert(isement), publicite,
//               ad(s), adslot, sponsor(ed), outbrain, taboola, breadcrumb(s), subscribe,
//               subscription, paywall, popup, modal, sidebar, widget, recommended, recirculation,
//               tags, teaser(s); or when it holds the words "read more",
//               "most read", "more stories", "lire aussi", "a lire", "plus lus", "voir aussi",
//               "see also". Classes starting with is-, has-, js- or with- are states, not names.
//   kContent    everything else.
// Whether a kChrome or kLabeled element is really left out is the caller's decision
// (input/html_visible_text.h keeps one that holds most of the article's text).
//
// Internal to input/.
#ifndef FACTLINT_INPUT_HTML_BOILERPLATE_H_
#define FACTLINT_INPUT_HTML_BOILERPLATE_H_

#include <gumbo.h>

#include <string_view>

namespace factlint {

enum class HtmlPart { kContent, kInvisible, kChrome, kLabeled };

HtmlPart ClassifyElement(const GumboNode* element);

// Elements that start and end a paragraph of text (p, div, h1-h6, li, td, blockquote, ...).
bool IsBlockElement(const GumboNode* element);

// Whether `text` (the start of a block's text) opens with a "read more" cue: "Lire aussi",
// "À lire aussi", "Lire la suite", "Voir aussi", "Sur le même sujet", "Read more", "Read also",
// "Also read", "See also", "Related", "More on this" (case ignored).
bool StartsWithReadMore(std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_INPUT_HTML_BOILERPLATE_H_
