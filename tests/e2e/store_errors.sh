#!/usr/bin/env bash
# A claim store that is missing, foreign, newer or not a database is a clear error (exit 2),
# for the store commands and for a gate, and is never modified.
set -uo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0
seed="$root/fixtures/ukraine-2022"
new="$seed/002_88f3e815b8c1ef22.txt"

expect_error() {  # NAME NEEDLE CMD...: exit 2 and NEEDLE on stderr
  local name=$1 needle=$2; shift 2
  local status=0
  "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
  if [ "$status" -ne 2 ]; then
    echo "FAIL $name: exit $status, expected 2"; cat "$tmp/err"; failures=$((failures + 1)); return
  fi
  if ! grep -qF -- "$needle" "$tmp/err"; then
    echo "FAIL $name: stderr lacks: $needle"; cat "$tmp/err"; failures=$((failures + 1)); return
  fi
  echo "ok   $name"
}
untouched() {  # NAME FILE COPY
  if cmp -s "$2" "$3"; then echo "ok   $1: left untouched"; else
    echo "FAIL $1: the file was modified"; failures=$((failures + 1)); fi
}

expect_error "stats of a missing store" "$tmp/none.db: error: no such claim store" \
  "$bin" store stats --store "$tmp/none.db"
expect_error "gate against a missing store" "$tmp/none.db: error: no such claim store" \
  "$bin" check "$new" --against "$tmp/none.db" --rules "$root/rules"
[ ! -e "$tmp/none.db" ] || { echo "FAIL: a missing store was created"; failures=$((failures + 1)); }

# Another application's SQLite database.
/usr/bin/python3 -c "
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute('CREATE TABLE subscribers (email TEXT)')
db.execute(\"INSERT INTO subscribers VALUES ('redaction@example.be')\")
db.commit()" "$tmp/crm.db"
cp "$tmp/crm.db" "$tmp/crm.copy"
expect_error "ingest into a foreign database" "not a factlint claim store" \
  "$bin" store ingest "$seed" --store "$tmp/crm.db" --rules "$root/rules"
expect_error "gate against a foreign database" "not a factlint claim store" \
  "$bin" check "$new" --against "$tmp/crm.db" --rules "$root/rules"
untouched "foreign database" "$tmp/crm.db" "$tmp/crm.copy"

# A file that is not a database at all.
cp "$new" "$tmp/article.db"
expect_error "ingest into a text file" "not a factlint claim store (not a SQLite database" \
  "$bin" store ingest "$seed" --store "$tmp/article.db" --rules "$root/rules"
untouched "text file" "$tmp/article.db" "$new"

# A store from a newer factlint.
"$bin" store ingest "$seed/001_06f0a092c793dd2d.txt" --store "$tmp/newer.db" --rules "$root/rules" >/dev/null
/usr/bin/python3 -c "
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute('PRAGMA user_version = 99')
db.commit()
db.execute('PRAGMA wal_checkpoint(TRUNCATE)')
db.close()" "$tmp/newer.db"
cp "$tmp/newer.db" "$tmp/newer.copy"
expect_error "ingest into a newer store" "schema version 99, written by a newer factlint" \
  "$bin" store ingest "$seed" --store "$tmp/newer.db" --rules "$root/rules"
expect_error "gate against a newer store" "schema version 99, written by a newer factlint" \
  "$bin" check "$new" --against "$tmp/newer.db" --rules "$root/rules"
expect_error "stats of a newer store" "schema version 99" \
  "$bin" store stats --store "$tmp/newer.db"
untouched "newer store" "$tmp/newer.db" "$tmp/newer.copy"

# A failed ingest changes nothing: the second file is unreadable.
"$bin" store ingest "$seed/001_06f0a092c793dd2d.txt" --store "$tmp/pub.db" --rules "$root/rules" >/dev/null
"$bin" store stats --store "$tmp/pub.db" > "$tmp/before.txt"
expect_error "ingest stops at a missing file" "nothing was ingested; $tmp/pub.db is unchanged" \
  "$bin" store ingest "$seed/003_079d4f8d1d047cbb.txt" "$tmp/missing.txt" --store "$tmp/pub.db" \
  --rules "$root/rules"
"$bin" store stats --store "$tmp/pub.db" > "$tmp/after.txt"
if cmp -s "$tmp/before.txt" "$tmp/after.txt"; then echo "ok   failed ingest left the store as it was"
else echo "FAIL: a failed ingest changed the store"; failures=$((failures + 1)); fi

# Usage errors.
expect_error "store without --store" "'store' needs --store FILE" "$bin" store stats
expect_error "store without a subcommand" "'store' needs a subcommand" "$bin" store
expect_error "unknown store subcommand" "unknown 'store' subcommand 'dump'" \
  "$bin" store dump --store "$tmp/pub.db"
expect_error "ingest without articles" "no articles given to ingest" \
  "$bin" store ingest --store "$tmp/pub.db"
expect_error "--against outside check" "--against is for 'check'" \
  "$bin" extract "$new" --against "$tmp/pub.db"
expect_error "--store outside store" "--store is for 'store ingest' and 'store stats'" \
  "$bin" check "$new" --store "$tmp/pub.db"

if [ "$failures" -gt 0 ]; then echo "$failures failures"; exit 1; fi
echo "store errors: ok"
