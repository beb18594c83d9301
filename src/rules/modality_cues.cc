#include "rules/modality_cues.h"

#include <optional>

#include "rules/did_you_mean.h"
#include "rules/regex_compile.h"
#include "rules/regex_source.h"

namespace factlint {
namespace {

std::vector<std::string_view> ModalityNames() {
  return {ModalityName(Modality::kStated), ModalityName(Modality::kPlanned),
          ModalityName(Modality::kReported)};
}

std::vector<std::string_view> LanguageNames() {
  std::vector<std::string_view> names;
  for (Lang lang : kRuleLanguages) names.push_back(LangCode(lang));
  return names;
}

}  // namespace

void ReadModalityCues(YamlReader& reader, const YamlField& field, std::string_view context,
                      ModalityCueSpecs* cues, bool check_syntax) {
  std::string section = FieldName(field, context);
  std::optional<YamlMap> by_modality = reader.ReadOpenMap(field, context);
  if (!by_modality) return;
  // Cues are read first and compiled together: one RE2 for the whole section.
  std::vector<std::pair<std::pair<Lang, Modality>, ModalityCueSpec>> read;
  for (const YamlField& modality_field : by_modality->fields()) {
    std::optional<Modality> modality = ParseModality(modality_field.key);
    if (!modality) {
      reader.Error(modality_field.key_loc, "unknown modality '" + modality_field.key + "' in " +
                                               section +
                                               DidYouMean(modality_field.key, ModalityNames()) +
                                               "; valid modalities: " + JoinNames(ModalityNames()));
      continue;
    }
    std::string modality_what = "modality '" + modality_field.key + "' in " + section;
    std::optional<YamlMap> by_lang =
        reader.ReadOpenMap(modality_field.node, modality_field.loc, modality_what);
    if (!by_lang) continue;
    for (const YamlField& lang_field : by_lang->fields()) {
      std::optional<Lang> lang = ParseLang(lang_field.key);
      if (!lang) {
        reader.Error(lang_field.key_loc, "unknown language '" + lang_field.key + "' in " +
                                             modality_what +
                                             DidYouMean(lang_field.key, LanguageNames()) +
                                             "; valid languages: " + JoinNames(LanguageNames()));
        continue;
      }
      std::string list_what = "cues of " + modality_what + " for " + lang_field.key;
      std::optional<std::vector<YamlItem>> items =
          reader.ReadList(lang_field.node, lang_field.loc, list_what);
      if (!items) continue;
      for (const YamlItem& item : *items) {
        std::optional<std::string> cue = reader.ReadString(item.node, item.loc, "a modality cue");
        if (!cue) continue;
        if (cue->empty()) {
          reader.Error(item.loc, "empty modality cue in " + modality_what);
          continue;
        }
        if (!ScanRegexSource(*cue).balanced) {
          reader.Error(item.loc, "modality cue '" + *cue + "' has unbalanced parentheses");
          continue;
        }
        read.push_back({{*lang, *modality}, {*cue, item.loc}});
      }
    }
  }
  std::vector<RegexFragment> fragments;
  for (const auto& [which, cue] : read) {
    if (!check_syntax) break;
    fragments.push_back({"(?i:" + cue.regex + ")", "modality cue '" + cue.regex + "'", cue.loc});
  }
  std::vector<bool> ok(read.size(), true);
  for (auto& [index, status] : CheckRegexFragments(fragments)) {
    reader.Error(status.loc(), status.message());
    ok[index] = false;
  }
  for (size_t i = 0; i < read.size(); ++i) {
    if (ok[i]) (*cues)[read[i].first].push_back(std::move(read[i].second));
  }
}

std::string CueAlternation(const std::vector<std::string>& cues) {
  std::string pattern = "(?i:";
  for (size_t i = 0; i < cues.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += "(?:" + cues[i] + ")";
  }
  pattern += ")";
  return pattern;
}

}  // namespace factlint
