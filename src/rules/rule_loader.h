// Loading rule folders: YAML files -> validated, compiled RulePack.
//
//   Diagnostics problems;
//   std::optional<RulePack> pack = LoadRulePack({"rules/"}, &problems);
//   for (const Status& s : problems) std::cerr << s.ToString() << "\n";
//   // "rules/fr/troops.yaml:14:9: error: unknown key 'paterns' in rule (did you mean 'patterns'?)"
//
// Every YAML file under the given paths (recursively, sorted; *.yaml and *.yml)
// may hold any of the top-level keys `patterns`, `gazetteer`+`entries`,
// `modality` and `rules` (docs/rules.md). Validation is strict and reports every
// problem it finds, not only the first: unknown or missing keys, wrong types, an
// unknown {sub-pattern} or gazetteer, a pattern RE2 rejects (with RE2's message),
// duplicate rule ids, examples with malformed expectations. Problems carry the
// file:line:col of the offending YAML node; they come sorted by file (in the
// order read) and position. Warnings (an alias shared by two gazetteer ids, a
// named group nothing reads) go to `warnings` and do not fail the load.
#ifndef FACTLINT_RULES_RULE_LOADER_H_
#define FACTLINT_RULES_RULE_LOADER_H_

#include <optional>
#include <string>
#include <vector>

#include "base/status.h"
#include "rules/narrowing_cache.h"
#include "rules/rule_pack.h"
#include "rules/rule_load_cache.h"

namespace factlint {

// How a pack is compiled. Eager (the default, for `rules lint` and `rules
// test`): every pattern, cue and prefilter set now, so every problem RE2 can
// find is reported by the load. Lazy (for runs over articles): each compiles
// when first needed (rules/rule_compiler.h says what is still checked up
// front); the claims found are the same.
//
// Lazily, the first `narrowed_articles` articles the pack reads run each
// pattern not yet compiled with its gazetteers narrowed to the aliases the
// article holds (rules/article_regexes.h): the same claims, at a fraction of
// the compile cost when a run reads few articles (the CI gate). 0: never.
struct RulePackOptions {
  bool lazy = false;
  size_t narrowed_articles = kNarrowedArticles;
  // Threads that parse the YAML files, and build and first run the prefilter
  // sets (rules/lang_set.h); the output does not depend on it.
  size_t jobs = 1;
  // What loads reuse between runs (rules/rule_load_cache.h): parsed rule files,
  // and, for a lazy load, that the same files loaded without an error before.
  // Null: do it all. The pack and its messages do not depend on it.
  const RuleLoadCache* cache = nullptr;
};

struct RuleSource {
  std::string path;     // for messages
  std::string content;  // the YAML text
};

// Pure: builds a pack from YAML texts already read. Returns nullopt when any
// error was found; every error is appended to `errors`.
std::optional<RulePack> BuildRulePack(const std::vector<RuleSource>& sources, Diagnostics* errors,
                                      Diagnostics* warnings = nullptr,
                                      const RulePackOptions& options = {});

// Reads every YAML file under `paths` (files or folders) and calls BuildRulePack.
std::optional<RulePack> LoadRulePack(const std::vector<std::string>& paths, Diagnostics* errors,
                                     Diagnostics* warnings = nullptr,
                                     const RulePackOptions& options = {});

}  // namespace factlint

#endif  // FACTLINT_RULES_RULE_LOADER_H_
