#!/usr/bin/env bash
# `factlint rules test` catches every kind of breakage at its file:line: a rule example, a
# fixture expectation, a regex, a YAML key in a rule or a sidecar, a pattern that never fires.
# Each case starts from the tutorial's working rule (tests/data/tooling/tutorial/) and
# breaks one thing.
set -uo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
failures=0
fail() { echo "FAIL $1"; failures=$((failures + 1)); }
lib=("$root/rules/lib" "$root/rules/gazetteers")

# fresh: a clean copy of the tutorial's rules and fixture in $tmp/my-rules.
fresh() { rm -rf "$tmp/my-rules"; cp -r "$root/tests/data/tooling/tutorial/my-rules" "$tmp/"; }
# edit FILE SED_EXPR: must change the file.
edit() {
  cp "$1" "$tmp/before"; sed -i "$2" "$1"
  cmp -s "$1" "$tmp/before" && fail "the edit '$2' changed nothing in $1"
}
# run NAME WANT_STATUS: rules test on the copy; stdout in $tmp/out, stderr in $tmp/err.
run() {
  local status=0
  (cd "$tmp" && "$bin" rules test "${lib[@]}" my-rules >"$tmp/out" 2>"$tmp/err") || status=$?
  if [ "$status" -ne "$2" ]; then
    fail "$1: exit $status, expected $2"; cat "$tmp/out" "$tmp/err"; return
  fi
  echo "ok   $1"
}
# has FILE TEXT: FILE holds TEXT as a block of whole lines.
has() {
  /usr/bin/python3 -c 'import sys; t=open(sys.argv[1]).read(); sys.exit(0 if ("\n"+sys.argv[2]+"\n") in ("\n"+t) else 1)' "$1" "$2" \
    || { fail "$(basename "$1") lacks:"; printf '%s\n' "$2"; echo "--- got:"; cat "$1"; }
}
last() { [ "$(tail -1 "$tmp/out")" = "$1" ] || fail "last line '$(tail -1 "$tmp/out")', expected '$1'"; }

fresh
run "the tutorial's rule passes" 0
last "7 passed, 0 failed"

fresh
edit "$tmp/my-rules/firefighters.yaml" 's/^          value: 150$/          value: 151/'
run "a broken rule example" 1
has "$tmp/out" "my-rules/firefighters.yaml:14:11: error: [firefighters.deployed.fr] match example: the match differs from what the example expects
  rule:     my-rules/firefighters.yaml:3:5
  text:     Incendie à Rouen : 150 pompiers mobilisés
  expected: value [151, 151]"
has "$tmp/out" "  differs:  value: expected [151, 151], got [150, 150] firefighter"
last "6 passed, 1 failed"

fresh
edit "$tmp/my-rules/firefighters.yaml" 's/^        - "Les pompiers ont été applaudis par 300 habitants."$/        - "Les 300 pompiers mobilisés ont été applaudis."/'
run "a no_match example that matches" 1
has "$tmp/out" "my-rules/firefighters.yaml:20:11: error: [firefighters.deployed.fr] no_match example: the rule matches"

fresh
edit "$tmp/my-rules/tests/incendie.test.yaml" 's/value: 150}/value: 160}/'
run "a broken fixture expectation" 1
has "$tmp/out" "my-rules/tests/incendie.test.yaml:5:5: error: [firefighters.deployed.fr] the claim differs from the expectation
  article:  my-rules/tests/incendie.txt:1
  rule:     my-rules/firefighters.yaml:3:5 (firefighters.deployed.fr)
  expected: firefighters.deployed: value [160, 160]"
# The slot is exhaustive: the claim no entry met is reported where it is, with its entry.
has "$tmp/out" "my-rules/tests/incendie.txt:1:34: error: [firefighters.deployed.fr] unexpected claim: slot 'firefighters.deployed' is exhaustive in my-rules/tests/incendie.test.yaml"
has "$tmp/out" "  to expect it: {line: 1, rule: firefighters.deployed.fr, value: 150, qualifier: exact, modality: stated}"
last "6 passed, 2 failed"

fresh
edit "$tmp/my-rules/tests/incendie.test.yaml" 's/{line: 4,/{line: 5,/'
run "an expected claim on the wrong line" 1
has "$tmp/out" "my-rules/tests/incendie.test.yaml:6:5: error: [firefighters.deployed.fr] expected claim not found
  article:   my-rules/tests/incendie.txt:5"
has "$tmp/out" "  pattern 1: no part matches; it fails at its start: \`(?P<quantity>{quantity}) (?:sapeurs-)?pompiers (?:sont |étaient |ont été |seront…\`"
grep -q '^  elsewhere: line 4: value (200, inf) firefighter, qualifier more-than, modality .* at 4:22 "plus de 200 pompiers étaient mobilisés"$' "$tmp/out" \
  || fail "wrong line: no claim listed elsewhere"

