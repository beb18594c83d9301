// Making untrusted text inert in a Markdown review comment (GitHub, GitLab).
//
//   md << "> " << MarkdownEscape(claim.sentence) << "\n";
//   md << "| " << MarkdownEscape(outlet) << " | 3 |\n";     // safe in table cells too
//
// The result renders as the same words, on one line, and nothing else:
// - every Markdown, HTML and entity metacharacter (\ ` * _ { } [ ] ( ) < > # +
//   - . ! | ~ $ & @ : = ^) is backslash-escaped, so no link, image, emphasis,
//   heading, list, table cell break, raw HTML, entity or math can form;
// - line breaks and tabs become spaces; other control characters and bidi
//   overrides become U+FFFD;
// - what hosts link after rendering (mentions "@name", references "#12" and
//   "GH-12", GitLab's "!12", "&12", "%12", "$12" and "~12", autolinked
//   "https://…", "www.…", e-mail addresses, ":emoji:") is broken by a zero-width
//   space (U+200B) after the '@', '#', ':', '!', '&', '%', '$' or '~' and after
//   "www" and "GH". (Commit hashes are linked only when the repository has that
//   commit; they are left as written.)
#ifndef FACTLINT_REPORT_MARKDOWN_ESCAPE_H_
#define FACTLINT_REPORT_MARKDOWN_ESCAPE_H_

#include <string>
#include <string_view>

namespace factlint {

std::string MarkdownEscape(std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_REPORT_MARKDOWN_ESCAPE_H_
