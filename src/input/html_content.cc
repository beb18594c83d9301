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

// Whether an ancestor of `e` is invisible or one of the page-furniture tags that never hold
// the article.
bool InsideFurniture(const GumboNode* e, const PageStats& stats) {
  for (const GumboNode* a = e->parent; a != nullptr; a = a->parent) {
    if (!IsElement(a)) continue;
    if (stats.Of(a).part == HtmlPart::kInvisible) return true;
    if (IsUnknownElement(a, "dialog")) return true;
    switch (a->v.element.tag) {
      case GUMBO_TAG_NAV:
      case GUMBO_TAG_ASIDE:
      case GUMBO_TAG_FOOTER:
      case GUMBO_TAG_FORM:
      case GUMBO_TAG_MENU:
        return true;
      default:
        break;
    }
  }
  return false;
}

bool IsArticleBody(const GumboNode* e) { return HasToken(Attribute(e, "itemprop"), "articleBody"); }

bool IsArticle(const GumboNode* e, const PageStats& stats) {
  return (IsElement(e, GUMBO_TAG_ARTICLE) || HasToken(Attribute(e, "role"), "article")) &&
         !InsideFurniture(e, stats);
}

bool IsMain(const GumboNode* e) {
  return IsElement(e, GUMBO_TAG_MAIN) || HasToken(Attribute(e, "role"), "main");
}

// The candidates for the article's element with the most text, of each kind, found in one walk.
struct Candidates {
  const GumboNode* article_body = nullptr;
  const GumboNode* article = nullptr;
  const GumboNode* main = nullptr;
};

Candidates FindCandidates(const GumboNode* html, const PageStats& stats) {
  Candidates c;
  auto keep = [&](const GumboNode** best, const GumboNode* e) {
    if (*best == nullptr || stats.Of(e).text > stats.Of(*best).text) *best = e;
  };
  ForEachElement(html, [&](const GumboNode* e) {
    if (stats.Of(e).part == HtmlPart::kInvisible) return false;
    if (IsArticleBody(e)) keep(&c.article_body, e);
    if (IsArticle(e, stats)) keep(&c.article, e);
    if (IsMain(e)) keep(&c.main, e);
    return true;
  });
  return c;
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
    if (found != nullptr || stats.Of(e).part == HtmlPart::kInvisible) return false;
    if (IsElement(e, GUMBO_TAG_H1) && !InsideFurniture(e, stats)) {
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
    if (!f.done) {
      const HtmlPart part = ClassifyElement(f.node);
      stats_[f.node].part = part;
      if (part == HtmlPart::kInvisible) continue;
      stack.push_back({f.node, true});
      for (const GumboNode* child : Children(f.node)) stack.push_back({child, false});
      continue;
    }
    ElementStats sum;
    sum.part = stats_[f.node].part;
    for (const GumboNode* child : Children(f.node)) {
      if (IsTextNode(child)) {
        const size_t n = NonSpaceBytes(child->v.text.text);
        sum.text += n;
        sum.content_text += n;
      } else if (IsElement(child)) {
        const ElementStats& c = stats_[child];
        sum.text += c.text;
        sum.link_text += c.link_text;
        if (c.part != HtmlPart::kChrome && c.part != HtmlPart::kLabeled) {
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
  const Candidates c = FindCandidates(html, stats);
  auto text = [&](const GumboNode* e) { return e == nullptr ? 0 : stats.Of(e).text; };
  if (text(c.article_body) > 0) {
    layout.root = c.article_body;
  } else if (text(c.article) > 0 && text(c.article) * 5 >= stats.Of(body).content_text) {
    layout.root = c.article;
  } else if (text(c.main) > 0) {
    layout.root = c.main;
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
