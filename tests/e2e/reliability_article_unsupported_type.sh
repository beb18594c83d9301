#!/usr/bin/env bash
# Row "articles: a file of another type named explicitly" (docs/errors.md): error naming the
# file and the types read, exit 2 - the user asked for that file to be checked.
source "$2/tests/data/reliability/lib.sh"
printf '\x89PNG\r\n\x1a\n' > "$tmp/photo.png"
run "$bin" check "$tmp/photo.png"
expect_status 2
expect_err "$tmp/photo.png: error: unsupported file type"
printf 'Titre\n' > "$tmp/notes"
run "$bin" check "$tmp/notes"
expect_status 2
expect_err "$tmp/notes: error: unsupported file type"
finish
