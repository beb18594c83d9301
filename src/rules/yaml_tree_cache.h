// YamlTreeCache: where parsed rule files are kept between runs, so that a run
// whose rule files have not changed skips yaml-cpp's parse, most of the cost
// of loading the pack (the CI gate loads it for one article).
//
//   RulePackOptions options;
//   options.yaml_cache = &cache;  // e.g. a DirYamlCache (cli/yaml_cache.h)
//   LoadRulePack({"rules/"}, &errors, &warnings, options);
//
// The rules module only asks and offers; implementations own the storage.
// Only trees of texts that parsed cleanly are offered, and what Find returns
// is checked like a fresh parse (YamlTree::Valid, the node budget), so a
// cache changes how fast a pack loads, never what it holds or reports.
// Implementations must be safe to call from several threads at once.
#ifndef FACTLINT_RULES_YAML_TREE_CACHE_H_
#define FACTLINT_RULES_YAML_TREE_CACHE_H_

#include <memory>
#include <string_view>

#include "rules/yaml_tree.h"

namespace factlint {

class YamlTreeCache {
 public:
  virtual ~YamlTreeCache() = default;
  // The tree saved for exactly `text` (byte for byte), or null.
  virtual std::shared_ptr<const YamlTree> Find(std::string_view text) const = 0;
  // Keeps `tree`, the parse of `text`, for later runs; failures are ignored.
  virtual void Save(std::string_view text, const YamlTree& tree) const = 0;
};

}  // namespace factlint

#endif  // FACTLINT_RULES_YAML_TREE_CACHE_H_
