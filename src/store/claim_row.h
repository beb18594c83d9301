// ClaimRow: a Claim as the claim store keeps it, one row of the `claims` table.
//
//   ClaimRow row = ClaimToRow(claim);           // for INSERT
//   Result<Claim> back = RowToClaim(row, meta);   // after SELECT; back == claim, field by field
//
// Scalars map to columns; the value, the key parts and the context words are JSON text.
// Quantity bounds keep every bit of their double (JSON numbers print with round-trip
// precision; an unbounded side is null), so a claim read back compares, fingerprints and
// prints exactly like the one extracted. Article fields (id, source) live in the `articles`
// table and are passed back in `article`. Pure; thread-safe.
#ifndef FACTLINT_STORE_CLAIM_ROW_H_
#define FACTLINT_STORE_CLAIM_ROW_H_

#include <cstdint>
#include <string>

#include "base/status.h"
#include "extract/claim.h"

namespace factlint {

struct ClaimRow {
  std::string story, slot;
  bool partial = false;  // a key field is empty
  std::string key;       // Claim::KeyString()
  std::string key_parts; // JSON [["field", "value"], ...]
  std::string rule, type, value, qualifier, modality, cue;
  std::string file;
  int64_t line = 0, col = 0, byte_start = 0, byte_end = 0;
  std::string text, value_text, sentence, excerpt;
  int64_t excerpt_column = 0, excerpt_width = 0;
  std::string context;   // JSON ["word", ...]
};

// The article a row belongs to, as the `articles` table has it.
struct ClaimArticle {
  std::string id;
  std::string source;
};

ClaimRow ClaimToRow(const Claim& claim);

// kStoreError when a column does not decode (a damaged or hand-edited store).
Result<Claim> RowToClaim(const ClaimRow& row, const ClaimArticle& article);

}  // namespace factlint

#endif  // FACTLINT_STORE_CLAIM_ROW_H_
