#include "rules/article_regexes.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/match_fold.h"
#include "rules/narrowing_cache.h"

namespace factlint {
namespace {

// How many times RE2 repeats the program of an operand followed by
// expanded[at]: n or m of a count "{n}", "{n,}", "{n,m}"; 1 otherwise.
long CountAt(const std::string& expanded, size_t at) {
  if (at >= expanded.size() || expanded[at] != '{') return 1;
  size_t close = expanded.find('}', at);
  if (close == std::string::npos) return 1;
  bool digits = false;
  long most = 0;
  long value = 0;
  for (size_t i = at + 1; i < close; ++i) {
    const char c = expanded[i];
    if (c >= '0' && c <= '9') {
      digits = true;
      value = std::min(value * 10 + (c - '0'), 100000L);
    } else if (c == ',') {
      most = std::max(most, value);
      value = 0;
    } else {
      return 1;  // not a count: a literal brace
    }
  }
  return digits ? std::max(1L, std::max(most, value)) : 1;
}

// Property classes, weighted by how often counts repeat them, beyond which a
// pattern might not fit RE2's budget in full (\p{L} alone is ~1 200
// instructions; the budget ~700 000).
constexpr long kMaxClassWeight = 100;

// Whether the full pattern might be too large for RE2 where the narrowed one
// is not, an error narrowing would hide: a gazetteer alternation repeated by
// a count ("(?:{gaz:big} ){0,8}"), or property classes weighing more than
// kMaxClassWeight. Conservative: anything the scan does not follow counts.
bool MayBeTooLargeInFull(const std::string& expanded, const std::vector<GazetteerSpan>& spans) {
  struct Group {
    bool gazetteer = false;
    long classes = 0;
  };
  std::vector<Group> groups(1);  // the pattern itself, then each open group
  size_t next_span = 0;
  size_t i = 0;
  while (i < expanded.size()) {
    if (next_span < spans.size() && i == spans[next_span].begin) {
      groups.back().gazetteer = true;
      i = spans[next_span++].end;
      if (CountAt(expanded, i) >= 2) return true;
      continue;
    }
    const char c = expanded[i];
    if (c == '\\') {
      if (i + 1 >= expanded.size() || expanded[i + 1] == 'Q') return true;
      const char next = expanded[i + 1];
      i += 2;
      if (next == 'p' || next == 'P') {
        if (i < expanded.size() && expanded[i] == '{') {
          size_t close = expanded.find('}', i);
          if (close == std::string::npos) return true;
          i = close + 1;
        } else {
          ++i;
        }
        groups.back().classes += CountAt(expanded, i);
      }
    } else if (c == '[') {
      long classes = 0;
      ++i;
      if (i < expanded.size() && expanded[i] == '^') ++i;
      if (i < expanded.size() && expanded[i] == ']') ++i;
      while (i < expanded.size() && expanded[i] != ']') {
        if (expanded[i] == '\\') {
          ++i;
          if (i < expanded.size() && (expanded[i] == 'p' || expanded[i] == 'P')) ++classes;
        } else if (expanded[i] == '[' && i + 1 < expanded.size() && expanded[i + 1] == ':') {
          size_t close = expanded.find(":]", i + 2);
          if (close == std::string::npos) return true;
          i = close + 1;
        }
        ++i;
      }
      ++i;
      groups.back().classes += classes * CountAt(expanded, i);
    } else if (c == '(') {
      groups.emplace_back();
      ++i;
    } else if (c == ')') {
      if (groups.size() < 2) return true;
      const Group closed = groups.back();
      groups.pop_back();
      ++i;
      const long count = CountAt(expanded, i);
      if (closed.gazetteer && count >= 2) return true;
      groups.back().gazetteer = groups.back().gazetteer || closed.gazetteer;
      groups.back().classes = std::min(groups.back().classes + closed.classes * count, 1L << 40);
    } else {
      ++i;
    }
    if (groups.back().classes > kMaxClassWeight) return true;
  }
  return next_span != spans.size() || groups.size() != 1;
}

}  // namespace

ArticleRegexes::ArticleRegexes(const RulePack& pack, std::string_view text)
    : pack_(pack), text_(text) {
  NarrowingCache* cache = pack_.narrowing();
  narrow_ = cache != nullptr && cache->StartArticle();
}

const std::vector<uint32_t>& ArticleRegexes::Kept(const Gazetteer& gazetteer,
                                                  const GazetteerAlternation& alternation) {
  auto it = kept_.find(gazetteer.name());
  if (it != kept_.end()) return it->second;
  if (!folded_) folded_ = FoldForMatch(text_);
  return kept_.emplace(gazetteer.name(), alternation.Occurring(*folded_)).first->second;
}

const RE2* ArticleRegexes::Get(const CompiledPattern& pattern, Status* error) {
  std::shared_ptr<const LazyRegex> re = Choose(pattern);
  if (re == nullptr) return nullptr;
  const RE2* compiled = re->Get();
  if (compiled == nullptr) *error = re->status();
  return compiled;
}

std::shared_ptr<const LazyRegex> ArticleRegexes::Choose(const CompiledPattern& pattern) {
  auto memo = chosen_.find(&pattern);
  if (memo != chosen_.end()) return memo->second;
  std::shared_ptr<const LazyRegex> chosen = ChooseUncached(pattern);
  chosen_.emplace(&pattern, chosen);
  return chosen;
}

std::shared_ptr<const LazyRegex> ArticleRegexes::ChooseUncached(const CompiledPattern& pattern) {
  auto full = [&] { return pattern.re; };
  if (!narrow_ || !pattern.re || pattern.re->compiled()) return full();
  const bool classes = HasPropertyClass(pattern.expanded);
  if (pattern.gazetteers.empty() && !classes) return full();
  // Narrowing must not hide that the full pattern is too large for RE2 (an
  // error when first needed): a pattern that repeats a gazetteer or many
  // property classes, or inlines more than kMaxNarrowedGazetteerBytes of
  // gazetteers, runs in full.
  size_t inlined = 0;
  for (const GazetteerSpan& span : pattern.gazetteers) inlined += span.end - span.begin;
  if (inlined > kMaxNarrowedGazetteerBytes ||
      MayBeTooLargeInFull(pattern.expanded, pattern.gazetteers)) {
    return full();
  }
  NarrowingCache* cache = pack_.narrowing();
  // The pieces between gazetteer alternations, and what goes between them.
  std::vector<std::string_view> pieces;
  std::vector<std::string> alternations;
  size_t copied = 0;
  for (const GazetteerSpan& span : pattern.gazetteers) {
    const Gazetteer* gazetteer = pack_.FindGazetteer(span.gazetteer);
    if (gazetteer == nullptr || span.begin < copied || span.end > pattern.expanded.size()) {
      return full();
    }
    const GazetteerAlternation* alternation = cache->Alternation(*gazetteer);
    // The span must hold this very alternation; anything else runs in full.
    if (pattern.expanded.compare(span.begin, span.end - span.begin, alternation->pattern()) != 0) {
      return full();
    }
    pieces.push_back(std::string_view(pattern.expanded).substr(copied, span.begin - copied));
    alternations.push_back(alternation->Narrowed(Kept(*gazetteer, *alternation)));
    copied = span.end;
  }
  pieces.push_back(std::string_view(pattern.expanded).substr(copied));
  // Property classes too, unless the scan cannot follow the pattern: then the
  // pieces stay as they are.
  std::vector<std::string> narrowed_pieces;
  if (classes) {
    if (!alphabet_) alphabet_.emplace(text_);
    PropertyClassNarrower narrower(&*alphabet_);
    for (std::string_view piece : pieces) {
      std::optional<std::string> narrowed = narrower.Narrow(piece);
      if (!narrowed) break;
      narrowed_pieces.push_back(std::move(*narrowed));
    }
    if (!narrower.balanced()) narrowed_pieces.clear();
  }
  if (narrowed_pieces.empty() && pattern.gazetteers.empty()) return full();
  std::string narrowed;
  for (size_t i = 0; i < pieces.size(); ++i) {
    if (narrowed_pieces.empty()) {
      narrowed.append(pieces[i]);
    } else {
      narrowed += narrowed_pieces[i];
    }
    if (i < alternations.size()) narrowed += alternations[i];
  }
  return cache->Regex(narrowed, pattern.re->what(), pattern.loc);
}

const RE2* ArticleRegexes::GetCue(const LazyRegex& cue, Status* error) {
  auto full = [&]() -> const RE2* {
    const RE2* re = cue.Get();
    if (re == nullptr) *error = cue.status();
    return re;
  };
  if (!narrow_ || cue.compiled() || !HasPropertyClass(cue.pattern()) ||
      MayBeTooLargeInFull(cue.pattern(), {})) {
    return full();
  }
  if (!alphabet_) alphabet_.emplace(text_);
  PropertyClassNarrower narrower(&*alphabet_);
  std::optional<std::string> narrowed = narrower.Narrow(cue.pattern());
  if (!narrowed || !narrower.balanced()) return full();
  std::shared_ptr<const LazyRegex> re = pack_.narrowing()->Regex(*narrowed, cue.what(), cue.loc());
  const RE2* compiled = re->Get();
  if (compiled == nullptr) *error = re->status();
  return compiled;
}

}  // namespace factlint
