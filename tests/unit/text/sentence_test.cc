#include "text/sentence.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace factlint {
namespace {

// Every sentence of `text`, in order, as Around reports it.
std::vector<std::string> Sentences(std::string_view text) {
  SentenceIndex index(text);
  std::vector<std::string> out;
  size_t offset = 0;
  while (offset < text.size()) {
    auto [b, e] = index.Around(offset);
    if (e > b && (out.empty() || text.substr(b, e - b) != out.back())) {
      out.emplace_back(text.substr(b, e - b));
    }
    offset = std::max(offset + 1, e);
  }
  return out;
}

using Catch::Matchers::Equals;

TEST_CASE("sentences end at . ! ? before a capital letter or digit", "[sentence]") {
  CHECK_THAT(Sentences("Biden a parlé. Poutine a répondu! Et après? 3 000 soldats partent."),
             Equals(std::vector<std::string>{"Biden a parlé.", "Poutine a répondu!", "Et après?",
                                             "3 000 soldats partent."}));
}

TEST_CASE("a period before a lowercase word or inside a number does not end a sentence",
          "[sentence]") {
  CHECK(SentenceIndex("Il y avait 5.000 soldats, etc. et encore 1.5 million.").size() == 1);
}

TEST_CASE("initials and titles do not end a sentence", "[sentence]") {
  CHECK_THAT(
      Sentences("M. Biden a parlé à J. Smith et à Mme. Dupont. Dr. Who a appelé St. "
                "Louis. The U.S. Army said so."),
      Equals(std::vector<std::string>{"M. Biden a parlé à J. Smith et à Mme. Dupont.",
                                      "Dr. Who a appelé St. Louis.", "The U.S. Army said so."}));
}

TEST_CASE("a.m. and p.m. before a capital do not end a sentence", "[sentence]") {
  CHECK_THAT(Sentences("Brandt walked in at 3:15 p.m. Saturday and began firing. Police came."),
             Equals(std::vector<std::string>{
                 "Brandt walked in at 3:15 p.m. Saturday and began firing.", "Police came."}));
}

TEST_CASE("a line break ends a sentence, blank lines are skipped", "[sentence]") {
  CHECK_THAT(Sentences("Joe Biden envisage d'envoyer 5 000 soldats\n\nLe président a parlé"),
             Equals(std::vector<std::string>{"Joe Biden envisage d'envoyer 5 000 soldats",
                                             "Le président a parlé"}));
}

TEST_CASE("a closing quote stays with its sentence", "[sentence][quotes]") {
  CHECK_THAT(Sentences("Blinken a promis \" une réponse rapide. \" Le Kremlin dément."),
             Equals(std::vector<std::string>{"Blinken a promis \" une réponse rapide. \"",
                                             "Le Kremlin dément."}));
  CHECK_THAT(Sentences("He said \"We are ready.\" The Pentagon agreed."),
             Equals(std::vector<std::string>{"He said \"We are ready.\"", "The Pentagon agreed."}));
}

TEST_CASE("an opening quote starts a new sentence", "[sentence][quotes]") {
  CHECK_THAT(Sentences("Blinken a parlé. \" Une réponse rapide \", a-t-il dit."),
             Equals(std::vector<std::string>{"Blinken a parlé.",
                                             "\" Une réponse rapide \", a-t-il dit."}));
}

TEST_CASE("sentences may start with an accented capital", "[sentence]") {
  CHECK(SentenceIndex("Biden a parlé. États-Unis et Europe sont d'accord.").size() == 2);
}

TEST_CASE("Around returns the trimmed sentence holding an offset", "[sentence]") {
  const std::string text = "  Première phrase.  Deuxième phrase ici.\n";
  SentenceIndex index(text);
  auto [b, e] = index.Around(text.find("phrase ici"));
  CHECK(text.substr(b, e - b) == "Deuxième phrase ici.");
  auto [b0, e0] = index.Around(0);
  CHECK(text.substr(b0, e0 - b0) == "Première phrase.");
  auto [b9, e9] = index.Around(10000);
  CHECK(text.substr(b9, e9 - b9) == "Deuxième phrase ici.");
}

TEST_CASE("empty and blank texts have no sentences", "[sentence]") {
  CHECK(SentenceIndex("").size() == 0);
  CHECK(SentenceIndex(" \n \n").size() == 0);
  auto [b, e] = SentenceIndex("").Around(0);
  CHECK(b == 0);
  CHECK(e == 0);
}

}  // namespace
}  // namespace factlint
