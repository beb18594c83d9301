#!/usr/bin/env bash
# The same inputs give byte-identical reports in every format, whatever --jobs,
# and --output writes exactly what standard output gets.
set -euo pipefail
bin=$1; root=$2
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
cd "$root"
for format in text json sarif markdown html; do
  "$bin" check fixtures/ukraine-2022 --rules rules --format "$format" --color never \
    --jobs 1 > "$out/$format.j1" || true
  "$bin" check fixtures/ukraine-2022 --rules rules --format "$format" --color never \
    --jobs 4 > "$out/$format.j4" || true
  "$bin" check fixtures/ukraine-2022 --rules rules --format "$format" --color never \
    --jobs 2 -o "$out/$format.file" || true
  test -s "$out/$format.j1"
  for other in j4 file; do
    cmp "$out/$format.j1" "$out/$format.$other" || { echo "$format differs ($other)"; exit 1; }
  done
done
echo "deterministic: ok"
