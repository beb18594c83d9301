#include "cli/sanitized_stream.h"

#include <mutex>
#include <streambuf>
#include <string>
#include <string_view>

#include "report/terminal_text.h"

namespace factlint {

// Collects what is written and passes it on sanitized, holding back the last bytes when they
// may begin a C1 control or a bidi override that the next write completes.
class SanitizedStream::Buffer : public std::streambuf {
 public:
  explicit Buffer(std::streambuf* target) : target_(target) {}

  void FlushAll() {
    std::lock_guard<std::mutex> lock(mutex_);
    Forward(true);
    target_->pubsync();
  }

 protected:
  int_type overflow(int_type ch) override {
    if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
    std::lock_guard<std::mutex> lock(mutex_);
    pending_.push_back(traits_type::to_char_type(ch));
    if (ch == '\n') Forward(false);
    return ch;
  }

  std::streamsize xsputn(const char* s, std::streamsize n) override {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_.append(s, static_cast<size_t>(n));
    if (pending_.find('\n') != std::string::npos || pending_.size() > kMaxPending) Forward(false);
    return n;
  }

  int sync() override {
    std::lock_guard<std::mutex> lock(mutex_);
    Forward(false);
    return target_->pubsync();
  }

 private:
  static constexpr size_t kMaxPending = 4096;

  // Bytes at the end of `s` that start a sequence SanitizeForTerminal would replace if it
  // were complete: C2 (C1 controls), E2 or E2 80 / E2 81 (bidi controls).
  static size_t IncompleteTail(std::string_view s) {
    if (s.empty()) return 0;
    const unsigned char last = static_cast<unsigned char>(s.back());
    if (last == 0xC2 || last == 0xE2) return 1;
    if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xE2 &&
        (last == 0x80 || last == 0x81)) {
      return 2;
    }
    return 0;
  }

  void Forward(bool all) {
    const size_t keep = all ? 0 : IncompleteTail(pending_);
    const std::string ready =
        SanitizeLinesForTerminal(std::string_view(pending_).substr(0, pending_.size() - keep));
    target_->sputn(ready.data(), static_cast<std::streamsize>(ready.size()));
    pending_.erase(0, pending_.size() - keep);
  }

  std::streambuf* target_;
  std::mutex mutex_;
  std::string pending_;
};

SanitizedStream::SanitizedStream(std::ostream& stream)
    : stream_(stream), original_(stream.rdbuf()), buffer_(std::make_unique<Buffer>(original_)) {
  stream_.rdbuf(buffer_.get());
}

SanitizedStream::~SanitizedStream() {
  buffer_->FlushAll();
  stream_.rdbuf(original_);
}

}  // namespace factlint
