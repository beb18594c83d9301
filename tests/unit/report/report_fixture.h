// A small report shaped like the seed story's, for the writer tests.
#ifndef FACTLINT_TESTS_UNIT_REPORT_REPORT_FIXTURE_H_
#define FACTLINT_TESTS_UNIT_REPORT_REPORT_FIXTURE_H_

#include <string>

#include "report/report.h"

namespace factlint::testing {

// A claim whose value sits inside its sentence, the way extraction reports it.
inline Claim SentenceClaim(const std::string& outlet, const std::string& file, int line,
                           const std::string& sentence, const std::string& match,
                           const std::string& value_text) {
  Claim c;
  c.rule_id = "troops.deployed.fr";
  c.slot = "troops.deployed";
  c.key_parts = {{"region", "EU-EAST"}};
  c.article_id = outlet + "-1";
  c.source = outlet;
  c.story = "ukraine-2022";
  // A match longer than its sentence (a quote over several sentences) starts with it.
  const size_t found = sentence.find(match);
  const size_t at = found == std::string::npos ? 0 : found;
  int column = 1;
  for (size_t i = 0; i < at; ++i) {
    if ((static_cast<unsigned char>(sentence[i]) & 0xC0) != 0x80) ++column;
  }
  c.loc = {file, line, column};
  c.begin = at;
  c.end = at + match.size();
  c.text = match;
  c.value_text = value_text;
  c.sentence = sentence;
  c.excerpt = sentence;
  return c;
}

inline Claim Troops(const std::string& outlet, const std::string& file, int line,
                    const std::string& sentence, const std::string& value_text, double v,
                    Modality modality = Modality::kStated) {
  const std::string match = value_text + " soldats en Europe de l'Est";
  Claim c = SentenceClaim(outlet, file, line, sentence, match, value_text);
  c.value.kind = ValueKind::kQuantity;
  c.value.unit = "soldier";
  c.value.quantity.interval = Interval::Exact(v);
  c.modality = modality;
  return c;
}

inline Finding TroopsConflict() {
  Finding f;
  f.id = "1a2b3c4d5e6f7081";
  f.kind = FindingKind::kConflict;
  f.severity = Severity::kError;
  f.rule_id = "troops.deployed.fr";
  f.slot = "troops.deployed";
  f.key = "troops.deployed|region=EU-EAST";
  f.message =
      "sources disagree on troops.deployed (region=EU-EAST): \"3 000\" (lemonde) vs \"2 000\" "
      "(express)";
  f.claims = {
      Troops("lemonde", "stories/ukraine/001.txt", 1,
             "Crise en Ukraine : les États-Unis annoncent le déploiement de 3 000 soldats en "
             "Europe de l'Est pour rassurer leurs alliés.",
             "3 000", 3000),
      Troops("express", "stories/ukraine/002.md", 19,
             "Joe Biden enverra 2 000 soldats en Europe de l'Est (Image : Getty)", "2 000", 2000)};
  return f;
}

inline Finding BlinkenQuote() {
  Finding f;
  f.id = "0f0e0d0c0b0a0908";
  f.kind = FindingKind::kQuoteVariant;
  f.severity = Severity::kWarning;
  f.rule_id = "quote.fr";
  f.slot = "quote";
  f.key = "quote|speaker=blinken";
  f.message = "quote worded differently: une réponse rapide, [-ferme-] {+sévère+} et unifiée";
  f.diff = "une réponse rapide, [-ferme-] {+sévère+} et unifiée";
  const char* kHeadline = "« Une réponse rapide, ferme et unifiée »";
  const char* kBody =
      "Antony Blinken a promis « une réponse rapide, sévère et unifiée » si la Russie attaque.";
  Claim a = SentenceClaim("lemonde", "stories/ukraine/000.txt", 15, kHeadline,
                          "« Une réponse rapide, ferme et unifiée »",
                          "Une réponse rapide, ferme et unifiée");
  Claim b = SentenceClaim("rtbf", "stories/ukraine/004.txt", 14, kBody,
                          "« une réponse rapide, sévère et unifiée »",
                          "une réponse rapide, sévère et unifiée");
  for (Claim* c : {&a, &b}) {
    c->rule_id = "quote.fr";
    c->slot = "quote";
    c->key_parts = {{"speaker", "blinken"}};
    c->value.kind = ValueKind::kQuote;
    c->value.quote = c->value_text;
  }
  f.claims = {a, b};
  return f;
}

inline Finding AlertCorroborated() {
  Finding f;
  f.id = "9999aaaabbbbcccc";
  f.kind = FindingKind::kCorroborated;
  f.severity = Severity::kInfo;
  f.rule_id = "troops.alert.fr";
  f.slot = "troops.alert";
  f.key = "troops.alert";
  f.message = "2 sources agree on troops.alert: [8500, 8500] soldier";
  for (const char* outlet : {"lemonde", "express"}) {
    Claim c = SentenceClaim(outlet, std::string("stories/ukraine/") + outlet + ".txt", 10,
                            "Le Pentagone a placé 8 500 soldats en état d'alerte.",
                            "8 500 soldats en état d'alerte", "8 500");
    c.rule_id = "troops.alert.fr";
    c.slot = "troops.alert";
    c.key_parts = {};
    c.value.kind = ValueKind::kQuantity;
    c.value.unit = "soldier";
    c.value.quantity.interval = Interval::Exact(8500);
    f.claims.push_back(c);
  }
  return f;
}

inline Report SeedLikeReport() {
  Report r;
  r.articles = 4;
  r.claims = 23;
  r.findings = {TroopsConflict(), BlinkenQuote(), AlertCorroborated()};
  r.suppressed = 2;
  r.stale = 1;
  r.rules["troops.deployed.fr"] = {"Soldats qu'un pays envoie vers une région", Severity::kError};
  r.rules["quote.fr"] = {"Citation entre guillemets", Severity::kWarning};
  r.rules["troops.alert.fr"] = {"Soldats placés en état d'alerte", Severity::kError};
  return r;
}

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_UNIT_REPORT_REPORT_FIXTURE_H_
