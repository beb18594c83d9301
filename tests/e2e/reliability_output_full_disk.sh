#!/usr/bin/env bash
# Row "outputs: full disk for --output" (docs/errors.md), simulated with a file-size limit
# (ulimit -f): error naming the file, exit 2 - not a silent death by SIGXFSZ - and neither a
# truncated report nor a temporary file left behind; a previous report stays as it was.
# Standard output on a full device (/dev/full) is an error too.
source "$2/tests/data/reliability/lib.sh"
printf '{"previous": "report"}\n' > "$tmp/report.json"
status=0
( ulimit -f 2; exec "$bin" check "$root/fixtures/ukraine-2022" --format json \
    --output "$tmp/report.json" ) >"$tmp/.out" 2>"$tmp/.err" || status=$?
err=$(cat "$tmp/.err")
expect_status 2
expect_err "$tmp/report.json: error: cannot write $tmp/report.json: File too large"
[ "$(cat "$tmp/report.json")" = '{"previous": "report"}' ] || fail "the previous report was changed"
leftovers=$(find "$tmp" -name '.report.json.tmp-*')
[ -z "$leftovers" ] || fail "temporary file left behind: $leftovers"

# The same limit, no previous report: none is created.
status=0
( ulimit -f 2; exec "$bin" check "$root/fixtures/ukraine-2022" --format json \
    --output "$tmp/new.json" ) >"$tmp/.out" 2>"$tmp/.err" || status=$?
expect_status 2
[ ! -e "$tmp/new.json" ] || fail "a truncated $tmp/new.json was left"

if [ -w /dev/full ]; then
  status=0
  "$bin" check "$root/fixtures/ukraine-2022" --format json >/dev/full 2>"$tmp/.err" || status=$?
  expect_status 2
  expect_err "cannot write to standard output"
fi
finish
