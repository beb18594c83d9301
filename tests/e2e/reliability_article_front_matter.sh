#!/usr/bin/env bash
# Row "articles: malformed Markdown front matter" (docs/errors.md): error at file:line:col,
# exit 2 - malformed YAML, an unknown key, a bad value, an alias bomb.
source "$2/tests/data/reliability/lib.sh"
run "$bin" check "$root/tests/data/articles/md_malformed.md"
expect_status 2
# yaml-cpp notices the unclosed [ where the next key starts.
expect_err "$root/tests/data/articles/md_malformed.md:4:10: error: invalid front matter"

printf -- '---\ntitle: A\nauthor: B\n---\nText.\n' > "$tmp/unknown.md"
run "$bin" check "$tmp/unknown.md"
expect_status 2
expect_err "$tmp/unknown.md:3:1: error:"
expect_err "author"

printf -- '---\npublished: 24 janvier\n---\nText.\n' > "$tmp/date.md"
run "$bin" check "$tmp/date.md"
expect_status 2
expect_err "$tmp/date.md:2:"
expect_err "published"

{
  printf -- '---\na: &a [x,x,x,x,x,x,x,x,x,x]\n'
  prev=a
  for c in b c d e f g h; do printf '%s: &%s [*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s,*%s]\n' $c $c $prev $prev $prev $prev $prev $prev $prev $prev $prev $prev; prev=$c; done
  printf 'title: *h\n---\nText.\n'
} > "$tmp/bomb.md"
run "$bin" check "$tmp/bomb.md"
expect_status 2
expect_err "$tmp/bomb.md:"
expect_no_err "internal error"
finish
