#include "tooling/claim_expectation.h"

#include <algorithm>
#include <cmath>

namespace factlint {
namespace {

bool NearlyEqual(double a, double b) {
  if (a == b) return true;
  return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

bool SameInterval(const Interval& a, const Interval& b) {
  return NearlyEqual(a.lo, b.lo) && NearlyEqual(a.hi, b.hi) && a.lo_open == b.lo_open &&
         a.hi_open == b.hi_open;
}

std::string SetString(const std::vector<std::string>& ids) {
  ClaimValue v;
  v.kind = ValueKind::kSet;
  v.ids = ids;
  return v.ToString();
}

// "[0, 5000]", or as a date or a clock time on those lines ("2026-03-12", "[22:45, 23:45]").
std::string IntervalText(const Interval& interval, const std::string& unit) {
  if (unit != "date" && unit != "time") return interval.ToString();
  ClaimValue v;
  v.kind = ValueKind::kQuantity;
  v.quantity.interval = interval;
  v.unit = unit;
  return v.ToString();
}

void Append(std::string* out, const std::string& part) {
  if (!out->empty()) *out += ", ";
  *out += part;
}

}  // namespace

std::vector<FieldMismatch> Mismatches(const ExpectedClaim& e, const Claim& c,
                                      const std::map<std::string, std::string>* captures) {
  std::vector<FieldMismatch> out;
  const ClaimValue& v = c.value;
  if (e.interval &&
      !(v.kind == ValueKind::kQuantity && SameInterval(v.quantity.interval, *e.interval))) {
    out.push_back({"value", IntervalText(*e.interval, v.unit), v.ToString()});
  }
  if (e.category &&
      !(v.kind == ValueKind::kCategory && v.ids.size() == 1 && v.ids.front() == *e.category)) {
    out.push_back({"value", *e.category, v.ToString()});
  }
  if (e.set && !(v.kind == ValueKind::kSet && v.ids == *e.set)) {
    out.push_back({"value", SetString(*e.set), v.ToString()});
  }
  if (e.quote && !(v.kind == ValueKind::kQuote && v.quote == *e.quote)) {
    out.push_back({"value", "\"" + *e.quote + "\"", v.ToString()});
  }
  if (e.qualifier && (v.kind != ValueKind::kQuantity || v.quantity.qualifier != *e.qualifier)) {
    out.push_back({"qualifier", std::string(QualifierName(*e.qualifier)),
                   v.kind == ValueKind::kQuantity ? std::string(QualifierName(v.quantity.qualifier))
                                                  : "none"});
  }
  if (e.unit && !(v.kind == ValueKind::kQuantity && v.unit == *e.unit)) {
    out.push_back({"unit", *e.unit, v.kind == ValueKind::kQuantity ? v.unit : "none"});
  }
  if (e.modality && c.modality != *e.modality) {
    out.push_back({"modality", std::string(ModalityName(*e.modality)),
                   std::string(ModalityName(c.modality))});
  }
  for (const auto& [field, want] : e.key) {
    std::string got = "(no such key field)";
    for (const KeyPart& p : c.key_parts) {
      if (p.field == field) got = "'" + p.value + "'";
    }
    if (got != "'" + want + "'") out.push_back({"key " + field, "'" + want + "'", got});
  }
  for (const auto& [group, want] : e.captures) {
    std::string got = "(no capture)";
    if (captures != nullptr) {
      auto it = captures->find(group);
      if (it != captures->end()) got = "'" + it->second + "'";
    }
    if (got != "'" + want + "'") out.push_back({"capture " + group, "'" + want + "'", got});
  }
  return out;
}

std::string DescribeExpected(const ExpectedClaim& e, const std::string& unit) {
  std::string out;
  if (e.interval) Append(&out, "value " + IntervalText(*e.interval, unit));
  if (e.category) Append(&out, "value " + *e.category);
  if (e.set) Append(&out, "value " + SetString(*e.set));
  if (e.quote) Append(&out, "value \"" + *e.quote + "\"");
  if (e.qualifier) Append(&out, "qualifier " + std::string(QualifierName(*e.qualifier)));
  if (e.unit) Append(&out, "unit " + *e.unit);
  if (e.modality) Append(&out, "modality " + std::string(ModalityName(*e.modality)));
  for (const auto& [field, value] : e.key) Append(&out, "key " + field + "=" + value);
  for (const auto& [group, text] : e.captures) Append(&out, "capture " + group + "='" + text + "'");
  return out.empty() ? "a match" : out;
}

std::string DescribeClaim(const Claim& c) {
  std::string out = "value " + c.value.ToString();
  if (c.value.kind == ValueKind::kQuantity) {
    Append(&out, "qualifier " + std::string(QualifierName(c.value.quantity.qualifier)));
  }
  std::string modality = "modality " + std::string(ModalityName(c.modality));
  if (!c.cue.empty()) modality += " (cue \"" + c.cue + "\")";
  Append(&out, modality);
  for (const KeyPart& p : c.key_parts) Append(&out, "key " + p.field + "=" + p.value);
  return out;
}

std::string JoinMismatches(const std::vector<FieldMismatch>& mismatches) {
  std::string out;
  for (const FieldMismatch& m : mismatches) {
    if (!out.empty()) out += "; ";
    out += m.field + ": expected " + m.expected + ", got " + m.actual;
  }
  return out;
}

}  // namespace factlint
