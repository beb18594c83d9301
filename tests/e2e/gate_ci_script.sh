#!/usr/bin/env bash
# scripts/ci-gate on its own: environment overrides, nothing to check, nothing to gate
# against, and the exit statuses of `factlint check`.
set -uo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0
seed="$root/fixtures/ukraine-2022"
new="$seed/002_88f3e815b8c1ef22.txt"
gate="$root/scripts/ci-gate"
export FACTLINT="$bin"
cd "$tmp"   # no .factlint.yaml up from here (the suite runs in a temporary folder)

expect() {  # NAME WANT_STATUS NEEDLE CMD...: exit status, and NEEDLE in stdout+stderr
  local name=$1 want=$2 needle=$3; shift 3
  local status=0
  "$@" >"$tmp/out" 2>&1 || status=$?
  if [ "$status" -ne "$want" ]; then
    echo "FAIL $name: exit $status, expected $want"; cat "$tmp/out"; failures=$((failures + 1)); return
  fi
  if ! grep -qF -- "$needle" "$tmp/out"; then
    echo "FAIL $name: output lacks: $needle"; cat "$tmp/out"; failures=$((failures + 1)); return
  fi
  echo "ok   $name"
}

expect "nothing changed" 0 "no new or changed articles" "$gate"
: > "$tmp/empty.txt"
expect "an empty list" 0 "no new or changed articles" "$gate" --list "$tmp/empty.txt"
expect "nothing to gate against" 2 "nothing to gate against" "$gate" "$new"

export FACTLINT_AGAINST="$seed" FACTLINT_REPORTS="$tmp/reports" FACTLINT_FORMATS="json text"
expect "the gate fails" 1 "ci-gate: failed" "$gate" "$new"
test -s "$tmp/reports/factlint.json" && test -s "$tmp/reports/factlint.txt" || {
  echo "FAIL: reports missing"; failures=$((failures + 1)); }
grep -q ' conflicts, ' "$tmp/out" || { echo "FAIL: no text report on stdout"; failures=$((failures + 1)); }

printf '%s\n\n' "$new" > "$tmp/changed.txt"
expect "--list" 1 "ci-gate: failed" "$gate" --list "$tmp/changed.txt"
FACTLINT_FAIL_ON=never expect "FACTLINT_FAIL_ON" 0 "passed" "$gate" "$new"
FACTLINT_BASELINE="$tmp/none.json" expect "a missing baseline" 2 "no such baseline" "$gate" "$new"
"$bin" check "$new" --against "$seed" --write-baseline "$tmp/baseline.json" > /dev/null
FACTLINT_BASELINE="$tmp/baseline.json" expect "FACTLINT_BASELINE" 0 "suppressed by the baseline" "$gate" "$new"
FACTLINT_STORY=elsewhere expect "FACTLINT_STORY: in another story, only its own contradiction" 1 \
  "0 conflicts, 0 discrepancies, 1 internal, 0 quote variants, 0 corroborated (1 articles" \
  "$gate" "$new"
FACTLINT_AGAINST="$tmp/none.db" expect "a missing store" 2 "no such claim store" "$gate" "$new"
FACTLINT_FORMATS=pdf expect "an unknown format" 2 "unknown --format 'pdf'" "$gate" "$new"

# Settings from .factlint.yaml, found upward.
unset FACTLINT_AGAINST
mkdir -p "$tmp/newsroom/drafts"
printf 'against: %s\n' "$seed" > "$tmp/newsroom/.factlint.yaml"
cd "$tmp/newsroom/drafts"
expect "against: from .factlint.yaml" 1 "2 conflicts" "$gate" "$new"
cd "$tmp"

if [ "$failures" -gt 0 ]; then echo "$failures failures"; exit 1; fi
echo "scripts/ci-gate: ok"
