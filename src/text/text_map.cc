#include "text/text_map.h"

#include <algorithm>
#include <string_view>

namespace factlint {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool IsContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

// Length of the well-formed UTF-8 character starting at s[i], with its code point in *cp, or 0
// when the bytes there are not one. The ranges are those of Unicode's table 3-7: they exclude
// overlong forms (C0, C1, E0 80..9F, F0 80..8F), surrogates (ED A0..BF) and code points above
// U+10FFFF (F4 90.., F5..FF) without decoding first.
int DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const unsigned char b0 = static_cast<unsigned char>(s[i]);
  int len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  } else if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;  // a stray continuation byte, C0, C1 or F5..FF
  }
  if (i + len > s.size()) return 0;  // truncated at the end of the input
  const unsigned char b1 = static_cast<unsigned char>(s[i + 1]);
  if (b1 < lo || b1 > hi) return 0;
  char32_t value = b0 & (0xFF >> (len + 1));
  value = (value << 6) | (b1 & 0x3F);
  for (int k = 2; k < len; ++k) {
    const unsigned char b = static_cast<unsigned char>(s[i + k]);
    if (!IsContinuation(b)) return 0;
    value = (value << 6) | (b & 0x3F);
  }
  *cp = value;
  return len;
}

// What a non-ASCII code point becomes in normalized text, or "" to copy it unchanged.
std::string_view Replacement(char32_t cp) {
  switch (cp) {
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x00B4:
      return "'";
    case 0x00AB:
    case 0x00BB:
    case 0x201C:
    case 0x201D:
    case 0x201E:
      return "\"";
    case 0x00A0:
    case 0x202F:
    case 0x2009:
    case 0x2007:
      return " ";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
      return "-";
    case 0x2026:
      return "...";
    default:
      return "";
  }
}

// Code points in `s` [begin, end): the bytes that start a character.
size_t CodePointsIn(std::string_view s, size_t begin, size_t end) {
  size_t n = 0;
  for (size_t i = begin; i < end; ++i) n += !IsContinuation(static_cast<unsigned char>(s[i]));
  return n;
}

// Code points before each TextMap::kBlock-byte block of `s`, so that a column on a long line
// is counted from the nearest block rather than from the start of the line.
std::vector<uint32_t> CountBlocks(std::string_view s) {
  std::vector<uint32_t> blocks;
  blocks.reserve(s.size() / TextMap::kBlock + 1);
  uint32_t n = 0;
  for (size_t b = 0; b < s.size(); b += TextMap::kBlock) {
    blocks.push_back(n);
    n += static_cast<uint32_t>(CodePointsIn(s, b, std::min(s.size(), b + TextMap::kBlock)));
  }
  return blocks;
}

// Code points in s [0, offset), from the block counts.
size_t CodePointsBefore(std::string_view s, const std::vector<uint32_t>& blocks, size_t offset) {
  const size_t block = offset / TextMap::kBlock;
  if (block >= blocks.size()) return CodePointsIn(s, 0, offset);  // offset == s.size()
  return blocks[block] + CodePointsIn(s, block * TextMap::kBlock, offset);
}

// Line and column of `offset` given the line starts seen so far. Shared by Locate and by
// Build's error path, which runs before the map is complete (and without block counts:
// `blocks` may be null).
LineCol LocateIn(std::string_view original, const std::vector<uint32_t>& line_starts,
                 size_t offset, const std::vector<uint32_t>* blocks = nullptr) {
  if (line_starts.empty()) return {};
  offset = std::min(offset, original.size());
  auto it = std::upper_bound(line_starts.begin(), line_starts.end(), offset);
  if (it == line_starts.begin()) return {1, 1};  // inside a leading BOM
  const size_t line_index = static_cast<size_t>(it - line_starts.begin()) - 1;
  const size_t line_start = line_starts[line_index];
  size_t before = 0;
  if (blocks == nullptr || offset - line_start <= TextMap::kBlock) {
    before = CodePointsIn(original, line_start, offset);
  } else {
    before = CodePointsBefore(original, *blocks, offset) -
             CodePointsBefore(original, *blocks, line_start);
  }
  return {static_cast<int>(line_index) + 1, static_cast<int>(before) + 1};
}

// Checks that `in` is UTF-8 without NUL bytes and records where its lines begin (after a
// leading BOM). Errors name file:line:col and the byte offset.
Status IndexLines(std::string_view in, const std::string& file_name,
                  std::vector<uint32_t>* line_starts) {
  if (in.size() > TextMap::kMaxBytes) {
    return Status::InputError("file is larger than " + std::to_string(TextMap::kMaxBytes) +
                                  " bytes, the most factlint reads",
                              SourceLoc{file_name});
  }
  const size_t n = in.size();
  size_t i = in.substr(0, kBom.size()) == kBom ? kBom.size() : 0;
  line_starts->push_back(static_cast<uint32_t>(i));
  auto error = [&](size_t at, const std::string& message) {
    LineCol lc = LocateIn(in, *line_starts, at);
    return Status::InputError(message, SourceLoc{file_name, lc.line, lc.column});
  };
  while (i < n) {
    const unsigned char c = static_cast<unsigned char>(in[i]);
    if (c == '\0') return error(i, "NUL byte at byte " + std::to_string(i) + " (binary file?)");
    if (c == '\r' || c == '\n') {
      i += (c == '\r' && i + 1 < n && in[i + 1] == '\n') ? 2 : 1;  // CR LF, lone CR or LF
      line_starts->push_back(static_cast<uint32_t>(i));
      continue;
    }
    if (c < 0x80) {
      ++i;
      continue;
    }
    char32_t cp = 0;
    const int len = DecodeUtf8(in, i, &cp);
    if (len == 0) return error(i, "invalid UTF-8 at byte " + std::to_string(i));
    i += len;
  }
  return Status::Ok();
}

