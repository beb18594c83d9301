// The claim store's on-disk schema and how an opened database is recognized.
//
//   Result<SqliteDb> db = SqliteDb::Open(path, flags);
//   Status st = CheckSchema(*db, SchemaUse::kCreateIfEmpty);   // or kMustExist
//
// A store is a SQLite database whose `PRAGMA application_id` is kStoreApplicationId and whose
// `PRAGMA user_version` is the schema version it was written with. Opening:
//   - an empty database (a new or zero-byte file) is initialized when the use allows it;
//   - another application's database, or any non-empty database without our id, is refused
//     ("not a factlint claim store");
//   - a newer schema is refused ("written by a newer factlint"), never rewritten;
//   - an older schema would be migrated here; there is none yet.
// Internal to store/.
#ifndef FACTLINT_STORE_SCHEMA_H_
#define FACTLINT_STORE_SCHEMA_H_

#include <cstdint>

#include "base/status.h"
#include "store/sqlite.h"

namespace factlint {

// "FClt" in ASCII.
inline constexpr int32_t kStoreApplicationId = 0x46436c74;
inline constexpr int kStoreSchemaVersion = 1;

enum class SchemaUse {
  kMustExist,      // reading: an empty database is an error
  kCreateIfEmpty,  // ingesting: an empty database gets the schema
};

Status CheckSchema(SqliteDb& db, SchemaUse use);

}  // namespace factlint

#endif  // FACTLINT_STORE_SCHEMA_H_
