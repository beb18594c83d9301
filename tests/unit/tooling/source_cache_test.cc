#include "tooling/source_cache.h"

#include <catch2/catch.hpp>

namespace factlint {
namespace {

TEST_CASE("CaretLines puts the caret under a code-point column", "[source_cache]") {
  // "é" is two bytes, one column: the caret must land under "p" of "paterns".
  CHECK(CaretLines("  é paterns:", 5) == "   é paterns:\n     ^\n");
  // Tabs before the column are kept so a terminal aligns the caret.
  CHECK(CaretLines("\tkey: x\r", 2) == " \tkey: x\n \t^\n");
  CHECK(CaretLines("slot: x", 0) == " slot: x\n");
  CHECK(CaretLines("ab", 5) == " ab\n     ^\n");
}

TEST_CASE("Render prints the message, the YAML line and a caret", "[source_cache]") {
  SourceCache sources;
  sources.Put("rules/fr/x.yaml", "rules:\n  - id: troops.fr\n    paterns: []\n");
  Status s = Status::RuleError("unknown key 'paterns' in rule (did you mean 'patterns'?)",
                               {"rules/fr/x.yaml", 3, 5});
  CHECK(sources.Render(s) ==
        "rules/fr/x.yaml:3:5: error: unknown key 'paterns' in rule (did you mean 'patterns'?)\n"
        "     paterns: []\n"
        "     ^\n");
  CHECK(sources.Render(s, "warning").rfind("rules/fr/x.yaml:3:5: warning: ", 0) == 0);
  // No line, or a file that cannot be read: the message alone.
  CHECK(sources.Render(Status::IoError("rule path 'x' does not exist")) ==
        "error: rule path 'x' does not exist\n");
  CHECK(sources.Render(Status::RuleError("m", {"/no/such/file.yaml", 2, 1})) ==
        "/no/such/file.yaml:2:1: error: m\n");
  CHECK_FALSE(sources.Line("rules/fr/x.yaml", 4).has_value());
  CHECK(sources.Line("rules/fr/x.yaml", 2) == "  - id: troops.fr");
}

TEST_CASE("Line skips a byte order mark", "[source_cache]") {
  SourceCache sources;
  sources.Put("bom.yaml", "\xEF\xBB\xBFrules: x\n");
  CHECK(sources.Line("bom.yaml", 1) == "rules: x");
}

}  // namespace
}  // namespace factlint
