// PatternFilter: the conditions cut out of a pattern, and — over the shipped
// pack, its rule examples and the fixture articles — that a pattern which
// matches a text is always among the patterns SelectPatterns keeps for it.
#include "rules/pattern_prefilter.h"

#include <re2/re2.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include <catch2/catch.hpp>

#include "rules/rule_loader.h"
#include "rules_test_util.h"

namespace factlint {
namespace {

// {quantity} expands large, {troop_noun} small, {gaz:…} to a whole gazetteer.
std::optional<std::string> FakeExpand(std::string_view piece) {
  std::string out(piece);
  auto replace = [&](const std::string& ref, const std::string& with) {
    for (size_t at = out.find(ref); at != std::string::npos; at = out.find(ref, at + with.size())) {
      out.replace(at, ref.size(), with);
    }
  };
  replace("{quantity}", "(?:" + std::string(700, 'q') + ")");
  replace("{troop_noun}", "(?:soldats|troupes)");
  replace("{gaz:places}", "(?:" + std::string(2000, 'p') + ")");
  if (out.find('{') != std::string::npos && out.find("{0,") == std::string::npos &&
      out.find("\\p{") == std::string::npos) {
    return std::nullopt;
  }
  return out;
}

TEST_CASE("A filter keeps the runs of light pieces between heavy ones", "[prefilter]") {
  PatternFilter f = ComputePatternFilter(
      "(?P<quantity>{quantity}) (?:de |d')?{troop_noun} (?:en|vers) (?P<region>{gaz:places})",
      FakeExpand);
  REQUIRE(f.branches.size() == 1);
  CHECK(f.branches[0] ==
        std::vector<std::string>{" (?:de |d')?(?:soldats|troupes) (?:en|vers) "});
}

TEST_CASE("A filter has one branch per top-level alternative", "[prefilter]") {
  PatternFilter f = ComputePatternFilter("selon (?P<quote>x)|d'après (?P<quote2>y)", FakeExpand);
  REQUIRE(f.branches.size() == 2);
  CHECK(f.branches[0] == std::vector<std::string>{"selon (?P<quote>x)"});
  CHECK(f.branches[1] == std::vector<std::string>{"d'après (?P<quote2>y)"});
}

TEST_CASE("Patterns a filter cannot narrow always run", "[prefilter]") {
  // All gazetteer: nothing light to require.
  CHECK(ComputePatternFilter("(?P<value>{gaz:places})", FakeExpand).always());
  // A flag directive changes what the rest means: not cut up.
  CHECK(ComputePatternFilter("(?i)soldats (?P<n>\\d+)", FakeExpand).always());
  // One branch with no condition makes the whole pattern run.
  CHECK(ComputePatternFilter("soldats (?P<n>\\d+)|(?P<m>{gaz:places})", FakeExpand).always());
  // Only spaces and classes: too little to be worth a condition.
  CHECK(ComputePatternFilter("(?P<n>{quantity}) [a-z]+ (?P<p>{gaz:places})", FakeExpand)
            .always());
}

TEST_CASE("Conditions widen Unicode classes and leave out far-counting repetitions",
          "[prefilter]") {
  PatternFilter f =
      ComputePatternFilter("\\p{Lu}[\\pL'-]+, âgée? de [^.;]{1,60} ans\\b", FakeExpand);
  REQUIRE(f.branches.size() == 1);
  REQUIRE(f.branches[0].size() == 2);
  CHECK(f.branches[0][0] ==
        "[A-Za-z\\x{80}-\\x{10FFFF}][A-Za-z\\x{80}-\\x{10FFFF}'-]+, âgée? de ");
  CHECK(f.branches[0][1] == " ans\\b");
  // The widened condition matches wherever the original run does.
  RE2 original("\\p{Lu}[\\pL'-]+, âgée? de ");
  RE2 widened(f.branches[0][0]);
  for (const char* text : {"Élodie, âgée de ", "Ørsted, âgé de ", "Jean-Luc, âgé de "}) {
    CHECK(RE2::PartialMatch(text, original));
    CHECK(RE2::PartialMatch(text, widened));
  }
}


TEST_CASE("The prefilter never leaves out a pattern that matches (shipped pack)",
          "[prefilter]") {
  Diagnostics errors;
  std::optional<RulePack> pack =
      LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &errors, nullptr, RulePackOptions{});
  for (const Status& e : errors) INFO(e.ToString());
  REQUIRE(pack.has_value());
  std::vector<std::string> texts = testing::ShippedTexts(*pack);
  REQUIRE(texts.size() > 100);
  size_t matched = 0, narrowed = 0;
  for (const std::string& text : texts) {
    for (Lang lang : kRuleLanguages) {
      std::set<std::pair<size_t, size_t>> selected;
      for (const RulePack::SelectedRule& s : pack->SelectPatterns(lang, text)) {
        for (size_t p : s.patterns) selected.emplace(s.rule, p);
      }
      for (size_t r = 0; r < pack->rules().size(); ++r) {
        const CompiledRule& rule = pack->rules()[r];
        for (size_t p = 0; p < rule.patterns.size(); ++p) {
          if (rule.patterns[p].lang != lang) continue;
          if (selected.count({r, p}) == 0) ++narrowed;
          if (!RE2::PartialMatch(text, *rule.patterns[p].regex())) continue;
          ++matched;
          INFO(rule.rule.id << " pattern " << p << " on: " << text.substr(0, 200));
          CHECK(selected.count({r, p}) == 1);
        }
      }
    }
  }
  CHECK(matched > 100);      // the check saw real matches
  CHECK(narrowed > matched);  // and the prefilter did leave patterns out
}

TEST_CASE("Named groups read from a lazy pack's sources are RE2's (shipped pack)",
          "[prefilter]") {
  Diagnostics eager_errors, lazy_errors;
  std::optional<RulePack> eager = LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &eager_errors);
  std::optional<RulePack> lazy = LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &lazy_errors,
                                              nullptr, RulePackOptions{.lazy = true});
  REQUIRE(eager.has_value());
  REQUIRE(lazy.has_value());
  REQUIRE(eager->rules().size() == lazy->rules().size());
  for (size_t r = 0; r < eager->rules().size(); ++r) {
    const CompiledRule& e = eager->rules()[r];
    const CompiledRule& l = lazy->rules()[r];
    REQUIRE(e.patterns.size() == l.patterns.size());
    for (size_t p = 0; p < e.patterns.size(); ++p) {
      INFO(e.rule.id << " pattern " << p);
      CHECK(e.patterns[p].groups == l.patterns[p].groups);
      CHECK(e.patterns[p].expanded == l.patterns[p].expanded);
      CHECK(e.patterns[p].re->compiled());
    }
  }
  // Loading lazily compiled nothing.
  size_t compiled = 0;
  for (const CompiledRule& rule : lazy->rules()) {
    for (const CompiledPattern& p : rule.patterns) compiled += p.re->compiled() ? 1 : 0;
  }
  CHECK(compiled == 0);
}

