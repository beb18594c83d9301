// Running a rule's examples: does each `match` example produce the claim it
// expects, and each `no_match` example nothing?
//
//   for (const CompiledRule& r : pack.rules())
//     for (const ExampleResult& res : CheckExamples(pack, r))
//       if (!res.passed) std::cout << res.example_loc.ToString() << ": " << res.problem;
#ifndef FACTLINT_TOOLING_EXAMPLE_CHECK_H_
#define FACTLINT_TOOLING_EXAMPLE_CHECK_H_

#include <string>
#include <vector>

#include "extract/claim.h"
#include "rules/rule_pack.h"

namespace factlint {

struct ExampleResult {
  SourceLoc example_loc;  // the example in the rule file
  std::string rule_id;
  bool must_match = true;
  bool passed = false;
  std::string problem;  // expected against actual, when !passed
};

std::vector<ExampleResult> CheckExamples(const RulePack& pack, const CompiledRule& rule);

// "" when the claim meets every expectation set, else what differs.
std::string CompareWithExpected(const ExpectedClaim& expected, const Claim& claim,
                                const std::map<std::string, std::string>& captures);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_EXAMPLE_CHECK_H_
