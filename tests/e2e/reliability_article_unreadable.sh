#!/usr/bin/env bash
# Row "articles: unreadable file or folder" (docs/errors.md): error naming it and the reason,
# exit 2 - named explicitly, inside a folder, or a folder that cannot be listed. Runs as an
# unprivileged user: root reads any file whatever its permissions.
source "$2/tests/data/reliability/lib.sh"
require_unprivileged
mkdir -p "$tmp/story/locked-folder"
cp "$root/fixtures/ukraine-2022/001_06f0a092c793dd2d.txt" "$tmp/story/001.txt"
cp "$root/fixtures/ukraine-2022/002_88f3e815b8c1ef22.txt" "$tmp/story/002.txt"
chmod 000 "$tmp/story/002.txt"

run as_nobody "$bin" check "$tmp/story/002.txt"
expect_status 2
expect_err "$tmp/story/002.txt: error: permission denied"

chmod 000 "$tmp/story/locked-folder"
chmod 644 "$tmp/story/002.txt"
run as_nobody "$bin" check "$tmp/story"
expect_status 2
expect_err "$tmp/story/locked-folder: error: cannot list folder: permission denied"

chmod 755 "$tmp/story/locked-folder"
chmod 000 "$tmp/story/002.txt"
run as_nobody "$bin" check "$tmp/story"
expect_status 2
expect_err "$tmp/story/002.txt: error: permission denied"
finish
