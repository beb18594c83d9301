// libFuzzer target: the whole pipeline on arbitrary article text, with the shipped rule pack.
//
//   scripts/fuzz 600 extract_fuzz
//
// FACTLINT_FUZZ_RULES=DIR fuzzes with another rule pack. The input is one or two .txt articles (split at the first NUL byte, which no article may
// hold) of one story; the first byte sets their language (French or English) so that every
// input reaches the rules. Claims are extracted, compared, and rendered as json and text.
// Checks: every claim's span lies inside its article and its text is the exact original
// bytes there; every finding cites at least one claim; the json report parses back.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "compare/compare.h"
#include "extract/extractor.h"
#include "input/article_reader.h"
#include "report/json_writer.h"
#include "report/text_writer.h"
#include "rules/rule_loader.h"

#ifndef FACTLINT_SOURCE_DIR
#define FACTLINT_SOURCE_DIR "."
#endif

namespace {

using namespace factlint;

void Check(bool condition) {
  if (!condition) std::abort();
}

// The shipped pack, or the one FACTLINT_FUZZ_RULES names.
const RulePack& Pack() {
  static const RulePack* pack = [] {
    const char* dir = std::getenv("FACTLINT_FUZZ_RULES");
    const std::string rules = dir != nullptr ? dir : std::string(FACTLINT_SOURCE_DIR) + "/rules";
    Diagnostics errors;
    std::optional<RulePack> loaded = LoadRulePack({rules}, &errors);
    if (!loaded) {
      std::fprintf(stderr, "extract_fuzz: the rule pack %s does not load:\n", rules.c_str());
      for (const Status& e : errors) std::fprintf(stderr, "%s\n", e.ToString().c_str());
      std::exit(2);
    }
    return new RulePack(std::move(*loaded));
  }();
  return *pack;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  Pack();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const Lang lang = (data[0] & 1) != 0 ? Lang::kEn : Lang::kFr;
  const std::string rest(reinterpret_cast<const char*>(data + 1), size - 1);
  const size_t nul = rest.find('\0');
  std::vector<std::string> texts = {rest.substr(0, nul)};
  if (nul != std::string::npos) texts.push_back(rest.substr(nul + 1));

  std::vector<Article> articles;
  for (size_t i = 0; i < texts.size(); ++i) {
    Result<Article> a = ParseArticle("story/" + std::to_string(i) + ".txt", texts[i], {});
    if (!a.ok()) continue;
    a->meta.lang = lang;
    articles.push_back(std::move(a).value());
  }
  std::vector<Claim> claims;
  for (const Article& a : articles) {
    for (Claim& c : ExtractClaims(Pack(), a)) {
      const std::string& original = a.text.original();
      Check(c.begin <= c.end && c.end <= original.size());
      Check(c.text == original.substr(c.begin, c.end - c.begin));
      Check(c.loc.line >= 1 && c.loc.column >= 1);
      claims.push_back(std::move(c));
    }
  }
  Report report;
  report.articles = articles.size();
  report.claims = claims.size();
  report.findings = CompareClaims(claims, Pack());
  for (const Finding& f : report.findings) Check(!f.claims.empty());

  std::ostringstream json_out, text_out;
  WriteJson(report, json_out);
  Check(nlohmann::json::accept(json_out.str()));
  WriteText(report, TextOptions{false}, text_out);
  return 0;
}
