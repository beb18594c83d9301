#!/usr/bin/env bash
# Row "articles: invalid UTF-8" (docs/errors.md): error at file:line:col naming the byte offset
# (from 0), exit 2 - in a file named explicitly and in a folder.
source "$2/tests/data/reliability/lib.sh"
printf 'Titre\nIl y a 5 000 soldats \xff\xfe en Pologne.\n' > "$tmp/bad-utf8.txt"
run "$bin" check "$tmp/bad-utf8.txt"
expect_status 2
expect_err "$tmp/bad-utf8.txt:2:22: error: invalid UTF-8 at byte 27"

# Latin-1 text (a common export mistake) inside a folder of good articles.
mkdir "$tmp/story"
cp "$root/fixtures/ukraine-2022/001_06f0a092c793dd2d.txt" "$tmp/story/"
printf 'Renforts\nLes \xc9tats-Unis enverront 3 000 soldats.\n' > "$tmp/story/latin1.txt"
run "$bin" check "$tmp/story"
expect_status 2
expect_err "$tmp/story/latin1.txt:2:5: error: invalid UTF-8 at byte 13"

# An overlong encoding of '/' and a UTF-16 surrogate are not UTF-8 either.
printf 'Titre\n\xc0\xaf et \xed\xa0\x80\n' > "$tmp/overlong.md"
run "$bin" check "$tmp/overlong.md"
expect_status 2
expect_err "$tmp/overlong.md:2:1: error: invalid UTF-8 at byte 6"
finish
