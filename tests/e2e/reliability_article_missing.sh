#!/usr/bin/env bash
# Row "articles: missing file" (docs/errors.md): error naming the path, exit 2, even when
# other paths exist.
source "$2/tests/data/reliability/lib.sh"
run "$bin" check "$tmp/nope.txt"
expect_status 2
expect_err "$tmp/nope.txt: error: no such file or directory"
run "$bin" check "$root/fixtures/ukraine-2022" "$tmp/nope.txt"
expect_status 2
expect_err "$tmp/nope.txt: error: no such file or directory"
finish
