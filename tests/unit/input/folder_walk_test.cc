#include "input/folder_walk.h"

#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>

#include "input/article_reader.h"
#include "test_support.h"

namespace factlint {
namespace {

using Catch::Matchers::Equals;
using testing::ArticlePath;
using testing::ReadArticles;
using testing::ScratchDir;

std::vector<std::string> Prefixed(const std::string& root, std::vector<std::string> names) {
  for (std::string& n : names) n = root + "/" + n;
  return names;
}

TEST_CASE("folders are walked recursively in sorted order", "[walk]") {
  const std::string root = ArticlePath("walk");
  Diagnostics warnings;
  Result<std::vector<std::string>> files = ListArticleFiles(root, &warnings);
  REQUIRE(files.ok());
  CHECK_THAT(*files,
             Equals(Prefixed(root, {"001_lesoir.txt", "002_wire.md", "more/003_rtbf.txt",
                                    "more/004_feed.jsonl", "more/deeper/005_last.md", "notes.html"})));
}

TEST_CASE("files of other types are skipped with a warning naming them", "[walk]") {
  const std::string root = ArticlePath("walk");
  Diagnostics warnings;
  REQUIRE(ListArticleFiles(root, &warnings).ok());
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].ToString() == root +
                                      "/photo.png: error: skipped: unsupported file type "
                                      "(expected .txt, .md, .jsonl, .html or .htm)");
  for (const Status& w : warnings) CHECK(w.code() == StatusCode::kInputError);
}

TEST_CASE("hidden files and folders are skipped silently", "[walk]") {
  // The sample data holds both kinds; without them this test would pass vacuously.
  REQUIRE(std::filesystem::exists(ArticlePath("walk/.draft.txt")));
  REQUIRE(std::filesystem::exists(ArticlePath("walk/.cache/003_hidden.txt")));
  Diagnostics warnings;
  Result<std::vector<std::string>> files = ListArticleFiles(ArticlePath("walk"), &warnings);
  REQUIRE(files.ok());
  for (const std::string& f : *files) CHECK(f.find("/.") == std::string::npos);
  for (const Status& w : warnings) CHECK(w.loc().file.find("/.") == std::string::npos);
}

TEST_CASE("ForEachArticle reads every article of a folder, .jsonl lines included", "[walk]") {
  testing::ReadAll r = ReadArticles({ArticlePath("walk")});
  REQUIRE(r.status.ok());
  std::vector<std::string> ids, stories;
  for (const Article& a : r.articles) {
    ids.push_back(a.meta.id);
    stories.push_back(a.meta.story);
  }
  CHECK_THAT(ids, Equals(std::vector<std::string>{"001_lesoir", "002_wire", "003_rtbf", "feed-1",
                                                  "feed-2", "005_last", "notes"}));
  CHECK_THAT(stories, Equals(std::vector<std::string>{"walk", "walk", "more", "more", "more",
                                                      "deeper", "walk"}));
  CHECK(r.articles.back().text.normalized() ==
        "Le président américain a annoncé l'envoi de 3 000 soldats.");
  CHECK(r.warnings.size() == 1);
}

TEST_CASE("a file named twice, or a folder and a file, are read each time", "[walk]") {
  testing::ReadAll r =
      ReadArticles({ArticlePath("walk/001_lesoir.txt"), ArticlePath("walk/more/deeper")});
  REQUIRE(r.status.ok());
  REQUIRE(r.articles.size() == 2);
  CHECK(r.articles[0].meta.id == "001_lesoir");
  CHECK(r.articles[1].meta.id == "005_last");
}

TEST_CASE("a folder with no article files gives a warning", "[walk]") {
  ScratchDir dir;
  dir.Write("notes/readme.rst", "Nothing to read here.\n");
  testing::ReadAll r = ReadArticles({dir.path()});
  REQUIRE(r.status.ok());
  CHECK(r.articles.empty());
  REQUIRE(r.warnings.size() == 2);
  CHECK(r.warnings[0].loc().file == dir.path() + "/notes/readme.rst");
  CHECK(r.warnings[1].message() == "no article files in this folder");
}

TEST_CASE("a bad file inside a folder is an error the caller sees", "[walk]") {
  ScratchDir dir;
  dir.Write("a.txt", "Le titre\n\nLe texte est là.\n");
  const std::string empty = dir.Write("b.txt", "");
  dir.Write("c.txt", "Jamais lu\n");
  testing::ReadAll r = ReadArticles({dir.path()});
  CHECK(r.status.code() == StatusCode::kInputError);
  CHECK(r.status.message() == "empty article");
  CHECK(r.status.loc().file == empty);
  CHECK(r.articles.size() == 1);
}

TEST_CASE("symbolic links to folders are not followed; links to files are read", "[walk]") {
  ScratchDir dir;
  dir.Write("story/a.txt", "Le titre\n\nLe texte est là.\n");
  std::filesystem::create_directory_symlink(dir.path() + "/story", dir.path() + "/story/loop");
  std::filesystem::create_symlink(dir.path() + "/story/a.txt", dir.path() + "/story/b.txt");
  std::filesystem::create_symlink(dir.path() + "/nowhere.txt", dir.path() + "/story/c.txt");
  Diagnostics warnings;
  Result<std::vector<std::string>> files = ListArticleFiles(dir.path() + "/story", &warnings);
  REQUIRE(files.ok());
  CHECK_THAT(*files, Equals(Prefixed(dir.path() + "/story", {"a.txt", "b.txt"})));
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].message() == "skipped: broken symbolic link");
  CHECK(warnings[1].message() == "skipped: symbolic link to a folder (not followed)");
}

TEST_CASE("an unreadable folder is an I/O error naming it", "[walk]") {
  if (testing::RunningAsRoot()) {
    WARN("skipped: permission bits do not apply to root");
    return;
  }
  ScratchDir dir;
  dir.Write("locked/a.txt", "Le titre\n");
  const std::string locked = dir.path() + "/locked";
  REQUIRE(::chmod(locked.c_str(), 0) == 0);
  testing::ReadAll r = ReadArticles({dir.path()});
  CHECK(r.status.code() == StatusCode::kIoError);
  CHECK(r.status.loc().file == locked);
  CHECK_THAT(r.status.message(), Catch::Contains("permission denied"));
}

TEST_CASE("a missing folder is an I/O error", "[walk]") {
  Result<std::vector<std::string>> files = ListArticleFiles(ArticlePath("no-such-folder"), nullptr);
  CHECK(files.status().code() == StatusCode::kIoError);
  CHECK(files.status().loc().file == ArticlePath("no-such-folder"));
}

}  // namespace
}  // namespace factlint
