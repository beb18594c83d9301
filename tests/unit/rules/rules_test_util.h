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
