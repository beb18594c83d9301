#include "gate/baseline.h"

#include <algorithm>
#include <map>

#include "compare/fingerprint.h"

namespace factlint {

Baseline MakeBaseline(const std::vector<Finding>& findings) {
  std::map<std::string, BaselineEntry> by_fingerprint;
  for (const Finding& f : findings) {
    if (f.kind == FindingKind::kCorroborated) continue;
    std::string fp = FindingFingerprint(f);
    auto [it, inserted] = by_fingerprint.try_emplace(fp);
    BaselineEntry& e = it->second;
    if (inserted) {
      e.fingerprint = fp;
      e.kind = FindingKindName(f.kind);
      e.rule = f.rule_id;
      e.key = f.key;
      e.message = f.message;
    }
    for (const Claim& c : f.claims) e.articles.push_back(ArticleKeyOf(c));
  }
  Baseline b;
  for (auto& [fp, e] : by_fingerprint) {
    std::sort(e.articles.begin(), e.articles.end());
    e.articles.erase(std::unique(e.articles.begin(), e.articles.end()), e.articles.end());
    b.entries.push_back(std::move(e));
  }
  return b;
}

Suppression ApplyBaseline(std::vector<Finding> findings, const Baseline& baseline,
                          const std::set<ArticleKey>& checked) {
  std::set<std::string> known;
  for (const BaselineEntry& e : baseline.entries) known.insert(e.fingerprint);
  std::set<std::string> matched;
  Suppression s;
  for (Finding& f : findings) {
    if (f.kind != FindingKind::kCorroborated) {
      std::string fp = FindingFingerprint(f);
      if (known.count(fp)) {
        matched.insert(fp);
        ++s.suppressed;
        continue;
      }
    }
    s.kept.push_back(std::move(f));
  }
  for (const BaselineEntry& e : baseline.entries) {
    if (matched.count(e.fingerprint)) continue;
    bool in_sight = std::any_of(e.articles.begin(), e.articles.end(),
                                [&](const ArticleKey& a) { return checked.count(a) > 0; });
    if (in_sight) s.stale.push_back(e);
  }
  return s;
}

}  // namespace factlint
