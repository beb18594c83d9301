#include "input/html_boilerplate.h"

#include <string>
#include <vector>

#include "input/html_dom.h"

namespace factlint {
namespace {

bool IsInvisibleTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
      return true;
    default:
      return false;
  }
}

bool IsHidden(const GumboNode* e) {
  bool hidden = false;
  Attribute(e, "hidden", &hidden);
  if (hidden) return true;
  if (EqualsIgnoreCase(Attribute(e, "aria-hidden"), "true")) return true;
  const std::string_view declared = Attribute(e, "style");
  if (declared.empty()) return false;
  std::string style;
  for (char c : AsciiLower(declared)) {
    if (!IsHtmlSpace(c)) style.push_back(c);
  }
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool IsChromeTag(const GumboNode* e) {
  if (IsUnknownElement(e, "dialog")) return true;
  switch (e->v.element.tag) {
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_MENU:
      return true;
    case GUMBO_TAG_HEADER:
      for (const GumboNode* a = e->parent; a != nullptr; a = a->parent) {
        if (IsElement(a, GUMBO_TAG_ARTICLE) || IsElement(a, GUMBO_TAG_MAIN)) return false;
      }
      return true;
    default:
      return false;
  }
}

bool IsChromeRole(std::string_view role) {
  static constexpr std::string_view kRoles[] = {
      "navigation", "banner",      "contentinfo", "complementary", "search",
      "dialog",     "alertdialog", "menu",        "menubar",       "toolbar"};
  for (std::string_view r : kRoles) {
    if (HasToken(role, r)) return true;
  }
  return false;
}

// "social-share", "shareButtons", "comments_list" -> its words, as views into `name`.
std::vector<std::string_view> Words(std::string_view name) {
  std::vector<std::string_view> words;
  size_t start = 0;
  auto end_word = [&](size_t end) {
    if (end > start) words.push_back(name.substr(start, end - start));
  };
  for (size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    const bool upper = c >= 'A' && c <= 'Z';
    const bool lower_or_digit = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (!upper && !lower_or_digit) {
      end_word(i);
      start = i + 1;
    } else if (upper && i > start && name[i - 1] >= 'a' && name[i - 1] <= 'z') {
      end_word(i);
      start = i;
    }
  }
  end_word(name.size());
  return words;
}

bool IsBoilerplateWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "cookie",     "cookies",     "consent",   "gdpr",          "share",         "sharing",
      "partage",    "social",      "comment",   "comments",      "commentaires",  "related",
      "newsletter", "promo",       "advert",    "advertisement", "publicite",     "ad",
      "ads",        "adslot",      "sponsor",   "sponsored",     "outbrain",      "taboola",
      "breadcrumb", "breadcrumbs", "subscribe", "subscription",  "paywall",       "popup",
      "modal",      "sidebar",     "widget",    "recommended",   "recirculation", "tags",
      "teaser",     "teasers"};
  for (std::string_view k : kWords) {
    if (EqualsIgnoreCase(w, k)) return true;
  }
  return false;
}

bool HasPhrase(const std::vector<std::string_view>& words) {
  static constexpr std::string_view kPhrases[][2] = {
      {"read", "more"}, {"most", "read"},  {"more", "stories"}, {"lire", "aussi"}, {"a", "lire"},
      {"plus", "lus"},  {"voir", "aussi"}, {"see", "also"},     {"read", "also"}};
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    for (const auto& p : kPhrases) {
      if (EqualsIgnoreCase(words[i], p[0]) && EqualsIgnoreCase(words[i + 1], p[1])) return true;
    }
  }
  return false;
}

bool IsBoilerplateName(std::string_view name) {
  for (std::string_view state : {"is-", "has-", "js-", "with-"}) {
    if (StartsWithIgnoreCase(name, state)) return false;
  }
  const std::vector<std::string_view> words = Words(name);
  if (words.empty()) return false;
  return IsBoilerplateWord(words.front()) || IsBoilerplateWord(words.back()) || HasPhrase(words);
}

bool HasBoilerplateLabel(const GumboNode* e) {
  if (IsBoilerplateName(Attribute(e, "id"))) return true;
  std::string_view classes = Attribute(e, "class");
  size_t i = 0;
  while (i < classes.size()) {
    while (i < classes.size() && IsHtmlSpace(classes[i])) ++i;
    size_t j = i;
    while (j < classes.size() && !IsHtmlSpace(classes[j])) ++j;
    if (j > i && IsBoilerplateName(classes.substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

}  // namespace

HtmlPart ClassifyElement(const GumboNode* e) {
  if (!IsElement(e)) return HtmlPart::kContent;
  if (e->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return HtmlPart::kInvisible;
  if (IsInvisibleTag(e->v.element.tag) || IsHidden(e)) return HtmlPart::kInvisible;
  if (IsChromeTag(e) || IsChromeRole(Attribute(e, "role"))) return HtmlPart::kChrome;
  if (HasBoilerplateLabel(e)) return HtmlPart::kLabeled;
  return HtmlPart::kContent;
}

bool IsBlockElement(const GumboNode* e) {
  if (!IsElement(e)) return false;
  switch (e->v.element.tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

bool StartsWithReadMore(std::string_view text) {
  static constexpr std::string_view kCues[] = {
      "lire aussi", "à lire aussi",      "a lire aussi",    "lire la suite", "lire également",
      "voir aussi", "sur le même sujet", "read more",       "read also",     "also read",
      "see also",   "related:",          "related stories", "more on this"};
  std::string start = AsciiLower(text.substr(0, 40));
  if (start.starts_with("\xC3\x80")) start.replace(0, 2, "\xC3\xA0");  // À -> à
  for (std::string_view cue : kCues) {
    if (start.starts_with(cue)) return true;
  }
  return false;
}

}  // namespace factlint
