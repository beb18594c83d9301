#include "text/fold.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace factlint {

std::string FoldForLookup(std::string_view text) {
  // utf8proc does the Unicode work: NFKD decomposition, case folding, dropping
  // combining marks (accents). Invalid UTF-8 falls back to the raw bytes. ASCII
  // has no decomposition and no mark, and folds to its lower case: done here,
  // without utf8proc (gazetteer aliases and key names are mostly ASCII).
  std::string in;
  if (std::all_of(text.begin(), text.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    in.assign(text);
    for (char& c : in) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
  } else {
    utf8proc_uint8_t* folded = nullptr;
    utf8proc_ssize_t n = utf8proc_map(
        reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
        static_cast<utf8proc_ssize_t>(text.size()), &folded,
        static_cast<utf8proc_option_t>(UTF8PROC_COMPAT | UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD |
                                       UTF8PROC_STRIPMARK));
    if (n < 0) {
      in.assign(text);
    } else {
      in.assign(reinterpret_cast<const char*>(folded), static_cast<size_t>(n));
    }
    std::free(folded);
  }

  std::string out;
  out.reserve(in.size());
  bool pending_space = false;
  for (size_t i = 0; i < in.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(in[i]);
    // U+2019 and U+2018 (E2 80 99 / E2 80 98) and U+02BC (CA BC): apostrophes.
    if (c == 0xE2 && i + 2 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(in[i + 2]) == 0x99 ||
         static_cast<unsigned char>(in[i + 2]) == 0x98)) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += '\'';
      i += 2;
      continue;
    }
    if (c == 0xCA && i + 1 < in.size() && static_cast<unsigned char>(in[i + 1]) == 0xBC) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += '\'';
      i += 1;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      pending_space = true;
      continue;
    }
    if (pending_space && !out.empty()) out += ' ';
    pending_space = false;
    out += static_cast<char>(c);
  }
  return out;
}

}  // namespace factlint
