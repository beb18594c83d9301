// The YAML examples of docs/rules.md load as written: the reference and the
// loader cannot drift apart unnoticed.
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "rules_test_util.h"

namespace factlint {
namespace {

// Every ```yaml block of the document, one RuleSource each.
std::vector<RuleSource> YamlBlocks(const std::string& path) {
  std::ifstream in(path);
  std::vector<RuleSource> blocks;
  std::string line;
  std::string block;
  bool inside = false;
  int line_number = 0;
  int block_line = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!inside && line == "```yaml") {
      inside = true;
      block.clear();
      block_line = line_number + 1;
    } else if (inside && line == "```") {
      inside = false;
      blocks.push_back({"rules.md@" + std::to_string(block_line), block});
    } else if (inside) {
      block += line + "\n";
    }
  }
  return blocks;
}

TEST_CASE("The YAML examples of docs/rules.md load as written", "[docs]") {
  std::vector<RuleSource> sources = YamlBlocks(std::string(FACTLINT_SOURCE_DIR) + "/docs/rules.md");
  REQUIRE(sources.size() == 4);  // sub-patterns, gazetteer, modality cues, a rule
  // The rule uses sub-patterns of the shipped library (rules/lib/); stand-ins.
  sources.push_back({"lib.yaml", R"yaml(patterns:
  quantity: {fr: '(?:jusqu''à )?\d+(?: \d{3})*', en: '\d+'}
  nationality: {fr: 'américains', en: 'American'}
)yaml"});
  testing::Loaded loaded = testing::Load(sources);
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  CHECK(loaded.warnings.empty());
  const CompiledRule* rule = loaded.pack->FindRule("troops.deployed.fr");
  REQUIRE(rule != nullptr);
  CHECK(rule->rule.severity == Severity::kError);
  CHECK(rule->rule.examples.size() == 2);
  CHECK(rule->cues.count({Lang::kFr, Modality::kPlanned}) == 1);
  CHECK(loaded.pack->Select(Lang::kFr, "Il enverra 2 000 soldats américains en Caroline du Nord") ==
        std::vector<size_t>{0});
}

}  // namespace
}  // namespace factlint
