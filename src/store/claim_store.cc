#include "store/claim_store.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <utility>

#include "store/candidate_keys.h"
#include "store/claim_row.h"
#include "store/schema.h"

namespace factlint {
namespace {

// The columns of a claim row, then the article's id and source (joined).
constexpr const char* kSelectClaims =
    "SELECT c.story, c.slot, c.partial, c.key, c.key_parts, c.rule, c.type, c.value, "
    "c.qualifier, c.modality, c.cue, c.file, c.line, c.col, c.byte_start, c.byte_end, c.text, "
    "c.value_text, c.sentence, c.excerpt, c.excerpt_column, c.excerpt_width, c.context, "
    "a.article, a.source FROM claims c JOIN articles a ON a.id = c.article ";

constexpr const char* kInsertClaim =
    "INSERT INTO claims (article, story, slot, partial, key, key_parts, rule, type, value, "
    "qualifier, modality, cue, file, line, col, byte_start, byte_end, text, value_text, sentence, "
    "excerpt, excerpt_column, excerpt_width, context) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, "
    "?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24)";

ClaimRow ReadRow(const SqliteStatement& st) {
  ClaimRow r;
  r.story = st.ColumnText(0);
  r.slot = st.ColumnText(1);
  r.partial = st.ColumnInt(2) != 0;
  r.key = st.ColumnText(3);
  r.key_parts = st.ColumnText(4);
  r.rule = st.ColumnText(5);
  r.type = st.ColumnText(6);
  r.value = st.ColumnText(7);
  r.qualifier = st.ColumnText(8);
  r.modality = st.ColumnText(9);
  r.cue = st.ColumnText(10);
  r.file = st.ColumnText(11);
  r.line = st.ColumnInt(12);
  r.col = st.ColumnInt(13);
  r.byte_start = st.ColumnInt(14);
  r.byte_end = st.ColumnInt(15);
  r.text = st.ColumnText(16);
  r.value_text = st.ColumnText(17);
  r.sentence = st.ColumnText(18);
  r.excerpt = st.ColumnText(19);
  r.excerpt_column = st.ColumnInt(20);
  r.excerpt_width = st.ColumnInt(21);
  r.context = st.ColumnText(22);
  return r;
}

// Runs a bound SELECT built on kSelectClaims and appends its claims.
Status CollectClaims(SqliteStatement& st, const std::string& path,
                     const std::set<ArticleKey>& exclude, std::vector<Claim>* out) {
  while (true) {
    FACTLINT_ASSIGN_OR_RETURN(bool row, st.Step());
    if (!row) return Status::Ok();
    ClaimArticle article{st.ColumnText(23), st.ColumnText(24)};
    ClaimRow r = ReadRow(st);
    if (exclude.count({r.story, article.id})) continue;
    Result<Claim> c = RowToClaim(r, article);
    if (!c.ok()) return Status::StoreError(c.status().message(), SourceLoc{path});
    out->push_back(std::move(c).value());
  }
}

void SortUnique(std::vector<Claim>* claims) {
  std::sort(claims->begin(), claims->end(), ClaimLess);
  // A claim can be read twice only through two lookups of one slot; drop the copy.
  claims->erase(std::unique(claims->begin(), claims->end(),
                            [](const Claim& a, const Claim& b) {
                              return !ClaimLess(a, b) && !ClaimLess(b, a);
                            }),
                claims->end());
}

}  // namespace

Result<ClaimStore> ClaimStore::Open(const std::string& path, StoreMode mode) {
  std::error_code ec;
  if (mode == StoreMode::kRead && !std::filesystem::exists(path, ec)) {
    return Status::StoreError("no such claim store", SourceLoc{path});
  }
  if (std::filesystem::is_directory(path, ec)) {
    return Status::StoreError("a folder, not a claim store", SourceLoc{path});
  }
  int flags = mode == StoreMode::kRead ? SQLITE_OPEN_READONLY
                                       : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  FACTLINT_ASSIGN_OR_RETURN(SqliteDb db, SqliteDb::Open(path, flags));
  FACTLINT_RETURN_IF_ERROR(CheckSchema(
      db, mode == StoreMode::kRead ? SchemaUse::kMustExist : SchemaUse::kCreateIfEmpty));
  if (mode == StoreMode::kWrite) {
    // WAL: readers (gates) see the last committed state while an ingest writes. The mode is
    // kept in the file, so later readers use it too.
    FACTLINT_ASSIGN_OR_RETURN(SqliteStatement wal, db.Prepare("PRAGMA journal_mode = WAL"));
    FACTLINT_ASSIGN_OR_RETURN(bool row, wal.Step());
    if (!row || wal.ColumnText(0) != "wal") {
      return Status::StoreError("cannot switch the claim store to WAL mode", SourceLoc{path});
    }
    FACTLINT_RETURN_IF_ERROR(db.Exec("PRAGMA synchronous = FULL"));
  }
  return ClaimStore(std::move(db));
}

Result<StoreWriter> ClaimStore::BeginIngest() {
  FACTLINT_ASSIGN_OR_RETURN(
      SqliteStatement find, db_.Prepare("SELECT id FROM articles WHERE story = ?1 AND article = ?2"));
  FACTLINT_ASSIGN_OR_RETURN(
      SqliteStatement insert_article,
      db_.Prepare("INSERT INTO articles (story, article, source, title, published, lang, path) "
                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"));
  FACTLINT_ASSIGN_OR_RETURN(
      SqliteStatement update_article,
      db_.Prepare("UPDATE articles SET source = ?2, title = ?3, published = ?4, lang = ?5, "
                  "path = ?6 WHERE id = ?1"));
  FACTLINT_ASSIGN_OR_RETURN(SqliteStatement delete_claims,
                            db_.Prepare("DELETE FROM claims WHERE article = ?1"));
  FACTLINT_ASSIGN_OR_RETURN(SqliteStatement insert_claim, db_.Prepare(kInsertClaim));
  FACTLINT_RETURN_IF_ERROR(db_.Exec("BEGIN IMMEDIATE"));
  return StoreWriter(&db_, std::move(find), std::move(insert_article), std::move(update_article),
                     std::move(delete_claims), std::move(insert_claim));
}

Result<std::vector<Claim>> ClaimStore::ClaimsComparableWith(const std::vector<Claim>& claims,
                                                            const std::set<ArticleKey>& exclude) {
  std::vector<SlotLookup> lookups = CandidateKeys(claims);
  std::vector<Claim> out;
  if (lookups.empty()) return out;
  FACTLINT_ASSIGN_OR_RETURN(
      SqliteStatement whole,
      db_.Prepare(std::string(kSelectClaims) + "WHERE c.story = ?1 AND c.slot = ?2"));
  FACTLINT_ASSIGN_OR_RETURN(
      SqliteStatement partial,
      db_.Prepare(std::string(kSelectClaims) +
                  "WHERE c.story = ?1 AND c.slot = ?2 AND c.partial = 1"));
  FACTLINT_ASSIGN_OR_RETURN(
      SqliteStatement by_key,
      db_.Prepare(std::string(kSelectClaims) +
                  "WHERE c.story = ?1 AND c.slot = ?2 AND c.partial = 0 AND c.key = ?3"));
  // One read transaction: every lookup sees the same committed state.
  FACTLINT_RETURN_IF_ERROR(db_.Exec("BEGIN"));
  Status st = [&]() -> Status {
    for (const SlotLookup& l : lookups) {
      SqliteStatement& first = l.whole_slot ? whole : partial;
      first.Reset();
      first.BindText(1, l.story);
      first.BindText(2, l.slot);
      FACTLINT_RETURN_IF_ERROR(CollectClaims(first, path(), exclude, &out));
      for (const std::string& key : l.keys) {
        by_key.Reset();
        by_key.BindText(1, l.story);
        by_key.BindText(2, l.slot);
        by_key.BindText(3, key);
        FACTLINT_RETURN_IF_ERROR(CollectClaims(by_key, path(), exclude, &out));
      }
    }
    return Status::Ok();
  }();
  Status end = db_.Exec("COMMIT");
  if (!st.ok()) return st;
  if (!end.ok()) return end;
  SortUnique(&out);
  return out;
}

Result<std::vector<Claim>> ClaimStore::ClaimsOfStory(const std::string& story) {
  FACTLINT_ASSIGN_OR_RETURN(SqliteStatement st,
                            db_.Prepare(std::string(kSelectClaims) + "WHERE c.story = ?1"));
  st.BindText(1, story);
  std::vector<Claim> out;
  FACTLINT_RETURN_IF_ERROR(CollectClaims(st, path(), {}, &out));
  SortUnique(&out);
  return out;
}

Result<StoreStats> ClaimStore::Stats() {
  StoreStats s;
  FACTLINT_RETURN_IF_ERROR(db_.Exec("BEGIN"));
  Status st = [&]() -> Status {
    FACTLINT_ASSIGN_OR_RETURN(int64_t version, db_.QueryInt("PRAGMA user_version"));
    s.schema_version = static_cast<int>(version);
    FACTLINT_ASSIGN_OR_RETURN(
        SqliteStatement articles,
        db_.Prepare("SELECT story, count(*) FROM articles GROUP BY story ORDER BY story"));
    std::map<std::string, StoryStats> stories;
    while (true) {
      FACTLINT_ASSIGN_OR_RETURN(bool row, articles.Step());
      if (!row) break;
      StoryStats& story = stories[articles.ColumnText(0)];
      story.name = articles.ColumnText(0);
      story.articles = static_cast<size_t>(articles.ColumnInt(1));
    }
    FACTLINT_ASSIGN_OR_RETURN(
        SqliteStatement claims,
        db_.Prepare("SELECT story, count(*), count(DISTINCT slot || char(10) || key) FROM claims "
                    "GROUP BY story ORDER BY story"));
    while (true) {
      FACTLINT_ASSIGN_OR_RETURN(bool row, claims.Step());
      if (!row) break;
      StoryStats& story = stories[claims.ColumnText(0)];
      story.name = claims.ColumnText(0);
      story.claims = static_cast<size_t>(claims.ColumnInt(1));
      story.keys = static_cast<size_t>(claims.ColumnInt(2));
    }
    for (auto& [name, story] : stories) {
      s.articles += story.articles;
      s.claims += story.claims;
      s.stories.push_back(std::move(story));
    }
    return Status::Ok();
  }();
  Status end = db_.Exec("COMMIT");
  if (!st.ok()) return st;
  if (!end.ok()) return end;
  return s;
}

// ---- StoreWriter ----

StoreWriter::StoreWriter(StoreWriter&& o) noexcept
    : db_(std::exchange(o.db_, nullptr)),
      find_(std::move(o.find_)),
      insert_article_(std::move(o.insert_article_)),
      update_article_(std::move(o.update_article_)),
      delete_claims_(std::move(o.delete_claims_)),
      insert_claim_(std::move(o.insert_claim_)),
      articles_(o.articles_),
      claims_(o.claims_) {}

StoreWriter::~StoreWriter() {
  if (db_ != nullptr) (void)db_->Exec("ROLLBACK");
}

Status StoreWriter::PutArticle(const ArticleMeta& meta, const std::vector<Claim>& claims) {
  if (db_ == nullptr) return Status::Internal("the ingest is already committed");
  for (const Claim& c : claims) {
    if (c.article_id != meta.id || c.story != meta.story) {
      return Status::Internal("a claim of " + c.article_id + " was stored under " + meta.id);
    }
  }
  find_.Reset();
  find_.BindText(1, meta.story);
  find_.BindText(2, meta.id);
  FACTLINT_ASSIGN_OR_RETURN(bool found, find_.Step());
  int64_t article = 0;
  if (found) {
    article = find_.ColumnInt(0);
    find_.Reset();
    delete_claims_.Reset();
    delete_claims_.BindInt(1, article);
    FACTLINT_RETURN_IF_ERROR(delete_claims_.Run());
    update_article_.Reset();
    update_article_.BindInt(1, article);
    update_article_.BindText(2, meta.source);
    update_article_.BindText(3, meta.title);
    update_article_.BindText(4, meta.published);
    update_article_.BindText(5, LangCode(meta.lang));
    update_article_.BindText(6, meta.path);
    FACTLINT_RETURN_IF_ERROR(update_article_.Run());
  } else {
    find_.Reset();
    insert_article_.Reset();
    insert_article_.BindText(1, meta.story);
    insert_article_.BindText(2, meta.id);
    insert_article_.BindText(3, meta.source);
    insert_article_.BindText(4, meta.title);
    insert_article_.BindText(5, meta.published);
    insert_article_.BindText(6, LangCode(meta.lang));
    insert_article_.BindText(7, meta.path);
    FACTLINT_RETURN_IF_ERROR(insert_article_.Run());
    FACTLINT_ASSIGN_OR_RETURN(article, db_->QueryInt("SELECT last_insert_rowid()"));
  }
  for (const Claim& c : claims) {
    ClaimRow r = ClaimToRow(c);
    SqliteStatement& st = insert_claim_;
    st.Reset();
    st.BindInt(1, article);
    st.BindText(2, r.story);
    st.BindText(3, r.slot);
    st.BindInt(4, r.partial ? 1 : 0);
    st.BindText(5, r.key);
    st.BindText(6, r.key_parts);
    st.BindText(7, r.rule);
    st.BindText(8, r.type);
    st.BindText(9, r.value);
    st.BindText(10, r.qualifier);
    st.BindText(11, r.modality);
    st.BindText(12, r.cue);
    st.BindText(13, r.file);
    st.BindInt(14, r.line);
    st.BindInt(15, r.col);
    st.BindInt(16, r.byte_start);
    st.BindInt(17, r.byte_end);
    st.BindText(18, r.text);
    st.BindText(19, r.value_text);
    st.BindText(20, r.sentence);
    st.BindText(21, r.excerpt);
    st.BindInt(22, r.excerpt_column);
    st.BindInt(23, r.excerpt_width);
    st.BindText(24, r.context);
    FACTLINT_RETURN_IF_ERROR(st.Run());
  }
  ++articles_;
  claims_ += claims.size();
  return Status::Ok();
}

Status StoreWriter::Commit() {
  if (db_ == nullptr) return Status::Internal("the ingest is already committed");
  Status st = db_->Exec("COMMIT");
  if (!st.ok()) return st;  // the destructor rolls back
  db_ = nullptr;
  return Status::Ok();
}

}  // namespace factlint
