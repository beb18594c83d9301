#include "input/article_reader.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>

#include "test_support.h"

namespace factlint {
namespace {

using testing::ArticlePath;
using testing::ReadArticles;
using testing::ScratchDir;

Article MustParse(const std::string& path, std::string bytes) {
  Result<Article> a = ParseArticle(path, std::move(bytes), ReadOptions{});
  INFO(a.status().ToString());
  REQUIRE(a.ok());
  return std::move(a).value();
}

TEST_CASE(".txt: the first non-blank line is the title, defaults fill the rest", "[reader]") {
  testing::ReadAll r = ReadArticles({ArticlePath("fr_blinken.txt")});
  REQUIRE(r.status.ok());
  REQUIRE(r.articles.size() == 1);
  const ArticleMeta& m = r.articles[0].meta;
  CHECK(m.title == "Blinken promet une réponse «\u00A0rapide, ferme et unifiée\u00A0»");
  CHECK(m.id == "fr_blinken");
  CHECK(m.source == "fr_blinken");
  CHECK(m.story == "articles");
  CHECK(m.path == ArticlePath("fr_blinken.txt"));
  CHECK(m.lang == Lang::kFr);
  CHECK(m.published.empty());
  CHECK(r.warnings.empty());
}

TEST_CASE(".txt: the title line stays in the text rules match", "[reader]") {
  Article a = MustParse("ukraine/000.txt",
                        "\n\n  Joe Biden envisage d’envoyer 5\u00A0000 soldats  \n\nLe président "
                        "américain envisage d’envoyer jusqu’à 5\u00A0000 soldats.\n");
  CHECK(a.meta.title == "Joe Biden envisage d’envoyer 5\u00A0000 soldats");
  CHECK(a.meta.story == "ukraine");
  CHECK(a.meta.id == "000");
  const size_t headline = a.text.normalized().find("d'envoyer 5 000 soldats");
  REQUIRE(headline != std::string::npos);
  CHECK(a.text.Locate(a.text.ToOriginal(headline)).line == 3);
}

TEST_CASE(".txt with a BOM and CR LF line ends", "[reader]") {
  Article a = MustParse("dir/crlf.txt",
                        "\xEF\xBB\xBFThe Pentagon puts 8,500 troops on alert\r\n\r\nThe "
                        "Pentagon said that the troops were ready.\r\n");
  CHECK(a.meta.title == "The Pentagon puts 8,500 troops on alert");
  CHECK(a.meta.lang == Lang::kEn);
  const size_t said = a.text.normalized().find("said");
  LineCol lc = a.text.Locate(a.text.ToOriginal(said));
  CHECK(lc.line == 3);
  CHECK(lc.column == 14);
}

TEST_CASE("extensions are matched without regard to case", "[reader]") {
  Article a = MustParse("dir/LOUD.TXT", "Un titre\n\nLe texte est là pour le test.");
  CHECK(a.meta.id == "LOUD");
  CHECK(a.meta.title == "Un titre");
}

TEST_CASE("an empty file is an error naming it", "[reader][errors]") {
  testing::ReadAll r = ReadArticles({ArticlePath("empty.txt")});
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.message() == "empty article");
  CHECK(r.status.loc().file == ArticlePath("empty.txt"));
  CHECK(r.articles.empty());
}

TEST_CASE("a file of white space only (NBSP included) is an empty article", "[reader][errors]") {
  testing::ReadAll r = ReadArticles({ArticlePath("blank.txt")});
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.message() == "empty article");
  Result<Article> md = ParseArticle("x.md", "---\ntitle: Rien\n---\n\n", ReadOptions{});
  CHECK(md.status().message() == "empty article");
}

TEST_CASE("a binary file (NUL byte) is an error with its offset", "[reader][errors]") {
  testing::ReadAll r = ReadArticles({ArticlePath("nul.txt")});
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.message() == "NUL byte at byte 14 (binary file?)");
  CHECK(r.status.loc().file == ArticlePath("nul.txt"));
  CHECK(r.status.loc().line == 2);
  CHECK(r.status.loc().column == 1);
}

TEST_CASE("invalid UTF-8 is an error with line, column and byte offset", "[reader][errors]") {
  Result<Article> a = ParseArticle("ukraine/latin1.txt", "Titre\nLe pr\xE9sident", ReadOptions{});
  REQUIRE_FALSE(a.ok());
  CHECK(a.status().code() == StatusCode::kInputError);
  CHECK(a.status().ToString() == "ukraine/latin1.txt:2:6: error: invalid UTF-8 at byte 11");
}

TEST_CASE("unsupported file types are errors when named", "[reader][errors]") {
  Result<Article> png = ParseArticle("photo.png", "\x89PNG", ReadOptions{});
  CHECK(png.status().code() == StatusCode::kInputError);
  CHECK(png.status().message() ==
        "unsupported file type (expected .txt, .md, .jsonl, .html or .htm)");
  Result<Article> none = ParseArticle("README", "Le texte", ReadOptions{});
  CHECK_FALSE(none.ok());

  testing::ReadAll r = ReadArticles({ArticlePath("walk/photo.png")});
  CHECK(r.status.message() == "unsupported file type (expected .txt, .md, .jsonl, .html or .htm)");
  CHECK(r.status.loc().file == ArticlePath("walk/photo.png"));
}

TEST_CASE("ParseArticle refuses .jsonl, which holds many articles", "[reader][errors]") {
  Result<Article> a = ParseArticle("c.jsonl", "{\"text\": \"x\"}\n", ReadOptions{});
  CHECK(a.status().code() == StatusCode::kInputError);
  CHECK_THAT(a.status().message(), Catch::Contains("ForEachArticle"));
}

