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

}  // namespace
}  // namespace factlint
