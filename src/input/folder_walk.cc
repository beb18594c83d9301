#include "input/folder_walk.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <system_error>

#include "input/article_format.h"
#include "input/read_file.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

Status FolderError(const fs::path& folder, const std::error_code& ec) {
  return Status::IoError("cannot list folder: " + ErrnoMessage(ec.value()),
                         SourceLoc{folder.string()});
}

void Warn(Diagnostics* warnings, const fs::path& path, const std::string& why) {
  if (warnings != nullptr) {
    warnings->push_back(Status::InputError("skipped: " + why, SourceLoc{path.string()}));
  }
}

// Collects the readable files under `folder` into *files, unsorted.
Status Walk(const fs::path& folder, Diagnostics* warnings, std::vector<fs::path>* files) {
  std::error_code ec;
  fs::directory_iterator it(folder, ec);
  if (ec) return FolderError(folder, ec);
  std::vector<fs::path> subfolders;
  for (; it != fs::directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    if (path.filename().string().starts_with(".")) continue;
    const fs::file_status link_status = it->symlink_status(ec);
    if (ec) return FolderError(folder, ec);
    const fs::file_status status = it->status(ec);
    if (ec && !fs::is_symlink(link_status)) return FolderError(folder, ec);
    if (fs::is_symlink(link_status) && !fs::exists(status)) {
      Warn(warnings, path, "broken symbolic link");
    } else if (fs::is_directory(status)) {
      if (fs::is_symlink(link_status)) {
        Warn(warnings, path, "symbolic link to a folder (not followed)");
      } else {
        subfolders.push_back(path);
      }
    } else if (!fs::is_regular_file(status)) {
      Warn(warnings, path, "not a regular file");
    } else if (std::optional<ArticleFormat> format = FormatForPath(path.string());
               !format || !HasReader(*format)) {
      Warn(warnings, path, "unsupported file type (expected " + ReadableExtensions() + ")");
    } else {
      files->push_back(path);
    }
  }
  if (ec) return FolderError(folder, ec);
  for (const fs::path& sub : subfolders) {
    FACTLINT_RETURN_IF_ERROR(Walk(sub, warnings, files));
  }
  return Status::Ok();
}

}  // namespace

Result<std::vector<std::string>> ListArticleFiles(const std::string& folder,
                                                  Diagnostics* warnings) {
  std::vector<fs::path> paths;
  Diagnostics found;
  FACTLINT_RETURN_IF_ERROR(Walk(fs::path(folder), &found, &paths));
  std::sort(paths.begin(), paths.end());
  // Warnings come in the same order as files, whatever order the folders were listed in.
  std::stable_sort(found.begin(), found.end(), [](const Status& a, const Status& b) {
    return fs::path(a.loc().file) < fs::path(b.loc().file);
  });
  if (warnings != nullptr) warnings->insert(warnings->end(), found.begin(), found.end());
  std::vector<std::string> files;
  files.reserve(paths.size());
  for (const fs::path& p : paths) files.push_back(p.string());
  return files;
}

}  // namespace factlint
