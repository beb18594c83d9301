// MentionMemo: the gazetteer names found in stretches of one article's text,
// remembered, so that the claims of one sentence (often several: troops sent,
// where to, from where) look their sentence up once.
//
//   MentionMemo memo(article.text.normalized());
//   const std::vector<GazetteerMention>& m = memo.Find(places, sentence_b, sentence_e);
//   // == places.FindMentions(text.substr(sentence_b, sentence_e - sentence_b))
//   const GazetteerMention* m = memo.LastBefore(places, paragraph_b, sentence_b);
//   // the last name of the whole text's mentions within [paragraph_b, sentence_b)
//
// Find is exact: a stretch is looked up by its own bytes, as FindMentions would be.
// LastBefore reads the mentions of the whole text, found once, so that looking back
// from every sentence of a long paragraph costs a binary search, not a new scan.
// One per article and thread (not thread-safe); the references it returns stay
// valid as long as the memo.
#ifndef FACTLINT_EXTRACT_MENTION_MEMO_H_
#define FACTLINT_EXTRACT_MENTION_MEMO_H_

#include <algorithm>
#include <map>
#include <memory>
#include <string_view>
#include <tuple>
#include <vector>

#include "rules/gazetteer.h"

namespace factlint {

class MentionMemo {
 public:
  explicit MentionMemo(std::string_view text) : text_(text) {}

  // g.FindMentions(text.substr(begin, end - begin)), offsets relative to `begin`.
  const std::vector<GazetteerMention>& Find(const Gazetteer& g, size_t begin, size_t end) {
    auto [it, added] = found_.try_emplace({&g, begin, end});
    if (added) it->second = g.FindMentions(text_.substr(begin, end - begin));
    return it->second;
  }

  // The last of the whole text's mentions of `g` lying within [begin, end) (offsets
  // into the text), nullptr when there is none.
  const GazetteerMention* LastBefore(const Gazetteer& g, size_t begin, size_t end) {
    auto [it, added] = whole_.try_emplace(&g);
    if (added) it->second = g.FindMentions(text_);
    const std::vector<GazetteerMention>& all = it->second;  // sorted, disjoint
    auto after = std::upper_bound(all.begin(), all.end(), end, [](size_t e, const auto& m) {
      return e < m.end;
    });
    if (after == all.begin()) return nullptr;
    const GazetteerMention& last = *std::prev(after);
    return last.begin >= begin ? &last : nullptr;
  }

 private:
  std::string_view text_;
  std::map<std::tuple<const Gazetteer*, size_t, size_t>, std::vector<GazetteerMention>> found_;
  std::map<const Gazetteer*, std::vector<GazetteerMention>> whole_;
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_MENTION_MEMO_H_
