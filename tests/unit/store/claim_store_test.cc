#include "store/claim_store.h"

#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <sstream>

#include "store/schema.h"
#include "store_test_support.h"

using namespace factlint;
using namespace factlint::testing;

namespace {

ClaimStore OpenStore(const std::string& path, StoreMode mode) {
  Result<ClaimStore> store = ClaimStore::Open(path, mode);
  if (!store.ok()) FAIL(store.status().ToString());
  return std::move(store).value();
}

void Ingest(ClaimStore& store, const std::vector<std::pair<ArticleMeta, std::vector<Claim>>>& in) {
  Result<StoreWriter> w = store.BeginIngest();
  REQUIRE(w.ok());
  for (const auto& [meta, claims] : in) REQUIRE(w->PutArticle(meta, claims).ok());
  REQUIRE(w->Commit().ok());
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

void RawSql(const std::string& path, const std::string& sql) {
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(path.c_str(), &db) == SQLITE_OK);
  char* msg = nullptr;
  int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &msg);
  std::string error = msg ? msg : "";
  sqlite3_free(msg);
  sqlite3_close(db);
  REQUIRE(error == "");
  REQUIRE(rc == SQLITE_OK);
}

std::vector<std::string> Values(const std::vector<Claim>& claims) {
  std::vector<std::string> out;
  for (const Claim& c : claims) out.push_back(c.article_id + ":" + c.value.ToString());
  return out;
}

}  // namespace

TEST_CASE("ingested claims come back from the store as they went in") {
  TempStorePath tmp;
  ArticleMeta soir = Meta("001_06f0a092c793dd2d", "Le Soir");
  ArticleMeta libre = Meta("002_88f3e815b8c1ef22", "La Libre");
  {
    ClaimStore store = OpenStore(tmp.path(), StoreMode::kWrite);
    Ingest(store, {{soir, {Troops(soir, 3000, 3000, Qualifier::kExact, 61, "3 000"),
                           FortBraggState(soir, "US-NC", 700)}},
                   {libre, {Troops(libre, 2000, 2000, Qualifier::kExact, 0, "2 000")}}});
  }
  ClaimStore store = OpenStore(tmp.path(), StoreMode::kRead);
  Result<std::vector<Claim>> claims = store.ClaimsOfStory("ukraine-2022");
  REQUIRE(claims.ok());
  CHECK(Values(*claims) == std::vector<std::string>{"001_06f0a092c793dd2d:[3000, 3000] soldier",
                                                    "001_06f0a092c793dd2d:US-NC",
                                                    "002_88f3e815b8c1ef22:[2000, 2000] soldier"});
  CHECK((*claims)[0].source == "Le Soir");
  CHECK((*claims)[0].sentence ==
        "Les États-Unis annoncent le déploiement de 3 000 soldats en Europe de l'Est.");
  CHECK((*claims)[0].loc.ToString() == "fixtures/ukraine-2022/001_06f0a092c793dd2d.txt:3:42");

  Result<StoreStats> stats = store.Stats();
  REQUIRE(stats.ok());
  CHECK(stats->schema_version == kStoreSchemaVersion);
  CHECK(stats->articles == 2);
  CHECK(stats->claims == 3);
  REQUIRE(stats->stories.size() == 1);
  CHECK(stats->stories[0].name == "ukraine-2022");
  CHECK(stats->stories[0].keys == 2);
}

