#!/usr/bin/env bash
# SARIF on the seed story: validates against the official SARIF 2.1.0 schema
# (python3-jsonschema), one result per finding of the JSON report, and every
# region points at the claim's exact text in the article.
set -euo pipefail
bin=$1; root=$2
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
cd "$root"   # artifact URIs are relative to the working directory
status=0
"$bin" check fixtures/ukraine-2022 --rules rules --format sarif -o "$out/report.sarif" || status=$?
if [ "$status" -ne 1 ]; then echo "expected exit 1 (findings), got $status"; exit 1; fi
"$bin" check fixtures/ukraine-2022 --rules rules --format json -o "$out/report.json" || true
/usr/bin/python3 tests/e2e/report_sarif_check.py tests/data/report/sarif-schema-2.1.0.json \
  "$out/report.sarif" "$out/report.json"
# An article given by absolute path is still located relative to the working directory.
"$bin" check "$root/fixtures/ukraine-2022" --rules rules --format sarif -o "$out/abs.sarif" || true
cmp "$out/report.sarif" "$out/abs.sarif"
# A CI gate: four published articles in a claim store, the fifth checked against it. Each
# result sits on the new article; the stored claims are related locations.
new=fixtures/ukraine-2022/002_88f3e815b8c1ef22.txt
"$bin" store ingest fixtures/ukraine-2022/00[0134]_*.txt --store "$out/published.db" \
  --rules rules > /dev/null
status=0
"$bin" check "$new" --against "$out/published.db" --rules rules --format sarif \
  -o "$out/gate.sarif" || status=$?
if [ "$status" -ne 1 ]; then echo "gate: expected exit 1 (findings), got $status"; exit 1; fi
"$bin" check "$new" --against "$out/published.db" --rules rules --format json \
  -o "$out/gate.json" || true
/usr/bin/python3 tests/e2e/report_sarif_check.py tests/data/report/sarif-schema-2.1.0.json \
  "$out/gate.sarif" "$out/gate.json" "$new"
echo "sarif: ok"
