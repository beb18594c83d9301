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
echo "sarif: ok"
