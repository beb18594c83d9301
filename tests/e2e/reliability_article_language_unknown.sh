#!/usr/bin/env bash
# Row "articles: language not detected" (docs/errors.md): warning naming the file, the rest is
# checked, the exit code reflects findings - no rule ran on it, and the user is told so.
source "$2/tests/data/reliability/lib.sh"
printf 'Titre\n12 345 678\n' > "$tmp/numbers.txt"
run "$bin" check "$tmp/numbers.txt"
expect_status 0
expect_err "$tmp/numbers.txt: warning: cannot tell the language"
finish
