// A lazily loaded pack (patterns compiled on first use, chosen by the
// prefilter) gives exactly the claims of an eagerly loaded one, article by
// article and from several threads at once; a pattern that cannot compile is
// an error of TryExtractClaims.
#include <algorithm>
#include <set>
#include <thread>

#include <catch2/catch.hpp>

#include "extract/extractor.h"
#include "fixture_articles.h"
#include "rules/rule_loader.h"
#include "text/language.h"

using namespace factlint;

namespace {

RulePack Shipped(bool lazy) {
  Diagnostics errors;
  std::optional<RulePack> pack = LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &errors, nullptr,
                                              RulePackOptions{.lazy = lazy});
  for (const Status& e : errors) INFO(e.ToString());
  REQUIRE(pack.has_value());
  return std::move(*pack);
}

// Every article of fixtures/, read whole, its language detected.
std::vector<Article> FixtureArticles() {
  return testing::FixtureArticles("fixtures", "2022-02-03");
}

std::string Describe(const std::vector<Claim>& claims) {
  std::string out;
  for (const Claim& c : claims) {
    out += c.rule_id + " " + c.slot + " " + std::to_string(c.begin) + "-" +
           std::to_string(c.end) + " " + c.text + " | " + c.value_text + " | " +
           std::string(ModalityName(c.modality)) + " | " + c.cue + " | " + c.sentence;
    for (const auto& [field, value] : c.key_parts) out += " " + field + "=" + value;
    out += "\n";
  }
  return out;
}

}  // namespace

TEST_CASE("A lazy pack extracts the same claims as an eager one (fixtures)", "[lazy]") {
  RulePack eager = Shipped(false);
  RulePack lazy = Shipped(true);
  std::vector<Article> articles = FixtureArticles();
  REQUIRE(articles.size() > 20);
  std::vector<std::string> expected;
  size_t claims = 0;
  for (const Article& a : articles) {
    std::vector<Claim> want = ExtractClaims(eager, a);
    claims += want.size();
    expected.push_back(Describe(want));
  }
  CHECK(claims > 100);
  // Two threads race through the articles from both ends, compiling as they go.
  std::vector<std::string> got(articles.size());
  std::vector<std::string> failures(articles.size());
  auto run = [&](bool forward) {
    for (size_t k = 0; k < articles.size(); ++k) {
      size_t i = forward ? k : articles.size() - 1 - k;
      Result<std::vector<Claim>> c = TryExtractClaims(lazy, articles[i]);
      if (c.ok()) {
        got[i] = Describe(*c);
      } else {
        failures[i] = c.status().ToString();
      }
    }
  };
  std::thread other(run, false);
  run(true);
  other.join();
  for (size_t i = 0; i < articles.size(); ++i) {
    INFO(articles[i].meta.path);
    CHECK(failures[i].empty());
    CHECK(got[i] == expected[i]);
  }
  // And the prefilter spared it compiling patterns no article needed.
  size_t compiled = 0, total = 0;
  for (const CompiledRule& rule : lazy.rules()) {
    for (const CompiledPattern& p : rule.patterns) {
      ++total;
      compiled += p.re->compiled() ? 1 : 0;
    }
  }
  CHECK(compiled < total);
}

TEST_CASE("A French article compiles no English pattern", "[lazy]") {
  RulePack lazy = Shipped(true);
  Article a;
  a.meta.id = "a";
  a.meta.path = "a.txt";
  a.meta.lang = Lang::kFr;
  a.text = TextMap::Build("Le Pentagone enverra 3 000 soldats en Pologne, a annoncé le ministre.",
                          "a.txt")
               .value();
  Result<std::vector<Claim>> claims = TryExtractClaims(lazy, a);
  REQUIRE(claims.ok());
  CHECK_FALSE(claims->empty());
  // (A pattern that reads the same in both languages is one regex.)
  std::set<const LazyRegex*> french;
  for (const CompiledRule& rule : lazy.rules()) {
    for (const CompiledPattern& p : rule.patterns) {
      if (p.lang == Lang::kFr) french.insert(p.re.get());
    }
  }
  for (const CompiledRule& rule : lazy.rules()) {
    for (const CompiledPattern& p : rule.patterns) {
      if (p.lang == Lang::kEn && french.count(p.re.get()) == 0) {
        INFO(rule.rule.id);
        CHECK_FALSE(p.re->compiled());
      }
    }
  }
}

TEST_CASE("TryExtractClaims reports a pattern that cannot compile when needed", "[lazy]") {
  std::string entries;
  for (int i = 0; i < 1000; ++i) {
    std::string name;
    uint32_t x = static_cast<uint32_t>(i) * 2654435761u + 12345u;
    for (int k = 0; k < 12; ++k, x = x * 1103515245u + 12345u) {
      name += static_cast<char>('a' + (x >> 16) % 26);
    }
    entries += "  ID" + std::to_string(i) + ": {aliases: [" + name + "]}\n";
  }
  const std::string yaml = "gazetteer: big\nentries:\n" + entries + R"yaml(rules:
  - id: huge
    description: d
    language: fr
    slot: s
    value: {type: quote}
    patterns: ['soldats (?P<quote>(?:{gaz:big} ){0,1000})']
    examples: {match: [{text: x}]}
)yaml";
  Diagnostics errors;
  std::optional<RulePack> pack =
      BuildRulePack({{"t.yaml", yaml}}, &errors, nullptr, RulePackOptions{.lazy = true});
  REQUIRE(pack.has_value());
  Article a;
  a.meta.id = "a";
  a.meta.path = "a.txt";
  a.meta.lang = Lang::kFr;
  a.text = TextMap::Build("Aucun chiffre ici.", "a.txt").value();
  // The prefilter rules it out: nothing to compile, nothing to report.
  CHECK(TryExtractClaims(*pack, a).ok());
  a.text = TextMap::Build("Des soldats partout.", "a.txt").value();
  Result<std::vector<Claim>> claims = TryExtractClaims(*pack, a);
  REQUIRE_FALSE(claims.ok());
  const std::string message = claims.status().ToString();
  CHECK(message.rfind("t.yaml:", 0) == 0);
  CHECK(message.find(": error: pattern of rule 'huge' is too large: RE2 cannot compile it within "
                     "64 MiB") != std::string::npos);
}
