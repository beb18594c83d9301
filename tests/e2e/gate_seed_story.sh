#!/usr/bin/env bash
# The CI gate on the seed story (issue 5, "done when"): ingest four published articles, gate
# the fifth; it contradicts them, so the gate reports its conflicts and exits 1. With a
# baseline written from that run, the same gate exits 0 and says how much it suppressed.
set -euo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
seed="$root/fixtures/ukraine-2022"
new="$seed/002_88f3e815b8c1ef22.txt"
store="$tmp/published.db"
run() {  # WANT_STATUS CMD...
  local want=$1 status=0; shift
  "$@" || status=$?
  if [ "$status" -ne "$want" ]; then echo "FAIL: exit $status, expected $want: $*"; exit 1; fi
}

run 0 "$bin" store ingest "$seed/000_50992c8ad878af4b.txt" "$seed/001_06f0a092c793dd2d.txt" \
  "$seed/003_079d4f8d1d047cbb.txt" "$seed/004_fe9cd75e8fbb71a9.txt" \
  --store "$store" --rules "$root/rules" > "$tmp/ingest.txt"
grep -qx "ingested 4 articles, [0-9]* claims into $store" "$tmp/ingest.txt"
run 0 "$bin" store stats --store "$store" > "$tmp/stats.txt"
grep -q "^  ukraine-2022: 4 articles, " "$tmp/stats.txt"

# The gate: 002 contradicts the published articles.
run 1 "$bin" check "$new" --against "$store" --rules "$root/rules" --format json \
  --write-baseline "$tmp/baseline.json" > "$tmp/gate.json"
/usr/bin/python3 - "$tmp/gate.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
fs = r["findings"]
new = "002_88f3e815b8c1ef22"
assert fs, "the gate reported nothing"
for f in fs:
    assert f["claims"][0]["article"] == new, f"primary claim not from the new article: {f['message']}"
    assert any(c["article"] == new for c in f["claims"])
conflicts = [f for f in fs if f["kind"] == "conflict"]
keys = {f["key"] for f in conflicts}
# PRODUCT.md §4: 2 000 against 3 000 troops; Fort Bragg in North against South Carolina.
assert "troops.deployed|region=EU-EAST" in keys, keys
assert any(k.startswith("place.location|") for k in keys), keys
assert any(f["kind"] == "internal" for f in fs), "002 contradicts itself on Fort Bragg's state"
# Published articles' own disagreements (000's 5 000 headline vs its body) are not reported.
assert not any(all(c["article"] != new for c in f["claims"]) for f in fs)
assert r["summary"]["suppressed"] == 0
print(f"ok   gate: {len(fs)} findings about 002, {len(conflicts)} conflicts")
PY

# The baseline accepts them: the same gate passes, and says what it suppressed.
run 0 "$bin" check "$new" --against "$store" --rules "$root/rules" --format json \
  --baseline "$tmp/baseline.json" > "$tmp/accepted.json" 2> "$tmp/accepted.err"
/usr/bin/python3 - "$tmp/gate.json" "$tmp/accepted.json" <<'PY'
import json, sys
before, after = (json.load(open(p)) for p in sys.argv[1:3])
failing = [f for f in before["findings"] if f["kind"] != "corroborated"]
assert after["summary"]["suppressed"] == len(failing), after["summary"]
assert after["summary"]["stale"] == 0
assert all(f["kind"] == "corroborated" for f in after["findings"])
print(f"ok   baseline: {len(failing)} findings suppressed, exit 0")
PY
[ ! -s "$tmp/accepted.err" ] || { echo "FAIL: unexpected warnings"; cat "$tmp/accepted.err"; exit 1; }
run 0 "$bin" check "$new" --against "$store" --rules "$root/rules" --color never \
  --baseline "$tmp/baseline.json" > "$tmp/accepted.txt"
grep -q "suppressed by the baseline)$" "$tmp/accepted.txt"

# The baseline file: versioned, sorted, the same bytes from the same inputs.
run 1 "$bin" check "$new" --against "$store" --rules "$root/rules" \
  --write-baseline "$tmp/baseline2.json" > /dev/null
cmp "$tmp/baseline.json" "$tmp/baseline2.json"
/usr/bin/python3 - "$tmp/baseline.json" <<'PY'
import json, sys
b = json.load(open(sys.argv[1]))
assert b["version"] == 1 and b["fingerprint_version"] >= 1
fps = [e["fingerprint"] for e in b["findings"]]
assert fps == sorted(fps) and len(fps) == len(set(fps)) and fps
PY

# Byte-identical reports: twice, with one job or four, and against the same articles given
# as files instead of a store.
run 1 "$bin" check "$new" --against "$store" --rules "$root/rules" --format json --jobs 1 > "$tmp/j1.json"
run 1 "$bin" check "$new" --against "$store" --rules "$root/rules" --format json --jobs 4 > "$tmp/j4.json"
cmp "$tmp/gate.json" "$tmp/j1.json"
cmp "$tmp/gate.json" "$tmp/j4.json"
run 1 "$bin" check "$new" --against "$seed" --rules "$root/rules" --format json > "$tmp/paths.json"
cmp "$tmp/gate.json" "$tmp/paths.json"
echo "ok   byte-identical: reruns, --jobs 1/4, store or article paths"

# The baseline written by a plain check of the whole story also accepts the gate's findings:
# fingerprints do not depend on which run found them.
run 1 "$bin" check "$seed" --rules "$root/rules" --write-baseline "$tmp/story-baseline.json" > /dev/null
run 0 "$bin" check "$new" --against "$store" --rules "$root/rules" \
  --baseline "$tmp/story-baseline.json" > /dev/null
echo "gate on the seed story: ok"
