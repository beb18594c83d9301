#include "compare/quote_diff.h"

#include <catch2/catch.hpp>

using factlint::AlignQuotes;

TEST_CASE("a short quote found inside a long one with one word changed is a variant") {
  auto a = AlignQuotes("Une réponse rapide, ferme et unifiée",
                       "si une seule force russe envahit l'Ukraine, cela entraînera une réponse "
                       "rapide, sévère et unifiée de notre part");
  CHECK(a.is_variant);
  CHECK(a.substituted == 1);
  CHECK(a.matched == 5);
  CHECK(a.diff.find("[-ferme-] {+sévère+}") != std::string::npos);
}

TEST_CASE("case and accents do not make a variant") {
  auto a = AlignQuotes("Nous avons été clairs avec Moscou", "nous avons ete clairs avec moscou");
  CHECK_FALSE(a.is_variant);
  CHECK(a.is_identical);
}

TEST_CASE("an abridged quote (words left out, none replaced) is not a variant") {
  auto a = AlignQuotes("accueillie avec une réponse sévère et unie",
                       "Elle se heurtera à une réponse rapide, sévère et unie de la part des "
                       "États-Unis");
  CHECK_FALSE(a.is_variant);
  CHECK(a.substituted == 0);
  CHECK(a.gaps >= 1);
}

TEST_CASE("English: one word replaced in a minister's promise") {
  auto a = AlignQuotes("We will rebuild every home that was lost, whatever it costs",
                       "We will rebuild every house that was lost, whatever it costs");
  CHECK(a.is_variant);
  CHECK(a.diff.find("[-home-] {+house+}") != std::string::npos);
}

TEST_CASE("unrelated quotes that share function words are not variants") {
  auto a = AlignQuotes("Il est important d'envoyer le signal fort à M. Poutine",
                       "Les forces russes ne sont pas prêtes à attaquer le pays");
  CHECK_FALSE(a.is_variant);
}

TEST_CASE("too many substitutions is a different quote, not a variant") {
  auto a = AlignQuotes("the army will leave the city by Friday night",
                       "the police could enter the town before Monday morning");
  CHECK_FALSE(a.is_variant);
}

TEST_CASE("empty quotes align to nothing") {
  auto a = AlignQuotes("", "something said");
  CHECK_FALSE(a.is_variant);
  CHECK(a.matched == 0);
}

TEST_CASE("a changed last word where one quote ends is where the shared words end") {
  // The seed story's agreement: « d'aide mortelle » (000) and « d'aide létale » (004) say the
  // same thing and must not be flagged (PRODUCT.md §4).
  auto a = AlignQuotes("près de 200 000 livres d'aide mortelle",
                       "comprend près de 200 000 livres d'aide létale, y compris des munitions");
  CHECK_FALSE(a.is_variant);
  CHECK(a.substituted == 0);
}
