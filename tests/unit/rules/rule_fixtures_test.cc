// LoadRulePack on files and folders, and on the broken fixtures under
// tests/data/rules/broken/ that the end-to-end tests run the binary on. Each
// fixture's first line says where its one error is expected:
//   # expect-error: LINE:COL: MESSAGE
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include "rules/rule_loader.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;

const std::string kBroken = std::string(FACTLINT_SOURCE_DIR) + "/tests/data/rules/broken";

struct Expectation {
  std::string file;
  int line = 0;
  int column = 0;
  std::string message;
};

// Expectations of every fixture under `dir` that announces an error.
std::vector<Expectation> ReadExpectations(const std::string& dir) {
  static const std::regex kExpect(R"(^# expect-error: (\d+):(\d+): (.*)$)");
  std::vector<Expectation> expectations;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path());
    std::string first_line;
    std::getline(in, first_line);
    std::smatch m;
    if (std::regex_match(first_line, m, kExpect)) {
      expectations.push_back(
          {entry.path().generic_string(), std::stoi(m[1]), std::stoi(m[2]), m[3]});
    }
  }
  return expectations;
}

// Messages name other files by the path they were loaded from; the fixtures'
// comments name them by file name alone.
std::string WithoutDirectory(std::string message, const std::string& dir) {
  std::string prefix = dir + "/";
  for (size_t at = message.find(prefix); at != std::string::npos; at = message.find(prefix)) {
    message.erase(at, prefix.size());
  }
  return message;
}

std::string Dump(const Diagnostics& diagnostics) {
  std::string out;
  for (const Status& s : diagnostics) out += s.ToString() + "\n";
  return out;
}

TEST_CASE("Each broken fixture gives its one announced error", "[rule_fixtures]") {
  std::vector<Expectation> expectations = ReadExpectations(kBroken);
  REQUIRE(expectations.size() == 7);
  for (const Expectation& expected : expectations) {
    std::string dir = fs::path(expected.file).parent_path().generic_string();
    // A duplicate needs its sibling; every other fixture stands alone.
    std::string load = dir == kBroken ? expected.file : dir;
    Diagnostics errors;
    std::optional<RulePack> pack = LoadRulePack({load}, &errors);
    INFO(expected.file << "\n" << Dump(errors));
    CHECK_FALSE(pack.has_value());
    REQUIRE(errors.size() == 1);
    const Status& error = errors[0];
    CHECK(error.code() == StatusCode::kRuleError);
    CHECK(error.loc().file == expected.file);
    CHECK(error.loc().line == expected.line);
    CHECK(error.loc().column == expected.column);
    CHECK(WithoutDirectory(error.message(), dir) == expected.message);
  }
}

TEST_CASE("Loading the whole broken folder reports every fixture's error, in file order",
          "[rule_fixtures]") {
  Diagnostics errors;
  std::optional<RulePack> pack = LoadRulePack({kBroken}, &errors);
  INFO(Dump(errors));
  CHECK_FALSE(pack.has_value());
  std::vector<Expectation> expectations = ReadExpectations(kBroken);
  REQUIRE(errors.size() == expectations.size());
  for (const Expectation& expected : expectations) {
    bool found = false;
    for (const Status& error : errors) {
      found = found || (error.loc().file == expected.file && error.loc().line == expected.line &&
                        error.loc().column == expected.column);
    }
    CHECK(found);
  }
  for (size_t i = 1; i < errors.size(); ++i) CHECK(errors[i - 1].loc().file < errors[i].loc().file);
}

class TempDir {
 public:
  TempDir() {
    path_ = fs::temp_directory_path() /
            ("factlint-rules-test-" + std::to_string(reinterpret_cast<uintptr_t>(this)) + "-" +
             std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string Write(const std::string& relative, const std::string& content) const {
    fs::path file = path_ / relative;
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << content;
    return file.generic_string();
  }
  std::string path() const { return path_.generic_string(); }

 private:
  fs::path path_;
};

std::string RuleYaml(const std::string& id) {
  return "rules:\n  - id: " + id +
         "\n    description: d\n    language: fr\n    slot: s\n    value: {type: quote}\n"
         "    patterns: ['(?P<quote>" +
         id + ")']\n    examples: {match: [{text: " + id + "}]}\n";
}

TEST_CASE("LoadRulePack reads *.yaml and *.yml recursively, in sorted order", "[rule_fixtures]") {
  TempDir dir;
  dir.Write("b/z.yml", RuleYaml("rz"));
  dir.Write("b/a.yaml", RuleYaml("ra"));
  dir.Write("a.yaml", RuleYaml("top"));
  dir.Write("notes.txt", "not: [yaml");
  dir.Write("c/README.md", "# not a rule file");
  Diagnostics errors;
  std::optional<RulePack> pack = LoadRulePack({dir.path()}, &errors);
  INFO(Dump(errors));
  REQUIRE(pack.has_value());
  REQUIRE(pack->rules().size() == 3);
  CHECK(pack->rules()[0].rule.id == "top");
  CHECK(pack->rules()[1].rule.id == "ra");
  CHECK(pack->rules()[2].rule.id == "rz");
  CHECK(pack->rules()[1].rule.loc.file == dir.path() + "/b/a.yaml");
}

TEST_CASE("LoadRulePack names missing paths and empty folders, and still reads the rest",
          "[rule_fixtures]") {
  TempDir dir;
  std::string good = dir.Write("rules/good.yaml", RuleYaml("good"));
  dir.Write("empty/notes.txt", "nothing");
  std::string bad = dir.Write("rules/bad.yaml", "rules: [1]\n");
  Diagnostics errors;
  std::optional<RulePack> pack =
      LoadRulePack({dir.path() + "/nope", dir.path() + "/empty", dir.path() + "/rules"}, &errors);
  INFO(Dump(errors));
  CHECK_FALSE(pack.has_value());
  REQUIRE(errors.size() == 3);
  CHECK(errors[0].code() == StatusCode::kIoError);
  CHECK(errors[0].message() == "rule path '" + dir.path() + "/nope' does not exist");
  CHECK(errors[1].message() ==
        "no *.yaml or *.yml file under rule folder '" + dir.path() + "/empty'");
  CHECK(errors[2].ToString() == bad + ":1:9: error: rule must be a mapping, not a string");
  (void)good;
}

TEST_CASE("A file named twice is read once", "[rule_fixtures]") {
  TempDir dir;
  std::string file = dir.Write("r.yaml", RuleYaml("once"));
  Diagnostics errors;
  std::optional<RulePack> pack = LoadRulePack({file, dir.path()}, &errors);
  INFO(Dump(errors));
  REQUIRE(pack.has_value());
  CHECK(pack->rules().size() == 1);
}

}  // namespace
}  // namespace factlint
