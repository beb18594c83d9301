#include "tooling/example_check.h"

#include <algorithm>
#include <cmath>

#include "extract/extractor.h"
#include "text/article.h"

namespace factlint {
namespace {

// Expected intervals are written in decimal; computed ones (v * (1 - 10%)) may
// differ in the last bits.
bool NearlyEqual(double a, double b) {
  if (a == b) return true;
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

bool SameInterval(const Interval& a, const Interval& b) {
  return NearlyEqual(a.lo, b.lo) && NearlyEqual(a.hi, b.hi) && a.lo_open == b.lo_open &&
         a.hi_open == b.hi_open;
}

std::string Describe(const Claim& c) {
  std::string s = c.value.ToString();
  if (c.value.kind == ValueKind::kQuantity)
    s += " " + std::string(QualifierName(c.value.quantity.qualifier));
  s += " " + std::string(ModalityName(c.modality));
  for (const KeyPart& p : c.key_parts) s += " " + p.field + "=" + p.value;
  return s;
}

}  // namespace

std::string CompareWithExpected(const ExpectedClaim& e, const Claim& c,
                                const std::map<std::string, std::string>& captures) {
  std::string diffs;
  auto differ = [&](const std::string& what, const std::string& want, const std::string& got) {
    diffs += (diffs.empty() ? "" : "; ") + what + ": expected " + want + ", got " + got;
  };
  const ClaimValue& v = c.value;
  if (e.interval &&
      !(v.kind == ValueKind::kQuantity && SameInterval(v.quantity.interval, *e.interval)))
    differ("value", e.interval->ToString(), v.ToString());
  if (e.category && (v.ids.size() != 1 || v.ids.front() != *e.category))
    differ("value", *e.category, v.ToString());
  if (e.set && v.ids != *e.set) {
    ClaimValue want;
    want.kind = ValueKind::kSet;
    want.ids = *e.set;
    differ("value", want.ToString(), v.ToString());
  }
  if (e.quote && v.quote != *e.quote) differ("quote", "\"" + *e.quote + "\"", v.ToString());
  if (e.qualifier && (v.kind != ValueKind::kQuantity || v.quantity.qualifier != *e.qualifier))
    differ("qualifier", std::string(QualifierName(*e.qualifier)),
           v.kind == ValueKind::kQuantity ? std::string(QualifierName(v.quantity.qualifier))
                                          : "none");
  if (e.modality && c.modality != *e.modality)
    differ("modality", std::string(ModalityName(*e.modality)),
           std::string(ModalityName(c.modality)));
  for (const auto& [field, want] : e.key) {
    std::string got = "(no such key field)";
    for (const KeyPart& p : c.key_parts)
      if (p.field == field) got = "'" + p.value + "'";
    if (got != "'" + want + "'") differ("key " + field, "'" + want + "'", got);
  }
  for (const auto& [group, want] : e.captures) {
    auto it = captures.find(group);
    std::string got = it == captures.end() ? "(no capture)" : "'" + it->second + "'";
    if (got != "'" + want + "'") differ("capture " + group, "'" + want + "'", got);
  }
  return diffs;
}

std::vector<ExampleResult> CheckExamples(const RulePack& pack, const CompiledRule& rule) {
  std::vector<ExampleResult> results;
  for (const RuleExample& ex : rule.rule.examples) {
    ExampleResult res;
    res.example_loc = ex.loc;
    res.rule_id = rule.rule.id;
    res.must_match = ex.must_match;
    std::vector<std::string> seen;  // what the rule produced, for the message
    std::vector<std::string> rejected;
    bool passed_any = false;
    for (Lang lang : rule.rule.languages) {
      Result<TextMap> map = TextMap::Build(ex.text, ex.loc.file);
      if (!map.ok()) {
        res.problem = map.status().message();
        break;
      }
      Article article;
      article.meta.id = "example";
      article.meta.path = ex.loc.file;
      article.meta.lang = lang;
      article.text = std::move(map).value();
      for (const MatchTrace& t : TraceRule(pack, rule, article)) {
        if (!t.accepted) {
          rejected.push_back("match '" + article.text.normalized().substr(t.begin, t.end - t.begin) +
                             "' rejected: " + t.rejection);
          continue;
        }
        if (!ex.must_match) {
          seen.push_back(Describe(t.claim) + " from '" + t.claim.text + "'");
          continue;
        }
        std::string diff = CompareWithExpected(ex.expect, t.claim, t.captures);
        if (diff.empty()) {
          passed_any = true;
        } else {
          seen.push_back(diff);
        }
      }
    }
    if (res.problem.empty()) {
      if (ex.must_match) {
        res.passed = passed_any;
        if (!passed_any) {
          if (seen.empty()) {
            res.problem = "expected a match, found none";
            for (const std::string& r : rejected) res.problem += "\n    " + r;
          } else {
            res.problem = "no match as expected: ";
            for (size_t i = 0; i < seen.size(); ++i) res.problem += (i ? " | " : "") + seen[i];
          }
        }
      } else {
        res.passed = seen.empty();
        if (!res.passed) res.problem = "expected no match, found: " + seen.front();
      }
    }
    results.push_back(std::move(res));
  }
  return results;
}

}  // namespace factlint
