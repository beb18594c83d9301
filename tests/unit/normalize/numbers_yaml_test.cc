// rules/lib/numbers.yaml against the parser: every sub-pattern compiles with
// RE2, and every text {quantity} (or {number}) can capture is read by
// ParseQuantity (ParseNumber). The sub-patterns are expanded here by a small
// local helper, so this test does not depend on the rules module.
#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "normalize/quantity.h"
#include "text/text_map.h"

namespace factlint {
namespace {

bool IsIdentStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool IsIdentChar(char c) { return IsIdentStart(c) || (c >= '0' && c <= '9'); }

// The sub-patterns of numbers.yaml, by name and language.
class NumberPatterns {
 public:
  static const NumberPatterns& Get() {
    static const NumberPatterns* patterns = new NumberPatterns();
    return *patterns;
  }

  bool Has(const std::string& name, Lang lang) const {
    auto it = source_.find(name);
    return it != source_.end() && it->second.count(lang) > 0;
  }
  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    for (const auto& [name, by_lang] : source_) names.push_back(name);
    return names;
  }
  const std::string& Source(const std::string& name, Lang lang) const {
    return source_.at(name).at(lang);
  }

  // `text` with every {name} replaced by (?:expansion). `{` followed by a digit
  // is an RE2 repetition or a \x{...} escape and stays.
  std::string Expand(const std::string& text, Lang lang, int depth = 0) const {
    REQUIRE(depth < 20);  // a cycle
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '{' && i + 1 < text.size() && IsIdentStart(text[i + 1])) {
        size_t j = i + 1;
        while (j < text.size() && IsIdentChar(text[j])) ++j;
        REQUIRE(j < text.size());
        REQUIRE(text[j] == '}');
        std::string name = text.substr(i + 1, j - i - 1);
        INFO("reference {" << name << "} in language " << LangCode(lang));
        REQUIRE(Has(name, lang));
        out += "(?:" + Expand(Source(name, lang), lang, depth + 1) + ")";
        i = j;
      } else {
        out += text[i];
      }
    }
    return out;
  }

 private:
  NumberPatterns() {
    YAML::Node root = YAML::LoadFile(std::string(FACTLINT_SOURCE_DIR) + "/rules/lib/numbers.yaml");
    for (const auto& entry : root["patterns"]) {
      std::string name = entry.first.as<std::string>();
      if (entry.second.IsScalar()) {
        source_[name][Lang::kFr] = entry.second.as<std::string>();
        source_[name][Lang::kEn] = entry.second.as<std::string>();
      } else {
        for (const auto& by_lang : entry.second) {
          std::optional<Lang> lang = ParseLang(by_lang.first.as<std::string>());
          REQUIRE(lang.has_value());
          source_[name][*lang] = by_lang.second.as<std::string>();
        }
      }
    }
  }
  std::map<std::string, std::map<Lang, std::string>> source_;
};

std::unique_ptr<RE2> Compile(const std::string& expanded) {
  RE2::Options options;
  options.set_log_errors(false);
  return std::make_unique<RE2>(expanded, options);
}

// Compiled {name} for a language, cached: the quantity pattern is large.
const RE2& SubPattern(const std::string& name, Lang lang) {
  static auto* cache = new std::map<std::pair<std::string, Lang>, std::unique_ptr<RE2>>();
  auto& re = (*cache)[{name, lang}];
  if (!re) {
    re = Compile(NumberPatterns::Get().Expand("{" + name + "}", lang));
    INFO(re->error());
    REQUIRE(re->ok());
  }
  return *re;
}

constexpr Lang kLangs[] = {Lang::kFr, Lang::kEn};

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Every span of `text` (up to `max_len` bytes, on UTF-8 boundaries) that the
// sub-pattern matches in its context, as a rule's capture group would.
std::vector<std::string> AllMatches(const RE2& re, std::string_view text, size_t max_len) {
  std::vector<std::string> spans;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsContinuationByte(text[i]) || text[i] == ' ') continue;
    // Every alternative starts at a \b or with a non-ASCII letter ("à peu près").
    if (i > 0 && IsAsciiAlnum(text[i - 1]) && IsAsciiAlnum(text[i])) continue;
    for (size_t j = i + 1; j <= text.size() && j - i <= max_len; ++j) {
      if (j < text.size() && IsContinuationByte(text[j])) continue;
      if (re.Match(text, i, j, RE2::ANCHOR_BOTH, nullptr, 0)) {
        spans.emplace_back(text.substr(i, j - i));
      }
    }
  }
  return spans;
}

