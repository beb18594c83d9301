// Making untrusted article text safe to print on a terminal: control characters
// (C0 except none, DEL, C1, and the bidi overrides U+202A..U+202E, U+2066..U+2069)
// become U+FFFD, so no escape sequence from an article reaches the terminal.
#ifndef FACTLINT_REPORT_TERMINAL_TEXT_H_
#define FACTLINT_REPORT_TERMINAL_TEXT_H_

#include <string>
#include <string_view>

namespace factlint {

std::string SanitizeForTerminal(std::string_view text);

// The same, but line breaks and tabs are kept: for multi-line text such as diagnostics.
std::string SanitizeLinesForTerminal(std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_REPORT_TERMINAL_TEXT_H_
