// Helpers shared by the input/ tests: sample files and scratch folders.
#ifndef FACTLINT_TESTS_UNIT_INPUT_TEST_SUPPORT_H_
#define FACTLINT_TESTS_UNIT_INPUT_TEST_SUPPORT_H_

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "input/article_reader.h"

namespace factlint::testing {

// tests/data/articles/<name>
inline std::string ArticlePath(const std::string& name) {
  return std::string(FACTLINT_SOURCE_DIR) + "/tests/data/articles/" + name;
}

// A fresh folder under the system temp folder, removed with everything in it at scope end.
class ScratchDir {
 public:
  ScratchDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "factlint-input-XXXXXX").string();
    if (::mkdtemp(tmpl.data()) != nullptr) path_ = tmpl;
  }
  ~ScratchDir() {
    std::error_code ec;
    // Give back permissions a test took away so removal can succeed.
    for (auto it = std::filesystem::recursive_directory_iterator(path_, ec);
         !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
      std::filesystem::permissions(it->path(), std::filesystem::perms::owner_all,
                                   std::filesystem::perm_options::add, ec);
    }
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  const std::string& path() const { return path_; }
  // Writes `bytes` to path()/relative, creating folders; returns the full path.
  std::string Write(const std::string& relative, const std::string& bytes) const {
    std::filesystem::path p = std::filesystem::path(path_) / relative;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }

 private:
  std::string path_;
};

// Permission bits mean nothing to root: tests of unreadable files skip themselves there.
inline bool RunningAsRoot() { return ::geteuid() == 0; }

// All articles ForEachArticle delivers, or its error.
struct ReadAll {
  Status status;
  std::vector<Article> articles;
  Diagnostics warnings;
};

inline ReadAll ReadArticles(const std::vector<std::string>& paths,
                            const ReadOptions& options = ReadOptions{}) {
  ReadAll out;
  out.status = ForEachArticle(paths, options, &out.warnings, [&](Article&& a) {
    out.articles.push_back(std::move(a));
    return Status::Ok();
  });
  return out;
}

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_UNIT_INPUT_TEST_SUPPORT_H_
