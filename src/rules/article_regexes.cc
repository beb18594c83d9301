#include "rules/article_regexes.h"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "rules/match_fold.h"
#include "rules/narrowing_cache.h"

namespace factlint {
namespace {

// A count "{n}", "{n,}" or "{n,m}" at expanded[at] that makes RE2 repeat its
// operand's program (n or m of 2 or more).
bool ReplicatingCount(const std::string& expanded, size_t at) {
  if (at >= expanded.size() || expanded[at] != '{') return false;
  size_t close = expanded.find('}', at);
  if (close == std::string::npos) return false;
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
      return false;  // not a count: a literal brace
    }
  }
  return digits && std::max(most, value) >= 2;
}

// Whether a gazetteer alternation of the pattern lies under a count that
// repeats it ("(?:{gaz:big} ){0,8}"): the full pattern then compiles that
// alternation several times and may be too large for RE2, which the narrowed
// one would hide. Conservative: anything the scan does not follow counts.
bool GazetteerRepeated(const std::string& expanded, const std::vector<GazetteerSpan>& spans) {
  std::vector<bool> holds_gazetteer;  // one per open group
  size_t next_span = 0;
  size_t i = 0;
  while (i < expanded.size()) {
    if (next_span < spans.size() && i == spans[next_span].begin) {
      holds_gazetteer.assign(holds_gazetteer.size(), true);
      i = spans[next_span++].end;
      if (ReplicatingCount(expanded, i)) return true;
      continue;
    }
    const char c = expanded[i];
    if (c == '\\') {
      if (i + 1 < expanded.size() && expanded[i + 1] == 'Q') return true;
      i += 2;
    } else if (c == '[') {
      ++i;
      if (i < expanded.size() && expanded[i] == '^') ++i;
      if (i < expanded.size() && expanded[i] == ']') ++i;
      while (i < expanded.size() && expanded[i] != ']') {
        if (expanded[i] == '\\') ++i;
        else if (expanded[i] == '[' && i + 1 < expanded.size() && expanded[i + 1] == ':') {
          size_t close = expanded.find(":]", i + 2);
          if (close == std::string::npos) return true;
          i = close + 1;
        }
        ++i;
      }
      ++i;
    } else if (c == '(') {
      holds_gazetteer.push_back(false);
      ++i;
    } else if (c == ')') {
      if (holds_gazetteer.empty()) return true;
      const bool held = holds_gazetteer.back();
      holds_gazetteer.pop_back();
      ++i;
      if (held && ReplicatingCount(expanded, i)) return true;
    } else {
      ++i;
    }
  }
  return next_span != spans.size();
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
  auto full = [&]() -> const RE2* {
    const RE2* re = pattern.regex();
    if (re == nullptr && pattern.re) *error = pattern.re->status();
    return re;
  };
  if (!narrow_ || !pattern.re || pattern.re->compiled()) return full();
  const bool classes = HasPropertyClass(pattern.expanded);
  if (pattern.gazetteers.empty() && !classes) return full();
  // Narrowing must not hide that the full pattern is too large for RE2 (an
  // error when first needed): a pattern that repeats a gazetteer, or inlines
  // more than kMaxNarrowedGazetteerBytes of them, runs in full.
  size_t inlined = 0;
  for (const GazetteerSpan& span : pattern.gazetteers) inlined += span.end - span.begin;
  if (inlined > kMaxNarrowedGazetteerBytes ||
      (!pattern.gazetteers.empty() && GazetteerRepeated(pattern.expanded, pattern.gazetteers))) {
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
  std::shared_ptr<const LazyRegex> re = cache->Regex(narrowed, pattern.re->what(), pattern.loc);
  const RE2* compiled = re->Get();
  if (compiled == nullptr) *error = re->status();
  return compiled;
}

}  // namespace factlint
