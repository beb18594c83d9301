#include "store/schema.h"

#include <string>

namespace factlint {
namespace {

// Version 1. Claims keep everything a Claim needs for comparison and reporting; values, key
// parts and context words are JSON (store/claim_row.h). `partial` is 1 when a key field is
// empty: such a claim may share a bucket with any compatible key of its slot
// (compare/compare.h), so a gate reads them by slot rather than by key.
constexpr const char* kCreateV1 = R"sql(
CREATE TABLE articles (
  id        INTEGER PRIMARY KEY,
  story     TEXT NOT NULL,
  article   TEXT NOT NULL,
  source    TEXT NOT NULL,
  title     TEXT NOT NULL,
  published TEXT NOT NULL,
  lang      TEXT NOT NULL,
  path      TEXT NOT NULL,
  UNIQUE (story, article)
);
CREATE TABLE claims (
  article        INTEGER NOT NULL REFERENCES articles(id),
  story          TEXT NOT NULL,
  slot           TEXT NOT NULL,
  partial        INTEGER NOT NULL,
  key            TEXT NOT NULL,
  key_parts      TEXT NOT NULL,
  rule           TEXT NOT NULL,
  type           TEXT NOT NULL,
  value          TEXT NOT NULL,
  qualifier      TEXT NOT NULL,
  modality       TEXT NOT NULL,
  cue            TEXT NOT NULL,
  file           TEXT NOT NULL,
  line           INTEGER NOT NULL,
  col            INTEGER NOT NULL,
  byte_start     INTEGER NOT NULL,
  byte_end       INTEGER NOT NULL,
  text           TEXT NOT NULL,
  value_text     TEXT NOT NULL,
  sentence       TEXT NOT NULL,
  excerpt        TEXT NOT NULL,
  excerpt_column INTEGER NOT NULL,
  excerpt_width  INTEGER NOT NULL,
  context        TEXT NOT NULL
);
CREATE INDEX claims_by_key ON claims (story, slot, partial, key);
CREATE INDEX claims_by_article ON claims (article);
)sql";

Status NotAStore(const SqliteDb& db, const std::string& why) {
  return Status::StoreError("not a factlint claim store (" + why + ")", SourceLoc{db.path()});
}

Status CreateSchema(SqliteDb& db) {
  FACTLINT_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  // Another process may have created it between our check and the lock.
  Result<int64_t> tables = db.QueryInt("SELECT count(*) FROM sqlite_master");
  if (!tables.ok()) {
    (void)db.Exec("ROLLBACK");
    return tables.status();
  }
  if (*tables == 0) {
    std::string sql = kCreateV1;
    sql += "PRAGMA application_id = " + std::to_string(kStoreApplicationId) + ";\n";
    sql += "PRAGMA user_version = " + std::to_string(kStoreSchemaVersion) + ";\n";
    Status st = db.Exec(sql);
    if (!st.ok()) {
      (void)db.Exec("ROLLBACK");
      return st;
    }
  }
  return db.Exec("COMMIT");
}

}  // namespace

Status CheckSchema(SqliteDb& db, SchemaUse use) {
  Result<int64_t> app = db.QueryInt("PRAGMA application_id");
  if (!app.ok()) {
    // SQLite reads the header lazily: a file of another kind fails here.
    return NotAStore(db, "not a SQLite database, or unreadable");
  }
  FACTLINT_ASSIGN_OR_RETURN(int64_t version, db.QueryInt("PRAGMA user_version"));
  FACTLINT_ASSIGN_OR_RETURN(int64_t tables, db.QueryInt("SELECT count(*) FROM sqlite_master"));

  if (*app == 0 && version == 0 && tables == 0) {
    if (use == SchemaUse::kMustExist) {
      return Status::StoreError("the claim store is empty (run 'factlint store ingest' first)",
                                SourceLoc{db.path()});
    }
    FACTLINT_RETURN_IF_ERROR(CreateSchema(db));
    return CheckSchema(db, SchemaUse::kMustExist);
  }
  if (*app != kStoreApplicationId) {
    return NotAStore(db, "a SQLite database of another application, application_id " +
                             std::to_string(*app));
  }
  if (version > kStoreSchemaVersion) {
    return Status::StoreError("the claim store has schema version " + std::to_string(version) +
                                  ", written by a newer factlint; this one reads up to version " +
                                  std::to_string(kStoreSchemaVersion) +
                                  " (upgrade factlint; the store was left untouched)",
                              SourceLoc{db.path()});
  }
  if (version < 1) {
    return NotAStore(db, "schema version " + std::to_string(version));
  }
  return Status::Ok();
}

}  // namespace factlint
