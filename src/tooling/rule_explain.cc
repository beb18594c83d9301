#include "tooling/rule_explain.h"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "extract/extractor.h"
#include "tooling/article_lines.h"
#include "tooling/example_check.h"
#include "tooling/pattern_probe.h"

namespace factlint {
namespace {

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

std::string Position(const Article& a, size_t normalized_offset) {
  LineCol lc = a.text.Locate(a.text.ToOriginal(normalized_offset));
  return std::to_string(lc.line) + ":" + std::to_string(lc.column);
}

bool HasLang(const Rule& r, Lang lang) {
  return std::find(r.languages.begin(), r.languages.end(), lang) != r.languages.end();
}

class Explainer {
 public:
  Explainer(const RulePack& pack, const Article& article, const ExplainRequest& request)
      : pack_(pack), article_(article), request_(request) {
    const std::string& norm = article.text.normalized();
    range_ = request.line ? LineRange(article, *request.line) : NormalizedRange{0, norm.size()};
    for (const Claim& c : ExtractClaims(pack, article)) kept_.emplace(c.rule_id, c.begin);
  }

  Explanation Run() {
    if (request_.rule != nullptr) {
      ExplainRule(*request_.rule, TracesIn(*request_.rule));
      return std::move(out_);
    }
    size_t explained = 0;
    for (const CompiledRule& rule : pack_.rules()) {
      if (!HasLang(rule.rule, article_.meta.lang)) continue;
      std::vector<MatchTrace> traces = TracesIn(rule);
      if (traces.empty()) continue;
      if (explained++ > 0) out_.text += "\n";
      ExplainRule(rule, traces);
    }
    if (explained == 0) {
      out_.text += "no rule of the pack matches (" + std::string(LangCode(article_.meta.lang)) +
                   "); name one with --rule ID to see how far its patterns get\n";
    }
    return std::move(out_);
  }

 private:
  std::vector<MatchTrace> TracesIn(const CompiledRule& rule) const {
    std::vector<MatchTrace> traces;
    for (MatchTrace& t : TraceRule(pack_, rule, article_)) {
      bool inside = request_.line ? LineOf(article_, t.begin) == *request_.line : true;
      if (inside) traces.push_back(std::move(t));
    }
    return traces;
  }

  void Line(const std::string& label, const std::string& value) {
    out_.text += "  " + label + ":" + std::string(label.size() < 16 ? 17 - label.size() : 1, ' ') +
                 value + "\n";
  }

  void ExplainRule(const CompiledRule& rule, const std::vector<MatchTrace>& traces) {
    const Rule& r = rule.rule;
    const Lang lang = article_.meta.lang;
    out_.text += "rule " + r.id + " (slot " + r.slot + ", " + std::string(LangCode(lang)) +
                 ") at " + r.loc.ToString() + "\n";
    if (!HasLang(r, lang)) {
      std::string langs;
      for (Lang l : r.languages) langs += (langs.empty() ? "" : ", ") + std::string(LangCode(l));
      out_.text += "  the rule has no pattern for " + std::string(LangCode(lang)) +
                   " (its languages: " + langs + "); pass --lang\n";
      return;
    }
    const std::string& norm = article_.text.normalized();
    for (size_t pi = 0; pi < rule.patterns.size(); ++pi) {
      const CompiledPattern& p = rule.patterns[pi];
      if (p.lang != lang) continue;
      std::string label = PatternLabel(rule, pi) + " (" + p.loc.ToString() + ")";
      bool any = false;
      for (const MatchTrace& t : traces) {
        if (t.pattern_index != pi) continue;
        any = true;
        out_.text += label + " matched " + Quoted(norm.substr(t.begin, t.end - t.begin)) + " at " +
                     Position(article_, t.begin) + "\n";
        ExplainMatch(rule, t);
      }
      if (any) continue;
      std::string_view text =
          std::string_view(norm).substr(range_.begin, range_.end - range_.begin);
      PatternProbe probe = ProbePattern(SpecOf(rule, pi).source, p.expanded, text);
      out_.text += label + " does not match\n";
      if (!probe.probed) {
        Line("why", "cannot tell: the pattern has a top-level '|'; try each alternative alone");
      } else if (probe.whole_match) {
        Line("why", "it matches outside the line asked for");
      } else if (probe.pieces_matched == 0) {
        Line("why", "no part of it matches; it fails at its start: `" + probe.rest_source + "`");
      } else {
        Line("matches up to", "`" + probe.matched_source + "` " + Quoted(probe.matched_text) +
                                  " at " + Position(article_, range_.begin + probe.matched_begin));
        Line("then fails at", "`" + probe.rest_source + "`");
      }
    }
  }

  void ExplainMatch(const CompiledRule& rule, const MatchTrace& t) {
    for (const auto& [name, text] : t.captures) Line("capture " + name, Quoted(text));
    if (!t.accepted) {
      Line("rejected", t.rejection);
      return;
    }
    ++out_.claims;
    const Claim& c = t.claim;
    Line("value", c.value.ToString() + " from " + Quoted(c.value_text));
    if (c.value.kind == ValueKind::kQuantity) {
      std::string q(QualifierName(c.value.quantity.qualifier));
      if (c.value.quantity.qualifier == Qualifier::kApprox) {
        q += " (±" + std::to_string(static_cast<int>(rule.rule.value.tolerance * 100 + 0.5)) + "%)";
      }
      if (c.value.quantity.ambiguous)
        q += ", ambiguous: the figure reads differently in the "
             "other number convention";
      Line("qualifier", q);
    }
    Line("modality",
         std::string(ModalityName(c.modality)) +
             (c.cue.empty() ? " (no cue in the sentence)" : " (cue " + Quoted(c.cue) + ")"));
    std::string key;
    for (const KeyPart& part : c.key_parts) {
      key += (key.empty() ? "" : ", ") + part.field + "=" +
             (part.value.empty() ? "(any)" : part.value);
    }
    Line("key", c.slot + (key.empty() ? "" : " " + key));
    bool kept = kept_.count({c.rule_id, c.begin}) > 0;
    Line("claim", kept ? "kept"
                       : "dropped: a rule of the same slot declared earlier reads these "
                         "words");
  }

  const RulePack& pack_;
  const Article& article_;
  const ExplainRequest& request_;
  NormalizedRange range_;
  std::set<std::pair<std::string, size_t>> kept_;  // (rule, begin) of claims check keeps
  Explanation out_;
};

}  // namespace

Explanation Explain(const RulePack& pack, const Article& article, const ExplainRequest& request) {
  return Explainer(pack, article, request).Run();
}

}  // namespace factlint
