// The CI gate: of the findings over new and published articles, keep those about a new one.
//
//   std::vector<Claim> all = new_claims + stored_claims;           // stored: store/claim_store.h
//   std::vector<Finding> findings = CompareClaims(all, pack);       // compare/compare.h
//   findings = GateFindings(std::move(findings), {{"ukraine-2022", "002_88f3e815b8c1ef22"}});
//
// A finding is kept when one of its claims comes from a new article (story and id); its
// primary claim (the first, where reports point) becomes the new article's first claim in
// ClaimLess order, and the finding's rule, slot and key follow it. Findings between published
// articles only are dropped: they were there before this article. Pure; the result is sorted
// by FindingLess.
#ifndef FACTLINT_GATE_GATE_H_
#define FACTLINT_GATE_GATE_H_

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "compare/finding.h"

namespace factlint {

// (story, article id): what identifies an article across a run and the claim store.
using ArticleKey = std::pair<std::string, std::string>;

inline ArticleKey ArticleKeyOf(const Claim& c) { return {c.story, c.article_id}; }

std::vector<Finding> GateFindings(std::vector<Finding> findings,
                                  const std::set<ArticleKey>& new_articles);

}  // namespace factlint

#endif  // FACTLINT_GATE_GATE_H_
