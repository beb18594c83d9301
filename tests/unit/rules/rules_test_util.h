// Helpers for the rules/ tests: build a pack from inline YAML and look for a
// diagnostic at an exact position.
#ifndef FACTLINT_TESTS_UNIT_RULES_RULES_TEST_UTIL_H_
#define FACTLINT_TESTS_UNIT_RULES_RULES_TEST_UTIL_H_

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"
#include "rules/rule_loader.h"
#include "rules/rule_pack.h"

namespace factlint::testing {

struct Loaded {
  std::optional<RulePack> pack;
  Diagnostics errors;
  Diagnostics warnings;

  std::string Dump() const {
    std::string out;
    for (const Status& s : errors) out += "  " + s.ToString() + "\n";
    for (const Status& s : warnings) out += "  (warning) " + s.ToString() + "\n";
    return out;
  }
};

// The rules of a pack, each with its patterns (expanded, with their position)
// and their prefilter conditions: two loads that should make the same pack
// give equal descriptions.
inline std::vector<std::string> DescribePack(const RulePack& pack) {
  std::vector<std::string> out;
  for (const CompiledRule& rule : pack.rules()) {
    out.push_back(rule.rule.id + " " + rule.rule.slot + " " + rule.rule.loc.ToString());
    for (const CompiledPattern& p : rule.patterns) {
      out.push_back(p.expanded + " @" + p.loc.ToString());
      for (const auto& branch : p.filter.branches) {
        for (const std::string& condition : branch) out.push_back("  " + condition);
      }
    }
  }
  return out;
}

// Every diagnostic as the user reads it, in order.
inline std::vector<std::string> MessagesOf(const Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Status& s : diagnostics) out.push_back(s.ToString());
  return out;
}

inline Loaded Load(std::vector<RuleSource> sources) {
  Loaded loaded;
  loaded.pack = BuildRulePack(sources, &loaded.errors, &loaded.warnings);
  return loaded;
}

inline Loaded Load(std::string yaml, std::string file = "t.yaml") {
  return Load(std::vector<RuleSource>{{std::move(file), std::move(yaml)}});
}

// The first diagnostic at file:line:col whose message contains `needle`.
inline const Status* Find(const Diagnostics& diagnostics, const std::string& file, int line,
                          int column, std::string_view needle) {
  for (const Status& s : diagnostics) {
    if (s.loc().file == file && s.loc().line == line && s.loc().column == column &&
        s.message().find(needle) != std::string::npos) {
      return &s;
    }
  }
  return nullptr;
}

inline bool Has(const Diagnostics& diagnostics, int line, int column, std::string_view needle,
                const std::string& file = "t.yaml") {
  return Find(diagnostics, file, line, column, needle) != nullptr;
}

// Every text a rule of the shipped pack is tested on: its examples (both
// kinds) and every article of fixtures/.
inline std::vector<std::string> ShippedTexts(const RulePack& pack) {
  std::vector<std::string> texts;
  for (const CompiledRule& rule : pack.rules()) {
    for (const RuleExample& example : rule.rule.examples) texts.push_back(example.text);
  }
  namespace fs = std::filesystem;
  for (const auto& entry : fs::recursive_directory_iterator(FACTLINT_SOURCE_DIR "/fixtures")) {
    std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file() || (ext != ".md" && ext != ".txt")) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    texts.push_back(bytes.str());
  }
  return texts;
}

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_UNIT_RULES_RULES_TEST_UTIL_H_
