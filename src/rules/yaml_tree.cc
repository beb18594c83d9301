#include "rules/yaml_tree.h"

#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <exception>
#include <map>
#include <sstream>
#include <utility>

namespace factlint {
namespace {

const std::string kEmpty;

YamlMark FromYaml(const YAML::Mark& mark) { return {mark.pos, mark.line, mark.column}; }

// Builds the nodes from the events, as yaml-cpp's NodeBuilder does, and
// watches for the parser standing still: yaml-cpp 0.7 leaves a token it
// cannot place at the top of a document (a ',' outside any flow collection:
// ",", "\"a\",") unread and makes an empty document of it again and again.
// Two documents starting at one position mean exactly that.
class TreeBuilder : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (!documents_.empty() && mark.pos == last_start_.pos) stuck_ = true;
    last_start_ = mark;
    anchors_.clear();  // anchors are numbered per document
    open_.clear();
    root_.reset();
  }
  void OnDocumentEnd() override {
    // A document always holds a node (null when empty); be safe anyway.
    documents_.push_back(root_ ? *root_ : Add(YamlKind::kNull, YamlMark{}, 0));
  }
  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Attach(Add(YamlKind::kNull, FromYaml(mark), anchor));
  }
  void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override {
    auto it = anchors_.find(anchor);
    // yaml-cpp refuses an unknown alias before sending it; be safe anyway.
    Attach(it != anchors_.end() ? it->second : Add(YamlKind::kNull, YamlMark{}, 0));
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    uint32_t index = Add(YamlKind::kScalar, FromYaml(mark), anchor);
    nodes_[index].scalar = value;
    Attach(index);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    Open(Add(YamlKind::kSequence, FromYaml(mark), anchor));
  }
  void OnSequenceEnd() override { Close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    Open(Add(YamlKind::kMap, FromYaml(mark), anchor));
  }
  void OnMapEnd() override { Close(); }

  bool stuck() const { return stuck_; }
  const YAML::Mark& last_start() const { return last_start_; }
  std::shared_ptr<const YamlTree> Finish() {
    return std::make_shared<const YamlTree>(std::move(nodes_), std::move(documents_));
  }

 private:
  uint32_t Add(YamlKind kind, YamlMark mark, YAML::anchor_t anchor) {
    uint32_t index = static_cast<uint32_t>(nodes_.size());
    nodes_.push_back({kind, mark, {}, {}});
    // Registered before the node's content: an alias inside it names the
    // node itself, a cycle, as in yaml-cpp.
    if (anchor != YAML::NullAnchor) anchors_[anchor] = index;
    return index;
  }
  void Attach(uint32_t index) {
    if (open_.empty()) {
      root_ = index;
    } else {
      nodes_[open_.back()].children.push_back(index);
    }
  }
  void Open(uint32_t index) {
    Attach(index);
    open_.push_back(index);
  }
  void Close() {
    if (open_.empty()) return;
    YamlTree::Node& node = nodes_[open_.back()];
    if (node.kind == YamlKind::kMap && node.children.size() % 2 != 0) {
      node.children.push_back(Add(YamlKind::kNull, YamlMark{}, 0));  // a key with no value
    }
    open_.pop_back();
  }

  std::vector<YamlTree::Node> nodes_;
  std::vector<uint32_t> documents_;
  std::map<YAML::anchor_t, uint32_t> anchors_;
  std::vector<uint32_t> open_;  // collections not closed yet, innermost last
  std::optional<uint32_t> root_;
  YAML::Mark last_start_ = YAML::Mark::null_mark();
  bool stuck_ = false;
};

}  // namespace

YamlKind YamlNode::Kind() const {
  return tree_ ? tree_->nodes()[index_].kind : YamlKind::kNull;
}

const std::string& YamlNode::Scalar() const {
  if (!tree_) return kEmpty;
  const YamlTree::Node& node = tree_->nodes()[index_];
  return node.kind == YamlKind::kScalar ? node.scalar : kEmpty;
}

