// LineReader: lines of a stream, read in blocks, each at most a given length, so one huge
// line costs an error instead of all the memory it would take.
//
//   LineReader lines(in, options.max_article_bytes);
//   std::string line;
//   while (true) {
//     LineReader::Outcome got = lines.Next(&line);
//     if (got == LineReader::kEnd) break;
//     if (got == LineReader::kTooLong) ... lines.line_number() ...
//   }
//
// Lines end at \n; a \r before it is removed. The last line needs no \n. Not thread-safe.
#ifndef FACTLINT_INPUT_LINE_READER_H_
#define FACTLINT_INPUT_LINE_READER_H_

#include <cstddef>
#include <istream>
#include <string>
#include <vector>

namespace factlint {

class LineReader {
 public:
  enum Outcome { kLine, kEnd, kTooLong, kReadError };

  LineReader(std::istream& in, size_t max_line_bytes);

  // The next line in *line. kTooLong leaves the reader unusable (the rest of that line is
  // not skipped: callers stop at the first error).
  Outcome Next(std::string* line);
  // 1-based number of the line last returned.
  int line_number() const { return line_number_; }

 private:
  bool Refill();

  std::istream& in_;
  size_t max_line_bytes_;
  std::vector<char> buffer_;
  size_t pos_ = 0;
  size_t end_ = 0;
  int line_number_ = 0;
};

}  // namespace factlint

#endif  // FACTLINT_INPUT_LINE_READER_H_
