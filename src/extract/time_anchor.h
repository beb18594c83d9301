// The time a claim's sentence places it in, when that is not the article's own
// time: a death toll "in 2011", "since 2014", "the 2004 quake", "last year",
// "le 15 janvier" in an article of 29 January. Claims anchored to different times
// are not about the same thing (compare/context.h).
//
//   TimeAnchorInput in;
//   in.sentence = "A magnitude 7.1 quake near the city in October 2011 killed more than 600
//   people."; in.match_begin = ...; in.match_end = ...;   // "killed more than 600 people"
//   in.value_begin = ...; in.value_end = ...;   // "more than 600"
//   in.published = CivilDate{2026, 3, 4};
//   FindTimeAnchor(in)  -> "2011"
//
// What anchors a claim, nearest to the match first, within kAnchorWindow bytes of it
// and outside the value itself:
//   * a year other than the publication year ("in 2011", "the 2004 quake", "depuis 2014");
//   * a day of a month more than kCurrentDays days from publication ("le 15 janvier") ->
//     "2026-01-15"; a month alone other than the publication's ("En avril") -> "2026-04";
//   * a phrase pointing to the past: last year / l'an dernier -> the year before
//     publication ("2025"), last month / le mois dernier -> "2026-02" (unresolved without a
//     publication date: "last-year", "last-month"; "last-summer"...; last week is still
//     the story's own time), so far this year /
//     depuis le début de l'année -> "to-date", since January / depuis janvier ->
//     "since-january"; N years ago / il y a N ans, a week after / N ans plus tôt -> "past",
//     which meets no other claim;
//   * none of these, but "alors" / "at the time": the previous sentence's anchor.
// Years followed by GMT, UTC or an hour mark are clock times, not years. Without a
// publication date every year and every day of a month anchors. Pure.
#ifndef FACTLINT_EXTRACT_TIME_ANCHOR_H_
#define FACTLINT_EXTRACT_TIME_ANCHOR_H_

#include <optional>
#include <string>
#include <string_view>

#include "base/lang.h"
#include "normalize/calendar.h"

namespace factlint {

inline constexpr size_t kAnchorWindow = 100;
inline constexpr int kCurrentDays = 7;

struct TimeAnchorInput {
  std::string_view sentence;  // normalized text of the claim's sentence
  size_t match_begin = 0;     // offsets into `sentence`
  size_t match_end = 0;
  size_t value_begin = 0;
  size_t value_end = 0;
  std::string_view previous_sentence;  // "" at the start of a paragraph
  std::optional<CivilDate> published;
  Lang lang = Lang::kUnknown;
};

// "" when the sentence speaks of the article's own time.
std::string FindTimeAnchor(const TimeAnchorInput& in);

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_TIME_ANCHOR_H_