TEST_CASE("A lazy load still reports a pattern that does not parse, with RE2's message",
          "[prefilter]") {
  const std::string yaml = R"yaml(
gazetteer: places
entries:
  PL: {aliases: [Pologne]}
rules:
  - id: broken
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['(?P<quote>\d+ soldats en {gaz:places}']
    examples: {match: [{text: x}]}
)yaml";
  Diagnostics eager_errors, lazy_errors;
  BuildRulePack({{"t.yaml", yaml}}, &eager_errors);
  BuildRulePack({{"t.yaml", yaml}}, &lazy_errors, nullptr, RulePackOptions{.lazy = true});
  REQUIRE(eager_errors.size() == 1);
  REQUIRE(lazy_errors.size() == 1);
  CHECK(lazy_errors[0].ToString() == eager_errors[0].ToString());
  CHECK(lazy_errors[0].ToString().find("is not a valid RE2 pattern: missing )") !=
        std::string::npos);
}

TEST_CASE("A lazy pattern too large for RE2 fails when first needed, at the pattern",
          "[prefilter]") {
  // (?:{gaz:big} ){0,1000} is small to parse and far too large to compile.
  std::string entries;
  for (int i = 0; i < 1000; ++i) {
    std::string name;
    uint32_t x = static_cast<uint32_t>(i) * 2654435761u + 12345u;
    for (int k = 0; k < 12; ++k, x = x * 1103515245u + 12345u) {
      name += static_cast<char>('a' + (x >> 16) % 26);
    }
    entries += "  ID" + std::to_string(i) + ": {aliases: [" + name + "]}\n";
  }
  const std::string yaml = "gazetteer: big\nentries:\n" + entries + R"yaml(rules:
  - id: huge
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['(?P<quote>(?:{gaz:big} ){0,1000})']
    examples: {match: [{text: x}]}
)yaml";
  Diagnostics errors;
  std::optional<RulePack> pack =
      BuildRulePack({{"t.yaml", yaml}}, &errors, nullptr, RulePackOptions{.lazy = true});
  REQUIRE(pack.has_value());
  const CompiledPattern& p = pack->FindRule("huge")->patterns[0];
  CHECK(p.regex() == nullptr);
  CHECK(p.re->status().ToString() ==
        "t.yaml:" + std::to_string(p.loc.line) + ":" + std::to_string(p.loc.column) +
            ": error: pattern of rule 'huge' is too large: RE2 cannot compile it within 64 MiB");
}

}  // namespace
}  // namespace factlint
