#!/usr/bin/env bash
# Row "articles: a binary file with an article's extension, in a folder" (docs/errors.md):
# error naming it, exit 2 - it claims to be an article, so skipping it would pass silently.
source "$2/tests/data/reliability/lib.sh"
mkdir "$tmp/story"
cp "$root/fixtures/ukraine-2022/001_06f0a092c793dd2d.txt" "$tmp/story/"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$tmp/story/002.txt"
run "$bin" check "$tmp/story"
expect_status 2
expect_err "$tmp/story/002.txt:1:1: error: invalid UTF-8 at byte 0"
finish
