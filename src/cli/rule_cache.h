// DirRuleCache: what loads of the rule pack reuse between runs
// (rules/rule_load_cache.h), kept in a folder, so that a run whose rule files
// have not changed does not parse and check them again.
//
//   std::unique_ptr<RuleLoadCache> cache = OpenRuleCache(config);  // null: no cache
//   options.cache = cache.get();
//
// One file per rule text ("yaml-<hash of the text>": the text and its tree),
// and one per pack that loaded without an error ("pack-<hash>": the paths and
// texts of its files). Each holds what it stands for in full (a hit is a
// byte-for-byte match, not a hash match), a stamp of the programs that did
// the work (this executable, the yaml-cpp and RE2 libraries: device, inode,
// size and modification time; another build is a miss), and a checksum of
// all of it. A missing, truncated, corrupted or foreign file is a miss and is
// replaced. Files are written to a temporary name and renamed, so
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
#include "rules/rule_load_cache.h"

namespace factlint {

class DirRuleCache : public RuleLoadCache {
 public:
  // `stamp` names the programs whose parse is kept (RuleCacheStamp()).
  DirRuleCache(std::string dir, std::string stamp);

  std::shared_ptr<const YamlTree> FindTree(std::string_view text) const override;
  void SaveTree(std::string_view text, const YamlTree& tree) const override;
  bool IsClean(std::string_view pack) const override;
  void MarkClean(std::string_view pack) const override;

 private:
  // The entry for `key` lives in "<prefix><hash of key>". The value stored
  // with exactly `key` by these programs, or nullopt (a miss); entries
  // larger than `limit` bytes are not read.
  std::optional<std::string> Lookup(std::string_view prefix, std::string_view key,
                                    size_t limit) const;
  void Store(std::string_view prefix, std::string_view key, std::string_view value) const;
  std::string PathFor(std::string_view prefix, std::string_view key) const;

  std::string dir_;
  std::string stamp_;
};

// Device, inode, size and modification time of this executable and of the
// yaml-cpp and RE2 libraries it runs with; empty when they cannot be found
// (then nothing is cached).
std::string RuleCacheStamp();

// The cache folder of `config` and the environment (see above); nullopt: none.
std::optional<std::string> RuleCacheDir(const Config& config);

// A DirRuleCache on RuleCacheDir(config), or null.
std::unique_ptr<RuleLoadCache> OpenRuleCache(const Config& config);

}  // namespace factlint

#endif  // FACTLINT_CLI_YAML_CACHE_H_
