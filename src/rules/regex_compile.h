// Compiling rule regexes: the RE2 options every rule regex uses, and RE2's
// error turned into a Status at the YAML node the regex came from.
//
//   Result<std::shared_ptr<const RE2>> re =
//       CompileRegex("(?P<n>\\d+", "pattern of rule 'x'", loc);
//   re.status().ToString()
//     -> "r.yaml:7:9: error: pattern of rule 'x' is not a valid RE2 pattern: missing ): (?P<n>\d+"
#ifndef FACTLINT_RULES_REGEX_COMPILE_H_
#define FACTLINT_RULES_REGEX_COMPILE_H_

#include <re2/re2.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/source_loc.h"
#include "base/status.h"

namespace factlint {

// Generous: the largest shipped patterns (gazetteer alternations) need a few MiB.
inline constexpr int64_t kMaxRegexMemory = int64_t{64} << 20;
inline constexpr int64_t kMaxRegexSetMemory = int64_t{256} << 20;

// UTF-8, case-sensitive, errors returned instead of logged, kMaxRegexMemory.
RE2::Options RuleRegexOptions();

// `what` names the regex in messages ("pattern of rule 'x' (fr)").
Result<std::shared_ptr<const RE2>> CompileRegex(const std::string& pattern, std::string_view what,
                                                const SourceLoc& loc);

// A piece of a regex to check on its own: a sub-pattern's text, a cue.
struct RegexFragment {
  std::string text;
  std::string what;  // for messages
  SourceLoc loc;
};

// The errors of the fragments that do not parse on their own, in order, with
// the message RE2 gives when compiling them. Parses them (RE2::Set::Add: RE2's
// parser, nothing compiled), which nearly always succeeds, and compiles one by
// one only to find the culprits. Each fragment must have balanced parentheses
// (RegexSourceScan::balanced): the check wraps each in (?:…).
std::vector<std::pair<size_t, Status>> CheckRegexFragments(
    const std::vector<RegexFragment>& fragments);

}  // namespace factlint

#endif  // FACTLINT_RULES_REGEX_COMPILE_H_
