#include "extract/key_field.h"

#include <limits>
#include <optional>

#include "extract/clause.h"
#include "text/fold.h"

namespace factlint {
namespace {

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string Surname(const std::string& folded) {
  // The last word carries the identity in news copy ("le président Joe Biden",
  // "M. Biden", "Biden"): compound given names and titles vary, surnames do not.
  // An initial is no surname: "Yanis M." and "Sofiane M." are two people.
  size_t end = folded.size();
  while (end > 0 && (folded[end - 1] == '.' || folded[end - 1] == ',' || folded[end - 1] == ' '))
    --end;
  size_t start = folded.rfind(' ', end == 0 ? 0 : end - 1);
  start = (start == std::string::npos) ? 0 : start + 1;
  if (CodePoints(folded.substr(start, end - start)) == 1 && start > 1) {
    size_t given = folded.rfind(' ', start - 2);
    given = (given == std::string::npos) ? 0 : given + 1;
    return folded.substr(given, start - 1 - given) + " " + folded.substr(start, end - start);
  }
  return folded.substr(start, end - start);
}

// The id of the gazetteer name nearest to the value in its sentence, or of the
// last one before the sentence within [from, sentence_begin).
std::optional<std::string> FindAround(const Gazetteer& g, const KeySurroundings& a,
                                      const KeyField& field) {
  const KeyScope scope = field.scope;
  size_t from_b = a.sentence_begin, from_e = a.sentence_end;
  if (scope == KeyScope::kClause) {
    auto [cb, ce] = ClauseAround(a.text.substr(a.sentence_begin, a.sentence_end - a.sentence_begin),
                                 a.value_begin - a.sentence_begin, a.value_end - a.sentence_begin);
    from_b = a.sentence_begin + cb;
    from_e = a.sentence_begin + ce;
  }
  MentionMemo own(a.text);  // without a memo
  MentionMemo& memo = a.mentions != nullptr ? *a.mentions : own;
  std::optional<std::string> best;
  size_t best_distance = std::numeric_limits<size_t>::max();
  for (const GazetteerMention& m : memo.Find(g, from_b, from_e)) {
    size_t b = from_b + m.begin, e = from_b + m.end;
    size_t distance;
    if (e <= a.value_begin) {
      distance = a.value_begin - e;
    } else if (b >= a.value_end) {
      distance = b - a.value_end;
    } else {
      continue;  // the value itself
    }
    if (field.within > 0 && distance > field.within) continue;
    if (distance < best_distance) {  // ties keep the name before the value
      best_distance = distance;
      best = m.id;
    }
  }
  if (best || scope == KeyScope::kClause || scope == KeyScope::kSentence) return best;
  size_t from = scope == KeyScope::kParagraph ? a.paragraph_begin : 0;
  if (from >= a.sentence_begin) return std::nullopt;
  const GazetteerMention* before = memo.LastBefore(g, from, a.sentence_begin);
  if (before == nullptr) return std::nullopt;
  return before->id;
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

std::string ResolveKeyField(const RulePack& pack, const KeyField& field, std::string_view capture,
                            const KeySurroundings& around) {
  std::string value = NormalizeKeyField(pack, field, capture);
  if (!value.empty() || field.kind != KeyFieldKind::kGazetteer || field.scope == KeyScope::kMatch) {
    return value;
  }
  const Gazetteer* g = pack.FindGazetteer(field.gazetteer);
  if (g == nullptr) return "";
  return FindAround(*g, around, field).value_or("");
}

}  // namespace factlint
