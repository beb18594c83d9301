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


TEST_CASE("ClipSentence keeps a news sentence whole", "[sentence][clip]") {
  const std::string text =
      "Le Pentagone a annoncé mercredi l'envoi de 3 000 soldats supplémentaires en Pologne "
      "et en Roumanie, selon un communiqué.";
  const size_t mb = text.find("3 000");
  auto [b, e] = ClipSentence(text, 0, text.size(), mb, mb + 13);
  CHECK(b == 0);
  CHECK(e == text.size());
}

TEST_CASE("ClipSentence cuts a sentence of many kilobytes at white space near the match",
          "[sentence][clip]") {
  std::string text;
  while (text.size() < 20000) text += "12 soldats, ";
  text += "13 soldats";
  const size_t mb = 10008;  // "12 soldats" somewhere in the middle
  REQUIRE(text.substr(mb, 10) == "12 soldats");
  auto [b, e] = ClipSentence(text, 0, text.size(), mb, mb + 10);
  CHECK(b <= mb);
  CHECK(e >= mb + 10);
  CHECK(mb - b <= kSentenceReach);
  CHECK(e - (mb + 10) <= kSentenceReach);
  CHECK(mb - b > kSentenceReach - 20);  // no more cut than a word
  // Whole words: the window starts after white space and ends before it.
  CHECK(text[b - 1] == ' ');
  CHECK(text[b] != ' ');
  CHECK(text[e] == ' ');
  CHECK(text[e - 1] != ' ');
  // A match at the start of the sentence keeps the start.
  auto [b0, e0] = ClipSentence(text, 0, text.size(), 0, 10);
  CHECK(b0 == 0);
  CHECK(e0 <= 10 + kSentenceReach);
  // A match outside [sb, se) is clamped into it; an empty sentence stays empty.
  auto [b1, e1] = ClipSentence(text, 100, 200, 0, 5);
  CHECK(b1 == 100);
  CHECK(e1 == 200);
  auto [b2, e2] = ClipSentence("", 0, 0, 0, 0);
  CHECK(b2 == 0);
  CHECK(e2 == 0);
  // No white space within reach: the window shrinks to the match rather than cut a word.
  const std::string word(5000, 'a');
  auto [b3, e3] = ClipSentence(word, 0, word.size(), 2000, 2010, 100);
  CHECK(b3 == 2000);
  CHECK(e3 == 2010);
}

}  // namespace
}  // namespace factlint
