// ParseRule: one entry of a `rules:` list -> Rule, with the defaults of
// rules/rule_defaults.h filled in (docs/rules.md "Rules").
//
//   std::optional<ParsedRule> parsed = ParseRule(reader, item, gazetteers);
//   if (parsed && parsed->clean) ...
//
// Every problem is reported through `reader`. A rule with problems is still
// returned when it is a mapping, so that the compiler can report problems in
// its patterns too; `clean` says whether the rule itself parsed without any.
#ifndef FACTLINT_RULES_RULE_PARSER_H_
#define FACTLINT_RULES_RULE_PARSER_H_

#include <map>
#include <optional>
#include <string>

#include "rules/gazetteer.h"
#include "rules/rule.h"
#include "rules/yaml_reader.h"

namespace factlint {

struct ParsedRule {
  Rule rule;
  bool clean = true;
  SourceLoc id_loc;  // of the id's value, for duplicate-id messages
};

std::optional<ParsedRule> ParseRule(YamlReader& reader, const YamlItem& item,
                                    const std::map<std::string, Gazetteer>& gazetteers);

}  // namespace factlint

#endif  // FACTLINT_RULES_RULE_PARSER_H_
