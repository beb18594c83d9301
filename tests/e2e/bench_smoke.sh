#!/usr/bin/env bash
# scripts/bench/run on a tiny corpus in quick mode: every piece runs (extract, --jobs 2, the
# Python peer, the RE2::Set ceiling, the gate against a small store, RSS on a 10x stream, the
# comparison benchmark), the peer makes the same claims as factlint on the evaluation stories
# and the corpus slice, and the last line has the documented shape. No timing is asserted.
set -uo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
build_dir=$(dirname "$bin")
if [ ! -x "$build_dir/factlint_ceiling" ]; then
  echo "FAIL factlint_ceiling is not built next to $bin"; exit 1
fi

status=0
"$root/scripts/bench/run" --mb 0.2 --quick --no-build --build-dir "$build_dir" --work "$tmp/work" \
  >"$tmp/out" 2>"$tmp/err" || status=$?
cat "$tmp/out"
if [ "$status" -ne 0 ]; then
  echo "FAIL scripts/bench/run exited $status"; cat "$tmp/err"; exit 1
fi

failures=0
last=$(tail -n 1 "$tmp/out")
shape='^bench: extract [0-9.]+ MB/s, jobs2 [0-9.]+ MB/s, peer [0-9.]+ MB/s \([0-9.]+×\), ceiling [0-9.]+ MB/s \([0-9.]+\), gate [0-9]+ ms, rss [0-9]+ MB$'
if ! grep -qE "$shape" <<<"$last"; then
  echo "FAIL last line has not the documented shape: $last"; failures=$((failures + 1))
fi
# The peer check compared real claims on both samples and found them equal.
for sample in eval corpus; do
  row=$(grep -E "^peer check on $sample " "$tmp/out")
  compared=$(sed -n 's/.* \([0-9]*\) compared, .*/\1/p' <<<"$row")
  if [ -z "$compared" ] || [ "$compared" -lt 50 ]; then
    echo "FAIL peer check on $sample compared too few claims: $row"; failures=$((failures + 1))
  fi
  if ! grep -q ", 0 differences$" <<<"$row"; then
    echo "FAIL peer check on $sample: $row"; failures=$((failures + 1))
  fi
done
# The factlint side of the check is real extraction output, the peer's too.
for f in factlint-eval peer-eval factlint-corpus peer-corpus; do
  if [ ! -s "$tmp/work/$f.claims.jsonl" ]; then
    echo "FAIL no claims in $f.claims.jsonl"; failures=$((failures + 1))
  fi
done
grep -q '"rule": "place.location.en"' "$tmp/work/peer-eval.claims.jsonl" ||
  { echo "FAIL the peer found no place.location.en claim in the evaluation stories"; failures=$((failures + 1)); }
grep -qE '^ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9.]+$' "$tmp/out" || [ ! -x "$build_dir/factlint_compare_bench" ] ||
  { echo "FAIL no comparison benchmark rows"; failures=$((failures + 1)); }
[ "$failures" -eq 0 ] || exit 1
echo "ok   bench smoke"
