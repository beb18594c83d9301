// Keeping untrusted text from driving the terminal through a stream that is not a report:
// diagnostics quote file names, front matter values and rule text, and `factlint explain`
// prints article text.
//
//   int main() {
//     SanitizedStream clean_stderr(std::cerr);   // until the end of main
//     std::cerr << status.ToString() << "\n";    // ESC, BEL, C1, bidi overrides -> U+FFFD
//   }
//
// While it lives, everything written to the stream passes through SanitizeLinesForTerminal
// (report/terminal_text.h): line breaks and tabs stay, other control characters become
// U+FFFD. Text reaches the original stream at each flush or line end (std::cerr flushes after
// every insertion). Writes from several threads are serialized. Do not wrap a stream that
// carries factlint's own colours or progress display.
#ifndef FACTLINT_CLI_SANITIZED_STREAM_H_
#define FACTLINT_CLI_SANITIZED_STREAM_H_

#include <memory>
#include <ostream>

namespace factlint {

class SanitizedStream {
 public:
  explicit SanitizedStream(std::ostream& stream);
  ~SanitizedStream();  // flushes and restores the stream's own buffer
  SanitizedStream(const SanitizedStream&) = delete;
  SanitizedStream& operator=(const SanitizedStream&) = delete;

 private:
  class Buffer;
  std::ostream& stream_;
  std::streambuf* original_;
  std::unique_ptr<Buffer> buffer_;
};

}  // namespace factlint

#endif  // FACTLINT_CLI_SANITIZED_STREAM_H_
