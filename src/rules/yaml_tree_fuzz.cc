// libFuzzer target: YamlTree and its encoding on arbitrary bytes.
//
//   scripts/fuzz 600 yaml_tree_fuzz
//
// The bytes are read twice: as YAML text (ParseYamlTree: a tree or an error,
// never both, never neither; a tree is Valid, and its encoding decodes to the
// same tree), and as an encoded tree, as a damaged cache entry would be
// (DecodeYamlTree: nothing, or a Valid tree whose encoding is the input).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "rules/yaml_tree.h"
#include "rules/yaml_tree_codec.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace factlint;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  YamlParse parsed = ParseYamlTree(bytes);
  Check((parsed.tree == nullptr) == parsed.error.has_value());
  if (parsed.tree) {
    Check(parsed.tree->Valid());
    parsed.tree->WithinNodeBudget(100000);
    std::shared_ptr<const YamlTree> back = DecodeYamlTree(EncodeYamlTree(*parsed.tree));
    Check(back != nullptr && *back == *parsed.tree);
  } else {
    Check(parsed.error->message.rfind("invalid YAML: ", 0) == 0 ||
          parsed.error->message.rfind("cannot parse YAML: ", 0) == 0);
  }

  if (std::shared_ptr<const YamlTree> decoded = DecodeYamlTree(bytes)) {
    Check(decoded->Valid());
    decoded->WithinNodeBudget(100000);
    Check(EncodeYamlTree(*decoded) == bytes);
  }
  return 0;
}
