#include "tooling/fixture_check.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "compare/compare.h"
#include "extract/extractor.h"
#include "tooling/article_lines.h"
#include "tooling/claim_expectation.h"
#include "tooling/example_check.h"

namespace factlint {
namespace {

constexpr size_t kMaxListed = 6;  // claims or findings listed under one failure

std::string FileName(const Article& a) {
  return std::filesystem::path(a.meta.path).filename().string();
}

// A scalar as YAML reads it back: quoted when it holds YAML punctuation.
std::string YamlScalar(const std::string& s) {
  bool plain = !s.empty() && s.find_first_of(",:{}[]#&*!|>'\"%@`\\") == std::string::npos &&
               s.front() != ' ' && s.back() != ' ' && s.front() != '-' && s.front() != '?';
  if (plain) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string YamlValue(const ClaimValue& v) {
  switch (v.kind) {
    case ValueKind::kQuantity: {
      const Interval& i = v.quantity.interval;
      if (v.unit == "date" || v.unit == "time") {  // "2026-03-12", ["22:45", "23:45"]
        std::string text = v.ToString();
        if (v.unit == "date") return text;
        size_t comma = text.find(", ");
        if (text.front() != '[' || text.back() != ']' || comma == std::string::npos) {
          return "\"" + text + "\"";
        }
        return "[\"" + text.substr(1, comma - 1) + "\", \"" +
               text.substr(comma + 2, text.size() - comma - 3) + "\"]";
      }
      std::string text = i.ToString();  // "[a, b]" or with parentheses
      if (!i.lo_open && !i.hi_open && i.lo == i.hi) return text.substr(1, text.find(',') - 1);
      if (i.lo_open || i.hi_open) return "\"" + text + "\"";
      return text;
    }
    case ValueKind::kCategory:
      return v.ids.empty() ? "\"\"" : YamlScalar(v.ids.front());
    case ValueKind::kSet: {
      std::string s = "[";
      for (size_t i = 0; i < v.ids.size(); ++i) s += (i ? ", " : "") + YamlScalar(v.ids[i]);
      return s + "]";
    }
    case ValueKind::kQuote:
      return YamlScalar(v.quote);
  }
  return "\"\"";
}

// A sidecar entry that expects `c`, ready to paste.
std::string ClaimEntry(const Claim& c) {
  std::string s = "{line: " + std::to_string(c.loc.line) + ", rule: " + c.rule_id +
                  ", value: " + YamlValue(c.value);
  if (c.value.kind == ValueKind::kQuantity) {
    s += ", qualifier: " + std::string(QualifierName(c.value.quantity.qualifier));
  }
  s += ", modality: " + std::string(ModalityName(c.modality));
  std::string key;
  for (const KeyPart& p : c.key_parts) {
    if (p.value.empty()) continue;
    key += (key.empty() ? "" : ", ") + p.field + ": " + YamlScalar(p.value);
  }
  if (!key.empty()) s += ", key: {" + key + "}";
  return s + "}";
}

std::string ArticleList(const std::set<std::string>& ids) {
  std::string s;
  for (const std::string& id : ids) s += (s.empty() ? "" : ", ") + YamlScalar(id);
  return s;
}

std::set<std::string> ArticlesOf(const Finding& f) {
  std::set<std::string> ids;
  for (const Claim& c : f.claims) ids.insert(c.article_id);
  return ids;
}

std::string FindingEntry(const Finding& f) {
  return "{kind: " + std::string(FindingKindName(f.kind)) + ", slot: " + f.slot + ", articles: [" +
         ArticleList(ArticlesOf(f)) + "]}";
}

std::string DescribeFinding(const Finding& f) {
  std::string s = std::string(FindingKindName(f.kind)) + " on " + f.slot + " [" +
                  ArticleList(ArticlesOf(f)) + "]: " + f.message;
  return s;
}

class FixtureChecker {
 public:
  FixtureChecker(const RulePack& pack, const FixtureSpec& spec,
                 const std::vector<Article>& articles)
      : pack_(pack), spec_(spec), articles_(articles) {}

  FixtureResult Run() {
    Extract();
    for (const ClaimExpectation& e : spec_.claims) CheckClaim(e);
    ReportUnexpectedClaims();
    std::vector<bool> expected_finding(findings_.size(), false);
    for (const FindingExpectation& e : spec_.findings) CheckFinding(e, &expected_finding);
    ReportUnexpectedFindings(expected_finding);
    return std::move(result_);
  }

 private:
  void Extract() {
    claims_.resize(articles_.size());
    std::vector<Claim> all;
    std::set<std::pair<size_t, size_t>> covered;
    for (size_t a = 0; a < articles_.size(); ++a) {
      const Article& article = articles_[a];
      claims_[a] = ExtractClaims(pack_, article);
      all.insert(all.end(), claims_[a].begin(), claims_[a].end());
      if (article.meta.lang == Lang::kUnknown) continue;
      for (size_t r : pack_.Select(article.meta.lang, article.text.normalized())) {
        for (const MatchTrace& t : TraceRule(pack_, pack_.rules()[r], article)) {
          if (t.accepted) covered.emplace(r, t.pattern_index);
        }
      }
    }
    result_.covered.assign(covered.begin(), covered.end());
    consumed_.resize(articles_.size());
    for (size_t a = 0; a < articles_.size(); ++a) consumed_[a].assign(claims_[a].size(), false);
    findings_ = CompareClaims(all, pack_);
  }

  // The article a sidecar name designates: its id, file name, file name
  // without extension, or else a unique prefix of one of these.
  std::optional<size_t> ResolveArticle(const ArticleName& name) {
    if (name.name.empty()) {
      if (articles_.size() == 1) return 0;
      Error(name.loc, "claims must be grouped by article: " + spec_.target + " holds " +
                          std::to_string(articles_.size()) + " articles");
      return std::nullopt;
    }
    for (size_t a = 0; a < articles_.size(); ++a) {
      const Article& article = articles_[a];
      std::string file = FileName(article);
      std::string stem = std::filesystem::path(file).stem().string();
      if (name.name == article.meta.id || name.name == file || name.name == stem) return a;
    }
    std::vector<size_t> prefixed;
    for (size_t a = 0; a < articles_.size(); ++a) {
      if (articles_[a].meta.id.rfind(name.name, 0) == 0 ||
          FileName(articles_[a]).rfind(name.name, 0) == 0) {
        prefixed.push_back(a);
      }
    }
    if (prefixed.size() == 1) return prefixed.front();
    std::string known;
    for (const Article& a : articles_) known += (known.empty() ? "" : ", ") + a.meta.id;
    Error(name.loc, "article '" + name.name + "' " +
                        (prefixed.empty() ? "is not in " : "names several articles of ") +
                        spec_.target + " (articles: " + known + ")");
    return std::nullopt;
  }

  void Error(const SourceLoc& loc, std::string message) {
    result_.errors.push_back(Status::InputError(std::move(message), loc));
  }

  // Rules of `e`: its rule, or the rules of its slot in the article's language.
  std::vector<const CompiledRule*> RulesOf(const std::string& rule_id, const std::string& slot,
                                           Lang lang) const {
    std::vector<const CompiledRule*> rules;
    for (const CompiledRule& r : pack_.rules()) {
      if (!rule_id.empty() ? r.rule.id == rule_id : r.rule.slot == slot) {
        if (!rule_id.empty() || lang == Lang::kUnknown ||
            std::find(r.rule.languages.begin(), r.rule.languages.end(), lang) !=
                r.rule.languages.end()) {
          rules.push_back(&r);
        }
      }
    }
    return rules;
  }

  static std::string RuleRefs(const std::vector<const CompiledRule*>& rules) {
    std::string s;
    for (const CompiledRule* r : rules) {
      s += (s.empty() ? "" : "\n") + r->rule.loc.ToString() + " (" + r->rule.id + ")";
    }
    return s.empty() ? "none in this language" : s;
  }

  static bool Targets(const Claim& c, const std::string& rule_id, const std::string& slot) {
    return (rule_id.empty() || c.rule_id == rule_id) && (slot.empty() || c.slot == slot);
  }

  static std::string At(const Claim& c) {
    return "at " + std::to_string(c.loc.line) + ":" + std::to_string(c.loc.column) + " \"" +
           c.text + "\"";
  }

  void CheckClaim(const ClaimExpectation& e) {
    std::optional<size_t> a = ResolveArticle(e.article);
    if (!a) return;
    const Article& article = articles_[*a];
    const std::vector<Claim>& claims = claims_[*a];
    std::vector<size_t> candidates;
    for (size_t i = 0; i < claims.size(); ++i) {
      if (claims[i].loc.line == e.line && Targets(claims[i], e.rule_id, e.slot)) {
        candidates.push_back(i);
      }
    }
    std::vector<std::vector<FieldMismatch>> diffs;
    for (size_t i : candidates) {
      std::vector<FieldMismatch> diff = Mismatches(e.expect, claims[i], nullptr);
      if (e.text && claims[i].value_text != *e.text) {
        diff.push_back({"text", "'" + *e.text + "'", "'" + claims[i].value_text + "'"});
      }
      if (diff.empty() && !consumed_[*a][i]) {
        consumed_[*a][i] = true;
        ++result_.passed;
        return;
      }
      diffs.push_back(std::move(diff));
    }

    const std::string target = e.rule_id.empty() ? e.slot : e.rule_id;
    std::vector<const CompiledRule*> rules = RulesOf(e.rule_id, e.slot, article.meta.lang);
    TestFailure f;
    f.where = e.loc;
    f.rule_id = e.rule_id.empty() && rules.size() == 1 ? rules.front()->rule.id : e.rule_id;
    f.message =
        candidates.empty() ? "expected claim not found" : "the claim differs from the expectation";
    f.details.emplace_back("article", article.meta.path + ":" + std::to_string(e.line));
    f.details.emplace_back("rule", RuleRefs(rules));
    std::string unit = rules.empty() ? "" : rules.front()->rule.value.unit;
    std::string expected = target + ": " + DescribeExpected(e.expect, unit);
    if (e.text) expected += ", text '" + *e.text + "'";
    f.details.emplace_back("expected", expected);
    for (size_t k = 0; k < candidates.size(); ++k) {
      const Claim& c = claims[candidates[k]];
      f.details.emplace_back("actual", c.rule_id + ": " + DescribeClaim(c) + " " + At(c));
      f.details.emplace_back("differs", diffs[k].empty() ? "already meets an earlier expectation"
                                                         : JoinMismatches(diffs[k]));
    }
    if (candidates.empty()) {
      f.details.emplace_back("actual",
                             "no claim of " + target + " on line " + std::to_string(e.line));
      size_t listed = 0;
      for (const Claim& c : claims) {
        if (listed == kMaxListed) break;
        if (c.loc.line == e.line) {
          f.details.emplace_back("on the line", c.rule_id + ": " + DescribeClaim(c) + " " + At(c));
          ++listed;
        } else if (Targets(c, e.rule_id, e.slot)) {
          f.details.emplace_back("elsewhere", "line " + std::to_string(c.loc.line) + ": " +
                                                  DescribeClaim(c) + " " + At(c));
          ++listed;
        }
      }
      NormalizedRange line = LineRange(article, e.line);
      for (const CompiledRule* r : rules) {
        for (auto& [label, text] : WhyNoMatch(pack_, *r, article, line)) {
          // Name the rule when several could have made the claim.
          if (rules.size() > 1) text = r->rule.id + ": " + text;
          f.details.emplace_back(label, text);
        }
      }
    }
    result_.failures.push_back(std::move(f));
  }

  void ReportUnexpectedClaims() {
    for (size_t a = 0; a < articles_.size(); ++a) {
      for (size_t i = 0; i < claims_[a].size(); ++i) {
        const Claim& c = claims_[a][i];
        if (consumed_[a][i] || !spec_.IsExhaustive(c.slot)) continue;
        TestFailure f;
        f.where = c.loc;
        f.rule_id = c.rule_id;
        f.message = "unexpected claim: slot '" + c.slot + "' is exhaustive in " + spec_.sidecar;
        f.details.emplace_back("fixture", spec_.exhaustive_loc.ToString());
        if (const CompiledRule* r = pack_.FindRule(c.rule_id)) {
          f.details.emplace_back("rule", r->rule.loc.ToString());
        }
        f.details.emplace_back("actual", DescribeClaim(c) + " " + At(c));
        f.details.emplace_back("to expect it", ClaimEntry(c));
        result_.failures.push_back(std::move(f));
      }
    }
  }

  bool FindingMatches(const FindingExpectation& e, const Finding& f,
                      const std::set<std::string>& ids) const {
    if (f.kind != e.kind) return false;
    if (!e.slot.empty() && f.slot != e.slot) return false;
    if (!e.rule_id.empty() && std::none_of(f.claims.begin(), f.claims.end(), [&](const Claim& c) {
          return c.rule_id == e.rule_id;
        })) {
      return false;
    }
    if (e.articles) {
      std::set<std::string> actual = ArticlesOf(f);
      if (e.present ? actual != ids
                    : !std::includes(actual.begin(), actual.end(), ids.begin(), ids.end())) {
        return false;
      }
    }
    for (const auto& [field, value] : e.key) {
      bool found = std::any_of(f.claims.begin(), f.claims.end(), [&](const Claim& c) {
        return std::any_of(c.key_parts.begin(), c.key_parts.end(),
                           [&](const KeyPart& p) { return p.field == field && p.value == value; });
      });
      if (!found) return false;
    }
    return true;
  }

  void CheckFinding(const FindingExpectation& e, std::vector<bool>* met) {
    std::set<std::string> ids;
    if (e.articles) {
      for (const ArticleName& name : *e.articles) {
        std::optional<size_t> a = ResolveArticle(name);
        if (!a) return;
        ids.insert(articles_[*a].meta.id);
      }
    }
    std::vector<size_t> matches;
    for (size_t i = 0; i < findings_.size(); ++i) {
      if (FindingMatches(e, findings_[i], ids)) matches.push_back(i);
    }
    const std::string target = e.rule_id.empty() ? e.slot : e.rule_id;
    std::string expected = std::string(FindingKindName(e.kind)) + " on " + target;
    if (e.articles) expected += " [" + ArticleList(ids) + "]";
    for (const auto& [field, value] : e.key) expected += ", key " + field + "=" + value;

    TestFailure f;
    f.where = e.loc;
    f.rule_id = e.rule_id;
    if (e.present) {
      for (size_t i : matches) {
        if ((*met)[i]) continue;
        (*met)[i] = true;
        ++result_.passed;
        return;
      }
      f.message = matches.empty() ? "expected finding not found"
                                  : "expected finding already met by an earlier expectation";
      f.details.emplace_back("expected", expected);
      size_t listed = 0;
      for (const Finding& other : findings_) {
        const std::string& slot = e.slot.empty() ? pack_.FindRule(e.rule_id)->rule.slot : e.slot;
        if (other.slot != slot) continue;
        if (listed++ == kMaxListed) break;
        f.details.emplace_back("actual", DescribeFinding(other));
      }
      if (listed == 0) f.details.emplace_back("actual", "no finding on this slot");
    } else {
      if (matches.empty()) {
        ++result_.passed;
        return;
      }
      f.message = "unexpected finding: the sidecar says there is none";
      f.details.emplace_back("not expected", expected);
      for (size_t i : matches) {
        f.details.emplace_back("actual", DescribeFinding(findings_[i]));
        for (const Claim& c : findings_[i].claims) {
          f.details.emplace_back("claim", c.loc.ToString() + ": " + DescribeClaim(c));
        }
      }
    }
    std::vector<const CompiledRule*> rules = RulesOf(e.rule_id, e.slot, Lang::kUnknown);
    f.details.insert(f.details.begin(), {"rule", RuleRefs(rules)});
    result_.failures.push_back(std::move(f));
  }

  void ReportUnexpectedFindings(const std::vector<bool>& expected) {
    for (size_t i = 0; i < findings_.size(); ++i) {
      const Finding& finding = findings_[i];
      if (expected[i] || !spec_.IsExhaustive(finding.slot) || finding.claims.empty()) continue;
      TestFailure f;
      f.where = finding.claims.front().loc;
      f.rule_id = finding.rule_id;
      f.message = "unexpected " + std::string(FindingKindName(finding.kind)) + " finding: slot '" +
                  finding.slot + "' is exhaustive in " + spec_.sidecar;
      f.details.emplace_back("fixture", spec_.exhaustive_loc.ToString());
      f.details.emplace_back("actual", DescribeFinding(finding));
      for (const Claim& c : finding.claims) {
        f.details.emplace_back("claim", c.loc.ToString() + ": " + DescribeClaim(c));
      }
      f.details.emplace_back("to expect it", FindingEntry(finding));
      result_.failures.push_back(std::move(f));
    }
  }

  const RulePack& pack_;
  const FixtureSpec& spec_;
  const std::vector<Article>& articles_;
  std::vector<std::vector<Claim>> claims_;  // per article, in ClaimLess order
  std::vector<std::vector<bool>> consumed_;
  std::vector<Finding> findings_;
  FixtureResult result_;
};

}  // namespace

FixtureResult CheckFixture(const RulePack& pack, const FixtureSpec& spec,
                           const std::vector<Article>& articles) {
  return FixtureChecker(pack, spec, articles).Run();
}

}  // namespace factlint
