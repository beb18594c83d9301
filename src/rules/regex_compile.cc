#include "rules/regex_compile.h"

#include <re2/set.h>

namespace factlint {

RE2::Options RuleRegexOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_log_errors(false);
  options.set_max_mem(kMaxRegexMemory);
  return options;
}

Result<std::shared_ptr<const RE2>> CompileRegex(const std::string& pattern, std::string_view what,
                                                const SourceLoc& loc) {
  auto re = std::make_shared<const RE2>(pattern, RuleRegexOptions());
  if (re->ok()) return std::shared_ptr<const RE2>(std::move(re));
  if (re->error_code() == RE2::ErrorPatternTooLarge) {
    return Status::RuleError(std::string(what) + " is too large: RE2 cannot compile it within " +
                                 std::to_string(kMaxRegexMemory >> 20) + " MiB",
                             loc);
  }
  return Status::RuleError(std::string(what) + " is not a valid RE2 pattern: " + re->error(), loc);
}

std::vector<std::pair<size_t, Status>> CheckRegexFragments(
    const std::vector<RegexFragment>& fragments) {
  std::vector<std::pair<size_t, Status>> failures;
  if (fragments.empty()) return failures;
  // Parsing is what can fail for a fragment: RE2::Set::Add parses with RE2's
  // own parser and options and compiles nothing, a fraction of the cost of
  // compiling them all. (Only a fragment too large for RE2's memory budget
  // parses and still fails to compile; a pattern using it is larger still and
  // fails where it is compiled.)
  RE2::Set parser(RuleRegexOptions(), RE2::UNANCHORED);
  bool all_parse = true;
  for (const RegexFragment& fragment : fragments) {
    if (parser.Add("(?:" + fragment.text + ")", nullptr) < 0) {
      all_parse = false;
      break;
    }
  }
  if (all_parse) return failures;
  for (size_t i = 0; i < fragments.size(); ++i) {
    const RegexFragment& fragment = fragments[i];
    Result<std::shared_ptr<const RE2>> re =
        CompileRegex("(?:" + fragment.text + ")", fragment.what, fragment.loc);
    if (!re.ok()) failures.emplace_back(i, re.status());
  }
  return failures;
}

}  // namespace factlint
