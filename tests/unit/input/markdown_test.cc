#include "input/markdown.h"

#include <catch2/catch.hpp>

#include "input/article_reader.h"
#include "test_support.h"

namespace factlint {
namespace {

using testing::ArticlePath;
using testing::ReadArticles;

Result<Article> ParseMd(const std::string& bytes, const std::string& path = "ukraine/a.md") {
  return ParseArticle(path, bytes, ReadOptions{});
}

Article MustParseMd(const std::string& bytes) {
  Result<Article> a = ParseMd(bytes);
  INFO(a.status().ToString());
  REQUIRE(a.ok());
  return std::move(a).value();
}

// Checks that `bytes` fails with a message containing `text`, at line:column of ukraine/a.md.
void CheckMdFails(const std::string& bytes, const std::string& text, int line, int column) {
  Result<Article> a = ParseMd(bytes);
  REQUIRE_FALSE(a.ok());
  INFO(a.status().ToString());
  CHECK(a.status().code() == StatusCode::kInputError);
  CHECK_THAT(a.status().message(), Catch::Contains(text));
  CHECK(a.status().loc().file == "ukraine/a.md");
  CHECK(a.status().loc().line == line);
  CHECK(a.status().loc().column == column);
}

TEST_CASE(".md: front matter sets every metadata field", "[markdown]") {
  testing::ReadAll r = ReadArticles({ArticlePath("en_troops.md")});
  REQUIRE(r.status.ok());
  REQUIRE(r.articles.size() == 1);
  const ArticleMeta& m = r.articles[0].meta;
  CHECK(m.title == "Pentagon puts 8,500 troops on alert");
  CHECK(m.source == "wire");
  CHECK(m.published == "2022-01-24");
  CHECK(m.lang == Lang::kEn);
  CHECK(m.story == "ukraine-2022");
  CHECK(m.id == "wire-0124");
  CHECK(m.path == ArticlePath("en_troops.md"));
}

TEST_CASE(".md: rules cannot match inside front matter, lines stay those of the file",
          "[markdown]") {
  testing::ReadAll r = ReadArticles({ArticlePath("en_troops.md")});
  REQUIRE(r.status.ok());
  const TextMap& text = r.articles.at(0).text;
  CHECK(text.original().find("8,500") != std::string::npos);
  CHECK(text.normalized().find("8,500") == std::string::npos);
  CHECK(text.normalized().find("wire") == std::string::npos);
  CHECK(text.normalized().size() == text.original().size() - 4);  // U+2011 twice: 3 bytes -> 1
  const size_t troops = text.normalized().find("3,000 troops");
  REQUIRE(troops != std::string::npos);
  LineCol lc = text.Locate(text.ToOriginal(troops));
  CHECK(lc.line == 9);
  CHECK(lc.column == 17);
  CHECK(text.normalized().find("31-year-old") != std::string::npos);
}

TEST_CASE(".md: a number in front matter never reaches the text", "[markdown]") {
  testing::ReadAll r = ReadArticles({ArticlePath("md_matter_numbers.md")});
  REQUIRE(r.status.ok());
  CHECK(r.articles.at(0).meta.story == "5 000 soldats en Europe");
  CHECK(r.articles.at(0).text.normalized().find("5 000") == std::string::npos);
}

TEST_CASE(".md: the title defaults to the first # heading", "[markdown]") {
  testing::ReadAll r = ReadArticles({ArticlePath("md_no_front_matter.md")});
  REQUIRE(r.status.ok());
  CHECK(r.articles.at(0).meta.title == "Joe Biden envisage d’envoyer 5\u00A0000 soldats");
  CHECK(r.articles.at(0).meta.lang == Lang::kFr);
  CHECK(r.articles.at(0).meta.source == "md_no_front_matter");
}

TEST_CASE(".md: without a # heading the title is the first line, heading marks removed",
          "[markdown]") {
  CHECK(MustParseMd("## Les troupes ##\n\nLe texte est là.").meta.title == "Les troupes");
  CHECK(MustParseMd("\n\nLes troupes arrivent\n# \n").meta.title == "Les troupes arrivent");
  CHECK(MustParseMd("#hashtag en tête\n\nLe texte.").meta.title == "#hashtag en tête");
  CHECK(MustParseMd("# Le langage C#\n").meta.title == "Le langage C#");
}

TEST_CASE(".md: an unknown front matter key is an error at its line", "[markdown][errors]") {
  testing::ReadAll r = ReadArticles({ArticlePath("md_unknown_key.md")});
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.ToString() == ArticlePath("md_unknown_key.md") +
                                   ":4:1: error: unknown key 'author' (expected one of: id, "
                                   "title, source, published, lang, story)");
}

TEST_CASE(".md: malformed YAML is an error at its line", "[markdown][errors]") {
  testing::ReadAll r = ReadArticles({ArticlePath("md_malformed.md")});
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK_THAT(r.status.message(), Catch::StartsWith("invalid front matter: "));
  CHECK(r.status.loc().line >= 2);
  CHECK(r.status.loc().line <= 4);
  CheckMdFails("---\ntitle: d’État: x\n---\nTexte.\n", "invalid front matter: illegal map value", 2,
               14);  // column in code points, although yaml-cpp counts bytes
}

TEST_CASE(".md: front matter that is never closed is an error", "[markdown][errors]") {
  CheckMdFails("---\ntitle: Les troupes\n\nLe texte est là.\n", "not closed", 1, 1);
}

TEST_CASE(".md: front matter values are checked", "[markdown][errors]") {
  CheckMdFails("---\npublished: 24/01/2022\n---\nTexte.\n", "'published' must be a date", 2, 12);
  CheckMdFails("---\npublished: 2022-02-30\n---\nTexte.\n", "'published' must be a date", 2, 12);
  CheckMdFails("---\nlang: français\n---\nTexte.\n", "'lang' must be a language code", 2, 7);
  CheckMdFails("---\ntitle: [a, b]\n---\nTexte.\n", "'title' must be a single value", 2, 8);
  CheckMdFails("---\nsource: lesoir\nsource: rtbf\n---\nTexte.\n", "appears twice", 3, 1);
  CheckMdFails("---\n- title\n---\nTexte.\n", "must be a mapping", 2, 1);
  CheckMdFails("---\nid: ''\n---\nTexte.\n", "'id' must not be empty", 2, 5);
}

TEST_CASE(".md: lang codes are read by their primary subtag", "[markdown]") {
  const std::string body = "---\nlang: %s\n---\nThe troops were sent to Poland by the army.\n";
  auto with_lang = [&](const std::string& lang) {
    std::string md = body;
    md.replace(md.find("%s"), 2, lang);
    return MustParseMd(md).meta.lang;
  };
  CHECK(with_lang("fr-FR") == Lang::kFr);  // even over English text: the author knows best
  CHECK(with_lang("EN_gb") == Lang::kEn);
  CHECK(with_lang("de") == Lang::kUnknown);  // given, so not detected as English
}

TEST_CASE(".md: empty and partial front matter", "[markdown]") {
  Article empty = MustParseMd("---\n---\n# Les troupes\n\nLe texte est là.\n");
  CHECK(empty.meta.title == "Les troupes");
  CHECK(empty.meta.id == "a");
  Article blank_value = MustParseMd("---\npublished:\ntitle: Titre\n---\nLe texte est là.\n");
  CHECK(blank_value.meta.published.empty());
  CHECK(blank_value.meta.title == "Titre");
  Article datetime = MustParseMd("---\npublished: 2022-01-24 14:30\n---\nLe texte.\n");
  CHECK(datetime.meta.published == "2022-01-24T14:30");
}

TEST_CASE(".md: front matter after a BOM and with CR LF line ends", "[markdown]") {
  Article a = MustParseMd(
      "\xEF\xBB\xBF---\r\ntitle: Blinken\r\nsource: lesoir\r\n---\r\nLe secrétaire d’État "
      "américain Antony Blinken a prévenu.\r\n");
  CHECK(a.meta.title == "Blinken");
  CHECK(a.meta.source == "lesoir");
  const size_t blinken = a.text.normalized().find("Antony Blinken");
  REQUIRE(blinken != std::string::npos);
  CHECK(a.text.normalized().find("Blinken") == blinken + 7);  // not the front matter's
  CHECK(a.text.Locate(a.text.ToOriginal(blinken)).line == 5);
}

TEST_CASE(".md: --- later in the file is not front matter", "[markdown]") {
  Article a = MustParseMd("Titre\n---\ntitle: pas du YAML\n---\nLe texte.\n");
  CHECK(a.meta.title == "Titre");
  CHECK(a.text.normalized().find("pas du YAML") != std::string::npos);
}

}  // namespace
}  // namespace factlint
