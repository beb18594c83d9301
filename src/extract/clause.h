// The clause of a sentence that holds a match: what a modality cue or a key word
// must share with a claim to speak for it.
//
//   ClauseAround("La direction, qui propose 2 %, refuse", 23, 26)  -> the span of
//   " qui propose 2 %" (between the two commas)
//
// Clauses end at , ; : ( ) and the quote mark '"' of normalized text, but not at the
// comma of a decimal number ("6,4"). The match itself may hold boundaries ("Fort
// Bragg, en Caroline du Nord, vers"): the clause runs from the boundary before its
// start to the boundary after its end. Pure.
#ifndef FACTLINT_EXTRACT_CLAUSE_H_
#define FACTLINT_EXTRACT_CLAUSE_H_

#include <string_view>
#include <utility>

namespace factlint {

bool IsClauseBoundary(std::string_view text, size_t i);

// [begin, end) of the clause of `text` around [match_begin, match_end).
std::pair<size_t, size_t> ClauseAround(std::string_view text, size_t match_begin, size_t match_end);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_CLAUSE_H_
