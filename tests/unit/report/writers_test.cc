#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/json_writer.h"
#include "report/terminal_text.h"
#include "report/text_writer.h"

using namespace factlint;

namespace {

Claim MakeClaim(const std::string& file, int line, int col, double v, const std::string& text) {
  Claim c;
  c.rule_id = "troops.deployed.fr";
  c.slot = "troops.deployed";
  c.key_parts = {{"region", "EU-EAST"}};
  c.value.kind = ValueKind::kQuantity;
  c.value.unit = "soldier";
  c.value.quantity.interval = Interval::Exact(v);
  c.article_id = file;
  c.source = file;
  c.story = "s";
  c.loc = {file, line, col};
  c.text = text;
  c.value_text = text;
  c.sentence = "Les États-Unis enverront " + text + " soldats en Europe de l'Est.";
  c.excerpt = c.sentence;
  c.excerpt_column = 25;
  c.excerpt_width = static_cast<int>(text.size());
  return c;
}

Report SampleReport() {
  Report r;
  r.articles = 2;
  r.claims = 2;
  Finding f;
  f.id = "0123456789abcdef";
  f.kind = FindingKind::kConflict;
  f.severity = Severity::kError;
  f.rule_id = "troops.deployed.fr";
  f.slot = "troops.deployed";
  f.key = "troops.deployed|region=EU-EAST";
  f.message = "sources disagree";
  f.claims = {MakeClaim("a.txt", 3, 26, 3000, "3 000"), MakeClaim("b.txt", 7, 26, 2000, "2 000")};
  r.findings.push_back(f);
  return r;
}

}  // namespace

TEST_CASE("text writer prints compiler-style lines with a caret under the match") {
  std::ostringstream out;
  WriteText(SampleReport(), TextOptions{false}, out);
  std::string s = out.str();
  CHECK(s.find("a.txt:3:26: error: [troops.deployed.fr] conflict: sources disagree\n") == 0);
  CHECK(s.find("\n Les États-Unis enverront 3 000 soldats en Europe de l'Est.\n") !=
        std::string::npos);
  // The caret sits under the 26th column of the excerpt (one leading space).
  CHECK(s.find("\n" + std::string(26, ' ') + "^~~~~\n") != std::string::npos);
  CHECK(s.find("b.txt:7:26: note: \"2 000\" = [2000, 2000] soldier") != std::string::npos);
  CHECK(s.find("1 conflicts, 0 discrepancies, 0 internal, 0 quote variants, 0 corroborated (2 "
               "articles, 2 claims)") != std::string::npos);
  CHECK(s.find("\x1b[") == std::string::npos);
}

TEST_CASE("text writer colours only when asked") {
  std::ostringstream out;
  WriteText(SampleReport(), TextOptions{true}, out);
  CHECK(out.str().find("\x1b[1;31merror\x1b[0m") != std::string::npos);
}

TEST_CASE("article text cannot inject terminal escape sequences") {
  Report r = SampleReport();
  r.findings[0].claims[0].excerpt = "évil \x1b]0;pwned\x07 text \xc2\x9b" "31m";
  std::ostringstream out;
  WriteText(r, TextOptions{false}, out);
  CHECK(out.str().find('\x1b') == std::string::npos);
  CHECK(out.str().find('\x07') == std::string::npos);
  CHECK(SanitizeForTerminal("a\tb") == "a\xEF\xBF\xBD" "b");
  CHECK(SanitizeForTerminal("Kiev \xE2\x80\xAE") == "Kiev \xEF\xBF\xBD");
  CHECK(SanitizeForTerminal("« déjà »") == "« déjà »");
}

TEST_CASE("json writer emits the versioned schema with every minimum field") {
  std::ostringstream out;
  WriteJson(SampleReport(), out);
  auto j = nlohmann::json::parse(out.str());
  CHECK(j["version"] == 1);
  CHECK(j["summary"]["findings"]["conflict"] == 1);
  const auto& f = j["findings"][0];
  for (const char* field : {"id", "kind", "severity", "rule", "key", "message", "claims"})
    CHECK(f.contains(field));
  const auto& c = f["claims"][0];
  for (const char* field :
       {"file", "line", "column", "text", "sentence", "value", "qualifier", "modality"})
    CHECK(c.contains(field));
  CHECK(c["value"]["lo"] == 3000);
  CHECK(c["value"]["hi"] == 3000);
  CHECK(c["line"] == 3);
}

TEST_CASE("json writer: an unbounded interval has a null side") {
  Report r = SampleReport();
  r.findings[0].claims[0].value.quantity.interval = Interval::MoreThan(100000);
  std::ostringstream out;
  WriteJson(r, out);
  auto j = nlohmann::json::parse(out.str());
  CHECK(j["findings"][0]["claims"][0]["value"]["hi"].is_null());
  CHECK(j["findings"][0]["claims"][0]["value"]["lo_open"] == true);
}
