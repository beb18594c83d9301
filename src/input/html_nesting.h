// A guard against pages nested too deep to parse in reasonable time: the HTML5 tree builder
// searches the stack of open elements for many tags, so its cost grows with the square of
// the nesting depth (200 000 nested <div>s take minutes), while saved news pages nest a few
// dozen levels.
//
//   size_t at = FindDeepNesting(bytes, kMaxHtmlNesting);
//   if (at != std::string_view::npos) ... "elements nested more than 10000 deep" at byte `at`
//
// The depth is estimated by a light scan that follows the parser's main rules: void elements
// (<br>, <img>, ...) and self-closing tags inside <svg> and <math> open nothing; the contents
// of <script>, <style>, <textarea>, <title>, <xmp>, <iframe>, <noembed> and <noframes> and of
// comments are not markup; end tags close the nearest open element of that name unless a
// scope boundary (<table>, <td>, <button>, <ul>, ... as the tag requires) lies between; <p>,
// <li>, <dt>, <dd>, <option>, table rows and cells and headings close the ones their start
// tags implicitly end. Where the parser would nest deeper than this estimate it does so only
// for misnested formatting tags, which it bounds itself.
//
// Internal to input/.
#ifndef FACTLINT_INPUT_HTML_NESTING_H_
#define FACTLINT_INPUT_HTML_NESTING_H_

#include <cstddef>
#include <string_view>

namespace factlint {

inline constexpr size_t kMaxHtmlNesting = 10000;

// Byte offset of the start tag that takes the estimated depth past `limit`, or npos.
size_t FindDeepNesting(std::string_view html, size_t limit);

}  // namespace factlint

#endif  // FACTLINT_INPUT_HTML_NESTING_H_
