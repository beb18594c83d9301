#!/usr/bin/env bash
# Row "rules: malformed YAML" (docs/errors.md): error at the position yaml-cpp stopped, exit 2.
source "$2/tests/data/reliability/lib.sh"
printf 'rules: [\n  - id: x\n' > "$tmp/syntax.yaml"
run "$bin" rules lint "$tmp/syntax.yaml"
expect_status 2
expect_err "$tmp/syntax.yaml:2:3: error: invalid YAML"

# A tab where YAML wants spaces, in the middle of an otherwise good rule.
printf 'rules:\n  - id: x\n\tslot: y\n' > "$tmp/tab.yaml"
run "$bin" check "$root/fixtures/ukraine-2022" --rules "$tmp/tab.yaml"
expect_status 2
expect_err "$tmp/tab.yaml:3:"
expect_err "error: invalid YAML"
finish
