#include "input/html_visible_text.h"

#include <span>
#include <unordered_set>

#include "input/html_boilerplate.h"
#include "input/html_dom.h"
#include "input/html_paragraphs.h"
#include "input/html_text_node.h"

namespace factlint {
namespace {

constexpr size_t kReadMoreMaxText = 300;

// Headings are often links to themselves (permalinks): they are not link lists.
bool IsHeading(const GumboNode* e) {
  switch (e->v.element.tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return true;
    default:
      return false;
  }
}

class Walker {
 public:
  Walker(const HtmlDocument& doc, const ArticleLayout& layout, const PageStats& stats)
      : doc_(doc), layout_(layout), stats_(stats), builder_(doc.bytes()) {
    for (const GumboNode* target : {layout.root, layout.headline}) {
      if (target == nullptr) continue;
      for (const GumboNode* a = target->parent; a != nullptr; a = a->parent) leads_to_.insert(a);
    }
    root_text_ = stats.Of(layout.root).text;
  }

  std::vector<TextMap::Piece> Run() && {
    // Outside the targets only the way to them is walked; inside, the text is read.
    enum Mode { kOutside, kInside, kBlockEnd };
    struct Frame {
      const GumboNode* node;
      Mode mode;
    };
    std::vector<Frame> stack = {{doc_.root(), kOutside}};
    auto push_children = [&](const GumboNode* n, Mode mode) {
      auto kids = Children(n);
      for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back({*it, mode});
    };
    while (!stack.empty()) {
      const Frame f = stack.back();
      stack.pop_back();
      if (f.mode == kBlockEnd) {
        builder_.BlockBoundary();
        continue;
      }
      const GumboNode* n = f.node;
      const bool target = n == layout_.root || n == layout_.headline;
      if (f.mode == kOutside && !target) {
        if (leads_to_.contains(n)) push_children(n, kOutside);
        continue;
      }
      if (IsTextNode(n)) {
        ReadText(n);
        continue;
      }
      if (!IsElement(n)) continue;
      if (!target && LeftOut(n)) {
        if (leads_to_.contains(n)) push_children(n, kOutside);  // the headline is in there
        continue;
      }
      if (IsElement(n, GUMBO_TAG_BR)) {
        const GumboStringPiece& tag = n->v.element.original_tag;
        if (tag.length > 0 && doc_.Contains(tag.data)) {
          const size_t at = doc_.OffsetOf(tag.data);
          builder_.LineBreak(at, at + tag.length);
        }
        continue;
      }
      if (IsBlockElement(n)) {
        builder_.BlockBoundary();
        stack.push_back({n, kBlockEnd});
      }
      push_children(n, kInside);
    }
    return std::move(builder_).Finish();
  }

 private:
  void ReadText(const GumboNode* n) {
    const GumboStringPiece& original = n->v.text.original_text;
    if (original.length == 0 || !doc_.Contains(original.data) ||
        !doc_.Contains(original.data + original.length) || MovedBeforeTable(n)) {
      return;
    }
    const std::string_view decoded = n->v.text.text != nullptr ? n->v.text.text : "";
    builder_.Text(AlignTextNode(std::string_view(original.data, original.length),
                                doc_.OffsetOf(original.data), decoded));
  }

  // Text the parser moved out of a table (foster parenting) sits before the table in the tree
  // but inside it in the page: it is markup debris, and reading it would break page order.
  bool MovedBeforeTable(const GumboNode* text) const {
    std::span<GumboNode* const> siblings = Children(text->parent);
    for (size_t i = text->index_within_parent + 1; i < siblings.size(); ++i) {
      const GumboNode* next = siblings[i];
      if (!IsElement(next)) continue;
      const GumboStringPiece& tag = next->v.element.original_tag;
      return tag.length > 0 && doc_.Contains(tag.data) &&
             tag.data < text->v.text.original_text.data;
    }
    return false;
  }

  bool LeftOut(const GumboNode* e) const {
    if ((e->parse_flags & GUMBO_INSERTION_FOSTER_PARENTED) != 0) return true;  // likewise
    const ElementStats& s = stats_.Of(e);
    const HtmlPart part = s.part;
    if (part == HtmlPart::kInvisible) return true;
    bool boilerplate = part == HtmlPart::kChrome || part == HtmlPart::kLabeled;
    if (!boilerplate && IsBlockElement(e) && !IsHeading(e) && s.link_text > 0) {
      boilerplate = s.link_text * 2 > s.text ||
                    (s.text < kReadMoreMaxText && StartsWithReadMore(CollapsedText(e)));
    }
    // Whatever it looks like, an element with nearly all of the article's text is the article.
    return boilerplate && s.text * 5 < root_text_ * 4;
  }

  const HtmlDocument& doc_;
  const ArticleLayout& layout_;
  const PageStats& stats_;
  ParagraphBuilder builder_;
  std::unordered_set<const GumboNode*> leads_to_;  // proper ancestors of root and headline
  size_t root_text_ = 0;
};

}  // namespace

std::vector<TextMap::Piece> VisibleTextPieces(const HtmlDocument& doc, const ArticleLayout& layout,
                                              const PageStats& stats) {
  return Walker(doc, layout, stats).Run();
}

}  // namespace factlint
