#include "rules/sub_pattern_reader.h"

#include <optional>
#include <string>

#include "rules/did_you_mean.h"
#include "rules/rule.h"

namespace factlint {

void ReadSubPatterns(YamlReader& reader, const YamlField& field, std::vector<SubPattern>* out) {
  std::vector<std::string_view> languages;
  for (Lang lang : kRuleLanguages) languages.push_back(LangCode(lang));

  std::optional<YamlMap> map = reader.ReadOpenMap(field, "");
  if (!map) return;
  for (const YamlField& entry : map->fields()) {
    std::string what = "sub-pattern '" + entry.key + "'";
    SubPattern sub;
    sub.name = entry.key;
    sub.loc = entry.key_loc;
    if (entry.node.IsScalar()) {
      sub.all_languages = SubPatternText{entry.node.Scalar(), entry.loc};
    } else if (entry.node.IsMap()) {
      std::optional<YamlMap> variants = reader.ReadMap(entry.node, entry.loc, what, languages);
      if (!variants) continue;
      for (const YamlField& variant : variants->fields()) {
        std::optional<std::string> text = reader.ReadString(variant, what);
        if (!text) continue;
        sub.by_lang[*ParseLang(variant.key)] = {*text, variant.loc};
      }
      if (variants->fields().empty()) {
        reader.Error(entry.loc, what +
                                    " has no language variant; write a string, or a "
                                    "mapping such as {fr: '...', en: '...'}");
        continue;
      }
    } else {
      reader.Error(entry.loc, what +
                                  " must be a string or a mapping of languages "
                                  "({fr: '...', en: '...'}), not " +
                                  std::string(YamlReader::KindName(entry.node)));
      continue;
    }
    out->push_back(std::move(sub));
  }
}

}  // namespace factlint
