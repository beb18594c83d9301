// Reading the top-level `patterns:` section of a rule file into SubPatterns
// (docs/rules.md "Sub-patterns"):
//
//   patterns:
//     troop_noun: {fr: 'soldats|troupes', en: 'troops|soldiers'}
//     facility: '(?:Fort|Camp) \p{Lu}\p{L}+'    # every language
//
// Checks the shape only; PatternLibrary checks references and compiles.
#ifndef FACTLINT_RULES_SUB_PATTERN_READER_H_
#define FACTLINT_RULES_SUB_PATTERN_READER_H_

#include <vector>

#include "rules/pattern_library.h"
#include "rules/yaml_reader.h"

namespace factlint {

void ReadSubPatterns(YamlReader& reader, const YamlField& field, std::vector<SubPattern>* out);

}  // namespace factlint

#endif  // FACTLINT_RULES_SUB_PATTERN_READER_H_
