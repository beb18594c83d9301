// Annotated fixtures: the sidecar format (fixture_spec) and checking it against
// the claims and findings of real extraction and comparison (fixture_check).
#include <catch2/catch.hpp>

#include "tooling/fixture_check.h"
#include "tooling/fixture_spec.h"
#include "tooling_test_util.h"

namespace factlint {
namespace {

std::vector<Article> Story() {
  return {testing::MakeArticle("story/001_wire.txt",
                               "Renforts américains\n"
                               "Les États-Unis enverront 3 000 soldats en Pologne.\n"
                               "Ils partiront de Fort Bragg, en Caroline du Nord.\n"),
          testing::MakeArticle("story/002_post.txt",
                               "Washington hésite\n"
                               "Washington envisage d'envoyer 2 000 soldats en Pologne.\n"
                               "\n"
                               "Ils partiront de Fort Bragg, en Caroline du Sud.\n")};
}

constexpr const char* kSidecar = R"yaml(exhaustive: [place.location]
claims:
  001:
    - {line: 2, slot: troops.deployed, value: 3000, modality: stated, key: {region: PL}}
    - {line: 3, rule: base.state.fr, value: US-NC, text: Caroline du Nord}
  002_post.txt:
    - {line: 2, slot: troops.deployed, value: [0, 2000]}
    - {line: 4, rule: base.state.fr, value: US-SC}
findings:
  - {kind: conflict, slot: place.location, articles: [001, 002], key: {place: fort bragg}}
  - {kind: conflict, slot: troops.deployed, articles: [001, 002]}
no_findings:
  - {kind: conflict, slot: troops.deployed}
)yaml";

FixtureSpec Parse(const RulePack& pack, const std::string& text,
                  const std::string& path = "story.test.yaml") {
  Diagnostics errors;
  std::optional<FixtureSpec> spec = ParseFixtureSpec(path, text, pack, &errors);
  for (const Status& e : errors) UNSCOPED_INFO(e.ToString());
  REQUIRE(spec.has_value());
  return std::move(*spec);
}

std::string Detail(const TestFailure& f, const std::string& label) {
  for (const auto& [l, v] : f.details) {
    if (l == label) return v;
  }
  return "(no " + label + ")";
}

TEST_CASE("A sidecar reads into expectations with their positions", "[fixture]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  FixtureSpec spec = Parse(pack, kSidecar);
  CHECK(spec.target == "story");
  CHECK(spec.IsExhaustive("place.location"));
  CHECK_FALSE(spec.IsExhaustive("troops.deployed"));
  REQUIRE(spec.claims.size() == 4);
  CHECK(spec.claims[0].article.name == "001");
  CHECK(spec.claims[0].line == 2);
  CHECK(spec.claims[0].slot == "troops.deployed");
  CHECK(spec.claims[0].expect.interval->ToString() == "[3000, 3000]");
  CHECK(spec.claims[0].expect.key.at("region") == "PL");
  CHECK(spec.claims[1].rule_id == "base.state.fr");
  CHECK(spec.claims[1].expect.category == "US-NC");
  CHECK(spec.claims[1].text == "Caroline du Nord");
  CHECK(spec.claims[2].loc.ToString() == "story.test.yaml:7:7");
  REQUIRE(spec.findings.size() == 3);
  CHECK(spec.findings[0].kind == FindingKind::kConflict);
  CHECK(spec.findings[0].articles->size() == 2);
  CHECK_FALSE(spec.findings[2].present);
}

TEST_CASE("Sidecar mistakes are errors at their file:line:col", "[fixture]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  auto errors_of = [&](const std::string& text, const std::string& path = "s.test.yaml") {
    Diagnostics errors;
    CHECK_FALSE(ParseFixtureSpec(path, text, pack, &errors).has_value());
    std::vector<std::string> out;
    for (const Status& e : errors) out.push_back(e.ToString());
    return out;
  };
  CHECK(errors_of("claims:\n  - {line: 2, slot: troops.deployed, vlaue: 3000}\n") ==
        std::vector<std::string>{
            "s.test.yaml:2:38: error: unknown key 'vlaue' in expected claim (did you mean "
            "'value'?); valid keys: line, rule, slot, value, qualifier, modality, key, text"});
  CHECK(errors_of("claims:\n  - {line: 2, rule: troops.frr}\n") ==
        std::vector<std::string>{
            "s.test.yaml:2:21: error: no rule 'troops.frr' in the pack (did you mean "
            "'troops.fr'?)"});
  CHECK(errors_of("findings:\n  - {kind: conflit, slot: troops.deployed}\n") ==
        std::vector<std::string>{
            "s.test.yaml:2:12: error: unknown finding kind 'conflit' (did you mean 'conflict'?); "
            "kinds: conflict, discrepancy, internal, quote-variant, corroborated"});
  CHECK(errors_of("claims:\n  - {slot: troops.deploy, value: 3}\n") ==
        std::vector<std::string>{
            "s.test.yaml:2:5: error: missing required key 'line' in expected claim",
            "s.test.yaml:2:12: error: no rule of the pack has slot 'troops.deploy' (did you mean "
            "'troops.deployed'?)"});
  CHECK(errors_of("claims:\n  - {line: 0, rule: base.state.fr, value: US-XX}\n") ==
        std::vector<std::string>{
            "s.test.yaml:2:12: error: 'line' must be a line number (1, 2, ...)",
            "s.test.yaml:2:43: error: unknown id 'US-XX' in example of rule 'base.state.fr': not "
            "in gazetteer 'places' (did you mean 'US-NC'?)"});
  CHECK(errors_of("claims: []\n") ==
        std::vector<std::string>{"s.test.yaml:1:1: error: the sidecar expects nothing: list "
                                 "'claims', 'findings' or 'no_findings'"});
  CHECK(errors_of("claims: []\n", "story.yaml") ==
        std::vector<std::string>{"story.yaml: error: a fixture sidecar is named after what it "
                                 "annotates plus '.test.yaml'"});
}

