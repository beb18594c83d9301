#!/usr/bin/env bash
# Byte-identical output for every --jobs N, streamed or not: the evaluation
# stories (extract jsonl and json, check json) and a generated French/English
# JSON Lines corpus read from a file, from standard input and written to --output.
set -euo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
rules=(--rules "$root/rules")

same() {  # same NAME FILE...: every file equals the first
  local name=$1 first=$2; shift 2
  for f in "$@"; do
    if ! cmp -s "$first" "$f"; then echo "FAIL $name: $first and $f differ"; exit 1; fi
  done
  echo "ok   $name"
}

for j in 1 2 4; do
  "$bin" extract "$root/fixtures/eval" "${rules[@]}" --format jsonl --jobs $j >"$tmp/eval-$j.jsonl" 2>/dev/null
  "$bin" extract "$root/fixtures/eval" "${rules[@]}" --format json --jobs $j >"$tmp/eval-$j.json" 2>/dev/null
  status=0
  "$bin" check "$root/fixtures/eval" "${rules[@]}" --format json --jobs $j >"$tmp/check-$j.json" 2>/dev/null || status=$?
  [ "$status" -le 1 ] || { echo "FAIL check --jobs $j exited $status"; exit 1; }
done
[ -s "$tmp/eval-1.jsonl" ] || { echo "FAIL no claim in the evaluation stories"; exit 1; }
same "extract jsonl, eval, jobs 1/2/4" "$tmp"/eval-{1,2,4}.jsonl
same "extract json, eval, jobs 1/2/4" "$tmp"/eval-{1,2,4}.json
same "check json, eval, jobs 1/2/4" "$tmp"/check-{1,2,4}.json
# The json document holds the same claims as the lines.
/usr/bin/python3 - "$tmp/eval-1.json" "$tmp/eval-1.jsonl" <<'PY'
import json, sys
doc = json.load(open(sys.argv[1], encoding="utf-8"))
lines = [json.loads(l) for l in open(sys.argv[2], encoding="utf-8")]
assert doc["claims"] == lines, "json and jsonl claims differ"
PY
echo "ok   extract json = extract jsonl"

/usr/bin/python3 "$root/scripts/bench/gen_corpus.py" --mb 0.3 --seed 7 --rules "$root/rules" \
  --out "$tmp/corpus.jsonl" 2>/dev/null
for j in 1 2 4; do
  "$bin" extract "$tmp/corpus.jsonl" "${rules[@]}" --format jsonl --jobs $j >"$tmp/corpus-$j.jsonl"
  "$bin" extract - "${rules[@]}" --format jsonl --jobs $j <"$tmp/corpus.jsonl" >"$tmp/stdin-$j.jsonl"
done
"$bin" extract "$tmp/corpus.jsonl" "${rules[@]}" --format jsonl --jobs 2 --output "$tmp/out.jsonl"
[ "$(wc -l <"$tmp/corpus-1.jsonl")" -gt 100 ] || { echo "FAIL too few claims in the corpus"; exit 1; }
same "extract jsonl, generated corpus, jobs 1/2/4 and --output" "$tmp"/corpus-{1,2,4}.jsonl "$tmp/out.jsonl"
same "extract - (a JSON Lines shard on stdin), jobs 1/2/4" "$tmp"/stdin-{1,2,4}.jsonl
# Standard input yields the same claims, located in "-".
sed 's|"file":"-"|"file":"'"$tmp/corpus.jsonl"'"|' "$tmp/stdin-1.jsonl" >"$tmp/stdin-renamed.jsonl"
same "extract - = extract FILE" "$tmp/corpus-1.jsonl" "$tmp/stdin-renamed.jsonl"
echo "jobs determinism: ok"
