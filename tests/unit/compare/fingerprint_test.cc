#include "compare/fingerprint.h"

#include <catch2/catch.hpp>

using namespace factlint;

namespace {

Claim Troops(const std::string& outlet, const std::string& file, int line, size_t begin,
             double v) {
  Claim c;
  c.rule_id = "troops.deployed.fr";
  c.slot = "troops.deployed";
  c.key_parts = {{"region", "EU-EAST"}};
  c.value.kind = ValueKind::kQuantity;
  c.value.unit = "soldier";
  c.value.quantity.interval = Interval::Exact(v);
  c.article_id = outlet + "-article";
  c.source = outlet;
  c.story = "ukraine-2022";
  c.loc = {file, line, 12};
  c.begin = begin;
  c.end = begin + 5;
  return c;
}

Finding Conflict(Claim a, Claim b) {
  Finding f;
  f.kind = FindingKind::kConflict;
  f.rule_id = a.rule_id;
  f.key = a.KeyString();
  f.claims = {a, b};
  return f;
}

}  // namespace

TEST_CASE("a fingerprint ignores where the claims sit") {
  const std::string fp = FindingFingerprint(Conflict(Troops("lemonde", "001.txt", 1, 62, 3000),
                                                     Troops("express", "002.md", 19, 240, 2000)));
  CHECK(fp.size() == 16);
  CHECK(fp.find_first_not_of("0123456789abcdef") == std::string::npos);
  // The article was edited above the sentence and renamed: same finding.
  CHECK(FindingFingerprint(Conflict(Troops("lemonde", "a/001-v2.txt", 7, 480, 3000),
                                    Troops("express", "002.md", 21, 300, 2000))) == fp);
  // Which claim is primary does not matter.
  CHECK(FindingFingerprint(Conflict(Troops("express", "002.md", 19, 240, 2000),
                                    Troops("lemonde", "001.txt", 1, 62, 3000))) == fp);
}

TEST_CASE("a fingerprint changes with the values, the outlets and the kind") {
  const Finding base = Conflict(Troops("lemonde", "001.txt", 1, 62, 3000),
                                Troops("express", "002.md", 19, 240, 2000));
  const std::string fp = FindingFingerprint(base);
  CHECK(FindingFingerprint(Conflict(Troops("lemonde", "001.txt", 1, 62, 3000),
                                    Troops("express", "002.md", 19, 240, 2500))) != fp);
  CHECK(FindingFingerprint(Conflict(Troops("lemonde", "001.txt", 1, 62, 3000),
                                    Troops("afp", "002.md", 19, 240, 2000))) != fp);
  Finding discrepancy = base;
  discrepancy.kind = FindingKind::kDiscrepancy;
  CHECK(FindingFingerprint(discrepancy) != fp);
  Finding other_key = base;
  for (Claim& c : other_key.claims) c.key_parts = {{"region", "EU-BALTIC"}};
  CHECK(FindingFingerprint(other_key) != fp);
}

TEST_CASE("a fingerprint does not let fields run into each other") {
  Claim a = Troops("le", "x.txt", 1, 0, 3000);
  Claim b = Troops("monde", "y.txt", 1, 0, 3000);
  Claim ab = Troops("lemonde", "x.txt", 1, 0, 3000);
  Finding two = Conflict(a, b);
  Finding one = Conflict(ab, ab);
  CHECK(FindingFingerprint(two) != FindingFingerprint(one));
}
