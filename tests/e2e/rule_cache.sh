#!/usr/bin/env bash
# The rule cache (cli/rule_cache.h): a run with parsed rule files and the
# pack's clean mark kept gives byte-identical output to a run without; hits do
# not rewrite entries; damaged, swapped or foreign entries are misses that get
# replaced; an edited rule file is parsed again and its pack marked anew; a
# broken one is reported as without a cache and nothing of it is kept;
# --no-cache, an empty FACTLINT_CACHE_DIR and an unusable folder keep nothing
# and change nothing.
set -euo pipefail
bin=$1; root=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
story="$root/fixtures/ukraine-2022"
unset FACTLINT_CACHE_DIR

fail() { echo "FAIL $*"; exit 1; }
run() {  # run OUT ARGS...: check the seed story, report to OUT (exit 1 = findings)
  local out=$1; shift
  local status=0
  "$bin" check "$story" --format json --jobs 2 "$@" >"$out" 2>"$out.err" || status=$?
  [ "$status" -eq 1 ] || fail "check $* exited $status: $(cat "$out.err")"
}
entries() { find "$1" -type f -name "${2:-yaml}-*" 2>/dev/null | wc -l; }

cp -r "$root/rules" "$tmp/rules"
nfiles=$(find "$tmp/rules" -name '*.yaml' ! -name '*.test.yaml' | wc -l)

run "$tmp/plain.json" --rules "$tmp/rules" --no-cache
cache="$tmp/cache"
run "$tmp/cold.json" --rules "$tmp/rules" --cache-dir "$cache"
cmp -s "$tmp/plain.json" "$tmp/cold.json" || fail "a cold cache changed the report"
[ "$(entries "$cache")" -eq "$nfiles" ] || fail "expected $nfiles entries, found $(entries "$cache")"
[ "$(entries "$cache" pack)" -eq 1 ] || fail "expected the pack marked clean once"
echo "ok   a cold run keeps one entry per rule file ($nfiles) and marks the pack clean"

touch -d '2001-01-01' "$cache"/yaml-*
run "$tmp/warm.json" --rules "$tmp/rules" --cache-dir "$cache"
cmp -s "$tmp/plain.json" "$tmp/warm.json" || fail "a warm cache changed the report"
[ -z "$(find "$cache" -name 'yaml-*' -newermt '2002-01-01')" ] || fail "a hit rewrote its entry"
echo "ok   a warm run reads the entries, same report, nothing rewritten"

