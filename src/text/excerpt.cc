#include "text/excerpt.h"

#include <vector>

namespace factlint {
namespace {

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

Excerpt MakeExcerpt(const TextMap& map, size_t begin, size_t end, int max_width) {
  Excerpt out;
  std::string_view line = map.LineAt(begin);
  if (line.empty() && map.original().empty()) return out;
  size_t line_start = static_cast<size_t>(line.data() - map.original().data());
  size_t mb = begin - line_start;
  size_t me = std::min(end, line_start + line.size()) - line_start;

  // Code point starts of the line, to cut on character boundaries.
  std::vector<size_t> starts;
  for (size_t i = 0; i < line.size(); ++i)
    if (!IsContinuation(line[i])) starts.push_back(i);
  starts.push_back(line.size());
  auto cp_index = [&](size_t byte) {
    size_t k = 0;
    while (k + 1 < starts.size() && starts[k] < byte) ++k;
    return k;
  };
  const size_t total = starts.size() - 1;
  size_t cb = cp_index(mb), ce = cp_index(me);
  size_t budget = static_cast<size_t>(max_width);
  // A long match (a quote with its speaker) is shown from its start only.
  size_t width = std::min(std::max<size_t>(ce - cb, 1), budget * 2 / 3);
  size_t lead = budget > width ? (budget - std::min(width, budget)) / 3 : 0;
  size_t from = cb > lead ? cb - lead : 0;
  size_t to = std::min(total, from + budget);
  // Trailing \r of a CRLF line is not text.
  while (to > from && (line[starts[to - 1]] == '\r')) --to;

  if (from > 0) out.text = "… ";
  out.column = static_cast<int>(cb - from) + (from > 0 ? 2 : 0);
  out.text.append(line.substr(starts[from], starts[to] - starts[from]));
  if (to < total) out.text += " …";
  out.width = static_cast<int>(std::min(width, to > cb ? to - cb : 1));
  return out;
}

}  // namespace factlint
