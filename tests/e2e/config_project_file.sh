#!/usr/bin/env bash
# .factlint.yaml: found upward from the working directory, paths relative to its folder,
# overridden by the command line, strict about keys and values (errors at file:line:col).
set -uo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0
seed="$root/fixtures/ukraine-2022"
new="$seed/002_88f3e815b8c1ef22.txt"
project="$tmp/newsroom"
mkdir -p "$project/ci" "$project/articles/drafts/2022"
ln -s "$root/rules" "$project/house-rules"
cd "$project/articles/drafts/2022"

expect() {  # NAME WANT_STATUS CMD...
  local name=$1 want=$2; shift 2
  local status=0
  "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
  if [ "$status" -ne "$want" ]; then
    echo "FAIL $name: exit $status, expected $want"; cat "$tmp/err"; failures=$((failures + 1)); return 1
  fi
  echo "ok   $name"
}
stderr_has() {  # NAME NEEDLE
  if grep -qF -- "$2" "$tmp/err"; then echo "ok   $1"; else
    echo "FAIL $1: stderr lacks: $2"; cat "$tmp/err"; failures=$((failures + 1)); fi
}
stdout_has() {  # NAME NEEDLE
  if grep -qF -- "$2" "$tmp/out"; then echo "ok   $1"; else
    echo "FAIL $1: stdout lacks: $2"; head -5 "$tmp/out"; failures=$((failures + 1)); fi
}

# Defaults from two folders up; rules relative to the file's folder.
cat > "$project/.factlint.yaml" <<'YAML'
# The newsroom's factlint settings.
rules: house-rules
fail-on: never
format: json
YAML
expect "fail-on and format from .factlint.yaml" 0 "$bin" check "$seed"
stdout_has "format from .factlint.yaml" '"version": 1'
expect "the command line wins over fail-on" 1 "$bin" check "$seed" --fail-on error
expect "the command line wins over format" 0 "$bin" check "$seed" --format text --color never
stdout_has "text report" " conflicts, "

# A gate set up entirely by the file: store, against, baseline, story.
cat > "$project/.factlint.yaml" <<'YAML'
rules: [house-rules]
store: ci/published.db
against: ci/published.db
baseline: ci/factlint-baseline.json
story: ukraine-2022
YAML
cp "$seed/000_50992c8ad878af4b.txt" "$seed/001_06f0a092c793dd2d.txt" "$seed/003_079d4f8d1d047cbb.txt" \
  "$seed/004_fe9cd75e8fbb71a9.txt" "$project/articles/"
cp "$new" "$project/articles/drafts/2022/"
# Published articles sit in articles/ (story "articles"): story: makes them the seed story.
expect "store ingest with store and story from the file" 0 "$bin" store ingest ../../
stdout_has "ingested into ci/published.db" "claims into $project/ci/published.db"
expect "store stats with the store from the file" 0 "$bin" store stats
stdout_has "story from the file" "ukraine-2022: 5 articles"
# The draft was ingested too (it sits under articles/); re-ingesting just the four replaces
# nothing and the gate leaves the stored copy of the draft out anyway.
expect "a gate fails without a baseline file... but writes one" 1 "$bin" check 002_88f3e815b8c1ef22.txt \
  --write-baseline "$project/ci/factlint-baseline.json"
expect "the baseline from the file accepts the findings" 0 "$bin" check 002_88f3e815b8c1ef22.txt \
  --color never
stdout_has "suppressed count" "suppressed by the baseline"

# Errors point into the file.
printf 'rules: house-rules\nfail_on: warning\n' > "$project/.factlint.yaml"
expect "unknown key" 2 "$bin" check "$seed"
stderr_has "unknown key at file:line:col" \
  "$project/.factlint.yaml:2:1: error: unknown key 'fail_on' in the .factlint.yaml settings (did you mean 'fail-on'?)"
printf 'fail-on: sometimes\n' > "$project/.factlint.yaml"
expect "bad fail-on" 2 "$bin" check "$seed"
stderr_has "bad fail-on at file:line:col" \
  "$project/.factlint.yaml:1:10: error: unknown fail-on 'sometimes' (expected error, warning or never)"
printf '# formats\nformat: pdf\n' > "$project/.factlint.yaml"
expect "bad format" 2 "$bin" check "$seed"
stderr_has "bad format at file:line:col" "$project/.factlint.yaml:2:9: error: unknown --format 'pdf'"
expect "bad format, overridden on the command line" 1 "$bin" check "$seed" --format json --rules "$root/rules"
printf 'rules:\n  house: rules\n' > "$project/.factlint.yaml"
expect "wrong type" 2 "$bin" check "$seed"
stderr_has "wrong type at file:line:col" "$project/.factlint.yaml:2:3: error: 'rules' must be a string, not a mapping"
printf 'rules: [house-rules\n' > "$project/.factlint.yaml"
expect "YAML syntax" 2 "$bin" check "$seed"
stderr_has "YAML syntax names the file" "$project/.factlint.yaml:"

# The nearest file wins; none at all is fine.
printf 'fail-on: warning\n' > "$project/.factlint.yaml"
printf 'fail-on: never\nrules: ../../house-rules\n' > "$project/articles/drafts/.factlint.yaml"
expect "the nearest .factlint.yaml wins" 0 "$bin" check "$seed"
rm "$project/.factlint.yaml" "$project/articles/drafts/.factlint.yaml"
expect "no .factlint.yaml" 1 "$bin" check "$seed" --rules "$root/rules"

if [ "$failures" -gt 0 ]; then echo "$failures failures"; exit 1; fi
echo ".factlint.yaml: ok"
