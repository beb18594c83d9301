// `factlint explain`: how a rule reads a sentence, step by step.
//
//   Article a = ...;  // one sentence (explain --rule ID "...") or a file (--file F --line N)
//   std::cout << Explain(pack, a, {pack.FindRule("troops.deployed.fr"), std::nullopt});
//   // rule troops.deployed.fr (slot troops.deployed, fr) at rules/fr/military.yaml:3:5
//   // pattern 1 (rules/fr/military.yaml:13:9) matched "jusqu'à 5 000 soldats ... de l'Est" at 1:30
//   //   capture quantity: "jusqu'à 5 000"
//   //   capture region:   "Europe de l'Est"
//   //   value:            [0, 5000] soldier from "jusqu'à 5 000"
//   //   qualifier:        at-most
//   //   modality:         planned (cue "envisage")
//   //   key:              region=EU-EAST
//   //   claim:            kept
//
// For each pattern of the rule in the article's language: every match, its
// captures, and either the claim it makes (value with its interval,
// qualifier, modality and the cue that decided it, key) or why it was rejected;
// whether the claim survives in `factlint check` (a claim of an earlier rule of
// the same slot over the same words wins); and for a pattern that matches
// nothing, how far it gets (tooling/pattern_probe.h). With `line`, only matches
// starting on that line of the file count. Without a rule, every rule of the
// article's language that matches is explained. Pure.
#ifndef FACTLINT_TOOLING_RULE_EXPLAIN_H_
#define FACTLINT_TOOLING_RULE_EXPLAIN_H_

#include <optional>
#include <string>

#include "rules/rule_pack.h"
#include "text/article.h"

namespace factlint {

struct ExplainRequest {
  const CompiledRule* rule = nullptr;  // nullptr: every rule that matches
  std::optional<int> line;             // only matches starting on this line
};

struct Explanation {
  std::string text;   // what to print
  size_t claims = 0;  // accepted matches shown
};

Explanation Explain(const RulePack& pack, const Article& article, const ExplainRequest& request);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_RULE_EXPLAIN_H_
