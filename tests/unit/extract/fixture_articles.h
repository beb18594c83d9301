// Articles of the repository's fixtures for extraction tests, read whole, language detected.
//
//   std::vector<Article> all = FixtureArticles("fixtures", "2022-02-03");
//   std::vector<Article> eval = FixtureArticles("fixtures/eval", "2024-03-04");
//
// Every .md and .txt file under FACTLINT_SOURCE_DIR/`folder`, sorted by path; id = file stem,
// story = parent folder, `published` for every article. Files that are not valid text are left
// out (other tests cover them).
#ifndef FACTLINT_TESTS_UNIT_EXTRACT_FIXTURE_ARTICLES_H_
#define FACTLINT_TESTS_UNIT_EXTRACT_FIXTURE_ARTICLES_H_

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "text/language.h"

namespace factlint::testing {

inline std::vector<Article> FixtureArticles(const std::string& folder,
                                            const std::string& published) {
  namespace fs = std::filesystem;
  std::vector<fs::path> paths;
  for (const auto& entry : fs::recursive_directory_iterator(FACTLINT_SOURCE_DIR "/" + folder)) {
    std::string ext = entry.path().extension().string();
    if (entry.is_regular_file() && (ext == ".md" || ext == ".txt")) paths.push_back(entry.path());
  }
  std::sort(paths.begin(), paths.end());
  std::vector<Article> articles;
  for (const fs::path& path : paths) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    Article a;
    a.meta.id = path.stem().string();
    a.meta.path = path.string();
    a.meta.source = a.meta.id;
    a.meta.story = path.parent_path().filename().string();
    a.meta.published = published;
    Result<TextMap> text = TextMap::Build(bytes.str(), a.meta.path);
    if (!text.ok()) continue;
    a.text = std::move(*text);
    a.meta.lang = DetectLanguage(a.text.normalized());
    articles.push_back(std::move(a));
  }
  return articles;
}

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_UNIT_EXTRACT_FIXTURE_ARTICLES_H_
