// The text of one HTML text node as TextMap pieces: where gumbo's decoded text and the node's
// original bytes agree the bytes are verbatim; a character reference is replaced by what it
// decodes to; markup the parser dropped from inside the node (a stray "</foo>") is skipped.
//
//   // original "5&nbsp;000 soldats" at byte 120, decoded "5\u00A0000 soldats":
//   AlignTextNode("5&nbsp;000 soldats", 120, "5\u00A0000 soldats")
//   // {Verbatim(120, 121), Replaced(121, 127, "\u00A0"), Verbatim(127, 138)}
//
// Character references are "&name;" (and the legacy names without ';', longest match first),
// "&#NNN;" and "&#xHHH;", decoding to one code point or to one and a combining mark. Each
// reading of a reference is checked against the text that follows it, up to and through the
// next reference. CR LF and CR in the original are the LF of the decoded text (TextMap reads
// them as one line break too). Where the two cannot be aligned this way (content gumbo moved or
// synthesized), the whole node becomes one replaced piece: its text is still right, claims in
// it are located at the node's start.
//
// Internal to input/.
#ifndef FACTLINT_INPUT_HTML_TEXT_NODE_H_
#define FACTLINT_INPUT_HTML_TEXT_NODE_H_

#include <string_view>
#include <vector>

#include "text/text_map.h"

namespace factlint {

// `original` is the node's source text, starting at byte `offset` of the page; `decoded` is the
// text gumbo made of it. Pieces are in order, within [offset, offset + original.size()).
std::vector<TextMap::Piece> AlignTextNode(std::string_view original, size_t offset,
                                          std::string_view decoded);

}  // namespace factlint

#endif  // FACTLINT_INPUT_HTML_TEXT_NODE_H_
