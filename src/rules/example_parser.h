// Reading a rule's `examples:` section into RuleExamples (docs/rules.md
// "Examples"):
//
//   examples:
//     match:
//       - text: "Joe Biden envisage d'envoyer jusqu'à 5 000 soldats en Europe de l'Est."
//         value: [0, 5000]          # or 5000, or "(100000, inf)"; an id; a list of ids
//         qualifier: at-most
//         modality: planned
//         key: {region: EU-EAST}
//     no_match:
//       - "Les 8 500 soldats placés en état d'alerte."
//
// Values are read per the rule's value type, so the rule's `value` (and `key`)
// must be parsed first. Category and set ids are checked against the
// gazetteer. A rule without a `match` example is an error.
#ifndef FACTLINT_RULES_EXAMPLE_PARSER_H_
#define FACTLINT_RULES_EXAMPLE_PARSER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "normalize/interval.h"
#include "rules/gazetteer.h"
#include "rules/rule.h"
#include "rules/yaml_reader.h"

namespace factlint {

struct ExampleContext {
  std::string rule;                      // "rule 'x'", for messages
  std::optional<ValueKind> kind;         // nullopt when the rule's value is broken
  QuantityReader reader = QuantityReader::kNumber;  // dates and times are written as such
  const Gazetteer* gazetteer = nullptr;  // of a category or set value, when known
  std::vector<std::string> key_fields;
};

std::vector<RuleExample> ParseExamples(YamlReader& reader, const YamlField& field,
                                       const ExampleContext& context);

// Reads whichever of `value`, `qualifier`, `modality`, `key` and `captures` the
// mapping holds, as a `match` example does (annotated fixtures use it too).
// False after reporting a problem; `what` names the mapping in messages.
bool ReadExpectedClaim(YamlReader& reader, const YamlMap& map, const ExampleContext& context,
                       const std::string& what, ExpectedClaim* expect);

// "[0, 5000]", "(100000, inf)": brackets close an end, parentheses open it;
// an infinite end is always open. nullopt when malformed or empty.
std::optional<Interval> ParseIntervalText(std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_RULES_EXAMPLE_PARSER_H_
