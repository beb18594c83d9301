#include "rules/regex_compile.h"

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
  std::string all;
  for (const RegexFragment& fragment : fragments) {
    all += (all.empty() ? "(?:" : "|(?:") + fragment.text + ")";
  }
  if (RE2(all, RuleRegexOptions()).ok()) return failures;
  for (size_t i = 0; i < fragments.size(); ++i) {
    const RegexFragment& fragment = fragments[i];
    Result<std::shared_ptr<const RE2>> re =
        CompileRegex("(?:" + fragment.text + ")", fragment.what, fragment.loc);
    if (!re.ok()) failures.emplace_back(i, re.status());
  }
  return failures;
}

}  // namespace factlint
