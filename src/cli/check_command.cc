#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "cli/check_findings.h"
#include "cli/commands.h"
#include "cli/emit.h"
#include "cli/pipeline.h"
#include "compare/compare.h"
#include "report/html_writer.h"
#include "report/json_writer.h"
#include "report/markdown_writer.h"
#include "report/sarif_writer.h"
#include "report/text_writer.h"

namespace factlint {
namespace {

bool UseColor(const Config& config) {
  switch (config.color) {
    case ColorMode::kAlways: return true;
    case ColorMode::kNever: return false;
    case ColorMode::kAuto: return config.output.empty() && ::isatty(STDOUT_FILENO) != 0;
  }
  return false;
}

int SeverityRank(Severity s) {
  switch (s) {
    case Severity::kInfo: return 0;
    case Severity::kWarning: return 1;
    case Severity::kError: return 2;
  }
  return 0;
}

// SARIF locations are relative to the directory factlint runs in.
std::string WorkingDirectory() {
  std::error_code ec;
  std::filesystem::path cwd = std::filesystem::current_path(ec);
  return ec ? std::string() : cwd.string();
}

}  // namespace

int RunCheck(const Config& config, std::ostream& out, std::ostream& err) {
  std::optional<RulePack> pack = LoadRules(config, err);
  if (!pack) return kExitError;
  // The articles' findings, or a gate's (--against), less the baseline's.
  Result<CheckedFindings> checked = CheckFindings(config, *pack, err);
  if (!checked.ok()) {
    err << checked.status().ToString() << "\n";
    return kExitError;
  }
  Report report;
  report.articles = checked->articles;
  report.claims = checked->claims;
  report.findings = std::move(checked->findings);
  report.suppressed = checked->suppressed;
  report.stale = checked->stale;

  for (const Finding& f : report.findings) {
    if (const CompiledRule* rule = pack->FindRule(f.rule_id)) {
      report.rules[f.rule_id] = RuleInfo{rule->rule.description, rule->rule.severity};
    }
  }

  std::ostringstream rendered;
  switch (config.format) {
    case OutputFormat::kJson:
      WriteJson(report, rendered);
      break;
    case OutputFormat::kSarif:
      WriteSarif(report, SarifOptions{FACTLINT_VERSION, WorkingDirectory()}, rendered);
      break;
    case OutputFormat::kMarkdown:
      WriteMarkdown(report, MarkdownOptions{}, rendered);
      break;
    case OutputFormat::kHtml:
      WriteHtml(report, HtmlOptions{FACTLINT_VERSION}, rendered);
      break;
    case OutputFormat::kText:
    case OutputFormat::kJsonl:
      WriteText(report, TextOptions{UseColor(config)}, rendered);
      break;
  }
  if (!Emit(config, rendered.str(), out, err)) return kExitError;

  if (!config.fail_on) return kExitOk;
  for (const Finding& f : report.findings) {
    if (f.kind == FindingKind::kCorroborated) continue;
    if (SeverityRank(f.severity) >= SeverityRank(*config.fail_on)) return kExitFindings;
  }
  return kExitOk;
}

}  // namespace factlint
