#!/usr/bin/env bash
# `factlint rules lint`: every problem at its file:line:col with the YAML line and a caret,
# exit 2 on errors; warnings alone exit 0.
set -uo pipefail
bin=$1; root=$2
data="$root/tests/data/tooling/lint"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL $1"; failures=$((failures + 1)); }

# run NAME WANT_STATUS CMD...: stdout in $tmp/out, stderr in $tmp/err.
run() {
  local name=$1 want=$2; shift 2
  local status=0
  "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
  if [ "$status" -ne "$want" ]; then
    fail "$name: exit $status, expected $want"; cat "$tmp/out" "$tmp/err"; return 1
  fi
  echo "ok   $name"
}
# has FILE TEXT: FILE holds TEXT as a block of whole lines.
has() {
  /usr/bin/python3 -c 'import sys; t=open(sys.argv[1]).read(); sys.exit(0 if ("\n"+sys.argv[2]+"\n") in ("\n"+t) else 1)' "$1" "$2" \
    || { fail "$(basename "$1") lacks:"; printf '%s\n' "$2"; echo "--- got:"; cat "$1"; }
}

cd "$data"
run "three errors, all reported" 2 "$bin" rules lint errors.yaml
has "$tmp/err" "errors.yaml:11:9: error: unknown sub-pattern '{troop_nouns}' in pattern of rule 'troops.fr' (did you mean 'troop_noun'?)
       - '(?P<quantity>\d+) {troop_nouns}'
         ^"
has "$tmp/err" "errors.yaml:12:9: error: pattern of rule 'troops.fr' is not a valid RE2 pattern: missing ): (?P<quantity>\d+ (?:soldats
       - '(?P<quantity>\d+ (?:soldats'
         ^"
has "$tmp/err" "errors.yaml:13:5: error: unknown key 'severty' in rule (did you mean 'severity'?); valid keys: id, description, language, slot, key, value, patterns, severity, modality, examples
     severty: warning
     ^"
has "$tmp/out" "3 errors, 0 warnings"

run "warnings only" 0 "$bin" rules lint warnings.yaml
has "$tmp/out" "4 rules, 4 patterns, 1 gazetteer: ok, 5 warnings"
has "$tmp/err" "warnings.yaml:5:18: warning: alias 'georgie' of 'GE' is also an alias of 'US-GA' in gazetteer 'places'; lookups resolve it to 'US-GA'
   GE: {aliases: [Géorgie, Georgia (country)]}
                  ^"
has "$tmp/err" "warnings.yaml:13:9: warning: named group 'verb' in pattern of rule 'arrests.fr' is not used by the key, the value or the speaker; make it (?:...)"
has "$tmp/err" "warnings.yaml:20:11: warning: slot 'people.arested' of rule 'arrests.en' is used by no other rule and is one edit away from slot 'people.arrested' of rule 'arrests.fr' (warnings.yaml:7:5): claims of different slots are never compared; if both rules extract the same fact, give them the same slot
     slot: people.arested
           ^"
has "$tmp/err" "warnings.yaml:41:11: warning: rule 'police.en' reads key fields (none) for slot 'police.deployed', but rule 'police.fr' (warnings.yaml:27:5) reads (city: text): claims are compared only when their key fields match, so the claims of these two rules are never compared; give the rules of one slot the same key fields, in the same order"
has "$tmp/err" "warnings.yaml:42:12: warning: rule 'police.en' gives slot 'police.deployed' a quantity in 'person' value, but rule 'police.fr' (warnings.yaml:27:5) gives it a quantity in 'officer' value: their claims cannot be compared; give the rules of one slot the same value type, unit and gazetteer, or use two slots"
[ "$(grep -c ': warning: ' "$tmp/err")" -eq 5 ] || fail "expected exactly 5 warnings"

# A broken YAML key in a rule of an otherwise good pack.
cp -r "$root/tests/data/tooling/tutorial/my-rules" "$tmp/"
sed -i 's/^      unit: firefighter$/      unti: firefighter/' "$tmp/my-rules/firefighters.yaml"
run "misspelt value key" 2 "$bin" rules lint "$root/rules/lib" "$root/rules/gazetteers" "$tmp/my-rules"
has "$tmp/err" "$tmp/my-rules/firefighters.yaml:9:7: error: unknown key 'unti' in value of rule 'firefighters.deployed.fr' (did you mean 'unit'?); valid keys: type, capture, unit, tolerance, gazetteer, speaker
       unti: firefighter
       ^"

# Sidecars under a rule folder are not rule files.
run "sidecars are left out of the pack" 0 "$bin" rules lint "$root/rules/lib" "$root/rules/gazetteers" "$root/tests/data/tooling/tutorial/my-rules"
grep -Eq '^1 rule, 1 pattern, [0-9]+ gazetteers: ok$' "$tmp/out" || fail "sidecars: $(cat "$tmp/out")"

run "the shipped pack" 0 "$bin" rules lint "$root/rules"
grep -q ': ok' "$tmp/out" || fail "the shipped pack: no ok line"
grep -q ': error: ' "$tmp/err" && fail "the shipped pack has errors"

[ "$failures" -eq 0 ] || { echo "$failures failures"; exit 1; }
echo "rules lint: ok"
