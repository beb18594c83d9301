#!/usr/bin/env bash
# Row "articles: CRLF and lone CR line ends" (docs/errors.md): read; lines count as the file's
# and columns do not include the CR.
source "$2/tests/data/reliability/lib.sh"
printf 'Renforts\r\n\r\nLe Pentagone a annonc\xc3\xa9 que les \xc3\x89tats-Unis enverront 3 000 soldats en Pologne dans les prochains jours.\r\n' > "$tmp/a.txt"
printf 'Renforts\rLe Pentagone a annonc\xc3\xa9 que les \xc3\x89tats-Unis enverront 2 000 soldats en Pologne dans les prochains jours.\r' > "$tmp/b.txt"
run "$bin" check "$tmp/a.txt" "$tmp/b.txt" --color never
expect_status 1
expect_out "$tmp/a.txt:3:53: error: [troops.deployed.fr]"
expect_out "$tmp/b.txt:2:53: note:"
finish
