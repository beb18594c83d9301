#include "rules/gazetteer_alternation.h"

#include <algorithm>
#include <utility>

#include "rules/match_fold.h"

namespace factlint {
namespace {

constexpr size_t kPrefixBytes = 3;

uint32_t PrefixKey(std::string_view s, size_t length) {
  uint32_t key = static_cast<uint32_t>(length) << 24;
  for (size_t i = 0; i < length; ++i) {
    key |= static_cast<uint32_t>(static_cast<unsigned char>(s[i])) << (8 * (2 - i));
  }
  return key;
}

}  // namespace

GazetteerAlternation::GazetteerAlternation(const Gazetteer& gazetteer) {
  for (auto& [alias, regex] : gazetteer.AliasAlternatives()) {
    const uint32_t index = static_cast<uint32_t>(regexes_.size());
    regexes_.push_back(std::move(regex));
    std::string folded = FoldForMatch(alias);
    // A shorter needle only keeps more: trim the spaces the regex drops or
    // turns into " +".
    size_t b = folded.find_first_not_of(' ');
    size_t e = folded.find_last_not_of(' ');
    folded = b == std::string::npos ? std::string() : folded.substr(b, e - b + 1);
    if (folded.empty()) {
      always_.push_back(index);
    } else {
      by_prefix_[PrefixKey(folded, std::min(folded.size(), kPrefixBytes))].push_back(index);
    }
    folded_.push_back(std::move(folded));
  }
  pattern_ = Gazetteer::AlternationOf(regexes_);
}

std::vector<uint32_t> GazetteerAlternation::Occurring(std::string_view folded_text) const {
  std::vector<bool> kept(regexes_.size(), false);
  for (uint32_t i : always_) kept[i] = true;
  for (size_t i = 0; i < folded_text.size(); ++i) {
    const size_t room = std::min(kPrefixBytes, folded_text.size() - i);
    for (size_t length = 1; length <= room; ++length) {
      auto it = by_prefix_.find(PrefixKey(folded_text.substr(i), length));
      if (it == by_prefix_.end()) continue;
      for (uint32_t a : it->second) {
        if (!kept[a] && folded_text.compare(i, folded_[a].size(), folded_[a]) == 0) kept[a] = true;
      }
    }
  }
  std::vector<uint32_t> out;
  for (uint32_t a = 0; a < kept.size(); ++a) {
    if (kept[a]) out.push_back(a);
  }
  return out;
}

std::string GazetteerAlternation::Narrowed(const std::vector<uint32_t>& kept) const {
  std::vector<std::string> regexes;
  regexes.reserve(kept.size());
  for (uint32_t a : kept) regexes.push_back(regexes_[a]);
  return Gazetteer::AlternationOf(regexes);
}

}  // namespace factlint
