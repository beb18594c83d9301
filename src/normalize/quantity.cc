#include "normalize/quantity.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <vector>

#include "normalize/number_words.h"
#include "text/fold.h"

namespace factlint {
namespace {

using number_words::NumberToken;
using number_words::TokenKind;

// ---------------------------------------------------------------------------
// Text preparation

// Lowercase, no accents, one plain space between words, dashes as '-'.
// FoldForLookup already turns U+00A0 and U+202F into spaces (compatibility mapping);
// dashes are normally normalized upstream but cost nothing to accept here.
std::string FoldQuantityText(std::string_view text) {
  std::string folded = FoldForLookup(text);
  std::string out;
  out.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    auto byte = [&](size_t k) { return static_cast<unsigned char>(folded[k]); };
    if (byte(i) == 0xE2 && i + 2 < folded.size() &&
        ((byte(i + 1) == 0x80 && byte(i + 2) >= 0x90 && byte(i + 2) <= 0x95) ||  // U+2010..2015
         (byte(i + 1) == 0x88 && byte(i + 2) == 0x92))) {                        // U+2212
      out += '-';
      i += 2;
      continue;
    }
    out += folded[i];
  }
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsSeparator(char c) { return c == ' ' || c == '-'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// ---------------------------------------------------------------------------
// Digit literals

struct DigitLiteral {
  double value = 0;
  size_t end = 0;  // just past the literal
  bool ambiguous = false;
};

size_t DigitsAt(std::string_view s, size_t pos) {
  size_t n = 0;
  while (pos + n < s.size() && IsDigit(s[pos + n])) ++n;
  return n;
}

// `sep` followed by exactly three digits: one thousands group.
bool GroupAt(std::string_view s, size_t pos, char sep) {
  return pos < s.size() && s[pos] == sep && DigitsAt(s, pos + 1) == 3;
}

// A grouping mark that the language reads as a decimal mark: "5,000" in French
// (5 or 5000?), "5.000" in English. Unknown language: both.
bool GroupMarkIsAmbiguous(char sep, Lang lang) {
  switch (lang) {
    case Lang::kFr:
      return sep == ',';
    case Lang::kEn:
      return sep == '.';
    case Lang::kUnknown:
      break;
  }
  return true;
}

// Reads "5 000", "5.000", "5,000", "1 500 000,5", "1,500,000.5", "1,5", "12" at
// `pos` (a digit). Grouping needs a first group of 1-3 digits not starting with
// 0 and groups of exactly 3 digits; anything else after a mark is a decimal part.
std::optional<DigitLiteral> ScanDigitLiteral(std::string_view s, size_t pos, Lang lang) {
  const size_t lead = DigitsAt(s, pos);
  std::string integer(s.substr(pos, lead));
  std::string fraction;
  bool ambiguous = false;
  size_t p = pos + lead;
  const bool can_group = lead <= 3 && s[pos] != '0';
  auto take_fraction = [&](size_t mark) {
    size_t n = DigitsAt(s, mark + 1);
    fraction = s.substr(mark + 1, n);
    p = mark + 1 + n;
  };
  auto is_mark = [&](size_t q) {
    return q < s.size() && (s[q] == ',' || s[q] == '.') && DigitsAt(s, q + 1) > 0;
  };

  if (can_group && GroupAt(s, p, ' ')) {
    while (GroupAt(s, p, ' ')) {
      integer += s.substr(p + 1, 3);
      p += 4;
    }
    if (is_mark(p)) take_fraction(p);
  } else if (is_mark(p)) {
    const char sep = s[p];
    const char other = sep == '.' ? ',' : '.';
    size_t q = p;
    int groups = 0;
    while (can_group && GroupAt(s, q, sep)) {
      integer += s.substr(q + 1, 3);
      q += 4;
      ++groups;
    }
    const bool then_decimal = groups > 0 && q < s.size() && s[q] == other && is_mark(q);
    if (groups == 0) {
      take_fraction(p);
    } else {
      p = q;
      if (then_decimal) {
        take_fraction(q);
      } else if (groups == 1) {
        ambiguous = GroupMarkIsAmbiguous(sep, lang);
      }
    }
  }

  std::string digits = fraction.empty() ? integer : integer + "." + fraction;
  double value = 0;
  auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  if (ec != std::errc() || end != digits.data() + digits.size() || !std::isfinite(value)) {
    return std::nullopt;  // more than ~308 digits
  }
  return DigitLiteral{value, p, ambiguous};
}

// ---------------------------------------------------------------------------
// Numbers

struct ParsedNumber {
  double value = 0;
  double scale = 1;  // see number_words::NumberValue
  bool ambiguous = false;
};

// Multipliers glued to digits: "5k", and in English "€2.1bn", "$1m", "£1.2tn".
struct DigitSuffix {
  std::string_view text;
  double value;
  bool english_only;
};
constexpr std::array kDigitSuffixes = {
    DigitSuffix{"k", 1e3, false},
    DigitSuffix{"m", 1e6, true},
    DigitSuffix{"bn", 1e9, true},
    DigitSuffix{"tn", 1e12, true},
};

// The suffix at *p (right after a digit literal), if any; advances *p past it.
std::optional<NumberToken> ReadSuffix(std::string_view s, size_t* p, Lang lang) {
  for (const DigitSuffix& suffix : kDigitSuffixes) {
    if (suffix.english_only && lang == Lang::kFr) continue;
    std::string_view rest = s.substr(*p);
    if (!rest.starts_with(suffix.text)) continue;
    if (rest.size() > suffix.text.size() && !IsSeparator(rest[suffix.text.size()])) continue;
    *p += suffix.text.size();
    NumberToken t;
    t.kind = TokenKind::kScale;
    t.value = suffix.value;
    return t;
  }
  return std::nullopt;
}

// No number written in a news article needs more tokens ("neuf cent
// quatre-vingt-dix-neuf mille ..." has about a dozen); the bound keeps the
// recursive evaluation shallow on hostile input.
constexpr size_t kMaxNumberTokens = 40;

// Splits folded text into number tokens; nullopt on anything that is not part
// of a number.
std::optional<std::vector<NumberToken>> Tokenize(std::string_view s, Lang lang) {
  std::vector<NumberToken> tokens;
  size_t p = 0;
  while (p < s.size()) {
    if (tokens.size() > kMaxNumberTokens) return std::nullopt;
    if (IsSeparator(s[p])) {
      ++p;
      continue;
    }
    if (IsDigit(s[p])) {
      std::optional<DigitLiteral> lit = ScanDigitLiteral(s, p, lang);
      if (!lit) return std::nullopt;
      NumberToken t;
      t.value = lit->value;
      t.digits = true;
      t.ambiguous = lit->ambiguous;
      tokens.push_back(t);
      p = lit->end;
      if (std::optional<NumberToken> suffix = ReadSuffix(s, &p, lang)) tokens.push_back(*suffix);
    } else if (IsLower(s[p])) {
      size_t q = p;
      while (q < s.size() && IsLower(s[q])) ++q;
      std::optional<NumberToken> t = number_words::LookupNumberWord(s.substr(p, q - p), lang);
      if (!t) return std::nullopt;
      tokens.push_back(*t);
      p = q;
    } else {
      return std::nullopt;
    }
    if (p < s.size() && !IsSeparator(s[p])) return std::nullopt;  // "5000e", "5,000,"
  }
  return tokens;
}

std::optional<ParsedNumber> ParseFoldedNumber(std::string_view s, Lang lang) {
  s = Trim(s);
  if (s.empty() || s.front() == '-' || s.back() == '-') return std::nullopt;  // "-5" is no count
  std::optional<std::vector<NumberToken>> tokens = Tokenize(s, lang);
  if (!tokens) return std::nullopt;
  std::optional<number_words::NumberValue> v = number_words::EvaluateNumberTokens(*tokens, lang);
  if (!v || !std::isfinite(v->value) || v->value < 0) return std::nullopt;
  bool ambiguous =
      std::any_of(tokens->begin(), tokens->end(), [](const NumberToken& t) { return t.ambiguous; });
  return ParsedNumber{v->value, v->scale, ambiguous};
}

// ---------------------------------------------------------------------------
// Vague and approximate amounts

bool ReadsFrench(Lang lang) { return lang != Lang::kEn; }
bool ReadsEnglish(Lang lang) { return lang != Lang::kFr; }

// Consumes whole words from the front of folded text.
class WordReader {
 public:
  explicit WordReader(std::string_view s) : rest_(s) {}

  // Consumes `phrase` if the text starts with it followed by a space or the end.
  bool Eat(std::string_view phrase) {
    if (!rest_.starts_with(phrase)) return false;
    std::string_view after = rest_.substr(phrase.size());
    if (!after.empty() && after.front() != ' ') return false;
    rest_ = after.empty() ? after : after.substr(1);
    return true;
  }
  template <typename Table>
  auto EatOneOf(const Table& table) -> const typename Table::value_type* {
    for (const auto& entry : table) {
      if (Eat(WordOf(entry))) return &entry;
    }
    return nullptr;
  }
  bool done() const { return rest_.empty(); }
  std::string_view rest() const { return rest_; }

 private:
  static std::string_view WordOf(std::string_view w) { return w; }
  template <typename Entry>
  static std::string_view WordOf(const Entry& e) {
    return e.word;
  }
  std::string_view rest_;
};

// A plural noun of vague amount: "des centaines" is [200, 999].
struct VagueNoun {
  std::string_view word;
  double lo;
  double hi;
};
struct Multiplier {
  std::string_view word;
  double value;
};

constexpr std::array<std::string_view, 4> kFrenchVagueDeterminers = {"des", "plusieurs", "quelques",
                                                                     "par"};
constexpr std::array kFrenchVagueNouns = {
    VagueNoun{"dizaines", 20, 99},         VagueNoun{"centaines", 200, 999},
    VagueNoun{"milliers", 2e3, 1e4 - 1},   VagueNoun{"millions", 2e6, 1e7 - 1},
    VagueNoun{"milliards", 2e9, 1e10 - 1},
};
constexpr std::array kFrenchPluralMultipliers = {
    Multiplier{"milliers", 1e3}, Multiplier{"millions", 1e6}, Multiplier{"milliards", 1e9}};
// "une centaine" is about 100.
constexpr std::array kFrenchApproxNouns = {
    Multiplier{"dizaine", 10},      Multiplier{"douzaine", 12},    Multiplier{"quinzaine", 15},
    Multiplier{"vingtaine", 20},    Multiplier{"trentaine", 30},   Multiplier{"quarantaine", 40},
    Multiplier{"cinquantaine", 50}, Multiplier{"soixantaine", 60}, Multiplier{"centaine", 100},
    Multiplier{"millier", 1000},
};

constexpr std::array<std::string_view, 3> kEnglishVagueDeterminers = {"several", "a few", "many"};
constexpr std::array kEnglishVaguePlurals = {
    VagueNoun{"tens", 20, 99},
    VagueNoun{"dozens", 24, 99},
    VagueNoun{"scores", 40, 199},
    VagueNoun{"hundreds", 200, 999},
    VagueNoun{"thousands", 2e3, 1e4 - 1},
    VagueNoun{"millions", 2e6, 1e7 - 1},
    VagueNoun{"billions", 2e9, 1e10 - 1},
};
// "several hundred", "a few thousand": singular after a determiner.
constexpr std::array kEnglishVagueSingulars = {
    VagueNoun{"dozen", 24, 99},          VagueNoun{"hundred", 200, 999},
    VagueNoun{"thousand", 2e3, 1e4 - 1}, VagueNoun{"million", 2e6, 1e7 - 1},
    VagueNoun{"billion", 2e9, 1e10 - 1},
};
constexpr std::array kEnglishPluralMultipliers = {
    Multiplier{"thousands", 1e3}, Multiplier{"millions", 1e6}, Multiplier{"billions", 1e9}};
constexpr std::array kEnglishSingularMultipliers = {
    Multiplier{"thousand", 1e3}, Multiplier{"million", 1e6}, Multiplier{"billion", 1e9}};

// "des dizaines de milliers": [20, 99] x 1000 = [20000, 99999].
Interval ScaleVague(const VagueNoun& noun, double multiplier) {
  return Interval::Closed(noun.lo * multiplier, (noun.hi + 1) * multiplier - 1);
}

std::optional<Interval> ParseFrenchVague(std::string_view s) {
  WordReader r(s);
  if (!r.EatOneOf(kFrenchVagueDeterminers)) return std::nullopt;
  const VagueNoun* noun = r.EatOneOf(kFrenchVagueNouns);
  if (!noun) return std::nullopt;
  double multiplier = 1;
  if (r.Eat("de")) {
    const Multiplier* m = r.EatOneOf(kFrenchPluralMultipliers);
    if (!m) return std::nullopt;
    multiplier = m->value;
  }
  if (!r.done()) return std::nullopt;
  return ScaleVague(*noun, multiplier);
}

std::optional<Interval> ParseEnglishVague(std::string_view s) {
  WordReader r(s);
  const bool determiner = r.EatOneOf(kEnglishVagueDeterminers) != nullptr;
  double multiplier = 1;
  const VagueNoun* noun = r.EatOneOf(kEnglishVaguePlurals);
  if (noun) {
    if (r.Eat("of")) {  // "tens of thousands"
      const Multiplier* m = r.EatOneOf(kEnglishPluralMultipliers);
      if (!m) return std::nullopt;
      multiplier = m->value;
    }
  } else if (determiner && (noun = r.EatOneOf(kEnglishVagueSingulars))) {
    if (const Multiplier* m = r.EatOneOf(kEnglishSingularMultipliers)) {
      multiplier = m->value;  // "several hundred thousand"
    }
  }
  if (!noun || !r.done()) return std::nullopt;
  return ScaleVague(*noun, multiplier);
}

std::optional<Interval> ParseVague(std::string_view s, Lang lang) {
  std::optional<Interval> v;
  if (ReadsFrench(lang)) v = ParseFrenchVague(s);
  if (!v && ReadsEnglish(lang)) v = ParseEnglishVague(s);
  return v;
}

// "une centaine", "une dizaine de milliers": the centre of an approximate amount.
std::optional<double> ParseApproxNoun(std::string_view s, Lang lang) {
  if (!ReadsFrench(lang)) return std::nullopt;
  WordReader r(s);
  if (!r.Eat("un") && !r.Eat("une")) return std::nullopt;
  const Multiplier* noun = r.EatOneOf(kFrenchApproxNouns);
  if (!noun) return std::nullopt;
  double multiplier = 1;
  if (r.Eat("de")) {
    const Multiplier* m = r.EatOneOf(kFrenchPluralMultipliers);
    if (!m) return std::nullopt;
    multiplier = m->value;
  }
  if (!r.done()) return std::nullopt;
  return noun->value * multiplier;
}

// ---------------------------------------------------------------------------
// Ranges

struct RangeForm {
  std::string_view opener;     // "entre", or "" when the range starts with its first number
  std::string_view separator;  // " et ", " a ", or "-" (spaces around it allowed)
};

constexpr std::array kFrenchRanges = {
    RangeForm{"entre", " et "}, RangeForm{"de", " a "}, RangeForm{"de", "-"},
    RangeForm{"", " a "},       RangeForm{"", "-"},
};
constexpr std::array kEnglishRanges = {
    RangeForm{"between", " and "}, RangeForm{"from", " to "}, RangeForm{"from", "-"},
    RangeForm{"", " to "},         RangeForm{"", "-"},
};

struct Range {
  double lo = 0;
  double hi = 0;
  bool ambiguous = false;
};

// "entre 2 et 3 millions" means 2 million: a bare first number borrows the
// second one's multiplier when that keeps it below the second. "500 000 a 1
// million" keeps 500 000.
Range MakeRange(ParsedNumber a, const ParsedNumber& b) {
  if (a.scale == 1 && b.scale > 1 && a.value * b.scale <= b.value) a.value *= b.scale;
  return Range{std::min(a.value, b.value), std::max(a.value, b.value), a.ambiguous || b.ambiguous};
}

// Tries each occurrence of the separator: the numbers themselves may contain it
// ("vingt et un et trente", "twenty-five-thirty"). A few tries are enough for any
// real range and keep hostile input ("- - - ...") linear.
std::optional<Range> SplitRange(std::string_view body, std::string_view separator, Lang lang) {
  constexpr int kMaxTries = 8;
  int tries = 0;
  for (size_t at = body.find(separator); at != std::string_view::npos && tries < kMaxTries;
       at = body.find(separator, at + 1), ++tries) {
    std::optional<ParsedNumber> a = ParseFoldedNumber(Trim(body.substr(0, at)), lang);
    if (!a) continue;
    std::optional<ParsedNumber> b =
        ParseFoldedNumber(Trim(body.substr(at + separator.size())), lang);
    if (b) return MakeRange(*a, *b);
  }
  return std::nullopt;
}

template <typename Forms>
std::optional<Range> ParseRangeForms(std::string_view s, const Forms& forms, Lang lang) {
  for (const RangeForm& form : forms) {
    std::string_view body = s;
    if (!form.opener.empty()) {
      WordReader r(s);
      if (!r.Eat(form.opener)) continue;
      body = r.rest();
    }
    if (std::optional<Range> range = SplitRange(body, form.separator, lang)) return range;
  }
  return std::nullopt;
}

std::optional<Range> ParseRange(std::string_view s, Lang lang) {
  std::optional<Range> r;
  if (ReadsFrench(lang)) r = ParseRangeForms(s, kFrenchRanges, lang);
  if (!r && ReadsEnglish(lang)) r = ParseRangeForms(s, kEnglishRanges, lang);
  return r;
}

// ---------------------------------------------------------------------------
// Qualifiers

struct QualifierPhrase {
  std::string_view text;  // folded; a final " de" also matches the elided " d'"
  Qualifier qualifier;
};

constexpr std::array kFrenchQualifiers = {
    QualifierPhrase{"jusqu'a", Qualifier::kAtMost},
    QualifierPhrase{"au plus", Qualifier::kAtMost},
    QualifierPhrase{"tout au plus", Qualifier::kAtMost},
    QualifierPhrase{"au maximum", Qualifier::kAtMost},
    QualifierPhrase{"pas plus de", Qualifier::kAtMost},
    QualifierPhrase{"plus de", Qualifier::kMoreThan},
    QualifierPhrase{"bien plus de", Qualifier::kMoreThan},
    QualifierPhrase{"un peu plus de", Qualifier::kMoreThan},
    QualifierPhrase{"au-dela de", Qualifier::kMoreThan},
    QualifierPhrase{"au dela de", Qualifier::kMoreThan},
    QualifierPhrase{"au moins", Qualifier::kAtLeast},
    QualifierPhrase{"au minimum", Qualifier::kAtLeast},
    QualifierPhrase{"pas moins de", Qualifier::kAtLeast},
    QualifierPhrase{"moins de", Qualifier::kLessThan},
    QualifierPhrase{"un peu moins de", Qualifier::kLessThan},
    QualifierPhrase{"environ", Qualifier::kApprox},
    QualifierPhrase{"pres de", Qualifier::kApprox},
    QualifierPhrase{"presque", Qualifier::kApprox},
    QualifierPhrase{"quasiment", Qualifier::kApprox},
    QualifierPhrase{"quelque", Qualifier::kApprox},
    QualifierPhrase{"quelques", Qualifier::kApprox},
    QualifierPhrase{"autour de", Qualifier::kApprox},
    QualifierPhrase{"approximativement", Qualifier::kApprox},
    QualifierPhrase{"a peu pres", Qualifier::kApprox},
    QualifierPhrase{"de l'ordre de", Qualifier::kApprox},
    QualifierPhrase{"aux alentours de", Qualifier::kApprox},
};

constexpr std::array kEnglishQualifiers = {
    QualifierPhrase{"up to", Qualifier::kAtMost},
    QualifierPhrase{"at most", Qualifier::kAtMost},
    QualifierPhrase{"as many as", Qualifier::kAtMost},
    QualifierPhrase{"as much as", Qualifier::kAtMost},
    QualifierPhrase{"no more than", Qualifier::kAtMost},
    QualifierPhrase{"not more than", Qualifier::kAtMost},
    QualifierPhrase{"a maximum of", Qualifier::kAtMost},
    QualifierPhrase{"more than", Qualifier::kMoreThan},
    QualifierPhrase{"over", Qualifier::kMoreThan},
    QualifierPhrase{"just over", Qualifier::kMoreThan},
    QualifierPhrase{"well over", Qualifier::kMoreThan},
    QualifierPhrase{"in excess of", Qualifier::kMoreThan},
    QualifierPhrase{"upwards of", Qualifier::kMoreThan},
    QualifierPhrase{"at least", Qualifier::kAtLeast},
    QualifierPhrase{"no fewer than", Qualifier::kAtLeast},
    QualifierPhrase{"no less than", Qualifier::kAtLeast},
    QualifierPhrase{"not less than", Qualifier::kAtLeast},
    QualifierPhrase{"a minimum of", Qualifier::kAtLeast},
    QualifierPhrase{"fewer than", Qualifier::kLessThan},
    QualifierPhrase{"less than", Qualifier::kLessThan},
    QualifierPhrase{"under", Qualifier::kLessThan},
    QualifierPhrase{"just under", Qualifier::kLessThan},
    QualifierPhrase{"below", Qualifier::kLessThan},
    QualifierPhrase{"about", Qualifier::kApprox},
    QualifierPhrase{"around", Qualifier::kApprox},
    QualifierPhrase{"nearly", Qualifier::kApprox},
    QualifierPhrase{"almost", Qualifier::kApprox},
    QualifierPhrase{"some", Qualifier::kApprox},
    QualifierPhrase{"roughly", Qualifier::kApprox},
    QualifierPhrase{"approximately", Qualifier::kApprox},
    QualifierPhrase{"an estimated", Qualifier::kApprox},
    QualifierPhrase{"close to", Qualifier::kApprox},
};

// Length of `phrase` and the space after it at the start of `s`, 0 when absent.
// "plus de" also matches "plus d'" with or without a space after the apostrophe.
size_t MatchQualifier(std::string_view s, std::string_view phrase) {
  if (s.size() > phrase.size() + 1 && s.starts_with(phrase) && s[phrase.size()] == ' ') {
    return phrase.size() + 1;
  }
  if (phrase.ends_with(" de")) {
    std::string_view stem = phrase.substr(0, phrase.size() - 2);  // "plus "
    if (s.starts_with(stem) && s.substr(stem.size()).starts_with("d'")) {
      size_t n = stem.size() + 2;
      if (n < s.size() && s[n] == ' ') ++n;
      if (n < s.size()) return n;
    }
  }
  return 0;
}

// ---------------------------------------------------------------------------
// Quantities

double ClampTolerance(double t) { return t >= 0 ? std::min(t, 1.0) : 0; }  // NaN -> 0

// A number, range or vague amount without a leading qualifier.
std::optional<Quantity> ParseUnqualified(std::string_view s, Lang lang, double tolerance) {
  Quantity q;
  if (std::optional<ParsedNumber> n = ParseFoldedNumber(s, lang)) {
    q.interval = Interval::Exact(n->value);
    q.value = n->value;
    q.ambiguous = n->ambiguous;
    return q;
  }
  if (std::optional<Interval> v = ParseVague(s, lang)) {
    q.interval = *v;
    q.qualifier = Qualifier::kVague;
    q.value = v->lo;
    return q;
  }
  std::optional<double> approx = ParseApproxNoun(s, lang);
  constexpr std::string_view kOrSo = " or so";  // "a thousand or so"
  if (!approx && ReadsEnglish(lang) && s.ends_with(kOrSo)) {
    if (std::optional<ParsedNumber> n =
            ParseFoldedNumber(s.substr(0, s.size() - kOrSo.size()), lang)) {
      approx = n->value;
      q.ambiguous = n->ambiguous;
    }
  }
  if (approx) {
    q.interval = Interval::Around(*approx, tolerance);
    q.qualifier = Qualifier::kApprox;
    q.value = *approx;
    return q;
  }
  if (std::optional<Range> r = ParseRange(s, lang)) {
    q.interval = Interval::Closed(r->lo, r->hi);
    q.qualifier = Qualifier::kRange;
    q.value = r->lo;
    q.ambiguous = r->ambiguous;
    return q;
  }
  return std::nullopt;
}

// "plus de" + "une centaine" -> (100, inf); "jusqu'a" + "des milliers" -> [0, 9999].
Quantity ApplyQualifier(Qualifier qualifier, Quantity q, double tolerance) {
  const bool single = q.qualifier == Qualifier::kExact || q.qualifier == Qualifier::kApprox;
  const double lo = single ? q.value : q.interval.lo;
  const double hi = single ? q.value : q.interval.hi;
  switch (qualifier) {
    case Qualifier::kAtMost:
      q.interval = Interval::AtMost(hi);
      break;
    case Qualifier::kLessThan:
      q.interval = Interval::LessThan(hi);
      break;
    case Qualifier::kAtLeast:
      q.interval = Interval::AtLeast(lo);
      break;
    case Qualifier::kMoreThan:
      q.interval = Interval::MoreThan(lo);
      break;
    case Qualifier::kApprox:
      if (!single) {
        // "environ 2 000 a 3 000": still a range or a vague amount, only wider.
        q.interval = Interval::Closed(lo * (1 - tolerance), hi * (1 + tolerance));
        return q;
      }
      q.interval = Interval::Around(q.value, tolerance);
      break;
    case Qualifier::kExact:
    case Qualifier::kRange:
    case Qualifier::kVague:
      return q;  // not produced by a phrase
  }
  q.qualifier = qualifier;
  return q;
}

template <typename Phrases>
std::optional<Quantity> ParseQualified(std::string_view s, const Phrases& phrases, Lang lang,
                                       double tolerance) {
  for (const QualifierPhrase& phrase : phrases) {
    size_t n = MatchQualifier(s, phrase.text);
    if (n == 0) continue;
    if (std::optional<Quantity> q = ParseUnqualified(s.substr(n), lang, tolerance)) {
      return ApplyQualifier(phrase.qualifier, *q, tolerance);
    }
  }
  return std::nullopt;
}

}  // namespace

std::string_view QualifierName(Qualifier q) {
  switch (q) {
    case Qualifier::kExact:
      return "exact";
    case Qualifier::kApprox:
      return "approx";
    case Qualifier::kAtMost:
      return "at-most";
    case Qualifier::kAtLeast:
      return "at-least";
    case Qualifier::kMoreThan:
      return "more-than";
    case Qualifier::kLessThan:
      return "less-than";
    case Qualifier::kRange:
      return "range";
    case Qualifier::kVague:
      return "vague";
  }
  return "exact";
}

std::optional<Qualifier> ParseQualifierName(std::string_view name) {
  for (Qualifier q :
       {Qualifier::kExact, Qualifier::kApprox, Qualifier::kAtMost, Qualifier::kAtLeast,
        Qualifier::kMoreThan, Qualifier::kLessThan, Qualifier::kRange, Qualifier::kVague}) {
    if (QualifierName(q) == name) return q;
  }
  return std::nullopt;
}

std::optional<double> ParseNumber(std::string_view text, Lang lang, bool* ambiguous) {
  std::optional<ParsedNumber> n = ParseFoldedNumber(FoldQuantityText(text), lang);
  if (!n) return std::nullopt;
  if (ambiguous != nullptr) *ambiguous = n->ambiguous;
  return n->value;
}

std::optional<Quantity> ParseQuantity(std::string_view text, Lang lang,
                                      const QuantityOptions& options) {
  const std::string s = FoldQuantityText(text);
  const double tolerance = ClampTolerance(options.approx_tolerance);
  // Unqualified first: "quelques milliers" is vague, not "quelques" + "milliers".
  std::optional<Quantity> q = ParseUnqualified(s, lang, tolerance);
  if (!q && ReadsFrench(lang)) q = ParseQualified(s, kFrenchQualifiers, lang, tolerance);
  if (!q && ReadsEnglish(lang)) q = ParseQualified(s, kEnglishQualifiers, lang, tolerance);
  return q;
}

}  // namespace factlint
