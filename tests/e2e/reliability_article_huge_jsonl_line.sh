#!/usr/bin/env bash
# Row "articles: a 1 GB line in a .jsonl corpus" (docs/errors.md): the line is read in blocks
# and refused once past the limit (256 MiB per article) - error at file:line, exit 2, with
# memory near the limit, not near 1 GB. The articles before it were read; none after.
source "$2/tests/data/reliability/lib.sh"
rules="$root/tests/data/reliability/rules"
mkfifo "$tmp/corpus.jsonl"
{
  printf '{"id": "a", "lang": "fr", "text": "Renforts\\nLes Etats-Unis enverront 3 000 soldats en Pologne."}\n'
  printf '{"id": "b", "lang": "fr", "text": "'
  one_gib_line
  printf '"}\n'
} > "$tmp/corpus.jsonl" &
writer=$!
peak_rss_kb "$bin" check "$tmp/corpus.jsonl" --rules "$rules"
wait "$writer" 2>/dev/null
expect_status 2
expect_err "$tmp/corpus.jsonl:2: error: line is longer than 268435456 bytes"
expect_peak_below_mb 320
finish
