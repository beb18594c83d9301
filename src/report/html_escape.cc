#include "report/html_escape.h"

#include "report/terminal_text.h"

namespace factlint {

std::string HtmlEscape(std::string_view text) {
  const std::string clean = SanitizeForTerminal(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c; break;
    }
  }
  return out;
}

}  // namespace factlint
