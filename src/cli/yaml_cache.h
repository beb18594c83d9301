// DirYamlCache: parsed rule files kept in a folder between runs
// (rules/yaml_tree_cache.h), so that a run whose rule files have not changed
// does not parse them again.
//
//   std::unique_ptr<YamlTreeCache> cache = OpenYamlCache(config);  // null: no cache
//   options.yaml_cache = cache.get();
//
// One file per rule text, named after a hash of the text, holding the text
// itself (a hit is a byte-for-byte match, not a hash match), a stamp of the
// programs that parsed it (this executable and the yaml-cpp library: size
// and modification time; another build is a miss), the tree, and a checksum
// of all of it. A missing, truncated, corrupted or foreign file is a miss
// and is replaced. Files are written to a temporary name and renamed, so
// runs in parallel share a folder safely. The cache never changes what a
// run reads or reports; failing to read or write it is silent.
//
// The folder: --cache-dir, else $FACTLINT_CACHE_DIR (set and empty: no
// cache), else $XDG_CACHE_HOME/factlint, else $HOME/.cache/factlint;
// --no-cache turns it off. Deleting the folder is always safe.
#ifndef FACTLINT_CLI_YAML_CACHE_H_
#define FACTLINT_CLI_YAML_CACHE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "cli/config.h"
#include "rules/yaml_tree_cache.h"

namespace factlint {

class DirYamlCache : public YamlTreeCache {
 public:
  // `stamp` names the programs whose parse is kept (YamlCacheStamp()).
  DirYamlCache(std::string dir, std::string stamp);

  std::shared_ptr<const YamlTree> Find(std::string_view text) const override;
  void Save(std::string_view text, const YamlTree& tree) const override;

  // The file that holds the tree of `text`.
  std::string PathFor(std::string_view text) const;

 private:
  std::string dir_;
  std::string stamp_;
};

// Size and modification time of this executable and of the yaml-cpp library
// it runs with; empty when they cannot be found (then nothing is cached).
std::string YamlCacheStamp();

// The cache folder of `config` and the environment (see above); nullopt: none.
std::optional<std::string> YamlCacheDir(const Config& config);

// A DirYamlCache on YamlCacheDir(config), or null.
std::unique_ptr<YamlTreeCache> OpenYamlCache(const Config& config);

}  // namespace factlint

#endif  // FACTLINT_CLI_YAML_CACHE_H_