TEST_CASE("re-ingesting an article replaces its claims; other stories keep theirs") {
  TempStorePath tmp;
  ArticleMeta v1 = Meta("002_88f3e815b8c1ef22", "La Libre");
  ArticleMeta other = Meta("002_88f3e815b8c1ef22", "La Libre", "greve-sncf");
  ClaimStore store = OpenStore(tmp.path(), StoreMode::kWrite);
  Ingest(store, {{v1, {Troops(v1, 2000, 2000, Qualifier::kExact, 0, "2 000"),
                       FortBraggState(v1, "US-SC", 900)}},
                 {other, {Troops(other, 150, 150, Qualifier::kExact, 30, "150")}}});
  // The corrected version: Caroline du Nord, and the figure is gone.
  ArticleMeta v2 = v1;
  v2.title = "Biden envoie des soldats (corrigé)";
  Ingest(store, {{v2, {FortBraggState(v2, "US-NC", 880)}}});

  Result<std::vector<Claim>> claims = store.ClaimsOfStory("ukraine-2022");
  REQUIRE(claims.ok());
  CHECK(Values(*claims) == std::vector<std::string>{"002_88f3e815b8c1ef22:US-NC"});
  Result<std::vector<Claim>> kept = store.ClaimsOfStory("greve-sncf");
  REQUIRE(kept.ok());
  CHECK(Values(*kept) == std::vector<std::string>{"002_88f3e815b8c1ef22:[150, 150] soldier"});
  Result<StoreStats> stats = store.Stats();
  REQUIRE(stats.ok());
  CHECK(stats->articles == 2);
  CHECK(stats->claims == 2);
}

TEST_CASE("an ingest that is not committed leaves nothing behind") {
  TempStorePath tmp;
  ArticleMeta soir = Meta("001_06f0a092c793dd2d", "Le Soir");
  ClaimStore store = OpenStore(tmp.path(), StoreMode::kWrite);
  Ingest(store, {{soir, {Troops(soir, 3000, 3000, Qualifier::kExact, 61, "3 000")}}});
  {
    Result<StoreWriter> w = store.BeginIngest();
    REQUIRE(w.ok());
    REQUIRE(w->PutArticle(soir, {Troops(soir, 9000, 9000, Qualifier::kExact, 61, "9 000")}).ok());
    ArticleMeta libre = Meta("002_88f3e815b8c1ef22", "La Libre");
    REQUIRE(w->PutArticle(libre, {}).ok());
  }  // destroyed without Commit()
  Result<std::vector<Claim>> claims = store.ClaimsOfStory("ukraine-2022");
  REQUIRE(claims.ok());
  CHECK(Values(*claims) == std::vector<std::string>{"001_06f0a092c793dd2d:[3000, 3000] soldier"});
  CHECK(store.Stats()->articles == 1);
}

TEST_CASE("a claim filed under another article is refused") {
  TempStorePath tmp;
  ArticleMeta soir = Meta("001_06f0a092c793dd2d", "Le Soir");
  ArticleMeta libre = Meta("002_88f3e815b8c1ef22", "La Libre");
  ClaimStore store = OpenStore(tmp.path(), StoreMode::kWrite);
  Result<StoreWriter> w = store.BeginIngest();
  REQUIRE(w.ok());
  CHECK_FALSE(w->PutArticle(soir, {Troops(libre, 2000, 2000, Qualifier::kExact, 0, "2 000")}).ok());
}

TEST_CASE("the store runs in WAL mode with the current schema version") {
  TempStorePath tmp;
  { OpenStore(tmp.path(), StoreMode::kWrite); }
  sqlite3* db = nullptr;
  REQUIRE(sqlite3_open(tmp.path().c_str(), &db) == SQLITE_OK);
  sqlite3_stmt* st = nullptr;
  REQUIRE(sqlite3_prepare_v2(db, "PRAGMA journal_mode", -1, &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, 0))) == "wal");
  sqlite3_finalize(st);
  REQUIRE(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK);
  REQUIRE(sqlite3_step(st) == SQLITE_ROW);
  CHECK(sqlite3_column_int(st, 0) == kStoreSchemaVersion);
  sqlite3_finalize(st);
  sqlite3_close(db);
}

