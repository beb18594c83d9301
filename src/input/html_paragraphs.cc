#include "input/html_paragraphs.h"

#include <string>
#include <utility>

#include "input/html_dom.h"

namespace factlint {
namespace {

bool AllSpace(std::string_view s) {
  for (char c : s) {
    if (!IsHtmlSpace(c)) return false;
  }
  return true;
}

}  // namespace

void ParagraphBuilder::Text(const std::vector<TextMap::Piece>& pieces) {
  for (const TextMap::Piece& p : pieces) {
    if (!p.verbatim) {
      if (AllSpace(p.replacement)) {
        Space(p.begin, p.end);
      } else {
        Content(TextMap::Piece::Replaced(p.begin, p.end, CollapseSpaces(p.replacement)));
      }
      continue;
    }
    // Alternate runs of white space and of text.
    size_t i = p.begin;
    while (i < p.end) {
      const bool space = IsHtmlSpace(page_[i]);
      size_t j = i + 1;
      while (j < p.end && IsHtmlSpace(page_[j]) == space) ++j;
      if (space) {
        Space(i, j);
      } else {
        Content(TextMap::Piece::Verbatim(i, j));
      }
      i = j;
    }
  }
}

void ParagraphBuilder::Space(size_t begin, size_t end) {
  if (out_.empty() || block_ || breaks_ > 0 || space_ || begin < last_end_) return;
  space_ = true;
  gap_begin_ = begin;
  gap_end_ = end;
}

void ParagraphBuilder::LineBreak(size_t begin, size_t end) {
  if (out_.empty() || block_ || begin < last_end_) return;
  if (breaks_ == 0) gap_begin_ = begin;
  gap_end_ = end;
  ++breaks_;
  space_ = false;
}

void ParagraphBuilder::BlockBoundary() {
  if (!out_.empty()) block_ = true;
}

void ParagraphBuilder::Content(TextMap::Piece piece) {
  if (piece.begin < last_end_ || piece.begin == piece.end) return;
  if (!out_.empty()) {
    TextMap::Piece gap;
    if (block_) {
      gap = TextMap::Piece::Replaced(last_end_, piece.begin, "\n\n");
    } else if (breaks_ > 0) {
      gap = TextMap::Piece::Replaced(gap_begin_, gap_end_, breaks_ > 1 ? "\n\n" : "\n");
    } else if (space_) {
      gap = TextMap::Piece::Replaced(gap_begin_, gap_end_, " ");
    }
    if (gap.end > piece.begin) return;  // out of page order
    if (gap.begin < gap.end) out_.push_back(std::move(gap));
  }
  last_end_ = piece.end;
  out_.push_back(std::move(piece));
  block_ = space_ = false;
  breaks_ = 0;
}

std::vector<TextMap::Piece> ParagraphBuilder::Finish() && { return std::move(out_); }

}  // namespace factlint
