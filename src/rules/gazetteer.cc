#include "rules/gazetteer.h"

#include <algorithm>
#include <set>
#include <utility>

#include "rules/alias_regex.h"
#include "text/fold.h"

namespace factlint {
namespace {

// Folded text keeps non-ASCII letters as multi-byte sequences: count them as
// word characters so "é" never acts as a boundary.
bool IsWordByte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return u >= 0x80 || (u >= '0' && u <= '9') || (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z');
}

// "Nice", "Île-de-France", "Éire": an uppercase first letter (ASCII, or a Latin-1
// capital such as É, encoded C3 80-9E).
bool StartsWithCapital(std::string_view s) {
  if (s.empty()) return false;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c >= 'A' && c <= 'Z') return true;
  return c == 0xC3 && s.size() > 1 && static_cast<unsigned char>(s[1]) >= 0x80 &&
         static_cast<unsigned char>(s[1]) <= 0x9E && static_cast<unsigned char>(s[1]) != 0x97;
}

size_t CodePointCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

}  // namespace

void Gazetteer::Add(GazetteerEntry entry) {
  if (alternatives_.use_count() > 1 || alternatives_->computed) {
    alternatives_ = std::make_shared<Alternatives>();  // computed, or shared with a copy
  }
  auto [it, inserted] = entries_.try_emplace(entry.id);
  GazetteerEntry& stored = it->second;
  if (inserted) {
    stored.id = entry.id;
    stored.loc = entry.loc;
  }
  if (stored.parent.empty()) stored.parent = entry.parent;
  for (std::string& alias : entry.aliases) {
    std::string folded = FoldForLookup(alias);
    if (folded.empty()) continue;
    if (std::find(stored.aliases.begin(), stored.aliases.end(), alias) == stored.aliases.end()) {
      stored.aliases.push_back(alias);
    }
    bool& acronym = acronym_only_.try_emplace(folded, true).first->second;
    acronym = acronym && IsAcronym(alias);
    bool& capital = capital_only_.try_emplace(folded, true).first->second;
    capital = capital && StartsWithCapital(alias);
    std::vector<std::string>& ids = by_alias_[folded];
    if (std::find(ids.begin(), ids.end(), stored.id) == ids.end()) ids.push_back(stored.id);
  }
}

std::optional<std::string> Gazetteer::Resolve(std::string_view name) const {
  auto it = by_alias_.find(FoldForLookup(name));
  if (it == by_alias_.end()) return std::nullopt;
  return it->second.front();  // the first id to claim a shadowed alias wins
}

const std::pair<const std::string, std::vector<std::string>>* Gazetteer::LongestAliasAt(
    std::string_view folded, size_t i) const {
  const std::pair<const std::string, std::vector<std::string>>* best = nullptr;
  // by_alias_ is sorted, so aliases sharing a first byte are neighbours.
  auto first = by_alias_.lower_bound(std::string(1, folded[i]));
  for (auto it = first; it != by_alias_.end() && it->first[0] == folded[i]; ++it) {
    const std::string& alias = it->first;
    if (best != nullptr && alias.size() <= best->first.size()) continue;
    if (folded.compare(i, alias.size(), alias) != 0) continue;
    size_t end = i + alias.size();
    bool left_ok = i == 0 || !IsWordByte(folded[i - 1]) || !IsWordByte(alias.front());
    bool right_ok = end == folded.size() || !IsWordByte(folded[end]) || !IsWordByte(alias.back());
    if (left_ok && right_ok) best = &*it;
  }
  return best;
}

std::vector<std::string> Gazetteer::Find(std::string_view text) const {
  std::string folded = FoldForLookup(text);
  std::set<std::string> found;
  size_t i = 0;
  while (i < folded.size()) {
    if (const auto* best = LongestAliasAt(folded, i)) {
      found.insert(best->second.front());
      i += best->first.size();
    } else {
      ++i;
    }
  }
  return {found.begin(), found.end()};
}

