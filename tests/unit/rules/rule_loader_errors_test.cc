// BuildRulePack on broken packs: every problem is reported, each at the exact
// file:line:col of the YAML node it is about, with a message that helps.
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <tuple>
#include <vector>

#include "rules/rule_loader.h"
#include "rules_test_util.h"

namespace factlint {
namespace {

using testing::Has;
using testing::Load;
using testing::Loaded;

TEST_CASE("A YAML syntax error is reported at its 1-based position", "[rule_loader][errors]") {
  Loaded loaded = Load("rules:\n  - id: a\n    slot: b\n      c: d\n");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].code() == StatusCode::kRuleError);
  CHECK(loaded.errors[0].loc().line == 4);
  CHECK(loaded.errors[0].loc().column == 8);
  CHECK(loaded.errors[0].message().find("invalid YAML") != std::string::npos);
}

TEST_CASE("An unclosed flow sequence is a syntax error, not a crash", "[rule_loader][errors]") {
  Loaded loaded = Load("rules: [\n");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].message().find("invalid YAML") != std::string::npos);
}

// yaml-cpp 0.7's LoadAll loops without end, allocating, on a ',' it cannot place at the
// top of a document (found by rule_loader_fuzz: a 477-byte file took gigabytes).
TEST_CASE("A ',' outside any flow collection is a syntax error, not an endless parse",
          "[rule_loader][errors]") {
  for (const auto& [text, line, column] :
       std::vector<std::tuple<std::string, int, int>>{{",", 1, 1},
                                                      {"\"a\",", 1, 4},
                                                      {", Moscow, USA]\n  GB:\n", 1, 1},
                                                      {"- a\n,\n", 2, 1},
                                                      {"rules: []\n---\n,x\n", 3, 1}}) {
    Loaded loaded = Load(text);
    INFO(text << "\n" << loaded.Dump());
    CHECK_FALSE(loaded.pack.has_value());
    REQUIRE(loaded.errors.size() == 1);
    CHECK(loaded.errors[0].loc().line == line);
    CHECK(loaded.errors[0].loc().column == column);
    CHECK(loaded.errors[0].message() == "invalid YAML: ',' outside [...] or {...}");
  }
  // Commas where YAML allows them still read.
  Loaded fine = Load("patterns:\n  list: 'a, b'\n  more: \"x, y\"\n# a comment, here\n");
  INFO(fine.Dump());
  CHECK(fine.errors.empty());
}

TEST_CASE("Unknown top-level keys are errors with a suggestion", "[rule_loader][errors]") {
  Loaded loaded = Load("rulez: []\n");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 1, 1, "unknown key 'rulez' in rule file (did you mean 'rules'?)"));
  CHECK(Has(loaded.errors, 1, 1, "valid keys: patterns, gazetteer, entries, modality, rules"));
}

TEST_CASE("An unknown rule key is reported with the closest valid key, with the missing one",
          "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value: {type: quote}
    paterns: ['(?P<quote>x)']
    examples:
      match: [{text: x}]
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 7, 5, "unknown key 'paterns' in rule (did you mean 'patterns'?)"));
  CHECK(Has(loaded.errors, 7, 5, "valid keys: id, description, language, slot, key, value"));
  CHECK(Has(loaded.errors, 2, 5, "missing required key 'patterns' in rule 'r1'"));
  CHECK(loaded.errors.size() == 2);
}

TEST_CASE("Unknown keys are reported at every level", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value: {type: quantity, unit: x, tolerence: 0.2}
    patterns: ['(?P<quantity>\d+)']
    examples:
      match: [{text: "1", valeur: 1}]
      no_mach: []
gazetteer: g
entries:
  A: {alias: [a]}
)yaml");
  INFO(loaded.Dump());
  CHECK(Has(loaded.errors, 6, 38,
            "unknown key 'tolerence' in value of rule 'r1' (did you "
            "mean 'tolerance'?)"));
  CHECK(Has(loaded.errors, 9, 27,
            "unknown key 'valeur' in 'match' example of rule 'r1' (did "
            "you mean 'value'?)"));
  CHECK(Has(loaded.errors, 10, 7,
            "unknown key 'no_mach' in examples of rule 'r1' (did you "
            "mean 'no_match'?)"));
  CHECK(Has(loaded.errors, 13, 7,
            "unknown key 'alias' in entry 'A' of gazetteer 'g' (did you "
            "mean 'aliases'?)"));
  CHECK(loaded.errors.size() == 4);
}

