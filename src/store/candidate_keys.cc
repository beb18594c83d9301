#include "store/candidate_keys.h"

#include <algorithm>
#include <map>
#include <utility>

namespace factlint {

std::vector<SlotLookup> CandidateKeys(const std::vector<Claim>& claims) {
  std::map<std::pair<std::string, std::string>, SlotLookup> by_slot;
  for (const Claim& c : claims) {
    SlotLookup& l = by_slot[{c.story, c.slot}];
    l.story = c.story;
    l.slot = c.slot;
    bool partial = std::any_of(c.key_parts.begin(), c.key_parts.end(),
                               [](const KeyPart& p) { return p.value.empty(); });
    if (partial) {
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

}  // namespace factlint
