// Claim::context: what the words around a claim say about it, for telling
// whether two claims are about the same thing (compare/context.h).
//
//   std::vector<std::string> ctx = ContextWords(sentence, value_b, value_e);
//   // {"killed", "magnitude", "quake", ...}: folded words of 3+ letters, and numbers
//   AddContextFact(&ctx, kWhenFact, "2011");      // the sentence speaks of 2011
//   AddContextFact(&ctx, kSourceFact, "POLICE");  // "selon la police"
//   ContextFact(ctx, kWhenFact)                   // "2011"; "" when absent
//
// Facts are stored as "name=value" tokens among the words (a word never holds
// '='), so they travel wherever claims do, the claim store included. Sorted,
// unique. Pure.
#ifndef FACTLINT_EXTRACT_CLAIM_CONTEXT_H_
#define FACTLINT_EXTRACT_CLAIM_CONTEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace factlint {

// When the sentence says the claim happened, if not at the article's own time:
// a year ("2011"), a date ("2026-01-15"), a month ("2026-04") or "past"
// (extract/time_anchor.h).
inline constexpr std::string_view kWhenFact = "when";
// Who the figure is attributed to, as an id of the `sources` gazetteer
// (extract/attribution.h).
inline constexpr std::string_view kSourceFact = "source";

// Folded words of the sentence outside the value [value_b, value_e): words of
// three letters or more and numbers, sorted and unique.
std::vector<std::string> ContextWords(std::string_view sentence, size_t value_b, size_t value_e);

// Adds name=value (nothing when value is empty), keeping the context sorted.
void AddContextFact(std::vector<std::string>* context, std::string_view name,
                    std::string_view value);
// The value of fact `name`, "" when absent.
std::string ContextFact(const std::vector<std::string>& context, std::string_view name);
// True when the token is a fact rather than a word.
bool IsContextFact(std::string_view token);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_CLAIM_CONTEXT_H_
