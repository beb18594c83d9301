// How the report writers show a claim to a reader: its sentence cut around the
// value, and its value and hedges in words. Shared by the Markdown and HTML
// writers so both say the same thing; results are plain (unescaped) text.
//
//   SentenceParts p = SplitSentenceAtValue(claim);
//   // p.before = "Joe Biden enverra ", p.value = "2 000",
//   // p.after = " soldats en Europe de l'Est (Image : Getty)"
//   DescribeValue(claim)   // "[0, 5000] soldier, at most, planned (\"envisage\")"; "quote, stated"
//   KeyLabel("troops.deployed|region=EU-EAST")   // "troops.deployed (region=EU-EAST)"
#ifndef FACTLINT_REPORT_CLAIM_DISPLAY_H_
#define FACTLINT_REPORT_CLAIM_DISPLAY_H_

#include <string>
#include <string_view>
#include <vector>

#include "extract/claim.h"

namespace factlint {

struct SentenceParts {
  std::string before;  // starts with "… " when cut
  std::string value;   // the value exactly as written (empty if it cannot be found)
  std::string after;   // ends with " …" when cut
};

// The claim's sentence split around its value. When the match runs past the
// sentence (a quote spanning several sentences), the match itself is used.
// Context on each side is cut to about `max_context_bytes`, at a space when
// possible and always at a UTF-8 character boundary.
SentenceParts SplitSentenceAtValue(const Claim& claim, size_t max_context_bytes = 280);

// The normalized value with its qualifier and modality, in words.
std::string DescribeValue(const Claim& claim);

// "slot|field=value|field=" -> "slot (field=value)": fields not stated are left out.
std::string KeyLabel(std::string_view key);

// The outlet, or the article id when the outlet is unknown.
const std::string& SourceName(const Claim& claim);

// A quote-variant diff ("une réponse [-ferme-] {+sévère+}") as words.
struct DiffWord {
  enum class Change { kSame, kRemoved, kAdded };
  Change change = Change::kSame;
  std::string word;
};
std::vector<DiffWord> ParseWordDiff(std::string_view diff);

}  // namespace factlint

#endif  // FACTLINT_REPORT_CLAIM_DISPLAY_H_
