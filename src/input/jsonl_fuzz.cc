// libFuzzer target: a .jsonl corpus read as a stream (ForEachArticle on "-").
//
//   scripts/fuzz 600 jsonl_fuzz
//
// Beyond not crashing: every article delivered has the stream's path and a non-empty id, and
// an error names the stream at a line that exists.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>

#include "input/article_reader.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factlint;
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  std::istringstream in(bytes);
  ReadOptions options;
  options.stdin_format = "jsonl";
  options.stdin_stream = &in;
  // Small enough that the fuzzer meets the "line is too long" path too.
  options.max_article_bytes = 4096;

  Diagnostics warnings;
  size_t articles = 0;
  Status st = ForEachArticle({"-"}, options, &warnings, [&](Article&& a) {
    Check(a.meta.path == "-");
    Check(!a.meta.id.empty());
    Check(a.text.ToOriginal(a.text.normalized().size()) == a.text.original().size());
    ++articles;
    return Status::Ok();
  });
  if (!st.ok()) {
    const long lines = std::count(bytes.begin(), bytes.end(), '\n') + 1;
    Check(st.loc().file == "-");
    Check(st.loc().line >= 0 && st.loc().line <= lines);
  }
  Check(articles <= static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\n')) + 1);
  return 0;
}
