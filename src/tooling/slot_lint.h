// Slot lint: rules whose claims can never be compared, found across the pack.
//
//   for (const Status& w : LintSlots(pack)) std::cerr << w.ToString("warning") << "\n";
//   // rules/en/troops.yaml:31:11: warning: rule 'troops.deployed.en' reads key fields
//   //   (base) for slot 'troops.deployed', but rule 'troops.deployed.fr' (rules/fr/...:3:9)
//   //   reads (region): ...
//
// factlint compares claims of one story that share a slot and whose key fields
// match. A rule alone in its slot is fine: every article yields claims of the
// same rule, and those are compared with each other. What can never be compared:
//   - rules of one slot whose key fields differ (names, order, how each is
//     normalized, a quote speaker or not): the claims of one never meet the
//     claims of the other;
//   - rules of one slot whose values differ in type, unit or gazetteer: they
//     meet, but no comparison of a head count with a weight means anything;
//   - a slot used by a single rule and one edit away from another slot
//     ("troop.deployed" next to "troops.deployed"): a misspelt slot silently
//     keeps its claims away from the ones they should be compared with.
// Each rule is measured against the first rule of its slot in pack order.
// Returns warnings (kRuleError statuses, printed with the "warning" label).
// Pure.
#ifndef FACTLINT_TOOLING_SLOT_LINT_H_
#define FACTLINT_TOOLING_SLOT_LINT_H_

#include "base/status.h"
#include "rules/rule_pack.h"

namespace factlint {

Diagnostics LintSlots(const RulePack& pack);

}  // namespace factlint

#endif  // FACTLINT_TOOLING_SLOT_LINT_H_
