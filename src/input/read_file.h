// Reading whole files and streams into memory, with file-system errors as Status values.
//
//   Result<std::string> bytes = ReadFileBytes("stories/ukraine/000.txt");
//   if (!bytes.ok()) ...  // "stories/ukraine/000.txt: error: no such file or directory"
#ifndef FACTLINT_INPUT_READ_FILE_H_
#define FACTLINT_INPUT_READ_FILE_H_

#include <cstddef>
#include <istream>
#include <string>

#include "base/status.h"
#include "text/text_map.h"

namespace factlint {

// The bytes of the file at `path`. Errors name the path: kIoError "no such file or directory",
// "permission denied", "is a directory", ...; kInputError when the file holds more than
// `max_bytes` bytes (checked before reading when the size is known).
Result<std::string> ReadFileBytes(const std::string& path, size_t max_bytes = TextMap::kMaxBytes);

// Everything left in `in`, read in blocks; `name` labels errors ("-" for standard input).
Result<std::string> ReadStreamBytes(std::istream& in, const std::string& name,
                                    size_t max_bytes = TextMap::kMaxBytes);

// The message for an errno value, as factlint words it: "no such file or directory".
std::string ErrnoMessage(int error_number);

}  // namespace factlint

#endif  // FACTLINT_INPUT_READ_FILE_H_
