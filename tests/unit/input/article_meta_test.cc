#include "input/article_meta.h"

#include <catch2/catch.hpp>

namespace factlint {
namespace {

TEST_CASE("default metadata comes from the path", "[meta]") {
  MetaDraft d = DefaultMeta("stories/ukraine/000_50992c8ad878af4b.txt");
  CHECK(d.meta.id == "000_50992c8ad878af4b");
  CHECK(d.meta.story == "ukraine");
  CHECK(d.meta.path == "stories/ukraine/000_50992c8ad878af4b.txt");
  CHECK(d.meta.source.empty());  // FinishArticle copies the id unless one was given
  CHECK_FALSE(d.source_given);
  CHECK(DefaultMeta("/data/a.b.md").meta.id == "a.b");
  CHECK(DefaultMeta("/data/a.b.md").meta.story == "data");
  CHECK(DefaultMeta("stories/ukraine/./x/../000.txt").meta.story == "ukraine");
  MetaDraft in = DefaultMeta("-");
  CHECK(in.meta.id == "stdin");
  CHECK(in.meta.story == "stdin");
  CHECK(in.meta.path == "-");
}

// The message SetMetaField gives for key: value, or "" when it accepts it.
std::string Set(std::string_view key, std::string value, MetaDraft* draft = nullptr) {
  MetaDraft scratch;
  Status st = SetMetaField(key, std::move(value), SourceLoc{"a.md", 2, 1},
                           draft != nullptr ? draft : &scratch);
  return st.ok() ? "" : st.message();
}

TEST_CASE("published accepts dates and date-times, and only real dates", "[meta]") {
  CHECK(Set("published", "2022-01-24") == "");
  CHECK(Set("published", "2024-02-29") == "");
  CHECK(Set("published", "2022-01-24T14:30") == "");
  CHECK(Set("published", "2022-01-24T14:30:05.123+01:00") == "");
  MetaDraft d;
  CHECK(Set("published", "2022-01-24 14:30Z", &d) == "");
  CHECK(d.meta.published == "2022-01-24T14:30Z");
  // Year 0 is no calendar year (front_matter_fuzz: regression-year-zero): the date every
  // report and every resolved date reads would not exist.
  for (const char* bad : {"0000-02-21", "0000-01-01T10:00", "2022-02-30", "2021-02-29",
                          "2022-13-01", "24/01/2022", "2022-1-24",
                          "2022-01-24T", "2022-01-24T1430", "2022-01-24 demain", "hier", ""}) {
    INFO(bad);
    CHECK_THAT(Set("published", bad), Catch::StartsWith("'published' must be a date"));
  }
}

TEST_CASE("lang takes language codes and remembers that it was given", "[meta]") {
  MetaDraft d;
  CHECK(Set("lang", "fr", &d) == "");
  CHECK(d.meta.lang == Lang::kFr);
  CHECK(d.lang_given);
  CHECK(Set("lang", "en-US", &d) == "");
  CHECK(d.meta.lang == Lang::kEn);
  CHECK(Set("lang", "und", &d) == "");
  CHECK(d.meta.lang == Lang::kUnknown);
  for (const char* bad : {"", "f", "french", "fr FR", "12", "fr-FR!"}) {
    INFO(bad);
    CHECK_THAT(Set("lang", bad), Catch::StartsWith("'lang' must be a language code"));
  }
}

TEST_CASE("unknown keys and empty identities are refused", "[meta]") {
  CHECK(Set("author", "Jean Dupont") ==
        "unknown key 'author' (expected one of: id, title, source, published, lang, story)");
  CHECK(Set("Title", "x") != "");  // keys are case-sensitive, as in rules
  CHECK(Set("source", "") == "'source' must not be empty");
  CHECK(Set("story", "") == "'story' must not be empty");
  CHECK(Set("title", "") == "");
}

TEST_CASE("FinishArticle fills source and language, and refuses blank text", "[meta]") {
  MetaDraft d = DefaultMeta("ukraine/wire.txt");
  Result<TextMap> text = TextMap::Build("The troops were sent to Poland by the army.", "x");
  REQUIRE(text.ok());
  Result<Article> a = FinishArticle(d, *text, SourceLoc{"ukraine/wire.txt"});
  REQUIRE(a.ok());
  CHECK(a->meta.source == "wire");
  CHECK(a->meta.lang == Lang::kEn);

  Result<TextMap> blank = TextMap::Build(" \n\u00A0\t\n", "x");
  REQUIRE(blank.ok());
  Result<Article> empty = FinishArticle(d, *blank, SourceLoc{"ukraine/wire.txt"});
  CHECK(empty.status().ToString() == "ukraine/wire.txt: error: empty article");
}

}  // namespace
}  // namespace factlint
