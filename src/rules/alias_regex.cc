#include "rules/alias_regex.h"

#include <re2/re2.h>
#include <utf8proc.h>

#include <array>

namespace factlint {
namespace {

// A letter and its accented forms, both cases; UTF-8.
struct AccentFamily {
  std::string_view lower;
  std::string_view upper;
};

constexpr std::array<AccentFamily, 7> kFamilies = {{
    {"aàâäáãå", "AÀÂÄÁÃÅ"},
    {"eéèêë", "EÉÈÊË"},
    {"iîïíì", "IÎÏÍÌ"},
    {"oôöóòõ", "OÔÖÓÒÕ"},
    {"uùûüú", "UÙÛÜÚ"},
    {"cç", "CÇ"},
    {"yÿý", "YŸÝ"},
}};

// Decodes the code point at s[*i] and advances *i; invalid bytes decode as -1.
int32_t NextCodePoint(std::string_view s, size_t* i) {
  utf8proc_int32_t cp = -1;
  utf8proc_ssize_t n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + *i),
                                        static_cast<utf8proc_ssize_t>(s.size() - *i), &cp);
  *i += n > 0 ? static_cast<size_t>(n) : 1;
  return n > 0 ? cp : -1;
}

bool Contains(std::string_view forms, std::string_view ch) {
  for (size_t i = 0; i < forms.size();) {
    size_t start = i;
    NextCodePoint(forms, &i);
    if (forms.substr(start, i - start) == ch) return true;
  }
  return false;
}

bool IsSpace(int32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == 0x202F || cp == 0x2009 ||
         cp == 0x2007;
}

bool IsApostrophe(int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0xB4 || cp == '`';
}

bool IsDash(int32_t cp) { return (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212; }

}  // namespace

bool IsAcronym(std::string_view alias) {
  for (size_t i = 0; i < alias.size();) {
    int32_t cp = NextCodePoint(alias, &i);
    if (cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL) return false;
  }
  return true;
}

std::string AliasRegex(std::string_view alias) {
  bool case_sensitive = IsAcronym(alias);
  std::string body;
  bool in_space = true;  // drops leading white space
  for (size_t i = 0; i < alias.size();) {
    size_t start = i;
    int32_t cp = NextCodePoint(alias, &i);
    std::string_view ch = alias.substr(start, i - start);
    if (IsSpace(cp)) {
      if (!in_space) body += " +";
      in_space = true;
      continue;
    }
    in_space = false;
    if (IsApostrophe(cp)) {
      body += "'";
      continue;
    }
    if (IsDash(cp)) {
      body += "\\-";
      continue;
    }
    const AccentFamily* family = nullptr;
    bool upper = false;
    if (cp >= 0 && cp < 0x80) {
      // ASCII: the family of its base letter, if any (the families' first letters).
      const char lower = static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
      for (const AccentFamily& f : kFamilies) {
        if (f.lower.front() == lower) family = &f;
      }
      upper = family != nullptr && cp != lower;
    } else {
      for (const AccentFamily& f : kFamilies) {
        if (Contains(f.lower, ch)) family = &f;
        if (Contains(f.upper, ch)) {
          family = &f;
          upper = true;
        }
      }
    }
    if (family == nullptr) {
      body += RE2::QuoteMeta(ch);
    } else if (case_sensitive) {
      body += "[" + std::string(upper ? family->upper : family->lower) + "]";
    } else {
      body += "[" + std::string(family->lower) + std::string(family->upper) + "]";
    }
  }
  // Trailing spaces in an alias are a typo, not something to require in text.
  if (body.size() >= 2 && body.compare(body.size() - 2, 2, " +") == 0) {
    body.resize(body.size() - 2);
  }
  if (case_sensitive) return body;
  return "(?i:" + body + ")";
}

}  // namespace factlint
