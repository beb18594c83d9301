#include <catch2/catch.hpp>

#include "report/html_escape.h"
#include "report/markdown_escape.h"

using namespace factlint;

namespace {
const std::string kZwsp = "\xE2\x80\x8B";
}

TEST_CASE("HtmlEscape turns markup from an article into text") {
  CHECK(HtmlEscape("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
  CHECK(HtmlEscape("\"><img src=x onerror=alert(1)>") ==
        "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  CHECK(HtmlEscape("</style>") == "&lt;/style&gt;");
  CHECK(HtmlEscape("l'Otan & « les alliés »") == "l&#39;Otan &amp; « les alliés »");
  // Entities already in the text stay text.
  CHECK(HtmlEscape("&lt;b&gt;") == "&amp;lt;b&amp;gt;");
}

TEST_CASE("HtmlEscape keeps French and English news text as written") {
  const std::string s = "Le président américain a déclaré : « 5 000 soldats » — jusqu’à 8 500.";
  CHECK(HtmlEscape(s) == s);
}

TEST_CASE("HtmlEscape replaces control characters and bidi overrides") {
  CHECK(HtmlEscape("Kiev\x1b[31m") == "Kiev\xEF\xBF\xBD[31m");
  CHECK(HtmlEscape("a\xE2\x80\xAE" "b") == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("MarkdownEscape neutralizes links, images, HTML and emphasis") {
  CHECK(MarkdownEscape("[clic](javascript:alert(1))") ==
        "\\[clic\\]\\(javascript\\:" + kZwsp + "alert\\(1\\)\\)");
  CHECK(MarkdownEscape("![x](y.png)") == "\\!\\[x\\]\\(y\\.png\\)");
  CHECK(MarkdownEscape("<img src=x onerror=alert(1)>") == "\\<img src\\=x onerror\\=alert\\(1\\)\\>");
  CHECK(MarkdownEscape("*très* _grave_ `code` ~~non~~") ==
        "\\*très\\* \\_grave\\_ \\`code\\` \\~\\~non\\~\\~");
  CHECK(MarkdownEscape("a | b") == "a \\| b");
  CHECK(MarkdownEscape("&amp; $x$") == "\\&amp; \\$x\\$");
  CHECK(MarkdownEscape("back\\slash") == "back\\\\slash");
}

TEST_CASE("MarkdownEscape breaks what hosts link after rendering") {
  CHECK(MarkdownEscape("@everyone") == "\\@" + kZwsp + "everyone");
  CHECK(MarkdownEscape("voir #12") == "voir \\#" + kZwsp + "12");
  CHECK(MarkdownEscape("https://evil.example/x") ==
        "https\\:" + kZwsp + "//evil\\.example/x");
  CHECK(MarkdownEscape("sur www.lemonde.fr") == "sur www" + kZwsp + "\\.lemonde\\.fr");
  CHECK(MarkdownEscape("WWW.EVIL.EXAMPLE") == "WWW" + kZwsp + "\\.EVIL\\.EXAMPLE");
  CHECK(MarkdownEscape("redaction@journal.fr") == "redaction\\@" + kZwsp + "journal\\.fr");
  CHECK(MarkdownEscape(":fire:") == "\\:" + kZwsp + "fire\\:");
  // Not a link: left readable.
  CHECK(MarkdownEscape("Crise en Ukraine : les") == "Crise en Ukraine \\: les");
  CHECK(MarkdownEscape("001.txt:12:3") == "001\\.txt\\:12\\:3");
  CHECK(MarkdownEscape("awww.") == "awww\\.");
}

TEST_CASE("MarkdownEscape breaks GitHub and GitLab issue references") {
  // GitHub links "GH-123" like "#123", in any case, at the start of a word.
  CHECK(MarkdownEscape("voir GH-123 et gh-7") ==
        "voir GH" + kZwsp + "\\-123 et gh" + kZwsp + "\\-7");
  CHECK(MarkdownEscape("(GH-4)") == "\\(GH" + kZwsp + "\\-4\\)");
  // Not a reference: left as written.
  CHECK(MarkdownEscape("HIGH-5 GH-A BGH-12") == "HIGH\\-5 GH\\-A BGH\\-12");
  // GitLab: merge requests, epics, milestones, snippets, labels.
  CHECK(MarkdownEscape("!12 &3 %4 ~5") == "\\!" + kZwsp + "12 \\&" + kZwsp + "3 %" + kZwsp +
                                              "4 \\~" + kZwsp + "5");
  CHECK(MarkdownEscape("a $5 billion bailout") == "a \\$" + kZwsp + "5 billion bailout");
  CHECK(MarkdownEscape("Attention ! 20 % de plus") == "Attention \\! 20 % de plus");
  CHECK(MarkdownEscape("@octocat et #42 et org/repo#7") ==
        "\\@" + kZwsp + "octocat et \\#" + kZwsp + "42 et org/repo\\#" + kZwsp + "7");
}

TEST_CASE("MarkdownEscape keeps everything on one line") {
  CHECK(MarkdownEscape("Titre\n# Pas un titre\r\n> pas une citation") ==
        "Titre \\# Pas un titre  \\> pas une citation");
  CHECK(MarkdownEscape("1. premier") == "1\\. premier");
  CHECK(MarkdownEscape("- puce") == "\\- puce");
}
