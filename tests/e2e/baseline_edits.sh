#!/usr/bin/env bash
# Baselines survive edits elsewhere in an article (fingerprints ignore positions), stop
# covering a finding whose figure changed (and say the old entry is stale), and a broken or
# missing baseline is an error, never a silent pass.
set -uo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0
seed="$root/fixtures/ukraine-2022"
mkdir -p "$tmp/ukraine-2022"
draft="$tmp/ukraine-2022/002_88f3e815b8c1ef22.txt"
cp "$seed/002_88f3e815b8c1ef22.txt" "$draft"
gate=("$bin" check "$draft" --against "$seed" --rules "$root/rules" --color never)

expect() {  # NAME WANT_STATUS CMD...
  local name=$1 want=$2; shift 2
  local status=0
  "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
  if [ "$status" -ne "$want" ]; then
    echo "FAIL $name: exit $status, expected $want"; cat "$tmp/err"; failures=$((failures + 1)); return 1
  fi
  echo "ok   $name"
}
has() {  # NAME FILE NEEDLE
  if grep -qF -- "$3" "$2"; then echo "ok   $1"; else
    echo "FAIL $1: $(basename "$2") lacks: $3"; cat "$2"; failures=$((failures + 1)); fi
}

expect "write the baseline" 1 "${gate[@]}" --write-baseline "$tmp/baseline.json"
ls -A "$tmp" | grep -q '\.tmp-' && { echo "FAIL: a temporary file was left"; failures=$((failures + 1)); }
expect "the baseline accepts the draft" 0 "${gate[@]}" --baseline "$tmp/baseline.json"

# An editor adds a paragraph at the top: every line moves, the findings are the same ones.
{ printf 'Mise à jour : la Maison Blanche a confirmé le calendrier mercredi soir.\n\n'
  cat "$seed/002_88f3e815b8c1ef22.txt"; } > "$draft"
expect "edits elsewhere keep the findings accepted" 0 "${gate[@]}" --baseline "$tmp/baseline.json"
[ ! -s "$tmp/err" ] || { echo "FAIL: warnings after an edit elsewhere"; cat "$tmp/err"; failures=$((failures + 1)); }

# The figure changes: a new finding fails the gate, and the old entry is stale.
sed -i 's/Joe Biden enverra 2 000 soldats/Joe Biden enverra 2 500 soldats/' "$draft"
expect "a changed figure fails the gate again" 1 "${gate[@]}" --baseline "$tmp/baseline.json" --format json
has "stale entry listed on stderr" "$tmp/err" "$tmp/baseline.json: warning: stale baseline entry "
has "stale entry says what it was" "$tmp/err" "([troops.deployed.fr] conflict on troops.deployed|region=EU-EAST)"
/usr/bin/python3 - "$tmp/out" <<'PY' || failures=$((failures + 1))
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
assert s["stale"] >= 1 and s["suppressed"] >= 1, s
print(f"ok   the report counts {s['suppressed']} suppressed and {s['stale']} stale")
PY
expect "text report counts stale entries" 1 "${gate[@]}" --baseline "$tmp/baseline.json"
has "stale count in the text summary" "$tmp/out" "stale baseline entries)"

# Writing a baseline over the one being read: read first, then replaced.
expect "rewrite the baseline in place" 1 "${gate[@]}" --baseline "$tmp/baseline.json" \
  --write-baseline "$tmp/baseline.json"
expect "the rewritten baseline accepts the new figure" 0 "${gate[@]}" --baseline "$tmp/baseline.json"

# Broken baselines.
expect "missing baseline" 2 "${gate[@]}" --baseline "$tmp/none.json"
has "missing baseline named" "$tmp/err" "$tmp/none.json"
printf '{\n  "version": 1,\n  "fingerprint_version": 1,\n  "findings": [\n    {"fingerprint": "0123456789abcdef",}\n  ]\n}\n' > "$tmp/broken.json"
expect "broken JSON" 2 "${gate[@]}" --baseline "$tmp/broken.json"
has "broken JSON at line:col" "$tmp/err" "$tmp/broken.json:5:40: error: the baseline is not valid JSON"
printf '{"version": 1, "fingerprint_version": 1, "findings": [{"fingerprint": "0123456789abcdef", "line": 3}]}\n' > "$tmp/unknown.json"
expect "unknown key" 2 "${gate[@]}" --baseline "$tmp/unknown.json"
has "unknown key at line:col" "$tmp/err" "$tmp/unknown.json:1:91: error: findings[0]: unknown key 'line'"
printf '{"version": 7, "fingerprint_version": 1, "findings": []}\n' > "$tmp/newer.json"
expect "newer baseline" 2 "${gate[@]}" --baseline "$tmp/newer.json"
has "newer baseline explained" "$tmp/err" "baseline version 7 is not one this factlint reads"
expect "--write-baseline into a missing folder" 2 "${gate[@]}" --write-baseline "$tmp/no/such/b.json"
has "unwritable baseline named" "$tmp/err" "$tmp/no/such/b.json"

if [ "$failures" -gt 0 ]; then echo "$failures failures"; exit 1; fi
echo "baseline edits: ok"
