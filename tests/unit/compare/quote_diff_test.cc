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

TEST_CASE("the last word of a quote changed, the other quote going on, is a variant") {
  auto a = AlignQuotes("We are still hearing voices under the debris",
                       "We are still hearing voices under the rubble. Our priority now is to get "
                       "everyone out alive.");
  CHECK(a.is_variant);
  CHECK(a.substituted == 1);
  CHECK(a.diff.find("[-debris-] {+rubble.+}") != std::string::npos);
  // The same at the start of a quote.
  auto b = AlignQuotes("Rescuers are still hearing voices under the debris",
                       "We are still hearing voices under the debris");
  CHECK(b.is_variant);
  CHECK(b.diff.find("[-Rescuers-] {+We+}") != std::string::npos);
}

TEST_CASE("a quote that stops where the other goes on is abridged, not changed") {
  auto a = AlignQuotes("We are still hearing voices", "We are still hearing voices under the debris");
  CHECK_FALSE(a.is_variant);
  CHECK(a.substituted == 0);
}

TEST_CASE("empty quotes align to nothing") {
  auto a = AlignQuotes("", "something said");
  CHECK_FALSE(a.is_variant);
  CHECK(a.matched == 0);
}
