// Language codes factlint knows rules for. Articles in other languages are
// read but no language-specific rule runs on them.
#ifndef FACTLINT_BASE_LANG_H_
#define FACTLINT_BASE_LANG_H_

#include <optional>
#include <string>
#include <string_view>

namespace factlint {

enum class Lang { kUnknown, kFr, kEn };

inline std::string_view LangCode(Lang lang) {
  switch (lang) {
    case Lang::kFr: return "fr";
    case Lang::kEn: return "en";
    case Lang::kUnknown: break;
  }
  return "und";
}

inline std::optional<Lang> ParseLang(std::string_view code) {
  if (code == "fr") return Lang::kFr;
  if (code == "en") return Lang::kEn;
  return std::nullopt;
}

}  // namespace factlint

#endif  // FACTLINT_BASE_LANG_H_
