// RulePack: every rule, sub-pattern, gazetteer and modality cue loaded from
// one or more rule folders, validated and compiled.
//
//   Diagnostics errors;
//   std::optional<RulePack> pack = LoadRulePack({"rules/"}, &errors);  // rules/rule_loader.h
//   for (const SelectedRule& s : pack->SelectPatterns(Lang::kFr, text)) {
//     const CompiledRule& rule = pack->rules()[s.rule];
//     for (size_t p : s.patterns) rule.patterns[p].regex()->Match(...);
//   }
//
// Built once per run; afterwards only what is compiled on first use changes
// (each pattern's RE2, each language's prefilter RE2::Set), once and under a
// lock, so a pack is safe to share between threads and gives the same answers
// however it was loaded (eagerly or lazily, rules/rule_loader.h).
#ifndef FACTLINT_RULES_RULE_PACK_H_
#define FACTLINT_RULES_RULE_PACK_H_

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/lang.h"
#include "rules/gazetteer.h"
#include "rules/gazetteer_alternation.h"
#include "rules/lazy_regex.h"
#include "rules/pattern_prefilter.h"
#include "rules/rule.h"

namespace re2 {
class RE2;
class Set;
}  // namespace re2

namespace factlint {

class NarrowingCache;

struct CompiledPattern {
  Lang lang = Lang::kUnknown;
  std::string expanded;  // the pattern with every {sub-pattern} substituted
  // Compiled on first use (rules/lazy_regex.h), or while the pack is built
  // when it is loaded eagerly; shared by identical patterns.
  std::shared_ptr<const LazyRegex> re;
  SourceLoc loc;
  // What a text must contain for the pattern to match (rules/pattern_prefilter.h).
  PatternFilter filter;
  // Named groups of the pattern, sorted.
  std::vector<std::string> groups;
  // Where `expanded` inlines gazetteer alternations, in order (narrowed for
  // the first articles of a run: rules/article_regexes.h).
  std::vector<GazetteerSpan> gazetteers;

  // The compiled regex, compiled now if it was not yet; nullptr when RE2
  // cannot compile it (re->status() says why; never for an eager pack).
  const re2::RE2* regex() const { return re ? re->Get() : nullptr; }
};

// An annotated fixture a rule file names under `fixtures:` for `factlint rules
// test` (docs/rules.md "Annotated fixtures"); the path is resolved against the
// folder of the rule file, not checked here.
struct FixtureRef {
  std::string path;
  SourceLoc loc;  // of the entry in the rule file
};

struct CompiledRule {
  Rule rule;
  // Every pattern for the rule's first language in declaration order, then
  // every pattern for its second language, and so on.
  std::vector<CompiledPattern> patterns;
  // Modality cues (shared + the rule's own), one regex per modality, per
  // language; compiled like the patterns.
  std::map<std::pair<Lang, Modality>, std::shared_ptr<const LazyRegex>> cues;
};

class RulePack {
 public:
  RulePack();
  ~RulePack();
  RulePack(RulePack&&) noexcept;
  RulePack& operator=(RulePack&&) noexcept;

  const std::vector<CompiledRule>& rules() const { return rules_; }
  const Gazetteer* FindGazetteer(const std::string& name) const;
  const std::map<std::string, Gazetteer>& gazetteers() const { return gazetteers_; }
  const CompiledRule* FindRule(std::string_view id) const;
  // Every `fixtures:` entry of every rule file, in load order.
  const std::vector<FixtureRef>& fixtures() const { return fixtures_; }
  // Threads the pack may use for work one article waits on (compiling the
  // prefilter sets and an article's patterns early in a run); at least 1.
  size_t jobs() const { return jobs_; }

  // The patterns of `lang` that may match somewhere in `text`, by rule: every
  // pattern whose PatternFilter holds (a scan of `text` per RE2::Set), so never
  // one that matches is left out. Sorted by rule, then pattern index. Should
  // RE2 fail to build or run the set, every pattern of `lang` is returned: a
  // superset is always a correct answer for a prefilter.
  struct SelectedRule {
    size_t rule = 0;               // index in rules()
    std::vector<size_t> patterns;  // indices in rules()[rule].patterns
  };
  std::vector<SelectedRule> SelectPatterns(Lang lang, std::string_view text) const;
  // The rules of SelectPatterns: sorted rule indices.
  std::vector<size_t> Select(Lang lang, std::string_view text) const;

  // Internal: the prefilter RE2::Sets of one language, built on first use (or
  // by RulePackBuilder for an eager pack); defined in rules/lang_set.h.
  struct LangSet;
  struct LangSets;
  // Internal: narrowed patterns of a lazily loaded pack (rules/narrowing_cache.h,
  // used by rules/article_regexes.h); nullptr when patterns always run in full.
  NarrowingCache* narrowing() const { return narrowing_.get(); }

 private:
  friend class RulePackBuilder;
  const LangSet* SetOf(Lang lang) const;

  std::vector<CompiledRule> rules_;
  std::map<std::string, Gazetteer> gazetteers_;
  std::map<std::string, size_t, std::less<>> rule_index_;  // id -> index in rules_
  std::unique_ptr<LangSets> sets_;
  std::unique_ptr<NarrowingCache> narrowing_;
  std::vector<FixtureRef> fixtures_;
  size_t jobs_ = 1;
};

}  // namespace factlint

#endif  // FACTLINT_RULES_RULE_PACK_H_
