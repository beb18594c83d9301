#include "extract/value_builder.h"

#include <algorithm>

namespace factlint {
namespace {

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

Result<ClaimValue> BuildValue(const RulePack& pack, const ValueSpec& spec, Lang lang,
                              std::string_view capture) {
  ClaimValue v;
  v.kind = spec.kind;
  switch (spec.kind) {
    case ValueKind::kQuantity: {
      QuantityOptions options;
      options.approx_tolerance = spec.tolerance;
      std::optional<Quantity> q = ParseQuantity(capture, lang, options);
      if (!q) return Status::InvalidArgument("'" + std::string(capture) + "' is not a quantity");
      v.quantity = *q;
      v.unit = spec.unit;
      return v;
    }
    case ValueKind::kCategory:
    case ValueKind::kSet: {
      const Gazetteer* g = pack.FindGazetteer(spec.gazetteer);
      if (g == nullptr) return Status::Internal("unknown gazetteer " + spec.gazetteer);
      if (spec.kind == ValueKind::kCategory) {
        if (auto id = g->Resolve(capture)) {
          v.ids = {*id};
          return v;
        }
      }
      std::vector<std::string> ids = g->Find(capture);
      if (ids.empty()) {
        return Status::InvalidArgument("no name of gazetteer '" + spec.gazetteer + "' in '" +
                                       std::string(capture) + "'");
      }
      if (spec.kind == ValueKind::kCategory && ids.size() > 1) {
        return Status::InvalidArgument("several names of gazetteer '" + spec.gazetteer +
                                       "' in '" + std::string(capture) + "'");
      }
      v.ids = std::move(ids);
      return v;
    }
    case ValueKind::kQuote: {
      v.quote = CollapseSpaces(capture);
      // Trailing punctuation inside the quote marks is typography, not words.
      while (!v.quote.empty() && (v.quote.back() == ',' || v.quote.back() == ' ')) v.quote.pop_back();
      if (v.quote.empty()) return Status::InvalidArgument("empty quote");
      return v;
    }
  }
  return Status::Internal("unknown value kind");
}

}  // namespace factlint
