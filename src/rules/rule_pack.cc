#include "rules/rule_pack.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <map>

#include "base/parallel_for.h"
#include "rules/lang_set.h"
#include "rules/narrowing_cache.h"
#include "rules/regex_compile.h"

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

namespace {

// `conditions` in at most `parts` RE2::Sets (round robin: the conditions of one
// pattern, next to each other, go to different sets), compiled on `jobs` threads.
RulePack::LangSet::Sets BuildSets(const std::vector<std::string>& conditions, size_t parts,
                                  int64_t max_set_memory, size_t jobs) {
  RulePack::LangSet::Sets sets;
  parts = std::min(parts, conditions.size());
  if (parts == 0) return sets;
  RE2::Options options = RuleRegexOptions();
  options.set_max_mem(max_set_memory / static_cast<int64_t>(parts));
  sets.parts.resize(parts);
  for (RulePack::LangSet::Part& part : sets.parts) {
    part.set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  }
  for (size_t c = 0; c < conditions.size(); ++c) {
    RulePack::LangSet::Part& part = sets.parts[c % parts];
    // Each condition is a piece of a pattern that compiled alone: it parses.
    if (part.set->Add(conditions[c], nullptr) < 0) sets.failed = true;
    part.conditions.push_back(static_cast<int>(c));
  }
  if (!sets.failed) {
    std::vector<char> compiled(parts, 0);
    ParallelFor(parts, jobs, [&](size_t i) { compiled[i] = sets.parts[i].set->Compile(); });
    sets.failed = std::count(compiled.begin(), compiled.end(), 0) > 0;
  }
  if (sets.failed) sets.parts.clear();
  return sets;
}

}  // namespace

std::unique_ptr<RulePack::LangSet> BuildLangSet(const std::vector<CompiledRule>& rules, Lang lang,
                                                int64_t max_set_memory, size_t jobs) {
  auto lang_set = std::make_unique<RulePack::LangSet>();
  std::map<std::string, int> index;  // condition -> index in lang_set->conditions
  for (size_t r = 0; r < rules.size(); ++r) {
    for (size_t p = 0; p < rules[r].patterns.size(); ++p) {
      const CompiledPattern& pattern = rules[r].patterns[p];
      if (pattern.lang != lang) continue;
      RulePack::LangSet::Pattern entry;
      entry.rule = r;
      entry.pattern = p;
      for (const std::vector<std::string>& branch : pattern.filter.branches) {
        std::vector<int>& ids = entry.branches.emplace_back();
        for (const std::string& condition : branch) {
          auto [it, added] =
              index.emplace(condition, static_cast<int>(lang_set->conditions.size()));
          if (added) lang_set->conditions.push_back(condition);
          ids.push_back(it->second);
        }
      }
      lang_set->patterns.push_back(std::move(entry));
    }
  }
  lang_set->cold = BuildSets(lang_set->conditions, kColdParts, max_set_memory, jobs);
  return lang_set;
}

const RulePack::LangSet::Sets& WarmSets(const RulePack::LangSet& lang_set,
                                        int64_t max_set_memory) {
  std::call_once(lang_set.warm_once, [&] {
    const size_t parts = lang_set.conditions.size() / kMinConditionsPerWarmPart;
    lang_set.warm = BuildSets(lang_set.conditions, std::clamp<size_t>(parts, 1, kWarmParts),
                              max_set_memory, 1);
  });
  return lang_set.warm;
}

const RulePack::LangSet* RulePack::SetOf(Lang lang) const {
  if (!sets_) return nullptr;
  auto it = std::find(kRuleLanguages.begin(), kRuleLanguages.end(), lang);
  if (it == kRuleLanguages.end()) return nullptr;
  size_t i = static_cast<size_t>(it - kRuleLanguages.begin());
  std::call_once(sets_->once[i], [&] {
    sets_->sets[i] = BuildLangSet(rules_, lang, sets_->max_set_memory, jobs_);
  });
  return sets_->sets[i].get();
}

std::vector<RulePack::SelectedRule> RulePack::SelectPatterns(Lang lang,
                                                             std::string_view text) const {
  std::vector<SelectedRule> selected;
  const LangSet* lang_set = SetOf(lang);
  if (lang_set == nullptr || lang_set->patterns.empty()) return selected;
  const bool cold = sets_->selections++ < kThreadedSelections;
  const LangSet::Sets& sets = cold ? lang_set->cold : WarmSets(*lang_set, sets_->max_set_memory);
  const size_t jobs = cold ? jobs_ : 1;
  bool all = sets.failed;
  std::vector<bool> hit(lang_set->conditions.size(), false);
  if (!all && !sets.parts.empty()) {
    const size_t parts = sets.parts.size();
    std::vector<std::vector<int>> hits(parts);
    std::vector<char> failed(parts, 0);
    ParallelFor(parts, jobs, [&](size_t i) {
      RE2::Set::ErrorInfo error;
      if (!sets.parts[i].set->Match(re2::StringPiece(text.data(), text.size()), &hits[i],
                                    &error)) {
        failed[i] = error.kind != RE2::Set::kNoError;
      }
    });
    all = std::count(failed.begin(), failed.end(), 1) > 0;
    for (size_t i = 0; i < parts; ++i) {
      for (int h : hits[i]) {
        hit[static_cast<size_t>(sets.parts[i].conditions[static_cast<size_t>(h)])] = true;
      }
    }
  }
  for (const LangSet::Pattern& p : lang_set->patterns) {
    bool may_match = all || p.branches.empty() ||
                     std::any_of(p.branches.begin(), p.branches.end(), [&](const auto& branch) {
                       return std::all_of(branch.begin(), branch.end(), [&](int c) {
                         return hit[static_cast<size_t>(c)];
                       });
                     });
    if (!may_match) continue;
    if (selected.empty() || selected.back().rule != p.rule) selected.push_back({p.rule, {}});
    selected.back().patterns.push_back(p.pattern);
  }
  return selected;
}

std::vector<size_t> RulePack::Select(Lang lang, std::string_view text) const {
  std::vector<size_t> rules;
  for (const SelectedRule& s : SelectPatterns(lang, text)) rules.push_back(s.rule);
  return rules;
}

}  // namespace factlint
