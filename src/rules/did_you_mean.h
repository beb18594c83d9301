// Suggestions for misspelled names, for error messages.
//
//   DidYouMean("paterns", {"id", "patterns", "slot"})  -> " (did you mean 'patterns'?)"
//   DidYouMean("zzz", {"id", "patterns", "slot"})      -> ""
//   JoinNames({"error", "warning", "info"})             -> "error, warning, info"
//
// Pure; thread-safe.
#ifndef FACTLINT_RULES_DID_YOU_MEAN_H_
#define FACTLINT_RULES_DID_YOU_MEAN_H_

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

// The candidate closest to `word` (case-insensitive edit distance, a swap of two
// neighbours counting as one edit), if it is close enough to be a likely typo.
// Ties go to the earlier candidate.
std::optional<std::string_view> ClosestName(std::string_view word,
                                            std::span<const std::string_view> candidates);

// " (did you mean 'x'?)" for the closest candidate, or "" when none is close.
std::string DidYouMean(std::string_view word, std::span<const std::string_view> candidates);

std::string JoinNames(std::span<const std::string_view> names);

}  // namespace factlint

#endif  // FACTLINT_RULES_DID_YOU_MEAN_H_
