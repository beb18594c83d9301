#include "input/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <system_error>

namespace factlint {
namespace {

constexpr size_t kBlockBytes = 64 * 1024;
constexpr size_t kReserveAfterBytes = size_t{1} << 20;
// Never more than this at once, whatever the limit (reserving is not free everywhere).
constexpr size_t kMaxReserveBytes = size_t{1} << 30;

// Appends a block to bytes read from a stream of unknown size. Past 1 MiB, room for the
// largest allowed is taken at once: only the pages written are touched, whereas doubling
// would copy everything read so far and could hold twice `max_bytes` for a moment.
void AppendBlock(std::string* bytes, const char* block, size_t n, size_t max_bytes) {
  if (bytes->size() + n > bytes->capacity() && bytes->size() + n > kReserveAfterBytes) {
    bytes->reserve(std::min(max_bytes, kMaxReserveBytes));
  }
  bytes->append(block, n);
}

Status TooLarge(const std::string& name, size_t max_bytes) {
  return Status::InputError("file is larger than " + std::to_string(max_bytes) + " bytes",
                            SourceLoc{name});
}

// Closes a file descriptor on every return path.
class FdCloser {
 public:
  explicit FdCloser(int fd) : fd_(fd) {}
  ~FdCloser() { ::close(fd_); }
  FdCloser(const FdCloser&) = delete;
  FdCloser& operator=(const FdCloser&) = delete;

 private:
  int fd_;
};

}  // namespace

std::string ErrnoMessage(int error_number) {
  // std::generic_category is thread-safe, unlike strerror.
  std::string message = std::generic_category().message(error_number);
  if (!message.empty() && message[0] >= 'A' && message[0] <= 'Z') {
    message[0] = static_cast<char>(message[0] - 'A' + 'a');
  }
  return message;
}

Result<std::string> ReadFileBytes(const std::string& path, size_t max_bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::IoError(ErrnoMessage(errno), SourceLoc{path});
  FdCloser closer(fd);

  struct stat info {};
  if (::fstat(fd, &info) != 0) return Status::IoError(ErrnoMessage(errno), SourceLoc{path});
  if (S_ISDIR(info.st_mode)) return Status::IoError(ErrnoMessage(EISDIR), SourceLoc{path});
  std::string bytes;
  if (S_ISREG(info.st_mode)) {
    if (static_cast<unsigned long long>(info.st_size) > max_bytes) {
      return TooLarge(path, max_bytes);
    }
    bytes.reserve(static_cast<size_t>(info.st_size));
  }
  // Pipes and character devices report no size: read until end of file either way.
  char block[kBlockBytes];
  while (true) {
    const ssize_t n = ::read(fd, block, sizeof block);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Status::IoError(ErrnoMessage(errno), SourceLoc{path});
    }
    if (n == 0) break;
    if (bytes.size() + static_cast<size_t>(n) > max_bytes) return TooLarge(path, max_bytes);
    AppendBlock(&bytes, block, static_cast<size_t>(n), max_bytes);
  }
  return bytes;
}

Result<std::string> ReadStreamBytes(std::istream& in, const std::string& name, size_t max_bytes) {
  std::string bytes;
  char block[kBlockBytes];
  while (in) {
    in.read(block, sizeof block);
    const size_t n = static_cast<size_t>(in.gcount());
    if (bytes.size() + n > max_bytes) return TooLarge(name, max_bytes);
    AppendBlock(&bytes, block, n, max_bytes);
  }
  if (in.bad()) return Status::IoError("read error", SourceLoc{name});
  return bytes;
}

}  // namespace factlint