// Checks the round trip on every span `{quantity}` / `{number}` matches in `text`.
// Returns how many spans were checked.
size_t CheckRoundTrip(std::string_view text, Lang lang, size_t max_len = 70) {
  size_t checked = 0;
  for (const std::string& span : AllMatches(SubPattern("quantity", lang), text, max_len)) {
    INFO("{quantity} matched \"" << span << "\" in " << LangCode(lang));
    CHECK(ParseQuantity(span, lang).has_value());
    ++checked;
  }
  for (const std::string& span : AllMatches(SubPattern("number", lang), text, max_len)) {
    INFO("{number} matched \"" << span << "\" in " << LangCode(lang));
    CHECK(ParseNumber(span, lang).has_value());
    ++checked;
  }
  return checked;
}

TEST_CASE("numbers.yaml: every sub-pattern expands and compiles", "[numbers_yaml]") {
  const NumberPatterns& p = NumberPatterns::Get();
  for (const std::string& name : p.Names()) {
    for (Lang lang : kLangs) {
      if (!p.Has(name, lang)) continue;
      INFO("sub-pattern {" << name << "} in " << LangCode(lang));
      CHECK(p.Source(name, lang).find("(?P<") == std::string::npos);  // captures belong to rules
      const RE2& re = SubPattern(name, lang);
      CHECK(re.NumberOfCapturingGroups() == 0);
      // Rules embed {quantity} in larger patterns and RE2::Sets. At ~16 000
      // instructions RE2's DFA ran out of memory on plain articles and fell back
      // to the slow NFA; today {quantity} is ~3 000.
      CHECK(re.ProgramSize() < 5000);
    }
  }
}

TEST_CASE("numbers.yaml: the public sub-patterns exist in both languages", "[numbers_yaml]") {
  for (const char* name :
       {"number", "qualifier", "vague_quantity", "approx_quantity", "quantity_range", "quantity"}) {
    for (Lang lang : kLangs) {
      INFO(name << " in " << LangCode(lang));
      CHECK(NumberPatterns::Get().Has(name, lang));
    }
  }
}

struct Sample {
  const char* text;
  const char* interval;
  Qualifier qualifier;
};

void CheckSamples(Lang lang, const std::vector<Sample>& samples) {
  const RE2& quantity = SubPattern("quantity", lang);
  for (const Sample& s : samples) {
    INFO("\"" << s.text << "\" in " << LangCode(lang));
    CHECK(RE2::FullMatch(s.text, quantity));
    std::optional<Quantity> q = ParseQuantity(s.text, lang);
    REQUIRE(q.has_value());
    CHECK(q->interval.ToString() == s.interval);
    CHECK(QualifierName(q->qualifier) == QualifierName(s.qualifier));
  }
}

TEST_CASE("numbers.yaml: French samples are matched whole and parse", "[numbers_yaml][fr]") {
  CheckSamples(Lang::kFr,
               {
                   {"5 000", "[5000, 5000]", Qualifier::kExact},
                   {"5.000", "[5000, 5000]", Qualifier::kExact},
                   {"5,000", "[5000, 5000]", Qualifier::kExact},
                   {"1 500 000", "[1500000, 1500000]", Qualifier::kExact},
                   {"1,5 million", "[1500000, 1500000]", Qualifier::kExact},
                   {"2 000 milliards", "[2000000000000, 2000000000000]", Qualifier::kExact},
                   {"5k", "[5000, 5000]", Qualifier::kExact},
                   {"trois mille", "[3000, 3000]", Qualifier::kExact},
                   {"quatre-vingt-dix", "[90, 90]", Qualifier::kExact},
                   {"soixante et onze", "[71, 71]", Qualifier::kExact},
                   {"deux cent mille", "[200000, 200000]", Qualifier::kExact},
                   {"Deux millions", "[2000000, 2000000]", Qualifier::kExact},
                   {"zéro", "[0, 0]", Qualifier::kExact},
                   {"jusqu'à 5 000", "[0, 5000]", Qualifier::kAtMost},
                   {"jusqu'a 5.000", "[0, 5000]", Qualifier::kAtMost},
                   {"Plus de 100 000", "(100000, inf)", Qualifier::kMoreThan},
                   {"plus d'un million", "(1000000, inf)", Qualifier::kMoreThan},
                   {"plus d' un million", "(1000000, inf)", Qualifier::kMoreThan},
                   {"au-delà de 2 000", "(2000, inf)", Qualifier::kMoreThan},
                   {"au moins 14 000", "[14000, inf)", Qualifier::kAtLeast},
                   {"moins de 500", "[0, 500)", Qualifier::kLessThan},
                   {"près de 200 000", "[180000, 220000]", Qualifier::kApprox},
                   {"pres de 200 000", "[180000, 220000]", Qualifier::kApprox},
                   {"à peu près 1 000", "[900, 1100]", Qualifier::kApprox},
                   {"entre 2 et 3 millions", "[2000000, 3000000]", Qualifier::kRange},
                   {"de 2 000 à 3 000", "[2000, 3000]", Qualifier::kRange},
                   {"2 000-3 000", "[2000, 3000]", Qualifier::kRange},
                   {"2 000 - 3 000", "[2000, 3000]", Qualifier::kRange},
                   {"des dizaines de milliers", "[20000, 99999]", Qualifier::kVague},
                   {"plusieurs centaines", "[200, 999]", Qualifier::kVague},
                   {"un millier", "[900, 1100]", Qualifier::kApprox},
                   {"une dizaine de milliers", "[9000, 11000]", Qualifier::kApprox},
                   {"plus d'une centaine", "(100, inf)", Qualifier::kMoreThan},
                   {"environ 2 000 à 3 000", "[1800, 3300]", Qualifier::kRange},
               });
}

