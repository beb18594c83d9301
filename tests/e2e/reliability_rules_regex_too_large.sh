#!/usr/bin/env bash
# Row "rules: a pattern over RE2's memory budget" (docs/errors.md): error at the pattern's
# file:line:col naming the budget, exit 2; RE2 never gets to allocate more.
source "$2/tests/data/reliability/lib.sh"
cat > "$tmp/huge.yaml" <<'YAML'
rules:
  - id: huge.fr
    description: A pattern RE2 cannot compile within its memory budget
    language: fr
    slot: huge
    value: {type: quote}
    patterns: ['(?P<quote>\pL{1000}x\pL{1000}x\pL{1000}x\pL{1000}x\pL{1000}x)']
    examples: {match: [{text: x}]}
YAML
peak_rss_kb "$bin" rules lint "$tmp/huge.yaml"
expect_status 2
expect_err "$tmp/huge.yaml:7:16: error: pattern of rule 'huge.fr' is too large: RE2 cannot compile it within 64 MiB"
expect_peak_below_mb 300
finish
