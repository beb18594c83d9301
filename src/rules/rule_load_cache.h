// RuleLoadCache: what a load of the rule pack can reuse from earlier runs, so
// that a run whose rule files have not changed skips the costly parts of the
// load that only depend on their text (the CI gate loads the whole pack to
// read one article):
//   - the YAML trees of the files (yaml-cpp's parse, most of the cost);
//   - that the very same files, read by the same programs, loaded without an
//     error before, so the RE2 syntax checks of sub-patterns and of lazily
//     compiled patterns, which only ever report errors, can be skipped.
//
//   RulePackOptions options;
//   options.cache = &cache;  // e.g. a DirRuleCache (cli/rule_cache.h)
//   LoadRulePack({"rules/"}, &errors, &warnings, options);
//
// The rules module only asks and offers; implementations own the storage and
// must match byte for byte (texts, not hashes alone) and tell apart the
// programs that did the work. Only trees of texts that parsed cleanly are
// offered, and what FindTree returns is checked like a fresh parse
// (YamlTree::Valid, the node budget). A cache changes how fast a pack loads,
// never what it holds or reports. Implementations must be safe to call from
// several threads at once.
#ifndef FACTLINT_RULES_RULE_LOAD_CACHE_H_
#define FACTLINT_RULES_RULE_LOAD_CACHE_H_

#include <memory>
#include <string_view>

#include "rules/yaml_tree.h"

namespace factlint {

class RuleLoadCache {
 public:
  virtual ~RuleLoadCache() = default;

  // The tree saved for exactly `text`, or null.
  virtual std::shared_ptr<const YamlTree> FindTree(std::string_view text) const = 0;
  // Keeps `tree`, the parse of `text`, for later runs; failures are ignored.
  virtual void SaveTree(std::string_view text, const YamlTree& tree) const = 0;

  // `pack` stands for every rule file of a load, paths and texts, in order
  // (rules/rule_loader.cc writes it). Whether MarkClean was called with
  // exactly `pack`, and recording it; failures are ignored.
  virtual bool IsClean(std::string_view pack) const = 0;
  virtual void MarkClean(std::string_view pack) const = 0;
};

}  // namespace factlint

#endif  // FACTLINT_RULES_RULE_LOAD_CACHE_H_
