// TextMap: text normalized for matching, with a map back to the original bytes.
//
//   Result<TextMap> m = TextMap::Build(original_bytes, "a.txt");
//   m->normalized()                 // "l'Ukraine", "5 000", "\"rapide\"", "-" ...
//   m->ToOriginal(i)                // byte offset in the original for normalized offset i
//   m->OriginalSpan(b, e)           // exact original text behind normalized [b, e)
//   m->Locate(orig_offset)          // {line, column}: 1-based, column in code points
//
//   // Text taken out of a bigger file: pieces of it, the markup between them skipped.
//   const std::string html = "<p>5&nbsp;000 soldats</p>";
//   Result<TextMap> h = TextMap::FromPieces(html, {TextMap::Piece::Verbatim(3, 4),  // 5
//                                                  TextMap::Piece::Replaced(4, 10, "\u00A0"),
//                                                  TextMap::Piece::Verbatim(10, 21)}, "a.html");
//   h->normalized()                 // "5 000 soldats"
//   h->OriginalSpan(0, 5)           // "5&nbsp;000"
//   h->ReadableSpan(0, 5)           // "5\u00A0000": the text a reader sees
//
// Normalization (all other bytes are copied unchanged):
//   U+2019 U+2018 U+02BC U+00B4 ' and `        -> '
//   U+00AB « U+00BB » U+201C U+201D U+201E     -> "  (plus the thin/no-break space
//                                                  that French puts inside « » is kept as a space)
//   U+00A0 U+202F U+2009 U+2007 and TAB        -> ' '
//   U+2010..U+2015 U+2212 (dashes, minus)      -> -
//   U+2026 …                                    -> ...
//   CR LF and lone CR                           -> \n
//   a leading UTF-8 BOM                         -> removed
// Build fails (Status kInputError naming file:line:col and the byte offset, counted from 0)
// on invalid UTF-8 ("invalid UTF-8 at byte N": overlong forms, surrogates, code points above
// U+10FFFF, stray or missing continuation bytes), on a NUL byte ("NUL byte at byte N (binary
// file?)") and on inputs longer than kMaxBytes (offsets are 32-bit). Immutable after Build;
// thread-safe to read.
//
// Offsets: every normalized byte maps to the start of the original character it came from
// (bytes copied unchanged map one to one), and normalized().size() maps to original().size().
// So a normalized span that starts and ends on character boundaries maps back to the exact
// original bytes: "'" made from U+2019 covers all three bytes of U+2019.
//
// FromPieces builds a map whose normalized text is the concatenation of pieces, in original
// order, each normalized as Build would. A verbatim piece reads as its own original bytes and
// maps byte for byte, like Build's text. A replaced piece reads as other text ("é" for the
// entity "&eacute;", one space for a run of white space, "\n\n" between two paragraphs) and
// maps as one unit, like one original character: every byte of it maps to the piece's begin,
// and a span ending inside it extends to the piece's end. Original bytes between two pieces
// (tags, a skipped <script>) belong to no piece: ToOriginal() of the first byte after them is
// the next piece's begin, ToOriginalEnd() there is the previous piece's end, so a span that
// ends before skipped bytes does not take them in. normalized().size() maps to the end of the
// last piece. Locate, LineAt and the error messages count lines in the whole original.
#ifndef FACTLINT_TEXT_TEXT_MAP_H_
#define FACTLINT_TEXT_TEXT_MAP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"

namespace factlint {

struct LineCol {
  int line = 0;
  int column = 0;
};

class TextMap {
 public:
  // What original bytes [begin, end) read as in a map built by FromPieces.
  struct Piece {
    size_t begin = 0;
    size_t end = 0;
    bool verbatim = true;     // the original bytes themselves
    std::string replacement;  // otherwise this text (valid UTF-8, no NUL; may be empty)

    static Piece Verbatim(size_t begin, size_t end) { return Piece{begin, end, true, {}}; }
    static Piece Replaced(size_t begin, size_t end, std::string text) {
      return Piece{begin, end, false, std::move(text)};
    }
  };

  TextMap() = default;

  // Offsets are stored as uint32_t: larger inputs are rejected by Build.
  static constexpr size_t kMaxBytes = 0xFFFFFFFFu;
  // Locate counts columns from the nearest block of this many bytes, not the line start.
  static constexpr size_t kBlock = 256;

  // `file_name` only labels errors. The first `masked_prefix` original bytes (Markdown front
  // matter) stay in the map but read as blanks in normalized(): each of their characters
  // becomes spaces, line breaks stay, so rules cannot match there and lines still count right.
  static Result<TextMap> Build(std::string original, const std::string& file_name,
                               size_t masked_prefix = 0);

  // The map of `original` read as `pieces` (see above). Fails like Build on an original that
  // is too large, not UTF-8 or holds a NUL byte (naming file:line:col), and with kInternal on
  // pieces that overlap, go backwards, leave the original, cut a verbatim character in two, or
  // carry a replacement that is not UTF-8 or holds a NUL byte.
  static Result<TextMap> FromPieces(std::string original, const std::vector<Piece>& pieces,
                                    const std::string& file_name);

  const std::string& original() const { return original_; }
  const std::string& normalized() const { return normalized_; }

  // Normalized byte offset (0..normalized().size()) -> original byte offset of the character
  // that starts there.
  size_t ToOriginal(size_t normalized_offset) const;
  // Where the original text behind normalized [.., normalized_end) ends: ToOriginal except
  // after skipped original bytes (FromPieces), where it is the end of the piece before them.
  size_t ToOriginalEnd(size_t normalized_end) const;
  // Exact original text behind the normalized range [begin, end). An end that falls inside
  // the bytes one original character became ("..." from U+2026) extends to that character's end.
  std::string_view OriginalSpan(size_t begin, size_t end) const;
  // The text behind normalized [begin, end) as a reader sees it: the original's characters,
  // typography kept (’ « …), except that a replaced piece (FromPieces) reads as its
  // replacement, whole (decoded references, one space for a run of white space, "\n\n"
  // between paragraphs), and skipped markup is left out. OriginalSpan for a map from Build.
  std::string ReadableSpan(size_t begin, size_t end) const;
  // Line and column (1-based, code points) of an original byte offset.
  LineCol Locate(size_t original_offset) const;
  // The original line containing an original byte offset, without its newline.
  std::string_view LineAt(size_t original_offset) const;

 private:
  std::string original_;
  std::string normalized_;
  std::vector<uint32_t> to_original_;  // size normalized_.size() + 1
  std::vector<uint32_t> line_starts_;  // original offsets where lines begin (after a BOM)
  std::vector<uint32_t> blocks_;       // code points of original_ before each kBlock bytes
  // {normalized offset k, original end of the text before k} wherever original bytes are
  // skipped just before k (FromPieces only); sorted by k.
  std::vector<std::pair<uint32_t, uint32_t>> skips_;
  // The pieces that read as something, in order (FromPieces only).
  struct PieceSpan {
    uint32_t normalized_begin;
    uint32_t original_end;
    int32_t replacement;  // index in replacements_, or -1 for a verbatim piece
  };
  std::vector<PieceSpan> pieces_;
  std::vector<std::string> replacements_;
};

}  // namespace factlint

#endif  // FACTLINT_TEXT_TEXT_MAP_H_
