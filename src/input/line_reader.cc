#include "input/line_reader.h"

#include <algorithm>
#include <cstring>

namespace factlint {
namespace {

constexpr size_t kBlockBytes = 64 * 1024;
constexpr size_t kReserveAfterBytes = size_t{1} << 20;
// Never more than this at once, whatever the limit (reserving is not free everywhere).
constexpr size_t kMaxReserveBytes = size_t{1} << 30;

}  // namespace

LineReader::LineReader(std::istream& in, size_t max_line_bytes)
    : in_(in), max_line_bytes_(max_line_bytes), buffer_(kBlockBytes) {}

bool LineReader::Refill() {
  if (!in_) return false;
  in_.read(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  pos_ = 0;
  end_ = static_cast<size_t>(in_.gcount());
  return end_ > 0;
}

LineReader::Outcome LineReader::Next(std::string* line) {
  line->clear();
  bool any = false;  // distinguishes an empty last line from the end of input
  while (true) {
    if (pos_ == end_ && !Refill()) {
      if (in_.bad()) return kReadError;
      if (!any) return kEnd;
      break;
    }
    any = true;
    const char* begin = buffer_.data() + pos_;
    const char* newline = static_cast<const char*>(std::memchr(begin, '\n', end_ - pos_));
    const size_t take = newline ? static_cast<size_t>(newline - begin) : end_ - pos_;
    if (line->size() + take > max_line_bytes_) {
      ++line_number_;
      return kTooLong;
    }
    if (line->size() + take > line->capacity() && line->size() + take > kReserveAfterBytes) {
      // A long line: take room for the longest allowed at once. Only the pages written are
      // touched, and doubling from here would copy it all and could hold twice the limit.
      line->reserve(std::min(max_line_bytes_, kMaxReserveBytes));
    }
    line->append(begin, take);
    pos_ += take;
    if (newline) {
      ++pos_;
      break;
    }
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  ++line_number_;
  return kLine;
}

}  // namespace factlint
