#!/usr/bin/env bash
# Row "articles: a 1 GB single-line article on standard input" (docs/errors.md): read block by
# block and refused once past the limit (256 MiB per article) - error naming "-", exit 2, with
# memory near the limit, not near 1 GB.
source "$2/tests/data/reliability/lib.sh"
rules="$root/tests/data/reliability/rules"
status=0
{ printf 'Renforts\n'; one_gib_line; } |
  /usr/bin/time -f '%M' -o "$tmp/.rss" "$bin" check - --rules "$rules" >"$tmp/.out" 2>"$tmp/.err" ||
  status=$?
[ -x /usr/bin/time ] || skip "/usr/bin/time is not installed (Debian package 'time')"
err=$(cat "$tmp/.err")
peak_kb=$(tail -n 1 "$tmp/.rss")
expect_status 2
expect_err "-: error: file is larger than 268435456 bytes"
expect_peak_below_mb 320
finish
