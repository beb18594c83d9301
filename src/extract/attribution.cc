#include "extract/attribution.h"

#include <array>
#include <cctype>
#include <limits>

namespace factlint {
namespace {

// Cue words, as written in normalized text (apostrophes are ').
constexpr std::array<std::string_view, 6> kCues = {"selon ",   "Selon ",        "d'après ",
                                                   "D'après ", "according to ", "According to "};

bool WordStartsAt(std::string_view s, size_t i) {
  if (i == 0) return true;
  unsigned char c = static_cast<unsigned char>(s[i - 1]);
  return !(std::isalnum(c) || c >= 0x80);
}

}  // namespace

std::string FindAttribution(const Gazetteer* sources, std::string_view sentence, size_t match_begin,
                            size_t match_end) {
  if (sources == nullptr) return "";
  size_t best_at = std::string_view::npos, best_len = 0;
  size_t best_distance = std::numeric_limits<size_t>::max();
  for (std::string_view cue : kCues) {
    for (size_t at = sentence.find(cue); at != std::string_view::npos;
         at = sentence.find(cue, at + 1)) {
      if (!WordStartsAt(sentence, at)) continue;
      size_t end = at + cue.size();
      size_t distance;
      if (end <= match_begin) {
        distance = match_begin - end;
      } else if (at >= match_end) {
        distance = at - match_end;
      } else {
        distance = 0;  // inside the match: "12 000 selon la police" names its own source
      }
      if (distance < best_distance) {
        best_distance = distance;
        best_at = at;
        best_len = cue.size();
      }
    }
  }
  if (best_at == std::string_view::npos) return "";
  size_t from = best_at + best_len;
  size_t to = std::min(sentence.size(), from + kAttributionPhrase);
  for (size_t i = from; i < to; ++i) {
    char c = sentence[i];
    if (c == ',' || c == '.' || c == ';' || c == '(' || c == ')' || c == '\n') {
      to = i;
      break;
    }
  }
  std::vector<GazetteerMention> named = sources->FindMentions(sentence.substr(from, to - from));
  return named.empty() ? "" : named.front().id;
}

}  // namespace factlint
