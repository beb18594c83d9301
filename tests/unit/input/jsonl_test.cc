#include "input/jsonl.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "input/line_reader.h"
#include "test_support.h"

namespace factlint {
namespace {

using testing::ArticlePath;
using testing::ReadArticles;

// Reads `text` as the .jsonl file `path`.
testing::ReadAll ReadJsonl(const std::string& text, const ReadOptions& options = ReadOptions{},
                           const std::string& path = "feeds/corpus.jsonl") {
  std::istringstream in(text);
  testing::ReadAll out;
  out.status = ForEachJsonlArticle(in, path, options, [&](Article&& a) {
    out.articles.push_back(std::move(a));
    return Status::Ok();
  });
  return out;
}

TEST_CASE(".jsonl: one article per line, blank lines skipped", "[jsonl]") {
  testing::ReadAll r = ReadArticles({ArticlePath("corpus.jsonl")});
  REQUIRE(r.status.ok());
  REQUIRE(r.articles.size() == 3);

  const ArticleMeta& first = r.articles[0].meta;
  CHECK(first.id == "lesoir-1");
  CHECK(first.source == "lesoir");
  CHECK(first.title == "Biden envisage d’envoyer 5\u00A0000 soldats");
  CHECK(first.published == "2022-01-24");
  CHECK(first.lang == Lang::kFr);
  CHECK(first.story == "articles");
  CHECK(first.path == ArticlePath("corpus.jsonl"));

  const ArticleMeta& second = r.articles[1].meta;
  CHECK(second.published == "2022-02-02T14:30:00Z");
  CHECK(second.story == "ukraine");
  CHECK(second.lang == Lang::kEn);

  const ArticleMeta& third = r.articles[2].meta;  // line 4: defaults
  CHECK(third.id == "corpus:4");
  CHECK(third.source == "rtbf");
  CHECK(third.title.empty());
  CHECK(third.lang == Lang::kFr);  // detected
}

TEST_CASE(".jsonl: positions count within the text, not the file", "[jsonl]") {
  testing::ReadAll r = ReadArticles({ArticlePath("corpus.jsonl")});
  REQUIRE(r.status.ok());
  const TextMap& text = r.articles.at(0).text;
  CHECK(text.original().rfind("Joe Biden", 0) == 0);
  const size_t europe = text.normalized().find("Europe de l'Est");
  REQUIRE(europe != std::string::npos);
  LineCol lc = text.Locate(text.ToOriginal(europe));
  CHECK(lc.line == 3);
  CHECK(lc.column == 68);
  CHECK(text.OriginalSpan(europe, europe + 15) == "Europe de l’Est");
}

TEST_CASE(".jsonl: invalid JSON is an error at its line, after the lines before it", "[jsonl]") {
  testing::ReadAll r = ReadArticles({ArticlePath("bad_line.jsonl")});
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.loc().file == ArticlePath("bad_line.jsonl"));
  CHECK(r.status.loc().line == 2);
  CHECK(r.status.loc().column == 56);
  CHECK_THAT(r.status.message(), Catch::StartsWith("invalid JSON: syntax error"));
  CHECK_THAT(r.status.message(), !Catch::Contains("line 1"));
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].meta.id == "a");
}

TEST_CASE(".jsonl: a line without text is an error at its line", "[jsonl]") {
  testing::ReadAll r = ReadArticles({ArticlePath("missing_text.jsonl")});
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.ToString() == ArticlePath("missing_text.jsonl") +
                                   ":2: error: missing 'text': each line needs the article's text");
}

