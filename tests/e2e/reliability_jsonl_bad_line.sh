#!/usr/bin/env bash
# Row "articles: a bad .jsonl line" (docs/errors.md): error at file:line (and column for
# invalid JSON), exit 2 - invalid JSON, a number out of range, not an object, a missing or
# mistyped field.
source "$2/tests/data/reliability/lib.sh"
f="$root/tests/data/articles/bad_line.jsonl"
run "$bin" check "$f"
expect_status 2
expect_err "$f:2:"
expect_err "error: invalid JSON"

printf '{"text": "Un."}\n[1, 2]\n' > "$tmp/array.jsonl"
run "$bin" check "$tmp/array.jsonl"
expect_status 2
expect_err "$tmp/array.jsonl:2: error: each line must be a JSON object, not array"

printf '{"text": "Un."}\n\n{"title": "Deux"}\n' > "$tmp/missing.jsonl"
run "$bin" check "$tmp/missing.jsonl"
expect_status 2
expect_err "$tmp/missing.jsonl:3: error: missing 'text'"

printf '{"text": 42}\n' > "$tmp/type.jsonl"
run "$bin" check "$tmp/type.jsonl"
expect_status 2
expect_err "$tmp/type.jsonl:1: error: 'text' must be a string, not number"

# A number no double can hold: an input error at its line, not an internal error.
printf '{"text": "Un."}\n{"text": "Deux.", "id": 1e400}\n' > "$tmp/overflow.jsonl"
run "$bin" check "$tmp/overflow.jsonl"
expect_status 2
expect_err "$tmp/overflow.jsonl:2: error: invalid JSON: number overflow parsing '1e400'"
expect_no_err "internal error"
finish
