// libFuzzer target: the sarif writer on a report full of arbitrary strings.
//
//   scripts/fuzz 600 sarif_writer_fuzz
//
// The input fills a Report as for json_writer_fuzz (report/report_fuzz_source.h), then rule
// descriptions, a base folder and a tool version. The output must parse back (nlohmann) and
// keep what a SARIF consumer relies on (the schema's constraints and GitHub's use of them):
//   - version "2.1.0", one run, columnKind unicodeCodePoints;
//   - one result per finding that is not corroborated, in order, each with a ruleId whose
//     ruleIndex points at the tool.driver.rules entry of that id, a level among error, warning
//     and note, and a fingerprint;
//   - every region has startLine >= 1, startColumn >= 1, and ends at or after its start;
//   - every artifact URI is a URI reference: only unreserved or percent-encoded bytes, no
//     space, no control character, and a uriBaseId exactly when it is relative;
//   - related locations have distinct ids;
//   - strings that were valid UTF-8 read back unchanged (ruleId, snippet, finding id).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>

#include "report/report_fuzz_source.h"
#include "report/sarif_writer.h"

namespace {

using namespace factlint;
using nlohmann::json;

void Check(bool condition) {
  if (!condition) std::abort();
}

bool IsUtf8(const std::string& s) {
  try {
    return !json(s).dump().empty();
  } catch (const json::type_error&) {
    return false;
  }
}

bool IsHex(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); }

// Only bytes a URI may hold, and every '%' starting an escape.
void CheckUri(const std::string& uri) {
  for (size_t i = 0; i < uri.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(uri[i]);
    Check(c > 0x20 && c < 0x7F);
    Check(c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`' && c != '{' &&
          c != '|' && c != '}');
    if (c == '%') Check(i + 2 < uri.size() && IsHex(uri[i + 1]) && IsHex(uri[i + 2]));
  }
}

void CheckLocation(const json& loc) {
  const json& physical = loc.at("physicalLocation");
  const json& artifact = physical.at("artifactLocation");
  const std::string uri = artifact.at("uri").get<std::string>();
  CheckUri(uri);
  const bool absolute = uri.rfind("file://", 0) == 0;
  Check(artifact.contains("uriBaseId") != absolute);
  if (!physical.contains("region")) return;
  const json& region = physical.at("region");
  const int start_line = region.at("startLine").get<int>();
  Check(start_line >= 1);
  if (region.contains("startColumn")) {
    const int start_column = region.at("startColumn").get<int>();
    const int end_line = region.at("endLine").get<int>();
    const int end_column = region.at("endColumn").get<int>();
    Check(start_column >= 1 && end_column >= 1);
    Check(end_line > start_line || (end_line == start_line && end_column >= start_column));
  }
  Check(region.at("snippet").at("text").is_string());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  ByteSource in(data, size);
  Report report = MakeFuzzReport(in);
  // Lines and columns of real claims fit in an article (at most 256 MiB).
  for (Finding& f : report.findings) {
    for (Claim& c : f.claims) {
      c.loc.line %= 1 << 28;
      c.loc.column %= 1 << 28;
    }
  }
  const int described = in.InRange(0, 2);
  for (int i = 0; i < described; ++i) {
    std::string id = in.Str();
    report.rules[id] = RuleInfo{in.Str(), in.Pick({Severity::kError, Severity::kWarning,
                                                   Severity::kInfo})};
  }
  SarifOptions options;
  options.base_dir = in.Bool() ? "/" + in.Str() : "";
  options.tool_version = in.Str();

  std::ostringstream out;
  WriteSarif(report, options, out);
  json root;
  try {
    root = json::parse(out.str());
  } catch (const json::exception&) {
    Check(false);
  }
  Check(root.at("version") == "2.1.0");
  Check(root.at("runs").size() == 1);
  const json& run = root["runs"][0];
  Check(run.at("columnKind") == "unicodeCodePoints");
  const json& rules = run.at("tool").at("driver").at("rules");
  // Rule ids come from rule files, which are valid UTF-8; two invalid ones may read the same
  // once their bad bytes are replaced.
  bool ids_utf8 = true;
  for (const Finding& f : report.findings) ids_utf8 = ids_utf8 && IsUtf8(f.rule_id);
  std::set<std::string> rule_ids;
  for (const json& r : rules) {
    Check(rule_ids.insert(r.at("id").get<std::string>()).second || !ids_utf8);
    const std::string level = r.at("defaultConfiguration").at("level").get<std::string>();
    Check(level == "error" || level == "warning" || level == "note");
    Check(r.at("shortDescription").at("text").is_string());
  }

  const json& results = run.at("results");
  size_t r = 0;
  for (const Finding& f : report.findings) {
    if (f.kind == FindingKind::kCorroborated) continue;
    Check(r < results.size());
    const json& result = results[r++];
    const std::string rule_id = result.at("ruleId").get<std::string>();
    if (IsUtf8(f.rule_id)) Check(rule_id == f.rule_id);
    const size_t index = result.at("ruleIndex").get<size_t>();
    Check(index < rules.size() && rules[index].at("id") == rule_id);
    const std::string level = result.at("level").get<std::string>();
    Check(level == "error" || level == "warning" || level == "note");
    Check(result.at("message").at("text").is_string());
    Check(result.at("partialFingerprints").at("factlintFinding/v1").is_string());
    if (IsUtf8(f.id)) Check(result.at("properties").at("findingId") == f.id);
    Check(result.at("locations").size() == 1);
    CheckLocation(result["locations"][0]);
    const json& snippet = result["locations"][0]["physicalLocation"];
    if (snippet.contains("region") && IsUtf8(f.claims.front().text)) {
      Check(snippet["region"]["snippet"]["text"] == f.claims.front().text);
    }
    if (result.contains("relatedLocations")) {
      std::set<int> ids;
      for (const json& related : result["relatedLocations"]) {
        Check(ids.insert(related.at("id").get<int>()).second);
        CheckLocation(related);
      }
    }
  }
  Check(r == results.size());
  return 0;
}