# Damage: truncated, a flipped byte, garbage, empty, and two entries swapped.
files=("$cache"/yaml-*)
head -c 100 "${files[0]}" >"$tmp/t" && mv "$tmp/t" "${files[0]}"
/usr/bin/python3 - "${files[1]}" <<'PY'
import sys
p = sys.argv[1]
b = bytearray(open(p, "rb").read())
b[len(b) // 2] ^= 0x20
open(p, "wb").write(bytes(b))
PY
head -c 5000 /dev/urandom >"${files[2]}"
: >"${files[3]}"
cp "${files[4]}" "$tmp/swap"; cp "${files[5]}" "${files[4]}"; cp "$tmp/swap" "${files[5]}"
touch -d '2001-01-01' "$cache"/yaml-*
run "$tmp/damaged.json" --rules "$tmp/rules" --cache-dir "$cache"
cmp -s "$tmp/plain.json" "$tmp/damaged.json" || fail "damaged entries changed the report"
rewritten=$(find "$cache" -name 'yaml-*' -newermt '2002-01-01' | wc -l)
[ "$rewritten" -eq 6 ] || fail "expected the 6 damaged entries replaced, $rewritten were"
run "$tmp/mended.json" --rules "$tmp/rules" --cache-dir "$cache"
cmp -s "$tmp/plain.json" "$tmp/mended.json" || fail "replaced entries changed the report"
echo "ok   damaged and swapped entries are misses, replaced"

# An edited rule file is parsed again: the rule of the story's first claim is
# taken out of its file, and its claims go with it.
"$bin" extract "$story" --rules "$tmp/rules" --cache-dir "$cache" --format jsonl >"$tmp/before.jsonl"
rule_id=$(head -1 "$tmp/before.jsonl" | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["rule"])')
edited=$(grep -l -- "- id: $rule_id\$" "$tmp/rules"/*/*.yaml | head -1)
[ -n "$edited" ] || fail "no rule file defines $rule_id"
/usr/bin/python3 - "$edited" "$rule_id" <<'PY'
import re, sys
path, rule = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
# Drop the rule: from its "- id:" line to the next rule or the end of the list.
start = re.search(r"^\s*- id: " + re.escape(rule) + r"$", text, re.M).start()
m = re.compile(r"^\s*- id: ", re.M).search(text, text.index("\n", start) + 1)
end = m.start() if m else len(text)
open(path, "w", encoding="utf-8").write(text[:start] + text[end:])
PY
"$bin" extract "$story" --rules "$tmp/rules" --cache-dir "$cache" --format jsonl >"$tmp/after-cached.jsonl"
"$bin" extract "$story" --rules "$tmp/rules" --no-cache --format jsonl >"$tmp/after-plain.jsonl"
cmp -s "$tmp/after-cached.jsonl" "$tmp/after-plain.jsonl" || fail "an edited rule file read stale"
grep -q "\"rule\":\"$rule_id\"" "$tmp/before.jsonl" || fail "rule $rule_id made no claim before"
grep -q "\"rule\":\"$rule_id\"" "$tmp/after-plain.jsonl" && fail "rule $rule_id still makes claims"
[ "$(entries "$cache")" -eq $((nfiles + 1)) ] || fail "the edited file should add one entry"
[ "$(entries "$cache" pack)" -eq 2 ] || fail "the edited pack should be marked clean too"
echo "ok   an edited rule file is parsed again (rule $rule_id gone, one new entry)"

# A broken rule file: the same message with and without the cache, never kept.
mkdir "$tmp/broken"
printf 'rules:\n  - id: x\n    slot: [a\n' >"$tmp/broken/bad.yaml"
before=$(entries "$cache")
status=0; "$bin" rules lint "$tmp/broken" --cache-dir "$cache" >"$tmp/b1" 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "rules lint on a broken file exited $status"
status=0; "$bin" rules lint "$tmp/broken" --no-cache >"$tmp/b2" 2>&1 || status=$?
[ "$status" -eq 2 ] || fail "rules lint --no-cache on a broken file exited $status"
cmp -s "$tmp/b1" "$tmp/b2" || fail "the cache changed the message of a broken file"
grep -q "bad.yaml:4:1: error: invalid YAML" "$tmp/b1" || fail "no position in: $(cat "$tmp/b1")"
[ "$(entries "$cache")" -eq "$before" ] || fail "a broken file was kept"
[ "$(entries "$cache" pack)" -eq 2 ] || fail "a broken pack was marked clean"
echo "ok   a broken rule file: same message, nothing kept"

# Off: --no-cache, an empty FACTLINT_CACHE_DIR; the folder from the environment.
run "$tmp/off.json" --rules "$tmp/rules" --no-cache --cache-dir "$tmp/off"
[ ! -e "$tmp/off" ] || fail "--no-cache wrote a cache"
FACTLINT_CACHE_DIR= HOME="$tmp/home" run "$tmp/off2.json" --rules "$tmp/rules"
[ ! -e "$tmp/home" ] || fail "an empty FACTLINT_CACHE_DIR still wrote a cache"
FACTLINT_CACHE_DIR="$tmp/env" run "$tmp/env.json" --rules "$tmp/rules"
[ "$(entries "$tmp/env")" -gt 0 ] || fail "FACTLINT_CACHE_DIR was not used"
XDG_CACHE_HOME="$tmp/xdg" run "$tmp/xdg.json" --rules "$tmp/rules"
[ "$(entries "$tmp/xdg/factlint")" -gt 0 ] || fail "XDG_CACHE_HOME/factlint was not used"
echo "ok   --no-cache and empty FACTLINT_CACHE_DIR keep nothing; the folder follows the environment"

# Unusable: the cache folder is a file.
: >"$tmp/a-file"
run "$tmp/unusable.json" --rules "$tmp/rules" --cache-dir "$tmp/a-file"
cmp -s "$tmp/off.json" "$tmp/unusable.json" || fail "an unusable cache folder changed the report"
echo "ok   an unusable cache folder is ignored"
