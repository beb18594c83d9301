#include "rules/rule_pack_builder.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <utility>

#include "rules/lang_set.h"
#include "rules/regex_compile.h"

namespace factlint {

RulePackBuilder::RulePackBuilder(std::map<std::string, Gazetteer> gazetteers,
                                 int64_t max_set_memory)
    : max_set_memory_(max_set_memory) {
  pack_.gazetteers_ = std::move(gazetteers);
}

void RulePackBuilder::Add(CompiledRule rule) {
  pack_.rule_index_.emplace(rule.rule.id, pack_.rules_.size());
  pack_.rules_.push_back(std::move(rule));
}

void RulePackBuilder::AddFixture(FixtureRef fixture) {
  pack_.fixtures_.push_back(std::move(fixture));
}

std::optional<RulePack> RulePackBuilder::Build(Diagnostics* errors) && {
  bool ok = true;
  for (Lang lang : kRuleLanguages) {
    RE2::Options options = RuleRegexOptions();
    options.set_max_mem(max_set_memory_);
    auto lang_set = std::make_unique<RulePack::LangSet>();
    lang_set->set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
    for (size_t r = 0; r < pack_.rules_.size(); ++r) {
      bool has_lang = false;
      for (const CompiledPattern& pattern : pack_.rules_[r].patterns) {
        if (pattern.lang != lang) continue;
        has_lang = true;
        std::string error;
        if (lang_set->set->Add(pattern.expanded, &error) < 0) {
          // Each pattern compiled alone already; this would be an RE2 quirk.
          errors->push_back(Status::RuleError(
              "pattern of rule '" + pack_.rules_[r].rule.id + "' cannot join the " +
                  std::string(LangCode(lang)) + " RE2::Set: " + error,
              pattern.loc));
          ok = false;
          continue;
        }
        lang_set->rule_of_pattern.push_back(r);
      }
      if (has_lang) lang_set->rules.push_back(r);
    }
    if (lang_set->rule_of_pattern.empty()) continue;
    if (!lang_set->set->Compile()) {
      errors->push_back(Status::RuleError("the " + std::string(LangCode(lang)) +
                                          " patterns of the rule pack (" +
                                          std::to_string(lang_set->rule_of_pattern.size()) +
                                          " patterns) do not fit together in one RE2::Set within " +
                                          std::to_string(max_set_memory_ >> 20) +
                                          " MiB; simplify the largest patterns or gazetteers"));
      ok = false;
      continue;
    }
    pack_.sets_.emplace(lang, std::move(lang_set));
  }
  if (!ok) return std::nullopt;
  return std::move(pack_);
}

}  // namespace factlint
