// libFuzzer target: ParseArticle on an arbitrary .txt or .md file.
//
//   scripts/fuzz 600 article_reader_fuzz
//
// The first byte picks the format (even: .txt, odd: .md); the rest is the file. Beyond not
// crashing, an article that reads must have valid offsets: every normalized offset maps inside
// the original, in order, and Locate gives a 1-based line and column. An error must name the
// file.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "input/article_reader.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factlint;
  if (size == 0) return 0;
  const std::string path = (data[0] & 1) != 0 ? "story/fuzz.md" : "story/fuzz.txt";
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);

  Result<Article> article = ParseArticle(path, bytes, ReadOptions{});
  if (!article.ok()) {
    Check(article.status().loc().file == path);
    Check(!article.status().message().empty());
    return 0;
  }
  const TextMap& map = article->text;
  const std::string& normalized = map.normalized();
  Check(map.original() == bytes);
  size_t previous = 0;
  for (size_t i = 0; i <= normalized.size(); ++i) {
    const size_t original = map.ToOriginal(i);
    Check(original <= bytes.size());
    Check(original >= previous);
    previous = original;
  }
  const LineCol where = map.Locate(bytes.size());
  Check(where.line >= 1 && where.column >= 1);
  Check(!article->meta.id.empty() && article->meta.path == path);
  return 0;
}