YamlMark YamlNode::Mark() const { return tree_ ? tree_->nodes()[index_].mark : YamlMark{}; }

size_t YamlNode::size() const {
  if (!tree_) return 0;
  const YamlTree::Node& node = tree_->nodes()[index_];
  switch (node.kind) {
    case YamlKind::kSequence:
      return node.children.size();
    case YamlKind::kMap:
      return node.children.size() / 2;
    case YamlKind::kNull:
    case YamlKind::kScalar:
      break;
  }
  return 0;
}

YamlNode YamlNode::Item(size_t i) const {
  if (!IsSequence() || i >= size()) return {};
  return {tree_, tree_->nodes()[index_].children[i]};
}

YamlNode YamlNode::Key(size_t i) const {
  if (!IsMap() || i >= size()) return {};
  return {tree_, tree_->nodes()[index_].children[2 * i]};
}

YamlNode YamlNode::Value(size_t i) const {
  if (!IsMap() || i >= size()) return {};
  return {tree_, tree_->nodes()[index_].children[2 * i + 1]};
}

std::vector<YamlNode> YamlTree::Documents() const {
  std::shared_ptr<const YamlTree> self = shared_from_this();
  std::vector<YamlNode> out;
  out.reserve(documents_.size());
  for (uint32_t root : documents_) out.emplace_back(self, root);
  return out;
}

bool YamlTree::Valid() const {
  const size_t n = nodes_.size();
  for (const Node& node : nodes_) {
    switch (node.kind) {
      case YamlKind::kNull:
      case YamlKind::kScalar:
        if (!node.children.empty()) return false;
        break;
      case YamlKind::kMap:
        if (node.children.size() % 2 != 0) return false;
        break;
      case YamlKind::kSequence:
        break;
      default:
        return false;
    }
    if (node.kind != YamlKind::kScalar && !node.scalar.empty()) return false;
    for (uint32_t child : node.children) {
      if (child >= n) return false;
    }
  }
  return std::all_of(documents_.begin(), documents_.end(), [&](uint32_t d) { return d < n; });
}

bool YamlTree::WithinNodeBudget(size_t limit) const {
  size_t count = documents_.size();
  std::vector<uint32_t> pending(documents_.begin(), documents_.end());
  while (!pending.empty() && count <= limit) {
    const Node& node = nodes_[pending.back()];
    pending.pop_back();
    for (uint32_t child : node.children) {
      if (++count > limit) break;
      const YamlKind kind = nodes_[child].kind;
      if (kind == YamlKind::kMap || kind == YamlKind::kSequence) pending.push_back(child);
    }
  }
  return count <= limit;
}

YamlParse ParseYamlTree(std::string_view text) {
  YamlParse out;
  auto fail = [&](YamlMark mark, std::string message) {
    out.error = YamlParseError{mark, std::move(message)};
    return std::move(out);
  };
  try {
    std::istringstream in{std::string(text)};
    YAML::Parser parser(in);
    TreeBuilder builder;
    while (parser.HandleNextDocument(builder)) {
      if (!builder.stuck()) continue;
      const size_t at = static_cast<size_t>(std::max(builder.last_start().pos, 0));
      const char c = at < text.size() ? text[at] : '\0';
      return fail(FromYaml(builder.last_start()),
                  c == ',' ? std::string("invalid YAML: ',' outside [...] or {...}")
                           : "invalid YAML: unexpected '" + std::string(1, c) + "'");
    }
    out.tree = builder.Finish();
  } catch (const YAML::DeepRecursion& e) {
    return fail(FromYaml(e.mark),
                "invalid YAML: nested more than " + std::to_string(e.depth()) + " levels deep");
  } catch (const YAML::Exception& e) {
    return fail(e.mark.is_null() ? YamlMark{} : FromYaml(e.mark), "invalid YAML: " + e.msg);
  } catch (const std::exception& e) {
    return fail(YamlMark{}, std::string("cannot parse YAML: ") + e.what());
  }
  return out;
}

}  // namespace factlint
