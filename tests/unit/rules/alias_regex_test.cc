#include "rules/alias_regex.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>

namespace factlint {
namespace {

bool Matches(std::string_view alias, const std::string& text) {
  RE2 re(AliasRegex(alias));
  REQUIRE(re.ok());
  return RE2::FullMatch(text, re);
}

TEST_CASE("AliasRegex turns accented vowels into character classes", "[alias_regex]") {
  CHECK(AliasRegex("é") == "(?i:[eéèêëEÉÈÊË])");
  CHECK(AliasRegex("Ça") == "(?i:[cçCÇ][aàâäáãåAÀÂÄÁÃÅ])");
  CHECK(Matches("Pologne", "POLOGNE"));
  CHECK(Matches("Géorgie", "Georgie"));
  CHECK(Matches("Georgie", "Géorgie"));
  CHECK(Matches("Etats-Unis", "ÉTATS-UNIS"));
}

TEST_CASE("AliasRegex keeps acronyms case-sensitive", "[alias_regex]") {
  CHECK(IsAcronym("US"));
  CHECK(IsAcronym("N.C."));
  CHECK(IsAcronym("OTAN"));
  CHECK_FALSE(IsAcronym("Otan"));
  CHECK(Matches("OTAN", "OTAN"));
  CHECK_FALSE(Matches("OTAN", "otan"));
  CHECK(Matches("Otan", "OTAN"));
}

TEST_CASE("AliasRegex escapes punctuation and normalizes spaces and apostrophes", "[alias_regex]") {
  CHECK(Matches("U.S.", "U.S."));
  CHECK_FALSE(Matches("U.S.", "UxSx"));
  CHECK(Matches("Europe de l’Est", "Europe de l'Est"));
  CHECK(Matches("Caroline du Nord", "Caroline   du Nord"));
  CHECK(Matches(" Caroline du Nord ", "Caroline du Nord"));
  CHECK(Matches("a+b (c)", "a+b (c)"));
  CHECK(Matches("Guinée‑Bissau", "Guinée-Bissau"));  // U+2011 non-breaking hyphen
}

}  // namespace
}  // namespace factlint
