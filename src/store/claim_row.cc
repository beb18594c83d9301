#include "store/claim_row.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

namespace factlint {

// Every field of Claim is kept (ClaimToRow / RowToClaim). A Claim that grows a field fails
// here: store it too (a new column or JSON member, and a new kStoreSchemaVersion with its
// migration in store/schema.cc), then update the size.
static_assert(sizeof(void*) != 8 || sizeof(Claim) == 584,
              "Claim changed: keep the new field in the claim store (store/claim_row.cc)");

namespace {

using Json = nlohmann::json;

// JSON has no infinity: an unbounded side is null (below zero only for a lower bound).
Json Bound(double v) {
  if (std::isinf(v)) return nullptr;
  return v;
}

Json ValueJson(const ClaimValue& v) {
  Json j = Json::object();
  switch (v.kind) {
    case ValueKind::kQuantity:
      j["lo"] = Bound(v.quantity.interval.lo);
      j["hi"] = Bound(v.quantity.interval.hi);
      j["lo_open"] = v.quantity.interval.lo_open;
      j["hi_open"] = v.quantity.interval.hi_open;
      j["number"] = Bound(v.quantity.value);
      j["ambiguous"] = v.quantity.ambiguous;
      j["unit"] = v.unit;
      break;
    case ValueKind::kCategory:
    case ValueKind::kSet:
      j["ids"] = v.ids;
      break;
    case ValueKind::kQuote:
      j["quote"] = v.quote;
      break;
  }
  return j;
}

std::string Dump(const Json& j) { return j.dump(-1, ' ', false, Json::error_handler_t::replace); }

Status Damaged(const ClaimRow& row, const std::string& what) {
  return Status::StoreError("a stored claim of " + row.file + " (" + row.key + ") is damaged: " +
                            what);
}

double ReadBound(const Json& j, double if_null) {
  if (j.is_null()) return if_null;
  return j.get<double>();
}

}  // namespace

ClaimRow ClaimToRow(const Claim& c) {
  ClaimRow r;
  r.story = c.story;
  r.slot = c.slot;
  r.partial = std::any_of(c.key_parts.begin(), c.key_parts.end(),
                          [](const KeyPart& p) { return p.value.empty(); });
  r.key = c.KeyString();
  Json parts = Json::array();
  for (const KeyPart& p : c.key_parts) parts.push_back(Json::array({p.field, p.value}));
  r.key_parts = Dump(parts);
  r.rule = c.rule_id;
  r.type = ValueKindName(c.value.kind);
  r.value = Dump(ValueJson(c.value));
  r.qualifier = QualifierName(c.value.quantity.qualifier);
  r.modality = ModalityName(c.modality);
  r.cue = c.cue;
  r.file = c.loc.file;
  r.line = c.loc.line;
  r.col = c.loc.column;
  r.byte_start = static_cast<int64_t>(c.begin);
  r.byte_end = static_cast<int64_t>(c.end);
  r.text = c.text;
  r.value_text = c.value_text;
  r.sentence = c.sentence;
  r.excerpt = c.excerpt;
  r.excerpt_column = c.excerpt_column;
  r.excerpt_width = c.excerpt_width;
  r.context = Dump(Json(c.context));
  return r;
}

Result<Claim> RowToClaim(const ClaimRow& r, const ClaimArticle& article) {
  Claim c;
  c.rule_id = r.rule;
  c.slot = r.slot;
  c.story = r.story;
  c.article_id = article.id;
  c.source = article.source;
  std::optional<ValueKind> kind = ParseValueKind(r.type);
  if (!kind) return Damaged(r, "unknown value type '" + r.type + "'");
  std::optional<Qualifier> qualifier = ParseQualifierName(r.qualifier);
  if (!qualifier) return Damaged(r, "unknown qualifier '" + r.qualifier + "'");
  std::optional<Modality> modality = ParseModality(r.modality);
  if (!modality) return Damaged(r, "unknown modality '" + r.modality + "'");
  c.value.kind = *kind;
  c.value.quantity.qualifier = *qualifier;
  c.modality = *modality;
  try {
    for (const Json& p : Json::parse(r.key_parts)) {
      c.key_parts.push_back(KeyPart{p.at(0).get<std::string>(), p.at(1).get<std::string>()});
    }
    Json v = Json::parse(r.value);
    switch (c.value.kind) {
      case ValueKind::kQuantity: {
        Interval& in = c.value.quantity.interval;
        in.lo = ReadBound(v.at("lo"), -Interval::kInf);
        in.hi = ReadBound(v.at("hi"), Interval::kInf);
        in.lo_open = v.at("lo_open").get<bool>();
        in.hi_open = v.at("hi_open").get<bool>();
        c.value.quantity.value = ReadBound(v.at("number"), Interval::kInf);
        c.value.quantity.ambiguous = v.at("ambiguous").get<bool>();
        c.value.unit = v.at("unit").get<std::string>();
        break;
      }
      case ValueKind::kCategory:
      case ValueKind::kSet:
        c.value.ids = v.at("ids").get<std::vector<std::string>>();
        break;
      case ValueKind::kQuote:
        c.value.quote = v.at("quote").get<std::string>();
        break;
    }
    c.context = Json::parse(r.context).get<std::vector<std::string>>();
  } catch (const Json::exception& e) {
    return Damaged(r, e.what());
  }
  if (c.KeyString() != r.key) return Damaged(r, "its key does not match its key parts");
  c.cue = r.cue;
  c.loc = SourceLoc{r.file, static_cast<int>(r.line), static_cast<int>(r.col)};
  c.begin = static_cast<size_t>(r.byte_start);
  c.end = static_cast<size_t>(r.byte_end);
  c.text = r.text;
  c.value_text = r.value_text;
  c.sentence = r.sentence;
  c.excerpt = r.excerpt;
  c.excerpt_column = static_cast<int>(r.excerpt_column);
  c.excerpt_width = static_cast<int>(r.excerpt_width);
  return c;
}

}  // namespace factlint
