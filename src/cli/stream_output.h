// StreamOutput: where a streaming command writes as it goes. Standard output,
// or --output FILE written to a temporary file beside FILE and renamed over it
// by Commit(), so FILE is never left half-written (cli/output_file.h does the
// same for output rendered at once).
//
//   Result<StreamOutput> out = StreamOutput::Open(config.output, std::cout);
//   FACTLINT_RETURN_IF_ERROR(out->Write("{\"rule\": ...}\n"));
//   FACTLINT_RETURN_IF_ERROR(out->Commit());   // without it, FILE is left untouched
//
// Writes are buffered; not thread-safe.
#ifndef FACTLINT_CLI_STREAM_OUTPUT_H_
#define FACTLINT_CLI_STREAM_OUTPUT_H_

#include <ostream>
#include <string>
#include <string_view>

#include "base/status.h"

namespace factlint {

class StreamOutput {
 public:
  // `path` "" = `stdout_stream`.
  static Result<StreamOutput> Open(const std::string& path, std::ostream& stdout_stream);

  StreamOutput(StreamOutput&& other) noexcept;
  StreamOutput& operator=(StreamOutput&&) = delete;
  StreamOutput(const StreamOutput&) = delete;
  ~StreamOutput();  // removes the temporary file unless committed

  Status Write(std::string_view bytes);
  // Flushes; for a file, fsyncs and renames it into place.
  Status Commit();

 private:
  StreamOutput(std::string path, std::ostream* stdout_stream, int fd, std::string tmp_path);
  Status Flush();
  Status Error(int err) const;

  std::string path_;
  std::ostream* stdout_;  // when path_ is ""
  int fd_ = -1;
  std::string tmp_path_;
  std::string buffer_;
};

}  // namespace factlint

#endif  // FACTLINT_CLI_STREAM_OUTPUT_H_
