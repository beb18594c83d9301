#!/usr/bin/env bash
# Row "rules: unreadable rule file" (docs/errors.md): error naming the file, exit 2. Runs as
# an unprivileged user: root reads any file whatever its permissions.
source "$2/tests/data/reliability/lib.sh"
require_unprivileged
mkdir "$tmp/rules"
cp "$root/tests/data/rules/broken/duplicate-id/a-first.yaml" "$tmp/rules/locked.yaml"
chmod 000 "$tmp/rules/locked.yaml"
run as_nobody "$bin" rules lint "$tmp/rules"
expect_status 2
expect_err "$tmp/rules/locked.yaml"
expect_err "ermission denied"
finish
