#!/usr/bin/env bash
# Row "rules: duplicate rule ids" (docs/errors.md): error at the second definition, naming the
# first, exit 2.
source "$2/tests/data/reliability/lib.sh"
dir="$root/tests/data/rules/broken/duplicate-id"
run "$bin" rules lint "$dir"
expect_status 2
expect_err "$dir/b-second.yaml:3:9: error: duplicate rule id 'broken.duplicate.fr' (first defined at $dir/a-first.yaml:3:9)"
finish
