#include "text/excerpt.h"

#include <algorithm>

namespace factlint {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// The first code point start at or after byte `i` of `line` (line.size() at the end).
size_t StartAtOrAfter(std::string_view line, size_t i) {
  while (i < line.size() && IsContinuation(line[i])) ++i;
  return i;
}

// The code point start after the one at `i`.
size_t NextStart(std::string_view line, size_t i) { return StartAtOrAfter(line, i + 1); }

// The code point start before the one at `i` (i > 0).
size_t PreviousStart(std::string_view line, size_t i) {
  do --i;
  while (i > 0 && IsContinuation(line[i]));
  return i;
}

}  // namespace

// Only a window of about max_width code points around the match is ever looked at, never the
// whole line: an article written on one line (a 200 MB .jsonl text, a minified HTML page)
// holds thousands of claims on that line, and each excerpt must cost its window, not the line.
Excerpt MakeExcerpt(const TextMap& map, size_t begin, size_t end, int max_width) {
  Excerpt out;
  std::string_view line = map.LineAt(begin);
  if (line.empty() && map.original().empty()) return out;
  const size_t line_start = static_cast<size_t>(line.data() - map.original().data());
  const size_t mb = StartAtOrAfter(line, std::min(begin - line_start, line.size()));
  const size_t me = StartAtOrAfter(line, std::min(end, line_start + line.size()) - line_start);
  const size_t budget = static_cast<size_t>(std::max(max_width, 0));

  // Code points of the match, counted up to the widest it can be shown.
  size_t match_width = 0;
  for (size_t i = mb; i < me && match_width <= budget; i = NextStart(line, i)) ++match_width;
  // A long match (a quote with its speaker) is shown from its start only.
  const size_t width = std::min(std::max<size_t>(match_width, 1), budget * 2 / 3);
  const size_t lead = budget > width ? (budget - width) / 3 : 0;

  // Up to `lead` code points of context before the match...
  size_t from = mb;
  size_t before = 0;
  while (before < lead && from > 0) {
    from = PreviousStart(line, from);
    ++before;
  }
  // ...and the window runs `budget` code points from there, or to the end of the line.
  size_t to = from;
  size_t shown = 0;
  while (shown < budget && to < line.size()) {
    to = NextStart(line, to);
    ++shown;
  }
  // Trailing \r of a CRLF line is not text.
  while (to > from && line[to - 1] == '\r') {
    --to;
    --shown;
  }

  if (from > 0) out.text = "… ";
  out.column = static_cast<int>(before) + (from > 0 ? 2 : 0);
  out.text.append(line.substr(from, to - from));
  if (to < line.size()) out.text += " …";
  out.width = static_cast<int>(std::min(width, shown > before ? shown - before : 1));
  return out;
}

}  // namespace factlint
