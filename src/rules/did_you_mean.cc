#include "rules/did_you_mean.h"

#include <algorithm>
#include <cctype>

namespace factlint {
namespace {

char Lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// Optimal string alignment distance: Levenshtein plus adjacent transpositions,
// because "langauge" is one slip of the fingers, not two.
size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = Lower(a[i - 1]) == Lower(b[j - 1]) ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && Lower(a[i - 1]) == Lower(b[j - 2]) &&
          Lower(a[i - 2]) == Lower(b[j - 1])) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

// Short words tolerate fewer edits: "id" vs "to" is not a typo.
size_t MaxEdits(std::string_view word) {
  if (word.size() <= 3) return 1;
  if (word.size() <= 6) return 2;
  return 3;
}

}  // namespace

std::optional<std::string_view> ClosestName(std::string_view word,
                                            std::span<const std::string_view> candidates) {
  // Names longer than this are not typed by hand; skip the quadratic work.
  constexpr size_t kMaxComparedLength = 128;
  if (word.empty() || word.size() > kMaxComparedLength) return std::nullopt;
  std::optional<std::string_view> best;
  size_t best_distance = MaxEdits(word) + 1;
  for (std::string_view candidate : candidates) {
    if (candidate.size() > kMaxComparedLength || candidate == word) continue;
    size_t distance = EditDistance(word, candidate);
    if (distance < best_distance) {
      best_distance = distance;
      best = candidate;
    }
  }
  return best;
}

std::string DidYouMean(std::string_view word, std::span<const std::string_view> candidates) {
  std::optional<std::string_view> best = ClosestName(word, candidates);
  if (!best) return "";
  return " (did you mean '" + std::string(*best) + "'?)";
}

std::string JoinNames(std::span<const std::string_view> names) {
  std::string out;
  for (std::string_view name : names) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

}  // namespace factlint
