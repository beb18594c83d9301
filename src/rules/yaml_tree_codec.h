// YamlTree <-> bytes: a parsed tree saved and read back instead of parsing its
// text again (the rule cache, cli/rule_cache.h).
//
//   std::string bytes = EncodeYamlTree(*parsed.tree);
//   std::shared_ptr<const YamlTree> back = DecodeYamlTree(bytes);  // null if malformed
//
// Decoding checks every length and index against the bytes it was given, and
// the tree it makes (YamlTree::Valid), so bytes from anywhere (a truncated or
// corrupted file) make a null result, never a crash or an unbounded allocation.
// The format is versioned (kYamlTreeFormat); bytes of another version decode
// to null.
#ifndef FACTLINT_RULES_YAML_TREE_CODEC_H_
#define FACTLINT_RULES_YAML_TREE_CODEC_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "rules/yaml_tree.h"

namespace factlint {

inline constexpr uint32_t kYamlTreeFormat = 1;

std::string EncodeYamlTree(const YamlTree& tree);
std::shared_ptr<const YamlTree> DecodeYamlTree(std::string_view bytes);

}  // namespace factlint

#endif  // FACTLINT_RULES_YAML_TREE_CODEC_H_
