#include "extract/modality.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <limits>

#include "extract/clause.h"

namespace factlint {

ModalityCue FindModality(const CompiledRule& rule, Lang lang, std::string_view full_sentence,
                         size_t match_begin, size_t match_end, ArticleRegexes* regexes) {
  // A cue speaks for its own clause: "…, saying the government could not fund…" does
  // not make the office named before it a plan.
  auto [clause_begin, clause_end] = ClauseAround(full_sentence, match_begin, match_end);
  std::string_view sentence = full_sentence.substr(0, clause_end);
  ModalityCue best;
  size_t best_distance = std::numeric_limits<size_t>::max();
  bool best_before = false;
  for (const auto& [which, lazy] : rule.cues) {
    if (which.first != lang || !lazy) continue;
    Status error;
    const RE2* re = regexes != nullptr ? regexes->GetCue(*lazy, &error) : lazy->Get();
    if (re == nullptr) continue;  // reported by TryExtractClaims
    re2::StringPiece input(sentence.data(), sentence.size());
    re2::StringPiece m;
    size_t pos = 0;
    while (pos <= sentence.size() &&
           re->Match(input, pos, sentence.size(), re2::RE2::UNANCHORED, &m, 1)) {
      size_t b = static_cast<size_t>(m.data() - sentence.data());
      size_t e = b + m.size();
      pos = (e > b) ? e : b + 1;
      if (b < clause_begin) continue;  // an earlier clause
      // Cue words must stand alone: not glued to letters on either side.
      auto is_word = [&](size_t i) {
        unsigned char c = static_cast<unsigned char>(sentence[i]);
        return std::isalnum(c) || c >= 0x80;
      };
      if ((b > 0 && is_word(b - 1) && is_word(b)) ||
          (e < sentence.size() && e > 0 && is_word(e - 1) && is_word(e)))
        continue;
      bool before = e <= match_begin;
      size_t distance;
      if (before) {
        distance = match_begin - e;
      } else if (b >= match_end) {
        distance = b - match_end;
      } else if (b == match_begin) {
        distance = 0;
        before = true;
      } else {
        continue;  // inside the match: part of the fact, not a hedge on it
      }
      if (distance < best_distance || (distance == best_distance && before && !best_before)) {
        best_distance = distance;
        best_before = before;
        best.modality = which.second;
        best.cue.assign(m.data(), m.size());
      }
    }
  }
  return best;
}

}  // namespace factlint
