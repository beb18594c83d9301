#include "report/terminal_text.h"

namespace factlint {

std::string SanitizeForTerminal(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7F) {
      out += kReplacement;
      continue;
    }
    // C1 controls U+0080..U+009F are C2 80..C2 9F in UTF-8.
    if (c == 0xC2 && i + 1 < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i + 1]);
      if (d >= 0x80 && d <= 0x9F) {
        out += kReplacement;
        ++i;
        continue;
      }
    }
    // Bidi embeddings/overrides/isolates: E2 80 AA..AE and E2 81 A6..A9.
    if (c == 0xE2 && i + 2 < text.size()) {
      unsigned char d = static_cast<unsigned char>(text[i + 1]);
      unsigned char e = static_cast<unsigned char>(text[i + 2]);
      if ((d == 0x80 && e >= 0xAA && e <= 0xAE) || (d == 0x81 && e >= 0xA6 && e <= 0xA9)) {
        out += kReplacement;
        i += 2;
        continue;
      }
    }
    out += static_cast<char>(c);
  }
  return out;
}

std::string SanitizeLinesForTerminal(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t from = 0;
  while (from <= text.size()) {
    const size_t cut = text.find_first_of("\n\t", from);
    const size_t end = cut == std::string_view::npos ? text.size() : cut;
    out += SanitizeForTerminal(text.substr(from, end - from));
    if (cut == std::string_view::npos) break;
    out += text[cut];
    from = cut + 1;
  }
  return out;
}

}  // namespace factlint
