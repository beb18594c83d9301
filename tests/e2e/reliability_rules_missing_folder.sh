#!/usr/bin/env bash
# Row "rules: missing file or folder" (docs/errors.md): error naming it, exit 2; never a run
# with no rules.
source "$2/tests/data/reliability/lib.sh"
run "$bin" rules lint "$tmp/no-such-rules"
expect_status 2
expect_err "$tmp/no-such-rules"
run "$bin" check "$root/fixtures/ukraine-2022" --rules "$tmp/no-such-rules"
expect_status 2
expect_err "$tmp/no-such-rules"
finish
