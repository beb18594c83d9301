#include "report/json_writer.h"

#include "report/claim_json.h"

namespace factlint {

void WriteJson(const Report& report, std::ostream& out) {
  Json root;
  root["version"] = kJsonSchemaVersion;
  Json summary;
  summary["articles"] = report.articles;
  summary["claims"] = report.claims;
  Json counts = Json::object();
  const auto by_kind = report.CountByKind();
  for (FindingKind k : {FindingKind::kConflict, FindingKind::kDiscrepancy, FindingKind::kInternal,
                        FindingKind::kQuoteVariant, FindingKind::kCorroborated}) {
    counts[std::string(FindingKindName(k))] = by_kind.count(k) ? by_kind.at(k) : 0;
  }
  summary["findings"] = counts;
  summary["suppressed"] = report.suppressed;
  summary["stale"] = report.stale;
  root["summary"] = summary;
  Json findings = Json::array();
  for (const Finding& f : report.findings) {
    Json jf;
    jf["id"] = f.id;
    jf["kind"] = FindingKindName(f.kind);
    jf["severity"] = SeverityName(f.severity);
    jf["rule"] = f.rule_id;
    jf["slot"] = f.slot;
    jf["key"] = f.key;
    jf["message"] = f.message;
    if (!f.diff.empty()) jf["diff"] = f.diff;
    Json claims = Json::array();
    for (const Claim& c : f.claims) claims.push_back(ClaimToJson(c));
    jf["claims"] = claims;
    findings.push_back(jf);
  }
  root["findings"] = findings;
  out << root.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace factlint
