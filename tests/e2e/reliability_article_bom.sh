#!/usr/bin/env bash
# Row "articles: UTF-8 BOM" (docs/errors.md): read; claims keep the line and column of the
# original file (the BOM is not a column).
source "$2/tests/data/reliability/lib.sh"
printf '\xef\xbb\xbfRenforts\nLe Pentagone a annonc\xc3\xa9 que les \xc3\x89tats-Unis enverront 3 000 soldats en Pologne dans les prochains jours.\n' > "$tmp/a.txt"
printf 'Renforts\nLe Pentagone a annonc\xc3\xa9 que les \xc3\x89tats-Unis enverront 2 000 soldats en Pologne dans les prochains jours.\n' > "$tmp/b.txt"
run "$bin" check "$tmp/a.txt" "$tmp/b.txt" --rules "$root/rules" --color never
expect_status 1
expect_out "$tmp/a.txt:2:53: error: [troops.deployed.fr]"
expect_out "$tmp/b.txt:2:53: note:"

printf '\xef\xbb\xbf{"id": "a", "lang": "fr", "text": "Renforts\\nLes \xc3\x89tats-Unis enverront 3 000 soldats en Pologne."}\n' > "$tmp/c.jsonl"
run "$bin" extract "$tmp/c.jsonl" --format jsonl
expect_status 0
expect_out '"line":2'
finish
