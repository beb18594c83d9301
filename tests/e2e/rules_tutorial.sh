#!/usr/bin/env bash
# The tutorial of docs/rules.md works when pasted: every file it shows is written, every
# command it shows is run, and each output and exit status must be the one printed.
set -euo pipefail
bin=$1; root=$2
/usr/bin/python3 "$root/tests/e2e/rules_tutorial_check.py" "$bin" "$root"
