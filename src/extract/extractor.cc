#include "extract/extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>

#include "extract/key_field.h"
#include "extract/modality.h"
#include "extract/value_builder.h"
#include "text/excerpt.h"
#include "text/fold.h"
#include "text/sentence.h"

namespace factlint {
namespace {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// A capture that starts or ends inside a word ("2014 300" read as "014 300") is
// a mis-match: RE2 has no Unicode-aware \b, so the check is done here.
bool CutsWord(std::string_view text, size_t b, size_t e) {
  if (b == e) return false;
  if (b > 0 && IsWordByte(text[b - 1]) && IsWordByte(text[b])) return true;
  if (e < text.size() && IsWordByte(text[e - 1]) && IsWordByte(text[e])) return true;
  return false;
}

std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

// Folded words of the sentence outside the value: what the claim is about.
std::vector<std::string> ContextWords(std::string_view sentence_norm, size_t value_b,
                                      size_t value_e) {
  std::string outside;
  outside.append(sentence_norm.substr(0, value_b));
  outside += ' ';
  outside.append(sentence_norm.substr(value_e));
  std::string folded = FoldForLookup(outside);
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (cur.size() >= 3 || (!cur.empty() && std::isdigit(static_cast<unsigned char>(cur[0]))))
      words.push_back(cur);
    cur.clear();
  };
  for (char c : folded) {
    if (IsWordByte(static_cast<unsigned char>(c))) {
      cur += c;
    } else {
      flush();
    }
  }
  flush();
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  return words;
}

struct ArticleView {
  const Article& article;
  SentenceIndex sentences;
  explicit ArticleView(const Article& a) : article(a), sentences(a.text.normalized()) {}
};

// Tries to turn one match into a claim. Returns a rejection reason or "".
std::string BuildClaim(const RulePack& pack, const CompiledRule& rule,
                       const CompiledPattern& pattern, const ArticleView& view,
                       const std::vector<re2::StringPiece>& groups, MatchTrace* trace) {
  const std::string& norm = view.article.text.normalized();
  const Rule& r = rule.rule;
  auto offset = [&](const re2::StringPiece& p) { return static_cast<size_t>(p.data() - norm.data()); };
  const auto& names = pattern.re->NamedCapturingGroups();
  auto capture = [&](const std::string& name, size_t* b, size_t* e) -> bool {
    auto it = names.find(name);
    if (it == names.end() || groups[it->second].data() == nullptr) return false;
    *b = offset(groups[it->second]);
    *e = *b + groups[it->second].size();
    return true;
  };

  for (const auto& [name, index] : names) {
    const re2::StringPiece& g = groups[index];
    if (g.data() == nullptr) continue;
    trace->captures[name] = std::string(g.data(), g.size());
    size_t b = offset(g);
    if (CutsWord(norm, b, b + g.size())) return "capture '" + name + "' cuts a word";
  }

  size_t vb = 0, ve = 0;
  if (!capture(r.value.capture, &vb, &ve)) return "no value capture '" + r.value.capture + "'";
  // Spaces inside « » belong to typography, not to the value.
  while (vb < ve && norm[vb] == ' ') ++vb;
  while (ve > vb && norm[ve - 1] == ' ') --ve;
  Result<ClaimValue> value =
      BuildValue(pack, r.value, pattern.lang, std::string_view(norm).substr(vb, ve - vb));
  if (!value.ok()) return value.status().message();

  Claim& c = trace->claim;
  c.rule_id = r.id;
  c.slot = r.slot;
  c.value = std::move(value).value();
  for (const KeyField& f : r.key) {
    size_t b = 0, e = 0;
    std::string_view cap;
    if (capture(f.name, &b, &e)) cap = std::string_view(norm).substr(b, e - b);
    c.key_parts.push_back({f.name, NormalizeKeyField(pack, f, cap)});
  }
  if (r.value.kind == ValueKind::kQuote && !r.value.speaker.empty()) {
    size_t b = 0, e = 0;
    std::string speaker;
    if (capture(r.value.speaker, &b, &e)) {
      KeyField person{r.value.speaker, KeyFieldKind::kPerson, "", {}};
      speaker = NormalizeKeyField(pack, person, std::string_view(norm).substr(b, e - b));
    }
    c.key_parts.push_back({"speaker", speaker});
  }

  const Article& a = view.article;
  size_t mb = offset(groups[0]);
  size_t me = mb + groups[0].size();
  auto [sb, se] = view.sentences.Around(vb);
  std::string_view sentence_norm = std::string_view(norm).substr(sb, se - sb);
  size_t rel_b = mb > sb ? mb - sb : 0;
  size_t rel_e = std::clamp(me, sb, se) - sb;
  ModalityCue cue = FindModality(rule, pattern.lang, sentence_norm, rel_b, rel_e);
  c.modality = cue.modality;
  c.cue = cue.cue;

  c.article_id = a.meta.id;
  c.source = a.meta.source;
  c.story = a.meta.story;
  c.begin = a.text.ToOriginal(mb);
  c.end = a.text.ToOriginal(me);
  LineCol lc = a.text.Locate(c.begin);
  c.loc = SourceLoc{a.meta.path, lc.line, lc.column};
  c.text = std::string(a.text.OriginalSpan(mb, me));
  c.value_text = std::string(a.text.OriginalSpan(vb, ve));
  c.sentence = OneLine(a.text.OriginalSpan(sb, se));
  Excerpt excerpt = MakeExcerpt(a.text, c.begin, c.end);
  c.excerpt = std::move(excerpt.text);
  c.excerpt_column = excerpt.column;
  c.excerpt_width = excerpt.width;
  c.context = ContextWords(sentence_norm, std::clamp(vb, sb, se) - sb, std::clamp(ve, sb, se) - sb);
  return "";
}

void RunRule(const RulePack& pack, const CompiledRule& rule, const ArticleView& view,
             std::vector<MatchTrace>* out) {
  const std::string& norm = view.article.text.normalized();
  std::vector<std::pair<size_t, size_t>> accepted;  // spans already claimed by this rule
  for (size_t pi = 0; pi < rule.patterns.size(); ++pi) {
    const CompiledPattern& p = rule.patterns[pi];
    if (p.lang != view.article.meta.lang || !p.re) continue;
    const int ngroups = p.re->NumberOfCapturingGroups() + 1;
    std::vector<re2::StringPiece> groups(static_cast<size_t>(ngroups));
    size_t pos = 0;
    while (pos <= norm.size() && p.re->Match(norm, pos, norm.size(), re2::RE2::UNANCHORED,
                                             groups.data(), ngroups)) {
      size_t b = static_cast<size_t>(groups[0].data() - norm.data());
      size_t e = b + groups[0].size();
      MatchTrace t;
      t.pattern_index = pi;
      t.begin = b;
      t.end = e;
      bool overlaps = std::any_of(accepted.begin(), accepted.end(), [&](const auto& s) {
        return b < s.second && s.first < e;
      });
      std::string why = overlaps ? "overlaps a match of an earlier pattern of this rule"
                                 : BuildClaim(pack, rule, p, view, groups, &t);
      if (why.empty()) {
        t.accepted = true;
        accepted.emplace_back(b, e);
        pos = (e > b) ? e : b + 1;
      } else {
        t.rejection = why;
        // Retry one character later: a shorter match may be valid ("014 300" -> "300").
        pos = b + 1;
        while (pos < norm.size() && (static_cast<unsigned char>(norm[pos]) & 0xC0) == 0x80) ++pos;
      }
      out->push_back(std::move(t));
    }
  }
}

}  // namespace

