// The sidecar of an annotated fixture: the claims and findings a rule pack
// must produce on some articles (docs/rules.md "Annotated fixtures").
//
//   # fixtures/ukraine-2022.test.yaml annotates the folder fixtures/ukraine-2022/
//   exhaustive: [troops.deployed]        # every claim and finding of these slots is listed
//   claims:
//     001:                               # an article: file name, id, or a unique prefix
//       - {line: 1, slot: troops.deployed, value: 3000, modality: stated}
//       - {line: 10, rule: place.location.fr, value: US-NC, key: {place: fort bragg}}
//   findings:
//     - {kind: conflict, slot: troops.deployed, articles: [001, 002]}
//   no_findings:
//     - {kind: conflict, slot: troops.alert}
//
//   Diagnostics errors;
//   std::optional<FixtureSpec> spec = ParseFixtureSpec(path, yaml_text, pack, &errors);
//
// `X.test.yaml` annotates X: a folder of articles (one story) or one article
// file (X.txt, X.md, ...). With a single article, `claims` may be a plain list.
// Claim entries take `line` (of the article file) and `rule` or `slot`, then
// any of `value`, `qualifier`, `modality`, `key` (as rule examples do) and
// `text` (the exact text of the value in the article). Finding entries take
// `kind` and `slot` or `rule`, then any of `articles` (every article of the
// finding) and `key` (field: value). Unknown keys, rules, slots, kinds and ids
// are errors at their file:line:col. Pure.
#ifndef FACTLINT_TOOLING_FIXTURE_SPEC_H_
#define FACTLINT_TOOLING_FIXTURE_SPEC_H_

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/status.h"
#include "compare/finding.h"
#include "rules/rule_pack.h"

namespace factlint {

inline constexpr std::string_view kSidecarSuffix = ".test.yaml";

// A name of an article as the sidecar writes it, and where.
struct ArticleName {
  std::string name;  // "" = the fixture's only article
  SourceLoc loc;
};

struct ClaimExpectation {
  ArticleName article;
  int line = 0;
  std::string rule_id;  // at least one of rule_id and slot
  std::string slot;
  ExpectedClaim expect;
  std::optional<std::string> text;  // exact original text of the value
  SourceLoc loc;                    // of the entry
};

struct FindingExpectation {
  bool present = true;  // false for a `no_findings` entry
  FindingKind kind = FindingKind::kConflict;
  std::string rule_id;  // at least one of rule_id and slot
  std::string slot;
  std::optional<std::vector<ArticleName>> articles;
  std::map<std::string, std::string> key;
  SourceLoc loc;
};

struct FixtureSpec {
  std::string sidecar;  // path of the sidecar
  std::string target;   // what it annotates: the sidecar's path without ".test.yaml"
  bool exhaustive_all = false;
  std::set<std::string> exhaustive_slots;
  SourceLoc exhaustive_loc;
  std::vector<ClaimExpectation> claims;
  std::vector<FindingExpectation> findings;  // `findings`, then `no_findings`

  bool IsExhaustive(const std::string& slot) const {
    return exhaustive_all || exhaustive_slots.count(slot) > 0;
  }
};

// nullopt when the sidecar has any problem; each is appended to `errors`.
std::optional<FixtureSpec> ParseFixtureSpec(const std::string& path, std::string_view text,
                                            const RulePack& pack, Diagnostics* errors);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_FIXTURE_SPEC_H_
