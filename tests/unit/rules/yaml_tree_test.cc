// YamlTree reads what yaml-cpp's LoadAll reads (kinds, scalars, marks, order,
// aliases), on the shipped rule files and on YAML written to be awkward; its
// encoding reads back to the same tree and refuses damaged bytes.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "rules/yaml_tree.h"
#include "rules/yaml_tree_codec.h"

namespace factlint {
namespace {

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::filesystem::path> ShippedRuleFiles() {
  std::vector<std::filesystem::path> files;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(std::string(FACTLINT_SOURCE_DIR) + "/rules")) {
    if (entry.path().extension() == ".yaml") files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Node by node, to `depth` levels (aliases can make cycles).
void RequireSame(const YamlNode& ours, const YAML::Node& theirs, int depth = 64) {
  REQUIRE(depth > 0);
  const YAML::Mark mark = theirs.Mark();
  CHECK(ours.Mark() == YamlMark{mark.pos, mark.line, mark.column});
  switch (theirs.Type()) {
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
      REQUIRE(ours.IsNull());
      return;
    case YAML::NodeType::Scalar:
      REQUIRE(ours.IsScalar());
      CHECK(ours.Scalar() == theirs.Scalar());
      return;
    case YAML::NodeType::Sequence: {
      REQUIRE(ours.IsSequence());
      REQUIRE(ours.size() == theirs.size());
      size_t i = 0;
      for (const YAML::Node& item : theirs) RequireSame(ours.Item(i++), item, depth - 1);
      return;
    }
    case YAML::NodeType::Map: {
      REQUIRE(ours.IsMap());
      REQUIRE(ours.size() == theirs.size());
      size_t i = 0;
      for (const auto& entry : theirs) {
        RequireSame(ours.Key(i), entry.first, depth - 1);
        RequireSame(ours.Value(i), entry.second, depth - 1);
        ++i;
      }
      return;
    }
  }
}

void RequireSameAsYamlCpp(const std::string& text) {
  INFO(text);
  YamlParse parsed = ParseYamlTree(text);
  REQUIRE_FALSE(parsed.error.has_value());
  std::vector<YAML::Node> docs = YAML::LoadAll(text);
  std::vector<YamlNode> ours = parsed.tree->Documents();
  REQUIRE(ours.size() == docs.size());
  for (size_t i = 0; i < docs.size(); ++i) RequireSame(ours[i], docs[i]);
}

const std::vector<std::string> kAwkward = {
    "",
    "---\n",
    "# only a comment\n",
    "rules:\n  - id: troops\n    slot: troops.count\n    patterns:\n      fr: ['(?P<n>\\d+) soldats']\n",
    "a:\nb: ~\nc: null\nd: ''\ne: \"~\"\nf: Null\n",
    "key: value\nkey: again\n",  // duplicates are kept, in order
    "? [complex, key]\n: value\n? {a: 1}\n",
    "base: &b {fr: Paris, en: Paris}\ncopy: *b\nlist: [*b, *b]\n",
    "- &x one\n- *x\n- [*x, {k: *x}]\n",
    "first: 1\n---\nsecond: [a, b]\n...\n---\n- c\n",
    "folded: >\n  Le président\n  a dit\nliteral: |\n  ligne 1\n  ligne 2\n",
    "\"quoted key\": 'single ''quoted'''\n'x': \"é\\u00e9\\t\"\n",
    "déjà: « citation »\n中文: 値\n",
    "{flow: [1, 2, {three: 3}], empty: {}, none: []}\n",
    "!!str 5000: !custom tagged\n",
    "\xEF\xBB\xBF" "bom: yes\n",
    "a: 1\r\nb:\r\n  - 2\r\n",
};

TEST_CASE("YamlTree reads the shipped rule files as yaml-cpp's LoadAll does", "[yaml_tree]") {
  std::vector<std::filesystem::path> files = ShippedRuleFiles();
  REQUIRE(files.size() > 20);
  for (const auto& file : files) {
    INFO(file.string());
    RequireSameAsYamlCpp(ReadFile(file));
  }
}

TEST_CASE("YamlTree reads awkward YAML as yaml-cpp's LoadAll does", "[yaml_tree]") {
  for (const std::string& text : kAwkward) RequireSameAsYamlCpp(text);
}

TEST_CASE("An alias is the node it names; an alias inside its own anchor is a cycle",
          "[yaml_tree]") {
  YamlParse shared = ParseYamlTree("a: &x {k: v}\nb: *x\n");
  REQUIRE(shared.tree);
  YamlNode doc = shared.tree->Documents().at(0);
  CHECK(doc.Value(0).Mark() == doc.Value(1).Mark());
  CHECK(shared.tree->nodes().size() == 6);  // doc, a, {k: v}, k, v, b: no copy

  YamlParse cycle = ParseYamlTree("&loop [a, *loop]\n");
  REQUIRE(cycle.tree);
  YamlNode root = cycle.tree->Documents().at(0);
  CHECK(root.Item(1).Item(1).Item(0).Scalar() == "a");
  CHECK_FALSE(cycle.tree->WithinNodeBudget(1000));
}

TEST_CASE("The node budget counts nodes as a reader expanding every alias meets them",
          "[yaml_tree]") {
  // 10 x 10 x 10 scalars behind three levels of aliases.
  std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                     "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                     "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n";
  YamlParse parsed = ParseYamlTree(text);
  REQUIRE(parsed.tree);
  // 1 document + 6 keys and values + 10 + 10 x 11 + 10 x 111 under a, b, c.
  const size_t expanded = 1 + 6 + 10 + 110 + 1110;
  CHECK(parsed.tree->WithinNodeBudget(expanded));
  CHECK_FALSE(parsed.tree->WithinNodeBudget(expanded - 1));
}

TEST_CASE("YamlTree reports yaml-cpp's syntax errors and the ',' yaml-cpp loops on",
          "[yaml_tree]") {
  YamlParse bad = ParseYamlTree("a: [1, 2\nb: 3\n");
  REQUIRE(bad.error);
  CHECK(bad.error->message.rfind("invalid YAML: ", 0) == 0);
  CHECK_FALSE(bad.error->mark.is_null());
  CHECK(bad.tree == nullptr);

  YamlParse comma = ParseYamlTree("- a\n,\n");
  REQUIRE(comma.error);
  CHECK(comma.error->message == "invalid YAML: ',' outside [...] or {...}");
  CHECK(comma.error->mark.line == 1);
  CHECK(comma.error->mark.column == 0);

  YamlParse deep = ParseYamlTree(std::string(5000, '[') + std::string(5000, ']'));
  REQUIRE(deep.error);
  CHECK(deep.error->message.find("levels deep") != std::string::npos);
}

TEST_CASE("An encoded tree decodes to the same tree", "[yaml_tree][codec]") {
  std::vector<std::string> texts = kAwkward;
  for (const auto& file : ShippedRuleFiles()) texts.push_back(ReadFile(file));
  for (const std::string& text : texts) {
    INFO(text.substr(0, 200));
    YamlParse parsed = ParseYamlTree(text);
    REQUIRE(parsed.tree);
    std::shared_ptr<const YamlTree> back = DecodeYamlTree(EncodeYamlTree(*parsed.tree));
    REQUIRE(back);
    CHECK(*back == *parsed.tree);
  }
}

TEST_CASE("Damaged encodings decode to nothing, never to a wrong tree or a crash",
          "[yaml_tree][codec]") {
  YamlParse parsed = ParseYamlTree(kAwkward[7] + "more: [1, 2, {x: y}]\n");
  REQUIRE(parsed.tree);
  const std::string good = EncodeYamlTree(*parsed.tree);
  // Every truncation.
  for (size_t n = 0; n < good.size(); ++n) {
    INFO(n);
    CHECK(DecodeYamlTree(std::string_view(good).substr(0, n)) == nullptr);
  }
  // A byte too many, another format version.
  CHECK(DecodeYamlTree(good + "x") == nullptr);
  std::string other = good;
  other[4] = static_cast<char>(kYamlTreeFormat + 1);
  CHECK(DecodeYamlTree(other) == nullptr);
  // A child index out of range, a count no bytes could hold.
  std::string huge = good;
  huge[8] = huge[9] = huge[10] = huge[11] = '\xFF';
  CHECK(DecodeYamlTree(huge) == nullptr);
  // Random damage: decodes to nothing, or to a valid tree (a changed letter).
  std::mt19937 rng(20261121);
  for (int round = 0; round < 2000; ++round) {
    std::string bytes = good;
    for (int k = 0; k < 3; ++k) {
      bytes[rng() % bytes.size()] = static_cast<char>(rng() & 0xFF);
    }
    std::shared_ptr<const YamlTree> tree = DecodeYamlTree(bytes);
    if (tree) CHECK(tree->Valid());
  }
}

}  // namespace
}  // namespace factlint