TEST_CASE("Missing required fields are reported at the rule", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    patterns: ['x']
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  for (const char* key : {"description", "language", "slot", "value", "examples"}) {
    CHECK(Has(loaded.errors, 2, 5, std::string("missing required key '") + key + "' in rule 'r1'"));
  }
}

TEST_CASE("Wrong types are reported at the value", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value: {type: quantity, unit: soldier, tolerance: abc}
    patterns: "(?P<quantity>\\d+)"
    examples:
      match: {text: x}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 7, 15, "'patterns' in rule 'r1' must be a list, not a string"));
  CHECK(Has(loaded.errors, 6, 55, "must be a number, not 'abc'"));
  CHECK(Has(loaded.errors, 9, 14, "'match' in rule 'r1' must be a list, not a mapping"));
}

TEST_CASE("A broken 'patterns' field does not cascade into example errors",
          "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns: {a: b}
    examples: {match: [{text: x, captures: {quote: x}}]}
)yaml");
  INFO(loaded.Dump());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(Has(loaded.errors, 7, 15, "'patterns' in rule 'r1' must be a list, not a mapping"));
}

TEST_CASE("A rule that is not a mapping, and a description on two lines", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - just a string
  - id: r2
    description: |
      first line
      second line
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['(?P<quote>x)']
    examples: {match: [{text: x}]}
)yaml");
  INFO(loaded.Dump());
  CHECK(Has(loaded.errors, 2, 5, "rule must be a mapping, not a string"));
  CHECK(Has(loaded.errors, 4, 18, "description of rule 'r2' must be one line"));
}

TEST_CASE("Invalid enum values list the valid ones", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    description: d
    language: [fr, de]
    slot: s
    value: {type: quantite}
    patterns: ['(?P<quantity>\d+)']
    severity: fatal
    key:
      who: txt
    examples:
      match: [{text: "1", qualifier: at_most, modality: planed}]
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 4, 20, "unknown language 'de' in rule 'r1'"));
  CHECK(Has(loaded.errors, 4, 20, "valid languages: fr, en"));
  CHECK(Has(loaded.errors, 6, 19,
            "invalid value type 'quantite' in rule 'r1' (did you mean "
            "'quantity'?); valid types: quantity, category, set, quote"));
  CHECK(Has(loaded.errors, 8, 15,
            "invalid severity 'fatal' in rule 'r1'; valid values: error, "
            "warning, info"));
  CHECK(Has(loaded.errors, 10, 12,
            "invalid kind 'txt' for key field 'who' of rule 'r1' (did "
            "you mean 'text'?)"));
  CHECK(Has(loaded.errors, 12, 38,
            "unknown qualifier 'at_most' in 'match' example of rule "
            "'r1' (did you mean 'at-most'?); valid qualifiers: exact, "
            "approx, at-most, at-least, more-than, less-than, range, "
            "vague"));
  CHECK(Has(loaded.errors, 12, 57,
            "unknown modality 'planed' in 'match' example of rule 'r1' "
            "(did you mean 'planned'?)"));
}

TEST_CASE("Keys that do not apply to the value type are errors", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value:
      type: category
      unit: soldier
    patterns: ['(?P<value>x)']
    examples: {match: [{text: x}]}
)yaml");
  INFO(loaded.Dump());
  CHECK(Has(loaded.errors, 8, 7,
            "key 'unit' does not apply to value type 'category' in rule "
            "'r1'; valid keys for category: type, capture, gazetteer"));
  CHECK(Has(loaded.errors, 7, 7, "missing required key 'gazetteer' in value of rule 'r1'"));
}

TEST_CASE("An unknown sub-pattern is reported at the pattern with a suggestion",
          "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(patterns:
  number: '\d+'
rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value: {type: quantity, unit: x}
    patterns:
      - '(?P<quantity>{numbr}) soldats'
    examples: {match: [{text: "1 soldats"}]}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(Has(loaded.errors, 10, 9,
            "unknown sub-pattern '{numbr}' in pattern of rule 'r1' (did "
            "you mean 'number'?)"));
}

TEST_CASE("A cycle between sub-patterns is reported once", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(patterns:
  a: 'x{b}'
  b: 'y|{c}'
  c: '{a}'
  self: '{self}'
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 4, 6, "cycle between sub-patterns: a -> b -> c -> a"));
  CHECK(Has(loaded.errors, 5, 9, "cycle between sub-patterns: self -> self"));
  CHECK(loaded.errors.size() == 2);
}

