// RuleCompiler: Rule -> CompiledRule. Expands each pattern for each of the
// rule's languages and compiles it with RE2, checks that every pattern names
// the groups the key fields, the value and the speaker read, and builds the
// rule's modality cue regexes (shared cues first, then the rule's own).
//
//   RuleCompiler compiler(&library, &shared_cues);
//   std::optional<CompiledRule> compiled =
//       compiler.Compile(std::move(rule), /*warn=*/true, &errors, &warnings);
//
// Used while a pack is built; not thread-safe. Identical patterns and cue
// alternations are compiled once and shared between rules.
#ifndef FACTLINT_RULES_RULE_COMPILER_H_
#define FACTLINT_RULES_RULE_COMPILER_H_

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "base/status.h"
#include "rules/modality_cues.h"
#include "rules/pattern_library.h"
#include "rules/rule.h"
#include "rules/rule_pack.h"

namespace factlint {

class RuleCompiler {
 public:
  // Both must outlive the compiler.
  RuleCompiler(PatternLibrary* library, const ModalityCueSpecs* shared_cues);

  // nullopt when an error was reported. `warn` asks for warnings about
  // unused groups; pass false for rules that already have errors.
  std::optional<CompiledRule> Compile(Rule rule, bool warn, Diagnostics* errors,
                                      Diagnostics* warnings);

 private:
  PatternLibrary* library_;
  const ModalityCueSpecs* shared_cues_;
  // Compiled regexes by their text: identical patterns and cue alternations
  // are compiled once and shared (RE2 is thread-safe to share).
  std::map<std::string, std::shared_ptr<const re2::RE2>> pattern_cache_;
  std::map<std::string, std::shared_ptr<const re2::RE2>> cue_cache_;
};

}  // namespace factlint

#endif  // FACTLINT_RULES_RULE_COMPILER_H_
