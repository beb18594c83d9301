// TestFailure: one failed check of `factlint rules test`, and how it prints.
//
//   TestFailure f{example.loc, "troops.deployed.fr", "match example: no match", {}};
//   f.details.push_back({"rule", rule.loc.ToString()});
//   f.details.push_back({"expected", "value [0, 5000]"});
//   std::cout << FormatFailure(f);
//   // rules/fr/military.yaml:17:11: error: [troops.deployed.fr] match example: no match
//   //   rule:     rules/fr/military.yaml:3:5
//   //   expected: value [0, 5000]
#ifndef FACTLINT_TOOLING_TEST_FAILURE_H_
#define FACTLINT_TOOLING_TEST_FAILURE_H_

#include <string>
#include <utility>
#include <vector>

#include "base/source_loc.h"

namespace factlint {

struct TestFailure {
  SourceLoc where;      // the example in its rule file, or the entry in a sidecar
  std::string rule_id;  // "" when the failure is not about one rule
  std::string message;  // one line
  // Labelled lines under the message: rule, article, expected, actual, hints.
  std::vector<std::pair<std::string, std::string>> details;
};

// "where: error: [rule_id] message\n" then "  label: value\n" per detail,
// values aligned; a value with line breaks continues indented.
std::string FormatFailure(const TestFailure& failure);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_TEST_FAILURE_H_