TEST_CASE("A fixture passes the expectations it meets and explains the others", "[fixture]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  FixtureResult r = CheckFixture(pack, Parse(pack, kSidecar), Story());
  for (const Status& e : r.errors) UNSCOPED_INFO(e.ToString());
  REQUIRE(r.errors.empty());
  CHECK(r.passed == 5);
  REQUIRE(r.failures.size() == 2);

  const TestFailure& claim = r.failures[0];
  CHECK(claim.where.ToString() == "story.test.yaml:7:7");
  CHECK(claim.rule_id == "troops.fr");
  CHECK(claim.message == "the claim differs from the expectation");
  CHECK(Detail(claim, "article") == "story/002_post.txt:2");
  CHECK(Detail(claim, "rule") == "pack.yaml:16:5 (troops.fr)");
  CHECK(Detail(claim, "expected") == "troops.deployed: value [0, 2000]");
  CHECK(Detail(claim, "actual") ==
        "troops.fr: value [2000, 2000] soldier, qualifier exact, modality planned (cue "
        "\"envisage\"), key region=PL at 2:31 \"2 000 soldats en Pologne\"");
  CHECK(Detail(claim, "differs") == "value: expected [0, 2000], got [2000, 2000] soldier");

  const TestFailure& finding = r.failures[1];
  CHECK(finding.where.ToString() == "story.test.yaml:11:5");
  CHECK(finding.message == "expected finding not found");
  CHECK(Detail(finding, "expected") == "conflict on troops.deployed [001_wire, 002_post]");
  CHECK(
      Detail(finding, "actual").rfind("discrepancy on troops.deployed [001_wire, 002_post]: ", 0) ==
      0);
  // Coverage: both rules produced claims.
  CHECK(r.covered == std::vector<std::pair<size_t, size_t>>{{0, 0}, {1, 0}});
}

TEST_CASE("An expected claim missing from its line says what the line holds", "[fixture]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  FixtureResult r = CheckFixture(
      pack, Parse(pack, "claims:\n  001:\n    - {line: 3, slot: troops.deployed, value: 3000}\n"),
      Story());
  REQUIRE(r.failures.size() == 1);
  const TestFailure& f = r.failures[0];
  CHECK(f.message == "expected claim not found");
  CHECK(Detail(f, "actual") == "no claim of troops.deployed on line 3");
  CHECK(Detail(f, "on the line") ==
        "base.state.fr: value US-NC, modality stated, key place=fort bragg at 3:18 \"Fort Bragg, "
        "en Caroline du Nord\"");
  CHECK(Detail(f, "elsewhere") ==
        "line 2: value [3000, 3000] soldier, qualifier exact, modality stated, key region=PL at "
        "2:26 \"3 000 soldats en Pologne\"");
  CHECK(Detail(f, "pattern 1") ==
        "no part matches; it fails at its start: `(?P<quantity>{qty}) soldats (?:en|vers) "
        "(?P<region>{gaz:places})`");
}

