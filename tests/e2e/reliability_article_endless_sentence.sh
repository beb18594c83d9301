#!/usr/bin/env bash
# Row "articles: one endless sentence full of claims" (docs/errors.md): an article that is one
# line with no full stop and a claim every few bytes is read like any other - exit 0 for extract,
# every claim found, each claim's sentence cut to the words around its match (at most
# kSentenceReach = 600 bytes either side, src/text/sentence.h), columns exact far along the line.
# What makes this a row: each claim used to read its whole sentence (cues, time anchors, context
# words, the sentence shown), and so did each column count its whole line, so the work grew with
# the square of the article. How fast it runs is measured by scripts/bench-hostile (family
# dense-matches), not here; this pins the behaviour that keeps it linear.
source "$2/tests/data/reliability/lib.sh"
rules="$root/tests/data/reliability/rules"

# 6 000 claims on one line of about 160 KB: "3 000 soldats en Pologne, 4 000 soldats en
# Roumanie, 5 000 soldats en Pologne, 3 000 soldats en Pologne, ..." and no full stop.
/usr/bin/python3 - "$tmp/endless.md" <<'PY'
import sys
body = "".join(["3 000 soldats en Pologne, ", "4 000 soldats en Roumanie, ",
                "5 000 soldats en Pologne, "][i % 3] for i in range(6000))
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("---\nlang: fr\nstory: renforts\n---\nRenforts\n\n« " + body + "et ainsi de suite »\n")
PY
run "$bin" extract "$tmp/endless.md" --rules "$rules" --format jsonl
expect_status 0
/usr/bin/python3 - "$tmp/.out" "$tmp/endless.md" <<'PY' || fail "claims of the endless sentence"
import json, sys
claims = [json.loads(l) for l in open(sys.argv[1], encoding="utf-8")]
text = open(sys.argv[2], encoding="utf-8").read()
lines = text.split("\n")
problems = []
if len(claims) != 6000:
    problems.append(f"{len(claims)} claims, expected 6000")
longest = max(len(c["sentence"].encode()) for c in claims)
if longest > 2 * 600 + 40:
    problems.append(f"a claim's sentence is {longest} bytes, expected at most 2 x 600 + its match")
for c in claims:
    # The column (code points) points at the claim's text on its line.
    line = lines[c["line"] - 1]
    at = line[c["column"] - 1:]
    if not at.startswith(c["text"]):
        problems.append(f"line {c['line']} column {c['column']} holds {at[:20]!r}, not {c['text']!r}")
        break
    if c["text"] not in c["sentence"]:
        problems.append(f"claim {c['text']!r} at column {c['column']} is not in its sentence")
        break
last = claims[-1]
if last["column"] < 150000:
    problems.append(f"the last claim is at column {last['column']}, expected far along the line")
for p in problems:
    print("FAIL:", p)
sys.exit(1 if problems else 0)
PY
# Compared, the figures for Poland are 4 000 claims of two values: one internal finding (the
# article contradicts itself far along its one sentence), holding all of them.
run "$bin" check "$tmp/endless.md" --rules "$rules" --format json
expect_status 1
/usr/bin/python3 - "$tmp/.out" <<'PY' || fail "findings of the endless sentence"
import json, sys
findings = json.load(open(sys.argv[1], encoding="utf-8"))["findings"]
kinds = [(f["kind"], f["key"], len(f["claims"])) for f in findings]
if kinds != [("internal", "troops.deployed|region=PL", 4000)]:
    print("FAIL: findings", kinds[:5])
    sys.exit(1)
PY
finish