std::vector<GazetteerMention> Gazetteer::FindMentions(std::string_view text) const {
  // Fold one code point at a time, remembering where each folded byte came from.
  std::string folded;
  std::vector<size_t> origin;  // folded byte -> offset in `text`
  size_t i = 0;
  while (i < text.size()) {
    size_t n = 1;
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0xF0) {
      n = 4;
    } else if (c >= 0xE0) {
      n = 3;
    } else if (c >= 0xC0) {
      n = 2;
    }
    n = std::min(n, text.size() - i);
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      if (!folded.empty() && folded.back() != ' ') {
        folded += ' ';
        origin.push_back(i);
      }
    } else {
      for (char f : FoldForLookup(text.substr(i, n))) {
        folded += f;
        origin.push_back(i);
      }
    }
    i += n;
  }
  origin.push_back(text.size());

  std::vector<GazetteerMention> found;
  size_t k = 0;
  while (k < folded.size()) {
    const auto* best = LongestAliasAt(folded, k);
    if (best == nullptr) {
      ++k;
      continue;
    }
    size_t begin = origin[k];
    size_t end = origin[k + best->first.size()];  // where the next character starts
    bool lowercase = false;
    for (size_t b = begin; b < end; ++b) lowercase = lowercase || (text[b] >= 'a' && text[b] <= 'z');
    auto acronym = acronym_only_.find(best->first);
    auto capital = capital_only_.find(best->first);
    bool wants_capitals = acronym != acronym_only_.end() && acronym->second;
    bool wants_capital = capital != capital_only_.end() && capital->second;
    if ((wants_capitals && lowercase) ||
        (wants_capital && !StartsWithCapital(text.substr(begin)))) {
      ++k;
      continue;
    }
    found.push_back({best->second.front(), begin, end});
    k += best->first.size();
  }
  return found;
}

bool Gazetteer::IsWithin(const std::string& id, const std::string& ancestor) const {
  std::string current = id;
  // Bounded walk: a parent cycle is a load error, but must not hang here.
  for (size_t steps = 0; steps <= entries_.size(); ++steps) {
    if (current == ancestor) return true;
    auto it = entries_.find(current);
    if (it == entries_.end() || it->second.parent.empty()) return false;
    current = it->second.parent;
  }
  return false;
}

std::optional<std::string> Gazetteer::CommonAncestor(const std::vector<std::string>& ids) const {
  if (ids.empty() || entries_.count(ids.front()) == 0) return std::nullopt;
  std::string candidate = ids.front();
  for (size_t steps = 0; steps <= entries_.size(); ++steps) {
    bool contains_all = std::all_of(ids.begin(), ids.end(),
                                    [&](const std::string& id) { return IsWithin(id, candidate); });
    if (contains_all) return candidate;
    auto it = entries_.find(candidate);
    if (it == entries_.end() || it->second.parent.empty()) return std::nullopt;
    candidate = it->second.parent;
  }
  return std::nullopt;
}

std::map<std::string, std::vector<std::string>> Gazetteer::ShadowedAliases() const {
  std::map<std::string, std::vector<std::string>> shadowed;
  for (const auto& [alias, ids] : by_alias_) {
    if (ids.size() > 1) shadowed.emplace(alias, ids);
  }
  return shadowed;
}

const std::vector<std::pair<std::string, std::string>>& Gazetteer::AliasAlternatives() const {
  Alternatives& memo = *alternatives_;
  std::call_once(memo.once, [&] {
    // One alternative per distinct regex; longest alias first because RE2
    // prefers the earlier alternative ("United States" before "United").
    struct Alternative {
      size_t code_points;
      std::string alias;
      std::string regex;
    };
    std::vector<Alternative> alternatives;
    std::set<std::string> seen;
    for (const auto& [id, entry] : entries_) {
      for (const std::string& alias : entry.aliases) {
        std::string regex = AliasRegex(alias);
        if (!regex.empty() && seen.insert(regex).second) {
          alternatives.push_back({CodePointCount(alias), alias, std::move(regex)});
        }
      }
    }
    std::sort(alternatives.begin(), alternatives.end(), [](const auto& a, const auto& b) {
      if (a.code_points != b.code_points) return a.code_points > b.code_points;
      return a.alias < b.alias;
    });
    memo.computed = true;
    memo.list.reserve(alternatives.size());
    for (Alternative& a : alternatives) {
      memo.list.emplace_back(std::move(a.alias), std::move(a.regex));
    }
  });
  return memo.list;
}

std::string Gazetteer::AlternationOf(const std::vector<std::string>& regexes) {
  if (regexes.empty()) return "[^\\x00-\\x{10FFFF}]";  // matches nothing
  std::string pattern = "(?:";
  for (size_t i = 0; i < regexes.size(); ++i) {
    if (i > 0) pattern += '|';
    pattern += regexes[i];
  }
  pattern += ")";
  return pattern;
}

std::string Gazetteer::AliasPattern() const {
  std::vector<std::string> regexes;
  for (const auto& [alias, regex] : AliasAlternatives()) regexes.push_back(regex);
  return AlternationOf(regexes);
}

}  // namespace factlint
