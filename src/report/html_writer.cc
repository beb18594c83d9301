#include "report/html_writer.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "report/claim_display.h"
#include "report/html_escape.h"

namespace factlint {
namespace {

constexpr FindingKind kKinds[] = {FindingKind::kConflict, FindingKind::kDiscrepancy,
                                  FindingKind::kInternal, FindingKind::kQuoteVariant,
                                  FindingKind::kCorroborated};
constexpr Severity kSeverities[] = {Severity::kError, Severity::kWarning, Severity::kInfo};

constexpr std::string_view kStyle = R"css(
:root { --ink: #1d2430; --muted: #5b6472; --line: #d8dde5; --paper: #ffffff; --wash: #f5f7fa;
  --error: #b42318; --error-bg: #fef3f2; --warning: #93370d; --warning-bg: #fffaeb;
  --info: #175cd3; --info-bg: #eff8ff; --mark: #fde68a; }
* { box-sizing: border-box; }
body { margin: 0; padding: 2rem 2.5rem 3rem; font: 15px/1.5 "Source Sans 3", "Segoe UI", Roboto,
  "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--wash); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.3rem; margin: 2.5rem 0 .75rem; padding-bottom: .3rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05rem; margin: 1.75rem 0 .5rem; }
.lede { color: var(--muted); margin: 0 0 1.25rem; }
table { border-collapse: collapse; background: var(--paper); margin: .5rem 0 1rem; }
th, td { border: 1px solid var(--line); padding: .3rem .65rem; text-align: left; vertical-align: top; }
th { background: var(--wash); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.zero { color: #a0a7b2; }
tr.total td { font-weight: 600; }
.index { width: 100%; }
.index td:nth-child(-n+2) { white-space: nowrap; }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-size: .8rem;
  font-weight: 600; letter-spacing: .02em; border: 1px solid currentColor; white-space: nowrap; }
.badge.error { color: var(--error); background: var(--error-bg); }
.badge.warning { color: var(--warning); background: var(--warning-bg); }
.badge.info { color: var(--info); background: var(--info-bg); }
.finding { background: var(--paper); border: 1px solid var(--line); border-left: 5px solid var(--muted);
  border-radius: 6px; padding: .9rem 1.1rem 1rem; margin: 1rem 0; }
.finding.error { border-left-color: var(--error); }
.finding.warning { border-left-color: var(--warning); }
.finding.info { border-left-color: var(--info); }
.finding > header { display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.finding .kind { font-weight: 700; }
.finding .fact { font-weight: 600; }
.finding .rule { color: var(--muted); font: .8rem/1.4 ui-monospace, "DejaVu Sans Mono", monospace; }
.message { margin: .35rem 0 .6rem; }
.diff { margin: 0 0 .6rem; }
del { color: var(--error); background: var(--error-bg); }
ins { color: #067647; background: #ecfdf3; text-decoration: none; font-weight: 600; }
.sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .75rem; }
.claim { margin: 0; padding: .6rem .75rem; background: var(--wash); border: 1px solid var(--line);
  border-radius: 4px; display: flex; flex-direction: column; }
.claim figcaption { font-size: .85rem; color: var(--muted); margin-bottom: .3rem; overflow-wrap: anywhere; }
.claim figcaption .source { color: var(--ink); font-weight: 700; }
.claim blockquote { margin: 0 0 .4rem; font-family: Georgia, "DejaVu Serif", serif; font-size: 1rem;
  flex-grow: 1; overflow-wrap: anywhere; }
.claim .value { font-size: .85rem; color: var(--muted); margin: 0; }
.claim.primary { background: var(--paper); border-color: #98a2b3; }
mark { background: var(--mark); padding: 0 .15em; border-radius: 2px; font-weight: 700; color: inherit; }
mark.quote { background: #fef7d6; font-weight: 400; font-style: italic; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 3rem; color: var(--muted); font-size: .8rem; }
a { color: var(--info); }
@media print { body { background: #fff; padding: 0; } .finding { break-inside: avoid; } }
)css";

std::string Esc(std::string_view s) { return HtmlEscape(s); }

std::string_view KindTitle(FindingKind k) {
  switch (k) {
    case FindingKind::kConflict: return "Conflict";
    case FindingKind::kDiscrepancy: return "Discrepancy";
    case FindingKind::kInternal: return "Internal contradiction";
    case FindingKind::kQuoteVariant: return "Quote variant";
    case FindingKind::kCorroborated: return "Corroborated";
  }
  return "";
}

std::string Plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string StoryName(const Finding& f) {
  return f.claims.empty() ? std::string() : f.claims.front().story;
}

struct Story {
  std::vector<const Finding*> findings;      // not corroborated, in report order
  std::vector<const Finding*> corroborated;  // in report order
};

void WriteSummary(const Report& report, size_t stories, std::ostream& out) {
  std::map<std::pair<FindingKind, Severity>, size_t> counts;
  std::map<Severity, size_t> by_severity;
  for (const Finding& f : report.findings) {
    ++counts[{f.kind, f.severity}];
    ++by_severity[f.severity];
  }
  out << "<section class=\"summary\" id=\"summary\">\n<h2>Summary</h2>\n";
  out << "<p class=\"lede\">" << Plural(report.articles, "article", "articles") << ", "
      << Plural(report.claims, "claim", "claims") << ", " << Plural(stories, "story", "stories")
      << ". " << Plural(report.suppressed, "finding", "findings")
      << " suppressed by the baseline";
  if (report.stale > 0) {
    out << ", " << Plural(report.stale, "stale baseline entry", "stale baseline entries")
        << " (no finding matches them any more)";
  }
  out << ".</p>\n";
  out << "<table class=\"counts\">\n<thead><tr><th>kind</th>";
  for (Severity s : kSeverities) out << "<th class=\"num\">" << SeverityName(s) << "</th>";
  out << "<th class=\"num\">total</th></tr></thead>\n<tbody>\n";
  for (FindingKind k : kKinds) {
    size_t total = 0;
    out << "<tr data-kind=\"" << FindingKindName(k) << "\"><td>" << FindingKindName(k) << "</td>";
    for (Severity s : kSeverities) {
      auto it = counts.find({k, s});
      size_t n = it == counts.end() ? 0 : it->second;
      total += n;
      out << "<td class=\"num" << (n == 0 ? " zero" : "") << "\">" << n << "</td>";
    }
    out << "<td class=\"num\">" << total << "</td></tr>\n";
  }
  out << "<tr class=\"total\"><td>all</td>";
  for (Severity s : kSeverities) {
    out << "<td class=\"num\">" << (by_severity.count(s) ? by_severity.at(s) : 0) << "</td>";
  }
  out << "<td class=\"num\">" << report.findings.size() << "</td></tr>\n";
  out << "<tr data-kind=\"suppressed\"><td>suppressed by the baseline</td>"
      << "<td class=\"num\" colspan=\"4\">" << report.suppressed << "</td></tr>\n";
  out << "</tbody>\n</table>\n</section>\n";
}

void WriteClaim(const Claim& c, bool primary, std::ostream& out) {
  const SentenceParts p = SplitSentenceAtValue(c);
  out << "<figure class=\"claim" << (primary ? " primary" : "") << "\">\n";
  out << "<figcaption><span class=\"source\">" << Esc(SourceName(c)) << "</span> · <span "
      << "class=\"loc\">" << Esc(c.loc.ToString()) << "</span></figcaption>\n";
  out << "<blockquote>" << Esc(p.before);
  if (!p.value.empty()) {
    // A quote is all value: its changed words are in the finding's diff line.
    out << (c.value.kind == ValueKind::kQuote ? "<mark class=\"quote\">" : "<mark>")
        << Esc(p.value) << "</mark>";
  }
  out << Esc(p.after) << "</blockquote>\n";
  out << "<p class=\"value\">" << Esc(DescribeValue(c)) << "</p>\n</figure>\n";
}

void WriteDiff(std::string_view diff, std::ostream& out) {
  out << "<p class=\"diff\">Words changed: ";
  bool first = true;
  for (const DiffWord& w : ParseWordDiff(diff)) {
    if (!first) out << " ";
    first = false;
    switch (w.change) {
      case DiffWord::Change::kSame: out << Esc(w.word); break;
      case DiffWord::Change::kRemoved: out << "<del>" << Esc(w.word) << "</del>"; break;
      case DiffWord::Change::kAdded: out << "<ins>" << Esc(w.word) << "</ins>"; break;
    }
  }
  out << "</p>\n";
}

void WriteFinding(const Finding& f, std::ostream& out) {
  const std::string_view kind = FindingKindName(f.kind);
  const std::string_view severity = SeverityName(f.severity);
  out << "<article class=\"finding " << severity << "\" id=\"finding-" << Esc(f.id)
      << "\" data-kind=\"" << kind << "\" data-severity=\"" << severity << "\">\n";
  out << "<header><span class=\"badge " << severity << "\">" << severity
      << "</span> <span class=\"kind\">" << KindTitle(f.kind) << "</span> <span class=\"fact\">"
      << Esc(KeyLabel(f.key)) << "</span> <span class=\"rule\">" << Esc(f.rule_id)
      << "</span></header>\n";
  out << "<p class=\"message\">" << Esc(f.message) << "</p>\n";
  if (!f.diff.empty()) WriteDiff(f.diff, out);
  out << "<div class=\"sides\">\n";
  for (size_t i = 0; i < f.claims.size(); ++i) WriteClaim(f.claims[i], i == 0, out);
  out << "</div>\n</article>\n";
}

void WriteCorroborated(const std::vector<const Finding*>& facts, std::ostream& out) {
  out << "<h3>Corroborated facts</h3>\n";
  if (facts.empty()) {
    out << "<p class=\"empty\">No fact is stated alike by several sources.</p>\n";
    return;
  }
  out << "<table class=\"corroborated\">\n<thead><tr><th>fact</th><th>value</th>"
      << "<th>as written</th><th class=\"num\">sources</th><th>outlets</th></tr></thead>\n<tbody>\n";
  for (const Finding* f : facts) {
    std::set<std::string> sources;
    std::set<std::string> written;
    for (const Claim& c : f->claims) {
      sources.insert(SourceName(c));
      written.insert(c.value_text);
    }
    std::string outlets;
    for (const std::string& s : sources) outlets += (outlets.empty() ? "" : ", ") + s;
    std::string forms;
    for (const std::string& w : written) forms += (forms.empty() ? "" : " · ") + w;
    out << "<tr data-finding=\"" << Esc(f->id) << "\"><td>" << Esc(KeyLabel(f->key)) << "</td><td>"
        << Esc(f->claims.front().value.ToString()) << "</td><td>" << Esc(forms)
        << "</td><td class=\"num\">" << sources.size() << "</td><td>" << Esc(outlets)
        << "</td></tr>\n";
  }
  out << "</tbody>\n</table>\n";
}

void WriteStory(const std::string& name, const Story& story, size_t number, std::ostream& out) {
  out << "<section class=\"story\" id=\"story-" << number << "\" data-story=\"" << Esc(name)
      << "\" data-findings=\"" << story.findings.size() << "\">\n";
  out << "<h2>Story: " << (name.empty() ? "(none)" : Esc(name)) << "</h2>\n";
  out << "<p class=\"lede\">" << Plural(story.findings.size(), "finding", "findings") << ", "
      << Plural(story.corroborated.size(), "corroborated fact", "corroborated facts") << ".</p>\n";
  if (story.findings.empty()) {
    out << "<p class=\"empty\">The sources agree on every fact the rules found.</p>\n";
  } else {
    out << "<table class=\"index\">\n<thead><tr><th>severity</th><th>kind</th><th>fact</th>"
        << "<th>what differs</th></tr></thead>\n<tbody>\n";
    for (const Finding* f : story.findings) {
      const std::string_view severity = SeverityName(f->severity);
      out << "<tr><td><span class=\"badge " << severity << "\">" << severity
          << "</span></td><td>" << FindingKindName(f->kind) << "</td><td><a href=\"#finding-"
          << Esc(f->id) << "\">" << Esc(KeyLabel(f->key)) << "</a></td><td>" << Esc(f->message)
          << "</td></tr>\n";
    }
    out << "</tbody>\n</table>\n";
    for (const Finding* f : story.findings) WriteFinding(*f, out);
  }
  WriteCorroborated(story.corroborated, out);
  out << "</section>\n";
}

}  // namespace

void WriteHtml(const Report& report, const HtmlOptions& options, std::ostream& out) {
  std::map<std::string, Story> stories;
  size_t problems = 0;
  for (const Finding& f : report.findings) {
    Story& story = stories[StoryName(f)];
    if (f.kind == FindingKind::kCorroborated) {
      story.corroborated.push_back(&f);
    } else {
      story.findings.push_back(&f);
      ++problems;
    }
  }
  const size_t corroborated = report.findings.size() - problems;

  out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      << "style-src 'unsafe-inline'\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // The article readers recognize factlint's own reports by this and refuse them.
  out << "<meta name=\"generator\" content=\"factlint"
      << (options.tool_version.empty() ? "" : " " + Esc(options.tool_version)) << "\">\n";
  out << "<title>" << Esc(options.title) << "</title>\n<style>" << kStyle << "</style>\n"
      << "</head>\n";
  out << "<body data-findings=\"" << problems << "\" data-corroborated=\"" << corroborated
      << "\" data-suppressed=\"" << report.suppressed << "\" data-stale=\"" << report.stale
      << "\">\n";
  out << "<header>\n<h1>" << Esc(options.title) << "</h1>\n<p class=\"lede\">"
      << Plural(problems, "finding", "findings") << " where sources disagree, "
      << Plural(corroborated, "fact", "facts") << " they corroborate.</p>\n</header>\n";
  WriteSummary(report, stories.size(), out);
  if (stories.empty()) {
    out << "<p class=\"empty\">No two sources stated the same fact: nothing to compare.</p>\n";
  }
  size_t number = 0;
  for (const auto& [name, story] : stories) WriteStory(name, story, ++number, out);
  out << "<footer>Generated by factlint";
  if (!options.tool_version.empty()) out << " " << Esc(options.tool_version);
  out << ". Values are highlighted in each source's own words.</footer>\n</body>\n</html>\n";
}

}  // namespace factlint
