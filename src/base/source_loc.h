// SourceLoc: a position in a file the user wrote (a rule file, an article).
//
//   SourceLoc loc{"rules/troops.yaml", 12, 5};
//   loc.ToString()  // "rules/troops.yaml:12:5"
//
// Lines and columns are 1-based; 0 means "unknown" and is omitted when printed.
// Columns count Unicode code points, as editors do.
#ifndef FACTLINT_BASE_SOURCE_LOC_H_
#define FACTLINT_BASE_SOURCE_LOC_H_

#include <string>

namespace factlint {

struct SourceLoc {
  std::string file;
  int line = 0;
  int column = 0;

  std::string ToString() const {
    std::string s = file;
    if (line > 0) {
      s += ":" + std::to_string(line);
      if (column > 0) s += ":" + std::to_string(column);
    }
    return s;
  }
};

}  // namespace factlint

#endif  // FACTLINT_BASE_SOURCE_LOC_H_
