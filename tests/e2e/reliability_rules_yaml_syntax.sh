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
# A ',' yaml-cpp 0.7 cannot place at the top of a document: its LoadAll would make empty
# documents of it forever, allocating as it goes; here an error at the comma, in bounded memory.
printf 'rules: []\n---\n"troops",\n' > "$tmp/comma.yaml"
peak_rss_kb "$bin" rules lint "$tmp/comma.yaml"
expect_status 2
expect_err "$tmp/comma.yaml:3:9: error: invalid YAML: ',' outside [...] or {...}"
expect_peak_below_mb 64
finish
