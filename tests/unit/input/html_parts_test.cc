// The pieces of the HTML reader: aligning a text node with its source, the nesting guard,
// the boilerplate rules.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "input/html_boilerplate.h"
#include "input/html_document.h"
#include "input/html_dom.h"
#include "input/html_nesting.h"
#include "input/html_text_node.h"

namespace factlint {
namespace {

using Piece = TextMap::Piece;

// Pieces as "v[b,e)" or "r[b,e)=text", for readable comparisons.
std::vector<std::string> Show(const std::vector<Piece>& pieces) {
  std::vector<std::string> out;
  for (const Piece& p : pieces) {
    std::string s =
        (p.verbatim ? "v[" : "r[") + std::to_string(p.begin) + "," + std::to_string(p.end) + ")";
    if (!p.verbatim) s += "=" + p.replacement;
    out.push_back(s);
  }
  return out;
}

using Shown = std::vector<std::string>;

TEST_CASE("align: plain text is one verbatim piece at the node's offset", "[html][align]") {
  CHECK(Show(AlignTextNode("Biden enverra 2 000 soldats", 100, "Biden enverra 2 000 soldats")) ==
        Shown{"v[100,127)"});
  CHECK(AlignTextNode("", 5, "").empty());
}

TEST_CASE("align: named, numeric and legacy references are replaced pieces", "[html][align]") {
  CHECK(Show(AlignTextNode("5&nbsp;000", 0, "5\u00A0000")) ==
        Shown{"v[0,1)", "r[1,7)=\u00A0", "v[7,10)"});
  CHECK(Show(AlignTextNode("d&#8217;&#x00C9;tat", 10, "d\u2019\u00C9tat")) ==
        Shown{"v[10,11)", "r[11,18)=\u2019", "r[18,26)=\u00C9", "v[26,29)"});
  // Without ';', the longest legacy name is the reference and the rest is text.
  CHECK(Show(AlignTextNode("&copy2023 &notit;", 0, "\u00A92023 \u00ACit;")) ==
        Shown{"r[0,5)=\u00A9", "v[5,10)", "r[10,14)=\u00AC", "v[14,17)"});
  // Two code points from one reference.
  CHECK(Show(AlignTextNode("a&NotEqualTilde;&eacute;", 0, "a\u2242\u0338\u00E9")) ==
        Shown{"v[0,1)", "r[1,16)=\u2242\u0338", "r[16,24)=\u00E9"});
  CHECK(Show(AlignTextNode("&#", 0, "&#")) == Shown{"v[0,2)"});
  // A legacy reference right before another: each reading is checked through the next one.
  CHECK(Show(AlignTextNode("&ampx&lt;", 0, "&x<")) == Shown{"r[0,4)=&", "v[4,5)", "r[5,9)=<"});
}

TEST_CASE("align: ampersands that are not references stay verbatim", "[html][align]") {
  CHECK(Show(AlignTextNode("AT&T & Co &amp; &bogus;", 0, "AT&T & Co & &bogus;")) ==
        Shown{"v[0,10)", "r[10,15)=&", "v[15,23)"});
  CHECK(Show(AlignTextNode("&amp;amp;", 0, "&amp;")) == Shown{"r[0,5)=&", "v[5,9)"});
}

TEST_CASE("align: CR LF is the decoded LF; dropped markup is skipped", "[html][align]") {
  CHECK(Show(AlignTextNode("un\r\ndeux\rtrois", 0, "un\ndeux\ntrois")) == Shown{"v[0,14)"});
  CHECK(Show(AlignTextNode(" 000</foo> fin", 50, " 000 fin")) == Shown{"v[50,54)", "v[60,64)"});
  CHECK(Show(AlignTextNode("a<!-- x -->b", 0, "ab")) == Shown{"v[0,1)", "v[11,12)"});
  CHECK(Show(AlignTextNode("1 < 2", 0, "1 < 2")) == Shown{"v[0,5)"});
}

TEST_CASE("align: text that cannot be aligned is one replaced piece", "[html][align]") {
  CHECK(Show(AlignTextNode("abc", 7, "xyz")) == Shown{"r[7,10)=xyz"});
  CHECK(Show(AlignTextNode("abc", 7, "abcd")) == Shown{"r[7,10)=abcd"});
  CHECK(AlignTextNode("abc", 7, "").empty());
}

TEST_CASE("nesting: the depth estimate follows the parser's implied end tags", "[html][nesting]") {
  auto repeat = [](const std::string& s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
  };
  constexpr size_t kNpos = std::string::npos;
  CHECK(FindDeepNesting(repeat("<div>", 50), 50) == kNpos);
  CHECK(FindDeepNesting(repeat("<div>", 51), 50) == 250);
  // Closed, void, self-closing in SVG, implied-closed or raw text: no nesting.
  CHECK(FindDeepNesting(repeat("<div><span>x</span></div>", 1000), 5) == kNpos);
  CHECK(FindDeepNesting("<p>" + repeat("<br><img src=x><hr/>", 1000), 5) == kNpos);
  CHECK(FindDeepNesting("<svg>" + repeat("<path d=\"M0 0\"/>", 1000) + "</svg>", 5) == kNpos);
  CHECK(FindDeepNesting("<ul>" + repeat("<li>item", 1000), 5) == kNpos);
  CHECK(FindDeepNesting(repeat("<p>para", 1000), 5) == kNpos);
  CHECK(FindDeepNesting("<dl>" + repeat("<dt>a<dd>b", 1000), 5) == kNpos);
  CHECK(FindDeepNesting("<table>" + repeat("<tr><td>a<td>b", 1000), 8) == kNpos);
  CHECK(FindDeepNesting("<select>" + repeat("<option>a", 1000), 5) == kNpos);
  CHECK(FindDeepNesting(repeat("<h2>a", 1000), 5) == kNpos);
  CHECK(FindDeepNesting("<script>" + repeat("<div>", 100) + "</SCRIPT >", 5) == kNpos);
  CHECK(FindDeepNesting("<!-- " + repeat("<div>", 100) + " -->", 5) == kNpos);
  CHECK(FindDeepNesting("<div title=\"<div><div>\">" + repeat("<b>x</b>", 100), 2) == kNpos);
  // Unclosed inline elements nest, and end tags cannot close across a table cell.
  CHECK(FindDeepNesting(repeat("<span>", 6), 5) == 30);
  CHECK(FindDeepNesting(repeat("<div><table><td></div>", 3), 5) != kNpos);
  CHECK(FindDeepNesting(repeat("<span><div></span>", 3), 5) == 42);
  // "<script/>" is still a script in HTML.
  CHECK(FindDeepNesting("<script/>" + repeat("<div>", 100) + "</script>", 5) == kNpos);
}

TEST_CASE("nesting: pages that would take minutes to parse are caught in one pass",
          "[html][nesting]") {
  std::string formatting = "<p>";
  for (int i = 0; i < 100000; ++i) formatting += "<b><i><u><span>";
  CHECK(FindDeepNesting(formatting, kMaxHtmlNesting) != std::string::npos);
}

TEST_CASE("document: a page nested 300 000 levels deep is freed without recursion",
          "[html][document]") {
  std::string spans = "<p>";
  for (int i = 0; i < 300000; ++i) spans += "<span>";
  spans += "fond";
  HtmlDocument doc(spans);  // gumbo's own destructor would overflow the stack here
  CHECK(IsElement(doc.root(), GUMBO_TAG_HTML));
}

TEST_CASE("document: offsets count from the page's first byte, BOM included", "[html][document]") {
  const std::string page = "\xEF\xBB\xBF<p>Texte</p>";
  HtmlDocument doc(page);
  const GumboNode* body = Children(doc.root())[1];
  const GumboNode* p = Children(body)[0];
  const GumboNode* text = Children(p)[0];
  REQUIRE(IsTextNode(text));
  CHECK(doc.OffsetOf(text->v.text.original_text.data) == page.find("Texte"));
  CHECK(Children(body).size() == 1);  // the BOM is not read as text
}

// The class of the single <div> of `html`.
HtmlPart DivPart(const std::string& html) {
  HtmlDocument doc(html);
  const GumboNode* div = nullptr;
  ForEachElement(doc.root(), [&](const GumboNode* e) {
    if (IsElement(e, GUMBO_TAG_DIV) && div == nullptr) div = e;
    return true;
  });
  REQUIRE(div != nullptr);
  return ClassifyElement(div);
}

TEST_CASE("boilerplate: class and id names are read as words", "[html][boilerplate]") {
  for (const char* name : {"share-buttons", "social-share", "ShareBar", "comments_section",
                           "article-comments", "cookie-consent", "gdpr", "related-articles", "ad",
                           "ad-slot", "top-ad", "outbrain-widget", "read-more-links", "lire-aussi",
                           "most-read", "breadcrumb", "newsletter-box", "x sidebar"}) {
    INFO(name);
    CHECK(DivPart(std::string("<div class=\"") + name + "\">x</div>") == HtmlPart::kLabeled);
  }
  CHECK(DivPart("<div id=\"comments\">x</div>") == HtmlPart::kLabeled);
  for (const char* name :
       {"article-body", "header", "shadow", "loaded", "has-social-share", "js-share-container",
        "is-ad", "with-comments", "read", "headline", "leading", "shared-content-area"}) {
    INFO(name);
    CHECK(DivPart(std::string("<div class=\"") + name + "\">x</div>") == HtmlPart::kContent);
  }
}

TEST_CASE("boilerplate: roles, visibility and tags", "[html][boilerplate]") {
  CHECK(DivPart("<div role=\"navigation\">x</div>") == HtmlPart::kChrome);
  CHECK(DivPart("<div role=\"contentinfo main\">x</div>") == HtmlPart::kChrome);
  CHECK(DivPart("<div role=\"main\">x</div>") == HtmlPart::kContent);
  CHECK(DivPart("<div hidden>x</div>") == HtmlPart::kInvisible);
  CHECK(DivPart("<div aria-hidden=\"TRUE\">x</div>") == HtmlPart::kInvisible);
  CHECK(DivPart("<div aria-hidden=\"false\">x</div>") == HtmlPart::kContent);
  CHECK(DivPart("<div style=\"visibility: hidden\">x</div>") == HtmlPart::kInvisible);
  CHECK(DivPart("<div style=\"display:block\">x</div>") == HtmlPart::kContent);
}

TEST_CASE("boilerplate: read-more cues", "[html][boilerplate]") {
  CHECK(StartsWithReadMore("Lire aussi : le récit"));
  CHECK(StartsWithReadMore("À lire aussi"));
  CHECK(StartsWithReadMore("READ MORE: the 2022 strikes"));
  CHECK(StartsWithReadMore("See also"));
  CHECK_FALSE(StartsWithReadMore("Il faut lire aussi le rapport"));
  CHECK_FALSE(StartsWithReadMore("Readers said"));
}

}  // namespace
}  // namespace factlint
