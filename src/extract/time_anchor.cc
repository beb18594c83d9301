#include "extract/time_anchor.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <vector>

#include "normalize/date_text.h"
#include "text/fold.h"

namespace factlint {
namespace {

struct Token {
  std::string word;  // folded
  size_t begin = 0;
  size_t end = 0;
};

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80 ||
         c == '-';
}

// FoldForLookup of one word. A word of ASCII letters, digits and hyphens folds
// to its lower case (decomposition, case folding and mark stripping change
// nothing else in it), without the round trip through utf8proc.
std::string FoldWord(std::string_view w) {
  std::string out(w);
  for (char& c : out) {
    if (static_cast<unsigned char>(c) >= 0x80) return FoldForLookup(w);
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < s.size()) {
    if (!IsWordByte(static_cast<unsigned char>(s[i])) || s[i] == '-') {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < s.size() && IsWordByte(static_cast<unsigned char>(s[i]))) ++i;
    size_t e = i;
    while (e > b && s[e - 1] == '-') --e;
    tokens.push_back({FoldWord(s.substr(b, e - b)), b, e});
  }
  return tokens;
}

bool IsIn(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

template <size_t N>
bool IsIn(std::string_view w, const std::array<std::string_view, N>& words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

int YearOf(std::string_view w) {
  if (w.size() != 4) return 0;
  for (char c : w)
    if (c < '0' || c > '9') return 0;
  int y = std::atoi(std::string(w).c_str());
  return y >= 1900 && y <= 2099 ? y : 0;
}

int DayOf(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 2) return 0;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && !IsIn(rest, {"er", "st", "nd", "rd", "th"})) return 0;
  int d = std::atoi(std::string(w.substr(0, n)).c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

constexpr std::array<std::string_view, 17> kPastUnits = {
    "year", "years", "month",  "months", "week",    "weeks",    "decade",   "decades",  "an",
    "ans",  "annee", "annees", "mois",   "semaine", "semaines", "decennie", "decennies"};

class Scanner {
 public:
  Scanner(const TimeAnchorInput& in, bool whole)
      : in_(in), tokens_(Tokenize(in.sentence)), whole_(whole) {}

  std::string Run() {
    for (size_t i = 0; i < tokens_.size(); ++i) {
      Year(i);
      Month(i);
      Past(i);
    }
    return best_;
  }

  bool Mentions(std::initializer_list<std::string_view> phrase) const {
    for (size_t i = 0; i + phrase.size() <= tokens_.size(); ++i) {
      size_t k = 0;
      for (std::string_view w : phrase) {
        if (tokens_[i + k].word != w) break;
        ++k;
      }
      if (k == phrase.size()) return true;
    }
    return false;
  }

 private:
  std::string_view W(size_t i) const {
    return i < tokens_.size() ? std::string_view(tokens_[i].word) : std::string_view();
  }

  void Consider(const std::string& anchor, size_t b, size_t e) {
    if (!whole_ && b < in_.value_end && in_.value_begin < e) return;  // the value itself
    size_t distance = 0;
    if (!whole_) {
      if (e <= in_.match_begin) {
        distance = in_.match_begin - e;
      } else if (b >= in_.match_end) {
        distance = b - in_.match_end;
      }
      if (distance > kAnchorWindow) return;
    }
    if (distance < best_distance_) {
      best_distance_ = distance;
      best_ = anchor;
    }
  }

  void Year(size_t i) {
    int year = YearOf(W(i));
    if (year == 0) return;
    const Token& t = tokens_[i];
    // "2030 GMT", "2030 h", "20:30": a clock, not a year; "1 2000": part of a number.
    if (IsIn(W(i + 1), {"gmt", "utc", "h", "heures", "heure", "hrs"})) return;
    if (t.end < in_.sentence.size() && in_.sentence[t.end] == ':') return;
    if (t.begin >= 2 && in_.sentence[t.begin - 1] == ' ' &&
        std::isdigit(static_cast<unsigned char>(in_.sentence[t.begin - 2]))) {
      return;
    }
    if (in_.published && year == in_.published->year) return;
    Consider(std::to_string(year), t.begin, t.end);
  }

  void Month(size_t i) {
    const Token& t = tokens_[i];
    int month = MonthNumber(t.word, in_.lang);
    if (month < 0) return;
    // English months are capitalized: "may" is a verb, "march" a walk.
    bool english = in_.lang == Lang::kEn || MonthNumber(t.word, Lang::kFr) < 0;
    if (english && !(in_.sentence[t.begin] >= 'A' && in_.sentence[t.begin] <= 'Z')) return;
    size_t b = t.begin, e = t.end;
    int day = 0, year = 0;
    if (i > 0 && (day = DayOf(W(i - 1))) > 0) {
      b = tokens_[i - 1].begin;
    } else if ((day = DayOf(W(i + 1))) > 0) {
      e = tokens_[i + 1].end;
    }
    size_t after = e == t.end ? i + 1 : i + 2;
    if ((year = YearOf(W(after))) > 0) e = tokens_[after].end;
    if (year != 0 && !(in_.published && year == in_.published->year)) return;  // Year() has it
    if (!in_.published) {
      if (day > 0 && year > 0) return;
      if (day > 0) Consider("date", b, e);
      return;
    }
    const int64_t pub = DaysFromCivil(*in_.published);
    std::string text = std::string(in_.sentence.substr(b, e - b));
    std::optional<DateReading> r = ReadDate(text, in_.lang, in_.published);
    if (!r) return;
    if (day > 0) {
      int64_t d = static_cast<int64_t>(r->days.value);
      if (std::llabs(d - pub) > kCurrentDays) Consider(FormatIsoDate(d), b, e);
      return;
    }
    CivilDate m = CivilFromDays(static_cast<int64_t>(r->days.value));
    if (m.month == in_.published->month && m.year == in_.published->year) return;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d", m.year, m.month);
    Consider(buf, b, e);
  }

  // "last year" / "l'an dernier" -> the year before publication ("2025"), "last month"
  // -> "2026-02"; unresolved without a publication date, or for other units
  // ("last-week"): equal phrases still meet.
  std::string LastUnit(std::string_view unit) const {
    bool year = IsIn(unit, {"year", "an", "annee"});
    bool month = IsIn(unit, {"month", "mois"});
    if (in_.published && year) return std::to_string(in_.published->year - 1);
    if (in_.published && month) {
      int y = in_.published->year, m = in_.published->month - 1;
      if (m == 0) {
        m = 12;
        --y;
      }
      char buf[32];
      std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
      return buf;
    }
    if (year) return "last-year";
    if (month) return "last-month";
    return "last-" + std::string(unit);
  }

  // Relative times, as anchors that equal phrases share (the 8 500 troops put on alert
  // "le mois dernier" in two articles) or "past" when they cannot be placed ("a week
  // after", "il y a deux ans"), which meets nothing.
  void Past(size_t i) {
    std::string_view w = W(i);
    const Token& t = tokens_[i];
    auto span_to = [&](size_t j) { return tokens_[std::min(j, tokens_.size() - 1)].end; };
    // last year / last month ...
    // (a week ago is still this story's news cycle: "rejected a pay offer last week")
    if (w == "last" && IsIn(W(i + 1), {"year", "month", "summer", "winter", "spring", "autumn",
                                       "fall", "decade", "season"})) {
      Consider(LastUnit(W(i + 1)), t.begin, span_to(i + 1));
    }
    // N years ago / earlier / after / before; dix ans plus tot / auparavant
    if (IsIn(w, kPastUnits)) {
      if (IsIn(W(i + 1), {"ago", "earlier", "auparavant"}) ||
          (W(i + 1) == "plus" && W(i + 2) == "tot")) {
        Consider("past", i > 0 ? tokens_[i - 1].begin : t.begin, span_to(i + 1));
      }
      if (IsIn(W(i + 1), {"after", "before"}) && i > 0 &&
          (IsIn(W(i - 1), {"a", "an", "one", "two", "three", "few", "several"}) ||
           DayOf(W(i - 1)) > 0)) {
        Consider("past", tokens_[i - 1].begin, span_to(i + 1));
      }
    }
    // l'an dernier, l'annee derniere, le mois dernier, la semaine derniere
    if (IsIn(w, {"dernier", "derniere", "passe", "passee"}) && i > 0 &&
        IsIn(W(i - 1), {"an", "annee", "mois", "ete", "hiver", "printemps", "automne"})) {
      Consider(LastUnit(W(i - 1)), tokens_[i - 1].begin, t.end);
    }
    // il y a deux ans (et demi)
    if (w == "il" && W(i + 1) == "y" && W(i + 2) == "a") {
      for (size_t k = i + 3; k < i + 7 && k < tokens_.size(); ++k) {
        if (IsIn(W(k), kPastUnits)) {
          Consider("past", t.begin, tokens_[k].end);
          break;
        }
      }
    }
    // so far this year, earlier this year: the year to date
    if (IsIn(w, {"far", "earlier"}) && W(i + 1) == "this" && IsIn(W(i + 2), {"year", "month"})) {
      Consider("to-date", t.begin, span_to(i + 2));
    }
    // since the start of the year, depuis le debut de l'annee, since January, depuis janvier
    if (IsIn(w, {"since", "depuis"})) {
      if (IsIn(W(i + 2), {"start", "beginning", "debut"})) {
        Consider("to-date", t.begin, span_to(i + 2));
      } else if (MonthNumber(W(i + 1), in_.lang) > 0 && DayOf(W(i + 2)) == 0) {
        Consider("since-" + std::string(W(i + 1)), t.begin, span_to(i + 1));
      }
    }
  }

  const TimeAnchorInput& in_;
  std::vector<Token> tokens_;
  bool whole_;
  std::string best_;
  size_t best_distance_ = std::numeric_limits<size_t>::max();
};

}  // namespace

std::string FindTimeAnchor(const TimeAnchorInput& in) {
  Scanner scanner(in, /*whole=*/false);
  std::string anchor = scanner.Run();
  if (!anchor.empty() || in.previous_sentence.empty()) return anchor;
  // "Un séisme de magnitude 6,8 avait alors fait ...": the time of the sentence before.
  if (scanner.Mentions({"alors"}) || scanner.Mentions({"at", "the", "time"})) {
    TimeAnchorInput previous = in;
    previous.sentence = in.previous_sentence;
    previous.previous_sentence = {};
    return Scanner(previous, /*whole=*/true).Run();
  }
  return "";
}

}  // namespace factlint
