#!/usr/bin/env bash
# Row "outputs: --output in a missing folder" (docs/errors.md): error naming the path, exit 2,
# nothing created. Folders are not created on the user's behalf: a typo would scatter reports.
source "$2/tests/data/reliability/lib.sh"
run "$bin" check "$root/fixtures/ukraine-2022" --format json --output "$tmp/missing-dir/report.json"
expect_status 2
expect_err "$tmp/missing-dir/report.json: error: cannot write $tmp/missing-dir/report.json: No such file or directory"
[ ! -e "$tmp/missing-dir" ] || fail "$tmp/missing-dir was created"
finish