std::vector<MatchTrace> TraceRule(const RulePack& pack, const CompiledRule& rule,
                                  const Article& article) {
  ArticleView view(article);
  std::vector<MatchTrace> traces;
  RunRule(pack, rule, view, &traces);
  return traces;
}

std::vector<Claim> ExtractClaims(const RulePack& pack, const Article& article) {
  std::vector<Claim> claims;
  if (article.meta.lang == Lang::kUnknown) return claims;
  ArticleView view(article);
  std::vector<MatchTrace> traces;
  for (size_t index : pack.Select(article.meta.lang, article.text.normalized())) {
    traces.clear();
    RunRule(pack, pack.rules()[index], view, &traces);
    for (MatchTrace& t : traces) {
      if (t.accepted) claims.push_back(std::move(t.claim));
    }
  }
  // Two rules of one slot reading the same words make one claim: keep the rule
  // declared first (the more specific one, by convention). `claims` is in rule order.
  std::vector<Claim> kept;
  for (Claim& c : claims) {
    bool dup = std::any_of(kept.begin(), kept.end(), [&](const Claim& k) {
      return k.slot == c.slot && c.begin < k.end && k.begin < c.end && k.rule_id != c.rule_id;
    });
    if (!dup) kept.push_back(std::move(c));
  }
  std::sort(kept.begin(), kept.end(), ClaimLess);
  return kept;
}

}  // namespace factlint
