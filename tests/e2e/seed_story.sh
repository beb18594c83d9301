#!/usr/bin/env bash
# Golden end-to-end test: the seed story's known disagreements are flagged with
# the right kind, and its known agreements are not flagged (PRODUCT.md §4).
set -euo pipefail
bin=$1; root=$2
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
status=0
"$bin" check "$root/fixtures/ukraine-2022" --format json --rules "$root/rules" > "$out/report.json" || status=$?
if [ "$status" -ne 1 ]; then echo "expected exit 1 (findings), got $status"; exit 1; fi
/usr/bin/python3 "$root/tests/e2e/seed_story_check.py" "$out/report.json"
# Text output: compiler-style lines for the same run.
"$bin" check "$root/fixtures/ukraine-2022" --rules "$root/rules" --color never > "$out/report.txt" || true
grep -Eq '^.*001_06f0a092c793dd2d\.txt:[0-9]+:[0-9]+: (error|warning): \[' "$out/report.txt"
grep -q 'conflicts, ' "$out/report.txt"
# Deterministic: the same bytes with one job and with four.
"$bin" check "$root/fixtures/ukraine-2022" --format json --rules "$root/rules" --jobs 1 > "$out/j1.json" || true
"$bin" check "$root/fixtures/ukraine-2022" --format json --rules "$root/rules" --jobs 4 > "$out/j4.json" || true
cmp "$out/j1.json" "$out/j4.json"
cmp "$out/j1.json" "$out/report.json"
echo "seed story: ok"