TEST_CASE("numbers.yaml: English samples are matched whole and parse", "[numbers_yaml][en]") {
  CheckSamples(Lang::kEn, {
                              {"5,000", "[5000, 5000]", Qualifier::kExact},
                              {"5.000", "[5000, 5000]", Qualifier::kExact},
                              {"1.5 million", "[1500000, 1500000]", Qualifier::kExact},
                              {"5K", "[5000, 5000]", Qualifier::kExact},
                              {"2.1bn", "[2100000000, 2100000000]", Qualifier::kExact},
                              {"about 180bn", "[162000000000, 198000000000]", Qualifier::kApprox},
                              {"500m", "[500000000, 500000000]", Qualifier::kExact},
                              {"thirty", "[30, 30]", Qualifier::kExact},
                              {"twenty-five", "[25, 25]", Qualifier::kExact},
                              {"two hundred and fifty", "[250, 250]", Qualifier::kExact},
                              {"a hundred", "[100, 100]", Qualifier::kExact},
                              {"a dozen", "[12, 12]", Qualifier::kExact},
                              {"half a million", "[500000, 500000]", Qualifier::kExact},
                              {"up to 5,000", "[0, 5000]", Qualifier::kAtMost},
                              {"More than 100,000", "(100000, inf)", Qualifier::kMoreThan},
                              {"at least 14,000", "[14000, inf)", Qualifier::kAtLeast},
                              {"fewer than 500", "[0, 500)", Qualifier::kLessThan},
                              {"an estimated 2,000", "[1800, 2200]", Qualifier::kApprox},
                              {"between 2,000 and 3,000", "[2000, 3000]", Qualifier::kRange},
                              {"from 2 to 3 million", "[2000000, 3000000]", Qualifier::kRange},
                              {"2,000-3,000", "[2000, 3000]", Qualifier::kRange},
                              {"tens of thousands", "[20000, 99999]", Qualifier::kVague},
                              {"several hundred", "[200, 999]", Qualifier::kVague},
                              {"a thousand or so", "[900, 1100]", Qualifier::kApprox},
                          });
}

TEST_CASE("numbers.yaml: {quantity} refuses partial numbers", "[numbers_yaml]") {
  const RE2& fr = SubPattern("quantity", Lang::kFr);
  for (const char* text : {"2022 500", "5 0001", "05 000", "plus de5", "deux trois", "soldats",
                           "jusqu'àdeux", "un million cinq", "5 000 000 000 000 000 000 000"}) {
    INFO(text);
    CHECK_FALSE(RE2::FullMatch(text, fr));
  }
  const RE2& en = SubPattern("quantity", Lang::kEn);
  for (const char* text : {"someone", "moreover 5", "5 000", "a", "thousand", "seven teen"}) {
    INFO(text);
    CHECK_FALSE(RE2::FullMatch(text, en));
  }
}

