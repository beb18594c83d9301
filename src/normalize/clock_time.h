// Clock times as news copy writes them, in French and English, as intervals on
// the minute line of one day (0 = midnight, 1439 = 23:59).
//
//   ReadClockTime("3:40 a.m.", Lang::kEn)           -> [220, 220] exact
//   ReadClockTime("23 h 12", Lang::kFr)             -> [1392, 1392]
//   ReadClockTime("18 heures", Lang::kFr)           -> [1080, 1080]
//   ReadClockTime("vers 23 h 15", Lang::kFr)        -> [1375, 1415] approx (±20 min), value 1395
//   ReadClockTime("at about 2:15 p.m.", Lang::kEn)  -> [835, 875] approx
//   ReadClockTime("peu après 23 heures", Lang::kFr) -> [1380, 1410] vague (the half hour after)
//   ReadClockTime("shortly before 9 p.m.", Lang::kEn) -> [1230, 1260] vague
//   ReadClockTime("7.30am", Lang::kEn)              -> [450, 450]
//   ReadClockTime("midi" / "noon")                  -> [720, 720]
//
// Forms: H:MM and H.MM with an optional a.m./p.m. (also am, pm), H a.m., H h MM,
// HhMM, H heures (MM), midi/minuit/noon/midnight; "du matin", "du soir", "de
// l'après-midi" and "local time"/"heure locale" after the time; a leading "à"/"at".
// Hedges: vers, environ, aux alentours de, autour de, about, around, approximately
// (±20 min: "about 2:30 p.m." and "about 3:30 p.m." disagree, "vers 23 heures" and
// "vers 23 h 30" do not); peu après, juste après, shortly after, just after, soon after (the 30
// minutes after); peu avant, juste avant, shortly before, just before (the 30
// minutes before). Pure; thread-safe.
#ifndef FACTLINT_NORMALIZE_CLOCK_TIME_H_
#define FACTLINT_NORMALIZE_CLOCK_TIME_H_

#include <optional>
#include <string_view>

#include "base/lang.h"
#include "normalize/quantity.h"

namespace factlint {

// The widest hedge: "shortly after" covers the half hour after the time.
inline constexpr int kClockHedgeMinutes = 30;
// "about", "vers": the time give or take this many minutes.
inline constexpr int kClockAboutMinutes = 20;

std::optional<Quantity> ReadClockTime(std::string_view text, Lang lang);

// "23:12" for minute 1392.
std::string FormatClockTime(double minutes);

}  // namespace factlint

#endif  // FACTLINT_NORMALIZE_CLOCK_TIME_H_
