#include "tooling/source_cache.h"

#include <fstream>
#include <sstream>

namespace factlint {

std::optional<std::string> SourceCache::Line(const std::string& file, int line) {
  auto it = files_.find(file);
  if (it == files_.end()) {
    std::ifstream in(file, std::ios::binary);
    std::optional<std::string> text;
    if (in) {
      std::ostringstream content;
      content << in.rdbuf();
      if (!in.bad()) text = content.str();
    }
    it = files_.emplace(file, std::move(text)).first;
  }
  if (!it->second || line < 1) return std::nullopt;
  std::string_view text = *it->second;
  if (line == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // BOM
  size_t begin = 0;
  for (int n = 1; n < line; ++n) {
    size_t eol = text.find('\n', begin);
    if (eol == std::string_view::npos) return std::nullopt;
    begin = eol + 1;
  }
  if (begin >= text.size()) return std::nullopt;
  size_t end = text.find('\n', begin);
  return std::string(text.substr(begin, end == std::string_view::npos ? end : end - begin));
}

std::string SourceCache::Render(const Status& status, std::string_view label) {
  std::string out = status.ToString(label) + "\n";
  const SourceLoc& loc = status.loc();
  if (loc.file.empty() || loc.line < 1) return out;
  if (std::optional<std::string> line = Line(loc.file, loc.line)) {
    out += CaretLines(*line, loc.column);
  }
  return out;
}

void SourceCache::Put(const std::string& file, std::string text) { files_[file] = std::move(text); }

std::string CaretLines(std::string_view line, int column) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  std::string out = " " + std::string(line) + "\n";
  if (column < 1) return out;
  std::string pad = " ";
  int points = 0;
  for (size_t i = 0; i < line.size() && points < column - 1; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) == 0x80) continue;  // continuation byte
    pad += c == '\t' ? '\t' : ' ';
    ++points;
  }
  for (; points < column - 1; ++points) pad += ' ';  // past the end of the line
  return out + pad + "^\n";
}

}  // namespace factlint
