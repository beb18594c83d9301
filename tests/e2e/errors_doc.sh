#!/usr/bin/env bash
# docs/errors.md lists every row of the bad-input matrix: each tests/e2e/reliability_*.sh names
# its row in its header ('Row "rules: bad regex" (docs/errors.md)'), and the page must hold that
# row's name and the script's name on one line of its tables. A row added without its
# documentation, or renamed in one place only, fails here. (Needs no factlint binary.)
set -uo pipefail
root=$2
doc="$root/docs/errors.md"
failures=0
rows=0
for script in "$root"/tests/e2e/reliability_*.sh; do
  name=$(basename "$script" .sh)
  row=$(sed -n 's/^# Row "\([^"]*\)".*/\1/p' "$script" | head -1)
  if [ -z "$row" ]; then
    echo "FAIL $name: its header names no row (# Row \"section: case\" (docs/errors.md): ...)"
    failures=$((failures + 1))
    continue
  fi
  rows=$((rows + 1))
  # The table line of this row: "| <row> | `<script>` | ...".
  if ! grep -qF -- "| $row | \`$name\` |" "$doc"; then
    echo "FAIL $name: docs/errors.md has no table row \"| $row | \`$name\` | ...\""
    failures=$((failures + 1))
  fi
done
# And no row of the page points at a script that does not exist.
while read -r name; do
  if [ ! -f "$root/tests/e2e/$name.sh" ]; then
    echo "FAIL docs/errors.md names $name, which is not in tests/e2e/"
    failures=$((failures + 1))
  fi
done < <(grep -o '| `reliability_[a-z0-9_]*` |' "$doc" | sed 's/| `\(.*\)` |/\1/' | sort -u)
[ "$rows" -gt 0 ] || { echo "FAIL no reliability_*.sh found"; exit 1; }
[ "$failures" -eq 0 ] || { echo "$failures problem(s)"; exit 1; }
echo "ok   docs/errors.md lists all $rows rows of the bad-input matrix"
