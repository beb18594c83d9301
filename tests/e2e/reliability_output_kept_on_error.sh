#!/usr/bin/env bash
# Row "outputs: a run that fails" (docs/errors.md): exit 2 and the previous --output report left
# exactly as it was - a failed run never replaces a good report with a partial one.
source "$2/tests/data/reliability/lib.sh"
printf '{"previous": "report"}\n' > "$tmp/report.json"
printf 'Titre\nbinary\0data\n' > "$tmp/nul.txt"
run "$bin" check "$root/fixtures/ukraine-2022" "$tmp/nul.txt" --format json --output "$tmp/report.json"
expect_status 2
run "$bin" check "$root/fixtures/ukraine-2022" --rules "$root/tests/data/rules/broken/bad-regex.yaml" \
  --format json --output "$tmp/report.json"
expect_status 2
[ "$(cat "$tmp/report.json")" = '{"previous": "report"}' ] || fail "the previous report was changed"
[ -z "$(find "$tmp" -name '.report.json.tmp-*')" ] || fail "temporary file left behind"
finish
