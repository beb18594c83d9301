#!/usr/bin/env bash
# Row "outputs: --output names a folder" (docs/errors.md): error naming it, exit 2, and the
# folder and its content untouched.
source "$2/tests/data/reliability/lib.sh"
mkdir "$tmp/reports"
printf 'keep\n' > "$tmp/reports/old.json"
run "$bin" check "$root/fixtures/ukraine-2022" --format json --output "$tmp/reports"
expect_status 2
expect_err "$tmp/reports: error: cannot write $tmp/reports"
[ -d "$tmp/reports" ] && [ "$(cat "$tmp/reports/old.json")" = keep ] || fail "the folder was changed"
[ -z "$(find "$tmp" -name '.*.tmp-*')" ] || fail "temporary file left behind"
finish
