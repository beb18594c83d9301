#!/usr/bin/env bash
# Row "articles: nothing to check" (docs/errors.md): a folder without articles is a warning;
# a run that reads no article at all is an error, exit 2 - a gate that checked nothing must
# not pass.
source "$2/tests/data/reliability/lib.sh"
mkdir -p "$tmp/empty" "$tmp/images"
printf '\x89PNG\r\n' > "$tmp/images/photo.png"
run "$bin" check "$tmp/empty"
expect_status 2
expect_err "$tmp/empty: warning: no article files in this folder"
expect_err "error: no article to check"
run "$bin" check "$tmp/images"
expect_status 2
expect_err "error: no article to check"

# Beside a folder with articles, an empty folder is only a warning.
run "$bin" check "$tmp/empty" "$root/fixtures/ukraine-2022/001_06f0a092c793dd2d.txt"
expect_status 0
expect_err "$tmp/empty: warning: no article files in this folder"
finish
