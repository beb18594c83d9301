// Inputs the fuzz targets (src/input/*_fuzz.cc) once broke, each named after what it pins.
// The raw crash inputs also sit in tests/fuzz/corpus/<target>/regression-*.
#include <catch2/catch.hpp>
#include <sstream>

#include "input/article_reader.h"

namespace factlint {
namespace {

Status ReadJsonlStream(const std::string& text) {
  std::istringstream in(text);
  ReadOptions options;
  options.stdin_format = "jsonl";
  options.stdin_stream = &in;
  return ForEachArticle({"-"}, options, nullptr, [](Article&&) { return Status::Ok(); });
}

TEST_CASE("regression: a .jsonl number too large for a double is an input error at its line",
          "[jsonl][fuzz]") {
  // nlohmann reports it as out_of_range, not parse_error: it used to escape as an exception.
  const Status st = ReadJsonlStream(
      "{\"id\": \"ok\", \"lang\": \"fr\", \"text\": \"Les États-Unis enverront 3 000 soldats.\"}\n"
      "{\"id\": \"budget\", \"text\": \"Un budget de 1e400 euros.\", \"rank\": 1e400}\n");
  CHECK(st.code() == StatusCode::kInputError);
  CHECK(st.ToString() == "-:2: error: invalid JSON: number overflow parsing '1e400'");
}

TEST_CASE("regression: a front matter escape that makes a NUL byte is an input error at the value",
          "[markdown][fuzz]") {
  // front_matter_fuzz: YAML's "\0" escape in a double-quoted title put a NUL byte (and raw
  // control bytes) into the title, which every report quotes.
  Result<Article> a = ParseArticle(
      "ukraine/lesoir.md",
      "---\ntitle: \"Biden enverra 3 000 soldats\\0 en Pologne\"\nlang: fr\n---\n"
      "Joe Biden enverra 3 000 soldats en Pologne.\n",
      ReadOptions{});
  REQUIRE_FALSE(a.ok());
  CHECK(a.status().code() == StatusCode::kInputError);
  CHECK(a.status().ToString() == "ukraine/lesoir.md:2:8: error: 'title' holds a NUL byte");
  // The same escape in JSON.
  const Status st = ReadJsonlStream(
      "{\"id\": \"a\\u0000b\", \"lang\": \"fr\", \"text\": \"Les États-Unis enverront 3 000 soldats.\"}\n");
  CHECK(st.ToString() == "-:1: error: 'id' holds a NUL byte");
}

TEST_CASE("regression: front matter escapes that make no text are input errors",
          "[markdown][fuzz]") {
  // A lone surrogate: yaml-cpp refuses it itself.
  Result<Article> a = ParseArticle(
      "ukraine/lesoir.md", "---\nsource: \"Le Soir \\ud800\"\n---\nTexte.\n", ReadOptions{});
  REQUIRE_FALSE(a.ok());
  CHECK(a.status().code() == StatusCode::kInputError);
  CHECK(a.status().ToString().rfind("ukraine/lesoir.md:2:", 0) == 0);
  // "\x00" is a NUL byte as well as "\0".
  Result<Article> z = ParseArticle(
      "ukraine/lesoir.md", "---\nstory: \"ukr\\x00aine\"\n---\nTexte.\n", ReadOptions{});
  REQUIRE_FALSE(z.ok());
  CHECK(z.status().ToString() == "ukraine/lesoir.md:2:8: error: 'story' holds a NUL byte");
  // Control characters are text: kept (reports make them inert), not an error.
  Result<Article> b = ParseArticle(
      "ukraine/lesoir.md", "---\ntitle: \"Alerte\\a\"\nlang: fr\n---\nTexte.\n", ReadOptions{});
  REQUIRE(b.ok());
  CHECK(b->meta.title == "Alerte\a");
}

}  // namespace
}  // namespace factlint
