// ContextWords: the folded words of a claim's sentence outside its value, the
// same whether the sentence is plain ASCII or not.
#include <catch2/catch.hpp>

#include "extract/claim_context.h"

using namespace factlint;

TEST_CASE("Context words are folded, outside the value, sorted and unique", "[context]") {
  const std::string en =
      "The Pentagon SAID 3,000 troops\twould deploy to Poland, the Pentagon said.";
  const size_t vb = en.find("3,000"), ve = vb + 5;
  CHECK(ContextWords(en, vb, ve) ==
        std::vector<std::string>{"deploy", "pentagon", "poland", "said", "the", "troops", "would"});
  const std::string fr = "L'ÉTAT-MAJOR a envoyé 3 000 soldats en Pologne.";
  const size_t fb = fr.find("3 000"), fe = fb + 5;
  CHECK(ContextWords(fr, fb, fe) ==
        std::vector<std::string>{"envoye", "etat", "major", "pologne", "soldats"});
}
