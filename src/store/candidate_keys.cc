#include "store/candidate_keys.h"

#include <algorithm>
#include <map>
#include <tuple>
#include <utility>

namespace factlint {
namespace {

bool HasEmptyKeyField(const Claim& c) {
  return std::any_of(c.key_parts.begin(), c.key_parts.end(),
                     [](const KeyPart& p) { return p.value.empty(); });
}

}  // namespace

std::vector<SlotLookup> CandidateKeys(const std::vector<Claim>& claims) {
  std::map<std::pair<std::string, std::string>, SlotLookup> by_slot;
  for (const Claim& c : claims) {
    SlotLookup& l = by_slot[{c.story, c.slot}];
    l.story = c.story;
    l.slot = c.slot;
    if (HasEmptyKeyField(c)) {
      l.whole_slot = true;
    } else {
      l.keys.insert(c.KeyString());
    }
  }
  std::vector<SlotLookup> out;
  for (auto& [unused, l] : by_slot) {
    if (l.whole_slot) l.keys.clear();
    out.push_back(std::move(l));
  }
  return out;
}

bool IsCandidate(const std::vector<SlotLookup>& lookups, const Claim& claim) {
  auto it = std::lower_bound(lookups.begin(), lookups.end(), claim,
                             [](const SlotLookup& l, const Claim& c) {
                               return std::tie(l.story, l.slot) < std::tie(c.story, c.slot);
                             });
  if (it == lookups.end() || it->story != claim.story || it->slot != claim.slot) return false;
  return it->whole_slot || HasEmptyKeyField(claim) || it->keys.count(claim.KeyString()) > 0;
}

}  // namespace factlint
