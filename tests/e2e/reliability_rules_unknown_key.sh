#!/usr/bin/env bash
# Row "rules: unknown key" (docs/errors.md): error at the rule's file:line:col, exit 2, from
# `rules lint` and from `check --rules`. The expected message is the file's first line.
source "$2/tests/data/reliability/lib.sh"
f="$root/tests/data/rules/broken/unknown-key.yaml"
spec=$(head -1 "$f" | sed -n 's/^# expect-error: \([0-9]*:[0-9]*\): \(.*\)$/\1|\2/p')
[ -n "$spec" ] || { fail "$f has no '# expect-error: L:C: message' first line"; finish; }
where=${spec%%|*}
message=${spec#*|}

run "$bin" rules lint "$f"
expect_status 2
expect_err "$f:$where: error: $message"

run "$bin" check "$root/fixtures/ukraine-2022" --rules "$f"
expect_status 2
expect_err "$f:$where: error: $message"
expect_no_err "internal error"
finish
