#include "text/language.h"

#include <catch2/catch.hpp>
#include <string>

namespace factlint {
namespace {

TEST_CASE("French news text is detected as French", "[language]") {
  CHECK(DetectLanguage("Le secrétaire d’État américain Antony Blinken a prévenu que toute "
                       "incursion russe en Ukraine entraînerait une réponse « rapide, sévère "
                       "et unie ».") == Lang::kFr);
  CHECK(DetectLanguage("Joe Biden envisage d'envoyer jusqu'à 5 000 soldats en Europe de "
                       "l'Est par crainte d'une invasion russe.") == Lang::kFr);
}

TEST_CASE("English news text is detected as English", "[language]") {
  CHECK(DetectLanguage("The Pentagon said on Wednesday that 2,000 soldiers from Fort Bragg "
                       "would be deployed to Poland and Germany, and that the 31-year-old "
                       "captain was ready.") == Lang::kEn);
}

TEST_CASE("detection ignores case", "[language]") {
  CHECK(DetectLanguage("LE PRÉSIDENT A ANNONCÉ QUE LES TROUPES SONT EN ROUTE POUR LA "
                       "POLOGNE.") == Lang::kFr);
  CHECK(DetectLanguage("THE TROOPS WERE SENT TO POLAND BY THE PRESIDENT.") == Lang::kEn);
}

TEST_CASE("garbage, numbers and very short texts are unknown", "[language]") {
  CHECK(DetectLanguage("") == Lang::kUnknown);
  CHECK(DetectLanguage("1234 5678 ### !!! 😀😀") == Lang::kUnknown);
  CHECK(DetectLanguage("xkcd qwzr plmn vbty") == Lang::kUnknown);
  CHECK(DetectLanguage("Le président") == Lang::kUnknown);  // one hit is not enough
  CHECK(DetectLanguage("\xFF\xFE garbage \xC0") == Lang::kUnknown);
}

TEST_CASE("a text mixing both languages evenly is unknown", "[language]") {
  // 4 English hits (the, of, the, and) against 4 French ones (les, de, la, et).
  CHECK(DetectLanguage("the troops of the army and les soldats de la armée et") == Lang::kUnknown);
  // 3 against 1 passes the 1.5 ratio; 3 against 3 does not.
  CHECK(DetectLanguage("the troops of the army, les soldats") == Lang::kEn);
  CHECK(DetectLanguage("the troops of the army, les soldats de la") == Lang::kUnknown);
}

TEST_CASE("only the first 20 KB count", "[language]") {
  std::string text;
  while (text.size() < 30 * 1024) text += "The troops were sent to the east. ";
  for (int i = 0; i < 2000; ++i) text += "Les soldats sont dans la ville et le pays. ";
  CHECK(DetectLanguage(text) == Lang::kEn);
}

}  // namespace
}  // namespace factlint
