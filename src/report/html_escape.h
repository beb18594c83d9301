// Making untrusted text (article sentences, outlet names, file names) inert in HTML.
//
//   out << "<p>" << HtmlEscape(claim.sentence) << "</p>";
//   out << "<td title=\"" << HtmlEscape(claim.loc.file) << "\">";
//
// Escapes & < > " ' so the result is safe both as element content and inside a
// quoted attribute value; control characters and bidi overrides become U+FFFD
// (as on a terminal, report/terminal_text.h). Never place the result inside
// <script>, <style>, a URL or an unquoted attribute: the HTML writer does not.
#ifndef FACTLINT_REPORT_HTML_ESCAPE_H_
#define FACTLINT_REPORT_HTML_ESCAPE_H_

#include <string>
#include <string_view>

namespace factlint {

std::string HtmlEscape(std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_REPORT_HTML_ESCAPE_H_
