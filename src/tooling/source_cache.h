// SourceCache: the text of the files diagnostics point into, read once, so a
// message can show the offending line with a caret under its column.
//
//   SourceCache sources;
//   std::cerr << sources.Render(status);  // status from the rule loader
//   // rules/fr/troops.yaml:14:5: error: unknown key 'paterns' in rule (did you mean ...
//   //     paterns:
//   //     ^
//
// Files are read on first use; one that cannot be read (or a line past its end)
// only loses its excerpt. Not thread-safe.
#ifndef FACTLINT_TOOLING_SOURCE_CACHE_H_
#define FACTLINT_TOOLING_SOURCE_CACHE_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"

namespace factlint {

class SourceCache {
 public:
  // Line `line` (1-based) of `file` without its line break.
  std::optional<std::string> Line(const std::string& file, int line);

  // status.ToString(label), a line break, then the source line and a caret when
  // the status names a line of a readable file.
  std::string Render(const Status& status, std::string_view label = "error");

  // Uses `text` for `file` instead of reading it (tests, text already in memory).
  void Put(const std::string& file, std::string text);

 private:
  std::map<std::string, std::optional<std::string>> files_;
};

// " <line>\n <spaces>^\n": the caret sits under 1-based code point `column`
// (tabs before it are kept, so it lines up in a terminal); no caret line when
// column is 0. A trailing '\r' is dropped.
std::string CaretLines(std::string_view line, int column);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_SOURCE_CACHE_H_
