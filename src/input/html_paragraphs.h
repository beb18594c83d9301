// ParagraphBuilder: lays out the visible text of an HTML page as TextMap pieces, the way a
// browser shows it: runs of white space are one space, blocks are paragraphs separated by a
// blank line, <br> breaks a line (two or more in a row make a paragraph break).
//
//   ParagraphBuilder b(page_bytes);
//   b.Text(AlignTextNode(...));    // one text node's pieces (input/html_text_node.h)
//   b.LineBreak(begin, end);       // a <br> tag at page bytes [begin, end)
//   b.BlockBoundary();             // a block element starts or ends
//   std::vector<TextMap::Piece> pieces = std::move(b).Finish();
//
// Separators are replaced pieces standing for the page bytes between the text they separate:
// " " for the first white space run (later runs and markup are skipped), "\n" for a <br>,
// "\n\n" for everything between two paragraphs (closing and opening tags, skipped elements).
// White space at the start and end of a paragraph, and breaks before any text, are dropped.
// Text must come in page order; a piece that starts before the end of the text already laid
// out (content the parser moved, such as text foster-parented out of a table) is dropped.
//
// Internal to input/.
#ifndef FACTLINT_INPUT_HTML_PARAGRAPHS_H_
#define FACTLINT_INPUT_HTML_PARAGRAPHS_H_

#include <string_view>
#include <vector>

#include "text/text_map.h"

namespace factlint {

class ParagraphBuilder {
 public:
  explicit ParagraphBuilder(std::string_view page) : page_(page) {}

  void Text(const std::vector<TextMap::Piece>& pieces);
  void LineBreak(size_t begin, size_t end);
  void BlockBoundary();
  std::vector<TextMap::Piece> Finish() &&;

 private:
  void Space(size_t begin, size_t end);
  void Content(TextMap::Piece piece);

  std::string_view page_;
  std::vector<TextMap::Piece> out_;
  size_t last_end_ = 0;  // page offset where the laid-out text ends
  // What separates the next text from the last, when it comes.
  bool block_ = false;
  int breaks_ = 0;
  bool space_ = false;
  size_t gap_begin_ = 0;  // page bytes of the pending <br>s or white space
  size_t gap_end_ = 0;
};

}  // namespace factlint

#endif  // FACTLINT_INPUT_HTML_PARAGRAPHS_H_
