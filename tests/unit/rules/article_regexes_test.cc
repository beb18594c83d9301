// Narrowed patterns (rules/article_regexes.h, rules/gazetteer_alternation.h,
// rules/match_fold.h) find exactly what the full patterns find: every match
// and every capture, over hand-picked texts, every rule example and fixture of
// the shipped pack and a generated corpus slice.
#include "rules/article_regexes.h"

#include <re2/re2.h>
#include <utf8proc.h>
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "rules/alias_regex.h"
#include "rules/class_narrowing.h"
#include "rules/gazetteer.h"
#include "rules/gazetteer_alternation.h"
#include "rules/match_fold.h"
#include "rules/rule_loader.h"
#include "text/text_map.h"
#include "rules_test_util.h"

namespace factlint {
namespace {

std::string Utf8(int32_t cp) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<size_t>(n));
}

// Every match of `re` in `text` as the extractor walks it (from each match's
// start + 1, and from its end), with the spans of all groups.
std::vector<std::string> Walk(const RE2& re, const std::string& text) {
  std::vector<std::string> out;
  const int n = re.NumberOfCapturingGroups() + 1;
  std::vector<re2::StringPiece> g(static_cast<size_t>(n));
  auto spans = [&] {
    std::string s;
    for (const re2::StringPiece& p : g) {
      s += p.data() == nullptr ? "-" : std::to_string(p.data() - text.data()) + ":" +
                                           std::to_string(p.size());
      s += ' ';
    }
    return s;
  };
  size_t pos = 0;
  while (pos <= text.size() && re.Match(text, pos, text.size(), RE2::UNANCHORED, g.data(), n)) {
    size_t b = static_cast<size_t>(g[0].data() - text.data());
    size_t e = b + g[0].size();
    out.push_back(spans());
    if (e > b && re.Match(text, e, text.size(), RE2::UNANCHORED, g.data(), n)) {
      out.push_back("from end " + spans());
    }
    pos = b + 1;
  }
  return out;
}

Gazetteer Places() {
  Gazetteer g("places");
  g.Add({"FR-SD", "", {"Saint", "Saint-Denis", "Saint-Denis-de-la-Réunion"}, {}});
  g.Add({"US", "", {"US", "États-Unis", "United States", "U.S."}, {}});
  g.Add({"CI", "", {"Côte d’Ivoire", "Cote d'Ivoire"}, {}});
  g.Add({"UA-KH", "", {"Kharkiv", "Kharkov"}, {}});
  g.Add({"NICE", "", {"Nice"}, {}});
  g.Add({"DE", "", {"Allemagne", "Germany"}, {}});
  return g;
}

}  // namespace

TEST_CASE("FoldForMatch folds case, accents, apostrophes, dashes and spaces", "[narrowing]") {
  CHECK(FoldForMatch("Les ÉTATS-UNIS et l’Ukraine") == "les etats-unis et l'ukraine");
  CHECK(FoldForMatch("Kharkiv\u00a0\n  et\u202fla") == "kharkiv et la");
  CHECK(FoldForMatch("Saint\u2011Denis") == "saint-denis");
  CHECK(FoldForMatch("CÔTE D`IVOIRE") == "cote d'ivoire");
}

