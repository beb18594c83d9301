#include "text/text_map.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace factlint {
namespace {

TextMap MustBuild(std::string text) {
  Result<TextMap> m = TextMap::Build(std::move(text), "a.txt");
  REQUIRE(m.ok());
  return std::move(m).value();
}

// Normalized offset of the first occurrence of `needle` (which must occur).
size_t Find(const TextMap& m, std::string_view needle) {
  size_t at = m.normalized().find(needle);
  REQUIRE(at != std::string::npos);
  return at;
}

// The original bytes behind the first occurrence of `needle` in the normalized text.
std::string OriginalOf(const TextMap& m, std::string_view needle) {
  size_t b = Find(m, needle);
  return std::string(m.OriginalSpan(b, b + needle.size()));
}

TEST_CASE("ASCII text is copied unchanged and maps one to one", "[text_map]") {
  TextMap m = MustBuild("The Pentagon said 8,500 troops were on alert.");
  CHECK(m.normalized() == m.original());
  for (size_t i = 0; i <= m.normalized().size(); ++i) CHECK(m.ToOriginal(i) == i);
}

TEST_CASE("typographic apostrophes, acute accent and backquote become '", "[text_map]") {
  TextMap m = MustBuild("d’envoyer l‘Est ʼokina l´Ukraine `x' it's");
  CHECK(m.normalized() == "d'envoyer l'Est 'okina l'Ukraine 'x' it's");
}

TEST_CASE("French and English quotation marks become \"", "[text_map]") {
  TextMap m = MustBuild("«\u00A0rapide\u00A0» “ferme” „unie“");
  CHECK(m.normalized() == "\" rapide \" \"ferme\" \"unie\"");
}

TEST_CASE("no-break, narrow no-break, thin and figure spaces and tabs become spaces",
          "[text_map]") {
  TextMap m = MustBuild("5\u00A0000 5\u202F000 5\u2009000 5\u2007000\t5 000");
  CHECK(m.normalized() == "5 000 5 000 5 000 5 000 5 000");
}

TEST_CASE("dashes and the minus sign become -", "[text_map]") {
  TextMap m = MustBuild(
      "the 31\u2011year\u2011old, 2\u2013000, \u2014 non, \u2212"
      "5, \u2010\u2012\u2015");
  CHECK(m.normalized() == "the 31-year-old, 2-000, - non, -5, ---");
}

TEST_CASE("the ellipsis becomes three periods", "[text_map]") {
  TextMap m = MustBuild("Et puis\u2026 rien.");
  CHECK(m.normalized() == "Et puis... rien.");
}

TEST_CASE("CR LF and lone CR become one line break each", "[text_map]") {
  TextMap m = MustBuild("Titre\r\n\r\nLigne un\rLigne deux\n");
  CHECK(m.normalized() == "Titre\n\nLigne un\nLigne deux\n");
  CHECK(m.Locate(m.ToOriginal(Find(m, "Ligne deux"))).line == 4);
}

TEST_CASE("a leading BOM is removed, a later U+FEFF is kept", "[text_map]") {
  TextMap m = MustBuild("\xEF\xBB\xBFLe titre\xEF\xBB\xBF");
  CHECK(m.normalized() == "Le titre\xEF\xBB\xBF");
  CHECK(m.ToOriginal(0) == 3);
  CHECK(m.OriginalSpan(0, 2) == "Le");
  LineCol lc = m.Locate(3);
  CHECK(lc.line == 1);
  CHECK(lc.column == 1);  // the BOM is not a column
}

TEST_CASE("accented letters and other characters are copied byte for byte", "[text_map]") {
  TextMap m = MustBuild("secrétaire d’État, Łódź, 東京, 🇺🇦");
  CHECK(m.normalized() == "secrétaire d'État, Łódź, 東京, 🇺🇦");
}

TEST_CASE("offset map: spans map back to the exact original bytes", "[text_map][offsets]") {
  const std::string original =
      "Le secrétaire d’État américain Antony Blinken a prévenu d’une réponse «\u00A0rapide, "
      "ferme et unifiée\u00A0» : 5\u202F000 soldats\u2026";
  TextMap m = MustBuild(original);
  CHECK(OriginalOf(m, "d'État") == "d’État");
  CHECK(OriginalOf(m, "\" rapide") == "«\u00A0rapide");
  CHECK(OriginalOf(m, "unifiée \"") == "unifiée\u00A0»");
  CHECK(OriginalOf(m, "5 000 soldats...") == "5\u202F000 soldats\u2026");
  CHECK(OriginalOf(m, "Blinken") == "Blinken");
  // The whole text round-trips.
  CHECK(m.OriginalSpan(0, m.normalized().size()) == original);
  CHECK(m.ToOriginal(m.normalized().size()) == original.size());
}

TEST_CASE("offset map: a character mapped to one byte maps both ways", "[text_map][offsets]") {
  TextMap m = MustBuild("l’Est");  // l E2 80 99 E s t
  REQUIRE(m.normalized() == "l'Est");
  CHECK(m.ToOriginal(1) == 1);  // start of ’
  CHECK(m.ToOriginal(2) == 4);  // end of ’ = start of E
  CHECK(m.OriginalSpan(1, 2) == "’");
}

TEST_CASE("offset map: a span ending inside an expansion widens to the whole character",
          "[text_map][offsets]") {
  TextMap m = MustBuild("oui\u2026 non");
  REQUIRE(m.normalized() == "oui... non");
  CHECK(m.OriginalSpan(3, 4) == "\u2026");  // only the first '.'
  CHECK(m.OriginalSpan(4, 6) == "\u2026");
  CHECK(m.OriginalSpan(0, 6) == "oui\u2026");
}

TEST_CASE("offset map: CR LF spans cover both bytes", "[text_map][offsets]") {
  TextMap m = MustBuild("un\r\ndeux");
  REQUIRE(m.normalized() == "un\ndeux");
  CHECK(m.OriginalSpan(0, 3) == "un\r\n");
  CHECK(m.ToOriginal(3) == 4);
}

TEST_CASE("offset map: out-of-range and empty spans are safe", "[text_map][offsets]") {
  TextMap m = MustBuild("abc");
  CHECK(m.OriginalSpan(2, 2).empty());
  CHECK(m.OriginalSpan(1, 100) == "bc");
  CHECK(m.OriginalSpan(3, 1).empty());
  CHECK(m.ToOriginal(100) == 3);
  TextMap empty;
  CHECK(empty.ToOriginal(0) == 0);
  CHECK(empty.OriginalSpan(0, 1).empty());
}

TEST_CASE("Locate counts columns in code points", "[text_map][locate]") {
  TextMap m = MustBuild("Titre\nLe secrétaire d’État américain Antony Blinken\n");
  const size_t blinken = m.ToOriginal(Find(m, "Blinken"));
  LineCol lc = m.Locate(blinken);
  CHECK(lc.line == 2);
  // "Le secrétaire d’État américain Antony " is 38 code points.
  CHECK(lc.column == 39);
  CHECK(m.Locate(0).line == 1);
  CHECK(m.Locate(0).column == 1);
}

TEST_CASE("Locate with CR LF line ends and at the end of the text", "[text_map][locate]") {
  TextMap m = MustBuild("une\r\ndeux «\u00A0trois\u00A0»\r\nquatre");
  const size_t quatre = m.ToOriginal(Find(m, "quatre"));
  CHECK(m.Locate(quatre).line == 3);
  CHECK(m.Locate(quatre).column == 1);
  const size_t trois = m.ToOriginal(Find(m, "trois"));
  CHECK(m.Locate(trois).line == 2);
  CHECK(m.Locate(trois).column == 8);  // d e u x ␠ « NBSP t
  LineCol end = m.Locate(m.original().size());
  CHECK(end.line == 3);
  CHECK(end.column == 7);
}

TEST_CASE("LineAt returns the original line without its line break", "[text_map]") {
  TextMap m = MustBuild("Titre\r\nLe secrétaire d’État\r\n\r\nfin");
  const size_t etat = m.ToOriginal(Find(m, "d'État"));
  CHECK(m.LineAt(etat) == "Le secrétaire d’État");
  CHECK(m.LineAt(0) == "Titre");
  CHECK(m.LineAt(m.original().size()) == "fin");
  CHECK(m.LineAt(m.ToOriginal(Find(m, "\n\nfin") + 1)).empty());
}

TEST_CASE("an empty text builds to an empty map", "[text_map]") {
  TextMap m = MustBuild("");
  CHECK(m.normalized().empty());
  CHECK(m.ToOriginal(0) == 0);
  CHECK(m.Locate(0).line == 1);
}

// Checks that building `bytes` fails with `message` at `line`:`column`.
void CheckFails(const std::string& bytes, const std::string& message, int line, int column) {
  Result<TextMap> m = TextMap::Build(bytes, "dir/a.txt");
  REQUIRE_FALSE(m.ok());
  CHECK(m.status().code() == StatusCode::kInputError);
  CHECK(m.status().message() == message);
  CHECK(m.status().loc().file == "dir/a.txt");
  CHECK(m.status().loc().line == line);
  CHECK(m.status().loc().column == column);
}

TEST_CASE("invalid UTF-8: overlong encodings", "[text_map][utf8]") {
  CheckFails("Le pr\xC3\xA9sident \xC0\xAF", "invalid UTF-8 at byte 14", 1, 14);  // '/' as C0 AF
  CheckFails("ab\n\xE0\x80\xAF", "invalid UTF-8 at byte 3", 2, 1);   // 3-byte overlong '/'
  CheckFails("x\xF0\x8F\xBF\xBF", "invalid UTF-8 at byte 1", 1, 2);  // 4-byte overlong U+FFFF
  CheckFails("\xC1\xBF", "invalid UTF-8 at byte 0", 1, 1);
}

TEST_CASE("invalid UTF-8: a lone continuation byte", "[text_map][utf8]") {
  CheckFails("Blinken a dit\r\n\xE2\x80\x9C\x80oui", "invalid UTF-8 at byte 18", 2, 2);
}

TEST_CASE("invalid UTF-8: a sequence truncated at the end or by another character",
          "[text_map][utf8]") {
  CheckFails("5 000 soldats\xE2\x80", "invalid UTF-8 at byte 13", 1, 14);
  CheckFails("\xF0\x9F\x87", "invalid UTF-8 at byte 0", 1, 1);
  CheckFails("d\xE2\x80'envoyer", "invalid UTF-8 at byte 1", 1, 2);
}

TEST_CASE("invalid UTF-8: surrogates and code points above U+10FFFF", "[text_map][utf8]") {
  CheckFails("un\ndeux\ntrois \xED\xA0\x80", "invalid UTF-8 at byte 14", 3, 7);  // U+D800
  CheckFails("\xED\xBF\xBF", "invalid UTF-8 at byte 0", 1, 1);                   // U+DFFF
  CheckFails("é\xF4\x90\x80\x80", "invalid UTF-8 at byte 2", 1, 2);              // U+110000
  CheckFails("\xF5\x80\x80\x80", "invalid UTF-8 at byte 0", 1, 1);
  CheckFails("\xFF", "invalid UTF-8 at byte 0", 1, 1);
}

TEST_CASE("the largest valid code points of each length are accepted", "[text_map][utf8]") {
  TextMap m = MustBuild("\x7F\xDF\xBF\xEF\xBF\xBF\xF4\x8F\xBF\xBF\xED\x9F\xBF\xEE\x80\x80");
  CHECK(m.normalized() == m.original());
}

TEST_CASE("a NUL byte is an error naming its offset", "[text_map]") {
  const std::string bytes("Titre\nLe pr\xC3\xA9sident\0suite", 25);
  CheckFails(bytes, "NUL byte at byte 19 (binary file?)", 2, 13);
}

TEST_CASE("masked prefix reads as blanks but keeps offsets and lines", "[text_map]") {
  const std::string original = "---\ntitle: 5 000 soldats\n---\nTexte : 3 000 soldats.\n";
  const size_t body = original.find("Texte");
  Result<TextMap> m = TextMap::Build(original, "a.md", body);
  REQUIRE(m.ok());
  CHECK(m->normalized().substr(0, body) == "   \n" + std::string(20, ' ') + "\n   \n");
  CHECK(m->normalized().find("5 000") == std::string::npos);
  const size_t texte = m->normalized().find("Texte");
  CHECK(texte == body);
  CHECK(m->Locate(m->ToOriginal(texte)).line == 4);
  CHECK(m->OriginalSpan(0, body) == original.substr(0, body));
}


TEST_CASE("Locate on a line of many kilobytes counts every code point", "[text_map][locate]") {
  // One line of mixed one-, two-, three- and four-byte characters, longer than many blocks.
  std::string line;
  const std::vector<std::string> pieces = {"a", "é", "’", "𝄞", " ", "\u00A0"};
  for (size_t i = 0; line.size() < 5000; ++i) line += pieces[(i * 7) % pieces.size()];
  TextMap m = MustBuild("Titre\n" + line + "\nfin");
  size_t column = 1;
  size_t offset = 6;  // after "Titre\n"
  while (offset < 6 + line.size()) {
    LineCol lc = m.Locate(offset);
    REQUIRE(lc.line == 2);
    REQUIRE(static_cast<size_t>(lc.column) == column);
    size_t n = 1;
    while (offset + n < 6 + line.size() &&
           (static_cast<unsigned char>(line[offset + n - 6]) & 0xC0) == 0x80)
      ++n;
    offset += n;
    ++column;
  }
  CHECK(m.Locate(6 + line.size() + 1).line == 3);
  CHECK(m.Locate(6 + line.size() + 1).column == 1);
}

}  // namespace
}  // namespace factlint
