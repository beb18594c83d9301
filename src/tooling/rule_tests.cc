#include "tooling/rule_tests.h"

#include <set>

#include "extract/extractor.h"
#include "tooling/example_check.h"
#include "tooling/fixture_check.h"

namespace factlint {
namespace {

// Whether pattern `p` of `rule`, run alone, produces a claim from a `match`
// example or a fixture article: a pattern whose matches an earlier pattern of
// its rule always takes first is still a working pattern.
bool FiresAlone(const RulePack& pack, const CompiledRule& rule, size_t p,
                const std::vector<LoadedFixture>& fixtures) {
  CompiledRule alone = rule;
  alone.patterns = {rule.patterns[p]};
  const Lang lang = rule.patterns[p].lang;
  auto fires = [&](const Article& article) {
    for (const MatchTrace& t : TraceRule(pack, alone, article)) {
      if (t.accepted) return true;
    }
    return false;
  };
  for (const RuleExample& ex : rule.rule.examples) {
    if (!ex.must_match) continue;
    Result<Article> article = ExampleArticle(ex, lang);
    if (article.ok() && fires(*article)) return true;
  }
  for (const LoadedFixture& fixture : fixtures) {
    for (const Article& article : fixture.articles) {
      if (article.meta.lang == lang && fires(article)) return true;
    }
  }
  return false;
}

}  // namespace

RuleTestRun RunRuleTests(const RulePack& pack, const std::vector<LoadedFixture>& fixtures) {
  RuleTestRun run;
  std::set<std::pair<size_t, size_t>> covered;  // (rule, pattern)
  std::vector<bool> has_match_example(pack.rules().size(), false);

  for (size_t r = 0; r < pack.rules().size(); ++r) {
    for (ExampleResult& res : CheckExamples(pack, pack.rules()[r])) {
      ++run.examples;
      has_match_example[r] = has_match_example[r] || res.must_match;
      for (size_t p : res.covered) covered.emplace(r, p);
      if (res.passed) {
        ++run.passed;
      } else {
        ++run.failed;
        run.failures.push_back(std::move(res.failure));
      }
    }
  }

  for (const LoadedFixture& fixture : fixtures) {
    FixtureResult res = CheckFixture(pack, fixture.spec, fixture.articles);
    run.fixture_checks += res.passed + res.failures.size();
    run.passed += res.passed;
    run.failed += res.failures.size();
    for (TestFailure& f : res.failures) run.failures.push_back(std::move(f));
    for (Status& e : res.errors) run.errors.push_back(std::move(e));
    covered.insert(res.covered.begin(), res.covered.end());
  }

  for (size_t r = 0; r < pack.rules().size(); ++r) {
    const CompiledRule& rule = pack.rules()[r];
    for (size_t p = 0; p < rule.patterns.size(); ++p) {
      if (covered.count({r, p}) == 0 && FiresAlone(pack, rule, p, fixtures)) covered.emplace(r, p);
    }
    bool ok = true;
    if (!has_match_example[r]) {
      ok = false;
      run.failures.push_back({rule.rule.loc,
                              rule.rule.id,
                              "coverage: the rule has no 'match' example",
                              {{"hint", "add a sentence it must match under examples: match:"}}});
    }
    for (size_t p = 0; p < rule.patterns.size(); ++p) {
      if (covered.count({r, p}) > 0) continue;
      ok = false;
      std::string label = PatternLabel(rule, p);
      run.failures.push_back(
          {SpecOf(rule, p).loc,
           rule.rule.id,
           "coverage: " + label +
               " never produces a claim, even on its own, in the rule's "
               "'match' examples or the fixtures",
           {{"rule", rule.rule.loc.ToString()},
            {"hint", "add a 'match' example that this pattern reads, or remove the pattern"}}});
      ++run.failed;
    }
    if (ok) {
      ++run.passed;
    } else if (!has_match_example[r]) {
      ++run.failed;
    }
  }
  return run;
}

}  // namespace factlint
