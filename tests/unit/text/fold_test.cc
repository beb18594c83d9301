// FoldForLookup: ASCII folds without utf8proc exactly as utf8proc folds it.
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "text/fold.h"

namespace factlint {
namespace {

// A leading "É" sends the whole text through utf8proc; it folds to "e", and a
// text that does not start with white space then folds after it as alone.
std::string ThroughUtf8proc(const std::string& ascii) {
  std::string folded = FoldForLookup("\xC3\x89" + ascii);
  REQUIRE(folded.rfind('e', 0) == 0);
  return folded.substr(1);
}

bool StartsWithSpace(const std::string& s) {
  return !s.empty() && (s[0] == ' ' || s[0] == '\t' || s[0] == '\n' || s[0] == '\r');
}

TEST_CASE("FoldForLookup folds ASCII as utf8proc does", "[fold]") {
  CHECK(FoldForLookup("Caroline  du\tNord ") == "caroline du nord");
  CHECK(FoldForLookup("  NATO") == "nato");
  CHECK(FoldForLookup("États-Unis") == "etats-unis");
  for (int c = 0; c < 0x80; ++c) {
    const std::string one(1, static_cast<char>(c));
    if (StartsWithSpace(one)) continue;
    INFO(c);
    CHECK(FoldForLookup(one) == ThroughUtf8proc(one));
  }
  std::mt19937 rng(20261121);
  for (int round = 0; round < 5000; ++round) {
    std::string s(rng() % 24, ' ');
    for (char& c : s) c = static_cast<char>(rng() % 0x80);
    if (StartsWithSpace(s)) continue;
    INFO(s);
    CHECK(FoldForLookup(s) == ThroughUtf8proc(s));
  }
}

}  // namespace
}  // namespace factlint
