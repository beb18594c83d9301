#include "report/html_writer.h"

#include <catch2/catch.hpp>
#include <sstream>

#include "report_fixture.h"

using namespace factlint;
using namespace factlint::testing;

namespace {

std::string Render(const Report& r) {
  std::ostringstream out;
  WriteHtml(r, HtmlOptions{"0.1.0"}, out);
  return out.str();
}

size_t Count(const std::string& s, const std::string& what) {
  size_t n = 0;
  for (size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("html: one self-contained page with the counts on <body>") {
  const std::string html = Render(SeedLikeReport());
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("<body data-findings=\"2\" data-corroborated=\"1\" data-suppressed=\"2\" "
                  "data-stale=\"1\">") != std::string::npos);
  CHECK(html.find("2 findings suppressed by the baseline, 1 stale baseline entry") !=
        std::string::npos);
  CHECK(Count(html, "<article class=\"finding ") == 2);
  // Nothing is loaded from anywhere and nothing runs.
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=") == std::string::npos);
  CHECK(html.find("http:") == std::string::npos);
  CHECK(html.find("https:") == std::string::npos);
  CHECK(html.find("//") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  CHECK(html.find("default-src 'none'") != std::string::npos);
  CHECK(Count(html, "<style>") == 1);
  // How the article readers tell a report from an article.
  CHECK(html.find("<meta name=\"generator\" content=\"factlint 0.1.0\">") != std::string::npos);
  std::ostringstream unversioned;
  WriteHtml(SeedLikeReport(), HtmlOptions{}, unversioned);
  CHECK(unversioned.str().find("<meta name=\"generator\" content=\"factlint\">") !=
        std::string::npos);
}

TEST_CASE("html: the summary counts findings by kind and severity") {
  const std::string html = Render(SeedLikeReport());
  CHECK(html.find("<tr data-kind=\"conflict\"><td>conflict</td><td class=\"num\">1</td>") !=
        std::string::npos);
  CHECK(html.find("<tr data-kind=\"quote-variant\"><td>quote-variant</td><td class=\"num "
                  "zero\">0</td><td class=\"num\">1</td>") != std::string::npos);
  CHECK(html.find("suppressed by the baseline</td><td class=\"num\" colspan=\"4\">2</td>") !=
        std::string::npos);
}

TEST_CASE("html: every source's sentence side by side with the value marked") {
  const std::string html = Render(SeedLikeReport());
  CHECK(html.find("déploiement de <mark>3 000</mark> soldats en Europe de l&#39;Est") !=
        std::string::npos);
  CHECK(html.find("Joe Biden enverra <mark>2 000</mark> soldats") != std::string::npos);
  CHECK(html.find("<span class=\"source\">express</span> · <span class=\"loc\">"
                  "stories/ukraine/002.md:19:19</span>") != std::string::npos);
  CHECK(html.find("Words changed: une réponse rapide, <del>ferme</del> <ins>sévère</ins> et "
                  "unifiée") != std::string::npos);
}

TEST_CASE("html: corroborated facts are a table with how many sources") {
  const std::string html = Render(SeedLikeReport());
  CHECK(html.find("<tr data-finding=\"9999aaaabbbbcccc\"><td>troops.alert</td><td>[8500, 8500] "
                  "soldier</td><td>8 500</td><td class=\"num\">2</td><td>express, "
                  "lemonde</td></tr>") != std::string::npos);
}

TEST_CASE("html: findings are grouped by story, stories in name order") {
  Report r = SeedLikeReport();
  Finding other = r.findings[0];
  other.id = "2222222222222222";
  for (Claim& c : other.claims) c.story = "grève-sncf";
  r.findings.push_back(other);
  const std::string html = Render(r);
  const size_t sncf = html.find("data-story=\"grève-sncf\" data-findings=\"1\"");
  const size_t ukraine = html.find("data-story=\"ukraine-2022\" data-findings=\"2\"");
  REQUIRE(sncf != std::string::npos);
  REQUIRE(ukraine != std::string::npos);
  CHECK(sncf < ukraine);
  CHECK(html.find("1 story") == std::string::npos);
  CHECK(html.find("2 stories") != std::string::npos);
}

TEST_CASE("html: article text, outlets and stories are escaped everywhere") {
  Report r = SeedLikeReport();
  for (Finding& f : r.findings) {
    for (Claim& c : f.claims) {
      c.story = "</style><script>alert('story')</script>";
      c.source = "\"><img src=x onerror=alert(1)>";
    }
  }
  Claim& c = r.findings[0].claims[1];
  c.sentence = "Joe Biden enverra 2 000 soldats en Europe de l'Est <script>alert(1)</script> "
               "</style><style>body{display:none}</style>";
  r.findings[0].message = "<b onmouseover=alert(1)>sources disagree</b>";
  const std::string html = Render(r);
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b ") == std::string::npos);
  CHECK(Count(html, "<style>") == 1);
  CHECK(Count(html, "</style>") == 1);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(html.find("data-story=\"&lt;/style&gt;&lt;script&gt;alert(&#39;story&#39;)") !=
        std::string::npos);
}

TEST_CASE("html: an empty report says there was nothing to compare") {
  Report r;
  r.articles = 1;
  const std::string html = Render(r);
  CHECK(html.find("data-findings=\"0\"") != std::string::npos);
  CHECK(html.find("nothing to compare") != std::string::npos);
}
