// Whether two claims of one slot and key are about the same thing, from what the
// extractor read around them (Claim::context, extract/claim_context.h). Design and
// examples: docs/rule-pack.md, "When two claims are about the same thing".
//
//   TimeOf(c)              "" (the article's own time), "2011", "2026-01-15", "past"
//   SameTime(a, b)         compared at all only when true: a death toll "in 2011" is not
//                          today's toll, and "past" ("a week after", il y a deux ans) never
//                          matches anything
//   SameSentence(a, b)     one sentence of one article: two figures in one sentence
//                          contrast two things ("12 000 selon la police, 40 000 selon
//                          les syndicats"), they never make an internal finding
//   SourcesDiffer(a, b)    attributed to two different known sources ("selon la police" /
//                          "selon la CGT"): their figures differ by nature, so a
//                          disagreement is a discrepancy, not a conflict
//   WordOverlap(a, b)      share of the content words of the two sentences in common
// Pure.
#ifndef FACTLINT_COMPARE_CONTEXT_H_
#define FACTLINT_COMPARE_CONTEXT_H_

#include <string>

#include "extract/claim.h"

namespace factlint {

std::string TimeOf(const Claim& c);
std::string SourceOf(const Claim& c);

bool SameTime(const Claim& a, const Claim& b);
bool SameSentence(const Claim& a, const Claim& b);
bool SourcesDiffer(const Claim& a, const Claim& b);
// |words(a) ∩ words(b)| / |words(a) ∪ words(b)|, facts left out; 0 when both are empty.
double WordOverlap(const Claim& a, const Claim& b);

}  // namespace factlint

#endif  // FACTLINT_COMPARE_CONTEXT_H_