TEST_CASE(".jsonl: wrong types, non-objects and unknown keys are errors", "[jsonl]") {
  auto message = [](const std::string& text) { return ReadJsonl(text).status.message(); };
  CHECK(message("{\"text\": 42}") == "'text' must be a string, not number");
  CHECK(message("{\"text\": \"Le texte.\", \"title\": [\"a\"]}") ==
        "'title' must be a string, not array");
  CHECK(message("[\"Le texte.\"]") == "each line must be a JSON object, not array");
  CHECK(message("{\"text\": \"Le texte.\", \"url\": \"https://example.org\"}") ==
        "unknown key 'url' (expected one of: id, title, source, published, lang, story)");
  CHECK(message("{\"text\": \"Le texte.\", \"published\": \"hier\"}") ==
        "'published' must be a date YYYY-MM-DD or a date-time YYYY-MM-DDTHH:MM, not 'hier'");
  CHECK(message("{\"text\": \"   \"}") == "empty article");
  testing::ReadAll r = ReadJsonl("{\"text\": \"ok\"}\n\n{\"text\": 1}\n");
  CHECK(r.status.loc().line == 3);
  CHECK(r.status.loc().file == "feeds/corpus.jsonl");
}

TEST_CASE(".jsonl: null metadata counts as absent", "[jsonl]") {
  testing::ReadAll r =
      ReadJsonl("{\"text\": \"The troops were sent to the east.\", \"title\": null}");
  REQUIRE(r.status.ok());
  CHECK(r.articles.at(0).meta.title.empty());
  CHECK(r.articles.at(0).meta.id == "corpus:1");
}

TEST_CASE(".jsonl: a NUL in the text is reported at the .jsonl line", "[jsonl]") {
  testing::ReadAll r = ReadJsonl("{\"text\": \"ok\"}\n{\"text\": \"deux\\nmots\\u0000\"}\n");
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.message() == "'text': NUL byte at byte 9 (binary file?)");
  CHECK(r.status.loc().line == 2);
  CHECK(r.status.loc().column == 0);
}

TEST_CASE(".jsonl: a line longer than max_article_bytes is an error, not an allocation",
          "[jsonl]") {
  ReadOptions options;
  options.max_article_bytes = 64;
  const std::string long_line = "{\"text\": \"" + std::string(1000, 'x') + "\"}";
  testing::ReadAll r = ReadJsonl("{\"text\": \"court\"}\n" + long_line + "\n", options);
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.message() == "line is longer than 64 bytes");
  CHECK(r.status.loc().line == 2);
  CHECK(r.articles.size() == 1);
}

TEST_CASE(".jsonl: CR LF line ends, a BOM and a last line without a line break", "[jsonl]") {
  testing::ReadAll r = ReadJsonl(
      "\xEF\xBB\xBF{\"id\": \"a\", \"text\": \"Un.\"}\r\n{\"id\": \"b\", \"text\": \"Deux.\"}");
  REQUIRE(r.status.ok());
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].meta.id == "a");
  CHECK(r.articles[1].meta.id == "b");
}

TEST_CASE(".jsonl: invalid UTF-8 inside a string is an invalid JSON error", "[jsonl]") {
  testing::ReadAll r = ReadJsonl("{\"text\": \"pr\xE9sident\"}\n");
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK_THAT(r.status.message(), Catch::StartsWith("invalid JSON"));
  CHECK(r.status.loc().line == 1);
}

TEST_CASE("LineReader: lines, line numbers and the limit", "[jsonl][line_reader]") {
  std::istringstream in("un\r\n\ndeux" + std::string(70000, '-') + "\ntrois");
  LineReader lines(in, 100000);
  std::string line;
  REQUIRE(lines.Next(&line) == LineReader::kLine);
  CHECK(line == "un");
  REQUIRE(lines.Next(&line) == LineReader::kLine);
  CHECK(line.empty());
  REQUIRE(lines.Next(&line) == LineReader::kLine);  // crosses a 64 KB block
  CHECK(line.size() == 70004);
  REQUIRE(lines.Next(&line) == LineReader::kLine);
  CHECK(line == "trois");
  CHECK(lines.line_number() == 4);
  CHECK(lines.Next(&line) == LineReader::kEnd);

  std::istringstream big(std::string(200, 'x') + "\n");
  LineReader small(big, 100);
  CHECK(small.Next(&line) == LineReader::kTooLong);
  CHECK(small.line_number() == 1);
}

}  // namespace
}  // namespace factlint
