#include "normalize/clock_time.h"

#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "text/fold.h"

namespace factlint {
namespace {

enum class Hedge { kNone, kAbout, kAfter, kBefore };

struct HedgePhrase {
  std::string_view text;  // folded, followed by a space
  Hedge hedge;
};

constexpr std::array kHedges = {
    HedgePhrase{"aux alentours de", Hedge::kAbout},
    HedgePhrase{"autour de", Hedge::kAbout},
    HedgePhrase{"vers", Hedge::kAbout},
    HedgePhrase{"environ", Hedge::kAbout},
    HedgePhrase{"at about", Hedge::kAbout},
    HedgePhrase{"at around", Hedge::kAbout},
    HedgePhrase{"about", Hedge::kAbout},
    HedgePhrase{"around", Hedge::kAbout},
    HedgePhrase{"approximately", Hedge::kAbout},
    HedgePhrase{"roughly", Hedge::kAbout},
    HedgePhrase{"peu apres", Hedge::kAfter},
    HedgePhrase{"juste apres", Hedge::kAfter},
    HedgePhrase{"shortly after", Hedge::kAfter},
    HedgePhrase{"just after", Hedge::kAfter},
    HedgePhrase{"soon after", Hedge::kAfter},
    HedgePhrase{"peu avant", Hedge::kBefore},
    HedgePhrase{"juste avant", Hedge::kBefore},
    HedgePhrase{"shortly before", Hedge::kBefore},
    HedgePhrase{"just before", Hedge::kBefore},
};

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

void SkipSpaces(std::string_view s, size_t* i) {
  while (*i < s.size() && s[*i] == ' ') ++*i;
}

bool Consume(std::string_view s, size_t* i, std::string_view word) {
  if (s.substr(*i).starts_with(word)) {
    size_t end = *i + word.size();
    // A word must end here ("h" is not the start of "heures" unless asked for).
    if (end < s.size() && std::isalpha(static_cast<unsigned char>(s[end])) &&
        std::isalpha(static_cast<unsigned char>(word.back()))) {
      return false;
    }
    *i = end;
    return true;
  }
  return false;
}

int ReadInt(std::string_view s, size_t* i, size_t max_digits) {
  size_t b = *i;
  int v = 0;
  while (*i < s.size() && IsDigit(s[*i]) && *i - b < max_digits) v = v * 10 + (s[(*i)++] - '0');
  return *i > b ? v : -1;
}

// " h", "h", " heures": the French hour mark after the hour.
bool ReadHourMark(std::string_view s, size_t* i) {
  size_t j = *i;
  SkipSpaces(s, &j);
  if (Consume(s, &j, "heures") || Consume(s, &j, "heure") || Consume(s, &j, "h")) {
    *i = j;
    return true;
  }
  return false;
}

// Reads the time itself at s[i..]; minutes since midnight or -1.
int ReadTime(std::string_view s, size_t i) {
  SkipSpaces(s, &i);
  if (Consume(s, &i, "midi") || Consume(s, &i, "noon")) return 720;
  if (Consume(s, &i, "minuit") || Consume(s, &i, "midnight")) return 0;
  size_t start = i;
  int h = ReadInt(s, &i, 2);
  if (h < 0 || h > 24) return -1;
  int m = 0;
  bool twelve_hour = false, pm = false;
  if (i < s.size() && (s[i] == ':' || s[i] == '.') && i + 1 < s.size() && IsDigit(s[i + 1])) {
    ++i;
    size_t mb = i;
    m = ReadInt(s, &i, 2);
    if (i - mb != 2) return -1;
  } else if (size_t j = i; ReadHourMark(s, &j)) {
    i = j;
    size_t k = i;
    SkipSpaces(s, &k);
    size_t mb = k;
    int mm = ReadInt(s, &k, 2);
    if (mm >= 0 && k - mb == 2) {
      m = mm;
      i = k;
    }
  } else if (i - start == 2 && i + 2 <= s.size() && IsDigit(s[i]) && IsDigit(s[i + 1]) &&
             (i + 2 == s.size() || !IsDigit(s[i + 2]))) {
    m = (s[i] - '0') * 10 + (s[i + 1] - '0');  // "0040": a 24-hour clock without a mark
    i += 2;
  }
  if (m < 0 || m > 59) return -1;
  size_t j = i;
  SkipSpaces(s, &j);
  if (Consume(s, &j, "a.m.") || Consume(s, &j, "a.m") || Consume(s, &j, "am")) {
    twelve_hour = true;
  } else if (Consume(s, &j, "p.m.") || Consume(s, &j, "p.m") || Consume(s, &j, "pm")) {
    twelve_hour = true;
    pm = true;
  } else if (Consume(s, &j, "du soir") || Consume(s, &j, "de l'apres-midi") ||
             Consume(s, &j, "de l'apres midi")) {
    twelve_hour = true;
    pm = true;
  } else if (Consume(s, &j, "du matin")) {
    twelve_hour = true;
  }
  if (twelve_hour) {
    if (h == 0 || h > 12) return -1;
    if (h == 12) h = 0;
    if (pm) h += 12;
  }
  if (h == 24) h = 0;
  return h * 60 + m;
}

}  // namespace

std::optional<Quantity> ReadClockTime(std::string_view text, Lang) {
  const std::string s = FoldForLookup(text);
  size_t i = 0;
  if (!Consume(s, &i, "a ")) Consume(s, &i, "at ");
  SkipSpaces(s, &i);
  Hedge hedge = Hedge::kNone;
  for (const HedgePhrase& phrase : kHedges) {
    if (s.substr(i).starts_with(phrase.text) && s.size() > i + phrase.text.size() &&
        s[i + phrase.text.size()] == ' ') {
      hedge = phrase.hedge;
      i += phrase.text.size();
      break;
    }
  }
  int t = ReadTime(s, i);
  if (t < 0) return std::nullopt;
  Quantity q;
  q.value = t;
  switch (hedge) {
    case Hedge::kNone:
      q.interval = Interval::Exact(t);
      break;
    case Hedge::kAbout:
      q.interval = Interval::Closed(t - kClockAboutMinutes, t + kClockAboutMinutes);
      q.qualifier = Qualifier::kApprox;
      break;
    case Hedge::kAfter:
      q.interval = Interval::Closed(t, t + kClockHedgeMinutes);
      q.qualifier = Qualifier::kVague;
      break;
    case Hedge::kBefore:
      q.interval = Interval::Closed(t - kClockHedgeMinutes, t);
      q.qualifier = Qualifier::kVague;
      break;
  }
  return q;
}

std::string FormatClockTime(double minutes) {
  long m = std::lround(minutes);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02ld:%02ld", ((m / 60) % 24 + 24) % 24, ((m % 60) + 60) % 60);
  return buf;
}

}  // namespace factlint
