#include "rules/narrowing_cache.h"

namespace factlint {

bool NarrowingCache::StartArticle() {
  return started_.fetch_add(1, std::memory_order_relaxed) < articles_;
}

const GazetteerAlternation* NarrowingCache::Alternation(const Gazetteer& gazetteer) {
  std::lock_guard<std::mutex> lock(mu_);
  std::unique_ptr<const GazetteerAlternation>& slot = alternations_[gazetteer.name()];
  if (!slot) slot = std::make_unique<const GazetteerAlternation>(gazetteer);
  return slot.get();
}

std::shared_ptr<const LazyRegex> NarrowingCache::Regex(const std::string& pattern,
                                                       const std::string& what,
                                                       const SourceLoc& loc) {
  std::lock_guard<std::mutex> lock(mu_);
  std::shared_ptr<const LazyRegex>& slot = regexes_[pattern];
  if (!slot) slot = std::make_shared<const LazyRegex>(pattern, what, loc);
  return slot;
}

}  // namespace factlint