// Appends normalized text to a map under construction.
class NormalizedWriter {
 public:
  NormalizedWriter(std::string* normalized, std::vector<uint32_t>* to_original)
      : normalized_(normalized), to_original_(to_original) {}

  // The normalized form of `in` [begin, end), which holds well-formed UTF-8 without NUL,
  // each character mapped to its own original offset.
  void Verbatim(std::string_view in, size_t begin, size_t end) {
    size_t i = begin;
    while (i < end) i += Character(in, i, end, i, true);
  }

  // The normalized form of `text` (well-formed UTF-8 without NUL), every byte mapped to `at`.
  void Replaced(std::string_view text, size_t at) {
    size_t i = 0;
    while (i < text.size()) i += Character(text, i, text.size(), at, false);
  }

 private:
  // Normalizes the character at s[i] (bytes up to `end`); its bytes map to `at`, or, when
  // copied unchanged and `one_to_one`, to at, at + 1, ... Returns the bytes consumed.
  size_t Character(std::string_view s, size_t i, size_t end, size_t at, bool one_to_one) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '\r':  // CR LF or a lone CR: one line break
          Emit('\n', at);
          return (i + 1 < end && s[i + 1] == '\n') ? 2 : 1;
        case '\t':
          Emit(' ', at);
          return 1;
        case '`':
          Emit('\'', at);
          return 1;
        default:
          Emit(static_cast<char>(c), at);
          return 1;
      }
    }
    char32_t cp = 0;
    int len = DecodeUtf8(s, i, &cp);
    if (len == 0) len = 1;  // callers validate first; never loop on bad bytes
    const std::string_view replacement = Replacement(cp);
    if (replacement.empty()) {
      for (int k = 0; k < len; ++k) Emit(s[i + k], one_to_one ? at + k : at);
    } else {
      for (char r : replacement) Emit(r, at);
    }
    return static_cast<size_t>(len);
  }

  void Emit(char c, size_t from) {
    normalized_->push_back(c);
    to_original_->push_back(static_cast<uint32_t>(from));
  }

  std::string* normalized_;
  std::vector<uint32_t>* to_original_;
};

// Whether `s` is well-formed UTF-8 without NUL bytes.
bool IsCleanUtf8(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    char32_t cp = 0;
    const int len = s[i] == '\0' ? 0 : DecodeUtf8(s, i, &cp);
    if (len == 0) return false;
    i += len;
  }
  return true;
}

}  // namespace

Result<TextMap> TextMap::Build(std::string original, const std::string& file_name,
                               size_t masked_prefix) {
  TextMap m;
  FACTLINT_RETURN_IF_ERROR(IndexLines(original, file_name, &m.line_starts_));
  m.original_ = std::move(original);
  m.blocks_ = CountBlocks(m.original_);
  const size_t n = m.original_.size();
  m.normalized_.reserve(n);
  m.to_original_.reserve(n + 1);
  NormalizedWriter(&m.normalized_, &m.to_original_).Verbatim(m.original_, m.line_starts_[0], n);
  m.to_original_.push_back(static_cast<uint32_t>(n));

  // Offsets only grow, so the masked bytes are a prefix of normalized_ too.
  for (size_t k = 0; k < m.normalized_.size() && m.to_original_[k] < masked_prefix; ++k) {
    if (m.normalized_[k] != '\n') m.normalized_[k] = ' ';
  }
  return m;
}