TEST_CASE("Exhaustive slots report every claim and finding not expected, ready to paste",
          "[fixture]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  FixtureResult r = CheckFixture(
      pack,
      Parse(pack, "exhaustive: true\nno_findings:\n  - {kind: internal, slot: place.location}\n"),
      Story());
  CHECK(r.passed == 1);
  std::string entries;
  for (const TestFailure& f : r.failures) {
    CHECK(f.message.find("is exhaustive in story.test.yaml") != std::string::npos);
    CHECK(Detail(f, "fixture") == "story.test.yaml:1:13");
    entries += Detail(f, "to expect it") + "\n";
  }
  CHECK(entries ==
        "{line: 2, rule: troops.fr, value: 3000, qualifier: exact, modality: stated, key: "
        "{region: PL}}\n"
        "{line: 3, rule: base.state.fr, value: US-NC, modality: stated, key: {place: fort bragg}}\n"
        "{line: 2, rule: troops.fr, value: 2000, qualifier: exact, modality: planned, key: "
        "{region: PL}}\n"
        "{line: 4, rule: base.state.fr, value: US-SC, modality: stated, key: {place: fort bragg}}\n"
        "{kind: discrepancy, slot: troops.deployed, articles: [001_wire, 002_post]}\n"
        "{kind: conflict, slot: place.location, articles: [001_wire, 002_post]}\n");

  // Pasted into a sidecar, the suggestions make the fixture pass.
  std::string sidecar = "exhaustive: true\nclaims:\n  001_wire:\n";
  std::vector<std::string> lines;
  for (const TestFailure& f : r.failures) lines.push_back(Detail(f, "to expect it"));
  sidecar += "    - " + lines[0] + "\n    - " + lines[1] + "\n  002_post:\n";
  sidecar += "    - " + lines[2] + "\n    - " + lines[3] + "\nfindings:\n";
  sidecar += "  - " + lines[4] + "\n  - " + lines[5] + "\n";
  FixtureResult again = CheckFixture(pack, Parse(pack, sidecar), Story());
  for (const TestFailure& f : again.failures) UNSCOPED_INFO(FormatFailure(f));
  CHECK(again.failures.empty());
  CHECK(again.passed == 6);
}

TEST_CASE("Sidecars write dates as rule examples do", "[fixture]") {
  RulePack pack = testing::PackFrom(R"yaml(
rules:
  - id: strike.date.fr
    description: Date d'une grève
    language: fr
    slot: event.date
    value: {type: date}
    patterns: ['grève du (?P<value>\d{1,2} mars 2026)']
    examples:
      match:
        - {text: "La grève du 2 mars 2026 a été suivie.", value: 2026-03-02}
)yaml");
  std::vector<Article> articles = {
      testing::MakeArticle("grève.txt", "Transports\nLa grève du 12 mars 2026 a été suivie.\n")};
  FixtureResult r = CheckFixture(
      pack, Parse(pack, "claims:\n  - {line: 2, slot: event.date, value: 2026-03-12}\n"), articles);
  for (const TestFailure& f : r.failures) UNSCOPED_INFO(FormatFailure(f));
  CHECK(r.failures.empty());
  CHECK(r.passed == 1);
  r = CheckFixture(
      pack, Parse(pack, "claims:\n  - {line: 2, slot: event.date, value: 2026-03-02}\n"), articles);
  REQUIRE(r.failures.size() == 1);
  CHECK(r.failures[0].message == "the claim differs from the expectation");
  // Dates read as dates, not as days since 1970.
  CHECK(Detail(r.failures[0], "expected") == "event.date: value 2026-03-02");
  CHECK(Detail(r.failures[0], "differs") == "value: expected 2026-03-02, got 2026-03-12");
}

TEST_CASE("Article names that fit no article, or several, are errors", "[fixture]") {
  RulePack pack = testing::PackFrom(testing::kTroopPack);
  FixtureResult r = CheckFixture(
      pack,
      Parse(pack,
            "claims:\n  003:\n    - {line: 2, slot: troops.deployed}\n  00:\n    - {line: 2, "
            "slot: troops.deployed}\n"),
      Story());
  std::vector<std::string> errors;
  for (const Status& e : r.errors) errors.push_back(e.ToString());
  CHECK(errors == std::vector<std::string>{
                      "story.test.yaml:2:3: error: article '003' is not in story (articles: "
                      "001_wire, 002_post)",
                      "story.test.yaml:4:3: error: article '00' names several articles of story "
                      "(articles: 001_wire, 002_post)"});
}

}  // namespace
}  // namespace factlint
