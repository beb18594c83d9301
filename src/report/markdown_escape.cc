#include "report/markdown_escape.h"

#include <cctype>

#include "report/terminal_text.h"

namespace factlint {
namespace {

constexpr std::string_view kZeroWidthSpace = "\xE2\x80\x8B";
constexpr std::string_view kEscaped = "\\`*_{}[]()<>#+-.!|~$&@:=^";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// "www." at the start of a word, in any case.
bool StartsWww(std::string_view s, size_t i) {
  if (i + 4 > s.size()) return false;
  if (i > 0) {
    unsigned char prev = static_cast<unsigned char>(s[i - 1]);
    if (prev < 0x80 && (std::isalnum(prev) != 0 || prev == '_' || prev == '-')) return false;
  }
  return Lower(s[i]) == 'w' && Lower(s[i + 1]) == 'w' && Lower(s[i + 2]) == 'w' && s[i + 3] == '.';
}

// "GH-12" (GitHub's other way to write issue #12) at the start of a word, in any case.
bool StartsGitHubRef(std::string_view s, size_t i) {
  if (i + 4 > s.size()) return false;
  if (i > 0) {
    unsigned char prev = static_cast<unsigned char>(s[i - 1]);
    if (prev < 0x80 && (std::isalnum(prev) != 0 || prev == '_')) return false;
  }
  return Lower(s[i]) == 'g' && Lower(s[i + 1]) == 'h' && s[i + 2] == '-' &&
         std::isdigit(static_cast<unsigned char>(s[i + 3])) != 0;
}

// Whether hosts could turn `c` followed by `next` into a link after rendering:
// "@name" and "a@b.c", "#12", "https://" and ":emoji:"; GitLab's "!12" (merge
// request), "&12" (epic), "%12" (milestone), "$12" (snippet) and "~12" (label). A
// colon before a digit ("file.txt:12:3") or a space stays as it is.
bool BreaksLinkAfter(char c, char next) {
  const unsigned char n = static_cast<unsigned char>(next);
  switch (c) {
    case '@':
    case '#':
      return !IsSpace(next);
    case '!':
    case '&':
    case '%':
    case '$':
    case '~':
      return n < 0x80 && std::isdigit(n) != 0;
    case ':':
      return next == '/' || next == '_' || next == '+' || next == '-' ||
             (n < 0x80 && std::isalpha(n) != 0);
    default:
      return false;
  }
}

}  // namespace

std::string MarkdownEscape(std::string_view text) {
  std::string flat(text);
  for (char& c : flat) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  const std::string clean = SanitizeForTerminal(flat);
  std::string out;
  out.reserve(clean.size() + clean.size() / 4);
  for (size_t i = 0; i < clean.size(); ++i) {
    const char c = clean[i];
    if (StartsWww(clean, i)) {
      out += clean.substr(i, 3);
      out += kZeroWidthSpace;
      i += 2;
      continue;
    }
    if (StartsGitHubRef(clean, i)) {
      out += clean.substr(i, 2);
      out += kZeroWidthSpace;
      ++i;
      continue;
    }
    if (kEscaped.find(c) != std::string_view::npos) out += '\\';
    out += c;
    if (i + 1 < clean.size() && BreaksLinkAfter(c, clean[i + 1])) out += kZeroWidthSpace;
  }
  return out;
}

}  // namespace factlint
