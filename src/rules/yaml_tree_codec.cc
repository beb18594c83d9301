#include "rules/yaml_tree_codec.h"

#include <cstring>
#include <optional>
#include <utility>
#include <vector>

namespace factlint {
namespace {

// "FLYT", the format, the counts, then each document root and each node:
// kind (1 byte), pos, line, column, scalar length, scalar bytes, child count,
// children. Integers are 4 bytes, little-endian.
constexpr std::string_view kMagic = "FLYT";

void PutU32(std::string* out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  size_t left() const { return bytes_.size() - at_; }
  std::optional<uint32_t> U32() {
    if (left() < 4) return std::nullopt;
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      v |= static_cast<uint32_t>(static_cast<unsigned char>(bytes_[at_ + i])) << (8 * i);
    }
    at_ += 4;
    return v;
  }
  std::optional<int> I32() {
    std::optional<uint32_t> v = U32();
    if (!v) return std::nullopt;
    int32_t s;
    std::memcpy(&s, &*v, sizeof s);
    return s;
  }
  std::optional<std::string_view> Bytes(size_t n) {
    if (left() < n) return std::nullopt;
    std::string_view v = bytes_.substr(at_, n);
    at_ += n;
    return v;
  }

 private:
  std::string_view bytes_;
  size_t at_ = 0;
};

// The fewest bytes a node takes: kind, three marks, two lengths.
constexpr size_t kMinNodeBytes = 1 + 4 * 5;

}  // namespace

std::string EncodeYamlTree(const YamlTree& tree) {
  std::string out(kMagic);
  PutU32(&out, kYamlTreeFormat);
  PutU32(&out, static_cast<uint32_t>(tree.nodes().size()));
  PutU32(&out, static_cast<uint32_t>(tree.documents().size()));
  for (uint32_t root : tree.documents()) PutU32(&out, root);
  for (const YamlTree::Node& node : tree.nodes()) {
    out.push_back(static_cast<char>(node.kind));
    PutU32(&out, static_cast<uint32_t>(node.mark.pos));
    PutU32(&out, static_cast<uint32_t>(node.mark.line));
    PutU32(&out, static_cast<uint32_t>(node.mark.column));
    PutU32(&out, static_cast<uint32_t>(node.scalar.size()));
    out += node.scalar;
    PutU32(&out, static_cast<uint32_t>(node.children.size()));
    for (uint32_t child : node.children) PutU32(&out, child);
  }
  return out;
}

std::shared_ptr<const YamlTree> DecodeYamlTree(std::string_view bytes) {
  Reader in(bytes);
  std::optional<std::string_view> magic = in.Bytes(kMagic.size());
  if (!magic || *magic != kMagic) return nullptr;
  std::optional<uint32_t> format = in.U32();
  std::optional<uint32_t> node_count = in.U32();
  std::optional<uint32_t> doc_count = in.U32();
  if (!format || *format != kYamlTreeFormat || !node_count || !doc_count) return nullptr;
  // Counts the bytes cannot hold are refused before anything is allocated.
  if (*doc_count > in.left() / 4 || *node_count > in.left() / kMinNodeBytes) return nullptr;
  std::vector<uint32_t> documents;
  documents.reserve(*doc_count);
  for (uint32_t i = 0; i < *doc_count; ++i) documents.push_back(*in.U32());
  std::vector<YamlTree::Node> nodes(*node_count);
  for (YamlTree::Node& node : nodes) {
    std::optional<std::string_view> kind = in.Bytes(1);
    std::optional<int> pos = in.I32();
    std::optional<int> line = in.I32();
    std::optional<int> column = in.I32();
    std::optional<uint32_t> scalar_size = in.U32();
    if (!kind || !pos || !line || !column || !scalar_size) return nullptr;
    const auto k = static_cast<unsigned char>((*kind)[0]);
    if (k > static_cast<unsigned char>(YamlKind::kMap)) return nullptr;
    node.kind = static_cast<YamlKind>(k);
    node.mark = {*pos, *line, *column};
    std::optional<std::string_view> scalar = in.Bytes(*scalar_size);
    std::optional<uint32_t> child_count = in.U32();
    if (!scalar || !child_count || *child_count > in.left() / 4) return nullptr;
    node.scalar = std::string(*scalar);
    node.children.reserve(*child_count);
    for (uint32_t i = 0; i < *child_count; ++i) node.children.push_back(*in.U32());
  }
  if (in.left() != 0) return nullptr;
  auto tree = std::make_shared<const YamlTree>(std::move(nodes), std::move(documents));
  if (!tree->Valid()) return nullptr;
  return tree;
}

}  // namespace factlint
