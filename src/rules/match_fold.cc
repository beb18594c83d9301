#include "rules/match_fold.h"

#include <utf8proc.h>

#include <array>
#include <cstdint>

namespace factlint {
namespace {

bool IsSpaceCodePoint(int32_t cp) {
  if (cp == 0x85 || cp == 0x180E || cp == 0x200B || cp == 0xFEFF) return true;
  utf8proc_category_t c = utf8proc_category(cp);
  return c == UTF8PROC_CATEGORY_ZS || c == UTF8PROC_CATEGORY_ZL || c == UTF8PROC_CATEGORY_ZP;
}

bool IsApostropheCodePoint(int32_t cp) {
  return cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0xB4 || cp == 0x2032 ||
         cp == 0x201B;
}

bool IsDashCodePoint(int32_t cp) { return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

void Encode(int32_t cp, std::string* out) {
  std::array<utf8proc_uint8_t, 4> buf{};
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf.data());
  out->append(reinterpret_cast<const char*>(buf.data()), static_cast<size_t>(n));
}

}  // namespace

std::string FoldForMatch(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto space = [&out] {
    if (!out.empty() && out.back() != ' ') out += ' ';
  };
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      ++i;
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        space();
      } else if (c == '`') {
        out += '\'';
      } else {
        out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      }
      continue;
    }
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(text.data() + i),
                                          static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {  // an invalid byte stands for itself
      out += text[i];
      ++i;
      continue;
    }
    i += static_cast<size_t>(n);
    if (IsSpaceCodePoint(cp)) {
      space();
    } else if (IsApostropheCodePoint(cp)) {
      out += '\'';
    } else if (IsDashCodePoint(cp)) {
      out += '-';
    } else {
      std::array<utf8proc_int32_t, 32> folded{};
      int boundclass = UTF8PROC_BOUNDCLASS_START;
      utf8proc_ssize_t m = utf8proc_decompose_char(
          cp, folded.data(), static_cast<utf8proc_ssize_t>(folded.size()),
          static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                         UTF8PROC_STRIPMARK),
          &boundclass);
      if (m < 0 || m > static_cast<utf8proc_ssize_t>(folded.size())) {
        Encode(cp, &out);
        continue;
      }
      for (utf8proc_ssize_t k = 0; k < m; ++k) {
        int32_t f = folded[static_cast<size_t>(k)];
        if (f == 0x131) f = 'i';  // dotless i: kept apart by case folding, not by a reader
        Encode(f, &out);
      }
    }
  }
  return out;
}

}  // namespace factlint
