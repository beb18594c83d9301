#include "rules/rule_pack.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>

#include "rules/lang_set.h"

namespace factlint {

RulePack::RulePack() = default;
RulePack::~RulePack() = default;
RulePack::RulePack(RulePack&&) noexcept = default;
RulePack& RulePack::operator=(RulePack&&) noexcept = default;

const Gazetteer* RulePack::FindGazetteer(const std::string& name) const {
  auto it = gazetteers_.find(name);
  return it == gazetteers_.end() ? nullptr : &it->second;
}

const CompiledRule* RulePack::FindRule(std::string_view id) const {
  auto it = rule_index_.find(id);
  return it == rule_index_.end() ? nullptr : &rules_[it->second];
}

std::vector<size_t> RulePack::Select(Lang lang, std::string_view text) const {
  auto it = sets_.find(lang);
  if (it == sets_.end()) return {};
  const LangSet& lang_set = *it->second;
  std::vector<int> hits;
  RE2::Set::ErrorInfo error;
  if (!lang_set.set->Match(re2::StringPiece(text.data(), text.size()), &hits, &error)) {
    if (error.kind == RE2::Set::kNoError) return {};
    return lang_set.rules;
  }
  std::vector<size_t> selected;
  selected.reserve(hits.size());
  for (int hit : hits) selected.push_back(lang_set.rule_of_pattern[static_cast<size_t>(hit)]);
  std::sort(selected.begin(), selected.end());
  selected.erase(std::unique(selected.begin(), selected.end()), selected.end());
  return selected;
}

}  // namespace factlint
