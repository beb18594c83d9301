#include "rules/rule_pack_builder.h"

#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <utility>

#include "rules/lang_set.h"
#include "rules/narrowing_cache.h"
#include "rules/regex_compile.h"

namespace factlint {

RulePackBuilder::RulePackBuilder(std::map<std::string, Gazetteer> gazetteers,
                                 int64_t max_set_memory, bool lazy)
    : max_set_memory_(max_set_memory), lazy_(lazy) {
  pack_.gazetteers_ = std::move(gazetteers);
}

void RulePackBuilder::Add(CompiledRule rule) {
  pack_.rule_index_.emplace(rule.rule.id, pack_.rules_.size());
  pack_.rules_.push_back(std::move(rule));
}

void RulePackBuilder::AddFixture(FixtureRef fixture) {
  pack_.fixtures_.push_back(std::move(fixture));
}

void RulePackBuilder::NarrowFirstArticles(size_t articles) { narrowed_articles_ = articles; }

void RulePackBuilder::UseThreads(size_t jobs) { jobs_ = std::max<size_t>(jobs, 1); }

std::optional<RulePack> RulePackBuilder::Build(Diagnostics* errors) && {
  if (narrowed_articles_ > 0) {
    pack_.narrowing_ = std::make_unique<NarrowingCache>(narrowed_articles_);
  }
  pack_.sets_ = std::make_unique<RulePack::LangSets>(max_set_memory_);
  pack_.jobs_ = jobs_;
  if (lazy_) return std::move(pack_);
  bool ok = true;
  for (size_t i = 0; i < kRuleLanguages.size(); ++i) {
    const Lang lang = kRuleLanguages[i];
    RulePack::LangSets& sets = *pack_.sets_;
    std::call_once(sets.once[i],
                   [&] { sets.sets[i] = BuildLangSet(pack_.rules_, lang, max_set_memory_, jobs_); });
    // Both ways of holding the conditions must compile, as a run uses both.
    if (!sets.sets[i]->cold.failed && !WarmSets(*sets.sets[i], max_set_memory_).failed) continue;
    errors->push_back(Status::RuleError("the " + std::string(LangCode(lang)) +
                                        " patterns of the rule pack (" +
                                        std::to_string(sets.sets[i]->patterns.size()) +
                                        " patterns) do not fit together in RE2::Sets within " +
                                        std::to_string(max_set_memory_ >> 20) +
                                        " MiB; simplify the largest patterns or gazetteers"));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return std::move(pack_);
}

}  // namespace factlint
