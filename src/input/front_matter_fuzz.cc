// libFuzzer target: ParseArticle on an arbitrary .md file, for its YAML front matter.
//
//   scripts/fuzz 600 front_matter_fuzz
//
// (article_reader_fuzz reads .md too, half of the time, with offset checks; this target spends
// all its time on front matter, with a dictionary of its keys and YAML's syntax.)
// An error must name the file, with a message, at a line of the file (or none) and a column
// >= 0. An article that reads must have metadata fit for every report: valid UTF-8 without NUL,
// an id, a published date that is a real date. The front
// matter reads as blank lines, so the normalized text has exactly the file's line breaks (CR LF
// and a lone CR count as one) and no rule can match inside the front matter's keys.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "input/article_reader.h"
#include "normalize/calendar.h"

namespace {

using namespace factlint;

void Check(bool condition) {
  if (!condition) std::abort();
}

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

size_t LineBreaks(const std::string& s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\n') ++n;
    if (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n')) ++n;
  }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string path = "story/fuzz.md";
  std::string bytes(reinterpret_cast<const char*>(data), size);
  const size_t breaks = LineBreaks(bytes);

  Result<Article> article = ParseArticle(path, bytes, ReadOptions{});
  if (!article.ok()) {
    const SourceLoc& loc = article.status().loc();
    Check(loc.file == path);
    Check(!article.status().message().empty());
    Check(loc.line >= 0 && static_cast<size_t>(loc.line) <= breaks + 1);
    Check(loc.column >= 0);
    return 0;
  }
  const ArticleMeta& meta = article->meta;
  Check(!meta.id.empty() && !meta.source.empty() && !meta.story.empty());
  Check(IsCleanUtf8(meta.id) && IsCleanUtf8(meta.title) && IsCleanUtf8(meta.source) &&
        IsCleanUtf8(meta.story) && IsCleanUtf8(meta.published));
  if (!meta.published.empty()) Check(ParseIsoDate(meta.published).has_value());
  const std::string& normalized = article->text.normalized();
  size_t newlines = 0;
  for (char c : normalized) newlines += c == '\n' ? 1 : 0;
  Check(newlines == breaks);
  return 0;
}
