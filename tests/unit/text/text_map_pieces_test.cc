// TextMap::FromPieces: text taken out of a marked-up file, mapped back into it.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "text/text_map.h"

namespace factlint {
namespace {

using Piece = TextMap::Piece;

TextMap MustBuild(std::string original, const std::vector<Piece>& pieces) {
  Result<TextMap> m = TextMap::FromPieces(std::move(original), pieces, "a.html");
  REQUIRE(m.ok());
  return std::move(m).value();
}

// Offset of `needle` in `s` (which must hold it).
size_t At(const std::string& s, std::string_view needle) {
  size_t at = s.find(needle);
  REQUIRE(at != std::string::npos);
  return at;
}

TEST_CASE("pieces: the text between tags, an entity read as the character it names",
          "[text_map][pieces]") {
  const std::string html = "<p>Biden enverra 5&nbsp;000 soldats</p>";
  const size_t b = At(html, "Biden"), amp = At(html, "&nbsp;"), zeros = amp + 6;
  const size_t close = At(html, "</p>");
  TextMap m = MustBuild(html, {Piece::Verbatim(b, amp), Piece::Replaced(amp, zeros, "\u00A0"),
                               Piece::Verbatim(zeros, close)});
  CHECK(m.normalized() == "Biden enverra 5 000 soldats");
  const size_t five = m.normalized().find("5 000");
  CHECK(m.OriginalSpan(five, five + 5) == "5&nbsp;000");
  CHECK(m.ToOriginal(five) == amp - 1);
  CHECK(m.ToOriginal(five + 1) == amp);  // the space is the entity
  CHECK(m.OriginalSpan(five + 1, five + 2) == "&nbsp;");
  // The whole text runs from the first piece to the last, not over the trailing tag.
  CHECK(m.OriginalSpan(0, m.normalized().size()) == "Biden enverra 5&nbsp;000 soldats");
  CHECK(m.ToOriginal(m.normalized().size()) == close);
}

TEST_CASE("pieces: replaced text is normalized like any other", "[text_map][pieces]") {
  const std::string html = "<p>d&rsquo;envoyer &laquo;&#8239;rapide&#8239;&raquo;</p>";
  // {original bytes, what they read as ("" = themselves)}, one after the other from <p>.
  const std::vector<std::pair<std::string, std::string>> parts = {{"d", ""},
                                                                  {"&rsquo;", "\u2019"},
                                                                  {"envoyer ", ""},
                                                                  {"&laquo;", "\u00AB"},
                                                                  {"&#8239;", "\u202F"},
                                                                  {"rapide", ""},
                                                                  {"&#8239;", "\u202F"},
                                                                  {"&raquo;", "\u00BB"}};
  std::vector<Piece> pieces;
  size_t at = 3;
  for (const auto& [bytes, reads_as] : parts) {
    REQUIRE(html.substr(at, bytes.size()) == bytes);
    pieces.push_back(reads_as.empty() ? Piece::Verbatim(at, at + bytes.size())
                                      : Piece::Replaced(at, at + bytes.size(), reads_as));
    at += bytes.size();
  }
  TextMap m = MustBuild(html, pieces);
  CHECK(m.normalized() == "d'envoyer \" rapide \"");
  CHECK(m.OriginalSpan(0, 9) == "d&rsquo;envoyer");
  CHECK(m.OriginalSpan(10, 18) == "&laquo;&#8239;rapide");
  CHECK(m.OriginalSpan(0, m.normalized().size()) == html.substr(3, html.size() - 7));
}

TEST_CASE("pieces: a span ending before skipped markup does not take it in", "[text_map][pieces]") {
  // <b>5</b> 000: the number is split by a tag, the span still starts on the 5.
  const std::string html = "<p>Il y a <b>5</b> 000 morts.</p>";
  const size_t il = At(html, "Il"), five = At(html, "5</b>"), after = At(html, " 000");
  const size_t close = At(html, "</p>");
  TextMap m = MustBuild(html, {Piece::Verbatim(il, At(html, "<b>")),
                               Piece::Verbatim(five, five + 1), Piece::Verbatim(after, close)});
  CHECK(m.normalized() == "Il y a 5 000 morts.");
  const size_t n = m.normalized().find("5 000");
  CHECK(m.ToOriginal(n) == five);
  CHECK(m.OriginalSpan(n, n + 5) == "5</b> 000");
  // "Il y a " ends before <b>, and "5" before </b>.
  CHECK(m.OriginalSpan(0, n) == "Il y a ");
  CHECK(m.ToOriginal(n) == five);
  CHECK(m.ToOriginalEnd(n) == At(html, "<b>"));
  CHECK(m.OriginalSpan(n, n + 1) == "5");
  CHECK(m.ToOriginalEnd(n + 1) == five + 1);
  CHECK(m.ToOriginal(n + 1) == after);
  // Without skipped bytes both agree.
  CHECK(m.ToOriginalEnd(n + 3) == m.ToOriginal(n + 3));
}

TEST_CASE("pieces: a replaced run of white space and a paragraph break map as one unit",
          "[text_map][pieces]") {
  const std::string html = "<p>Premier\n   paragraphe.</p>\n<p>Second.</p>";
  const size_t p1 = At(html, "Premier"), ws = p1 + 7, para = At(html, "paragraphe");
  const size_t end1 = At(html, "</p>"), p2 = At(html, "Second"), end2 = html.rfind("</p>");
  TextMap m = MustBuild(
      html, {Piece::Verbatim(p1, ws), Piece::Replaced(ws, para, " "), Piece::Verbatim(para, end1),
             Piece::Replaced(end1, p2, "\n\n"), Piece::Verbatim(p2, end2)});
  CHECK(m.normalized() == "Premier paragraphe.\n\nSecond.");
  CHECK(m.OriginalSpan(0, 18) == "Premier\n   paragraphe");
  const size_t brk = m.normalized().find("\n\n");
  CHECK(m.OriginalSpan(brk, brk + 1) == "</p>\n<p>");  // a span ending inside widens
  CHECK(m.ToOriginal(brk + 1) == end1);
  CHECK(m.ToOriginal(brk + 2) == p2);
}

TEST_CASE("pieces: ReadableSpan is the text a reader sees, without markup or references",
          "[text_map][pieces]") {
  const std::string html = "<p>Il y a <b>5</b>&nbsp;000 morts\u2026</p>\n<p>d&rsquo;apr\u00E8s</p>";
  const size_t il = At(html, "Il"), five = At(html, "5</b>"), nbsp = At(html, "&nbsp;");
  const size_t zeros = nbsp + 6, close = At(html, "</p>"), d = At(html, "d&rsquo;");
  const size_t apres = d + 8, close2 = html.rfind("</p>");
  TextMap m =
      MustBuild(html, {Piece::Verbatim(il, At(html, "<b>")), Piece::Verbatim(five, five + 1),
                       Piece::Replaced(nbsp, zeros, "\u00A0"), Piece::Verbatim(zeros, close),
                       Piece::Replaced(close, d, "\n\n"), Piece::Verbatim(d, d + 1),
                       Piece::Replaced(d + 1, apres, "\u2019"), Piece::Verbatim(apres, close2)});
  const std::string& n = m.normalized();
  REQUIRE(n == "Il y a 5 000 morts...\n\nd'apr\u00E8s");
  CHECK(m.ReadableSpan(0, n.size()) == "Il y a 5\u00A0000 morts\u2026\n\nd\u2019apr\u00E8s");
  CHECK(m.ReadableSpan(n.find("5 000"), n.find("5 000") + 5) == "5\u00A0000");
  CHECK(m.ReadableSpan(n.find("morts"), n.find("morts") + 6) == "morts\u2026");  // widened
  CHECK(m.ReadableSpan(n.find("\n"), n.find("\n") + 1) == "\n\n");               // whole piece
  CHECK(m.ReadableSpan(3, 3).empty());
  CHECK(m.ReadableSpan(n.size(), n.size() + 4).empty());
  // From Build, the readable text is the original text.
  Result<TextMap> plain = TextMap::Build("l\u2019Est, 5\u00A0000", "a.txt");
  REQUIRE(plain.ok());
  CHECK(plain->ReadableSpan(0, plain->normalized().size()) == "l\u2019Est, 5\u00A0000");
}

TEST_CASE("pieces: lines and columns count in the whole original", "[text_map][pieces]") {
  const std::string html =
      "<html>\r\n<body>\r\n<p>Le secrétaire d&#8217;État a parlé de 3 000 soldats.</p>\r\n";
  const size_t b = At(html, "Le"), amp = At(html, "&#8217;"), etat = amp + 7;
  const size_t close = At(html, "</p>");
  TextMap m = MustBuild(html, {Piece::Verbatim(b, amp), Piece::Replaced(amp, etat, "\u2019"),
                               Piece::Verbatim(etat, close)});
  CHECK(m.normalized() == "Le secrétaire d'État a parlé de 3 000 soldats.");
  const size_t n = m.ToOriginal(m.normalized().find("3 000"));
  CHECK(m.Locate(n).line == 3);
  // "<p>" + "Le secrétaire " + "d&#8217;" + "État a parlé de " = 3 + 14 + 8 + 16 code points
  CHECK(m.Locate(n).column == 42);
  CHECK(m.LineAt(n) == "<p>Le secrétaire d&#8217;État a parlé de 3 000 soldats.</p>");
}

TEST_CASE("pieces: pieces that read as nothing and no pieces at all", "[text_map][pieces]") {
  const std::string html = "<p>a<br>b</p>";
  TextMap m =
      MustBuild(html, {Piece::Verbatim(3, 4), Piece::Replaced(4, 8, ""), Piece::Verbatim(8, 9)});
  CHECK(m.normalized() == "ab");
  CHECK(m.OriginalSpan(0, 1) == "a");  // the empty replacement is skipped like markup
  TextMap none = MustBuild(html, {});
  CHECK(none.normalized().empty());
  CHECK(none.ToOriginal(0) == 0);
  CHECK(none.OriginalSpan(0, 3).empty());
}

TEST_CASE("pieces: the original is checked like Build checks it", "[text_map][pieces]") {
  Result<TextMap> bad = TextMap::FromPieces("<p>ok</p>\n<p>pr\xE9sident</p>", {}, "a.html");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().ToString() == "a.html:2:6: error: invalid UTF-8 at byte 15");
  Result<TextMap> nul = TextMap::FromPieces(std::string("<p>\0</p>", 8), {}, "a.html");
  REQUIRE_FALSE(nul.ok());
  CHECK(nul.status().message() == "NUL byte at byte 3 (binary file?)");
}

TEST_CASE("pieces: malformed piece lists are internal errors, never crashes",
          "[text_map][pieces]") {
  const std::string html = "<p>été</p>";
  auto fails = [&](const std::vector<Piece>& pieces, const std::string& why) {
    Result<TextMap> m = TextMap::FromPieces(html, pieces, "a.html");
    REQUIRE_FALSE(m.ok());
    CHECK(m.status().code() == StatusCode::kInternal);
    CHECK_THAT(m.status().message(), Catch::Contains(why));
  };
  fails({Piece::Verbatim(3, 100)}, "outside the original");
  fails({Piece::Verbatim(5, 3)}, "outside the original");
  fails({Piece::Verbatim(3, 6), Piece::Verbatim(5, 7)}, "overlaps");
  fails({Piece::Verbatim(4, 7)}, "cuts a character in two");  // inside é
  fails({Piece::Verbatim(3, 4)}, "cuts a character in two");
  fails({Piece::Replaced(3, 5, "\xC3")}, "not UTF-8");
  fails({Piece::Replaced(3, 5, std::string("\0", 1))}, "NUL");
  fails({Piece::Replaced(3, 3, "x")}, "replaces no original bytes");
}

}  // namespace
}  // namespace factlint
