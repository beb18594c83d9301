// Sentence boundaries in normalized text, for reporting the sentence a claim sits in
// and for scoping modality cues.
//
//   SentenceIndex s(text.normalized());
//   auto [b, e] = s.Around(offset);   // normalized [b, e) of the sentence holding offset
//   auto [cb, ce] = ClipSentence(text.normalized(), b, e, match_b, match_e);
//   // the words of [b, e) within kSentenceReach bytes of the match: all of them in news copy
//
// A sentence ends at a line break, or at . ! ? (optionally followed by a closing
// quote) followed by white space and an uppercase letter, digit or opening quote.
// Single capital initials ("M. Biden", "J. Smith"), common abbreviations ("St.",
// "Dr.", "Mr.", "Mme.") and dotted ones ("a.m.", "p.m.") do not end a sentence. Normalized text has one '"' for
// « » “ ”, so a quote opens or closes by parity within its line; a closing quote after the
// period, French-spaced or not (`fin. "`, `end."`), stays with its sentence.
// Pure; the index refers to `normalized`, which must outlive it.
#ifndef FACTLINT_TEXT_SENTENCE_H_
#define FACTLINT_TEXT_SENTENCE_H_

#include <string_view>
#include <utility>
#include <vector>

namespace factlint {

class SentenceIndex {
 public:
  explicit SentenceIndex(std::string_view normalized);
  // [begin, end) of the sentence containing `offset`, trimmed of white space.
  std::pair<size_t, size_t> Around(size_t offset) const;
  size_t size() const { return starts_.size(); }

 private:
  std::string_view text_;
  std::vector<size_t> starts_;  // sorted sentence start offsets
};

// Bytes of its sentence a claim reads on either side of its match (cues, anchors, key
// fields, the sentence shown). News sentences are far shorter; a "sentence" of megabytes
// (a text without a period) would otherwise be read again for every claim it holds.
inline constexpr size_t kSentenceReach = 600;

// [sb, se) cut to at most `reach` bytes before `match_begin` and after `match_end`, at white
// space so that no word or character is cut; [sb, se) itself when it is short enough. The
// match is clamped to [sb, se) first.
std::pair<size_t, size_t> ClipSentence(std::string_view text, size_t sb, size_t se,
                                       size_t match_begin, size_t match_end,
                                       size_t reach = kSentenceReach);

}  // namespace factlint

#endif  // FACTLINT_TEXT_SENTENCE_H_
