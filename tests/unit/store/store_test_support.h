// Claims as the seed story's articles state them, and temporary store files, for store tests.
#ifndef FACTLINT_TESTS_UNIT_STORE_STORE_TEST_SUPPORT_H_
#define FACTLINT_TESTS_UNIT_STORE_STORE_TEST_SUPPORT_H_

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "extract/claim.h"
#include "text/article.h"

namespace factlint::testing {

inline ArticleMeta Meta(const std::string& id, const std::string& source,
                        const std::string& story = "ukraine-2022") {
  ArticleMeta m;
  m.id = id;
  m.source = source;
  m.story = story;
  m.title = "Crise en Ukraine";
  m.path = "fixtures/" + story + "/" + id + ".txt";
  m.lang = Lang::kFr;
  m.published = "2022-02-02";
  return m;
}

// "les États-Unis annoncent le déploiement de 3 000 soldats en Europe de l'Est"
inline Claim Troops(const ArticleMeta& m, double lo, double hi, Qualifier q, size_t begin,
                    const std::string& written, const std::string& region = "EU-EAST") {
  Claim c;
  c.rule_id = "troops.deployed.fr";
  c.slot = "troops.deployed";
  c.key_parts = {{"region", region}};
  c.value.kind = ValueKind::kQuantity;
  c.value.unit = "soldier";
  c.value.quantity.interval = Interval::Closed(lo, hi);
  c.value.quantity.qualifier = q;
  c.value.quantity.value = hi;
  c.modality = Modality::kStated;
  c.article_id = m.id;
  c.source = m.source;
  c.story = m.story;
  c.loc = {m.path, 3, 42};
  c.begin = begin;
  c.end = begin + written.size() + 8;
  c.text = written + " soldats";
  c.value_text = written;
  c.sentence = "Les États-Unis annoncent le déploiement de " + written +
               " soldats en Europe de l'Est.";
  c.excerpt = c.sentence;
  c.excerpt_column = 42;
  c.excerpt_width = static_cast<int>(c.text.size());
  c.context = {"annoncent", "deploiement", "europe", "est"};
  return c;
}

// "Fort Bragg, en Caroline du Nord"
inline Claim FortBraggState(const ArticleMeta& m, const std::string& state, size_t begin) {
  Claim c;
  c.rule_id = "base.location.fr";
  c.slot = "base.location";
  c.key_parts = {{"base", "fort bragg"}};
  c.value.kind = ValueKind::kCategory;
  c.value.ids = {state};
  c.article_id = m.id;
  c.source = m.source;
  c.story = m.story;
  c.loc = {m.path, 5, 60};
  c.begin = begin;
  c.end = begin + 31;
  c.text = "Fort Bragg, en Caroline du Nord";
  c.value_text = "Caroline du Nord";
  c.sentence = "2 000 soldats américains déployés de Fort Bragg, en Caroline du Nord.";
  c.excerpt = c.sentence;
  c.excerpt_column = 37;
  c.excerpt_width = 31;
  return c;
}

// « rapide, sévère et unie », with the speaker left unnamed (an empty key field).
inline Claim Quote(const ArticleMeta& m, const std::string& words, const std::string& speaker,
                   size_t begin) {
  Claim c;
  c.rule_id = "quote.fr";
  c.slot = "quote";
  c.key_parts = {{"speaker", speaker}};
  c.value.kind = ValueKind::kQuote;
  c.value.quote = words;
  c.article_id = m.id;
  c.source = m.source;
  c.story = m.story;
  c.loc = {m.path, 7, 12};
  c.begin = begin;
  c.end = begin + words.size() + 4;
  c.text = "« " + words + " »";
  c.value_text = words;
  c.sentence = "La réponse sera « " + words + " », a déclaré le ministre.";
  c.excerpt = c.sentence;
  c.excerpt_column = 16;
  c.excerpt_width = static_cast<int>(words.size()) + 4;
  return c;
}

// A fresh path in a fresh temporary folder, removed with the object.
class TempStorePath {
 public:
  TempStorePath() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "factlint-store-XXXXXX").string();
    dir_ = ::mkdtemp(tmpl.data());
    path_ = dir_ + "/published.db";
  }
  ~TempStorePath() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  const std::string& path() const { return path_; }
  const std::string& dir() const { return dir_; }

 private:
  std::string dir_, path_;
};

}  // namespace factlint::testing

#endif  // FACTLINT_TESTS_UNIT_STORE_STORE_TEST_SUPPORT_H_
