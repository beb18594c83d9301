#include "normalize/quantity.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "normalize/interval.h"

namespace factlint {
namespace {

constexpr double kInf = Interval::kInf;

struct NumberCase {
  const char* text;
  double value;
  bool ambiguous;
};

void CheckNumbers(Lang lang, const std::vector<NumberCase>& cases) {
  for (const NumberCase& c : cases) {
    INFO("text: \"" << c.text << "\" lang: " << LangCode(lang));
    bool ambiguous = !c.ambiguous;  // must be overwritten
    std::optional<double> v = ParseNumber(c.text, lang, &ambiguous);
    REQUIRE(v.has_value());
    CHECK(*v == Approx(c.value).epsilon(1e-12));
    CHECK(ambiguous == c.ambiguous);
  }
}

void CheckNotNumbers(Lang lang, const std::vector<const char*>& texts) {
  for (const char* text : texts) {
    INFO("text: \"" << text << "\" lang: " << LangCode(lang));
    CHECK_FALSE(ParseNumber(text, lang).has_value());
  }
}

struct QuantityCase {
  const char* text;
  const char* interval;  // Interval::ToString()
  Qualifier qualifier;
  double value;
  bool ambiguous = false;
};

void CheckQuantities(Lang lang, const std::vector<QuantityCase>& cases) {
  for (const QuantityCase& c : cases) {
    INFO("text: \"" << c.text << "\" lang: " << LangCode(lang));
    std::optional<Quantity> q = ParseQuantity(c.text, lang);
    REQUIRE(q.has_value());
    CHECK(q->interval.ToString() == c.interval);
    CHECK(QualifierName(q->qualifier) == QualifierName(c.qualifier));
    CHECK(q->value == Approx(c.value));
    CHECK(q->ambiguous == c.ambiguous);
  }
}

void CheckNotQuantities(Lang lang, const std::vector<const char*>& texts) {
  for (const char* text : texts) {
    INFO("text: \"" << text << "\" lang: " << LangCode(lang));
    CHECK_FALSE(ParseQuantity(text, lang).has_value());
  }
}

// ---------------------------------------------------------------------------
// Interval

TEST_CASE("Interval::ToString prints integers bare and infinity as inf", "[interval]") {
  CHECK(Interval::AtMost(5000).ToString() == "[0, 5000]");
  CHECK(Interval::MoreThan(100000).ToString() == "(100000, inf)");
  CHECK(Interval::AtLeast(3).ToString() == "[3, inf)");
  CHECK(Interval::LessThan(10).ToString() == "[0, 10)");
  CHECK(Interval::Exact(8500).ToString() == "[8500, 8500]");
  CHECK(Interval::Exact(-0.0).ToString() == "[0, 0]");
  CHECK(Interval::Exact(5e21).ToString() == "[5000000000000000000000, 5000000000000000000000]");
}

TEST_CASE("Interval::ToString keeps at most four decimals, trimmed", "[interval]") {
  CHECK(Interval::Closed(1.35, 1.65).ToString() == "[1.35, 1.65]");
  CHECK(Interval::Closed(1.0 / 3, 2.5).ToString() == "[0.3333, 2.5]");
  CHECK(Interval::Exact(4500.00001).ToString() == "[4500, 4500]");
  CHECK(Interval::Around(5000, 0.1).ToString() == "[4500, 5500]");
}

// ---------------------------------------------------------------------------
// Qualifier names

TEST_CASE("QualifierName and ParseQualifierName are inverse", "[qualifier]") {
  const std::vector<std::pair<Qualifier, const char*>> names = {
      {Qualifier::kExact, "exact"},        {Qualifier::kApprox, "approx"},
      {Qualifier::kAtMost, "at-most"},     {Qualifier::kAtLeast, "at-least"},
      {Qualifier::kMoreThan, "more-than"}, {Qualifier::kLessThan, "less-than"},
      {Qualifier::kRange, "range"},        {Qualifier::kVague, "vague"},
  };
  for (const auto& [q, name] : names) {
    INFO(name);
    CHECK(QualifierName(q) == name);
    REQUIRE(ParseQualifierName(name).has_value());
    CHECK(*ParseQualifierName(name) == q);
  }
  CHECK_FALSE(ParseQualifierName("approximately").has_value());
  CHECK_FALSE(ParseQualifierName("").has_value());
  CHECK_FALSE(ParseQualifierName("Exact").has_value());
}

// ---------------------------------------------------------------------------
// ParseNumber: digits

TEST_CASE("French digit groupings", "[number][fr]") {
  CheckNumbers(Lang::kFr, {
                              {"5 000", 5000, false},
                              {"5\u00a0000", 5000, false},  // no-break space
                              {"5\u202f000", 5000, false},  // narrow no-break space
                              {"5.000", 5000, false},       // dot grouping is French usage
                              {"1 500 000", 1500000, false},
                              {"1.500.000", 1500000, false},
                              {"1 000,5", 1000.5, false},
                              {"1.500,25", 1500.25, false},
                              {"1,5", 1.5, false},
                              {"12,75", 12.75, false},
                              {"0,500", 0.5, false},  // a leading 0 never starts a group
                              {"8500", 8500, false},
                              {"0", 0, false},
                              {"  5 000  ", 5000, false},
                              {"100 000", 100000, false},
                          });
}

TEST_CASE("5,000 in French is ambiguous and reads as 5000", "[number][fr][ambiguous]") {
  CheckNumbers(Lang::kFr, {
                              {"5,000", 5000, true},
                              {"12,345", 12345, true},
                              {"5,000,000", 5000000, false},  // two groups: only one reading
                              {"1,500.5", 1500.5, false},     // English marks, unambiguous
                          });
}

TEST_CASE("English digit groupings", "[number][en]") {
  CheckNumbers(Lang::kEn, {
                              {"5,000", 5000, false},
                              {"100,000", 100000, false},
                              {"1,500,000", 1500000, false},
                              {"1,500,000.25", 1500000.25, false},
                              {"1.5", 1.5, false},
                              {"3.14159", 3.14159, false},
                              {"5.000", 5000, true},  // 5 or 5000: grouping reading
                              {"5.000.000", 5000000, false},
                              {"5 000", 5000, false},
                          });
}

TEST_CASE("An unknown language reads both single marks as ambiguous", "[number][ambiguous]") {
  CheckNumbers(Lang::kUnknown, {
                                   {"5,000", 5000, true},
                                   {"5.000", 5000, true},
                                   {"5 000", 5000, false},
                                   {"2 billion", 2e9, true},  // 1e9 in English, 1e12 in French
                               });
}

TEST_CASE("k suffix and scale words after digits", "[number]") {
  CheckNumbers(Lang::kFr, {
                              {"5k", 5000, false},
                              {"5K", 5000, false},
                              {"1,5k", 1500, false},
                              {"1,5 million", 1500000, false},
                              {"2,5 millions", 2500000, false},
                              {"3 milliards", 3e9, false},
                              {"2 000 milliards", 2e12, false},
                              {"30 mille", 30000, false},
                              {"2 billions", 2e12, true},  // French billion: rare, flagged
                          });
  CheckNumbers(Lang::kEn, {
                              {"5k", 5000, false},
                              {"1.5 million", 1500000, false},
                              {"1.2 billion", 1.2e9, false},
                              {"5 thousand", 5000, false},
                              {"2 trillion", 2e12, false},
                              {"2.1bn", 2.1e9, false},  // "€2.1bn"
                              {"2.4BN", 2.4e9, false},
                              {"500m", 5e8, false},  // "€500m"
                              {"5M", 5e6, false},
                              {"1.2tn", 1.2e12, false},
                          });
  CheckNotNumbers(Lang::kFr, {"500m", "2,1bn"});  // "400 m" is metres in French copy
}

TEST_CASE("Huge digit strings stay finite or are refused", "[number][edge]") {
  bool ambiguous = true;
  std::optional<double> v = ParseNumber("5 000 000 000 000 000 000 000", Lang::kFr, &ambiguous);
  REQUIRE(v.has_value());
  CHECK(*v == Approx(5e21));
  CHECK_FALSE(ambiguous);

  std::string huge(400, '9');
  CHECK_FALSE(ParseNumber(huge, Lang::kEn).has_value());
  std::string grouped = "1";
  for (int i = 0; i < 120; ++i) grouped += " 000";
  CHECK_FALSE(ParseNumber(grouped, Lang::kFr).has_value());  // 1e360
  CHECK_FALSE(ParseNumber(huge + " milliards", Lang::kFr).has_value());
  v = ParseNumber(std::string(300, '9') + " milliards", Lang::kFr);
  CHECK_FALSE(v.has_value());  // 1e300 x 1e9 overflows: refused, not inf
}

// ---------------------------------------------------------------------------
// ParseNumber: words

TEST_CASE("French number words", "[number][fr][words]") {
  CheckNumbers(Lang::kFr, {
                              {"un", 1, false},
                              {"une", 1, false},
                              {"seize", 16, false},
                              {"dix-sept", 17, false},
                              {"dix neuf", 19, false},
                              {"vingt", 20, false},
                              {"vingt et un", 21, false},
                              {"vingt-et-une", 21, false},
                              {"vingt-deux", 22, false},
                              {"trente", 30, false},
                              {"quarante-cinq", 45, false},
                              {"cinquante", 50, false},
                              {"soixante", 60, false},
                              {"soixante-dix", 70, false},
                              {"soixante et onze", 71, false},
                              {"soixante-dix-sept", 77, false},
                              {"quatre-vingts", 80, false},
                              {"quatre vingt", 80, false},
                              {"quatre-vingt-un", 81, false},
                              {"quatre-vingt-dix", 90, false},
                              {"quatre-vingt-onze", 91, false},
                              {"quatre vingt dix neuf", 99, false},
                              {"septante-deux", 72, false},
                              {"nonante", 90, false},
                              {"cent", 100, false},
                              {"cent un", 101, false},
                              {"deux cents", 200, false},
                              {"deux cent cinquante", 250, false},
                              {"mille", 1000, false},
                              {"trois mille", 3000, false},
                              {"mille cinq cents", 1500, false},
                              {"cent mille", 100000, false},
                              {"deux cent mille", 200000, false},
                              {"quatre-vingt mille", 80000, false},
                              {"un million", 1e6, false},
                              {"deux millions cinq cent mille", 2.5e6, false},
                              {"trois milliards", 3e9, false},
                              {"mille milliards", 1e12, false},
                              {"zéro", 0, false},
                              {"Trois Mille", 3000, false},
                          });
}

TEST_CASE("English number words", "[number][en][words]") {
  CheckNumbers(Lang::kEn, {
                              {"one", 1, false},
                              {"nineteen", 19, false},
                              {"thirty", 30, false},
                              {"twenty-five", 25, false},
                              {"ninety nine", 99, false},
                              {"a hundred", 100, false},
                              {"one hundred", 100, false},
                              {"two hundred and fifty", 250, false},
                              {"twelve hundred", 1200, false},
                              {"a thousand", 1000, false},
                              {"a thousand and one", 1001, false},
                              {"three thousand", 3000, false},
                              {"two hundred thousand", 200000, false},
                              {"a dozen", 12, false},
                              {"two dozen", 24, false},
                              {"half a dozen", 6, false},
                              {"half a million", 500000, false},
                              {"a million", 1e6, false},
                              {"two billion", 2e9, false},
                              {"zero", 0, false},
                              {"Twenty-Five", 25, false},
                          });
}

TEST_CASE("Texts that are not numbers", "[number][negative]") {
  CheckNotNumbers(Lang::kFr, {
                                 "",
                                 "   ",
                                 "soldats",
                                 "5 000 soldats",
                                 "deux trois",
                                 "cent cent",
                                 "million",
                                 "vingt et",
                                 "dix-deux",
                                 "trente-quinze",
                                 "5,000,",
                                 "5000e",
                                 "5e3",
                                 "-5",
                                 "5 k",
                                 "5km",
                                 "1,2,3",
                                 "des milliers",
                                 "une centaine",
                                 "2-3",
                                 "one",  // English word in a French text
                             });
  CheckNotNumbers(Lang::kEn, {
                                 "a",
                                 "thousand",
                                 "hundreds",
                                 "twenty and five",
                                 "five twenty",
                                 "half",
                                 "deux",
                                 "dozens",
                             });
}

// ---------------------------------------------------------------------------
// ParseQuantity: qualifiers

TEST_CASE("French qualifiers", "[quantity][fr][qualifier]") {
  CheckQuantities(Lang::kFr,
                  {
                      {"5 000", "[5000, 5000]", Qualifier::kExact, 5000},
                      {"jusqu'à 5 000", "[0, 5000]", Qualifier::kAtMost, 5000},
                      {"jusqu'a 5.000", "[0, 5000]", Qualifier::kAtMost, 5000},
                      {"Jusqu\u2019à 5 000", "[0, 5000]", Qualifier::kAtMost, 5000},
                      {"au plus 300", "[0, 300]", Qualifier::kAtMost, 300},
                      {"au maximum 300", "[0, 300]", Qualifier::kAtMost, 300},
                      {"plus de 100 000", "(100000, inf)", Qualifier::kMoreThan, 1e5},
                      {"Plus de 150", "(150, inf)", Qualifier::kMoreThan, 150},
                      {"plus d'un million", "(1000000, inf)", Qualifier::kMoreThan, 1e6},
                      {"au-delà de 2 000", "(2000, inf)", Qualifier::kMoreThan, 2000},
                      {"au moins 14 000", "[14000, inf)", Qualifier::kAtLeast, 14000},
                      {"pas moins de 40", "[40, inf)", Qualifier::kAtLeast, 40},
                      {"moins de 500", "[0, 500)", Qualifier::kLessThan, 500},
                      {"moins d'un millier", "[0, 1000)", Qualifier::kLessThan, 1000},
                      {"environ 3 000", "[2700, 3300]", Qualifier::kApprox, 3000},
                      {"près de 200 000", "[180000, 220000]", Qualifier::kApprox, 2e5},
                      {"près d'un million", "[900000, 1100000]", Qualifier::kApprox, 1e6},
                      {"presque 100", "[90, 110]", Qualifier::kApprox, 100},
                      {"quelque 5 000", "[4500, 5500]", Qualifier::kApprox, 5000},
                      {"quelques 5 000", "[4500, 5500]", Qualifier::kApprox, 5000},
                      {"autour de 50", "[45, 55]", Qualifier::kApprox, 50},
                      {"approximativement 20", "[18, 22]", Qualifier::kApprox, 20},
                      {"à peu près 1 000", "[900, 1100]", Qualifier::kApprox, 1000},
                      {"de l'ordre de 2 000", "[1800, 2200]", Qualifier::kApprox, 2000},
                      {"plus de dix mille", "(10000, inf)", Qualifier::kMoreThan, 1e4},
                  });
}

TEST_CASE("English qualifiers", "[quantity][en][qualifier]") {
  CheckQuantities(Lang::kEn,
                  {
                      {"up to 5,000", "[0, 5000]", Qualifier::kAtMost, 5000},
                      {"Up to 5,000", "[0, 5000]", Qualifier::kAtMost, 5000},
                      {"at most 20", "[0, 20]", Qualifier::kAtMost, 20},
                      {"as many as 3,000", "[0, 3000]", Qualifier::kAtMost, 3000},
                      {"as much as 30", "[0, 30]", Qualifier::kAtMost, 30},
                      {"more than 100,000", "(100000, inf)", Qualifier::kMoreThan, 1e5},
                      {"over 8,500", "(8500, inf)", Qualifier::kMoreThan, 8500},
                      {"in excess of 1 million", "(1000000, inf)", Qualifier::kMoreThan, 1e6},
                      {"at least 14,000", "[14000, inf)", Qualifier::kAtLeast, 14000},
                      {"no fewer than 40", "[40, inf)", Qualifier::kAtLeast, 40},
                      {"fewer than 500", "[0, 500)", Qualifier::kLessThan, 500},
                      {"less than 1.5 million", "[0, 1500000)", Qualifier::kLessThan, 1.5e6},
                      {"under 300", "[0, 300)", Qualifier::kLessThan, 300},
                      {"about 3,000", "[2700, 3300]", Qualifier::kApprox, 3000},
                      {"around 200,000", "[180000, 220000]", Qualifier::kApprox, 2e5},
                      {"nearly 100", "[90, 110]", Qualifier::kApprox, 100},
                      {"almost 100", "[90, 110]", Qualifier::kApprox, 100},
                      {"some 5,000", "[4500, 5500]", Qualifier::kApprox, 5000},
                      {"roughly 50", "[45, 55]", Qualifier::kApprox, 50},
                      {"approximately 20", "[18, 22]", Qualifier::kApprox, 20},
                      {"an estimated 2,000", "[1800, 2200]", Qualifier::kApprox, 2000},
                      {"about a dozen", "[10.8, 13.2]", Qualifier::kApprox, 12},
                  });
}

// ---------------------------------------------------------------------------
// ParseQuantity: ranges

TEST_CASE("French ranges", "[quantity][fr][range]") {
  CheckQuantities(Lang::kFr,
                  {
                      {"entre 2 000 et 3 000", "[2000, 3000]", Qualifier::kRange, 2000},
                      {"entre 2 et 3 millions", "[2000000, 3000000]", Qualifier::kRange, 2e6},
                      {"entre vingt et un et trente", "[21, 30]", Qualifier::kRange, 21},
                      {"de 2 000 à 3 000", "[2000, 3000]", Qualifier::kRange, 2000},
                      {"de 2 à 3 millions", "[2000000, 3000000]", Qualifier::kRange, 2e6},
                      {"2 000 à 3 000", "[2000, 3000]", Qualifier::kRange, 2000},
                      {"2 000 a 3 000", "[2000, 3000]", Qualifier::kRange, 2000},
                      {"2 000-3 000", "[2000, 3000]", Qualifier::kRange, 2000},
                      {"2 000 \u2013 3 000", "[2000, 3000]", Qualifier::kRange, 2000},
                      {"2-3k", "[2000, 3000]", Qualifier::kRange, 2000},
                      {"500 000 à 1 million", "[500000, 1000000]", Qualifier::kRange, 5e5},
                      {"de deux à trois cents", "[200, 300]", Qualifier::kRange, 200},
                      {"vingt-deux-trente", "[22, 30]", Qualifier::kRange, 22},
                      {"3 000 à 2 000", "[2000, 3000]", Qualifier::kRange, 2000},
                      {"entre 5,000 et 6 000", "[5000, 6000]", Qualifier::kRange, 5000, true},
                  });
}

TEST_CASE("English ranges", "[quantity][en][range]") {
  CheckQuantities(
      Lang::kEn,
      {
          {"between 2,000 and 3,000", "[2000, 3000]", Qualifier::kRange, 2000},
          {"between 2 and 3 million", "[2000000, 3000000]", Qualifier::kRange, 2e6},
          {"between two hundred and fifty and three hundred", "[250, 300]", Qualifier::kRange, 250},
          {"from 2,000 to 3,000", "[2000, 3000]", Qualifier::kRange, 2000},
          {"2,000 to 3,000", "[2000, 3000]", Qualifier::kRange, 2000},
          {"2,000-3,000", "[2000, 3000]", Qualifier::kRange, 2000},
          {"5 to 10 thousand", "[5000, 10000]", Qualifier::kRange, 5000},
          {"twenty-five-thirty", "[25, 30]", Qualifier::kRange, 25},
      });
}

TEST_CASE("A qualifier before a range applies to its ends", "[quantity][range][qualifier]") {
  CheckQuantities(Lang::kFr,
                  {
                      {"environ 2 000 à 3 000", "[1800, 3300]", Qualifier::kRange, 2000},
                      {"plus de 2 à 3 millions", "(2000000, inf)", Qualifier::kMoreThan, 2e6},
                      {"jusqu'à 2 000-3 000", "[0, 3000]", Qualifier::kAtMost, 2000},
                  });
}

// ---------------------------------------------------------------------------
// ParseQuantity: vague and approximate amounts

TEST_CASE("French vague amounts", "[quantity][fr][vague]") {
  CheckQuantities(Lang::kFr,
                  {
                      {"des dizaines", "[20, 99]", Qualifier::kVague, 20},
                      {"des centaines", "[200, 999]", Qualifier::kVague, 200},
                      {"plusieurs centaines", "[200, 999]", Qualifier::kVague, 200},
                      {"des milliers", "[2000, 9999]", Qualifier::kVague, 2000},
                      {"plusieurs milliers", "[2000, 9999]", Qualifier::kVague, 2000},
                      {"quelques milliers", "[2000, 9999]", Qualifier::kVague, 2000},
                      {"par milliers", "[2000, 9999]", Qualifier::kVague, 2000},
                      {"des dizaines de milliers", "[20000, 99999]", Qualifier::kVague, 20000},
                      {"des centaines de milliers", "[200000, 999999]", Qualifier::kVague, 200000},
                      {"des millions", "[2000000, 9999999]", Qualifier::kVague, 2e6},
                      {"Des Milliers", "[2000, 9999]", Qualifier::kVague, 2000},
                  });
}

TEST_CASE("English vague amounts", "[quantity][en][vague]") {
  CheckQuantities(Lang::kEn,
                  {
                      {"dozens", "[24, 99]", Qualifier::kVague, 24},
                      {"scores", "[40, 199]", Qualifier::kVague, 40},
                      {"hundreds", "[200, 999]", Qualifier::kVague, 200},
                      {"thousands", "[2000, 9999]", Qualifier::kVague, 2000},
                      {"tens of thousands", "[20000, 99999]", Qualifier::kVague, 20000},
                      {"hundreds of thousands", "[200000, 999999]", Qualifier::kVague, 200000},
                      {"millions", "[2000000, 9999999]", Qualifier::kVague, 2e6},
                      {"several hundred", "[200, 999]", Qualifier::kVague, 200},
                      {"a few thousand", "[2000, 9999]", Qualifier::kVague, 2000},
                      {"several hundred thousand", "[200000, 999999]", Qualifier::kVague, 200000},
                      {"many thousands", "[2000, 9999]", Qualifier::kVague, 2000},
                  });
}

TEST_CASE("Approximate nouns are about their value", "[quantity][approx]") {
  CheckQuantities(Lang::kFr,
                  {
                      {"un millier", "[900, 1100]", Qualifier::kApprox, 1000},
                      {"une centaine", "[90, 110]", Qualifier::kApprox, 100},
                      {"une dizaine", "[9, 11]", Qualifier::kApprox, 10},
                      {"une vingtaine", "[18, 22]", Qualifier::kApprox, 20},
                      {"une trentaine", "[27, 33]", Qualifier::kApprox, 30},
                      {"une dizaine de milliers", "[9000, 11000]", Qualifier::kApprox, 10000},
                  });
  CheckQuantities(Lang::kEn, {
                                 {"a thousand or so", "[900, 1100]", Qualifier::kApprox, 1000},
                                 {"5,000 or so", "[4500, 5500]", Qualifier::kApprox, 5000},
                                 {"a dozen", "[12, 12]", Qualifier::kExact, 12},
                             });
}

TEST_CASE("A qualifier before a vague or approximate amount", "[quantity][qualifier]") {
  CheckQuantities(Lang::kFr, {
                                 {"plus d'une centaine", "(100, inf)", Qualifier::kMoreThan, 100},
                                 {"près d'un millier", "[900, 1100]", Qualifier::kApprox, 1000},
                                 {"au moins une dizaine de milliers", "[10000, inf)",
                                  Qualifier::kAtLeast, 10000},
                                 {"jusqu'à des milliers", "[0, 9999]", Qualifier::kAtMost, 2000},
                             });
  CheckQuantities(Lang::kEn, {
                                 {"more than hundreds", "(200, inf)", Qualifier::kMoreThan, 200},
                                 {"some thousands", "[1800, 10998.9]", Qualifier::kVague, 2000},
                             });
}

TEST_CASE("Ambiguous numbers stay ambiguous inside quantities", "[quantity][ambiguous]") {
  CheckQuantities(Lang::kFr, {
                                 {"jusqu'à 5,000", "[0, 5000]", Qualifier::kAtMost, 5000, true},
                                 {"5,000", "[5000, 5000]", Qualifier::kExact, 5000, true},
                                 {"2 billions", "[2000000000000, 2000000000000]", Qualifier::kExact,
                                  2e12, true},
                             });
  CheckQuantities(Lang::kEn,
                  {
                      {"more than 5.000", "(5000, inf)", Qualifier::kMoreThan, 5000, true},
                  });
}

TEST_CASE("The approximation tolerance comes from the options", "[quantity][options]") {
  QuantityOptions wide;
  wide.approx_tolerance = 0.25;
  std::optional<Quantity> q = ParseQuantity("environ 1 000", Lang::kFr, wide);
  REQUIRE(q.has_value());
  CHECK(q->interval.ToString() == "[750, 1250]");

  QuantityOptions none;
  none.approx_tolerance = 0;
  q = ParseQuantity("about 1,000", Lang::kEn, none);
  REQUIRE(q.has_value());
  CHECK(q->interval.ToString() == "[1000, 1000]");
  CHECK(q->qualifier == Qualifier::kApprox);

  QuantityOptions negative;
  negative.approx_tolerance = -3;  // clamped: never an interval with lo > hi
  q = ParseQuantity("un millier", Lang::kFr, negative);
  REQUIRE(q.has_value());
  CHECK(q->interval.ToString() == "[1000, 1000]");
}

TEST_CASE("Texts that are not quantities", "[quantity][negative]") {
  CheckNotQuantities(
      Lang::kFr, {
                     "", " ", "soldats", "plus de", "plus de soldats", "jusqu'à", "des soldats",
                     "milliers", "une dizaine de soldats", "entre 2 000 et", "de 2 000 à",
                     "2 000 à Varsovie", "-", "5 000 000 000 000 000 000 000 000 0000", "plus de5",
                     "about 5 000",  // English qualifier in French
                 });
  CheckNotQuantities(Lang::kEn, {
                                    "someone",
                                    "overall",
                                    "more than",
                                    "between 2 and",
                                    "a few",
                                    "thousands of",
                                    "or so",
                                    "des milliers",
                                });
}

TEST_CASE("Hostile input is refused quickly", "[quantity][edge]") {
  std::string cents;
  std::string dashes;
  std::string ands;
  for (int i = 0; i < 50000; ++i) {
    cents += "cent ";
    dashes += "5-";
    ands += "et 5 ";
  }
  CHECK_FALSE(ParseQuantity(cents, Lang::kFr).has_value());
  CHECK_FALSE(ParseQuantity(dashes, Lang::kFr).has_value());
  CHECK_FALSE(ParseQuantity("entre 5 " + ands, Lang::kFr).has_value());
  CHECK_FALSE(ParseNumber(cents, Lang::kUnknown).has_value());
  CHECK_FALSE(ParseQuantity(std::string("5\0 000", 6), Lang::kFr).has_value());
  CHECK_FALSE(ParseQuantity("\xff\xfe 5 000", Lang::kFr).has_value());  // invalid UTF-8
  CHECK_FALSE(ParseQuantity("\xc3", Lang::kEn).has_value());
}

TEST_CASE("Garbage never yields a negative or infinite value", "[quantity][edge]") {
  std::string many_groups = "5";
  for (int i = 0; i < 200; ++i) many_groups += " 000";
  CHECK_FALSE(ParseQuantity(many_groups, Lang::kFr).has_value());
  CHECK_FALSE(ParseQuantity("plus de " + many_groups, Lang::kFr).has_value());
  std::optional<Quantity> q = ParseQuantity("0", Lang::kFr);
  REQUIRE(q.has_value());
  CHECK(q->interval == Interval::Exact(0));
  q = ParseQuantity("moins de 0", Lang::kEn);
  CHECK_FALSE(q.has_value());  // French qualifier in English text
  q = ParseQuantity("fewer than 0", Lang::kEn);
  REQUIRE(q.has_value());
  CHECK(q->interval.ToString() == "[0, 0)");
}

}  // namespace
}  // namespace factlint
