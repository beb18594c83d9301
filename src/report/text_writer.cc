#include "report/text_writer.h"

#include "report/terminal_text.h"

namespace factlint {
namespace {

class Painter {
 public:
  explicit Painter(bool on) : on_(on) {}
  std::string operator()(std::string_view code, std::string_view s) const {
    if (!on_) return std::string(s);
    return "\x1b[" + std::string(code) + "m" + std::string(s) + "\x1b[0m";
  }

 private:
  bool on_;
};

std::string_view SeverityColor(Severity s) {
  switch (s) {
    case Severity::kError: return "1;31";
    case Severity::kWarning: return "1;33";
    case Severity::kInfo: return "1;36";
  }
  return "0";
}

void WriteClaim(const Claim& c, std::string_view label, std::string_view color,
                const std::string& message, const Painter& paint, std::ostream& out) {
  out << paint("1", SanitizeForTerminal(c.loc.ToString()) + ":") << " " << paint(color, label)
      << ": " << SanitizeForTerminal(message) << "\n";
  out << " " << SanitizeForTerminal(c.excerpt) << "\n";
  std::string marker(static_cast<size_t>(c.excerpt_column) + 1, ' ');
  marker += "^";
  if (c.excerpt_width > 1) marker += std::string(static_cast<size_t>(c.excerpt_width - 1), '~');
  out << paint("1;32", marker) << "\n";
}

std::string ClaimNote(const Claim& c) {
  // A quote's value is its words: say them once.
  std::string note = c.value.kind == ValueKind::kQuote
                         ? c.value.ToString()
                         : "\"" + c.value_text + "\" = " + c.value.ToString();
  if (c.value.kind == ValueKind::kQuantity && c.value.quantity.qualifier != Qualifier::kExact) {
    note += " (" + std::string(QualifierName(c.value.quantity.qualifier)) + ")";
  }
  note += ", " + std::string(ModalityName(c.modality));
  if (!c.cue.empty()) note += " (\"" + c.cue + "\")";
  note += " [" + c.source + "]";
  return note;
}

}  // namespace

void WriteText(const Report& report, const TextOptions& options, std::ostream& out) {
  Painter paint(options.color);
  size_t corroborated = 0;
  for (const Finding& f : report.findings) {
    if (f.kind == FindingKind::kCorroborated) {
      ++corroborated;
      continue;
    }
    const Claim& primary = f.claims.front();
    std::string head = "[" + f.rule_id + "] " + std::string(FindingKindName(f.kind)) + ": " +
                       f.message;
    WriteClaim(primary, SeverityName(f.severity), SeverityColor(f.severity), head, paint, out);
    out << "  " << paint("2", "this claim: ") << SanitizeForTerminal(ClaimNote(primary)) << "\n";
    for (size_t i = 1; i < f.claims.size(); ++i) {
      WriteClaim(f.claims[i], "note", "1;36", ClaimNote(f.claims[i]), paint, out);
    }
    out << "\n";
  }
  if (corroborated > 0) {
    out << paint("1", "corroborated:") << "\n";
    for (const Finding& f : report.findings) {
      if (f.kind != FindingKind::kCorroborated) continue;
      std::string where;
      for (const Claim& c : f.claims) {
        where += (where.empty() ? "" : ", ") + c.loc.ToString();
      }
      out << "  " << SanitizeForTerminal(f.message) << "  [" << SanitizeForTerminal(where)
          << "]\n";
    }
    out << "\n";
  }
  auto counts = report.CountByKind();
  auto n = [&](FindingKind k) { return counts.count(k) ? counts.at(k) : 0; };
  out << n(FindingKind::kConflict) << " conflicts, " << n(FindingKind::kDiscrepancy)
      << " discrepancies, " << n(FindingKind::kInternal) << " internal, "
      << n(FindingKind::kQuoteVariant) << " quote variants, " << n(FindingKind::kCorroborated)
      << " corroborated (" << report.articles << " articles, " << report.claims << " claims";
  if (report.suppressed > 0) out << ", " << report.suppressed << " suppressed by the baseline";
  if (report.stale > 0) out << ", " << report.stale << " stale baseline entries";
  out << ")\n";
}

}  // namespace factlint
