#!/usr/bin/env bash
# A claim store whose ingest is killed (SIGKILL) in the middle is intact when reopened:
# SQLite's integrity check passes and every article holds its old claims or its new ones,
# never a mix (PRODUCT.md §8: the store is never left half-written).
#
# The ingest reads JSON Lines from a pipe; the test writes half the corpus, waits until the
# ingest has written into its transaction (the WAL file grows), and kills it while it waits
# for the rest, so the kill lands mid-ingest every time.
set -euo pipefail
bin=$1; root=$2
tmp=$(mktemp -d)
cleanup() {
  if [ -n "${ingest_pid:-}" ]; then kill -9 "$ingest_pid" 2>/dev/null || true; fi
  exec 3>&- 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
store="$tmp/published.db"

# corpus N FIGURE: N French articles on one story, each stating FIGURE troops and a base.
corpus() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import json, sys
n, figure = int(sys.argv[1]), sys.argv[2]
outlets = ["lesoir", "lalibre", "rtbf", "7sur7", "levif", "lecho"]
for i in range(n):
    text = (f"Crise en Ukraine : Washington enverra {figure} soldats en Europe de l'Est\n\n"
            f"Joe Biden enverra {figure} soldats en Europe de l'Est, a annoncé la Maison Blanche "
            f"mercredi. Les soldats partiront de Fort Bragg, en Caroline du Nord, vers "
            f"l'Allemagne et la Pologne. Le président russe Vladimir Poutine a rassemblé plus de "
            f"100 000 soldats près de la frontière. Dépêche n° {i} de la rédaction.\n")
    print(json.dumps({"id": f"depeche-{i:05d}", "source": outlets[i % len(outlets)],
                      "title": f"Biden enverra {figure} soldats", "published": "2022-02-02",
                      "lang": "fr", "story": "crise-ukraine", "text": text},
                     ensure_ascii=False))
PY
}

n=3000
corpus "$n" "2 000" > "$tmp/old.jsonl"
corpus "$n" "3 000" > "$tmp/new.jsonl"
"$bin" store ingest "$tmp/old.jsonl" --store "$store" --rules "$root/rules" > "$tmp/ingest.out"
grep -q "ingested $n articles" "$tmp/ingest.out"

# Half of the new version through a pipe, then nothing: the ingest waits mid-transaction.
mkfifo "$tmp/pipe"
"$bin" store ingest - --store "$store" --rules "$root/rules" --jobs 2 < "$tmp/pipe" \
  > "$tmp/killed.out" 2> "$tmp/killed.err" &
ingest_pid=$!
exec 3> "$tmp/pipe"
head -n $((n / 2)) "$tmp/new.jsonl" >&3
waited=0
until [ -s "$store-wal" ] && [ "$(stat -c %s "$store-wal")" -gt 1000000 ]; do
  sleep 0.1
  waited=$((waited + 1))
  if ! kill -0 "$ingest_pid" 2>/dev/null; then
    echo "FAIL: the ingest ended before it could be killed"; cat "$tmp/killed.err"; exit 1
  fi
  if [ "$waited" -gt 600 ]; then echo "FAIL: the ingest wrote nothing in 60 s"; exit 1; fi
done
kill -9 "$ingest_pid"
status=0
wait "$ingest_pid" || status=$?
ingest_pid=
exec 3>&-
if [ "$status" -ne 137 ]; then echo "FAIL: expected the ingest to die of SIGKILL, got $status"; exit 1; fi
echo "ok   killed mid-ingest with $(stat -c %s "$store-wal") bytes of uncommitted WAL"

check_store() {  # EXPECTED: old | new
  /usr/bin/python3 - "$store" "$1" "$n" <<'PY'
import json, sqlite3, sys
path, expected, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
db = sqlite3.connect(path)
assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", "integrity_check failed"
assert db.execute("PRAGMA foreign_key_check").fetchall() == []
articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
assert articles == n, f"{articles} articles, expected {n}"
figures = {}
for article, value in db.execute(
        "SELECT a.article, c.value FROM claims c JOIN articles a ON a.id = c.article "
        "WHERE c.slot = 'troops.deployed'"):
    figures.setdefault(article, set()).add(json.loads(value)["hi"])
assert len(figures) == n, f"{len(figures)} articles with a troop figure, expected {n}"
want = {"old": {2000}, "new": {3000}}[expected]
mixed = [a for a, f in figures.items() if f != want]
assert not mixed, f"{len(mixed)} articles are not {expected}, e.g. {mixed[0]}: {figures[mixed[0]]}"
print(f"ok   intact: integrity ok, {n} articles, every one {expected}")
PY
}
check_store old
# factlint itself reopens it, reads it, and ingests into it again.
"$bin" store stats --store "$store" | grep -q "$n articles"
"$bin" store ingest "$tmp/new.jsonl" --store "$store" --rules "$root/rules" > /dev/null
check_store new
echo "store killed mid-ingest: ok"
