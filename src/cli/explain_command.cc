#include "cli/commands.h"
#include "cli/pipeline.h"
#include "extract/extractor.h"

namespace factlint {

int RunExplain(const Config& config, std::ostream& out, std::ostream& err) {
  std::optional<RulePack> pack = LoadRules(config, err);
  if (!pack) return kExitError;
  const CompiledRule* rule = pack->FindRule(config.rule_id);
  if (rule == nullptr) {
    err << "factlint: error: no rule '" << config.rule_id << "' in the pack\n";
    return kExitError;
  }
  Result<TextMap> map = TextMap::Build(config.sentence, "<sentence>");
  if (!map.ok()) {
    err << map.status().ToString() << "\n";
    return kExitError;
  }
  Article article;
  article.meta.id = "sentence";
  article.meta.path = "<sentence>";
  article.meta.lang = config.lang != Lang::kUnknown ? config.lang : rule->rule.languages.front();
  article.text = std::move(map).value();
  out << "rule " << rule->rule.id << " (" << rule->rule.slot << ", "
      << LangCode(article.meta.lang) << "): " << rule->rule.description << "\n";
  std::vector<MatchTrace> traces = TraceRule(*pack, *rule, article);
  if (traces.empty()) out << "no pattern matched\n";
  for (const MatchTrace& t : traces) {
    const CompiledPattern& p = rule->patterns[t.pattern_index];
    out << "pattern " << t.pattern_index + 1 << " (" << p.loc.ToString() << ") matched '"
        << article.text.normalized().substr(t.begin, t.end - t.begin) << "'\n";
    for (const auto& [name, text] : t.captures) out << "  capture " << name << " = '" << text << "'\n";
    if (!t.accepted) {
      out << "  rejected: " << t.rejection << "\n";
      continue;
    }
    const Claim& c = t.claim;
    out << "  value: " << c.value.ToString();
    if (c.value.kind == ValueKind::kQuantity)
      out << " (qualifier " << QualifierName(c.value.quantity.qualifier)
          << (c.value.quantity.ambiguous ? ", ambiguous" : "") << ")";
    out << "\n  modality: " << ModalityName(c.modality);
    if (!c.cue.empty()) out << " (cue '" << c.cue << "')";
    out << "\n  key: " << c.KeyString() << "\n";
  }
  return kExitOk;
}

}  // namespace factlint
