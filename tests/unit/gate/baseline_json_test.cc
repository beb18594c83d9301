#include "gate/baseline_json.h"

#include <catch2/catch.hpp>

#include "compare/fingerprint.h"

using namespace factlint;

namespace {

std::string Doc(const std::string& findings, int fp_version = kFingerprintVersion) {
  return "{\n  \"version\": 1,\n  \"fingerprint_version\": " + std::to_string(fp_version) +
         ",\n  \"findings\": [" + findings + "]\n}\n";
}

Status Error(const std::string& text) {
  Result<Baseline> b = ParseBaseline(text, "ci/baseline.json");
  REQUIRE_FALSE(b.ok());
  return b.status();
}

}  // namespace

TEST_CASE("a hand-written baseline needs only fingerprints") {
  Result<Baseline> b = ParseBaseline(
      Doc("{\"fingerprint\": \"ffee000000000001\"}, {\"fingerprint\": \"0a00000000000002\"},"
          "{\"fingerprint\": \"ffee000000000001\"}"),
      "ci/baseline.json");
  REQUIRE(b.ok());
  REQUIRE(b->entries.size() == 2);
  CHECK(b->entries[0].fingerprint == "0a00000000000002");
  CHECK(b->entries[1].fingerprint == "ffee000000000001");
}

TEST_CASE("broken JSON is reported at its line and column") {
  Status st = Error("{\n  \"version\": 1,\n  \"findings\": [\n    {\"fingerprint\": \"ab\",}\n");
  CHECK(st.code() == StatusCode::kInputError);
  CHECK(st.loc().file == "ci/baseline.json");
  CHECK(st.loc().line == 4);
  CHECK(st.ToString().rfind("ci/baseline.json:4:", 0) == 0);
}

TEST_CASE("unknown keys are errors pointing at the key") {
  Status top = Error("{\"version\": 1, \"fingerprint_version\": 1, \"findings\": [], \"fail-on\": 1}");
  CHECK(top.message().find("unknown key 'fail-on'") != std::string::npos);
  CHECK(top.loc().line == 1);
  CHECK(top.loc().column == 58);

  Status entry = Error(Doc("\n    {\"fingerprint\": \"0a00000000000002\", \"severity\": \"error\"}"));
  CHECK(entry.message() == "findings[0]: unknown key 'severity' (expected 'fingerprint', "
                           "'kind', 'rule', 'key', 'articles', 'message')");
  CHECK(entry.loc().line == 5);
}

TEST_CASE("wrong values are errors, never a silent pass") {
  CHECK(Error(Doc("{\"fingerprint\": \"XYZ\"}")).message().find("16 lowercase hex") !=
        std::string::npos);
  CHECK(Error(Doc("{\"kind\": \"conflict\"}")).message() == "findings[0]: missing 'fingerprint'");
  CHECK(Error(Doc("\"0a00000000000002\"")).message() == "findings[0] must be an object");
  CHECK(Error("[]").message() == "the baseline must be a JSON object");
  CHECK(Error("{\"version\": 1, \"fingerprint_version\": 1}").message() ==
        "'findings' must be a list");
  CHECK(Error("{\"version\": \"1\", \"fingerprint_version\": 1, \"findings\": []}").message() ==
        "'version' must be an integer");
}

TEST_CASE("a newer baseline or other fingerprints are refused with what to do") {
  Status newer = Error("{\"version\": 2, \"fingerprint_version\": 1, \"findings\": []}");
  CHECK(newer.message().find("baseline version 2") != std::string::npos);
  Status other = Error(Doc("", kFingerprintVersion + 1));
  CHECK(other.message().find("--write-baseline") != std::string::npos);
  CHECK(other.loc().line == 3);
}