TEST_CASE("A named group inside a sub-pattern is an error", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(patterns:
  number:
    fr: '(?P<n>\d+)'
    en: '\d+'
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(Has(loaded.errors, 3, 9, "sub-pattern 'number' contains the named group 'n'"));
}

TEST_CASE("A sub-pattern without the rule's language is reported at the rule pattern",
          "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(patterns:
  qualifier: {fr: 'environ'}
  quantity: '(?:{qualifier} )?\d+'
rules:
  - id: r1
    description: d
    language: [fr, en]
    slot: s
    value: {type: quantity, unit: x}
    patterns: ['(?P<quantity>{quantity})']
    examples: {match: [{text: "1"}]}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(Has(loaded.errors, 10, 16,
            "pattern of rule 'r1' for en uses sub-pattern 'qualifier', "
            "which has no 'en' variant (through quantity -> qualifier)"));
}

TEST_CASE("Unknown gazetteers and parents outside the gazetteer are errors",
          "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(gazetteer: places
entries:
  US: {aliases: [USA]}
  US-NC: {parent: UK, aliases: [N.C.]}
rules:
  - id: r1
    description: d
    language: fr
    slot: s
    key: {region: {gazetteer: place}}
    value: {type: category, gazetteer: countries}
    patterns: ['(?P<value>{gaz:placs}) (?P<region>x)']
    examples: {match: [{text: x}]}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 4, 19,
            "parent 'UK' of 'US-NC' is not in gazetteer 'places' (did "
            "you mean 'US'?)"));
  CHECK(Has(loaded.errors, 10, 31,
            "unknown gazetteer 'place' in key field 'region' of rule "
            "'r1' (did you mean 'places'?)"));
  CHECK(Has(loaded.errors, 11, 40, "unknown gazetteer 'countries' in value of rule 'r1'"));
  CHECK(Has(loaded.errors, 12, 16,
            "unknown gazetteer 'placs' in {gaz:placs} in pattern of "
            "rule 'r1' (did you mean 'places'?)"));
}

TEST_CASE("A parent cycle in a gazetteer is an error", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(gazetteer: g
entries:
  A: {parent: B}
  B: {parent: A}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(Has(loaded.errors, 3, 15, "parent cycle in gazetteer 'g': A -> B -> A"));
}

TEST_CASE("A pattern RE2 rejects is reported with RE2's message at the pattern",
          "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(patterns:
  broken: 'a{2,1}'
rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns:
      - '(?P<quote>x'
      - '(?P<quote>y)**'
    examples: {match: [{text: x}]}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 2, 11,
            "sub-pattern 'broken' is not a valid RE2 pattern: invalid "
            "repetition size: {2,1}"));
  CHECK(Has(loaded.errors, 10, 9,
            "pattern of rule 'r1' is not a valid RE2 pattern: missing ): "
            "(?P<quote>x"));
  CHECK(Has(loaded.errors, 11, 9, "bad repetition operator: **"));
  for (const Status& s : loaded.errors) {
    if (s.loc().line == 10) CHECK(s.ToString().rfind("t.yaml:10:9: error: ", 0) == 0);
  }
}

TEST_CASE("Every pattern must capture the value; key fields and speaker need one pattern",
          "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    description: d
    language: fr
    slot: s
    key: {region: text}
    value: {type: quote, speaker: who}
    patterns:
      - '(?P<quote>x) (?P<region>y) (?P<who>z)'
      - '(?P<quote>x) (?P<who>z)'
      - '(?P<region>y) (?P<who>z)'
    examples: {match: [{text: x y z}]}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 11, 9, "has no named group 'quote', which the value reads"));
  CHECK(loaded.errors.size() == 1);
}

TEST_CASE("A key field no pattern captures is an error at the first pattern",
          "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    description: d
    language: fr
    slot: s
    key: {region: text}
    value: {type: quote}
    patterns:
      - '(?P<quote>x) y'
      - '(?P<quote>x) z'
    examples: {match: [{text: x y}]}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 9, 9, "no pattern of rule 'r1' has a named group 'region'"));
  CHECK(loaded.errors.size() == 1);
}

TEST_CASE("Duplicate rule ids name both places", "[rule_loader][errors]") {
  const char* rule = R"yaml(rules:
  - id: dup
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['(?P<quote>x)']
    examples: {match: [{text: x}]}
)yaml";
  Loaded loaded = Load({{"a.yaml", rule}, {"b.yaml", rule}});
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].ToString() ==
        "b.yaml:2:9: error: duplicate rule id 'dup' (first defined at a.yaml:2:9)");
}

TEST_CASE("A rule without a match example is an error", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['(?P<quote>x)']
    examples:
      no_match: [y]
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(Has(loaded.errors, 9, 7, "rule 'r1' has no 'match' example"));
}

