#include "normalize/date_text.h"

#include <array>
#include <cstdlib>
#include <string>
#include <vector>

#include "text/fold.h"

namespace factlint {
namespace {

struct Token {
  std::string word;  // folded
  Span span;
};

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsWordByte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    size_t b = i;
    while (i < text.size() && IsWordByte(static_cast<unsigned char>(text[i]))) ++i;
    tokens.push_back({FoldForLookup(text.substr(b, i - b)), {b, i}});
  }
  return tokens;
}

struct Name {
  std::string_view word;
  int number;
};

constexpr std::array kFrenchMonths = {
    Name{"janvier", 1},   Name{"janv", 1},      Name{"fevrier", 2},   Name{"fevr", 2},
    Name{"fev", 2},       Name{"mars", 3},      Name{"avril", 4},     Name{"avr", 4},
    Name{"mai", 5},       Name{"juin", 6},      Name{"juillet", 7},   Name{"juil", 7},
    Name{"aout", 8},      Name{"septembre", 9}, Name{"octobre", 10},  Name{"oct", 10},
    Name{"novembre", 11}, Name{"nov", 11},      Name{"decembre", 12}, Name{"dec", 12}};
constexpr std::array kEnglishMonths = {
    Name{"january", 1},   Name{"jan", 1},    Name{"february", 2},  Name{"feb", 2},
    Name{"march", 3},     Name{"mar", 3},    Name{"april", 4},     Name{"apr", 4},
    Name{"may", 5},       Name{"june", 6},   Name{"jun", 6},       Name{"july", 7},
    Name{"jul", 7},       Name{"august", 8}, Name{"aug", 8},       Name{"september", 9},
    Name{"sept", 9},      Name{"sep", 9},    Name{"october", 10},  Name{"oct", 10},
    Name{"november", 11}, Name{"nov", 11},   Name{"december", 12}, Name{"dec", 12}};
constexpr std::array kFrenchWeekdays = {
    Name{"lundi", 0},    Name{"mardi", 1},  Name{"mercredi", 2}, Name{"jeudi", 3},
    Name{"vendredi", 4}, Name{"samedi", 5}, Name{"dimanche", 6}};
constexpr std::array kEnglishWeekdays = {
    Name{"monday", 0}, Name{"tuesday", 1},  Name{"wednesday", 2}, Name{"thursday", 3},
    Name{"friday", 4}, Name{"saturday", 5}, Name{"sunday", 6}};

template <typename Names>
int Lookup(const Names& names, std::string_view word) {
  for (const Name& n : names)
    if (n.word == word) return n.number;
  return -1;
}

bool ReadsFrench(Lang lang) { return lang != Lang::kEn; }
bool ReadsEnglish(Lang lang) { return lang != Lang::kFr; }

// "9", "1er", "22nd", "16th": a day of the month, or 0.
int DayNumber(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 2) return 0;
  std::string_view suffix = w.substr(n);
  if (!suffix.empty() && suffix != "er" && suffix != "st" && suffix != "nd" && suffix != "rd" &&
      suffix != "th") {
    return 0;
  }
  int d = std::atoi(std::string(w.substr(0, n)).c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int YearNumber(std::string_view w) {
  if (w.size() != 4) return 0;
  for (char c : w)
    if (c < '0' || c > '9') return 0;
  int y = std::atoi(std::string(w).c_str());
  return y >= 1800 && y <= 2199 ? y : 0;
}

bool IsRangeWord(std::string_view w) {
  return w == "au" || w == "a" || w == "et" || w == "to" || w == "and" || w == "through";
}

// The year that puts month/day nearest to the publication date.
std::optional<int64_t> Resolve(int month, int day, int year,
                               const std::optional<CivilDate>& published) {
  if (year != 0) {
    CivilDate d{year, month, day};
    if (!IsValidDate(d)) return std::nullopt;
    return DaysFromCivil(d);
  }
  if (!published) return std::nullopt;
  const int64_t pub = DaysFromCivil(*published);
  std::optional<int64_t> best;
  for (int y = published->year - 1; y <= published->year + 1; ++y) {
    CivilDate d{y, month, day};
    if (!IsValidDate(d)) continue;
    int64_t days = DaysFromCivil(d);
    if (!best || std::llabs(days - pub) < std::llabs(*best - pub)) best = days;
  }
  return best;
}

// The weekday `w` nearest to `near` (ties: the earlier one).
int64_t NearestWeekday(int64_t near, int w) {
  int delta = (w - WeekdayOf(near) + 7) % 7;  // days forward to w
  return delta <= 3 ? near + delta : near + delta - 7;
}

}  // namespace

int MonthNumber(std::string_view word, Lang lang) {
  std::string w = FoldForLookup(word);
  while (!w.empty() && w.back() == '.') w.pop_back();
  int m = -1;
  if (ReadsFrench(lang)) m = Lookup(kFrenchMonths, w);
  if (m < 0 && ReadsEnglish(lang)) m = Lookup(kEnglishMonths, w);
  return m;
}

