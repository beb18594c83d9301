// TryExtractClaimsBatch gives each article exactly what TryExtractClaims gives
// it alone, whatever the batch holds (French and English mixed, an article of
// unknown language, an article whose pattern cannot compile).
#include <algorithm>
#include <catch2/catch.hpp>

#include "extract/extractor.h"
#include "fixture_articles.h"
#include "rules/rule_loader.h"
#include "text/language.h"

using namespace factlint;

namespace {

// Every article of the evaluation stories, read whole, its language detected.
std::vector<Article> EvalArticles() {
  return testing::FixtureArticles("fixtures/eval", "2024-03-04");
}

std::string Describe(const std::vector<Claim>& claims) {
  std::string out;
  for (const Claim& c : claims) {
    out += c.rule_id + " " + std::to_string(c.begin) + "-" + std::to_string(c.end) + " " +
           c.value_text + " | " + std::string(ModalityName(c.modality)) + " " + c.cue + " |";
    for (const auto& [field, value] : c.key_parts) out += " " + field + "=" + value;
    for (const std::string& w : c.context) out += " " + w;
    out += "\n";
  }
  return out;
}

Article Fr(std::string id, const std::string& text) {
  Article a;
  a.meta.id = std::move(id);
  a.meta.path = a.meta.id + ".txt";
  a.meta.lang = Lang::kFr;
  a.meta.published = "2024-03-04";
  a.text = TextMap::Build(text, a.meta.path).value();
  return a;
}

}  // namespace

TEST_CASE("A batch of articles gets the claims each article gets alone", "[batch]") {
  Diagnostics errors;
  std::optional<RulePack> pack =
      LoadRulePack({FACTLINT_SOURCE_DIR "/rules"}, &errors, nullptr, RulePackOptions{.lazy = true});
  REQUIRE(pack.has_value());
  std::vector<Article> articles = EvalArticles();
  REQUIRE(articles.size() > 40);
  articles.push_back(Fr("unknown", "Sans langue : 12 000 manifestants à Paris."));
  articles.back().meta.lang = Lang::kUnknown;
  std::swap(articles.back(), articles[articles.size() / 2]);
  const bool mixed = std::any_of(articles.begin(), articles.end(),
                                 [](const Article& a) { return a.meta.lang == Lang::kEn; }) &&
                     std::any_of(articles.begin(), articles.end(),
                                 [](const Article& a) { return a.meta.lang == Lang::kFr; });
  REQUIRE(mixed);

  std::vector<std::string> alone;
  size_t claims = 0;
  for (const Article& a : articles) {
    Result<std::vector<Claim>> c = TryExtractClaims(*pack, a);
    REQUIRE(c.ok());
    claims += c->size();
    alone.push_back(Describe(*c));
  }
  CHECK(claims > 300);
  CHECK(alone[articles.size() / 2].empty());  // the article of unknown language

  std::vector<const Article*> all;
  for (const Article& a : articles) all.push_back(&a);
  std::vector<Result<std::vector<Claim>>> batch = TryExtractClaimsBatch(*pack, all);
  REQUIRE(batch.size() == articles.size());
  for (size_t i = 0; i < articles.size(); ++i) {
    INFO(articles[i].meta.path);
    REQUIRE(batch[i].ok());
    CHECK(Describe(*batch[i]) == alone[i]);
  }
  // Reversed, in a smaller batch: still each article's own claims.
  std::vector<const Article*> some(all.rbegin(), all.rbegin() + 7);
  batch = TryExtractClaimsBatch(*pack, some);
  for (size_t i = 0; i < some.size(); ++i) {
    REQUIRE(batch[i].ok());
    CHECK(Describe(*batch[i]) == alone[articles.size() - 1 - i]);
  }
  CHECK(TryExtractClaimsBatch(*pack, {}).empty());
}

TEST_CASE("In a batch, a pattern that cannot compile fails only the articles that need it",
          "[batch]") {
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
  - id: crowd
    description: d
    language: fr
    slot: crowd
    value: {type: quote}
    patterns: ['"(?P<quote>[^"]+)"']
    examples: {match: [{text: x}]}
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
  Article quiet = Fr("quiet", "Le maire a dit \"rien de neuf\" hier.");
  Article troops = Fr("troops", "Des soldats partout, \"dit-il\".");
  Article after = Fr("after", "Elle a répondu \"plus tard\".");
  std::vector<Result<std::vector<Claim>>> batch =
      TryExtractClaimsBatch(*pack, {&quiet, &troops, &after});
  REQUIRE(batch.size() == 3);
  REQUIRE(batch[0].ok());
  REQUIRE(batch[0]->size() == 1);
  CHECK(batch[0]->front().value_text == "rien de neuf");
  REQUIRE_FALSE(batch[1].ok());
  CHECK(batch[1].status().ToString().find("pattern of rule 'huge' is too large") !=
        std::string::npos);
  CHECK(TryExtractClaims(*pack, troops).status().ToString() == batch[1].status().ToString());
  REQUIRE(batch[2].ok());
  REQUIRE(batch[2]->size() == 1);
  CHECK(batch[2]->front().value_text == "plus tard");
}
