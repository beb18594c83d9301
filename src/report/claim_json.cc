#include "report/claim_json.h"

#include <cmath>

namespace factlint {
namespace {

Json Bound(double v) {
  // JSON has no infinity: an unbounded side is null.
  if (std::isinf(v)) return nullptr;
  if (v == std::floor(v) && std::fabs(v) < 9e15) return static_cast<int64_t>(v);
  return v;
}

}  // namespace

Json ValueToJson(const ClaimValue& v) {
  Json j;
  switch (v.kind) {
    case ValueKind::kQuantity:
      j["lo"] = Bound(v.quantity.interval.lo);
      j["hi"] = Bound(v.quantity.interval.hi);
      if (v.quantity.interval.lo_open) j["lo_open"] = true;
      if (v.quantity.interval.hi_open) j["hi_open"] = true;
      j["unit"] = v.unit;
      if (v.quantity.ambiguous) j["ambiguous"] = true;
      // Dates and clock times are points of the day and minute lines: say them as such.
      if (v.unit == "date" || v.unit == "time") j["text"] = v.ToString();
      break;
    case ValueKind::kCategory:
      j["id"] = v.ids.empty() ? "" : v.ids.front();
      break;
    case ValueKind::kSet:
      j["ids"] = v.ids;
      break;
    case ValueKind::kQuote:
      j["quote"] = v.quote;
      break;
  }
  return j;
}

Json ClaimToJson(const Claim& c) {
  Json j;
  j["rule"] = c.rule_id;
  j["slot"] = c.slot;
  j["key"] = c.KeyString();
  j["article"] = c.article_id;
  j["source"] = c.source;
  j["story"] = c.story;
  j["file"] = c.loc.file;
  j["line"] = c.loc.line;
  j["column"] = c.loc.column;
  j["byte_start"] = c.begin;
  j["byte_end"] = c.end;
  j["text"] = c.text;
  j["value_text"] = c.value_text;
  j["sentence"] = c.sentence;
  j["type"] = ValueKindName(c.value.kind);
  j["value"] = ValueToJson(c.value);
  if (c.value.kind == ValueKind::kQuantity) {
    j["qualifier"] = QualifierName(c.value.quantity.qualifier);
  } else {
    j["qualifier"] = "exact";
  }
  j["modality"] = ModalityName(c.modality);
  if (!c.cue.empty()) j["modality_cue"] = c.cue;
  return j;
}

std::string DumpJsonLine(const Json& j) {
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace factlint
