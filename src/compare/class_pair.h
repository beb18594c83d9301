// What the claims of two value classes of one key say about each other, in time
// linear in the classes' sizes (not their product: thousands of claims of one figure
// against thousands of another must not be compared pair by pair).
//
//   std::vector<ClaimFacts> facts = ...;           // one per claim, see below
//   ClassPairFacts f = RelateClasses(facts, a, b); // a, b: indices of two classes
//   f.cross            // some claim of `a` and some claim of `b` come from two articles
//   f.shared_modality  // ...and one such pair shares its modality, or the claim of `a`
//                      //    is not one a modality can hedge
//   f.same_source      // ...and one such pair is not attributed to two different sources
//   f.internal         // articles holding a claim of `a` and one of `b` that contradict
//                      // each other: not attributed to two different sources, and in two
//                      // different sentences or from one match ("Friday, May 16")
//
// These are the facts compare.cc turns into a conflict, a discrepancy or an internal
// finding. Pure.
#ifndef FACTLINT_COMPARE_CLASS_PAIR_H_
#define FACTLINT_COMPARE_CLASS_PAIR_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "extract/claim.h"

namespace factlint {

// The parts of a claim the relation reads, as views into the claim.
struct ClaimFacts {
  std::string_view article;
  std::string_view sentence;  // "" when unknown: never the same sentence as another
  std::string source;         // attribution (compare/context.h SourceOf), "" when none
  size_t begin = 0;
  Modality modality = Modality::kStated;
  bool hedgeable = true;  // a modality can hedge it (a figure or a list)
};

ClaimFacts FactsOf(const Claim& c, bool hedgeable);

struct ClassPairFacts {
  bool cross = false;
  bool shared_modality = false;
  bool same_source = false;
  std::set<std::string> internal;  // article ids
};

ClassPairFacts RelateClasses(const std::vector<ClaimFacts>& facts, const std::vector<size_t>& a,
                             const std::vector<size_t>& b);

}  // namespace factlint

#endif  // FACTLINT_COMPARE_CLASS_PAIR_H_
