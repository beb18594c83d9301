#!/usr/bin/env bash
# Row "rules: NUL byte or invalid UTF-8 in a rule file" (docs/errors.md): error at the byte's
# line:col, exit 2 (yaml-cpp alone would stop reading at a NUL or pass bad bytes on).
source "$2/tests/data/reliability/lib.sh"
printf 'rules:\n  - id: a\0b\n' > "$tmp/nul.yaml"
run "$bin" rules lint "$tmp/nul.yaml"
expect_status 2
expect_err "$tmp/nul.yaml:2:10: error: NUL byte in a rule file"

printf 'rules:\n  - id: \xc3\xa9\xff\n' > "$tmp/latin1.yaml"
run "$bin" rules lint "$tmp/latin1.yaml"
expect_status 2
expect_err "$tmp/latin1.yaml:2:10: error: invalid UTF-8 in a rule file"
finish
