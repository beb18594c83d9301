// StoreStats: what `factlint store stats` prints about a claim store.
//
//   Result<StoreStats> s = store->Stats();   // store/claim_store.h
//   s->articles, s->claims, s->stories[0].name
#ifndef FACTLINT_STORE_STORE_STATS_H_
#define FACTLINT_STORE_STORE_STATS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace factlint {

struct StoryStats {
  std::string name;
  size_t articles = 0;
  size_t claims = 0;
  size_t keys = 0;  // distinct (slot, key) pairs
};

struct StoreStats {
  int schema_version = 0;
  size_t articles = 0;
  size_t claims = 0;
  std::vector<StoryStats> stories;  // sorted by name
};

}  // namespace factlint

#endif  // FACTLINT_STORE_STORE_STATS_H_