// The property narrowing rests on, checked code point by code point: whatever
// a one-character alias regex accepts (accent family, RE2's case folding)
// folds like the alias character. Every character of the shipped gazetteers,
// against every code point of the Basic Multilingual Plane.
TEST_CASE("Whatever an alias character's regex matches folds like it (shipped gazetteers)",
          "[narrowing]") {
  Diagnostics errors;
  std::optional<RulePack> pack = LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &errors, nullptr,
                                               RulePackOptions{.lazy = true});
  REQUIRE(pack.has_value());
  std::set<std::string> chars;
  for (const auto& [name, gazetteer] : pack->gazetteers()) {
    for (const auto& [alias, regex] : gazetteer.AliasAlternatives()) {
      for (size_t i = 0; i < alias.size();) {
        utf8proc_int32_t cp = 0;
        utf8proc_ssize_t n = utf8proc_iterate(
            reinterpret_cast<const utf8proc_uint8_t*>(alias.data() + i),
            static_cast<utf8proc_ssize_t>(alias.size() - i), &cp);
        REQUIRE(n > 0);
        chars.insert(alias.substr(i, static_cast<size_t>(n)));
        i += static_cast<size_t>(n);
      }
    }
  }
  REQUIRE(chars.size() > 40);
  std::string all;  // every BMP code point but NUL and surrogates
  for (int32_t cp = 1; cp < 0x10000; ++cp) {
    if (cp < 0xD800 || cp > 0xDFFF) all += Utf8(cp);
  }
  size_t checked = 0;
  for (const std::string& ch : chars) {
    std::string body = AliasRegex(ch);
    if (body.empty() || body == " +") continue;  // white space: folds to a space run
    for (const std::string& regex : {body, "(?i:" + body + ")"}) {
      RE2 re(regex, RE2::Options());
      REQUIRE(re.ok());
      re2::StringPiece rest(all);
      re2::StringPiece hit;
      RE2 find("(" + regex + ")");
      while (RE2::FindAndConsume(&rest, find, &hit)) {
        INFO("alias character '" << ch << "' regex " << regex << " matches '" << hit << "'");
        CHECK(FoldForMatch(std::string(hit)) == FoldForMatch(ch));
        ++checked;
      }
    }
  }
  CHECK(checked > 200);
}

TEST_CASE("A narrowed alternation keeps the aliases a text may hold, in order", "[narrowing]") {
  GazetteerAlternation places(Places());
  CHECK(places.pattern() == Places().AliasPattern());
  const std::vector<std::string> texts = {
      // A prefix of another alias ("Saint" of "Saint-Denis").
      "Des renforts sont arrivés à Saint-Denis puis à Saint-Denis-de-la-Réunion.",
      "Saint et Saint-Denis, et encore SAINT-DENIS en capitales.",
      // Case variants; an acronym in lower case is no acronym.
      "Les ÉTATS-UNIS et les etats-unis, les US et us, les U.S.",
      // Apostrophes, normalized or not.
      "Abidjan, en Côte d'Ivoire, et en COTE D’IVOIRE.",
      "Kharkiv et KHARKOV, Nice et une nice journée, Allemagne.",
      // None of the aliases.
      "Le conseil municipal a voté le budget mardi soir sans débat.",
      ""};
  const std::string head = "(?P<lieu>";
  for (const std::string& raw : texts) {
    for (bool normalize : {false, true}) {
      std::string text = raw;
      if (normalize) {
        Result<TextMap> map = TextMap::Build(raw, "t.txt");
        REQUIRE(map.ok());
        text = map->normalized();
      }
      std::vector<uint32_t> kept = places.Occurring(FoldForMatch(text));
      for (const std::string& around :
           {std::string("%s"), std::string("(?:à|en|les|et) %s"), std::string("%s(?:, %s)*")}) {
        auto build = [&](const std::string& alternation) {
          std::string pattern = around;
          for (size_t at = pattern.find("%s"); at != std::string::npos;
               at = pattern.find("%s", at)) {
            pattern.replace(at, 2, head + alternation + ")");
            break;  // one named group; later copies unnamed
          }
          for (size_t at = pattern.find("%s"); at != std::string::npos; at = pattern.find("%s")) {
            pattern.replace(at, 2, alternation);
          }
          return pattern;
        };
        RE2 full(build(places.pattern()));
        RE2 narrowed(build(places.Narrowed(kept)));
        REQUIRE(full.ok());
        REQUIRE(narrowed.ok());
        INFO("text: " << text << "\npattern: " << build(places.Narrowed(kept)));
        CHECK(Walk(narrowed, text) == Walk(full, text));
      }
    }
  }
  CHECK(places.Occurring(FoldForMatch(texts[5])).empty());
  // "Saint" stays with "Saint-Denis": both occur.
  CHECK(places.Occurring(FoldForMatch(texts[0])).size() >= 3);
}

