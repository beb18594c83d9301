#!/usr/bin/env bash
# scripts/bench-hostile still runs: every pathological pattern family loads and reads its claims
# on tiny inputs (2 and 4 KB). A smoke run - no timing is asserted; the benchmark itself, on 1 to
# 8 MB, is how super-linear behaviour is looked for (docs/errors.md "Hostile rules").
set -euo pipefail
bin=$1; root=$2
/usr/bin/python3 "$root/scripts/bench-hostile" --factlint "$bin" --sizes-kb 2,4 --repeat 1 --timeout 300