int WeekdayNumber(std::string_view word, Lang lang) {
  std::string w = FoldForLookup(word);
  int d = -1;
  if (ReadsFrench(lang)) d = Lookup(kFrenchWeekdays, w);
  if (d < 0 && ReadsEnglish(lang)) d = Lookup(kEnglishWeekdays, w);
  return d;
}

std::optional<DateReading> ReadDate(std::string_view text, Lang lang,
                                    const std::optional<CivilDate>& published) {
  const std::vector<Token> tokens = Tokenize(text);
  DateReading r;
  // Weekdays: the first is the one stated; a second makes a range ("de samedi à dimanche").
  int second_weekday = -1;
  bool next = false, last = false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    int w = WeekdayNumber(tokens[i].word, lang);
    if (w < 0) {
      const std::string& t = tokens[i].word;
      if (t == "prochain" || t == "next") next = true;
      if (t == "dernier" || t == "last") last = true;
      continue;
    }
    if (r.weekday < 0) {
      r.weekday = w;
      r.weekday_span = tokens[i].span;
    } else if (second_weekday < 0) {
      second_weekday = w;
    }
  }

  // Months with the days and year around them.
  size_t month_at = tokens.size();
  int month = -1;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if ((month = MonthNumber(tokens[i].word, lang)) > 0) {
      month_at = i;
      break;
    }
  }
  if (month > 0) {
    int day1 = 0, day2 = 0, year = 0;
    size_t first = month_at, last_tok = month_at;
    // Days before the month: "9 février", "du 8 au 9 février", "8-9 February".
    if (month_at >= 1 && (day2 = DayNumber(tokens[month_at - 1].word)) > 0) {
      first = month_at - 1;
      if (month_at >= 3 && IsRangeWord(tokens[month_at - 2].word) &&
          (day1 = DayNumber(tokens[month_at - 3].word)) > 0) {
        first = month_at - 3;
      } else if (month_at >= 2 && (day1 = DayNumber(tokens[month_at - 2].word)) > 0 &&
                 text.substr(tokens[month_at - 2].span.end,
                             tokens[month_at - 1].span.begin - tokens[month_at - 2].span.end)
                         .find('-') != std::string_view::npos) {
        first = month_at - 2;
      } else {
        day1 = 0;
      }
    } else if (month_at + 1 < tokens.size() && (day2 = DayNumber(tokens[month_at + 1].word)) > 0) {
      // "May 16", "Sept. 22".
      last_tok = month_at + 1;
    }
    if (last_tok + 1 < tokens.size() && (year = YearNumber(tokens[last_tok + 1].word)) > 0) {
      ++last_tok;
    }
    r.date_span = {tokens[first].span.begin, tokens[last_tok].span.end};
    if (day2 > 0) {
      std::optional<int64_t> hi = Resolve(month, day2, year, published);
      if (!hi) return std::nullopt;
      r.has_date = day1 == 0;
      if (day1 > 0 && day1 < day2) {
        r.days.interval =
            Interval::Closed(static_cast<double>(*hi - (day2 - day1)), static_cast<double>(*hi));
        r.days.qualifier = Qualifier::kVague;
        r.days.value = r.days.interval.lo;
      } else {
        r.days.interval = Interval::Exact(static_cast<double>(*hi));
        r.days.value = static_cast<double>(*hi);
      }
    } else {
      // A month alone: "en septembre", "in September 2025".
      std::optional<int64_t> lo = Resolve(month, 15, year, published);
      if (!lo) return std::nullopt;
      CivilDate mid = CivilFromDays(*lo);
      int64_t begin = DaysFromCivil({mid.year, mid.month, 1});
      int64_t end = begin + DaysInMonth(mid.year, mid.month) - 1;
      r.days.interval = Interval::Closed(static_cast<double>(begin), static_cast<double>(end));
      r.days.qualifier = Qualifier::kVague;
      r.days.value = static_cast<double>(begin);
    }
    if (r.weekday >= 0 && r.has_date) {
      int64_t day = static_cast<int64_t>(r.days.value);
      r.weekday_matches = WeekdayOf(day) == r.weekday;
      r.weekday_days = r.weekday_matches ? day : NearestWeekday(day, r.weekday);
    }
    return r;
  }

  if (r.weekday < 0 || !published) return std::nullopt;
  const int64_t pub = DaysFromCivil(*published);
  int64_t day = pub - (WeekdayOf(pub) - r.weekday + 7) % 7;
  if (next && day <= pub) day += 7;
  if (last && day == pub) day -= 7;
  r.weekday_days = day;
  if (second_weekday >= 0) {
    int64_t end = day + (second_weekday - r.weekday + 7) % 7;
    r.days.interval = Interval::Closed(static_cast<double>(day), static_cast<double>(end));
    r.days.qualifier = end == day ? Qualifier::kExact : Qualifier::kVague;
  } else {
    r.days.interval = Interval::Exact(static_cast<double>(day));
  }
  r.days.value = static_cast<double>(day);
  return r;
}

}  // namespace factlint
