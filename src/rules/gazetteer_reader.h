// GazetteerReader: the `gazetteer:` + `entries:` sections of rule files,
// gathered across files into one Gazetteer per name (docs/rules.md).
//
//   GazetteerReader gazetteers;
//   for (each file) gazetteers.Read(reader, top_level_map);  // any order
//   std::map<std::string, Gazetteer> all = std::move(gazetteers).Finish(&errors, &warnings);
//
// Read() checks each file's shape; Finish() checks what needs every file:
// parents exist in the same gazetteer, parents form no cycle, and one entry
// is not given two different parents. Aliases shared by two ids are warnings.
#ifndef FACTLINT_RULES_GAZETTEER_READER_H_
#define FACTLINT_RULES_GAZETTEER_READER_H_

#include <map>
#include <string>
#include <tuple>
#include <utility>

#include "base/status.h"
#include "rules/gazetteer.h"
#include "rules/yaml_reader.h"

namespace factlint {

class GazetteerReader {
 public:
  // `top` is a file's top-level mapping; does nothing when it has neither
  // `gazetteer` nor `entries`.
  void Read(YamlReader& reader, const YamlMap& top);

  std::map<std::string, Gazetteer> Finish(Diagnostics* errors, Diagnostics* warnings) &&;

 private:
  struct EntryOrigin {
    SourceLoc loc;  // of the id
    std::string parent;
    SourceLoc parent_loc;
  };

  void ReadEntry(YamlReader& reader, const std::string& gazetteer, const YamlField& field);

  std::map<std::string, Gazetteer> gazetteers_;
  std::map<std::pair<std::string, std::string>, EntryOrigin> origins_;  // (gazetteer, id)
  // (gazetteer, folded alias, id) -> where the alias was written, for warnings.
  std::map<std::tuple<std::string, std::string, std::string>, SourceLoc> alias_locs_;
};

// Letters, digits, '.', '-', '_': rule ids, slots and gazetteer ids.
bool IsPlainId(std::string_view id);

}  // namespace factlint

#endif  // FACTLINT_RULES_GAZETTEER_READER_H_