TEST_CASE("Property classes narrow to the text's characters, inside and outside brackets",
          "[narrowing]") {
  TextAlphabet alphabet("Élysée, 5 000 soldats à Kyiv");
  CHECK(NarrowPropertyClasses("(?P<who>\\p{Lu}[\\p{L}'-]+)", &alphabet) ==
        "(?P<who>[KÉ][KadeilostvyÉàé'-]+)");
  CHECK(NarrowPropertyClasses("\\pN+ [^\\p{L}]", &alphabet) == "[05]+ [^KadeilostvyÉàé]");
  // \P and \p{^…}: the text's characters outside the class.
  CHECK(NarrowPropertyClasses("\\P{L}", &alphabet) == "[\\x20\\x2c05]");
  // None of the text's characters: a character the text lacks.
  CHECK(NarrowPropertyClasses("\\p{Greek}", &alphabet) == "[\\x{10fffd}]");
  // An escaped backslash before p is no class; ']' first in a class is a member.
  CHECK(NarrowPropertyClasses("\\\\p{L} []\\p{Lu}]", &alphabet) == "\\\\p{L} []KÉ]");
  // Under (?i) the class is case-folded, and so are its members: every letter
  // of the text with a case is an upper-case letter to (?i)\p{Lu}; the fold
  // ends with its group.
  CHECK(NarrowPropertyClasses("(?i)\\p{Lu}", &alphabet) == "(?i)[KadeilostvyÉàé]");
  CHECK(NarrowPropertyClasses("(?:(?i:\\p{Lu})\\p{Lu})", &alphabet) ==
        "(?:(?i:[KadeilostvyÉàé])[KÉ])");
  CHECK(NarrowPropertyClasses("((?i)a)\\p{Lu}", &alphabet) == "((?i)a)[KÉ]");
  // Flags it does not follow, \Q…\E quotes, unbalanced groups: left alone.
  CHECK_FALSE(NarrowPropertyClasses("(?x)\\p{Lu}", &alphabet).has_value());
  CHECK_FALSE(NarrowPropertyClasses("\\Q\\p{L}\\E", &alphabet).has_value());
  CHECK_FALSE(NarrowPropertyClasses("(\\p{L}", &alphabet).has_value());
  CHECK(NarrowPropertyClasses("(?:a)(?P<x>b)", &alphabet) == "(?:a)(?P<x>b)");
  // What the narrowed class matches in the text is what the class matches.
  for (const std::string& pattern :
       {std::string("\\p{Lu}[\\p{L}'-]+"), std::string("[^\\p{L} ]+"), std::string("\\P{L}+"),
        std::string("(?i:\\p{Lu}+) \\p{Lu}"), std::string("(?i)[^\\p{Ll}]+")}) {
    const std::string text = "Élysée, 5 000 soldats à Kyiv";
    TextAlphabet letters(text);
    RE2 full(pattern);
    RE2 narrowed(*NarrowPropertyClasses(pattern, &letters));
    REQUIRE(narrowed.ok());
    CHECK(Walk(narrowed, text) == Walk(full, text));
  }
}

namespace {

std::vector<std::string> ShippedAndCorpusTexts(const RulePack& pack) {
  std::vector<std::string> texts = testing::ShippedTexts(pack);
  namespace fs = std::filesystem;
  // A slice of the benchmark corpus (scripts/bench/gen_corpus.py).
  fs::path corpus = fs::temp_directory_path() /
                    ("factlint-narrowing-" + std::to_string(::getpid()) + ".jsonl");
  std::string command = "/usr/bin/python3 '" FACTLINT_SOURCE_DIR
                        "/scripts/bench/gen_corpus.py' --mb 0.15 --seed 11 --out '" +
                        corpus.string() + "'";
  REQUIRE(std::system(command.c_str()) == 0);
  std::ifstream in(corpus);
  std::string line;
  size_t articles = 0;
  while (std::getline(in, line)) {
    texts.push_back(YAML::Load(line)["text"].as<std::string>());
    ++articles;
  }
  fs::remove(corpus);
  CHECK(articles > 30);
  return texts;
}

// The shipped pack twice: one narrowing every article it reads, one never.
struct PackPair {
  std::optional<RulePack> narrowed;
  std::optional<RulePack> full;
};

PackPair NarrowedAndFullPacks() {
  Diagnostics errors;
  RulePackOptions narrow{.lazy = true, .narrowed_articles = std::numeric_limits<size_t>::max()};
  RulePackOptions whole{.lazy = true, .narrowed_articles = 0};
  PackPair packs;
  packs.narrowed = LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &errors, nullptr, narrow);
  packs.full = LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &errors, nullptr, whole);
  REQUIRE(packs.narrowed.has_value());
  REQUIRE(packs.full.has_value());
  return packs;
}

