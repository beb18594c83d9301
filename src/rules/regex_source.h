// Scanning a rule pattern as its author wrote it, before expansion: where its
// `{name}` and `{gaz:NAME}` references are and which groups it names.
//
//   RegexSourceScan scan = ScanRegexSource(R"((?P<n>{number}) \p{Lu}\w{2,3} {gaz:places})");
//   scan.references    -> {number} at [6, 14), {gaz:places} at [29, 41)
//   scan.named_groups  -> {"n"}
//
// Only `{` + identifier + `}` ([A-Za-z_][A-Za-z0-9_]*) and `{gaz:` + identifier
// + `}` are references; RE2 repetitions (`{2}`, `{1,3}`), escapes (`\{`,
// `\p{Lu}`, `\x{41}`, `\Q…\E`) and character classes are skipped. Pure.
#ifndef FACTLINT_RULES_REGEX_SOURCE_H_
#define FACTLINT_RULES_REGEX_SOURCE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

struct PatternReference {
  size_t begin = 0;  // of '{'
  size_t end = 0;    // past '}'
  std::string name;  // without "gaz:"
  bool gazetteer = false;
};

struct RegexSourceScan {
  std::vector<PatternReference> references;
  std::vector<std::string> named_groups;  // `(?P<name>…)`, in order of appearance
  // Text starting with "{gaz:" that is not a valid reference, e.g. "{gaz: places}".
  std::vector<std::string> malformed_references;
  // False when a ')' closes nothing or a '(' is never closed. RE2 catches this
  // in a whole pattern, but not in a fragment that is wrapped in (?:…).
  bool balanced = true;
};

RegexSourceScan ScanRegexSource(std::string_view source);

// [A-Za-z_][A-Za-z0-9_]*: names of sub-patterns, gazetteers and capture groups.
bool IsIdentifier(std::string_view name);

}  // namespace factlint

#endif  // FACTLINT_RULES_REGEX_SOURCE_H_
