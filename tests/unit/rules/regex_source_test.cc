#include "rules/regex_source.h"

#include <catch2/catch.hpp>

#include "rules/did_you_mean.h"

namespace factlint {
namespace {

std::vector<std::string> Names(const RegexSourceScan& scan) {
  std::vector<std::string> names;
  for (const PatternReference& ref : scan.references) {
    names.push_back((ref.gazetteer ? "gaz:" : "") + ref.name);
  }
  return names;
}

TEST_CASE("ScanRegexSource finds references, not repetitions or escapes", "[regex_source]") {
  RegexSourceScan scan =
      ScanRegexSource(R"((?P<n>{number}) \d{2} x{1,3} \p{Lu}\x{41} {gaz:places})");
  CHECK(Names(scan) == std::vector<std::string>{"number", "gaz:places"});
  CHECK(scan.references[0].begin == 6);
  CHECK(scan.references[0].end == 14);
  CHECK(scan.named_groups == std::vector<std::string>{"n"});
  CHECK(scan.balanced);
}

TEST_CASE("ScanRegexSource skips escaped braces, classes and \\Q...\\E", "[regex_source]") {
  CHECK(ScanRegexSource(R"(\{number\})").references.empty());
  CHECK(ScanRegexSource(R"([{number}])").references.empty());
  CHECK(ScanRegexSource(R"([]{a}])").references.empty());
  CHECK(ScanRegexSource(R"(\Q{number}\E{x})").references.size() == 1);
  CHECK(ScanRegexSource(R"([\]{a}] {b})").references.size() == 1);
}

TEST_CASE("ScanRegexSource reports malformed gazetteer references and unbalanced groups",
          "[regex_source]") {
  RegexSourceScan scan = ScanRegexSource("{gaz: places} a)|(b");
  CHECK(scan.malformed_references == std::vector<std::string>{"{gaz: places}"});
  CHECK_FALSE(scan.balanced);
  CHECK_FALSE(ScanRegexSource("(a").balanced);
  CHECK(ScanRegexSource(R"(\(a)").balanced);
  CHECK(ScanRegexSource(R"([(]a)").balanced);
}

TEST_CASE("IsIdentifier", "[regex_source]") {
  CHECK(IsIdentifier("troop_noun"));
  CHECK(IsIdentifier("_x1"));
  CHECK_FALSE(IsIdentifier("1x"));
  CHECK_FALSE(IsIdentifier("a-b"));
  CHECK_FALSE(IsIdentifier(""));
}

TEST_CASE("DidYouMean suggests close names only", "[did_you_mean]") {
  std::vector<std::string_view> keys = {"id", "description", "patterns", "language"};
  CHECK(DidYouMean("paterns", keys) == " (did you mean 'patterns'?)");
  CHECK(DidYouMean("langauge", keys) == " (did you mean 'language'?)");
  CHECK(DidYouMean("Patterns", keys) == " (did you mean 'patterns'?)");
  CHECK(DidYouMean("zzzzzz", keys).empty());
  CHECK(JoinNames(keys) == "id, description, patterns, language");
}

}  // namespace
}  // namespace factlint