fresh
edit "$tmp/my-rules/tests/incendie.test.yaml" 's/kind: internal/kind: conflict/'
run "a broken finding expectation" 1
has "$tmp/out" "my-rules/tests/incendie.test.yaml:8:5: error: expected finding not found
  rule:     my-rules/firefighters.yaml:3:5 (firefighters.deployed.fr)
  expected: conflict on firefighters.deployed [incendie]"

fresh
edit "$tmp/my-rules/firefighters.yaml" 's/(?:mobilisés|engagés|déployés)"$/(?:mobilisés|engagés|déployés"/'
run "a broken regex" 2
grep -q "^my-rules/firefighters.yaml:11:9: error: pattern of rule 'firefighters.deployed.fr' is not a valid RE2 pattern: missing ): " "$tmp/err" \
  || { fail "a broken regex: no error at 11:9"; cat "$tmp/err"; }
has "$tmp/err" '       - "(?P<quantity>{quantity}) (?:sapeurs-)?pompiers (?:sont |étaient |ont été |seront )?(?:mobilisés|engagés|déployés"
         ^'
[ -s "$tmp/out" ] && fail "a broken regex: tests ran"

fresh
edit "$tmp/my-rules/firefighters.yaml" 's/^    patterns:$/    paterns:/'
run "a misspelt rule key" 2
has "$tmp/err" "my-rules/firefighters.yaml:10:5: error: unknown key 'paterns' in rule (did you mean 'patterns'?); valid keys: id, description, language, slot, key, value, patterns, severity, modality, examples
     paterns:
     ^"

fresh
edit "$tmp/my-rules/tests/incendie.test.yaml" 's/qualifier: more-than/qualifer: more-than/'
run "a misspelt sidecar key" 2
has "$tmp/err" "my-rules/tests/incendie.test.yaml:6:65: error: unknown key 'qualifer' in expected claim (did you mean 'qualifier'?); valid keys: line, rule, slot, value, qualifier, modality, key, text"
# The examples still ran.
last "4 passed, 0 failed"

fresh
edit "$tmp/my-rules/tests/incendie.test.yaml" 's/articles: \[incendie\]/articles: [incendies]/'
run "a sidecar naming no article" 2
has "$tmp/err" "my-rules/tests/incendie.test.yaml:8:62: error: article 'incendies' is not in my-rules/tests/incendie (articles: incendie)"

fresh
edit "$tmp/my-rules/firefighters.yaml" 's/^  - tests$/  - test/'
run "a fixtures: entry that does not exist" 2
has "$tmp/err" "my-rules/firefighters.yaml:24:5: error: fixture path 'my-rules/test' does not exist"

fresh
edit "$tmp/my-rules/firefighters.yaml" 's/^    examples:$/      - "(?P<quantity>{quantity}) soldats du feu (?:mobilisés|engagés)"\n    examples:/'
run "a pattern that never fires" 1
has "$tmp/out" "my-rules/firefighters.yaml:12:9: error: [firefighters.deployed.fr] coverage: pattern 2 never produces a claim, even on its own, in the rule's 'match' examples or the fixtures
  rule: my-rules/firefighters.yaml:3:5"
last "6 passed, 1 failed"

# The shipped pack with an annotated fixture of the seed story broken.
cp "$root/fixtures/ukraine-2022.test.yaml" "$tmp/seed.test.yaml"
ln -s "$root/fixtures/ukraine-2022" "$tmp/seed"
line=$(grep -n '{line: 1, slot: troops.deployed, value: 3000' "$tmp/seed.test.yaml" | cut -d: -f1)
(cd "$tmp" && "$bin" rules test "$root/rules" --fixtures seed.test.yaml >"$tmp/out" 2>"$tmp/err")
before=$(grep -c '^seed.test.yaml:[0-9]*:[0-9]*: error: ' "$tmp/out")
edit "$tmp/seed.test.yaml" 's/{line: 1, slot: troops.deployed, value: 3000/{line: 1, slot: troops.deployed, value: 3500/'
status=0; (cd "$tmp" && "$bin" rules test "$root/rules" --fixtures seed.test.yaml >"$tmp/out" 2>"$tmp/err") || status=$?
[ "$status" -eq 1 ] || fail "seed story: exit $status, expected 1"
has "$tmp/out" "seed.test.yaml:$line:7: error: [troops.deployed.fr] the claim differs from the expectation
  article:  seed/001_06f0a092c793dd2d.txt:1"
after=$(grep -c '^seed.test.yaml:[0-9]*:[0-9]*: error: ' "$tmp/out")
[ "$after" -eq $((before + 1)) ] || fail "seed story: $after failures in the sidecar, expected $((before + 1))"
echo "ok   a broken expectation of the seed story"

[ "$failures" -eq 0 ] || { echo "$failures failures"; exit 1; }
echo "rules test breakage: ok"