TEST_CASE("Bad example expectations are reported at the value", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(gazetteer: places
entries: {DE: {aliases: [Allemagne]}}
rules:
  - id: q
    description: d
    language: fr
    slot: s
    key: {region: text}
    value: {type: quantity, unit: x}
    patterns: ['(?P<quantity>\d+) (?P<region>\w+)']
    examples:
      match:
        - {text: "1 a", value: "[0, 5000"}
        - {text: "1 a", value: "(5000, 100]"}
        - {text: "1 a", value: [1, 2, 3]}
        - {text: "1 a", value: "5 000"}
        - {text: "1 a", key: {regoin: a}}
        - {text: "1 a", captures: {nombre: "1"}}
  - id: c
    description: d
    language: fr
    slot: s
    value: {type: set, gazetteer: places}
    patterns: ['(?P<items>\w+)']
    examples:
      match:
        - {text: Allemagne, value: [DE, XX]}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 13, 32, "bad interval '[0, 5000' in example value of rule 'q'"));
  CHECK(Has(loaded.errors, 14, 32, "bad interval '(5000, 100]'"));
  CHECK(Has(loaded.errors, 15, 32, "a list needs exactly two numbers [lo, hi], not 3"));
  CHECK(Has(loaded.errors, 16, 32, "bad value '5 000' in example value of rule 'q'"));
  CHECK(Has(loaded.errors, 17, 31,
            "'regoin' is not a key field of rule 'q' (did you mean "
            "'region'?)"));
  CHECK(Has(loaded.errors, 18, 11,
            "example of rule 'q' expects capture 'nombre', which no "
            "pattern of the rule names"));
  CHECK(Has(loaded.errors, 27, 41,
            "unknown id 'XX' in example of rule 'c': not in gazetteer "
            "'places'"));
}

TEST_CASE("Several problems in one file are all reported, in file order", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(patterns:
  a: '(?P<x>a)'
rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['(?P<quote>{nope})']
    severity: high
    examples: {match: [{text: x}]}
  - id: r2
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['(?P<quote>(x)']
    examples: {match: [{text: x}]}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 4);
  CHECK(loaded.errors[0].loc().line == 2);
  CHECK(loaded.errors[1].loc().line == 9);
  CHECK(loaded.errors[2].loc().line == 10);
  CHECK(loaded.errors[3].loc().line == 17);
}

TEST_CASE("Duplicate keys in a mapping are errors", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(rules:
  - id: r1
    description: d
    id: r2
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['(?P<quote>x)']
    examples: {match: [{text: x}]}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 4, 5, "duplicate key 'id' in rule (first defined at t.yaml:2:5)"));
}

TEST_CASE("Bad modality cues are reported at the cue", "[rule_loader][errors]") {
  Loaded loaded = Load(R"yaml(modality:
  planned:
    fr: ['envisag[e', 'a)|(b']
  planed:
    fr: ['x']
  reported:
    de: ['laut']
rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['(?P<quote>x)']
    modality:
      planned: {en: [could]}
    examples: {match: [{text: x}]}
)yaml");
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 3, 10,
            "modality cue 'envisag[e' is not a valid RE2 pattern: "
            "missing ]: [e"));
  CHECK(Has(loaded.errors, 3, 23, "modality cue 'a)|(b' has unbalanced parentheses"));
  CHECK(Has(loaded.errors, 4, 3,
            "unknown modality 'planed' in 'modality' (did you mean "
            "'planned'?); valid modalities: stated, planned, reported"));
  CHECK(Has(loaded.errors, 7, 5, "unknown language 'de'"));
  CHECK(Has(loaded.errors, 16, 22, "cues for 'en' in rule 'r1', which is not written for en"));
}

TEST_CASE("Columns count code points, not bytes", "[rule_loader][errors]") {
  Loaded loaded = Load("gazetteer: g\nentries:\n  A: {parent: é, aliasés: [é]}\n");
  INFO(loaded.Dump());
  // "é" is two bytes: 'aliasés' starts at byte 19 but at the 18th character.
  CHECK(Has(loaded.errors, 3, 18, "unknown key 'aliasés'"));
  CHECK(Has(loaded.errors, 3, 15, "parent 'é' of 'A' is not in gazetteer 'g'"));
}

TEST_CASE("NUL bytes and invalid UTF-8 are reported where they are", "[rule_loader][errors]") {
  Loaded nul = Load(std::string("rules:\n  - id: a\0b\n", 18));
  REQUIRE(nul.errors.size() == 1);
  CHECK(nul.errors[0].ToString() == "t.yaml:2:10: error: NUL byte in a rule file");
  Loaded bad = Load("rules:\n  - id: é\xff\n");
  REQUIRE(bad.errors.size() == 1);
  CHECK(bad.errors[0].ToString() == "t.yaml:2:10: error: invalid UTF-8 in a rule file");
  Loaded overlong = Load("a: \xC0\xAF\n");
  REQUIRE(overlong.errors.size() == 1);
  CHECK(overlong.errors[0].loc().column == 4);
  CHECK_FALSE(bad.pack.has_value());
}

