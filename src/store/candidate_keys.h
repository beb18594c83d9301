// CandidateKeys: which stored claims a comparison with some new claims can involve.
//
//   std::vector<SlotLookup> lookups = CandidateKeys(new_claims);
//   // {story "ukraine-2022", slot "troops.deployed", keys {"troops.deployed|region=EU-EAST"},
//   //  whole_slot false}
//   if (IsCandidate(lookups, published_claim)) ...
//
// compare/compare.h buckets claims by story, slot and key, where an empty key field matches
// any value. So the buckets holding a new claim are rebuilt exactly from:
//   - stored claims with the same full key as a new claim,
//   - stored claims of the slot with an empty key field (they may join any bucket),
//   - every stored claim of the slot, when a new claim has an empty key field itself.
// Everything else is left on disk, which keeps a gate's cost proportional to the claims that
// share its keys, not to the size of the store. Pure; output sorted.
#ifndef FACTLINT_STORE_CANDIDATE_KEYS_H_
#define FACTLINT_STORE_CANDIDATE_KEYS_H_

#include <set>
#include <string>
#include <vector>

#include "extract/claim.h"

namespace factlint {

struct SlotLookup {
  std::string story;
  std::string slot;
  bool whole_slot = false;     // read every claim of (story, slot)
  std::set<std::string> keys;  // else: these full keys, plus the slot's partial claims
};

std::vector<SlotLookup> CandidateKeys(const std::vector<Claim>& claims);

// Whether a published claim is one the lookups select: the same filter as the store's query,
// for published claims read from article files.
bool IsCandidate(const std::vector<SlotLookup>& lookups, const Claim& claim);

}  // namespace factlint

#endif  // FACTLINT_STORE_CANDIDATE_KEYS_H_
