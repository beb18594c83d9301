#include "extract/extractor.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>

#include "base/parallel_for.h"
#include "extract/attribution.h"
#include "extract/claim_context.h"
#include "extract/key_field.h"
#include "extract/mention_memo.h"
#include "extract/modality.h"
#include "extract/span_set.h"
#include "extract/time_anchor.h"
#include "extract/value_builder.h"
#include "normalize/date_text.h"
#include "rules/article_regexes.h"
#include "text/excerpt.h"
#include "text/fold.h"
#include "text/sentence.h"

namespace factlint {
namespace {

// Whether the character holding byte i is part of a word: ASCII letters and digits,
// and every non-ASCII character except the symbols that touch numbers in news
// copy: currency signs (U+20A0..20CF, £ ¥), the degree sign, general punctuation
// (U+2000..206F).
bool IsWordAt(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return std::isalnum(c) != 0;
  size_t lead = i;
  while (lead > 0 && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  auto byte = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  unsigned char b0 = byte(lead), b1 = byte(lead + 1), b2 = byte(lead + 2);
  if (b0 == 0xC2 && (b1 == 0xA3 || b1 == 0xA5 || b1 == 0xB0)) return false;
  if (b0 == 0xE2 && b1 == 0x82 && b2 >= 0xA0) return false;    // U+20A0..U+20BF
  if (b0 == 0xE2 && b1 == 0x83 && b2 <= 0x8F) return false;    // U+20C0..U+20CF
  if (b0 == 0xE2 && (b1 == 0x80 || b1 == 0x81)) return false;  // U+2000..U+207F
  return true;
}

// A capture that starts or ends inside a word ("2014 300" read as "014 300") is
// a mis-match: RE2 has no Unicode-aware \b, so the check is done here.
bool CutsWord(std::string_view text, size_t b, size_t e) {
  if (b == e) return false;
  if (b > 0 && IsWordAt(text, b - 1) && IsWordAt(text, b)) return true;
  if (e < text.size() && IsWordAt(text, e - 1) && IsWordAt(text, e)) return true;
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

// Where each paragraph of `text` starts: 0, and just after every blank line.
std::vector<size_t> ParagraphStarts(std::string_view text) {
  std::vector<size_t> starts{0};
  size_t line_begin = 0;
  for (size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1)) {
    if (text.substr(line_begin, nl - line_begin).find_first_not_of(" \t") ==
        std::string_view::npos) {
      starts.push_back(nl + 1);
    }
    line_begin = nl + 1;
  }
  return starts;
}

struct ArticleView {
  const Article& article;
  SentenceIndex sentences;
  std::vector<size_t> paragraphs;  // ParagraphStarts of the normalized text
  std::optional<CivilDate> published;
  // Gazetteer lookups of key fields, shared by the article's claims.
  mutable MentionMemo mentions;
  explicit ArticleView(const Article& a)
      : article(a),
        sentences(a.text.normalized()),
        paragraphs(ParagraphStarts(a.text.normalized())),
        published(ParseIsoDate(a.meta.published)),
        mentions(a.text.normalized()) {}

  // Start of the paragraph holding `pos`: just after the last blank line before it.
  size_t ParagraphStart(size_t pos) const {
    return *std::prev(std::upper_bound(paragraphs.begin(), paragraphs.end(), pos));
  }
};

// The sentence before [sb, ...) in the same paragraph, "" when there is none.
std::string_view PreviousSentence(const ArticleView& view, size_t sb, size_t paragraph_begin) {
  std::string_view norm = view.article.text.normalized();
  size_t i = sb;
  while (i > paragraph_begin && (norm[i - 1] == ' ' || norm[i - 1] == '\n')) --i;
  if (i <= paragraph_begin) return {};
  auto [b, e] = view.sentences.Around(i - 1);
  if (b < paragraph_begin || e > sb) return {};
  return norm.substr(b, e - b);
}

// "in October 2011 killed more than 600": a number that reads as a year, for the
// word before it is a month or a preposition of time, is no figure.
bool ReadsAsYear(std::string_view text, size_t vb, size_t ve, Lang lang) {
  if (ve - vb != 4) return false;
  int year = 0;
  for (size_t i = vb; i < ve; ++i) {
    if (text[i] < '0' || text[i] > '9') return false;
    year = year * 10 + (text[i] - '0');
  }
  if (year < 1900 || year > 2099) return false;
  size_t e = vb;
  while (e > 0 && text[e - 1] == ' ') --e;
  size_t b = e;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
  std::string before = FoldForLookup(text.substr(b, e - b));
  if (MonthNumber(before, lang) > 0) return true;
  for (std::string_view w : {"in", "en", "of", "de", "since", "depuis", "until", "jusqu'en", "by",
                             "year", "annee", "l'an", "l'annee", "during", "pendant"}) {
    if (before == w) return true;
  }
  return false;
}

// Tries to turn one match into a claim. Returns a rejection reason or "".
std::string BuildClaim(const RulePack& pack, const CompiledRule& rule,
                       const CompiledPattern& pattern, const RE2& re, const ArticleView& view,
                       const std::vector<re2::StringPiece>& groups, MatchTrace* trace,
                       ArticleRegexes* regexes) {
  const std::string& norm = view.article.text.normalized();
  const Rule& r = rule.rule;
  auto offset = [&](const re2::StringPiece& p) {
    return static_cast<size_t>(p.data() - norm.data());
  };
  const auto& names = re.NamedCapturingGroups();
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
  if (r.value.kind == ValueKind::kQuantity && r.value.reader == QuantityReader::kNumber &&
      ReadsAsYear(norm, vb, ve, pattern.lang)) {
    return "'" + norm.substr(vb, ve - vb) + "' reads as a year";
  }
  ValueInput input;
  input.lang = pattern.lang;
  input.capture = std::string_view(norm).substr(vb, ve - vb);
  input.published = view.published;
  std::string without_unit;  // "more than $310,000" is read as "more than 310,000"
  if (!r.value.unit_gazetteer.empty()) {
    size_t ub = 0, ue = 0;
    if (capture(r.value.unit_capture, &ub, &ue)) {
      input.unit = std::string_view(norm).substr(ub, ue - ub);
      if (vb <= ub && ue <= ve) {
        without_unit = norm.substr(vb, ub - vb) + norm.substr(ue, ve - ue);
        input.capture = without_unit;
      }
    }
  }
  Result<BuiltValue> built = BuildClaimValue(pack, r.value, input);
  if (!built.ok()) return built.status().message();

  const Article& a = view.article;
  size_t mb = offset(groups[0]);
  size_t me = mb + groups[0].size();
  // The claim's sentence, or the part of a very long one around the match.
  const auto [whole_sb, whole_se] = view.sentences.Around(vb);
  const auto [sb, se] = ClipSentence(norm, whole_sb, whole_se, mb, me);
  const size_t pb = view.ParagraphStart(whole_sb);

  Claim& c = trace->claim;
  c.rule_id = r.id;
  c.slot = r.slot;
  c.value = built->value;
  KeySurroundings around{norm, sb, se, vb, ve, pb, &view.mentions};
  for (const KeyField& f : r.key) {
    size_t b = 0, e = 0;
    std::string_view cap;
    if (capture(f.name, &b, &e)) cap = std::string_view(norm).substr(b, e - b);
    std::string value = ResolveKeyField(pack, f, cap, around);
    if (value.empty()) value = f.default_value;
    if (value.empty() && f.required) return "no " + f.name + " for the key";
    c.key_parts.push_back({f.name, std::move(value)});
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

  std::string_view sentence_norm = std::string_view(norm).substr(sb, se - sb);
  size_t rel_b = mb > sb ? mb - sb : 0;
  size_t rel_e = std::clamp(me, sb, se) - sb;
  ModalityCue cue = FindModality(rule, pattern.lang, sentence_norm, rel_b, rel_e, regexes);
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
  // The value's own bytes: all of the capture, or the weekday of a weekday-date pair.
  const bool whole = built->begin == 0 && built->end == input.capture.size();
  c.value_text = whole ? std::string(a.text.OriginalSpan(vb, ve))
                       : std::string(a.text.OriginalSpan(vb + built->begin, vb + built->end));
  // As a reader sees it: an HTML page's references decoded and its markup left out.
  c.sentence = OneLine(a.text.ReadableSpan(sb, se));
  Excerpt excerpt = MakeExcerpt(a.text, c.begin, c.end);
  c.excerpt = std::move(excerpt.text);
  c.excerpt_column = excerpt.column;
  c.excerpt_width = excerpt.width;

  const size_t rel_vb = std::clamp(vb, sb, se) - sb;
  const size_t rel_ve = std::clamp(ve, sb, se) - sb;
  c.context = ContextWords(sentence_norm, rel_vb, rel_ve);
  TimeAnchorInput when;
  when.sentence = sentence_norm;
  when.match_begin = rel_b;
  when.match_end = rel_e;
  when.value_begin = rel_vb;
  when.value_end = rel_ve;
  if (sb == whole_sb) when.previous_sentence = PreviousSentence(view, sb, pb);
  when.published = view.published;
  when.lang = pattern.lang;
  // A named person's age, title or nationality is given as of the article, and so is
  // where a place lies, whatever other years the sentence mentions.
  bool about_person = std::any_of(r.key.begin(), r.key.end(), [](const KeyField& f) {
    return f.kind == KeyFieldKind::kPerson;
  });
  if (!about_person && r.value.kind != ValueKind::kCategory) {
    AddContextFact(&c.context, kWhenFact, FindTimeAnchor(when));
  }
  AddContextFact(&c.context, kSourceFact,
                 FindAttribution(pack.FindGazetteer(std::string(kSourcesGazetteer)), sentence_norm,
                                 rel_b, rel_e));

  if (built->second) {
    Claim second = c;
    second.value = *built->second;
    second.value_text =
        std::string(a.text.OriginalSpan(vb + built->second_begin, vb + built->second_end));
    trace->second = std::move(second);
  }
  return "";
}

// Runs pattern `pi` of `rule` over the article, after the patterns of the rule
// run before it for this article (whose accepted spans are in `accepted`).
// A match overlapping an accepted span is dropped; a rejected match is tried
// again one character later. A pattern RE2 cannot compile (a lazily loaded
// pack only) is skipped and its status returned.
Status RunPattern(const RulePack& pack, const CompiledRule& rule, size_t pi,
                  const ArticleView& view, SpanSet* accepted,
                  std::vector<MatchTrace>* out, ArticleRegexes* regexes = nullptr) {
  const std::string& norm = view.article.text.normalized();
  const CompiledPattern& p = rule.patterns[pi];
  if (p.lang != view.article.meta.lang || !p.re) return Status::Ok();
  // Early in a run, a variant narrowed to this article (rules/article_regexes.h).
  Status error;
  const RE2* re = regexes != nullptr ? regexes->Get(p, &error) : p.regex();
  if (re == nullptr) return regexes != nullptr ? error : p.re->status();
  const int ngroups = re->NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> groups(static_cast<size_t>(ngroups));
  size_t pos = 0;
  while (pos <= norm.size() &&
         re->Match(norm, pos, norm.size(), re2::RE2::UNANCHORED, groups.data(), ngroups)) {
    size_t b = static_cast<size_t>(groups[0].data() - norm.data());
    size_t e = b + groups[0].size();
    MatchTrace t;
    t.pattern_index = pi;
    t.begin = b;
    t.end = e;
    const bool overlaps = accepted->Overlaps(b, e);
    std::string why = overlaps ? "overlaps a match of an earlier pattern of this rule"
                               : BuildClaim(pack, rule, p, *re, view, groups, &t, regexes);
    if (why.empty()) {
      t.accepted = true;
      accepted->Add(b, e);
      pos = (e > b) ? e : b + 1;
    } else {
      t.rejection = why;
      // Retry one character later: a shorter match may be valid ("014 300" -> "300").
      pos = b + 1;
      while (pos < norm.size() && (static_cast<unsigned char>(norm[pos]) & 0xC0) == 0x80) ++pos;
    }
    out->push_back(std::move(t));
  }
  return Status::Ok();
}

// Runs every pattern of `rule` for the article's language, in order. The first
// status of a pattern that does not compile is returned; the others still run.
Status RunRule(const RulePack& pack, const CompiledRule& rule, const ArticleView& view,
               std::vector<MatchTrace>* out) {
  SpanSet accepted;  // spans already claimed by this rule
  Status status;
  for (size_t pi = 0; pi < rule.patterns.size(); ++pi) {
    Status st = RunPattern(pack, rule, pi, view, &accepted, out);
    if (status.ok() && !st.ok()) status = st;
  }
  return status;
}

// The first modality cue regex of `rule` for `lang` that RE2 cannot compile, as
// the article's claims ran it (`regexes`: narrowed early in a run).
Status CheckCues(const CompiledRule& rule, Lang lang, ArticleRegexes* regexes) {
  for (const auto& [which, re] : rule.cues) {
    if (which.first != lang || !re) continue;
    Status error;
    if (regexes->GetCue(*re, &error) == nullptr) return error;
  }
  return Status::Ok();
}

// One article of a batch, while its rules run.
struct BatchArticle {
  BatchArticle(const RulePack& pack, const Article& a)
      : view(a), regexes(pack, a.text.normalized()) {}
  ArticleView view;
  ArticleRegexes regexes;
  std::vector<RulePack::SelectedRule> selected;  // by rule index
  size_t next = 0;                               // into `selected`: the next rule to run
  Status status;                                 // the first error: the article's result
  std::vector<Claim> claims;                     // in rule order
  // The rule running now.
  SpanSet accepted;
  std::vector<MatchTrace> traces;
  Status rule_status;
};

// The claims of one rule's accepted matches, in match order.
void TakeClaims(const CompiledRule& rule, BatchArticle* a) {
  Status st = a->rule_status;
  bool any = false;
  for (MatchTrace& t : a->traces) {
    if (!t.accepted) continue;
    any = true;
    a->claims.push_back(std::move(t.claim));
    if (t.second) a->claims.push_back(std::move(*t.second));
  }
  if (st.ok() && any) st = CheckCues(rule, a->view.article.meta.lang, &a->regexes);
  if (!st.ok()) a->status = st;
  a->traces.clear();
  a->accepted.clear();
  a->rule_status = Status::Ok();
}

// Two rules of one slot reading the same words make one claim: keep the rule
// declared first (the more specific one, by convention). `claims` is in rule order.
std::vector<Claim> KeepFirstRule(std::vector<Claim>&& claims) {
  std::vector<Claim> kept;
  std::map<std::string, SpanSet> taken;  // by slot: spans of the claims kept, by rule
  for (Claim& c : claims) {
    SpanSet& slot = taken[c.slot];
    if (slot.Overlaps(c.begin, c.end, c.rule_id)) continue;
    slot.Add(c.begin, c.end, c.rule_id);
    kept.push_back(std::move(c));
  }
  std::sort(kept.begin(), kept.end(), ClaimLess);
  return kept;
}

// Every regex the articles of a batch will run that is not compiled yet,
// compiled on the pack's threads before any runs: early in a run (the CI gate's
// one article) compiling is most of the work, and an article runs its patterns
// one after another. With one thread each compiles when first run, as before.
void PrecompileSelected(const RulePack& pack,
                        const std::vector<std::unique_ptr<BatchArticle>>& batch) {
  if (pack.jobs() <= 1) return;
  std::vector<std::shared_ptr<const LazyRegex>> to_compile;
  std::set<const LazyRegex*> seen;
  for (const auto& a : batch) {
    const Lang lang = a->view.article.meta.lang;
    for (const RulePack::SelectedRule& s : a->selected) {
      for (size_t pi : s.patterns) {
        const CompiledPattern& p = pack.rules()[s.rule].patterns[pi];
        if (p.lang != lang || !p.re) continue;
        std::shared_ptr<const LazyRegex> re = a->regexes.Choose(p);
        if (re && !re->compiled() && seen.insert(re.get()).second) to_compile.push_back(re);
      }
    }
  }
  if (to_compile.size() < 2) return;
  ParallelFor(to_compile.size(), pack.jobs(), [&](size_t i) { to_compile[i]->Get(); });
}

}  // namespace

std::vector<MatchTrace> TraceRule(const RulePack& pack, const CompiledRule& rule,
                                  const Article& article) {
  ArticleView view(article);
  std::vector<MatchTrace> traces;
  (void)RunRule(pack, rule, view, &traces);
  return traces;
}

std::vector<Result<std::vector<Claim>>> TryExtractClaimsBatch(
    const RulePack& pack, const std::vector<const Article*>& articles) {
  std::vector<std::unique_ptr<BatchArticle>> batch;
  batch.reserve(articles.size());
  for (const Article* a : articles) batch.push_back(std::make_unique<BatchArticle>(pack, *a));
  // The prefilter of each language over all its articles, then each selected
  // pattern over all the articles that selected it: one regex's DFA and program
  // stay in the CPU caches across articles. Each article still sees its rules
  // in order and each rule's patterns in order, so results are those of one
  // article at a time.
  std::vector<Lang> langs;
  for (auto& a : batch) {
    const Lang lang = a->view.article.meta.lang;
    if (lang != Lang::kUnknown && std::find(langs.begin(), langs.end(), lang) == langs.end())
      langs.push_back(lang);
  }
  for (Lang lang : langs) {
    for (auto& a : batch) {
      const Article& art = a->view.article;
      if (art.meta.lang == lang) a->selected = pack.SelectPatterns(lang, art.text.normalized());
    }
  }
  PrecompileSelected(pack, batch);
  std::vector<BatchArticle*> running;  // the articles running rule `r` now
  while (true) {
    // The lowest rule any article runs next (selections come in rule order).
    size_t r = pack.rules().size();
    for (auto& a : batch) {
      if (a->status.ok() && a->next < a->selected.size())
        r = std::min(r, a->selected[a->next].rule);
    }
    if (r == pack.rules().size()) break;
    running.clear();
    size_t rounds = 0;
    for (auto& a : batch) {
      if (!a->status.ok() || a->next >= a->selected.size() || a->selected[a->next].rule != r)
        continue;
      running.push_back(a.get());
      rounds = std::max(rounds, a->selected[a->next].patterns.size());
    }
    const CompiledRule& rule = pack.rules()[r];
    for (size_t k = 0; k < rounds; ++k) {
      for (BatchArticle* a : running) {
        const std::vector<size_t>& which = a->selected[a->next].patterns;
        if (k >= which.size()) continue;
        Status st = RunPattern(pack, rule, which[k], a->view, &a->accepted, &a->traces,
                                &a->regexes);
        if (a->rule_status.ok() && !st.ok()) a->rule_status = st;
      }
    }
    for (BatchArticle* a : running) {
      TakeClaims(rule, a);
      ++a->next;
    }
  }
  std::vector<Result<std::vector<Claim>>> results;
  results.reserve(batch.size());
  for (auto& a : batch) {
    if (!a->status.ok()) {
      results.emplace_back(a->status);
    } else {
      results.emplace_back(KeepFirstRule(std::move(a->claims)));
    }
  }
  return results;
}

Result<std::vector<Claim>> TryExtractClaims(const RulePack& pack, const Article& article) {
  if (article.meta.lang == Lang::kUnknown) return std::vector<Claim>{};
  return std::move(TryExtractClaimsBatch(pack, {&article}).front());
}

std::vector<Claim> ExtractClaims(const RulePack& pack, const Article& article) {
  Result<std::vector<Claim>> claims = TryExtractClaims(pack, article);
  return claims.ok() ? std::move(*claims) : std::vector<Claim>{};
}

}  // namespace factlint
