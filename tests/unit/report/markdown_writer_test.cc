#include "report/markdown_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "report_fixture.h"

using namespace factlint;
using namespace factlint::testing;

namespace {

std::string Render(const Report& r, size_t max_bytes = 65000) {
  std::ostringstream out;
  WriteMarkdown(r, MarkdownOptions{max_bytes}, out);
  return out.str();
}

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

// Whether `c` occurs without a backslash before it.
bool HasUnescaped(const std::string& s, char c) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
      continue;
    }
    if (s[i] == c) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("markdown: a summary line and a table of counts come first") {
  const std::string md = Render(SeedLikeReport());
  CHECK(md.rfind("### factlint: 1 conflict, 1 quote variant\n\n", 0) == 0);
  CHECK(md.find("4 articles, 23 claims, 1 corroborated fact, 2 findings suppressed by the "
                "baseline, 1 stale baseline entry (no finding matches them any more).") !=
        std::string::npos);
  CHECK(md.find("| kind | count |\n|---|---:|\n| conflict | 1 |\n| discrepancy | 0 |\n") !=
        std::string::npos);
  CHECK(md.find("| suppressed by the baseline | 2 |") != std::string::npos);
}

TEST_CASE("markdown: one section per finding, sentences quoted, values in bold") {
  const std::string md = Render(SeedLikeReport());
  CHECK(Count(md, "\n#### ") == 3);  // two findings and the corroborated table
  CHECK(md.find("#### 1. conflict (error): troops\\.deployed \\(region\\=EU\\-EAST\\)") !=
        std::string::npos);
  CHECK(md.find("> Crise en Ukraine \\: les États\\-Unis annoncent le déploiement de **3 000** "
                "soldats en Europe de l'Est pour rassurer leurs alliés\\.\n") != std::string::npos);
  CHECK(md.find("> Joe Biden enverra **2 000** soldats") != std::string::npos);
  CHECK(md.find("> — **express**, stories/ukraine/002\\.md\\:19\\:1") != std::string::npos);
}

TEST_CASE("markdown: a quote variant shows the words that changed") {
  const std::string md = Render(SeedLikeReport());
  CHECK(md.find("Words changed: une réponse rapide, ~~ferme~~ **sévère** et unifiée") !=
        std::string::npos);
}

TEST_CASE("markdown: corroborated facts are a table with how many sources") {
  const std::string md = Render(SeedLikeReport());
  CHECK(md.find("#### Corroborated facts\n\n| fact | value | sources |") != std::string::npos);
  CHECK(md.find("| troops\\.alert | \\[8500, 8500\\] soldier | 2 |") != std::string::npos);
}

TEST_CASE("markdown: a long report is cut under the limit with a note") {
  Report r = SeedLikeReport();
  const Finding conflict = r.findings[0];
  for (int i = 0; i < 600; ++i) r.findings.insert(r.findings.begin(), conflict);
  const std::string md = Render(r);
  CHECK(md.size() < 65000);
  CHECK(md.rfind("### factlint: 601 conflicts, 1 quote variant", 0) == 0);
  const size_t shown = Count(md, "\n#### ");
  CHECK(shown > 50);
  CHECK(shown < 602);
  CHECK(md.find("**Truncated** to fit a review comment: " + std::to_string(602 - shown) +
                " findings not shown and the table of corroborated facts.") != std::string::npos);
}

TEST_CASE("markdown: a tiny limit still gives the summary and the note") {
  const std::string md = Render(SeedLikeReport(), 1000);
  CHECK(md.find("| conflict | 1 |") != std::string::npos);
  CHECK(md.find("2 findings not shown and the table of corroborated facts.") != std::string::npos);
  CHECK(md.find("#### 1.") == std::string::npos);
}

TEST_CASE("markdown: article text cannot inject links, images, HTML or mentions") {
  Report r = SeedLikeReport();
  Claim& c = r.findings[0].claims[1];
  c.sentence = "Joe Biden enverra 2 000 soldats en Europe de l'Est <script>alert(1)</script> "
               "![pixel](https://evil.example/p.png) [source](https://evil.example) @redaction";
  c.source = "\"><img src=x onerror=alert(1)>";
  const std::string md = Render(r);
  CHECK_FALSE(HasUnescaped(md, '<'));
  CHECK_FALSE(HasUnescaped(md, '['));
  CHECK_FALSE(HasUnescaped(md, '!'));
  CHECK(md.find("https://") == std::string::npos);
  CHECK(md.find(" @redaction") == std::string::npos);
  CHECK(md.find("\\<script\\>alert\\(1\\)\\</script\\>") != std::string::npos);
}

TEST_CASE("markdown: issue references and mentions in article text link nowhere") {
  Report r = SeedLikeReport();
  Claim& c = r.findings[0].claims[0];
  c.sentence = "Les États-Unis enverront 3 000 soldats (voir GH-123, #456 et !789) a dit @porte-parole.";
  c.source = "le-soir GH-9";
  r.findings[0].message = "troops GH-77 ~12";
  const std::string md = Render(r);
  for (const char* linked : {"GH-123", "GH-9", "GH-77", "#456", "!789", "@porte", "~12"}) {
    INFO(linked);
    CHECK(md.find(linked) == std::string::npos);
  }
  CHECK(md.find("GH\xE2\x80\x8B\\-123") != std::string::npos);
  CHECK(md.find("\\#\xE2\x80\x8B" "456") != std::string::npos);
  CHECK(md.find("\\@\xE2\x80\x8Bporte") != std::string::npos);
}
