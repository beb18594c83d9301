// RulePack::LangSet: every pattern of every rule of one language in one
// RE2::Set, so that selecting the rules to run costs one scan of the text.
// Internal to rules/: rule_pack.cc matches it, rule_pack_builder.cc builds it.
#ifndef FACTLINT_RULES_LANG_SET_H_
#define FACTLINT_RULES_LANG_SET_H_

#include <re2/set.h>

#include <memory>
#include <vector>

#include "rules/rule_pack.h"

namespace factlint {

struct RulePack::LangSet {
  std::unique_ptr<re2::RE2::Set> set;
  std::vector<size_t> rule_of_pattern;  // Set index -> index in rules_
  std::vector<size_t> rules;            // every rule of the language, sorted
};

}  // namespace factlint

#endif  // FACTLINT_RULES_LANG_SET_H_