TEST_CASE("A billion-laughs alias bomb fails cleanly and fast", "[rule_loader][errors]") {
  std::string yaml =
      "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
  char previous = 'a';
  for (char c = 'b'; c <= 'i'; ++c) {
    yaml += std::string(1, c) + ": &" + c + " [";
    for (int i = 0; i < 9; ++i) yaml += std::string(i > 0 ? "," : "") + "*" + previous;
    yaml += "]\n";
    previous = c;
  }
  yaml += "rules: [*i, *i, *i, *i, *i, *i, *i, *i, *i]\n";
  auto start = std::chrono::steady_clock::now();
  Loaded loaded = Load(yaml);
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(loaded.errors[0].message().find("more than 1000000 nodes") != std::string::npos);
  CHECK(seconds < 5.0);
}

TEST_CASE("Nested sub-patterns that blow up in size are refused", "[rule_loader][errors]") {
  std::string yaml = "patterns:\n  p0: 'abcdefgh'\n";
  for (int i = 1; i <= 22; ++i) {
    yaml += "  p" + std::to_string(i) + ": '{p" + std::to_string(i - 1) + "}{p" +
            std::to_string(i - 1) + "}'\n";
  }
  Loaded loaded = Load(yaml);
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE_FALSE(loaded.errors.empty());
  CHECK(loaded.errors[0].message().find("expands to more than 4 MiB") != std::string::npos);
}

TEST_CASE("Garbage input never crashes the loader", "[rule_loader][errors]") {
  for (std::string input :
       {std::string("\0\0\0", 3), std::string("rules: \xff\xfe"), std::string("- [a, b]"),
        std::string("42"), std::string("rules: {a: b}"), std::string("? [a]\n: b\n"),
        std::string("rules:\n  - id: x\n    patterns: [[a]]\n"), std::string(5000, '['),
        std::string("\xEF\xBB\xBFrulez: 1\n")}) {
    Loaded loaded = Load(input);
    CHECK_FALSE(loaded.pack.has_value());
    CHECK_FALSE(loaded.errors.empty());
  }
}

TEST_CASE("Warnings: shadowed aliases and unused named groups", "[rule_loader][warnings]") {
  Loaded loaded = Load(R"yaml(gazetteer: places
entries:
  US-GA: {aliases: [Georgia]}
  GE: {aliases: [Géorgie, georgia]}
rules:
  - id: r1
    description: d
    language: fr
    slot: s
    value: {type: category, gazetteer: places}
    patterns: ['(?P<value>{gaz:places}) (?P<extra>\d+)']
    examples: {match: [{text: Georgia 1, value: GE}]}
)yaml");
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());  // warnings do not fail the load
  CHECK(loaded.errors.empty());
  CHECK(Has(loaded.warnings, 4, 27,
            "alias 'georgia' of 'GE' is also an alias of 'US-GA' in "
            "gazetteer 'places'; lookups resolve it to 'US-GA'"));
  CHECK(Has(loaded.warnings, 11, 16,
            "named group 'extra' in pattern of rule 'r1' is not used "
            "by the key, the value or the speaker"));
  CHECK(loaded.warnings.size() == 2);
  CHECK(loaded.warnings[0].loc().line < loaded.warnings[1].loc().line);
}

}  // namespace
}  // namespace factlint

namespace factlint {
namespace {

std::string HugeRule(const std::string& id, int copies) {
  std::string pattern;
  for (int i = 0; i < copies; ++i) pattern += R"(\pL{1000}x)";
  return "  - id: " + id +
         "\n    description: d\n    language: fr\n    slot: s\n"
         "    value: {type: quote}\n    patterns: ['(?P<quote>" +
         pattern +
         ")']\n"
         "    examples: {match: [{text: x}]}\n";
}

TEST_CASE("A pattern over RE2's memory budget is reported at the pattern",
          "[rule_loader][errors]") {
  testing::Loaded loaded = testing::Load("rules:\n" + HugeRule("huge", 5));
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  REQUIRE(loaded.errors.size() == 1);
  CHECK(testing::Has(loaded.errors, 7, 16,
                     "pattern of rule 'huge' is too large: RE2 cannot "
                     "compile it within 64 MiB"));
}

}  // namespace
}  // namespace factlint
