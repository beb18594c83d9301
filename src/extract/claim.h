// Claim: one fact an article states, as a rule extracted and normalized it.
//
//   for (const Claim& c : ExtractClaims(pack, article)) {
//     c.key        // "troops.deployed|region=EU-EAST"
//     c.value      // ClaimValue: interval, category id, set of ids or quote words
//     c.loc        // file:line:col of the match in the original file
//     c.text       // the exact matched bytes of the original file
//   }
#ifndef FACTLINT_EXTRACT_CLAIM_H_
#define FACTLINT_EXTRACT_CLAIM_H_

#include <string>
#include <utility>
#include <vector>

#include "base/source_loc.h"
#include "normalize/quantity.h"
#include "rules/rule.h"

namespace factlint {

struct ClaimValue {
  ValueKind kind = ValueKind::kQuantity;
  // kQuantity; dates and clock times are quantities too, on the day line (days
  // since 1970-01-01, unit "date") and the minute line (unit "time").
  Quantity quantity;
  std::string unit;
  // kCategory: one canonical id; kSet: sorted unique ids
  std::vector<std::string> ids;
  // kQuote: the quoted words as written (normalized spacing)
  std::string quote;

  // Canonical one-line form used in messages, fingerprints and examples:
  // "[0, 5000] soldier", "US-NC", "{DE, PL}", "\"rapide, sévère et unie\"".
  std::string ToString() const;
  bool operator==(const ClaimValue& o) const;
};

struct KeyPart {
  std::string field;
  std::string value;  // normalized ("" = not stated: matches any value)
};

struct Claim {
  std::string rule_id;
  std::string slot;
  std::vector<KeyPart> key_parts;  // in the rule's key order
  ClaimValue value;
  Modality modality = Modality::kStated;
  std::string cue;  // the modality cue that decided it, as written ("" when stated)

  // Where it comes from.
  std::string article_id;
  std::string source;  // outlet
  std::string story;
  SourceLoc loc;           // original file, line, column of the match start
  size_t begin = 0;        // byte span in the original file
  size_t end = 0;
  std::string text;        // exact original bytes of the match
  std::string value_text;  // exact original bytes of the value capture
  std::string sentence;    // the original sentence around it (single line)
  // The original line around the match, cut to a readable window, for
  // compiler-style output: the match starts at excerpt_column (code points, 0-based)
  // and is excerpt_width code points wide.
  std::string excerpt;
  int excerpt_column = 0;
  int excerpt_width = 0;
  // Content words of the sentence (folded), to tell whether two claims are
  // about the same event (compare/context.h).
  std::vector<std::string> context;

  // "slot|field=value|field=value" with empty values kept: a stable key string.
  std::string KeyString() const;
};

// Total order for deterministic output: article, position, rule.
bool ClaimLess(const Claim& a, const Claim& b);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_CLAIM_H_
