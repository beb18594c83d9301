#include "report/sarif_writer.h"

#include <map>

#include "compare/fingerprint.h"
#include "report/claim_display.h"
#include "report/claim_json.h"

namespace factlint {
namespace {

constexpr std::string_view kSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr std::string_view kFingerprintKey = "factlintFinding/v1";

std::string_view Level(Severity s) {
  switch (s) {
    case Severity::kError: return "error";
    case Severity::kWarning: return "warning";
    case Severity::kInfo: return "note";
  }
  return "none";
}

std::string PercentEncode(std::string_view path) {
  static constexpr std::string_view kHex = "0123456789ABCDEF";
  std::string out;
  for (char ch : path) {
    const unsigned char c = static_cast<unsigned char>(ch);
    const bool plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                       c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (plain) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

// Where the match ends: SARIF's endColumn is the column just after it.
std::pair<int, int> EndOf(const Claim& c) {
  int line = c.loc.line;
  int column = c.loc.column;
  for (size_t i = 0; i < c.text.size(); ++i) {
    const unsigned char b = static_cast<unsigned char>(c.text[i]);
    if (b == '\n') {
      ++line;
      column = 1;
    } else if (b == '\r' && i + 1 < c.text.size() && c.text[i + 1] == '\n') {
      continue;
    } else if ((b & 0xC0) != 0x80) {
      ++column;
    }
  }
  return {line, column};
}

Json PhysicalLocation(const Claim& c, const SarifOptions& options) {
  Json artifact;
  bool relative = false;
  artifact["uri"] = ArtifactUri(c.loc.file, options.base_dir, &relative);
  if (relative) artifact["uriBaseId"] = "%SRCROOT%";
  Json physical;
  physical["artifactLocation"] = artifact;
  if (c.loc.line > 0) {
    Json region;
    region["startLine"] = c.loc.line;
    if (c.loc.column > 0) {
      region["startColumn"] = c.loc.column;
      auto [end_line, end_column] = EndOf(c);
      region["endLine"] = end_line;
      region["endColumn"] = end_column;
    }
    region["snippet"] = Json{{"text", c.text}};
    physical["region"] = region;
  }
  return physical;
}

std::string ClaimMessage(const Claim& c) {
  if (c.value.kind == ValueKind::kQuote) {
    return SourceName(c) + ": " + c.value.ToString() + " (" + DescribeValue(c) + ")";
  }
  return SourceName(c) + ": \"" + c.value_text + "\" = " + DescribeValue(c);
}

Json RuleDescriptor(const std::string& id, const Report& report, Severity fallback) {
  auto it = report.rules.find(id);
  std::string description = it != report.rules.end() ? it->second.description : "";
  if (description.empty()) description = "Sources disagree on the facts rule " + id + " extracts.";
  Json rule;
  rule["id"] = id;
  rule["shortDescription"] = Json{{"text", description}};
  rule["defaultConfiguration"] =
      Json{{"level", Level(it != report.rules.end() ? it->second.severity : fallback)}};
  return rule;
}

}  // namespace

std::string ArtifactUri(std::string_view path, std::string_view base_dir, bool* relative) {
  std::string_view p = path;
  *relative = false;
  if (!p.empty() && p.front() == '/') {
    std::string base(base_dir);
    while (base.size() > 1 && base.back() == '/') base.pop_back();
    if (!base.empty() && p.size() > base.size() + 1 && p.substr(0, base.size()) == base &&
        (p[base.size()] == '/' || base == "/")) {
      p.remove_prefix(base == "/" ? 1 : base.size() + 1);
    } else {
      return "file://" + PercentEncode(p);
    }
  }
  while (p.size() > 2 && p.substr(0, 2) == "./") p.remove_prefix(2);
  *relative = true;
  return PercentEncode(p);
}

void WriteSarif(const Report& report, const SarifOptions& options, std::ostream& out) {
  // Rules in id order, so ruleIndex is stable.
  std::map<std::string, Severity> used;
  for (const Finding& f : report.findings) {
    if (f.kind != FindingKind::kCorroborated) used.emplace(f.rule_id, f.severity);
  }
  Json rules = Json::array();
  std::map<std::string, size_t> rule_index;
  for (const auto& [id, severity] : used) {
    rule_index[id] = rules.size();
    rules.push_back(RuleDescriptor(id, report, severity));
  }

  Json results = Json::array();
  for (const Finding& f : report.findings) {
    if (f.kind == FindingKind::kCorroborated || f.claims.empty()) continue;
    Json result;
    result["ruleId"] = f.rule_id;
    result["ruleIndex"] = rule_index.at(f.rule_id);
    result["kind"] = "fail";
    result["level"] = Level(f.severity);
    std::string text = std::string(FindingKindName(f.kind)) + ": " + f.message;
    result["message"] = Json{{"text", text}};
    Json location;
    location["physicalLocation"] = PhysicalLocation(f.claims.front(), options);
    location["message"] = Json{{"text", ClaimMessage(f.claims.front())}};
    result["locations"] = Json::array({location});
    if (f.claims.size() > 1) {
      Json related = Json::array();
      for (size_t i = 1; i < f.claims.size(); ++i) {
        Json r;
        r["id"] = i;
        r["physicalLocation"] = PhysicalLocation(f.claims[i], options);
        r["message"] = Json{{"text", ClaimMessage(f.claims[i])}};
        related.push_back(r);
      }
      result["relatedLocations"] = related;
    }
    result["partialFingerprints"] = Json{{std::string(kFingerprintKey), FindingFingerprint(f)}};
    Json props;
    props["findingId"] = f.id;
    props["findingKind"] = FindingKindName(f.kind);
    props["key"] = f.key;
    props["story"] = f.claims.front().story;
    if (!f.diff.empty()) props["diff"] = f.diff;
    result["properties"] = props;
    results.push_back(result);
  }

  Json driver;
  driver["name"] = "factlint";
  if (!options.tool_version.empty()) {
    driver["version"] = options.tool_version;
    driver["semanticVersion"] = options.tool_version;
  }
  driver["rules"] = rules;

  Json counts = Json::object();
  const auto by_kind = report.CountByKind();
  for (FindingKind k : {FindingKind::kConflict, FindingKind::kDiscrepancy, FindingKind::kInternal,
                        FindingKind::kQuoteVariant, FindingKind::kCorroborated}) {
    counts[std::string(FindingKindName(k))] = by_kind.count(k) ? by_kind.at(k) : 0;
  }
  Json run;
  run["tool"] = Json{{"driver", driver}};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = results;
  run["properties"] = Json{{"articles", report.articles},
                           {"claims", report.claims},
                           {"findings", counts},
                           {"suppressed", report.suppressed},
                           {"stale", report.stale}};

  Json root;
  root["$schema"] = kSchemaUri;
  root["version"] = "2.1.0";
  root["runs"] = Json::array({run});
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace factlint
