// Who a claim's figure is attributed to, when its sentence says so with
// "selon …", "d'après …" or "according to …", as an id of the pack's `sources`
// gazetteer. Counts attributed to different sources (the police and the
// organizers of a march) differ by nature: compare/context.h reads them as a
// discrepancy, not a conflict.
//
//   const Gazetteer* sources = pack.FindGazetteer("sources");
//   FindAttribution(sources, "12 000 manifestants selon la police, 40 000 selon les syndicats",
//                   /*match*/ 24, 30)   // the second figure
//     -> "ORGANIZERS" (the cue nearest to the figure wins, one inside the match first;
//        its phrase runs to the next comma, period or parenthesis, at most
//        kAttributionPhrase bytes)
//
// "" without a gazetteer, without a cue, or when the phrase names no known source.
// Pure.
#ifndef FACTLINT_EXTRACT_ATTRIBUTION_H_
#define FACTLINT_EXTRACT_ATTRIBUTION_H_

#include <string>
#include <string_view>

#include "rules/gazetteer.h"

namespace factlint {

inline constexpr std::string_view kSourcesGazetteer = "sources";
inline constexpr size_t kAttributionPhrase = 80;

// `match_begin`/`match_end` are offsets of the claim's match in `sentence`.
std::string FindAttribution(const Gazetteer* sources, std::string_view sentence, size_t match_begin,
                            size_t match_end);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_ATTRIBUTION_H_
