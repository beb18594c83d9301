// The `fixtures:` section of a rule file: paths `factlint rules test` runs,
// resolved against the rule file's folder.
#include <catch2/catch.hpp>

#include "rules/rule_loader.h"

namespace factlint {
namespace {

TEST_CASE("fixtures: entries resolve against the rule file's folder", "[pack_fixtures]") {
  Diagnostics errors;
  std::optional<RulePack> pack = BuildRulePack(
      {{"rules/tests.yaml", "fixtures:\n  - ../fixtures/ukraine-2022.test.yaml\n  - local\n"},
       {"/abs/pack/more.yaml", "fixtures: [/data/stories]\n"}},
      &errors);
  for (const Status& e : errors) UNSCOPED_INFO(e.ToString());
  REQUIRE(pack.has_value());
  REQUIRE(pack->fixtures().size() == 3);
  CHECK(pack->fixtures()[0].path == "fixtures/ukraine-2022.test.yaml");
  CHECK(pack->fixtures()[0].loc.ToString() == "rules/tests.yaml:2:5");
  CHECK(pack->fixtures()[1].path == "rules/local");
  CHECK(pack->fixtures()[2].path == "/data/stories");
}

TEST_CASE("A malformed fixtures: section is a rule error", "[pack_fixtures]") {
  Diagnostics errors;
  CHECK_FALSE(BuildRulePack({{"t.yaml", "fixtures: stories/\n"}}, &errors).has_value());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].ToString() == "t.yaml:1:11: error: 'fixtures' must be a list, not a string");
  errors.clear();
  CHECK_FALSE(BuildRulePack({{"t.yaml", "fixtures: ['', [a]]\n"}}, &errors).has_value());
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].ToString() == "t.yaml:1:12: error: empty fixture path");
  CHECK(errors[1].ToString() == "t.yaml:1:16: error: a fixture path must be a string, not a list");
}

}  // namespace
}  // namespace factlint
