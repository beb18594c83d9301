#include "compare/class_pair.h"

#include <map>
#include <utility>

#include "compare/context.h"

namespace factlint {
namespace {

// Claims counted by attribution: how many of them are not attributed to a source other
// than `source` (all of them when `source` is "").
class SourceCounts {
 public:
  void Add(std::string_view source) {
    ++all_;
    if (source.empty()) {
      ++unattributed_;
    } else {
      ++by_source_[source];
    }
  }
  size_t Compatible(std::string_view source) const {
    if (source.empty()) return all_;
    auto it = by_source_.find(source);
    return unattributed_ + (it == by_source_.end() ? 0 : it->second);
  }
  size_t all() const { return all_; }

 private:
  size_t all_ = 0;
  size_t unattributed_ = 0;
  std::map<std::string_view, size_t> by_source_;
};

template <typename Key>
size_t CompatibleIn(const std::map<Key, SourceCounts>& m, const Key& key,
                    std::string_view source) {
  auto it = m.find(key);
  return it == m.end() ? 0 : it->second.Compatible(source);
}

template <typename Key>
size_t Count(const std::map<Key, size_t>& m, const Key& key) {
  auto it = m.find(key);
  return it == m.end() ? 0 : it->second;
}

}  // namespace

ClaimFacts FactsOf(const Claim& c, bool hedgeable) {
  ClaimFacts f;
  f.article = c.article_id;
  f.sentence = c.sentence;
  f.source = SourceOf(c);
  f.begin = c.begin;
  f.modality = c.modality;
  f.hedgeable = hedgeable;
  return f;
}

ClassPairFacts RelateClasses(const std::vector<ClaimFacts>& facts, const std::vector<size_t>& a,
                             const std::vector<size_t>& b) {
  using Article = std::string_view;
  // The claims of `b`, counted by article, modality, sentence and start.
  SourceCounts all;
  std::map<Article, SourceCounts> by_article;
  std::map<std::pair<Article, std::string_view>, SourceCounts> by_sentence;
  std::map<std::pair<Article, size_t>, SourceCounts> by_begin;
  std::map<Modality, size_t> by_modality;
  std::map<std::pair<Article, Modality>, size_t> by_article_modality;
  for (size_t j : b) {
    const ClaimFacts& f = facts[j];
    all.Add(f.source);
    by_article[f.article].Add(f.source);
    by_sentence[{f.article, f.sentence}].Add(f.source);
    by_begin[{f.article, f.begin}].Add(f.source);
    ++by_modality[f.modality];
    ++by_article_modality[{f.article, f.modality}];
  }

  ClassPairFacts out;
  for (size_t i : a) {
    const ClaimFacts& f = facts[i];
    auto mine = by_article.find(f.article);
    const size_t here = mine == by_article.end() ? 0 : mine->second.all();
    // Pairs with claims of `b` from other articles.
    if (all.all() > here) {
      out.cross = true;
      if (!f.hedgeable || Count(by_modality, f.modality) >
                              Count(by_article_modality, std::make_pair(f.article, f.modality))) {
        out.shared_modality = true;
      }
      if (all.Compatible(f.source) > CompatibleIn(by_article, f.article, f.source)) {
        out.same_source = true;
      }
    }
    // Pairs within its own article: sources that agree, and two sentences or one match.
    const size_t compatible = CompatibleIn(by_article, f.article, f.source);
    if (compatible == 0 || out.internal.count(std::string(f.article))) continue;
    const bool contradicts =
        f.sentence.empty() ||
        compatible > CompatibleIn(by_sentence, std::make_pair(f.article, f.sentence), f.source) ||
        CompatibleIn(by_begin, std::make_pair(f.article, f.begin), f.source) > 0;
    if (contradicts) out.internal.insert(std::string(f.article));
  }
  return out;
}

}  // namespace factlint
