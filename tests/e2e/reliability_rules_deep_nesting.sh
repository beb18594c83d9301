#!/usr/bin/env bash
# Row "rules: deeply nested YAML" (docs/errors.md): error, exit 2; the parser's recursion is
# bounded, so no stack overflow.
source "$2/tests/data/reliability/lib.sh"
/usr/bin/python3 -c 'import sys; sys.stdout.write("rules: " + "[" * 100000 + "\n")' > "$tmp/deep.yaml"
run "$bin" rules lint "$tmp/deep.yaml"
expect_status 2
expect_err "$tmp/deep.yaml:"
expect_err "nested more than"
/usr/bin/python3 -c 'import sys; sys.stdout.write("rules:\n" + "".join(" " * i + "- \n" for i in range(0, 40000, 2)))' > "$tmp/deep-block.yaml"
run "$bin" rules lint "$tmp/deep-block.yaml"
expect_status 2
expect_err "$tmp/deep-block.yaml:"
finish