// Calls fn(text, regexes) for each normalized text of ShippedAndCorpusTexts, with the
// narrowed pack's regexes for it.
template <typename Fn>
void ForEachText(const RulePack& narrowed, const RulePack& full, Fn fn) {
  std::vector<std::string> texts = ShippedAndCorpusTexts(full);
  REQUIRE(texts.size() > 200);
  for (const std::string& raw : texts) {
    Result<TextMap> map = TextMap::Build(raw, "t.txt");
    if (!map.ok()) continue;
    ArticleRegexes regexes(narrowed, map->normalized());
    REQUIRE(regexes.narrowing());
    fn(map->normalized(), regexes);
  }
}

}  // namespace

TEST_CASE("Narrowed patterns find what the full patterns find (shipped pack, examples, "
          "fixtures, generated corpus)",
          "[narrowing]") {
  PackPair packs = NarrowedAndFullPacks();
  std::optional<RulePack>& narrowed_pack = packs.narrowed;
  std::optional<RulePack>& full_pack = packs.full;
  size_t compared = 0, matches = 0;
  ForEachText(*narrowed_pack, *full_pack, [&](const std::string& text, ArticleRegexes& regexes) {
    for (Lang lang : kRuleLanguages) {
      for (const RulePack::SelectedRule& s : full_pack->SelectPatterns(lang, text)) {
        for (size_t p : s.patterns) {
          const CompiledPattern& full = full_pack->rules()[s.rule].patterns[p];
          const CompiledPattern& pattern = narrowed_pack->rules()[s.rule].patterns[p];
          Status error;
          const RE2* re = regexes.Get(pattern, &error);
          REQUIRE(re != nullptr);
          REQUIRE(full.regex() != nullptr);
          CHECK(re->NamedCapturingGroups() == full.regex()->NamedCapturingGroups());
          std::vector<std::string> got = Walk(*re, text);
          INFO(full_pack->rules()[s.rule].rule.id << " pattern " << p << " on: "
                                                  << text.substr(0, 300));
          CHECK(got == Walk(*full.regex(), text));
          matches += got.size();
          ++compared;
        }
      }
    }
  });
  CHECK(compared > 500);
  CHECK(matches > 100);
  // The narrowed pack never compiled a full pattern with a gazetteer, and ran
  // patterns with property classes narrowed too.
  size_t full_compiled = 0, class_narrowed = 0;
  for (const CompiledRule& rule : narrowed_pack->rules()) {
    for (const CompiledPattern& pattern : rule.patterns) {
      if (!pattern.re) continue;
      full_compiled += !pattern.gazetteers.empty() && pattern.re->compiled();
      class_narrowed += pattern.gazetteers.empty() && HasPropertyClass(pattern.expanded) &&
                        !pattern.re->compiled();
    }
  }
  CHECK(class_narrowed > 10);
  CHECK(full_compiled == 0);
}

