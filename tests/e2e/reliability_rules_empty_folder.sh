#!/usr/bin/env bash
# Row "rules: a folder with no rule file" (docs/errors.md): error, exit 2 - a check that runs
# no rule at all would pass silently.
source "$2/tests/data/reliability/lib.sh"
mkdir "$tmp/rules"
printf 'not yaml\n' > "$tmp/rules/README.txt"
run "$bin" check "$root/fixtures/ukraine-2022" --rules "$tmp/rules"
expect_status 2
expect_err "$tmp/rules"
finish
