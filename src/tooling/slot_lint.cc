#include "tooling/slot_lint.h"

#include <map>
#include <string>
#include <vector>

namespace factlint {
namespace {

std::string Describe(const KeyField& f) {
  switch (f.kind) {
    case KeyFieldKind::kText:
      return f.name + ": text";
    case KeyFieldKind::kPerson:
      return f.name + ": person";
    case KeyFieldKind::kGazetteer:
      return f.name + ": {gazetteer: " + f.gazetteer + "}";
  }
  return f.name;
}

// The key fields as the extractor builds them: the rule's, then the speaker of a quote.
std::string KeyShape(const Rule& r) {
  std::string shape;
  for (const KeyField& f : r.key) shape += (shape.empty() ? "" : ", ") + Describe(f);
  if (r.value.kind == ValueKind::kQuote && !r.value.speaker.empty()) {
    shape += std::string(shape.empty() ? "" : ", ") + "speaker";
  }
  return shape.empty() ? "none" : shape;
}

std::string ValueShape(const ValueSpec& v) {
  std::string shape(ValueKindName(v.kind));
  if (v.kind == ValueKind::kQuantity) shape += " in '" + v.unit + "'";
  if (v.kind == ValueKind::kCategory || v.kind == ValueKind::kSet) {
    shape += " from gazetteer '" + v.gazetteer + "'";
  }
  return shape;
}

std::string Named(const Rule& r) { return "rule '" + r.id + "' (" + r.loc.ToString() + ")"; }

// One insertion, deletion, substitution or swap of two neighbours.
bool OneEditApart(std::string_view a, std::string_view b) {
  if (a == b) return false;
  if (a.size() > b.size()) std::swap(a, b);
  if (b.size() - a.size() > 1) return false;
  size_t i = 0;
  while (i < a.size() && a[i] == b[i]) ++i;
  if (a.size() == b.size()) {
    if (a.substr(i + 1) == b.substr(i + 1)) return true;                // substitution
    return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&  // swap
           a.substr(i + 2) == b.substr(i + 2);
  }
  return a.substr(i) == b.substr(i + 1);  // insertion
}

}  // namespace

Diagnostics LintSlots(const RulePack& pack) {
  Diagnostics warnings;
  std::map<std::string, std::vector<const Rule*>> by_slot;
  std::vector<std::string> slot_order;
  for (const CompiledRule& c : pack.rules()) {
    auto [it, inserted] = by_slot.try_emplace(c.rule.slot);
    if (inserted) slot_order.push_back(c.rule.slot);
    it->second.push_back(&c.rule);
  }

  for (const std::string& slot : slot_order) {
    const std::vector<const Rule*>& rules = by_slot.at(slot);
    const Rule& first = *rules.front();
    for (size_t i = 1; i < rules.size(); ++i) {
      const Rule& r = *rules[i];
      const std::string mine = KeyShape(r), theirs = KeyShape(first);
      if (mine != theirs) {
        SourceLoc at = r.key.empty() ? r.slot_loc : r.key.front().loc;
        warnings.push_back(Status::RuleError(
            "rule '" + r.id + "' reads key fields (" + mine + ") for slot '" + slot + "', but " +
                Named(first) + " reads (" + theirs +
                "): claims are compared only when their key fields match, so the claims of "
                "these two rules are never compared; give the rules of one slot the same key "
                "fields, in the same order",
            at));
      }
      const std::string value = ValueShape(r.value), other = ValueShape(first.value);
      if (value != other) {
        warnings.push_back(Status::RuleError(
            "rule '" + r.id + "' gives slot '" + slot + "' a " + value + " value, but " +
                Named(first) + " gives it a " + other +
                " value: their claims cannot be compared; give the rules of one slot the same "
                "value type, unit and gazetteer, or use two slots",
            r.value.loc));
      }
    }
  }

  for (size_t i = 0; i < slot_order.size(); ++i) {
    const std::string& slot = slot_order[i];
    const std::vector<const Rule*>& rules = by_slot.at(slot);
    if (rules.size() != 1) continue;
    for (size_t j = 0; j < slot_order.size(); ++j) {
      const std::string& other = slot_order[j];
      if (i == j || !OneEditApart(slot, other)) continue;
      // Two lone slots next to each other: report the later one only.
      if (by_slot.at(other).size() == 1 && j > i) continue;
      const Rule& r = *rules.front();
      warnings.push_back(Status::RuleError(
          "slot '" + slot + "' of rule '" + r.id +
              "' is used by no other rule and is one edit "
              "away from slot '" +
              other + "' of " + Named(*by_slot.at(other).front()) +
              ": claims of different slots are never compared; if both rules extract the same "
              "fact, give them the same slot",
          r.slot_loc));
      break;
    }
  }
  return warnings;
}

}  // namespace factlint
