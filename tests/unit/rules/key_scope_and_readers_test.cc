// The rule format's options for the general-purpose pack (docs/rules.md): key
// fields looked for around the match, units named in the text, and the date,
// weekday and time value types, with their errors at file:line:col.
#include <catch2/catch.hpp>

#include "rules/rule_loader.h"
#include "rules_test_util.h"

namespace factlint {
namespace {

using testing::Has;
using testing::Load;
using testing::Loaded;

// A pack with one rule whose `key:` and `value:` are given.
std::string Pack(const std::string& key, const std::string& value, const std::string& pattern,
                 const std::string& examples) {
  return "gazetteer: uses\n"
         "entries:\n"
         "  BAILOUT: {aliases: [rescue]}\n"
         "---\n"
         "gazetteer: currencies\n"
         "entries:\n"
         "  EUR: {aliases: [euros]}\n"
         "---\n"
         "rules:\n"
         "  - id: r\n"
         "    description: d\n"
         "    language: en\n"
         "    slot: s\n" +
         key + "    value: " + value + "\n    patterns:\n      - \"" + pattern + "\"\n" + examples;
}

}  // namespace

TEST_CASE("a key field looked for around the match needs no capture", "[rules][key]") {
  Loaded loaded = Load(Pack("    key:\n      use: {gazetteer: uses, scope: sentence, within: 30, "
                            "required: true, default: NONE}\n",
                            "{type: quantity, unit: {gazetteer: currencies}}",
                            "(?P<quantity>\\\\d+) (?P<unit>euros)",
                            "    examples:\n      match:\n        - text: \"A rescue of 5 euros\"\n"
                            "          unit: EUR\n          key: {use: BAILOUT}\n"));
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  const KeyField& use = loaded.pack->rules().front().rule.key.front();
  CHECK(use.scope == KeyScope::kSentence);
  CHECK(use.within == 30);
  CHECK(use.required);
  CHECK(use.default_value == "NONE");
  const ValueSpec& value = loaded.pack->rules().front().rule.value;
  CHECK(value.unit_gazetteer == "currencies");
  CHECK(value.unit_capture == "unit");
}

TEST_CASE("bad key field options are reported where they are written", "[rules][key]") {
  Loaded loaded = Load(Pack("    key:\n      use: {gazetteer: uses, scope: paragrah, required: yes}\n",
                            "{type: quantity, unit: person}", "(?P<quantity>\\\\d+)",
                            "    examples:\n      match:\n        - text: \"5\"\n"));
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 15, 37, "invalid scope 'paragrah'"));
  CHECK(Has(loaded.errors, 15, 37, "did you mean 'paragraph'?"));

  loaded = Load(Pack("    key:\n      use: {gazetteer: uses, scope: clause, within: -3}\n",
                     "{type: quantity, unit: person}", "(?P<quantity>\\\\d+)",
                     "    examples:\n      match:\n        - text: \"5\"\n"));
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 15, 53, "is a whole number of bytes"));
}

TEST_CASE("a unit read from a gazetteer must be captured by every pattern", "[rules][unit]") {
  Loaded loaded = Load(Pack("", "{type: quantity, unit: {gazetteer: currencies}}",
                            "(?P<quantity>\\\\d+) euros",
                            "    examples:\n      match:\n        - text: \"5 euros\"\n"));
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 16, 9, "no named group 'unit', which the unit reads"));

  loaded = Load(Pack("", "{type: quantity, unit: {gazetteer: moneys}}", "(?P<quantity>\\\\d+)",
                     "    examples:\n      match:\n        - text: \"5\"\n"));
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 14, 47, "unknown gazetteer 'moneys'"));
}

TEST_CASE("date, weekday and time values read their examples as dates and times",
          "[rules][readers]") {
  Loaded loaded = Load(Pack("", "{type: weekday}", "on (?P<value>Friday)",
                            "    examples:\n      match:\n        - text: \"on Friday\"\n"
                            "          published: 2026-05-17\n"
                            "          value: 2026-05-15\n"));
  INFO(loaded.Dump());
  REQUIRE(loaded.pack.has_value());
  const Rule& rule = loaded.pack->rules().front().rule;
  CHECK(rule.value.reader == QuantityReader::kWeekday);
  CHECK(rule.value.unit == "date");
  CHECK(rule.examples.front().published == "2026-05-17");
  CHECK(rule.examples.front().expect.interval == Interval::Exact(20588));

  loaded = Load(Pack("", "{type: time}", "at (?P<value>\\\\d+:\\\\d\\\\d)",
                     "    examples:\n      match:\n        - text: \"at 23:12\"\n"
                     "          value: [\"23:00\", \"23:30\"]\n"));
  REQUIRE(loaded.pack.has_value());
  CHECK(loaded.pack->rules().front().rule.examples.front().expect.interval ==
        Interval::Closed(1380, 1410));
}

TEST_CASE("bad dates, times and options of the reader types are errors", "[rules][readers]") {
  Loaded loaded = Load(Pack("", "{type: date, unit: day}", "(?P<value>x)",
                            "    examples:\n      match:\n        - text: \"x\"\n"
                            "          published: 17/05/2026\n"
                            "          value: 2026-02-30\n"));
  INFO(loaded.Dump());
  CHECK_FALSE(loaded.pack.has_value());
  CHECK(Has(loaded.errors, 14, 25, "key 'unit' does not apply to value type 'date'"));
  CHECK(Has(loaded.errors, 20, 22, "bad publication date '17/05/2026'"));
  CHECK(Has(loaded.errors, 21, 18, "bad date '2026-02-30'"));
}

}  // namespace factlint
