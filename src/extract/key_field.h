// Normalizing a key field's capture so that two ways of naming one thing
// give the same key ("Antony Blinken" / "Blinken"; "Etats-Unis" / "USA"), and
// finding the field around the match when the pattern leaves it out.
//
//   NormalizeKeyField(pack, field, "Antony Blinken")    -> "blinken"
//   NormalizeKeyField(pack, field, "Yanis M.")          -> "yanis m" (an initial is no surname)
//   KeySurroundings around{text, sentence_b, sentence_e, value_b, value_e, paragraph_b};
//   ResolveKeyField(pack, field, "", around)            -> for a gazetteer field with
//       `scope: sentence`, the id of the gazetteer name nearest to the value in its
//       sentence (`clause`: in its clause, extract/clause.h); `paragraph` / `article`
//       then look back through the paragraph or the article for the last name before
//       the sentence.
#ifndef FACTLINT_EXTRACT_KEY_FIELD_H_
#define FACTLINT_EXTRACT_KEY_FIELD_H_

#include <string>
#include <string_view>

#include "extract/mention_memo.h"
#include "rules/rule.h"
#include "rules/rule_pack.h"

namespace factlint {

// "" for an empty capture (the field then matches any value).
std::string NormalizeKeyField(const RulePack& pack, const KeyField& field,
                              std::string_view capture);

// Offsets into `text` (an article's normalized text) around one match.
struct KeySurroundings {
  std::string_view text;
  size_t sentence_begin = 0;
  size_t sentence_end = 0;
  size_t value_begin = 0;
  size_t value_end = 0;
  size_t paragraph_begin = 0;
  // Optional: where gazetteer lookups in `text` are remembered across claims.
  MentionMemo* mentions = nullptr;
};

// The capture normalized; when it is empty and the field has a scope beyond the
// match, the gazetteer name found around it (see above); "" when there is none.
std::string ResolveKeyField(const RulePack& pack, const KeyField& field, std::string_view capture,
                            const KeySurroundings& around);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_KEY_FIELD_H_
