// Modality of a claim from cue words in its sentence.
//
//   ModalityCue m = FindModality(rule, Lang::kFr, sentence_text, match_b, match_e);
//   m.modality  // kPlanned for "envisage d'envoyer 5 000 soldats"
//
// Every cue of every modality is searched in the clause of the sentence that holds
// the match (clauses end at , ; : ( ) and quote marks; the comma of "6,4" does not
// count); the occurrence nearest to the match decides (a cue before the match wins a
// tie). Cues inside the match itself do not count, except at its start. No cue:
// kStated. Attribution ("selon la police", "according to officials") is not a
// modality when it stands in its own clause: extract/attribution.h reads it.
#ifndef FACTLINT_EXTRACT_MODALITY_H_
#define FACTLINT_EXTRACT_MODALITY_H_

#include <string>
#include <string_view>

#include "rules/article_regexes.h"
#include "rules/rule_pack.h"

namespace factlint {

struct ModalityCue {
  Modality modality = Modality::kStated;
  std::string cue;  // the words that decided it (normalized text)
};

// `sentence` is normalized text; [match_begin, match_end) are offsets into it.
// With `regexes` (the article's, rules/article_regexes.h), cues run as it gives
// them; a cue RE2 cannot compile is skipped here and reported by the extractor.
ModalityCue FindModality(const CompiledRule& rule, Lang lang, std::string_view sentence,
                         size_t match_begin, size_t match_end,
                         ArticleRegexes* regexes = nullptr);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_MODALITY_H_
