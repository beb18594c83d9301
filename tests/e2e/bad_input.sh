#!/usr/bin/env bash
# Bad input never crashes and never passes silently: each case exits 2 with a
# message naming the file and the position (PRODUCT.md §8).
set -uo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0

# expect_error NAME WANT_STATUS NEEDLE CMD...: runs CMD, checks its exit status
# and that stderr holds NEEDLE (a fixed string).
expect_error() {
  local name=$1 want=$2 needle=$3; shift 3
  local status=0
  "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
  if [ "$status" -ne "$want" ]; then
    echo "FAIL $name: exit $status, expected $want"; cat "$tmp/err"; failures=$((failures + 1)); return
  fi
  if ! grep -qF -- "$needle" "$tmp/err"; then
    echo "FAIL $name: stderr lacks: $needle"; cat "$tmp/err"; failures=$((failures + 1)); return
  fi
  echo "ok   $name"
}

# --- malformed rules: each file's first line says where the error must be ---
broken="$root/tests/data/rules/broken"
for f in "$broken"/*.yaml; do
  spec=$(head -1 "$f" | sed -n 's/^# expect-error: \([0-9]*:[0-9]*\): \(.*\)$/\1|\2/p')
  [ -n "$spec" ] || continue
  where=${spec%%|*}; msg=${spec#*|}
  expect_error "rules lint $(basename "$f")" 2 "$f:$where: error: $msg" "$bin" rules lint "$f"
  expect_error "check --rules $(basename "$f")" 2 "$f:$where: error: " \
    "$bin" check "$root/fixtures/ukraine-2022" --rules "$f"
done
expect_error "duplicate rule ids across files" 2 \
  "$broken/duplicate-id/b-second.yaml:3:9: error: duplicate rule id 'broken.duplicate.fr' (first defined at $broken/duplicate-id/a-first.yaml:3:9)" \
  "$bin" rules lint "$broken/duplicate-id"
printf 'rules: [\n  - id: x\n' > "$tmp/syntax.yaml"
expect_error "YAML syntax error" 2 "$tmp/syntax.yaml:2:3: error: invalid YAML" "$bin" rules lint "$tmp/syntax.yaml"
expect_error "missing rule folder" 2 "$tmp/no-such-rules" "$bin" rules lint "$tmp/no-such-rules"

# --- bad articles ---
printf 'Titre\nIl y a 5 000 soldats \xff\xfe en Pologne.\n' > "$tmp/bad-utf8.txt"
expect_error "invalid UTF-8" 2 "$tmp/bad-utf8.txt:2:22: error: invalid UTF-8 at byte 27" \
  "$bin" check "$tmp/bad-utf8.txt"
: > "$tmp/empty.txt"
expect_error "empty article" 2 "$tmp/empty.txt: error: empty article" "$bin" check "$tmp/empty.txt"
printf 'Titre\nbinary\0data\n' > "$tmp/nul.txt"
expect_error "NUL byte" 2 "$tmp/nul.txt:2:7: error: NUL byte at byte 12" "$bin" check "$tmp/nul.txt"
expect_error "missing path" 2 "$tmp/nope.txt" "$bin" check "$tmp/nope.txt"
printf 'x' > "$tmp/photo.png"
expect_error "unsupported file named explicitly" 2 "$tmp/photo.png: error: unsupported file type" \
  "$bin" check "$tmp/photo.png"
expect_error "unknown option" 2 "unrecognised option" "$bin" check "$tmp/empty.txt" --frobnicate
expect_error "bad --fail-on" 2 "unknown --fail-on 'sometimes'" "$bin" check x --fail-on sometimes
expect_error "output into a missing folder" 2 "$tmp/missing-dir/report.json" \
  "$bin" check "$root/fixtures/ukraine-2022" --format json --output "$tmp/missing-dir/report.json"

# A folder of mixed files: the image is skipped with a warning, the rest is checked.
mkdir -p "$tmp/mixed"
cp "$root/fixtures/ukraine-2022/001_06f0a092c793dd2d.txt" "$root/fixtures/ukraine-2022/002_88f3e815b8c1ef22.txt" "$tmp/mixed/"
printf '\x89PNG\r\n' > "$tmp/mixed/photo.png"
expect_error "mixed folder: warning, rest checked" 1 "$tmp/mixed/photo.png" "$bin" check "$tmp/mixed"

# BOM and CRLF are read, and claims keep their original line and column.
printf '\xef\xbb\xbfRenforts\r\nLe Pentagone a annoncé que les États-Unis enverront 3 000 soldats en Pologne dans les prochains jours.\r\n' > "$tmp/a.txt"
printf 'Renforts\r\nLe Pentagone a annoncé que les États-Unis enverront 2 000 soldats en Pologne dans les prochains jours.\r\n' > "$tmp/b.txt"
status=0; "$bin" check "$tmp/a.txt" "$tmp/b.txt" --rules "$root/rules" --color never > "$tmp/out" 2>&1 || status=$?
if [ "$status" -eq 1 ] && grep -q "a.txt:2:53: error: \[troops.deployed.fr\]" "$tmp/out"; then
  echo "ok   BOM and CRLF"
else
  echo "FAIL BOM and CRLF (exit $status)"; cat "$tmp/out"; failures=$((failures + 1))
fi

# --fail-on: never exits 0 after an error, and 'never' turns findings into 0.
status=0; "$bin" check "$tmp/a.txt" "$tmp/b.txt" --fail-on never >/dev/null 2>&1 || status=$?
[ "$status" -eq 0 ] && echo "ok   --fail-on never" || { echo "FAIL --fail-on never: $status"; failures=$((failures + 1)); }

# An article whose language cannot be told is reported, not silently skipped.
printf 'Titre\n12 345 678\n' > "$tmp/numbers.txt"
expect_error "language not detected" 0 "$tmp/numbers.txt: warning: cannot tell the language" \
  "$bin" check "$tmp/numbers.txt"

[ "$failures" -eq 0 ] || { echo "$failures failures"; exit 1; }
