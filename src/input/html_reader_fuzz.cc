// libFuzzer target: ParseArticle on an arbitrary .html page (gumbo, then factlint's choice of
// the article's element, its visible text and its metadata).
//
//   scripts/fuzz 600 html_reader_fuzz
//
// The whole input is the page. An error must name the file, with a message. A page that reads
// must keep its offsets honest: the original is the page's bytes, every normalized offset maps
// inside it, in order (pieces are in page order), spans map back within the page, and Locate
// gives a 1-based line and column. The text and the metadata are valid UTF-8 without NUL
// (they reach every report), and a published date is a real date.
#include <cstddef>
#include <cstdint>
#include <algorithm>
#include <cstdlib>
#include <string>

#include "input/article_reader.h"
#include "normalize/calendar.h"

namespace {

using namespace factlint;

void Check(bool condition) {
  if (!condition) std::abort();
}

// Well-formed UTF-8 without NUL (TextMap's own rules for input).
bool IsCleanUtf8(const std::string& s) {
  size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return false;
    const size_t n = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : 9;
    if (n == 9 || i + n >= s.size() + (n == 0 ? 1 : 0)) return false;
    for (size_t k = 1; k <= n; ++k) {
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return false;
    }
    i += n + 1;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = "story/page.html";
  std::string bytes(reinterpret_cast<const char*>(data), size);

  Result<Article> article = ParseArticle(path, bytes, ReadOptions{});
  if (!article.ok()) {
    Check(article.status().loc().file == path);
    Check(!article.status().message().empty());
    return 0;
  }
  const TextMap& map = article->text;
  const std::string& normalized = map.normalized();
  Check(map.original() == bytes);
  Check(IsCleanUtf8(normalized));
  size_t previous = 0;
  for (size_t i = 0; i <= normalized.size(); ++i) {
    const size_t original = map.ToOriginal(i);
    Check(original <= bytes.size());
    Check(original >= previous);
    previous = original;
  }
  const size_t step = normalized.size() / 7 + 1;
  for (size_t b = 0; b < normalized.size(); b += step) {
    const size_t e = std::min(normalized.size(), b + step);
    const std::string_view span = map.OriginalSpan(b, e);
    Check(span.data() >= map.original().data() &&
          span.data() + span.size() <= map.original().data() + map.original().size());
    (void)map.ReadableSpan(b, e);
  }
  const LineCol where = map.Locate(bytes.size());
  Check(where.line >= 1 && where.column >= 1);
  const ArticleMeta& meta = article->meta;
  Check(!meta.id.empty() && meta.path == path);
  Check(IsCleanUtf8(meta.title) && IsCleanUtf8(meta.source) && IsCleanUtf8(meta.published));
  if (!meta.published.empty()) Check(ParseIsoDate(meta.published).has_value());
  return 0;
}
