// Checking an annotated fixture: runs the whole pipeline (extraction, then
// comparison) over the fixture's articles and holds the result up against its
// sidecar (tooling/fixture_spec.h).
//
//   FixtureResult r = CheckFixture(pack, spec, articles);
//   for (const TestFailure& f : r.failures) std::cout << FormatFailure(f);
//   // fixtures/ukraine-2022.test.yaml:12:7: error: [troops.deployed.fr] expected claim not found
//   //   article:  fixtures/ukraine-2022/001_06f0a092c793dd2d.txt:1
//   //   rule:     rules/fr/military.yaml:3:5
//   //   expected: troops.deployed: value [3000, 3000], modality stated
//   //   actual:   value [2000, 2000] soldier, ... at 1:63 '2 000'
//
// An expected claim is met by a claim of its article that starts on its line,
// comes from its rule (or a rule of its slot) and meets every expectation; each
// claim meets one expectation at most. An expected finding is met by a finding
// of its kind and slot (or with a claim of its rule) whose articles are exactly
// the ones listed and whose claims carry the listed key values. A `no_findings`
// entry fails when such a finding exists (its articles, when listed, need only
// be among the finding's). In an exhaustive slot, every claim and finding must
// be expected. Article names that match no article, or several, are errors.
// Pure.
#ifndef FACTLINT_TOOLING_FIXTURE_CHECK_H_
#define FACTLINT_TOOLING_FIXTURE_CHECK_H_

#include <utility>
#include <vector>

#include "rules/rule_pack.h"
#include "text/article.h"
#include "tooling/fixture_spec.h"
#include "tooling/test_failure.h"

namespace factlint {

struct FixtureResult {
  size_t passed = 0;
  std::vector<TestFailure> failures;
  // (rule index, pattern index) of every pattern with an accepted match in
  // the fixture's articles: what coverage counts.
  std::vector<std::pair<size_t, size_t>> covered;
  Diagnostics errors;  // sidecar names no article can answer to
};

FixtureResult CheckFixture(const RulePack& pack, const FixtureSpec& spec,
                           const std::vector<Article>& articles);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_FIXTURE_CHECK_H_
