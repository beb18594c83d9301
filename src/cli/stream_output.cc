#include "cli/stream_output.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <utility>

namespace factlint {
namespace {

constexpr size_t kFlushBytes = size_t{1} << 16;

}  // namespace

Result<StreamOutput> StreamOutput::Open(const std::string& path, std::ostream& stdout_stream) {
  if (path.empty()) return StreamOutput("", &stdout_stream, -1, "");
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) {
    return Status::IoError("cannot write " + path + ": " + std::strerror(errno), {path});
  }
  return StreamOutput(path, nullptr, fd, tmpl);
}

StreamOutput::StreamOutput(std::string path, std::ostream* stdout_stream, int fd,
                           std::string tmp_path)
    : path_(std::move(path)), stdout_(stdout_stream), fd_(fd), tmp_path_(std::move(tmp_path)) {}

StreamOutput::StreamOutput(StreamOutput&& other) noexcept
    : path_(std::move(other.path_)),
      stdout_(other.stdout_),
      fd_(std::exchange(other.fd_, -1)),
      tmp_path_(std::exchange(other.tmp_path_, "")),
      buffer_(std::move(other.buffer_)) {}

StreamOutput::~StreamOutput() {
  if (fd_ >= 0) ::close(fd_);
  if (!tmp_path_.empty()) ::unlink(tmp_path_.c_str());
}

Status StreamOutput::Error(int err) const {
  if (path_.empty()) return Status::IoError("cannot write to standard output");
  return Status::IoError("cannot write " + path_ + ": " + std::strerror(err), {path_});
}

Status StreamOutput::Write(std::string_view bytes) {
  buffer_.append(bytes);
  if (buffer_.size() >= kFlushBytes) return Flush();
  return Status::Ok();
}

Status StreamOutput::Flush() {
  if (stdout_ != nullptr) {
    stdout_->write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
    if (!*stdout_) return Error(0);
    return Status::Ok();
  }
  if (fd_ < 0) return Error(EBADF);
  const char* p = buffer_.data();
  size_t left = buffer_.size();
  while (left > 0) {
    ssize_t n = ::write(fd_, p, left);
    if (n < 0) {
      if (errno == EINTR) continue;
      return Error(errno);
    }
    p += n;
    left -= static_cast<size_t>(n);
  }
  buffer_.clear();
  return Status::Ok();
}

Status StreamOutput::Commit() {
  FACTLINT_RETURN_IF_ERROR(Flush());
  if (stdout_ != nullptr) {
    stdout_->flush();
    return *stdout_ ? Status::Ok() : Error(0);
  }
  if (::fsync(fd_) != 0) return Error(errno);
  int fd = std::exchange(fd_, -1);
  if (::close(fd) != 0) return Error(errno);
  ::chmod(tmp_path_.c_str(), 0644);
  if (std::rename(tmp_path_.c_str(), path_.c_str()) != 0) return Error(errno);
  tmp_path_.clear();
  return Status::Ok();
}

}  // namespace factlint
