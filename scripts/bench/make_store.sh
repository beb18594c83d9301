#!/usr/bin/env bash
# Builds a claim store for the gate benchmark: a seeded corpus from gen_corpus.py,
# ingested with `factlint store ingest`, until the store holds at least CLAIMS claims,
# and one gate article (the corpus's first French article, as a draft of its story).
#
#   scripts/bench/make_store.sh OUT_DIR [CLAIMS]        # CLAIMS default 1000000
#   -> OUT_DIR/store.db, OUT_DIR/gate.md, OUT_DIR/corpus.jsonl
#   factlint check OUT_DIR/gate.md --against OUT_DIR/store.db
#
# The corpus averages about 19 claims per article (~9 500 per MB), so 1 000 000 claims
# take ~110 MB of corpus. Env: FACTLINT (binary, default build/factlint), SEED (1),
# JOBS (factlint --jobs, default all cores).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?usage: make_store.sh OUT_DIR [CLAIMS]}
want=${2:-1000000}
bin=${FACTLINT:-$root/build/factlint}
seed=${SEED:-1}
jobs=()
[ -n "${JOBS:-}" ] && jobs=(--jobs "$JOBS")
mkdir -p "$out"

# ~9 500 claims per MB, plus 10% so one pass is enough.
mb=$(/usr/bin/python3 -c "print(round($want / 9500 * 1.1, 1))")
/usr/bin/python3 "$here/gen_corpus.py" --mb "$mb" --seed "$seed" --out "$out/corpus.jsonl"
rm -f "$out/store.db" "$out/store.db-wal" "$out/store.db-shm"
"$bin" store ingest "$out/corpus.jsonl" --store "$out/store.db" "${jobs[@]}"
stats=$("$bin" store stats --store "$out/store.db")
claims=$(sed -n '1s/.* \([0-9]*\) claims$/\1/p' <<<"$stats")
echo "make_store: $out/store.db holds ${claims:-?} claims (wanted >= $want)"

# The gate article: the first French article of the corpus, as a new draft of its story.
/usr/bin/python3 - "$out/corpus.jsonl" "$out/gate.md" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        a = json.loads(line)
        if a["lang"] == "fr":
            break
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write("---\nid: gate-draft\nsource: Gate Draft\nstory: %s\npublished: %s\nlang: fr\n---\n%s"
            % (a["story"], a["published"], a["text"]))
PY
echo "make_store: gate article $out/gate.md"
