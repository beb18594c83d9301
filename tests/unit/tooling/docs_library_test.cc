// docs/rules.md documents the shared library: every sub-pattern of rules/lib/ and every
// gazetteer of rules/gazetteers/ is named there, so the reference cannot fall behind.
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "rules/rule_loader.h"

namespace factlint {
namespace {

namespace fs = std::filesystem;
const std::string kRoot = FACTLINT_SOURCE_DIR;

std::string ReadDoc() {
  std::ifstream in(kRoot + "/docs/rules.md");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST_CASE("Every sub-pattern of the shared library is documented", "[docs]") {
  const std::string doc = ReadDoc();
  REQUIRE_FALSE(doc.empty());
  size_t seen = 0;
  for (const auto& entry : fs::directory_iterator(kRoot + "/rules/lib")) {
    if (entry.path().extension() != ".yaml") continue;
    YAML::Node file = YAML::LoadFile(entry.path().string());
    if (!file["patterns"]) continue;
    for (const auto& pattern : file["patterns"]) {
      const std::string name = pattern.first.as<std::string>();
      INFO("sub-pattern '" << name << "' of " << entry.path().filename().string()
                           << " is not named in docs/rules.md (\"The shared library\")");
      CHECK(doc.find("`" + name + "`") + doc.find("`{" + name + "}`") != 2 * std::string::npos);
      ++seen;
    }
  }
  CHECK(seen >= 10);
}

TEST_CASE("Every shipped gazetteer is documented", "[docs]") {
  const std::string doc = ReadDoc();
  Diagnostics errors;
  std::optional<RulePack> pack = LoadRulePack({kRoot + "/rules/gazetteers"}, &errors);
  for (const Status& e : errors) UNSCOPED_INFO(e.ToString());
  REQUIRE(pack.has_value());
  CHECK(pack->gazetteers().size() >= 3);
  for (const auto& [name, gazetteer] : pack->gazetteers()) {
    INFO("gazetteer '" << name << "' is not in docs/rules.md (\"Shipped gazetteers\")");
    CHECK(doc.find("| `" + name + "` |") != std::string::npos);
  }
}

}  // namespace
}  // namespace factlint
