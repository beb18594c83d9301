#include "input/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <system_error>

namespace factlint {
namespace {

constexpr size_t kBlockBytes = 64 * 1024;

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
    bytes.append(block, static_cast<size_t>(n));
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
    bytes.append(block, n);
  }
  if (in.bad()) return Status::IoError("read error", SourceLoc{name});
  return bytes;
}

}  // namespace factlint
