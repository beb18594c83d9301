// RelateClasses gives what a comparison of every pair of claims gives.
#include "compare/class_pair.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

using namespace factlint;

namespace {

// The pair-by-pair definition (compare/class_pair.h).
ClassPairFacts PairByPair(const std::vector<ClaimFacts>& facts, const std::vector<size_t>& a,
                          const std::vector<size_t>& b) {
  ClassPairFacts out;
  for (size_t i : a) {
    for (size_t j : b) {
      const ClaimFacts& x = facts[i];
      const ClaimFacts& y = facts[j];
      const bool sources_differ = !x.source.empty() && !y.source.empty() && x.source != y.source;
      if (x.article == y.article) {
        const bool same_sentence = !x.sentence.empty() && x.sentence == y.sentence;
        if ((x.begin == y.begin || !same_sentence) && !sources_differ)
          out.internal.insert(std::string(x.article));
        continue;
      }
      out.cross = true;
      if (x.modality == y.modality || !x.hedgeable) out.shared_modality = true;
      if (!sources_differ) out.same_source = true;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("RelateClasses: two outlets, one figure each", "[class_pair]") {
  // "3 000 soldats" (Le Monde) against "5 000 soldats" (AFP, « pourraient »).
  std::vector<ClaimFacts> facts(2);
  facts[0].article = "lemonde";
  facts[0].sentence = "Washington envoie 3 000 soldats.";
  facts[1].article = "afp";
  facts[1].sentence = "Jusqu'à 5 000 soldats pourraient être envoyés.";
  facts[1].modality = Modality::kPlanned;
  ClassPairFacts f = RelateClasses(facts, {0}, {1});
  CHECK(f.cross);
  CHECK_FALSE(f.shared_modality);
  CHECK(f.same_source);
  CHECK(f.internal.empty());
  facts[0].hedgeable = false;  // a place or an office: "could" does not hedge it
  CHECK(RelateClasses(facts, {0}, {1}).shared_modality);
  // Police against organizers: the sources differ.
  facts[0].source = "POLICE";
  facts[1].source = "ORGANIZERS";
  CHECK_FALSE(RelateClasses(facts, {0}, {1}).same_source);
}

TEST_CASE("RelateClasses: one article, one sentence or two", "[class_pair]") {
  std::vector<ClaimFacts> facts(3);
  const std::string one = "12 000 manifestants selon la police, 40 000 selon la CGT.";
  for (ClaimFacts& f : facts) f.article = "ouest-france";
  facts[0].sentence = one;
  facts[0].begin = 0;
  facts[1].sentence = one;
  facts[1].begin = 37;
  // Two figures in one sentence contrast two things.
  CHECK(RelateClasses(facts, {0}, {1}).internal.empty());
  // In two sentences they contradict each other...
  facts[2].sentence = "Ils étaient 40 000 dans la rue.";
  facts[2].begin = 120;
  CHECK(RelateClasses(facts, {0}, {1, 2}).internal.count("ouest-france") == 1);
  // ...unless two different sources give them.
  facts[0].source = "POLICE";
  facts[2].source = "UNIONS";
  CHECK(RelateClasses(facts, {0}, {1, 2}).internal.empty());
  // One match read twice ("Friday, May 16") contradicts itself, in one sentence.
  facts[1].begin = 0;
  CHECK(RelateClasses(facts, {0}, {1}).internal.count("ouest-france") == 1);
}

TEST_CASE("RelateClasses agrees with the pair-by-pair definition", "[class_pair]") {
  std::mt19937 rng(11);
  const std::vector<std::string> articles = {"a1", "a2", "a3"};
  const std::vector<std::string> sentences = {"", "S1.", "S2.", "S3."};
  const std::vector<std::string> sources = {"", "", "POLICE", "ORGANIZERS"};
  const std::vector<Modality> modalities = {Modality::kStated, Modality::kPlanned,
                                            Modality::kReported};
  for (int round = 0; round < 2000; ++round) {
    const size_t n = 2 + rng() % 9;
    std::vector<ClaimFacts> facts(n);
    std::vector<size_t> a, b;
    for (size_t k = 0; k < n; ++k) {
      facts[k].article = articles[rng() % articles.size()];
      facts[k].sentence = sentences[rng() % sentences.size()];
      facts[k].source = sources[rng() % sources.size()];
      facts[k].begin = rng() % 4;
      facts[k].modality = modalities[rng() % modalities.size()];
      facts[k].hedgeable = rng() % 3 != 0;
      (k == 0 || (k > 1 && rng() % 2) ? a : b).push_back(k);
    }
    const ClassPairFacts fast = RelateClasses(facts, a, b);
    const ClassPairFacts slow = PairByPair(facts, a, b);
    INFO("round " << round);
    CHECK(fast.cross == slow.cross);
    CHECK(fast.shared_modality == slow.shared_modality);
    CHECK(fast.same_source == slow.same_source);
    CHECK(fast.internal == slow.internal);
  }
}
