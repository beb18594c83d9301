#!/usr/bin/env bash
# `factlint explain`: a sentence or a line of an article, one rule or every rule; what a
# rule author needs when a rule does not do what they meant.
set -uo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
run() {
  local name=$1 want=$2; shift 2
  local status=0
  "$@" >"$tmp/out" 2>"$tmp/err" || status=$?
  if [ "$status" -ne "$want" ]; then
    fail "$name: exit $status, expected $want"; cat "$tmp/out" "$tmp/err"; return 1
  fi
  echo "ok   $name"
}
has() {
  /usr/bin/python3 -c 'import sys; t=open(sys.argv[1]).read(); sys.exit(0 if ("\n"+sys.argv[2]+"\n") in ("\n"+t) else 1)' "$1" "$2" \
    || { fail "$(basename "$1") lacks:"; printf '%s\n' "$2"; echo "--- got:"; cat "$1"; }
}

cd "$root/tests/data/tooling/tutorial"
pack=(--rules "$root/rules/lib" --rules "$root/rules/gazetteers" --rules my-rules)

run "a line of an article, one rule" 0 "$bin" explain "${pack[@]}" --file my-rules/tests/incendie.txt --line 4 --rule firefighters.deployed.fr
has "$tmp/out" "my-rules/tests/incendie.txt:4: Selon la préfecture, plus de 200 pompiers étaient mobilisés vers 23 heures.
rule firefighters.deployed.fr (slot firefighters.deployed, fr) at my-rules/firefighters.yaml:3:5
pattern 1 (my-rules/firefighters.yaml:11:9) matched \"plus de 200 pompiers étaient mobilisés\" at 4:22
  capture quantity: \"plus de 200\"
  value:            (200, inf) firefighter from \"plus de 200\"
  qualifier:        more-than"

run "a line without a match says how far the pattern gets" 0 "$bin" explain "${pack[@]}" --file my-rules/tests/incendie.txt --line 5 --rule firefighters.deployed.fr
has "$tmp/out" "pattern 1 (my-rules/firefighters.yaml:11:9) does not match
  why:              no part of it matches; it fails at its start: \`(?P<quantity>{quantity}) (?:sapeurs-)?pompiers (?:sont |étaient |ont été |seront )?(?:mobilisés|engagés|déployés)\`"

run "an approximate quantity" 0 "$bin" explain "${pack[@]}" --rule firefighters.deployed.fr "Environ 150 pompiers mobilisés dans la nuit."
has "$tmp/out" "  value:            [135, 165] firefighter from \"Environ 150\"
  qualifier:        approx (±10%)"

run "every rule of a line" 0 "$bin" explain "${pack[@]}" --file my-rules/tests/incendie.txt --line 1
head -2 "$tmp/out" | tail -1 | grep -q '^rule firefighters.deployed.fr ' || fail "every rule: $(cat "$tmp/out")"

run "a planned figure names its cue" 0 "$bin" explain "${pack[@]}" --rule firefighters.deployed.fr "La préfecture envisage 300 pompiers mobilisés en renfort."
grep -q '^  modality:         planned (cue "envisage")$' "$tmp/out" || fail "planned: $(cat "$tmp/out")"

# The seed story, with the shipped pack: 3 000 soldiers announced on line 1 of 001.
run "the seed story" 0 "$bin" explain --rules "$root/rules" --file "$root/fixtures/ukraine-2022/001_06f0a092c793dd2d.txt" --line 1 --rule troops.deployed.fr
grep -q 'matched "3 000 soldats en Europe de l.Est" at 1:63$' "$tmp/out" || fail "seed: $(cat "$tmp/out")"
grep -q '^  value:            \[3000, 3000\] soldier from "3 000"$' "$tmp/out" || fail "seed value"
grep -q '^  key:              troops.deployed region=EU-EAST$' "$tmp/out" || fail "seed key"

run "an unknown rule" 2 "$bin" explain "${pack[@]}" --rule firefighter.fr "150 pompiers mobilisés"
grep -q "no rule 'firefighter.fr' in the pack" "$tmp/err" || fail "unknown rule: $(cat "$tmp/err")"
run "a line past the end" 2 "$bin" explain "${pack[@]}" --file my-rules/tests/incendie.txt --line 40
grep -q "my-rules/tests/incendie.txt has no line 40" "$tmp/err" || fail "past the end: $(cat "$tmp/err")"
run "--line without --file" 2 "$bin" explain "${pack[@]}" --line 3 "150 pompiers mobilisés"

[ "$failures" -eq 0 ] || { echo "$failures failures"; exit 1; }
echo "explain: ok"