// What a rule such as `(?P<quantity>{quantity}) soldats` captures in a sentence.
std::string CaptureBefore(const std::string& noun, const std::string& text, Lang lang) {
  RE2 re(NumberPatterns::Get().Expand("(?P<q>{quantity}) " + noun, lang));
  REQUIRE(re.ok());
  std::string q;
  if (!RE2::PartialMatch(text, re, &q)) return "<no match>";
  return q;
}

TEST_CASE("numbers.yaml: captures in sentences", "[numbers_yaml]") {
  const Lang fr = Lang::kFr;
  CHECK(CaptureBefore("soldats", "en 2022 500 soldats sont partis", fr) == "500");
  CHECK(CaptureBefore("soldats", "le 24 janvier 2022, 8 500 soldats", fr) == "8 500");
  CHECK(CaptureBefore("soldats", "d'envoyer jusqu'à 5 000 soldats américains", fr) ==
        "jusqu'à 5 000");
  CHECK(CaptureBefore("soldats", "l'envoi de jusqu'à 5.000 soldats", fr) == "jusqu'à 5.000");
  CHECK(CaptureBefore("soldats", "le déploiement de 3 000 soldats", fr) == "3 000");
  CHECK(CaptureBefore("soldats", "a déployé plus de 100 000 soldats", fr) == "plus de 100 000");
  CHECK(CaptureBefore("(?:de )?soldats", "des dizaines de milliers de soldats", fr) ==
        "des dizaines de milliers");
  CHECK(CaptureBefore("(?:de )?soldats", "un millier de soldats", fr) == "un millier");
  CHECK(CaptureBefore("soldats", "de 2 000 à 3 000 soldats", fr) == "de 2 000 à 3 000");
  CHECK(CaptureBefore("soldats", "les 21h 300 soldats", fr) == "300");
  CHECK(CaptureBefore("soldats", "quatre-vingt-dix soldats", fr) == "quatre-vingt-dix");

  const Lang en = Lang::kEn;
  CHECK(CaptureBefore("troops", "sent 3,000 troops", en) == "3,000");
  CHECK(CaptureBefore("troops", "moreover 3,000 troops", en) == "3,000");
  CHECK(CaptureBefore("troops", "more than 100,000 troops", en) == "more than 100,000");
  CHECK(CaptureBefore("troops", "seventeen troops", en) == "seventeen");
  CHECK(CaptureBefore("(?:of )?troops", "tens of thousands of troops", en) == "tens of thousands");
  CHECK(CaptureBefore("troops", "in 2021 500 troops", en) == "500");
}

TEST_CASE("numbers.yaml: every match in the fixture articles parses", "[numbers_yaml]") {
  size_t files = 0;
  size_t checked = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(
           std::filesystem::path(FACTLINT_SOURCE_DIR) / "fixtures")) {
    const std::filesystem::path& path = entry.path();
    if (path.extension() != ".txt" && path.extension() != ".md") continue;
    std::ifstream in(path, std::ios::binary);
    std::stringstream bytes;
    bytes << in.rdbuf();
    Result<TextMap> text = TextMap::Build(bytes.str(), path.string());
    REQUIRE(text.ok());
    for (Lang lang : kLangs) checked += CheckRoundTrip(text->normalized(), lang);
    ++files;
  }
  CHECK(files >= 5);
  CHECK(checked > 50);  // the sweep did see numbers
}

