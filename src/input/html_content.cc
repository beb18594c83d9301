#include "input/html_content.h"

#include <string_view>
#include <vector>

#include "input/html_boilerplate.h"
#include "input/html_dom.h"

namespace factlint {
namespace {

size_t NonSpaceBytes(const char* text) {
  size_t n = 0;
  for (const char* p = text; p != nullptr && *p != '\0'; ++p) {
    if (!IsHtmlSpace(*p)) ++n;
  }
  return n;
}

bool IsLink(const GumboNode* e) {
  bool has_href = false;
  Attribute(e, "href", &has_href);
  return IsElement(e, GUMBO_TAG_A) && has_href;
}

// Whether `e` or an ancestor is invisible, or an ancestor is one of the page-furniture tags
// that never hold the article.
bool InsideFurniture(const GumboNode* e, bool count_self) {
  for (const GumboNode* a = count_self ? e : e->parent; a != nullptr; a = a->parent) {
    if (!IsElement(a)) continue;
    if (ClassifyElement(a) == HtmlPart::kInvisible) return true;
    if (a != e && IsUnknownElement(a, "dialog")) return true;
    switch (a->v.element.tag) {
      case GUMBO_TAG_NAV:
      case GUMBO_TAG_ASIDE:
      case GUMBO_TAG_FOOTER:
      case GUMBO_TAG_FORM:
      case GUMBO_TAG_MENU:
        if (a != e) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

// The element with the most text among those `accept` takes, or nullptr.
const GumboNode* MostText(const GumboNode* html, const PageStats& stats,
                          bool (*accept)(const GumboNode*)) {
  const GumboNode* best = nullptr;
  ForEachElement(html, [&](const GumboNode* e) {
    if (ClassifyElement(e) == HtmlPart::kInvisible) return false;
    if (accept(e) && (best == nullptr || stats.Of(e).text > stats.Of(best).text)) best = e;
    return true;
  });
  return best;
}

bool IsArticleBody(const GumboNode* e) { return HasToken(Attribute(e, "itemprop"), "articleBody"); }

bool IsArticle(const GumboNode* e) {
  return (IsElement(e, GUMBO_TAG_ARTICLE) || HasToken(Attribute(e, "role"), "article")) &&
         !InsideFurniture(e, false);
}

bool IsMain(const GumboNode* e) {
  return IsElement(e, GUMBO_TAG_MAIN) || HasToken(Attribute(e, "role"), "main");
}

const GumboNode* Body(const GumboNode* html) {
  for (const GumboNode* child : Children(html)) {
    if (IsElement(child, GUMBO_TAG_BODY)) return child;
  }
  return html;
}

// The first acceptable <h1> under `scope`, in document order; outside the article a heading
// that is mostly a link is a logo or a teaser, not the page's headline.
const GumboNode* FirstHeadline(const GumboNode* scope, const PageStats& stats, bool in_article) {
  const GumboNode* found = nullptr;
  ForEachElement(scope, [&](const GumboNode* e) {
    if (found != nullptr || ClassifyElement(e) == HtmlPart::kInvisible) return false;
    if (IsElement(e, GUMBO_TAG_H1) && !InsideFurniture(e, false)) {
      const ElementStats& s = stats.Of(e);
      if (s.text > 0 && (in_article || s.link_text * 2 <= s.text)) found = e;
      return false;
    }
    return true;
  });
  return found;
}

}  // namespace

PageStats::PageStats(const GumboNode* root) {
  // Post-order over the tree: an element's stats are its children's, summed.
  struct Frame {
    const GumboNode* node;
    bool done;
  };
  std::vector<Frame> stack = {{root, false}};
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    if (!IsElement(f.node)) continue;
    const HtmlPart part = ClassifyElement(f.node);
    if (!f.done) {
      stats_[f.node];
      if (part == HtmlPart::kInvisible) continue;
      stack.push_back({f.node, true});
      for (const GumboNode* child : Children(f.node)) stack.push_back({child, false});
      continue;
    }
    ElementStats sum;
    for (const GumboNode* child : Children(f.node)) {
      if (IsTextNode(child)) {
        const size_t n = NonSpaceBytes(child->v.text.text);
        sum.text += n;
        sum.content_text += n;
      } else if (IsElement(child)) {
        const ElementStats& c = stats_[child];
        sum.text += c.text;
        sum.link_text += c.link_text;
        const HtmlPart child_part = ClassifyElement(child);
        if (child_part != HtmlPart::kChrome && child_part != HtmlPart::kLabeled) {
          sum.content_text += c.content_text;
        }
      }
    }
    if (IsLink(f.node)) sum.link_text = sum.text;
    stats_[f.node] = sum;
  }
}

const ElementStats& PageStats::Of(const GumboNode* element) const {
  auto it = stats_.find(element);
  return it == stats_.end() ? none_ : it->second;
}

ArticleLayout FindArticle(const GumboNode* html, const PageStats& stats) {
  ArticleLayout layout;
  const GumboNode* body = Body(html);
  if (const GumboNode* e = MostText(html, stats, IsArticleBody); e && stats.Of(e).text > 0) {
    layout.root = e;
  } else if (const GumboNode* a = MostText(html, stats, IsArticle);
             a && stats.Of(a).text > 0 && stats.Of(a).text * 5 >= stats.Of(body).content_text) {
    layout.root = a;
  } else if (const GumboNode* m = MostText(html, stats, IsMain); m && stats.Of(m).text > 0) {
    layout.root = m;
  } else {
    layout.root = body;
  }
  layout.title = FirstHeadline(layout.root, stats, true);
  if (layout.title == nullptr) {
    layout.headline = FirstHeadline(html, stats, false);
    layout.title = layout.headline;
  }
  return layout;
}

}  // namespace factlint