TEST_CASE("a missing path is an I/O error naming it", "[reader][errors]") {
  const std::string missing = ArticlePath("no-such-article.txt");
  testing::ReadAll r = ReadArticles({ArticlePath("fr_blinken.txt"), missing});
  CHECK(r.status.code() == StatusCode::kIoError);
  CHECK(r.status.ToString() == missing + ": error: no such file or directory");
  CHECK(r.articles.size() == 1);  // what came before was delivered
  Result<std::string> bytes = ReadFileBytes(missing);
  CHECK(bytes.status().code() == StatusCode::kIoError);
  CHECK(bytes.status().message() == "no such file or directory");
}

TEST_CASE("an unreadable file is an I/O error naming it", "[reader][errors]") {
  if (testing::RunningAsRoot()) {
    WARN("skipped: permission bits do not apply to root");
    return;
  }
  ScratchDir dir;
  const std::string path = dir.Write("secret.txt", "Le texte est là.\n");
  REQUIRE(::chmod(path.c_str(), 0) == 0);
  testing::ReadAll r = ReadArticles({path});
  CHECK(r.status.code() == StatusCode::kIoError);
  CHECK(r.status.message() == "permission denied");
  CHECK(r.status.loc().file == path);
}

TEST_CASE("ReadFileBytes returns the exact bytes and refuses folders", "[reader][files]") {
  ScratchDir dir;
  const std::string bytes("\xEF\xBB\xBFun\r\ndeux\0trois", 17);
  const std::string path = dir.Write("raw.txt", bytes);
  Result<std::string> read = ReadFileBytes(path);
  REQUIRE(read.ok());
  CHECK(*read == bytes);
  Result<std::string> folder = ReadFileBytes(dir.path());
  CHECK(folder.status().code() == StatusCode::kIoError);
  CHECK(folder.status().message() == "is a directory");
  Result<std::string> small = ReadFileBytes(path, 4);
  CHECK(small.status().code() == StatusCode::kInputError);
  CHECK(small.status().message() == "file is larger than 4 bytes");
}

TEST_CASE("articles over max_article_bytes are refused before they are read", "[reader]") {
  ReadOptions options;
  options.max_article_bytes = 32;
  testing::ReadAll r = ReadArticles({ArticlePath("fr_blinken.txt")}, options);
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.message() == "file is larger than 32 bytes");
  Result<Article> a = ParseArticle("a.txt", std::string(33, 'x'), options);
  CHECK(a.status().message() == "file is larger than 32 bytes");
}

TEST_CASE("stdin is read as .txt by default", "[reader][stdin]") {
  std::istringstream in(
      "Biden envisage d’envoyer 5 000 soldats\n\nLe président américain "
      "envisage d’envoyer jusqu’à 5 000 soldats en Europe de l’Est.\n");
  ReadOptions options;
  options.stdin_stream = &in;
  testing::ReadAll r = ReadArticles({"-"}, options);
  REQUIRE(r.status.ok());
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].meta.path == "-");
  CHECK(r.articles[0].meta.id == "stdin");
  CHECK(r.articles[0].meta.story == "stdin");
  CHECK(r.articles[0].meta.title == "Biden envisage d’envoyer 5 000 soldats");
  CHECK(r.articles[0].meta.lang == Lang::kFr);
}

TEST_CASE("stdin can be read as md, jsonl or html, and nothing else", "[reader][stdin]") {
  std::istringstream md("---\nsource: wire\n---\n# Troops\n\nThe troops were sent to Poland.\n");
  ReadOptions options;
  options.stdin_stream = &md;
  options.stdin_format = "md";
  testing::ReadAll r = ReadArticles({"-"}, options);
  REQUIRE(r.status.ok());
  CHECK(r.articles.at(0).meta.source == "wire");
  CHECK(r.articles.at(0).meta.title == "Troops");

  std::istringstream jsonl("{\"text\": \"The troops were sent.\"}\n{\"text\": \"Encore.\"}\n");
  options.stdin_stream = &jsonl;
  options.stdin_format = "jsonl";
  r = ReadArticles({"-"}, options);
  REQUIRE(r.status.ok());
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[1].meta.id == "stdin:2");

  std::istringstream html("<html lang=\"en\"><nav>Home</nav><p>The troops were sent.</p>");
  options.stdin_stream = &html;
  options.stdin_format = "html";
  r = ReadArticles({"-"}, options);
  REQUIRE(r.status.ok());
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].text.normalized() == "The troops were sent.");
  CHECK(r.articles[0].meta.id == "stdin");

  options.stdin_format = "pdf";
  r = ReadArticles({"-"}, options);
  CHECK(r.status.code() == StatusCode::kInvalidArgument);
  CHECK(r.status.message() == "standard input can be read as txt, md, jsonl or html, not 'pdf'");
}

TEST_CASE("an error from visit stops the reading and is returned", "[reader]") {
  int seen = 0;
  Status st = ForEachArticle({ArticlePath("walk")}, ReadOptions{}, nullptr, [&](Article&&) {
    ++seen;
    return seen == 2 ? Status::Internal("stop here") : Status::Ok();
  });
  CHECK(st.message() == "stop here");
  CHECK(seen == 2);
}

TEST_CASE("a bare file name takes its story from the current folder", "[reader]") {
  const std::string cwd_name = std::filesystem::current_path().filename().string();
  CHECK(MustParse("a.txt", "Titre\n\nLe texte est là.").meta.story == cwd_name);
  CHECK(MustParse("./a.txt", "Titre\n\nLe texte est là.").meta.story == cwd_name);
  CHECK(MustParse("x/../a.txt", "Titre\n\nLe texte est là.").meta.story == cwd_name);
}

}  // namespace
}  // namespace factlint