// Phrases built from the pieces of every form, in a sentence, swept like the fixtures.
TEST_CASE("numbers.yaml: every match in generated phrases parses", "[numbers_yaml]") {
  const std::vector<std::string> fr_numbers = {
      "5 000",
      "5.000",
      "5,000",
      "1,5",
      "1 500 000,5",
      "5k",
      "2,5 millions",
      "3 milliards",
      "trois mille",
      "quatre-vingt-dix-sept",
      "soixante et onze",
      "deux cent mille",
      "mille cinq cents",
      "vingt-et-un",
      "cent",
      "un",
      "dix-sept mille",
      "deux billions",
      "zéro",
      "1.000.000",
  };
  // Every qualifier the patterns list, and the openings of ranges.
  const std::vector<std::string> fr_heads = {
      "",
      "jusqu'à ",
      "jusqu'a ",
      "Jusqu'à ",
      "au plus ",
      "tout au plus ",
      "au maximum ",
      "au minimum ",
      "au moins ",
      "plus de ",
      "pas plus de ",
      "bien plus de ",
      "un peu plus de ",
      "moins de ",
      "pas moins de ",
      "un peu moins de ",
      "au-delà de ",
      "au dela de ",
      "environ ",
      "près de ",
      "pres de ",
      "presque ",
      "quasiment ",
      "quelque ",
      "quelques ",
      "autour de ",
      "approximativement ",
      "à peu près ",
      "a peu pres ",
      "de l'ordre de ",
      "aux alentours de ",
      "plus d'",
      "pas plus d'",
      "bien plus d' ",
      "un peu plus d'",
      "moins d'",
      "pas moins d'",
      "un peu moins d'",
      "au-delà d'",
      "près d'",
      "autour d'",
      "de l'ordre d'",
      "aux alentours d'",
      "entre 2 et ",
      "de 3 à ",
      "2 000 - ",
      "5 à ",
  };

  std::string fr;
  for (const std::string& head : fr_heads) {
    for (const std::string& n : fr_numbers) fr += head + n + " soldats, ";
  }
  fr +=
      "des dizaines de milliers de soldats, une centaine, plusieurs milliers, "
      "un millier de soldats, par centaines, près d'une vingtaine.";
  CHECK(CheckRoundTrip(fr, Lang::kFr, 50) > 300);

  const std::vector<std::string> en_numbers = {
      "2.4bn",
      "€500m",
      "$1m",
      "5,000",
      "5.000",
      "1.5",
      "1,500,000.5",
      "5K",
      "1.5 million",
      "two hundred and fifty",
      "twenty-five",
      "a hundred",
      "a thousand and one",
      "a dozen",
      "half a million",
      "twelve hundred",
      "ninety-nine",
      "two hundred thousand",
  };
  const std::vector<std::string> en_heads = {
      "",
      "up to ",
      "Up to ",
      "at most ",
      "as many as ",
      "as much as ",
      "no more than ",
      "not more than ",
      "a maximum of ",
      "more than ",
      "over ",
      "just over ",
      "well over ",
      "in excess of ",
      "upwards of ",
      "at least ",
      "no fewer than ",
      "no less than ",
      "not less than ",
      "a minimum of ",
      "fewer than ",
      "less than ",
      "under ",
      "just under ",
      "below ",
      "about ",
      "around ",
      "nearly ",
      "almost ",
      "some ",
      "roughly ",
      "approximately ",
      "an estimated ",
      "close to ",
      "between 2 and ",
      "from 3 to ",
      "2,000-",
      "5 to ",
  };

  std::string en;
  for (const std::string& head : en_heads) {
    for (const std::string& n : en_numbers) en += head + n + " troops, ";
  }
  en += "tens of thousands of troops, several hundred thousand, a thousand or so, dozens.";
  CHECK(CheckRoundTrip(en, Lang::kEn, 50) > 300);
}

// Random strings over the vocabulary of the patterns: whatever the patterns
// accept, the parser must read.
TEST_CASE("numbers.yaml: random phrases round-trip", "[numbers_yaml]") {
  const std::vector<std::string> vocab = {
      "deux",  "trois", "quatre",   "vingt",    "vingts",   "dix",      "sept",     "soixante",
      "onze",  "cent",  "cents",    "mille",    "million",  "millions", "milliard", "un",
      "une",   "et",    "de",       "d'",       "à",        "a",        "entre",    "plus",
      "moins", "des",   "milliers", "dizaines", "centaine", "jusqu'à",  "environ",  "près",
      "5",     "000",   "1,5",      "2 000",    "5.000",    "5,000",    "k",        "-",
      "one",   "two",   "twenty",   "hundred",  "thousand", "and",      "half",     "dozen",
      "up",    "to",    "between",  "from",     "or",       "so",       "of",       "tens",
      "about", "more",  "than",     "several",  "few",      "1.5",      "0",        "12",
      "bn",    "m",     "tn",       "as",       "much",     "2.1bn",    "500m",     "K",
  };
  const std::vector<std::string> joins = {" ", " ", " ", "-", ""};
  uint64_t state = 0x2545F4914F6CDD1DULL;  // xorshift: same strings on every platform
  auto next = [&state](size_t n) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<size_t>(state % n);
  };
  size_t checked = 0;
  for (int i = 0; i < 2500; ++i) {
    std::string s = vocab[next(vocab.size())];
    for (size_t k = next(6); k > 0; --k) s += joins[next(joins.size())] + vocab[next(vocab.size())];
    for (Lang lang : kLangs) checked += CheckRoundTrip(s, lang, 80);
  }
  CHECK(checked > 1000);
}

}  // namespace
}  // namespace factlint
