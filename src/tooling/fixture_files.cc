#include "tooling/fixture_files.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "input/article_format.h"
#include "input/article_reader.h"
#include "tooling/fixture_spec.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

bool IsSidecar(const std::string& path) {
  return path.size() > kSidecarSuffix.size() &&
         path.compare(path.size() - kSidecarSuffix.size(), kSidecarSuffix.size(), kSidecarSuffix) ==
             0;
}

}  // namespace

Status FindSidecars(const std::string& path, std::vector<std::string>* out) {
  std::error_code ec;
  fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    return Status::IoError("fixture path '" + path + "' does not exist");
  }
  if (!fs::is_directory(status)) {
    if (!IsSidecar(path)) {
      return Status::InputError("'" + path + "' is not a fixture sidecar (*" +
                                std::string(kSidecarSuffix) + ") or a folder of them");
    }
    out->push_back(path);
    return Status::Ok();
  }
  std::vector<std::string> found;
  fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    std::string file = it->path().generic_string();
    if (IsSidecar(file) && it->is_regular_file(ec)) found.push_back(file);
  }
  if (ec) return Status::IoError("cannot list fixture folder '" + path + "': " + ec.message());
  if (found.empty()) {
    return Status::InputError("no *" + std::string(kSidecarSuffix) + " sidecar under '" + path +
                              "'");
  }
  std::sort(found.begin(), found.end());
  out->insert(out->end(), found.begin(), found.end());
  return Status::Ok();
}

Result<std::vector<Article>> ReadFixtureArticles(const std::string& target, Diagnostics* warnings) {
  std::string path = target;
  std::error_code ec;
  if (!fs::exists(fs::status(target, ec))) {
    // "story.test.yaml" next to "story.txt": find the one article file.
    fs::path t(target);
    fs::path dir = t.parent_path().empty() ? fs::path(".") : t.parent_path();
    std::vector<std::string> matches;
    for (fs::directory_iterator it(dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec)) {
      const fs::path& p = it->path();
      if (p.stem() != t.filename() || !FormatForPath(p.string())) continue;
      matches.push_back((t.parent_path() / p.filename()).generic_string());
    }
    std::sort(matches.begin(), matches.end());
    if (matches.size() != 1) {
      return Status::IoError(
          matches.empty()
              ? "no article for this sidecar: expected a folder '" + target + "' or a file '" +
                    target + "' with one of the extensions " + ReadableExtensions()
              : "several articles could be meant by this sidecar: " + matches[0] + ", " +
                    matches[1],
          {target + std::string(kSidecarSuffix)});
    }
    path = matches.front();
  }
  std::vector<Article> articles;
  ReadOptions options;
  Diagnostics skipped;
  Status st = ForEachArticle({path}, options, &skipped, [&](Article&& a) {
    articles.push_back(std::move(a));
    return Status::Ok();
  });
  // YAML files beside articles are annotations (sidecars, evaluation expectations).
  for (Status& w : skipped) {
    std::string ext = fs::path(w.loc().file).extension().string();
    if (ext != ".yaml" && ext != ".yml" && warnings != nullptr) warnings->push_back(std::move(w));
  }
  if (!st.ok()) return st;
  if (articles.empty()) return Status::InputError("no article in '" + path + "'");
  return articles;
}

Result<std::string> ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError("cannot open '" + path + "'");
  std::ostringstream content;
  content << in.rdbuf();
  if (in.bad()) return Status::IoError("cannot read '" + path + "'");
  return content.str();
}

}  // namespace factlint
