#!/usr/bin/env bash
# Row "articles: a folder of mixed files" (docs/errors.md): files that are not articles (an
# image, a binary, a FIFO, a link to a folder) are skipped with one warning each naming them;
# the articles are checked and the exit code reflects their findings (1 here: 3 000 vs 2 000).
source "$2/tests/data/reliability/lib.sh"
mkdir -p "$tmp/mixed/sub"
cp "$root/fixtures/ukraine-2022/001_06f0a092c793dd2d.txt" "$tmp/mixed/"
cp "$root/fixtures/ukraine-2022/002_88f3e815b8c1ef22.txt" "$tmp/mixed/sub/"
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR' > "$tmp/mixed/photo.png"
head -c 4096 /dev/urandom > "$tmp/mixed/blob.bin"
mkfifo "$tmp/mixed/pipe.txt"
ln -s .. "$tmp/mixed/sub/up"
ln -s "$tmp/gone" "$tmp/mixed/dangling.txt"
: > "$tmp/mixed/.hidden.txt"   # hidden files are left out silently (editors, VCS)

run "$bin" check "$tmp/mixed"
expect_status 1
expect_err "$tmp/mixed/photo.png: warning: skipped: unsupported file type"
expect_err "$tmp/mixed/blob.bin: warning: skipped: unsupported file type"
expect_err "$tmp/mixed/pipe.txt: warning: skipped: not a regular file"
expect_err "$tmp/mixed/sub/up: warning: skipped: symbolic link to a folder"
expect_err "$tmp/mixed/dangling.txt: warning: skipped: broken symbolic link"
expect_no_err ".hidden.txt"
expect_out "(2 articles"
finish
