#include "input/html_text_node.h"

#include <utf8proc.h>

#include <string>

namespace factlint {
namespace {

// Longest character reference name in HTML ("CounterClockwiseContourIntegral").
constexpr size_t kMaxEntityName = 32;

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool IsHexDigit(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Bytes of the UTF-8 character starting with `lead` (1 for anything unexpected).
size_t Utf8Length(unsigned char lead) {
  if (lead >= 0xF0) return 4;
  if (lead >= 0xE0) return 3;
  if (lead >= 0xC0) return 2;
  return 1;
}

// One way to read the original at the current position.
struct Step {
  enum Kind { kVerbatim, kReplaced, kSkipped } kind;
  size_t original_bytes;
  size_t decoded_bytes;
};

class Aligner {
 public:
  Aligner(std::string_view original, size_t offset, std::string_view decoded)
      : in_(original), offset_(offset), out_(decoded) {}

  bool Run(std::vector<TextMap::Piece>* pieces) {
    while (p_ < in_.size()) {
      const char c = in_[p_];
      if (c == '&' || c == '<') {
        if (!Special(pieces)) return false;
        continue;
      }
      const size_t in_len = Plain(p_, d_);
      if (in_len == 0) return false;
      if (run_start_ == kNoRun) run_start_ = p_;
      p_ += in_len;
      ++d_;
    }
    if (d_ != out_.size()) return false;
    EndRun(pieces);
    return true;
  }

 private:
  static constexpr size_t kNoRun = std::string_view::npos;

  // Original bytes at p that stand for the single decoded byte at d unchanged (CR LF and CR
  // for LF), or 0.
  size_t Plain(size_t p, size_t d) const {
    if (d >= out_.size()) return 0;
    if (in_[p] == '\r') {
      if (out_[d] != '\n') return 0;
      return p + 1 < in_.size() && in_[p + 1] == '\n' ? 2 : 1;
    }
    return in_[p] == out_[d] ? 1 : 0;
  }

  // Whether the original from p and the decoded text from d agree up to the next '&' or '<'
  // of the original, or both end together; with `lookahead`, the '&' or '<' reached must also
  // have a reading that agrees (a reference followed at once by another is checked by it).
  bool Agrees(size_t p, size_t d, int lookahead) const {
    while (p < in_.size()) {
      if (in_[p] == '&' || in_[p] == '<') {
        if (lookahead == 0) return true;
        for (const Step& s : Candidates(p, d)) {
          if (Agrees(p + s.original_bytes, d + s.decoded_bytes, lookahead - 1)) return true;
        }
        return false;
      }
      const size_t len = Plain(p, d);
      if (len == 0) return false;
      p += len;
      ++d;
    }
    return d == out_.size();
  }

  // Decoded length of one code point from d, and of two when the second is a combining mark
  // (the only second code points references decode to: "&NotEqualTilde;" is U+2242 U+0338),
  // else 0.
  void CodePointLengths(size_t d, size_t* one, size_t* two) const {
    *one = *two = 0;
    if (d >= out_.size()) return;
    *one = Utf8Length(static_cast<unsigned char>(out_[d]));
    if (d + *one > out_.size()) {
      *one = 0;
      return;
    }
    utf8proc_int32_t cp = 0;
    const auto* next = reinterpret_cast<const utf8proc_uint8_t*>(out_.data() + d + *one);
    const utf8proc_ssize_t len =
        utf8proc_iterate(next, static_cast<utf8proc_ssize_t>(out_.size() - d - *one), &cp);
    if (len <= 0) return;
    const utf8proc_category_t category = utf8proc_category(cp);
    if (category == UTF8PROC_CATEGORY_MN || category == UTF8PROC_CATEGORY_ME || cp == 0x200A) {
      *two = *one + static_cast<size_t>(len);
    }
  }

  // The ways to read the '&' or '<' at original p, decoded d, most likely first.
  std::vector<Step> Candidates(size_t p, size_t d) const {
    std::vector<Step> steps;
    const char c = in_[p];
    if (d < out_.size() && out_[d] == c) steps.push_back({Step::kVerbatim, 1, 1});
    if (c == '<') {
      const bool comment = in_.substr(p, 4) == "<!--";
      const size_t close = comment ? in_.find("-->", p + 4) : in_.find('>', p + 1);
      if (close != std::string_view::npos) {
        steps.push_back({Step::kSkipped, close + (comment ? 3 : 1) - p, 0});
      }
      return steps;
    }
    size_t one = 0, two = 0;
    CodePointLengths(d, &one, &two);
    auto add = [&](size_t original_bytes) {
      if (two > 0) steps.push_back({Step::kReplaced, original_bytes, two});
      if (one > 0) steps.push_back({Step::kReplaced, original_bytes, one});
    };
    size_t j = p + 1;
    if (j < in_.size() && in_[j] == '#') {
      ++j;
      const bool hex = j < in_.size() && (in_[j] == 'x' || in_[j] == 'X');
      if (hex) ++j;
      const size_t digits = j;
      while (j < in_.size() && (hex ? IsHexDigit(in_[j]) : (in_[j] >= '0' && in_[j] <= '9'))) ++j;
      if (j == digits) return steps;  // "&#" without digits is text
      add(j - p + (j < in_.size() && in_[j] == ';' ? 1 : 0));
      return steps;
    }
    while (j < in_.size() && j - p - 1 < kMaxEntityName && IsAsciiAlnum(in_[j])) ++j;
    for (size_t end = j; end > p + 1; --end) {
      if (end == j && j < in_.size() && in_[j] == ';') add(end + 1 - p);
      add(end - p);
    }
    return steps;
  }

  bool Special(std::vector<TextMap::Piece>* pieces) {
    for (const Step& s : Candidates(p_, d_)) {
      if (!Agrees(p_ + s.original_bytes, d_ + s.decoded_bytes, 1)) continue;
      if (s.kind == Step::kVerbatim) {
        if (run_start_ == kNoRun) run_start_ = p_;
      } else {
        EndRun(pieces);
        if (s.kind == Step::kReplaced) {
          pieces->push_back(
              TextMap::Piece::Replaced(offset_ + p_, offset_ + p_ + s.original_bytes,
                                       std::string(out_.substr(d_, s.decoded_bytes))));
        }
      }
      p_ += s.original_bytes;
      d_ += s.decoded_bytes;
      return true;
    }
    return false;
  }

  void EndRun(std::vector<TextMap::Piece>* pieces) {
    if (run_start_ == kNoRun) return;
    pieces->push_back(TextMap::Piece::Verbatim(offset_ + run_start_, offset_ + p_));
    run_start_ = kNoRun;
  }

  std::string_view in_;
  size_t offset_;
  std::string_view out_;
  size_t p_ = 0;
  size_t d_ = 0;
  size_t run_start_ = kNoRun;
};

}  // namespace

std::vector<TextMap::Piece> AlignTextNode(std::string_view original, size_t offset,
                                          std::string_view decoded) {
  std::vector<TextMap::Piece> pieces;
  if (original.empty()) return pieces;  // nothing in the page to point at
  if (Aligner(original, offset, decoded).Run(&pieces)) return pieces;
  pieces.clear();
  if (!decoded.empty()) {
    pieces.push_back(
        TextMap::Piece::Replaced(offset, offset + original.size(), std::string(decoded)));
  }
  return pieces;
}

}  // namespace factlint