Result<TextMap> TextMap::FromPieces(std::string original, const std::vector<Piece>& pieces,
                                    const std::string& file_name) {
  TextMap m;
  FACTLINT_RETURN_IF_ERROR(IndexLines(original, file_name, &m.line_starts_));
  m.original_ = std::move(original);
  m.blocks_ = CountBlocks(m.original_);
  const std::string_view in = m.original_;
  NormalizedWriter out(&m.normalized_, &m.to_original_);
  auto bad_piece = [&](size_t index, const std::string& why) {
    return Status::Internal("text piece " + std::to_string(index) + " [" +
                                std::to_string(pieces[index].begin) + ", " +
                                std::to_string(pieces[index].end) + ") " + why,
                            SourceLoc{file_name});
  };
  size_t previous_end = 0;
  for (size_t k = 0; k < pieces.size(); ++k) {
    const Piece& p = pieces[k];
    if (p.begin > p.end || p.end > in.size()) return bad_piece(k, "is outside the original");
    if (k > 0 && p.begin < previous_end) return bad_piece(k, "overlaps the piece before it");
    if (p.verbatim) {
      if ((p.begin < in.size() && IsContinuation(static_cast<unsigned char>(in[p.begin]))) ||
          (p.end < in.size() && IsContinuation(static_cast<unsigned char>(in[p.end])))) {
        return bad_piece(k, "cuts a character in two");
      }
    } else if (!IsCleanUtf8(p.replacement)) {
      return bad_piece(k, "reads as text that is not UTF-8 or holds a NUL byte");
    } else if (p.begin == p.end && !p.replacement.empty()) {
      return bad_piece(k, "replaces no original bytes");
    }
    const size_t before = m.normalized_.size();
    if (p.verbatim) {
      out.Verbatim(in, p.begin, p.end);
    } else {
      out.Replaced(p.replacement, p.begin);
    }
    if (m.normalized_.size() == before) continue;  // reads as nothing: skipped, like markup
    if (before > 0 && p.begin > previous_end) {
      m.skips_.emplace_back(static_cast<uint32_t>(before), static_cast<uint32_t>(previous_end));
    }
    int32_t replacement = -1;
    if (!p.verbatim) {
      replacement = static_cast<int32_t>(m.replacements_.size());
      m.replacements_.push_back(p.replacement);
    }
    m.pieces_.push_back({static_cast<uint32_t>(before), static_cast<uint32_t>(p.end), replacement});
    previous_end = p.end;
  }
  m.to_original_.push_back(static_cast<uint32_t>(previous_end));
  return m;
}

size_t TextMap::ToOriginal(size_t normalized_offset) const {
  if (to_original_.empty()) return 0;
  return to_original_[std::min(normalized_offset, to_original_.size() - 1)];
}

size_t TextMap::ToOriginalEnd(size_t normalized_end) const {
  normalized_end = std::min(normalized_end, normalized_.size());
  const size_t offset = ToOriginal(normalized_end);
  if (skips_.empty()) return offset;
  auto it = std::lower_bound(skips_.begin(), skips_.end(),
                             std::make_pair(static_cast<uint32_t>(normalized_end), uint32_t{0}));
  if (it != skips_.end() && it->first == normalized_end) return it->second;
  return offset;
}

std::string_view TextMap::OriginalSpan(size_t begin, size_t end) const {
  if (to_original_.empty()) return {};
  const size_t size = normalized_.size();
  end = std::min(end, size);
  begin = std::min(begin, end);
  const size_t original_begin = to_original_[begin];
  if (begin == end) return std::string_view(original_).substr(original_begin, 0);
  // Bytes that come from one original character share its start offset; an end inside such a
  // group moves to the group's end so the whole character is returned.
  size_t j = end;
  while (j < size && to_original_[j] == to_original_[end - 1]) ++j;
  const size_t original_end = ToOriginalEnd(j);
  return std::string_view(original_).substr(original_begin, original_end - original_begin);
}

std::string TextMap::ReadableSpan(size_t begin, size_t end) const {
  if (pieces_.empty()) return std::string(OriginalSpan(begin, end));
  const size_t size = normalized_.size();
  end = std::min(end, size);
  begin = std::min(begin, end);
  std::string out;
  // The last piece starting at or before `begin`, then every piece up to `end`.
  auto it = std::upper_bound(
      pieces_.begin(), pieces_.end(), begin,
      [](size_t offset, const PieceSpan& p) { return offset < p.normalized_begin; });
  if (it != pieces_.begin()) --it;
  for (; it != pieces_.end() && it->normalized_begin < end; ++it) {
    const size_t piece_end = it + 1 == pieces_.end() ? size : (it + 1)->normalized_begin;
    const size_t b = std::max<size_t>(begin, it->normalized_begin);
    const size_t e = std::min(end, piece_end);
    if (b >= e) continue;
    if (it->replacement >= 0) {
      out += replacements_[static_cast<size_t>(it->replacement)];
      continue;
    }
    // Within a verbatim piece the map is Build's: widen an end inside an expanded character.
    size_t j = e;
    while (j < piece_end && to_original_[j] == to_original_[e - 1]) ++j;
    const size_t original_end = j == piece_end ? it->original_end : to_original_[j];
    out.append(original_, to_original_[b], original_end - to_original_[b]);
  }
  return out;
}

LineCol TextMap::Locate(size_t original_offset) const {
  return LocateIn(original_, line_starts_, original_offset, &blocks_);
}

std::string_view TextMap::LineAt(size_t original_offset) const {
  if (line_starts_.empty()) return {};
  original_offset = std::min(original_offset, original_.size());
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), original_offset);
  if (it != line_starts_.begin()) --it;
  const size_t begin = *it;
  size_t end = (it + 1 == line_starts_.end()) ? original_.size() : *(it + 1);
  if (end > begin && original_[end - 1] == '\n') --end;
  if (end > begin && original_[end - 1] == '\r') --end;
  return std::string_view(original_).substr(begin, end - begin);
}

}  // namespace factlint
