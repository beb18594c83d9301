// Extraction: the claims a rule pack finds in one article.
//
//   RulePack pack = ...;                       // rules/rule_loader.h
//   std::vector<Claim> claims = ExtractClaims(pack, article);
//   // Many articles at once (what `factlint extract` does): the same claims, faster.
//   std::vector<Result<std::vector<Claim>>> each = TryExtractClaimsBatch(pack, {&a1, &a2});
//
// For the article's language, RulePack::SelectPatterns (one RE2::Set scan of the
// patterns' prefilter conditions) picks the patterns that can match; only those
// run with captures, and only those are compiled when the pack is lazy. Patterns of one rule are
// tried in declaration order and a later pattern's match that overlaps an earlier
// accepted match of the same rule is dropped, so authors list specific patterns
// first. A match whose captures start or end inside a word is rejected (RE2's \b
// does not know accented letters). A required key field left empty rejects the
// match. Each claim carries its context (extract/claim_context.h): the words of
// its sentence, the time the sentence places it in and whom it is attributed to.
// Pure and thread-safe: the pack is only read.
#ifndef FACTLINT_EXTRACT_EXTRACTOR_H_
#define FACTLINT_EXTRACT_EXTRACTOR_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "extract/claim.h"
#include "rules/rule_pack.h"
#include "text/article.h"

namespace factlint {

std::vector<Claim> ExtractClaims(const RulePack& pack, const Article& article);

// ExtractClaims for a lazily loaded pack (rules/rule_loader.h RulePackOptions):
// a pattern or modality cue that RE2 cannot compile when first needed is an
// error at the rule file, not a rule that silently finds nothing. With an
// eager pack it never fails, and ExtractClaims (which leaves such a pattern
// out) is the same.
Result<std::vector<Claim>> TryExtractClaims(const RulePack& pack, const Article& article);

// TryExtractClaims of each article, in order: element i is exactly
// TryExtractClaims(pack, *articles[i]). The work is done pattern by pattern
// across the articles (every article's prefilter scan, then each selected
// pattern over every article that selected it), so a large regex's DFA and
// program stay in the CPU caches from one article to the next: a few dozen
// articles (a hundred kilobytes of text) run several times faster than one by one.
std::vector<Result<std::vector<Claim>>> TryExtractClaimsBatch(
    const RulePack& pack, const std::vector<const Article*>& articles);

// One match of one rule, with everything `factlint explain` shows.
struct MatchTrace {
  size_t pattern_index = 0;  // into CompiledRule::patterns
  size_t begin = 0, end = 0; // normalized offsets
  std::map<std::string, std::string> captures;  // group -> normalized text
  bool accepted = false;
  std::string rejection;     // why not, when !accepted
  Claim claim;               // when accepted
  // A weekday contradicting the date written with it ("Friday, May 16" in 2026)
  // makes two claims: `claim` reads the weekday, `second` the date.
  std::optional<Claim> second;
};

// Runs one rule over an article and reports every match, accepted or not
// (every pattern of the article's language, with no prefilter; a pattern of a
// lazy pack that does not compile is left out).
std::vector<MatchTrace> TraceRule(const RulePack& pack, const CompiledRule& rule,
                                  const Article& article);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_EXTRACTOR_H_