TEST_CASE("reading a missing or empty store is an error; writing creates it") {
  TempStorePath tmp;
  Result<ClaimStore> missing = ClaimStore::Open(tmp.path(), StoreMode::kRead);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == StatusCode::kStoreError);
  CHECK(missing.status().message() == "no such claim store");
  CHECK(missing.status().ToString() == tmp.path() + ": error: no such claim store");

  { std::ofstream(tmp.path()).flush(); }  // an empty file
  Result<ClaimStore> empty = ClaimStore::Open(tmp.path(), StoreMode::kRead);
  REQUIRE_FALSE(empty.ok());
  CHECK(empty.status().message().find("empty") != std::string::npos);
  CHECK(ClaimStore::Open(tmp.path(), StoreMode::kWrite).ok());
  CHECK(ClaimStore::Open(tmp.path(), StoreMode::kRead).ok());

  Result<ClaimStore> folder = ClaimStore::Open(tmp.dir(), StoreMode::kWrite);
  REQUIRE_FALSE(folder.ok());
  CHECK(folder.status().message().find("folder") != std::string::npos);
}

TEST_CASE("another application's database is refused and left untouched") {
  TempStorePath tmp;
  RawSql(tmp.path(), "CREATE TABLE articles (id INTEGER PRIMARY KEY, body TEXT);"
                     "INSERT INTO articles (body) VALUES ('Le Soir, édition du 2 février');");
  std::string before = ReadAll(tmp.path());
  for (StoreMode mode : {StoreMode::kRead, StoreMode::kWrite}) {
    Result<ClaimStore> s = ClaimStore::Open(tmp.path(), mode);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().code() == StatusCode::kStoreError);
    CHECK(s.status().message().find("not a factlint claim store") != std::string::npos);
  }
  CHECK(ReadAll(tmp.path()) == before);
}

TEST_CASE("a file that is not a database is refused and left untouched") {
  TempStorePath tmp;
  const std::string text = "Biden enverra 2 000 soldats en Europe de l'Est.\n";
  { std::ofstream(tmp.path(), std::ios::binary) << text; }
  for (StoreMode mode : {StoreMode::kRead, StoreMode::kWrite}) {
    Result<ClaimStore> s = ClaimStore::Open(tmp.path(), mode);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().message().find("not a factlint claim store") != std::string::npos);
  }
  CHECK(ReadAll(tmp.path()) == text);
}

TEST_CASE("a store written by a newer factlint is refused, never rewritten") {
  TempStorePath tmp;
  ArticleMeta soir = Meta("001_06f0a092c793dd2d", "Le Soir");
  {
    ClaimStore store = OpenStore(tmp.path(), StoreMode::kWrite);
    Ingest(store, {{soir, {Troops(soir, 3000, 3000, Qualifier::kExact, 61, "3 000")}}});
  }
  RawSql(tmp.path(), "PRAGMA wal_checkpoint(TRUNCATE); PRAGMA user_version = " +
                         std::to_string(kStoreSchemaVersion + 1) + ";");
  RawSql(tmp.path(), "PRAGMA wal_checkpoint(TRUNCATE);");
  std::string before = ReadAll(tmp.path());
  for (StoreMode mode : {StoreMode::kRead, StoreMode::kWrite}) {
    Result<ClaimStore> s = ClaimStore::Open(tmp.path(), mode);
    REQUIRE_FALSE(s.ok());
    CHECK(s.status().message().find("newer factlint") != std::string::npos);
  }
  CHECK(ReadAll(tmp.path()) == before);
}

