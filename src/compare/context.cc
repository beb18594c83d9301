#include "compare/context.h"

#include "extract/claim_context.h"

namespace factlint {

std::string TimeOf(const Claim& c) { return ContextFact(c.context, kWhenFact); }

std::string SourceOf(const Claim& c) { return ContextFact(c.context, kSourceFact); }

bool SameTime(const Claim& a, const Claim& b) {
  std::string x = TimeOf(a);
  return x != "past" && x == TimeOf(b);
}

bool SameSentence(const Claim& a, const Claim& b) {
  return a.article_id == b.article_id && !a.sentence.empty() && a.sentence == b.sentence;
}

bool SourcesDiffer(const Claim& a, const Claim& b) {
  std::string x = SourceOf(a);
  std::string y = SourceOf(b);
  return !x.empty() && !y.empty() && x != y;
}

double WordOverlap(const Claim& a, const Claim& b) {
  // Both lists are sorted: a merge counts the words in common.
  size_t i = 0, j = 0, common = 0, all = 0;
  const auto& x = a.context;
  const auto& y = b.context;
  while (i < x.size() || j < y.size()) {
    if (i < x.size() && IsContextFact(x[i])) {
      ++i;
      continue;
    }
    if (j < y.size() && IsContextFact(y[j])) {
      ++j;
      continue;
    }
    ++all;
    if (i < x.size() && j < y.size() && x[i] == y[j]) {
      ++common;
      ++i;
      ++j;
    } else if (j >= y.size() || (i < x.size() && x[i] < y[j])) {
      ++i;
    } else {
      ++j;
    }
  }
  return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

}  // namespace factlint
