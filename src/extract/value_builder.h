// Typing and normalizing the value capture of a match according to the rule's
// ValueSpec: a quantity interval, a gazetteer id, a set of ids, or quote words.
#ifndef FACTLINT_EXTRACT_VALUE_BUILDER_H_
#define FACTLINT_EXTRACT_VALUE_BUILDER_H_

#include <string>
#include <string_view>

#include "base/status.h"
#include "extract/claim.h"
#include "rules/rule_pack.h"

namespace factlint {

// Fails (with a reason for `factlint explain`) when the capture does not
// normalize: no number, no known place, an empty quote.
Result<ClaimValue> BuildValue(const RulePack& pack, const ValueSpec& spec, Lang lang,
                              std::string_view capture);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_VALUE_BUILDER_H_