TEST_CASE("a gate reads the claims sharing a key with the new article, and no others") {
  TempStorePath tmp;
  ArticleMeta vif = Meta("000_50992c8ad878af4b", "Le Vif");
  ArticleMeta soir = Meta("001_06f0a092c793dd2d", "Le Soir");
  ArticleMeta rtbf = Meta("004_fe9cd75e8fbb71a9", "RTBF");
  ArticleMeta sncf = Meta("001_06f0a092c793dd2d", "Le Soir", "greve-sncf");
  ArticleMeta libre = Meta("002_88f3e815b8c1ef22", "La Libre");
  ClaimStore store = OpenStore(tmp.path(), StoreMode::kWrite);
  Ingest(store,
         {{vif, {Troops(vif, 0, 5000, Qualifier::kAtMost, 40, "jusqu'à 5 000"),
                 Quote(vif, "rapide, ferme et unifiée", "", 300)}},
          {soir, {Troops(soir, 3000, 3000, Qualifier::kExact, 61, "3 000"),
                  Troops(soir, 8500, 8500, Qualifier::kExact, 400, "8 500", "US"),
                  FortBraggState(soir, "US-NC", 700)}},
          {rtbf, {Quote(rtbf, "rapide, sévère et unie", "blinken", 90)}},
          {sncf, {Troops(sncf, 2000, 2000, Qualifier::kExact, 10, "2 000")}},
          // An older version of the article being gated.
          {libre, {Troops(libre, 1000, 1000, Qualifier::kExact, 0, "1 000")}}});

  SECTION("full keys: same key, plus the slot's claims with an empty key field") {
    std::vector<Claim> fresh = {Troops(libre, 2000, 2000, Qualifier::kExact, 5, "2 000")};
    Result<std::vector<Claim>> got =
        store.ClaimsComparableWith(fresh, {{libre.story, libre.id}});
    REQUIRE(got.ok());
    CHECK(Values(*got) ==
          std::vector<std::string>{"000_50992c8ad878af4b:[0, 5000] soldier",
                                   "001_06f0a092c793dd2d:[3000, 3000] soldier"});
  }
  SECTION("without the exclusion, the stored version of the article is read too") {
    std::vector<Claim> fresh = {Troops(libre, 2000, 2000, Qualifier::kExact, 5, "2 000")};
    Result<std::vector<Claim>> got = store.ClaimsComparableWith(fresh, {});
    REQUIRE(got.ok());
    CHECK(got->size() == 3);
  }
  SECTION("a quote with a named speaker finds the unnamed quotes of its slot") {
    std::vector<Claim> fresh = {Quote(libre, "rapide, forte et unie", "blinken", 50)};
    Result<std::vector<Claim>> got = store.ClaimsComparableWith(fresh, {});
    REQUIRE(got.ok());
    CHECK(Values(*got) == std::vector<std::string>{
                              "000_50992c8ad878af4b:\"rapide, ferme et unifiée\"",
                              "004_fe9cd75e8fbb71a9:\"rapide, sévère et unie\""});
  }
  SECTION("an unnamed quote reads its whole slot") {
    std::vector<Claim> fresh = {Quote(libre, "rapide, forte et unie", "", 50)};
    Result<std::vector<Claim>> got = store.ClaimsComparableWith(fresh, {});
    REQUIRE(got.ok());
    CHECK(got->size() == 2);
  }
  SECTION("nothing new, nothing read") {
    Result<std::vector<Claim>> got = store.ClaimsComparableWith({}, {});
    REQUIRE(got.ok());
    CHECK(got->empty());
  }
}

TEST_CASE("a reader sees the last committed state while an ingest writes") {
  TempStorePath tmp;
  ArticleMeta soir = Meta("001_06f0a092c793dd2d", "Le Soir");
  ClaimStore writer = OpenStore(tmp.path(), StoreMode::kWrite);
  Ingest(writer, {{soir, {Troops(soir, 3000, 3000, Qualifier::kExact, 61, "3 000")}}});
  Result<StoreWriter> w = writer.BeginIngest();
  REQUIRE(w.ok());
  REQUIRE(w->PutArticle(soir, {Troops(soir, 4000, 4000, Qualifier::kExact, 61, "4 000")}).ok());

  ClaimStore reader = OpenStore(tmp.path(), StoreMode::kRead);
  Result<std::vector<Claim>> during = reader.ClaimsOfStory("ukraine-2022");
  REQUIRE(during.ok());
  CHECK(Values(*during) == std::vector<std::string>{"001_06f0a092c793dd2d:[3000, 3000] soldier"});

  REQUIRE(w->Commit().ok());
  Result<std::vector<Claim>> after = reader.ClaimsOfStory("ukraine-2022");
  REQUIRE(after.ok());
  CHECK(Values(*after) == std::vector<std::string>{"001_06f0a092c793dd2d:[4000, 4000] soldier"});
}
