#!/usr/bin/env bash
# The evaluation set (fixtures/eval/ and the seed story): overall precision must stay at or
# above 0.9 and recall at or above 0.8 (scripts/eval, docs/rule-pack.md "Measuring").
set -euo pipefail
bin=$1; root=$2
/usr/bin/python3 "$root/scripts/eval.py" --bin "$bin" --root "$root" --min-precision 0.9 --min-recall 0.8
