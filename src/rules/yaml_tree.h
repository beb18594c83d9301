// YamlTree: every document of one YAML text, as nodes with their positions,
// built from yaml-cpp's parser events in a single pass.
//
//   YamlParse parsed = ParseYamlTree("rules:\n  - id: troops\n");
//   if (parsed.error) return Report(parsed.error->mark, parsed.error->message);
//   for (const YamlNode& doc : parsed.tree->Documents()) {
//     if (!doc.IsMap()) continue;
//     for (size_t i = 0; i < doc.size(); ++i) Use(doc.Key(i).Scalar(), doc.Value(i));
//   }
//
// The nodes are what yaml-cpp's own LoadAll would build from the same events
// (same kinds, scalars and marks; an alias is the very node it names, so a
// tree can be a graph, even a cyclic one), read without LoadAll, which loops
// forever on a ',' it cannot place (yaml-cpp 0.7, issue 1040): two documents
// starting at one position are reported as an error instead. The tree is
// plain data, so a loaded tree can be saved and read back
// (rules/yaml_tree_codec.h) instead of parsing the text again.
#ifndef FACTLINT_RULES_YAML_TREE_H_
#define FACTLINT_RULES_YAML_TREE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factlint {

// A 0-based position in the text, as yaml-cpp gives it (columns in bytes);
// -1 when unknown.
struct YamlMark {
  int pos = -1;
  int line = -1;
  int column = -1;

  bool is_null() const { return pos == -1 && line == -1 && column == -1; }
  bool operator==(const YamlMark&) const = default;
};

enum class YamlKind : uint8_t { kNull = 0, kScalar = 1, kSequence = 2, kMap = 3 };

class YamlTree;

// A handle on one node of a tree; it keeps the tree alive. A default-made
// node is undefined (IsDefined() false) and reads as null.
class YamlNode {
 public:
  YamlNode() = default;
  YamlNode(std::shared_ptr<const YamlTree> tree, uint32_t index)
      : tree_(std::move(tree)), index_(index) {}

  bool IsDefined() const { return tree_ != nullptr; }
  YamlKind Kind() const;
  bool IsNull() const { return Kind() == YamlKind::kNull; }
  bool IsScalar() const { return Kind() == YamlKind::kScalar; }
  bool IsSequence() const { return Kind() == YamlKind::kSequence; }
  bool IsMap() const { return Kind() == YamlKind::kMap; }

  // The text of a scalar; empty for any other node.
  const std::string& Scalar() const;
  YamlMark Mark() const;

  // Items of a sequence, entries of a mapping (in text order, duplicates
  // kept); 0 for a scalar or null.
  size_t size() const;
  YamlNode Item(size_t i) const;   // of a sequence
  YamlNode Key(size_t i) const;    // of a mapping
  YamlNode Value(size_t i) const;  // of a mapping

 private:
  std::shared_ptr<const YamlTree> tree_;
  uint32_t index_ = 0;
};

class YamlTree : public std::enable_shared_from_this<YamlTree> {
 public:
  struct Node {
    YamlKind kind = YamlKind::kNull;
    YamlMark mark;
    std::string scalar;
    // Items of a sequence; keys and values of a mapping, alternating.
    std::vector<uint32_t> children;

    bool operator==(const Node&) const = default;
  };

  // Takes nodes and documents as they are; callers that did not build them
  // from events check them first (Valid()).
  YamlTree(std::vector<Node> nodes, std::vector<uint32_t> documents)
      : nodes_(std::move(nodes)), documents_(std::move(documents)) {}

  const std::vector<Node>& nodes() const { return nodes_; }
  const std::vector<uint32_t>& documents() const { return documents_; }
  // The root of each document, in order; a tree must be held by a shared_ptr.
  std::vector<YamlNode> Documents() const;

  // Every index in range, every mapping with a value for each key.
  bool Valid() const;
  // The same nodes and documents, node for node.
  bool operator==(const YamlTree& other) const {
    return nodes_ == other.nodes_ && documents_ == other.documents_;
  }

  // Nodes met by a walk that follows every alias, as a reader expanding them
  // would, counted up to just past `limit` (the walk stops there): true when
  // it is at most `limit`. Aliases can make a few lines stand for billions of
  // nodes ("billion laughs") or an endless cycle.
  bool WithinNodeBudget(size_t limit) const;

 private:
  std::vector<Node> nodes_;
  std::vector<uint32_t> documents_;
};

struct YamlParseError {
  YamlMark mark;  // null when yaml-cpp gave none
  std::string message;
};

struct YamlParse {
  std::shared_ptr<const YamlTree> tree;  // null on error
  std::optional<YamlParseError> error;
};

// Parses every document of `text` with yaml-cpp's event parser. Errors
// ("invalid YAML: ...") are yaml-cpp's syntax errors, nesting deeper than its
// limit, and a ',' outside any flow collection. Never throws.
YamlParse ParseYamlTree(std::string_view text);

}  // namespace factlint

#endif  // FACTLINT_RULES_YAML_TREE_H_
