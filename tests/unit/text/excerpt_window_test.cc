// MakeExcerpt looks at a window around the match, not at the whole line (an article on one
// line holds thousands of claims there: scripts/bench-hostile measures it). These tests pin
// that the window gives exactly what the whole-line computation gave, on news lines and on
// lines built to stress character boundaries.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "text/excerpt.h"

namespace factlint {
namespace {

// The whole-line computation MakeExcerpt used before: every code point start of the line.
Excerpt WholeLineExcerpt(const TextMap& map, size_t begin, size_t end, int max_width) {
  Excerpt out;
  std::string_view line = map.LineAt(begin);
  if (line.empty() && map.original().empty()) return out;
  size_t line_start = static_cast<size_t>(line.data() - map.original().data());
  size_t mb = std::min(begin - line_start, line.size());
  size_t me = std::min(end, line_start + line.size()) - line_start;
  std::vector<size_t> starts;
  for (size_t i = 0; i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) starts.push_back(i);
  starts.push_back(line.size());
  auto cp_index = [&](size_t byte) {
    size_t k = 0;
    while (k + 1 < starts.size() && starts[k] < byte) ++k;
    return k;
  };
  const size_t total = starts.size() - 1;
  size_t cb = cp_index(mb), ce = cp_index(me);
  size_t budget = static_cast<size_t>(max_width);
  size_t width = std::min(std::max<size_t>(ce - cb, 1), budget * 2 / 3);
  size_t lead = budget > width ? (budget - std::min(width, budget)) / 3 : 0;
  size_t from = cb > lead ? cb - lead : 0;
  size_t to = std::min(total, from + budget);
  while (to > from && (line[starts[to - 1]] == '\r')) --to;
  if (from > 0) out.text = "… ";
  out.column = static_cast<int>(cb - from) + (from > 0 ? 2 : 0);
  out.text.append(line.substr(starts[from], starts[to] - starts[from]));
  if (to < total) out.text += " …";
  out.width = static_cast<int>(std::min(width, to > cb ? to - cb : 1));
  return out;
}

void CheckSame(const TextMap& map, size_t begin, size_t end, int max_width) {
  const Excerpt got = MakeExcerpt(map, begin, end, max_width);
  const Excerpt want = WholeLineExcerpt(map, begin, end, max_width);
  INFO("begin " << begin << " end " << end << " width " << max_width);
  CHECK(got.text == want.text);
  CHECK(got.column == want.column);
  CHECK(got.width == want.width);
}

TextMap MustBuild(std::string text) {
  Result<TextMap> m = TextMap::Build(std::move(text), "a.txt");
  REQUIRE(m.ok());
  return std::move(m).value();
}

TEST_CASE("Excerpts of claims on a long single line equal the whole-line ones", "[excerpt]") {
  // A .jsonl text or a minified page: one line, many claims on it.
  std::string line;
  for (int i = 0; i < 400; ++i) {
    line += "Les États-Unis enverront " + std::to_string(1000 + i) +
            " soldats en Pologne, a annoncé « le Pentagone » mercredi. ";
  }
  const TextMap map = MustBuild("Renforts\n" + line + "\r\nFin.\n");
  const std::string& text = map.original();
  for (size_t at = text.find("soldats"); at != std::string::npos; at = text.find("soldats", at + 1)) {
    CheckSame(map, at - 5, at + 7, 120);
  }
  CheckSame(map, text.find("Renforts"), text.find("Renforts") + 8, 120);
  CheckSame(map, text.find("Fin."), text.find("Fin.") + 4, 120);
  // A match running past the end of its line, and one longer than the window.
  CheckSame(map, text.size() - 30, text.size(), 120);
  CheckSame(map, text.find("Les"), text.find("Fin."), 120);
}

TEST_CASE("Excerpts agree at every boundary of multi-byte text, CR and narrow windows",
          "[excerpt]") {
  const std::vector<std::string> pieces = {"a", " ", "é", "€", "😀", "\r", "’", "5 000", "\n"};
  std::mt19937 random(7);
  for (int round = 0; round < 60; ++round) {
    std::string text;
    const int length = 1 + static_cast<int>(random() % 80);
    for (int i = 0; i < length; ++i) text += pieces[random() % pieces.size()];
    const TextMap map = MustBuild(text);
    const std::string& original = map.original();
    for (size_t b = 0; b < original.size(); ++b) {
      if ((static_cast<unsigned char>(original[b]) & 0xC0) == 0x80) continue;
      for (int width : {0, 1, 3, 10, 120}) {
        CheckSame(map, b, std::min(original.size(), b + 1 + random() % 12), width);
      }
    }
  }
}

}  // namespace
}  // namespace factlint
