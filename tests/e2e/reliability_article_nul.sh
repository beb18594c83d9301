#!/usr/bin/env bash
# Row "articles: NUL bytes" (docs/errors.md): error at file:line:col naming the byte offset,
# exit 2; a .txt that is really a binary file is not checked as text.
source "$2/tests/data/reliability/lib.sh"
printf 'Titre\nbinary\0data\n' > "$tmp/nul.txt"
run "$bin" check "$tmp/nul.txt"
expect_status 2
expect_err "$tmp/nul.txt:2:7: error: NUL byte at byte 12"

printf '{"text": "a\\u0000b"}\n' > "$tmp/nul.jsonl"
run "$bin" check "$tmp/nul.jsonl"
expect_status 2
expect_err "$tmp/nul.jsonl:1: error: 'text': NUL byte"
finish
