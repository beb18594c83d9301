#!/usr/bin/env bash
# Row "articles: empty files" (docs/errors.md): error naming the file, exit 2 - for an empty
# file, one with only white space, and a .md with front matter and nothing after it.
source "$2/tests/data/reliability/lib.sh"
: > "$tmp/empty.txt"
run "$bin" check "$tmp/empty.txt"
expect_status 2
expect_err "$tmp/empty.txt: error: empty article"

printf ' \n\t\r\n\xc2\xa0\n' > "$tmp/blank.txt"
run "$bin" check "$tmp/blank.txt"
expect_status 2
expect_err "$tmp/blank.txt: error: empty article"

printf -- '---\ntitle: Rien\nlang: fr\n---\n\n' > "$tmp/matter-only.md"
run "$bin" check "$tmp/matter-only.md"
expect_status 2
expect_err "$tmp/matter-only.md"
expect_err "empty article"
finish
