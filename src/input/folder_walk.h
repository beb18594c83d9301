// The article files under a folder, found recursively, in a fixed order.
//
//   Diagnostics warnings;
//   Result<std::vector<std::string>> files = ListArticleFiles("stories/ukraine", &warnings);
//   // {"stories/ukraine/000.txt", "stories/ukraine/more/004.md", ...}
//
// Files are sorted by path, component by component, so runs are deterministic whatever order
// the file system lists them in. Hidden files and folders (names starting with '.') are left
// out silently: editors and version control keep theirs there. Files whose type factlint
// cannot read (photo.png), symbolic links to folders (not followed, so no cycles) and broken
// links are left out with one warning each, naming them.
// A folder that cannot be listed is a kIoError naming it.
#ifndef FACTLINT_INPUT_FOLDER_WALK_H_
#define FACTLINT_INPUT_FOLDER_WALK_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace factlint {

// `warnings` may be null.
Result<std::vector<std::string>> ListArticleFiles(const std::string& folder, Diagnostics* warnings);

}  // namespace factlint

#endif  // FACTLINT_INPUT_FOLDER_WALK_H_
