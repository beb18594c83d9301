#!/usr/bin/env bash
# Row "rules: YAML alias bomb (billion laughs)" (docs/errors.md): error, exit 2, quickly and in
# little memory: a document that expands past 1 000 000 nodes through aliases is refused before
# anything walks it.
source "$2/tests/data/reliability/lib.sh"
{
  echo 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'
  prev=a
  for c in b c d e f g h i; do
    printf '%s: &%s [' "$c" "$c"
    for i in 1 2 3 4 5 6 7 8 9; do printf '%s*%s' "$([ "$i" -gt 1 ] && echo ,)" "$prev"; done
    echo ']'
    prev=$c
  done
  echo 'rules: [*i, *i, *i, *i, *i, *i, *i, *i, *i]'
} > "$tmp/lol.yaml"
peak_rss_kb "$bin" rules lint "$tmp/lol.yaml"
expect_status 2
expect_err "$tmp/lol.yaml"
expect_err "more than 1000000 nodes"
expect_peak_below_mb 200
finish
