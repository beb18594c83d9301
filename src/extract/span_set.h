// SpanSet: byte spans already taken by claims, asked "does [b, e) overlap one of
// them?" in logarithmic time, so that an article with tens of thousands of matches
// does not compare each new match with every claim before it.
//
//   SpanSet taken;
//   taken.Add(10, 25, "troops.sent.fr");
//   taken.Overlaps(20, 30)                          // true
//   taken.Overlaps(20, 30, "troops.sent.fr")        // false: only its own rule's span
//   taken.Overlaps(25, 30)                          // false: spans are half-open
//
// Two spans overlap when b < other.end && other.begin < e (a span of length zero
// inside another overlaps it). The spans added must be pairwise either disjoint in
// that sense or identical (a value read twice from one match adds its span twice):
// that is what the extractor adds, since a span overlapping a taken one is dropped.
#ifndef FACTLINT_EXTRACT_SPAN_SET_H_
#define FACTLINT_EXTRACT_SPAN_SET_H_

#include <cstddef>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <utility>

namespace factlint {

class SpanSet {
 public:
  void Add(size_t begin, size_t end, std::string_view owner = {}) {
    spans_.emplace(std::make_pair(begin, end), std::string(owner));
  }

  // True when [begin, end) overlaps a span whose owner is not `except` (any span
  // when `except` is empty).
  bool Overlaps(size_t begin, size_t end, std::string_view except = {}) const {
    // Sorted by (begin, end), spans that are disjoint or identical also have sorted
    // ends, so the spans overlapping [begin, end) are one run: back from the first
    // span starting at or after `begin` over those ending after it, then forward
    // over those starting before `end`.
    auto it = spans_.lower_bound({begin, 0});
    while (it != spans_.begin() && std::prev(it)->first.second > begin) --it;
    for (; it != spans_.end() && it->first.first < end; ++it) {
      const auto& [span, owner] = *it;
      const bool overlap = begin < span.second && span.first < end;
      if (overlap && (except.empty() || owner != except)) return true;
    }
    return false;
  }

  size_t size() const { return spans_.size(); }
  void clear() { spans_.clear(); }

 private:
  std::multimap<std::pair<size_t, size_t>, std::string> spans_;
};

}  // namespace factlint

#endif  // FACTLINT_EXTRACT_SPAN_SET_H_
