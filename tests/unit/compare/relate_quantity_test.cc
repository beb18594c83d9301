#include <catch2/catch.hpp>

#include "compare/value_relation.h"
#include "normalize/quantity.h"

using namespace factlint;

namespace {

ClaimValue Q(std::string_view text, Lang lang = Lang::kEn) {
  ClaimValue v;
  v.kind = ValueKind::kQuantity;
  v.unit = "person";
  std::optional<Quantity> q = ParseQuantity(text, lang);
  REQUIRE(q.has_value());
  v.quantity = *q;
  return v;
}

Relation R(std::string_view a, std::string_view b, Lang lang = Lang::kEn) {
  return RelateQuantities(Q(a, lang), Q(b, lang));
}

}  // namespace

TEST_CASE("a hedge that says the same figure less precisely is no disagreement") {
  CHECK(R("at least 41", "41") == Relation::kCompatible);
  CHECK(R("about 6,000", "6,000") == Relation::kCompatible);
  CHECK(R("up to 5,000", "5,000") == Relation::kCompatible);
  // "plus de 2 milliards" is what one writes for 2,4 or 2,1 milliards.
  CHECK(R("plus de 2 milliards", "2,4 milliards", Lang::kFr) == Relation::kCompatible);
  CHECK(R("more than 300", "312") == Relation::kCompatible);
  CHECK(R("plusieurs dizaines", "au moins 41", Lang::kFr) == Relation::kCompatible);
}

TEST_CASE("a hedge the other figure passes by more is a difference") {
  CHECK(R("at least eight", "11") == Relation::kOverlapping);
  CHECK(R("au moins cinq", "six", Lang::kFr) == Relation::kOverlapping);
  CHECK(R("up to 40", "35") == Relation::kOverlapping);
  CHECK(R("environ 300", "312", Lang::kFr) == Relation::kOverlapping);
  CHECK(R("between 2,000 and 3,000", "2,500") == Relation::kOverlapping);
}

TEST_CASE("disjoint figures are incompatible, equal ones equal") {
  CHECK(R("more than 200", "140") == Relation::kIncompatible);
  CHECK(R("about 80", "55") == Relation::kIncompatible);
  CHECK(R("5 000", "5.000", Lang::kFr) == Relation::kEqual);
  ClaimValue eur = Q("800");
  ClaimValue gbp = Q("800");
  gbp.unit = "GBP";
  CHECK(RelateQuantities(eur, gbp) == Relation::kIncomparable);
}
