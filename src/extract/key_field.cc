#include "extract/key_field.h"

#include "text/fold.h"

namespace factlint {
namespace {

std::string Surname(const std::string& folded) {
  // The last word carries the identity in news copy ("le président Joe Biden",
  // "M. Biden", "Biden"): compound given names and titles vary, surnames do not.
  size_t end = folded.size();
  while (end > 0 && (folded[end - 1] == '.' || folded[end - 1] == ',' || folded[end - 1] == ' '))
    --end;
  size_t start = folded.rfind(' ', end == 0 ? 0 : end - 1);
  start = (start == std::string::npos) ? 0 : start + 1;
  return folded.substr(start, end - start);
}

}  // namespace

std::string NormalizeKeyField(const RulePack& pack, const KeyField& field,
                              std::string_view capture) {
  std::string folded = FoldForLookup(capture);
  if (folded.empty()) return "";
  switch (field.kind) {
    case KeyFieldKind::kText:
      return folded;
    case KeyFieldKind::kPerson:
      return Surname(folded);
    case KeyFieldKind::kGazetteer: {
      const Gazetteer* g = pack.FindGazetteer(field.gazetteer);
      if (g == nullptr) return folded;
      if (auto id = g->Resolve(capture)) return *id;
      std::vector<std::string> ids = g->Find(capture);
      if (ids.size() == 1) return ids.front();
      if (ids.size() > 1) {
        // "les pays baltes et d'Europe orientale": the smallest region holding them all.
        if (auto common = g->CommonAncestor(ids)) return *common;
      }
      return folded;
    }
  }
  return folded;
}

}  // namespace factlint
