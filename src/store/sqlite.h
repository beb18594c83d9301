// Thin RAII wrappers over the SQLite C API, with errors as Status values.
//
//   Result<SqliteDb> db = SqliteDb::Open("published.db", SQLITE_OPEN_READONLY);
//   Result<SqliteStatement> st = db->Prepare("SELECT n FROM t WHERE k = ?1");
//   st->BindText(1, "troops");
//   while (true) {
//     Result<bool> row = st->Step();       // true: a row is ready, false: done
//     if (!row.ok()) return row.status();
//     if (!*row) break;
//     int64_t n = st->ColumnInt(0);
//   }
//
// Every failure is a kStoreError whose location is the database file. Internal to store/.
// A SqliteDb is movable, not copyable; statements must not outlive their database.
// Not thread-safe: one connection per thread.
#ifndef FACTLINT_STORE_SQLITE_H_
#define FACTLINT_STORE_SQLITE_H_

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "base/status.h"

namespace factlint {

class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&& o) noexcept;
  SqliteStatement& operator=(SqliteStatement&& o) noexcept;
  SqliteStatement(const SqliteStatement&) = delete;
  SqliteStatement& operator=(const SqliteStatement&) = delete;
  ~SqliteStatement();

  // Parameters are 1-based. Text is copied.
  void BindText(int index, std::string_view text);
  void BindInt(int index, int64_t value);
  // Runs one step: true when a row is available, false when the statement is done.
  Result<bool> Step();
  // Runs the statement to completion, ignoring rows.
  Status Run();
  // Makes the statement ready to run again with new bindings.
  void Reset();

  int64_t ColumnInt(int col) const;
  std::string ColumnText(int col) const;
  bool ColumnIsNull(int col) const;

 private:
  friend class SqliteDb;
  SqliteStatement(sqlite3_stmt* stmt, const std::string* path) : stmt_(stmt), path_(path) {}

  sqlite3_stmt* stmt_ = nullptr;
  const std::string* path_ = nullptr;  // owned by the SqliteDb, for messages
};

class SqliteDb {
 public:
  // `flags` as for sqlite3_open_v2 (SQLITE_OPEN_READONLY, or READWRITE | CREATE).
  static Result<SqliteDb> Open(const std::string& path, int flags);

  SqliteDb(SqliteDb&& o) noexcept;
  SqliteDb& operator=(SqliteDb&& o) noexcept;
  SqliteDb(const SqliteDb&) = delete;
  SqliteDb& operator=(const SqliteDb&) = delete;
  ~SqliteDb();

  const std::string& path() const { return *path_; }

  // Runs one or more statements that return no rows we need.
  Status Exec(std::string_view sql);
  Result<SqliteStatement> Prepare(std::string_view sql);
  // The first column of the first row of `sql` as an integer.
  Result<int64_t> QueryInt(std::string_view sql);

  // A kStoreError at the database file for the connection's last failure:
  // "<what>: <sqlite message>".
  Status Error(std::string_view what) const;

 private:
  SqliteDb(sqlite3* db, std::string path);

  sqlite3* db_ = nullptr;
  // Heap-allocated so statements can keep a stable pointer across moves.
  std::unique_ptr<std::string> path_;
};

}  // namespace factlint

#endif  // FACTLINT_STORE_SQLITE_H_
