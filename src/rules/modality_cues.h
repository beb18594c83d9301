// Modality cues: words that make a claim planned or reported rather than
// stated (docs/rules.md "Modality cues"). The shared top-level `modality:`
// section and a rule's own `modality:` have the same shape:
//
//   modality:
//     planned:
//       fr: ['envisag\w*', 'pourrai\w*']
//       en: ['consider\w*']
//
//   ModalityCueSpecs cues;
//   ReadModalityCues(reader, field, "rule 'x'", &cues);     // validates each cue
//   cues[{Lang::kFr, Modality::kPlanned}]                    // {"envisag\w*", ...}
//   CueAlternation({"envisag\\w*", "pourrai\\w*"})          // "(?i:(?:envisag\w*)|(?:pourrai\w*))"
#ifndef FACTLINT_RULES_MODALITY_CUES_H_
#define FACTLINT_RULES_MODALITY_CUES_H_

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/lang.h"
#include "base/source_loc.h"
#include "rules/rule.h"
#include "rules/yaml_reader.h"

namespace factlint {

struct ModalityCueSpec {
  std::string regex;
  SourceLoc loc;
};

using ModalityCueSpecs = std::map<std::pair<Lang, Modality>, std::vector<ModalityCueSpec>>;

// Appends the cues of a `modality:` field to `cues`; each cue must compile as
// RE2 on its own (reported at the cue otherwise, and left out). `context`
// names the owner in messages ("rule 'x'", or "" for the shared section).
// `check_syntax` false skips RE2's parse of each cue, for a pack known to have
// loaded without an error before (rules/rule_load_cache.h).
void ReadModalityCues(YamlReader& reader, const YamlField& field, std::string_view context,
                      ModalityCueSpecs* cues, bool check_syntax = true);

// One case-insensitive alternation of `cues`, each kept in its own group.
std::string CueAlternation(const std::vector<std::string>& cues);

}  // namespace factlint

#endif  // FACTLINT_RULES_MODALITY_CUES_H_
