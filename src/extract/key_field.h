// Normalizing a key field's capture so that two ways of naming one thing
// give the same key ("Antony Blinken" / "Blinken"; "Etats-Unis" / "USA").
#ifndef FACTLINT_EXTRACT_KEY_FIELD_H_
#define FACTLINT_EXTRACT_KEY_FIELD_H_

#include <string>
#include <string_view>

#include "rules/rule.h"
#include "rules/rule_pack.h"

namespace factlint {

// "" for an empty capture (the field then matches any value).
std::string NormalizeKeyField(const RulePack& pack, const KeyField& field,
                              std::string_view capture);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_KEY_FIELD_H_
