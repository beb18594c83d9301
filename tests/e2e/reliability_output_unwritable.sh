#!/usr/bin/env bash
# Row "outputs: --output in a folder the user cannot write" (docs/errors.md): error naming the
# file and the reason, exit 2. Runs as an unprivileged user: root writes anywhere.
source "$2/tests/data/reliability/lib.sh"
require_unprivileged
mkdir "$tmp/locked"
chmod 555 "$tmp/locked"
run as_nobody "$bin" check "$root/fixtures/ukraine-2022" --format json --output "$tmp/locked/report.json"
expect_status 2
expect_err "$tmp/locked/report.json: error: cannot write $tmp/locked/report.json: Permission denied"
[ ! -e "$tmp/locked/report.json" ] || fail "a report was written"
finish
