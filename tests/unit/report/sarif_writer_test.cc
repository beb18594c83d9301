#include "report/sarif_writer.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "compare/fingerprint.h"
#include "report_fixture.h"

using namespace factlint;
using namespace factlint::testing;

namespace {

nlohmann::json Render(const Report& r, const std::string& base_dir = "/work/newsroom") {
  std::ostringstream out;
  WriteSarif(r, SarifOptions{"0.1.0", base_dir}, out);
  return nlohmann::json::parse(out.str());
}

}  // namespace

TEST_CASE("sarif: one result per finding, corroborated facts only counted") {
  const nlohmann::json j = Render(SeedLikeReport());
  CHECK(j["version"] == "2.1.0");
  REQUIRE(j["runs"].size() == 1);
  const auto& run = j["runs"][0];
  CHECK(run["columnKind"] == "unicodeCodePoints");
  REQUIRE(run["results"].size() == 2);
  CHECK(run["properties"]["findings"]["corroborated"] == 1);
  CHECK(run["properties"]["suppressed"] == 2);
  CHECK(run["properties"]["stale"] == 1);
  CHECK(run["results"][0]["level"] == "error");
  CHECK(run["results"][1]["level"] == "warning");
  CHECK(run["results"][0]["message"]["text"].get<std::string>().rfind(
            "conflict: sources disagree on troops.deployed", 0) == 0);
}

TEST_CASE("sarif: rules are listed with their description and default level") {
  const nlohmann::json j = Render(SeedLikeReport());
  const auto& run = j["runs"][0];
  const auto& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 2);  // the corroborated fact's rule names no result
  CHECK(rules[0]["id"] == "quote.fr");
  CHECK(rules[0]["defaultConfiguration"]["level"] == "warning");
  CHECK(rules[1]["id"] == "troops.deployed.fr");
  CHECK(rules[1]["shortDescription"]["text"] == "Soldats qu'un pays envoie vers une région");
  for (const auto& result : run["results"]) {
    CHECK(rules[result["ruleIndex"].get<size_t>()]["id"] == result["ruleId"]);
  }
}

TEST_CASE("sarif: the primary claim is the location, the others related") {
  const nlohmann::json j = Render(SeedLikeReport());
  const auto& result = j["runs"][0]["results"][0];
  const auto& loc = result["locations"][0]["physicalLocation"];
  CHECK(loc["artifactLocation"]["uri"] == "stories/ukraine/001.txt");
  CHECK(loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%");
  // "Crise en Ukraine : les États-Unis annoncent le déploiement de " is 62 code
  // points (É and é are one each), so the match starts at column 63.
  CHECK(loc["region"]["startLine"] == 1);
  CHECK(loc["region"]["startColumn"] == 63);
  CHECK(loc["region"]["endLine"] == 1);
  CHECK(loc["region"]["endColumn"] == 63 + 32);  // "3 000 soldats en Europe de l'Est"
  CHECK(loc["region"]["snippet"]["text"] == "3 000 soldats en Europe de l'Est");
  REQUIRE(result["relatedLocations"].size() == 1);
  const auto& related = result["relatedLocations"][0];
  CHECK(related["physicalLocation"]["artifactLocation"]["uri"] == "stories/ukraine/002.md");
  CHECK(related["physicalLocation"]["region"]["startLine"] == 19);
  CHECK(related["message"]["text"] == "express: \"2 000\" = [2000, 2000] soldier, stated");
}

TEST_CASE("sarif: a match over two lines ends on the second") {
  Report r = SeedLikeReport();
  Claim& c = r.findings[0].claims[0];
  c.text = "3 000 soldats\nen Europe de l'Est";
  const nlohmann::json j = Render(r);
  const auto& region = j["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
  CHECK(region["endLine"] == 2);
  CHECK(region["endColumn"] == 1 + 18);
}

TEST_CASE("sarif: partial fingerprints are the baseline's finding fingerprints") {
  const Report r = SeedLikeReport();
  const nlohmann::json j = Render(r);
  const auto& results = j["runs"][0]["results"];
  CHECK(results[0]["partialFingerprints"]["factlintFinding/v1"] ==
        FindingFingerprint(r.findings[0]));
  CHECK(results[1]["partialFingerprints"]["factlintFinding/v1"] ==
        FindingFingerprint(r.findings[1]));
  CHECK(results[0]["partialFingerprints"] != results[1]["partialFingerprints"]);
}

TEST_CASE("sarif: a quote's related location gives the words") {
  const nlohmann::json j = Render(SeedLikeReport());
  const auto& result = j["runs"][0]["results"][1];
  CHECK(result["relatedLocations"][0]["message"]["text"] ==
        "rtbf: \"une réponse rapide, sévère et unifiée\" (quote, stated)");
  CHECK(result["properties"]["diff"] == "une réponse rapide, [-ferme-] {+sévère+} et unifiée");
}

TEST_CASE("sarif: artifact URIs are relative and percent-encoded") {
  bool relative = false;
  CHECK(ArtifactUri("stories/ukraine/001.txt", "/work/newsroom", &relative) ==
        "stories/ukraine/001.txt");
  CHECK(relative);
  CHECK(ArtifactUri("./stories/001.txt", "/work/newsroom", &relative) == "stories/001.txt");
  CHECK(ArtifactUri("/work/newsroom/stories/001.txt", "/work/newsroom/", &relative) ==
        "stories/001.txt");
  CHECK(relative);
  CHECK(ArtifactUri("/work/newsroom2/001.txt", "/work/newsroom", &relative) ==
        "file:///work/newsroom2/001.txt");
  CHECK_FALSE(relative);
  CHECK(ArtifactUri("grève SNCF/dépêche #2.md", "/x", &relative) ==
        "gr%C3%A8ve%20SNCF/d%C3%A9p%C3%AAche%20%232.md");
}

TEST_CASE("sarif: an empty report is still a valid run") {
  Report r;
  r.articles = 1;
  const nlohmann::json j = Render(r);
  const auto& run = j["runs"][0];
  CHECK(run["results"].empty());
  CHECK(run["tool"]["driver"]["rules"].empty());
  CHECK(run["tool"]["driver"]["name"] == "factlint");
}
