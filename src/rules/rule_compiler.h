// RuleCompiler: Rule -> CompiledRule. Expands each pattern for each of the
// rule's languages and compiles it with RE2, checks that every pattern names
// the groups the key fields, the value and the speaker read, and builds the
// rule's modality cue regexes (shared cues first, then the rule's own).
//
//   RuleCompiler compiler(&library, &shared_cues, /*lazy=*/false);
//   std::optional<CompiledRule> compiled =
//       compiler.Compile(std::move(rule), /*warn=*/true, &errors, &warnings);
//
// Eager, every pattern and cue alternation is compiled now and RE2's error
// reported at once. Lazy, they compile on first use (rules/lazy_regex.h):
// each pattern's own text is only parsed, with its references standing for
// groups, and its named groups are read from its source; a pattern that does
// not parse is still reported now, with the message of its whole expansion.
// What only compiling tells (a pattern too large for RE2's budget once its
// gazetteers are inlined) then shows when the pattern is first needed. Each
// pattern also gets its PatternFilter (rules/pattern_prefilter.h).
// Used while a pack is built; not thread-safe. Identical patterns and cue
// alternations are compiled once and shared between rules.
#ifndef FACTLINT_RULES_RULE_COMPILER_H_
#define FACTLINT_RULES_RULE_COMPILER_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "base/status.h"
#include "rules/modality_cues.h"
#include "rules/pattern_library.h"
#include "rules/rule.h"
#include "rules/rule_pack.h"

namespace factlint {

class RuleCompiler {
 public:
  // Both must outlive the compiler. `check_syntax` false skips the lazy
  // parse of each pattern, for a pack known to have loaded without an error
  // before (rules/rule_load_cache.h).
  RuleCompiler(PatternLibrary* library, const ModalityCueSpecs* shared_cues, bool lazy = false,
               bool check_syntax = true);

  // nullopt when an error was reported. `warn` asks for warnings about
  // unused groups; pass false for rules that already have errors.
  std::optional<CompiledRule> Compile(Rule rule, bool warn, Diagnostics* errors,
                                      Diagnostics* warnings);

 private:
  // Lazy mode: whether the pattern parses; RE2's message for the whole
  // expansion (`re`) when it does not.
  static Status CheckSyntax(std::string_view source, const LazyRegex& re);

  PatternLibrary* library_;
  const ModalityCueSpecs* shared_cues_;
  bool lazy_;
  bool check_syntax_;
  // Compiled regexes by their text: identical patterns and cue alternations
  // are compiled once and shared (RE2 is thread-safe to share).
  std::map<std::string, std::shared_ptr<const LazyRegex>> pattern_cache_;
  std::map<std::string, std::shared_ptr<const LazyRegex>> cue_cache_;
};

}  // namespace factlint

#endif  // FACTLINT_RULES_RULE_COMPILER_H_
