#include "report/markdown_writer.h"

#include <algorithm>
#include <string>
#include <vector>

#include "report/claim_display.h"
#include "report/markdown_escape.h"

namespace factlint {
namespace {

constexpr FindingKind kKinds[] = {FindingKind::kConflict, FindingKind::kDiscrepancy,
                                  FindingKind::kInternal, FindingKind::kQuoteVariant,
                                  FindingKind::kCorroborated};

std::string Plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string KindCount(FindingKind k, size_t n) {
  switch (k) {
    case FindingKind::kConflict: return Plural(n, "conflict", "conflicts");
    case FindingKind::kDiscrepancy: return Plural(n, "discrepancy", "discrepancies");
    case FindingKind::kInternal: return std::to_string(n) + " internal";
    case FindingKind::kQuoteVariant: return Plural(n, "quote variant", "quote variants");
    case FindingKind::kCorroborated: return std::to_string(n) + " corroborated";
  }
  return "";
}

std::string Bold(std::string_view escaped) {
  return escaped.empty() ? std::string() : "**" + std::string(escaped) + "**";
}

std::string Head(const Report& report) {
  const auto counts = report.CountByKind();
  auto n = [&](FindingKind k) { return counts.count(k) ? counts.at(k) : size_t{0}; };
  std::string problems;
  for (FindingKind k : kKinds) {
    if (k == FindingKind::kCorroborated || n(k) == 0) continue;
    problems += (problems.empty() ? "" : ", ") + KindCount(k, n(k));
  }
  std::string s = "### factlint: " + (problems.empty() ? "no disagreement found" : problems) + "\n\n";
  s += Plural(report.articles, "article", "articles") + ", " +
       Plural(report.claims, "claim", "claims") + ", " +
       Plural(n(FindingKind::kCorroborated), "corroborated fact", "corroborated facts") + ", " +
       Plural(report.suppressed, "finding", "findings") + " suppressed by the baseline";
  if (report.stale > 0) {
    s += ", " + Plural(report.stale, "stale baseline entry", "stale baseline entries") +
         " (no finding matches them any more)";
  }
  s += ".\n\n";
  s += "| kind | count |\n|---|---:|\n";
  for (FindingKind k : kKinds) {
    s += "| " + std::string(FindingKindName(k)) + " | " + std::to_string(n(k)) + " |\n";
  }
  s += "| suppressed by the baseline | " + std::to_string(report.suppressed) + " |\n";
  return s;
}

std::string ClaimQuote(const Claim& c) {
  SentenceParts p = SplitSentenceAtValue(c);
  std::string s = "> " + MarkdownEscape(p.before) + Bold(MarkdownEscape(p.value)) +
                  MarkdownEscape(p.after) + "\n>\n";
  s += "> — " + Bold(MarkdownEscape(SourceName(c))) + ", " + MarkdownEscape(c.loc.ToString()) +
       ": " + MarkdownEscape(DescribeValue(c)) + "\n";
  return s;
}

std::string DiffLine(std::string_view diff) {
  std::string s;
  for (const DiffWord& w : ParseWordDiff(diff)) {
    if (!s.empty()) s += " ";
    const std::string word = MarkdownEscape(w.word);
    switch (w.change) {
      case DiffWord::Change::kSame: s += word; break;
      case DiffWord::Change::kRemoved: s += "~~" + word + "~~"; break;
      case DiffWord::Change::kAdded: s += "**" + word + "**"; break;
    }
  }
  return s;
}

std::string Section(const Finding& f, size_t number) {
  std::string s = "#### " + std::to_string(number) + ". " + std::string(FindingKindName(f.kind)) +
                  " (" + std::string(SeverityName(f.severity)) + "): " +
                  MarkdownEscape(KeyLabel(f.key)) + "\n\n";
  s += MarkdownEscape(f.message) + " — rule " + MarkdownEscape(f.rule_id) + "\n\n";
  if (!f.diff.empty()) s += "Words changed: " + DiffLine(f.diff) + "\n\n";
  for (size_t i = 0; i < f.claims.size(); ++i) s += ClaimQuote(f.claims[i]) + "\n";
  return s;
}

std::string CorroboratedTable(const std::vector<const Finding*>& facts) {
  std::string s = "#### Corroborated facts\n\n| fact | value | sources |\n|---|---|---:|\n";
  for (const Finding* f : facts) {
    std::vector<std::string> sources;
    for (const Claim& c : f->claims) {
      if (std::find(sources.begin(), sources.end(), SourceName(c)) == sources.end())
        sources.push_back(SourceName(c));
    }
    s += "| " + MarkdownEscape(KeyLabel(f->key)) + " | " +
         MarkdownEscape(f->claims.front().value.ToString()) + " | " +
         std::to_string(sources.size()) + " |\n";
  }
  return s;
}

}  // namespace

void WriteMarkdown(const Report& report, const MarkdownOptions& options, std::ostream& out) {
  std::vector<std::string> sections;
  std::vector<const Finding*> facts;
  for (const Finding& f : report.findings) {
    if (f.kind == FindingKind::kCorroborated) {
      facts.push_back(&f);
    } else {
      sections.push_back(Section(f, sections.size() + 1));
    }
  }
  if (!facts.empty()) sections.push_back(CorroboratedTable(facts));

  std::string doc = Head(report);
  // Room for the truncation note, whatever the counts.
  constexpr size_t kNoteRoom = 200;
  size_t shown = 0;
  for (const std::string& s : sections) {
    if (doc.size() + 1 + s.size() + kNoteRoom > options.max_bytes) break;
    doc += "\n" + s;
    ++shown;
  }
  if (shown < sections.size()) {
    const size_t left = sections.size() - shown;
    const bool table_left = !facts.empty();
    const size_t findings_left = table_left ? left - 1 : left;
    doc += "\n**Truncated** to fit a review comment: " +
           Plural(findings_left, "finding", "findings") + " not shown" +
           (table_left ? " and the table of corroborated facts" : "") +
           ". The full report is in the text, JSON or HTML format.\n";
  }
  out << doc;
}

}  // namespace factlint
