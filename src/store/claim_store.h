// ClaimStore: the claims of published articles, kept in one SQLite file.
//
//   // Ingesting: one transaction for the whole batch.
//   Result<ClaimStore> store = ClaimStore::Open("published.db", StoreMode::kWrite);
//   Result<StoreWriter> w = store->BeginIngest();
//   w->PutArticle(article.meta, claims);      // replaces that article's earlier claims
//   Status st = w->Commit();                  // nothing is visible before this
//
//   // Gating: read only the claims that share a key with the new ones.
//   Result<ClaimStore> store = ClaimStore::Open("published.db", StoreMode::kRead);
//   Result<std::vector<Claim>> stored = store->ClaimsComparableWith(new_claims, new_articles);
//
// An article is identified by its story and its id: re-ingesting it replaces its claims.
// The database runs in WAL mode, so gates read while an ingest writes; a writer that dies
// mid-ingest leaves the store as it was before that ingest (SQLite's rollback on reopen).
// Opening checks the schema (store/schema.h): a foreign or newer database is a kStoreError
// and is never modified. Every failure is a kStoreError located at the store's file.
// A ClaimStore is one connection: movable, not thread-safe.
#ifndef FACTLINT_STORE_CLAIM_STORE_H_
#define FACTLINT_STORE_CLAIM_STORE_H_

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "base/status.h"
#include "extract/claim.h"
#include "store/sqlite.h"
#include "store/store_stats.h"
#include "text/article.h"

namespace factlint {

enum class StoreMode {
  kRead,   // the store must exist and be a factlint store; nothing is written
  kWrite,  // created (with its schema) when missing or empty
};

// (story, article id): what identifies an article in the store.
using ArticleKey = std::pair<std::string, std::string>;

class StoreWriter;

class ClaimStore {
 public:
  static Result<ClaimStore> Open(const std::string& path, StoreMode mode);

  const std::string& path() const { return db_.path(); }

  // Starts the single transaction of an ingest (takes the write lock).
  Result<StoreWriter> BeginIngest();

  // The stored claims a comparison with `claims` needs, and no others (see CandidateKeys
  // in store/candidate_keys.h): same story and slot, and a compatible key. Claims of the
  // articles in `exclude` are left out: those are being re-checked in a new version.
  // Sorted by ClaimLess.
  Result<std::vector<Claim>> ClaimsComparableWith(const std::vector<Claim>& claims,
                                                  const std::set<ArticleKey>& exclude);

  // Every stored claim of one story (for tests and small stores), sorted by ClaimLess.
  Result<std::vector<Claim>> ClaimsOfStory(const std::string& story);

  Result<StoreStats> Stats();

 private:
  explicit ClaimStore(SqliteDb db) : db_(std::move(db)) {}
  friend class StoreWriter;

  SqliteDb db_;
};

// An ingest in progress. Destroying it without Commit() rolls everything back.
class StoreWriter {
 public:
  StoreWriter(StoreWriter&& o) noexcept;
  StoreWriter& operator=(StoreWriter&&) = delete;
  StoreWriter(const StoreWriter&) = delete;
  StoreWriter& operator=(const StoreWriter&) = delete;
  ~StoreWriter();

  // Stores `meta` and its claims, replacing whatever was stored for (meta.story, meta.id).
  // Every claim must belong to that article.
  Status PutArticle(const ArticleMeta& meta, const std::vector<Claim>& claims);
  Status Commit();

  size_t articles_written() const { return articles_; }
  size_t claims_written() const { return claims_; }

 private:
  friend class ClaimStore;
  StoreWriter(SqliteDb* db, SqliteStatement find, SqliteStatement insert_article,
              SqliteStatement update_article, SqliteStatement delete_claims,
              SqliteStatement insert_claim)
      : db_(db),
        find_(std::move(find)),
        insert_article_(std::move(insert_article)),
        update_article_(std::move(update_article)),
        delete_claims_(std::move(delete_claims)),
        insert_claim_(std::move(insert_claim)) {}

  SqliteDb* db_;  // null once committed or moved from
  SqliteStatement find_, insert_article_, update_article_, delete_claims_, insert_claim_;
  size_t articles_ = 0, claims_ = 0;
};

}  // namespace factlint

#endif  // FACTLINT_STORE_CLAIM_STORE_H_
