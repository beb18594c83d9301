#include "tooling/example_check.h"

#include <algorithm>

#include "extract/extractor.h"
#include "tooling/claim_expectation.h"
#include "tooling/pattern_probe.h"

namespace factlint {
namespace {

constexpr size_t kMaxShown = 80;  // code points of pattern source shown in a hint

std::string Shorten(const std::string& s) {
  size_t points = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (++points > kMaxShown) return s.substr(0, i) + "…";
  }
  return s;
}

}  // namespace

Result<Article> ExampleArticle(const RuleExample& ex, Lang lang) {
  Result<TextMap> map = TextMap::Build(ex.text, ex.loc.file);
  if (!map.ok()) return map.status();
  Article article;
  article.meta.id = "example";
  article.meta.path = ex.loc.file;
  article.meta.source = "example";
  article.meta.story = "example";
  article.meta.lang = lang;
  article.meta.published = ex.published;  // dates and weekdays resolve against it
  article.text = std::move(map).value();
  return article;
}

const PatternSpec& SpecOf(const CompiledRule& rule, size_t index) {
  const std::vector<PatternSpec>& specs = rule.rule.patterns;
  return specs[index % specs.size()];
}

std::string PatternLabel(const CompiledRule& rule, size_t index) {
  size_t n = rule.rule.patterns.empty() ? 1 : rule.rule.patterns.size();
  std::string label = "pattern " + std::to_string(index % n + 1);
  if (rule.rule.languages.size() > 1) {
    label += " (" + std::string(LangCode(rule.patterns[index].lang)) + ")";
  }
  return label;
}

std::vector<std::pair<std::string, std::string>> WhyNoMatch(const RulePack& pack,
                                                            const CompiledRule& rule,
                                                            const Article& article,
                                                            NormalizedRange range) {
  std::vector<std::pair<std::string, std::string>> details;
  std::vector<MatchTrace> traces = TraceRule(pack, rule, article);
  const std::string& norm = article.text.normalized();
  for (size_t pi = 0; pi < rule.patterns.size(); ++pi) {
    const CompiledPattern& p = rule.patterns[pi];
    if (p.lang != article.meta.lang) continue;
    std::string label = PatternLabel(rule, pi);
    bool any = false;
    for (const MatchTrace& t : traces) {
      if (t.pattern_index != pi || t.accepted) continue;
      if (t.begin < range.begin || t.begin >= std::max(range.end, range.begin + 1)) continue;
      any = true;
      details.emplace_back(label, "matched \"" + norm.substr(t.begin, t.end - t.begin) +
                                      "\", rejected: " + t.rejection);
    }
    if (any) continue;
    std::string_view text = std::string_view(norm).substr(range.begin, range.end - range.begin);
    PatternProbe probe = ProbePattern(SpecOf(rule, pi).source, p.expanded, text);
    if (!probe.probed || probe.whole_match) continue;
    if (probe.pieces_matched == 0) {
      details.emplace_back(
          label, "no part matches; it fails at its start: `" + Shorten(probe.rest_source) + "`");
    } else {
      details.emplace_back(label, "matches as far as `" + Shorten(probe.matched_source) + "` (\"" +
                                      probe.matched_text + "\"),\nnot `" +
                                      Shorten(probe.rest_source) + "`");
    }
  }
  return details;
}

std::vector<ExampleResult> CheckExamples(const RulePack& pack, const CompiledRule& rule) {
  std::vector<ExampleResult> results;
  const std::string kind_match = "match example";
  for (const RuleExample& ex : rule.rule.examples) {
    ExampleResult res;
    res.example_loc = ex.loc;
    res.must_match = ex.must_match;
    TestFailure& f = res.failure;
    f.where = ex.loc;
    f.rule_id = rule.rule.id;
    f.details.emplace_back("rule", rule.rule.loc.ToString());
    f.details.emplace_back("text", ex.text);

    std::vector<std::string> produced;                     // claims, for messages
    std::vector<std::vector<FieldMismatch>> mismatches;    // per produced claim
    std::vector<std::pair<std::string, std::string>> why;  // when nothing matched
    bool met = false;
    std::string error;
    for (Lang lang : rule.rule.languages) {
      Result<Article> article = ExampleArticle(ex, lang);
      if (!article.ok()) {
        error = article.status().message();
        break;
      }
      bool accepted_any = false;
      for (const MatchTrace& t : TraceRule(pack, rule, *article)) {
        if (!t.accepted) continue;
        accepted_any = true;
        produced.push_back(DescribeClaim(t.claim) + "\nfrom \"" + t.claim.text + "\" (" +
                           PatternLabel(rule, t.pattern_index) + ", " +
                           SpecOf(rule, t.pattern_index).loc.ToString() + ")");
        if (!ex.must_match) continue;
        res.covered.push_back(t.pattern_index);
        std::vector<FieldMismatch> diff = Mismatches(ex.expect, t.claim, &t.captures);
        if (diff.empty()) met = true;
        mismatches.push_back(std::move(diff));
      }
      if (!accepted_any && ex.must_match) {
        NormalizedRange all{0, article->text.normalized().size()};
        for (auto& d : WhyNoMatch(pack, rule, *article, all)) {
          why.push_back(std::move(d));
        }
      }
    }
    std::sort(res.covered.begin(), res.covered.end());
    res.covered.erase(std::unique(res.covered.begin(), res.covered.end()), res.covered.end());

    if (!error.empty()) {
      f.message = (ex.must_match ? "match" : "no_match") + std::string(" example: ") + error;
    } else if (ex.must_match) {
      res.passed = met;
      if (produced.empty()) {
        f.message = kind_match + ": no match";
        f.details.emplace_back("expected", DescribeExpected(ex.expect, rule.rule.value.unit));
        for (auto& d : why) f.details.push_back(std::move(d));
      } else if (!met) {
        f.message = kind_match + ": the match differs from what the example expects";
        f.details.emplace_back("expected", DescribeExpected(ex.expect, rule.rule.value.unit));
        for (size_t i = 0; i < produced.size(); ++i) {
          f.details.emplace_back("actual", produced[i]);
          f.details.emplace_back("differs", JoinMismatches(mismatches[i]));
        }
      }
    } else {
      res.passed = produced.empty();
      if (!res.passed) {
        f.message = "no_match example: the rule matches";
        for (const std::string& p : produced) f.details.emplace_back("actual", p);
      }
    }
    if (res.passed) res.failure = TestFailure{};
    results.push_back(std::move(res));
  }
  return results;
}

}  // namespace factlint