TEST_CASE("Narrowed modality cues find what the full cues find (shipped pack, examples, "
          "fixtures, generated corpus)",
          "[narrowing]") {
  PackPair packs = NarrowedAndFullPacks();
  std::optional<RulePack>& narrowed_pack = packs.narrowed;
  std::optional<RulePack>& full_pack = packs.full;
  // Each distinct cue alternation once: {narrowed pack's, full pack's}.
  std::vector<std::pair<const LazyRegex*, const LazyRegex*>> cues;
  std::set<std::string> seen;
  for (size_t r = 0; r < full_pack->rules().size(); ++r) {
    for (const auto& [which, full] : full_pack->rules()[r].cues) {
      if (!full || !seen.insert(full->pattern()).second) continue;
      cues.emplace_back(narrowed_pack->rules()[r].cues.at(which).get(), full.get());
    }
  }
  REQUIRE(cues.size() >= 4);
  size_t narrowed = 0, matches = 0;
  ForEachText(*narrowed_pack, *full_pack, [&](const std::string& text, ArticleRegexes& regexes) {
    for (const auto& [cue, full] : cues) {
      Status error;
      const RE2* re = regexes.GetCue(*cue, &error);
      REQUIRE(re != nullptr);
      REQUIRE(full->Get() != nullptr);
      narrowed += re->pattern() != full->pattern();
      std::vector<std::string> got = Walk(*re, text);
      INFO(full->what() << " on: " << text.substr(0, 300));
      CHECK(got == Walk(*full->Get(), text));
      matches += got.size();
    }
  });
  CHECK(matches > 100);
  CHECK(narrowed > 100);
  // The narrowed pack never compiled a cue with a property class in full.
  for (const auto& [cue, full] : cues) {
    if (HasPropertyClass(cue->pattern())) CHECK_FALSE(cue->compiled());
  }
}

TEST_CASE("Only the first articles of a run narrow, and never with an eager pack",
          "[narrowing]") {
  Diagnostics errors;
  std::optional<RulePack> lazy = LoadRulePack(
      {FACTLINT_SOURCE_DIR "/rules"}, &errors, nullptr,
      RulePackOptions{.lazy = true, .narrowed_articles = 2});
  REQUIRE(lazy.has_value());
  const std::string text = "Les troupes partiront de Kharkiv.";
  CHECK(ArticleRegexes(*lazy, text).narrowing());
  CHECK(ArticleRegexes(*lazy, text).narrowing());
  CHECK_FALSE(ArticleRegexes(*lazy, text).narrowing());
}

}  // namespace factlint

namespace factlint {

// A full pattern that might be too large for RE2 must fail when first needed,
// as without narrowing: patterns that repeat a gazetteer or many property
// classes under counts run in full; others narrow.
TEST_CASE("Patterns that might be too large in full are not narrowed", "[narrowing]") {
  const std::string yaml = R"yaml(gazetteer: towns
entries:
  PARIS: {aliases: [Paris]}
  LYON: {aliases: [Lyon]}
rules:
  - id: many-classes
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['soldats (?P<quote>(?:\p{Lu}\p{L}+ ){0,60})']
    examples: {match: [{text: x}]}
  - id: repeated-gazetteer
    description: d
    language: fr
    slot: t
    value: {type: quote}
    patterns: ['soldats (?P<quote>(?:{gaz:towns} ){0,4})']
    examples: {match: [{text: x}]}
  - id: narrowed
    description: d
    language: fr
    slot: u
    value: {type: quote}
    patterns: ['soldats à (?P<quote>{gaz:towns}(?: \p{Lu}\p{L}+){0,3})']
    examples: {match: [{text: x}]}
)yaml";
  Diagnostics errors;
  std::optional<RulePack> pack = BuildRulePack(
      {{"t.yaml", yaml}}, &errors, nullptr,
      RulePackOptions{.lazy = true, .narrowed_articles = 10});
  for (const Status& e : errors) INFO(e.ToString());
  REQUIRE(pack.has_value());
  const std::string text = "Des soldats à Lyon Nord et des soldats Paris Lyon.";
  ArticleRegexes regexes(*pack, text);
  REQUIRE(regexes.narrowing());
  auto compiled_in_full = [&](std::string_view id) {
    const CompiledPattern& p = pack->FindRule(id)->patterns.front();
    Status error;
    REQUIRE(regexes.Get(p, &error) != nullptr);
    return p.re->compiled();
  };
  CHECK(compiled_in_full("many-classes"));
  CHECK(compiled_in_full("repeated-gazetteer"));
  CHECK_FALSE(compiled_in_full("narrowed"));
}

}  // namespace factlint
