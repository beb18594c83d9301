#!/usr/bin/env bash
# The claim store survives ingests killed at random moments, while a gate reads it (PRODUCT.md
# §8: the store is never left half-written; docs/errors.md "The claim store").
#
# Two versions of a corpus (every article: 2 000 soldiers, then 3 000) are ingested in turn, 30
# times; each ingest is killed with SIGKILL after a random delay (seeded: FACTLINT_CHAOS_SEED,
# default 7) between 0 and 1.5 times what a whole ingest takes, so kills land before, during
# and after the transaction. After each:
#   - PRAGMA integrity_check is ok and no foreign key dangles;
#   - every article holds all its claims of one version - never a mix, never a gap - and, an
#     ingest being one transaction, all articles hold the same version: the one before the kill,
#     or the one being ingested if it had committed.
# Throughout, a gate (`check DRAFT --against STORE --format json`) runs in a loop on a fixed
# draft: each of its reports must be byte for byte one of the two reports computed beforehand on
# the wholly old and the wholly new store, with exit 0 or 1 - never a half-ingested store, never
# "database is locked" or any other error.
set -euo pipefail
bin=$1; root=$2
tmp=$(mktemp -d)
cleanup() {
  if [ -n "${ingest_pid:-}" ]; then kill -9 "$ingest_pid" 2>/dev/null || true; fi
  if [ -n "${gate_pid:-}" ]; then kill "$gate_pid" 2>/dev/null || true; wait "$gate_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
store="$tmp/published.db"
iterations=${FACTLINT_CHAOS_ITERATIONS:-30}
RANDOM=${FACTLINT_CHAOS_SEED:-7}
n=200

# corpus FIGURE: n French articles on one story, each stating FIGURE troops.
corpus() {
  /usr/bin/python3 - "$n" "$1" <<'PY'
import json, sys
n, figure = int(sys.argv[1]), sys.argv[2]
outlets = ["lesoir", "lalibre", "rtbf", "7sur7", "levif", "lecho"]
for i in range(n):
    text = (f"Crise en Ukraine : Washington enverra {figure} soldats en Europe de l'Est\n\n"
            f"Joe Biden enverra {figure} soldats en Europe de l'Est, a annoncé la Maison Blanche "
            f"mercredi. Les soldats partiront de Fort Bragg, en Caroline du Nord, vers "
            f"l'Allemagne et la Pologne. Dépêche n° {i} de la rédaction.\n")
    print(json.dumps({"id": f"depeche-{i:05d}", "source": outlets[i % len(outlets)],
                      "title": f"Biden enverra {figure} soldats", "published": "2022-02-02",
                      "lang": "fr", "story": "crise-ukraine", "text": text},
                     ensure_ascii=False))
PY
}
corpus "2 000" > "$tmp/old.jsonl"
corpus "3 000" > "$tmp/new.jsonl"
mkdir -p "$tmp/drafts/crise-ukraine"
cat > "$tmp/drafts/crise-ukraine/draft.md" <<'EOF'
---
id: brouillon
source: lesoir
lang: fr
story: crise-ukraine
---
# Renforts américains

Joe Biden enverra 2 000 soldats en Europe de l'Est, a annoncé la Maison Blanche mercredi.
EOF

ingest() {  # VERSION: ingests it, to completion
  "$bin" store ingest "$tmp/$1.jsonl" --store "$store" --rules "$root/rules" > /dev/null
}
gate() {  # OUT: the gate's json report; its exit status is the function's
  "$bin" check "$tmp/drafts/crise-ukraine/draft.md" --against "$store" --rules "$root/rules" \
    --format json > "$1" 2> "$1.err"
}

# The state of the store: "old" or "new" when every article is wholly one version, else a
# description of the damage (and exit 1).
store_state() {
  /usr/bin/python3 - "$store" "$n" <<'PY'
import json, sqlite3, sys
path, n = sys.argv[1], int(sys.argv[2])
db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
problems = []
check = db.execute("PRAGMA integrity_check").fetchall()
if check != [("ok",)]:
    problems.append(f"integrity_check: {check[:3]}")
if db.execute("PRAGMA foreign_key_check").fetchall():
    problems.append("foreign_key_check failed")
figures = {}
for (article,) in db.execute("SELECT article FROM articles"):
    figures[article] = set()
for article, value in db.execute(
        "SELECT a.article, c.value FROM claims c JOIN articles a ON a.id = c.article "
        "WHERE c.slot = 'troops.deployed'"):
    figures[article].add(json.loads(value)["hi"])
if len(figures) != n:
    problems.append(f"{len(figures)} articles, expected {n}")
versions = {frozenset(f) for f in figures.values()}
names = {frozenset({2000}): "old", frozenset({3000}): "new"}
half = [a for a, f in figures.items() if frozenset(f) not in names]
if half:
    problems.append(f"{len(half)} articles hold neither version wholly, e.g. {half[0]}: "
                    f"{sorted(figures[half[0]])}")
elif len(versions) != 1:
    problems.append("articles of both versions: an ingest was committed in part")
if problems:
    print("; ".join(problems))
    sys.exit(1)
print(names[next(iter(versions))])
PY
}

# The two reports a gate may give.
ingest old
status=0; gate "$tmp/expected-old.json" || status=$?
[ "$status" -le 1 ] || { echo "FAIL gate on the old store: exit $status"; cat "$tmp/expected-old.json.err"; exit 1; }
ingest new
status=0; gate "$tmp/expected-new.json" || status=$?
[ "$status" -le 1 ] || { echo "FAIL gate on the new store: exit $status"; cat "$tmp/expected-new.json.err"; exit 1; }
if cmp -s "$tmp/expected-old.json" "$tmp/expected-new.json"; then
  echo "FAIL the gate reports the same on both versions: it cannot tell them apart"; exit 1
fi
[ "$(store_state)" = new ] || { echo "FAIL after two whole ingests: $(store_state)"; exit 1; }

# The gate loop: runs until told to stop, records every report that is not one of the two.
gate_loop() {
  local i=0 status
  while [ ! -e "$tmp/stop" ]; do
    i=$((i + 1))
    status=0
    gate "$tmp/gate.json" || status=$?
    if [ "$status" -gt 1 ] || { ! cmp -s "$tmp/gate.json" "$tmp/expected-old.json" &&
                                ! cmp -s "$tmp/gate.json" "$tmp/expected-new.json"; }; then
      { echo "gate run $i: exit $status"; cat "$tmp/gate.json.err"; head -c 600 "$tmp/gate.json"; echo; } \
        >> "$tmp/gate-failures"
    fi
    echo "$i" > "$tmp/gate-runs"
  done
}
gate_loop &
gate_pid=$!

# How long a whole ingest takes here, with the gate running beside it.
start=$(date +%s%N)
ingest old
ingest_ms=$(( ($(date +%s%N) - start) / 1000000 ))
echo "ok   the gate tells the two versions apart; a whole ingest takes ${ingest_ms} ms"

failures=0
committed=0
state=old
for ((it = 1; it <= iterations; it++)); do
  if [ "$state" = old ]; then target=new; else target=old; fi
  # 0 to 1.5 times a whole ingest, in ms: most kills land inside the ingest, some after it.
  delay_ms=$(( RANDOM % (ingest_ms * 3 / 2 + 1) ))
  "$bin" store ingest "$tmp/$target.jsonl" --store "$store" --rules "$root/rules" \
    > /dev/null 2> "$tmp/ingest.err" &
  ingest_pid=$!
  sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
  kill -9 "$ingest_pid" 2>/dev/null || true
  status=0
  wait "$ingest_pid" 2>/dev/null || status=$?
  ingest_pid=
  if [ "$status" -ne 0 ] && [ "$status" -ne 137 ]; then
    echo "FAIL iteration $it: the ingest failed by itself (exit $status)"; cat "$tmp/ingest.err"
    failures=$((failures + 1))
  fi
  s_status=0
  now=$(store_state) || s_status=$?
  if [ "$s_status" -ne 0 ]; then
    echo "FAIL iteration $it (killed after ${delay_ms} ms): $now"
    failures=$((failures + 1))
    break
  fi
  if [ "$status" -eq 0 ] && [ "$now" != "$target" ]; then
    echo "FAIL iteration $it: the ingest completed but the store holds $now"
    failures=$((failures + 1))
  fi
  [ "$now" = "$target" ] && committed=$((committed + 1))
  state=$now
done
touch "$tmp/stop"
wait "$gate_pid" || true
gate_pid=
runs=$(cat "$tmp/gate-runs" 2>/dev/null || echo 0)
if [ -s "$tmp/gate-failures" ]; then
  echo "FAIL the concurrent gate saw something else than the old or the new store:"
  head -40 "$tmp/gate-failures"
  failures=$((failures + 1))
fi
if [ "$runs" -lt 3 ]; then
  echo "FAIL the gate ran only $runs times during the ingests"; failures=$((failures + 1))
fi
[ "$failures" -eq 0 ] || exit 1
echo "ok   $iterations ingests killed at random ($committed committed before the kill, $((iterations - committed)) rolled back): store intact, every article wholly one version; $runs concurrent gate runs, each on a whole version, none locked out"
