#!/usr/bin/env bash
# Row "untrusted text: JSON" (docs/errors.md): the json report of hostile articles parses, and
# every claim's text and sentence read back exactly as the bytes of the article - control
# characters are JSON-escaped, never dropped or passed raw.
source "$2/tests/data/reliability/lib.sh"
source "$root/tests/data/reliability/hostile_articles.sh"
run "$bin" check "$tmp/story" --rules "$hostile_rules" --format json --output "$tmp/report.json"
expect_status 1
/usr/bin/python3 - "$tmp/report.json" "$tmp/story" <<'PY' || fail "the json report does not hold the articles' exact text"
import json, os, sys
raw = open(sys.argv[1], "rb").read()
assert b"\x1b" not in raw and b"\x07" not in raw, "raw control bytes in the JSON file"
report = json.loads(raw)
claims = [c for f in report["findings"] for c in f["claims"]]
assert len(claims) >= 2, claims
for c in claims:
    original = open(c["file"], "rb").read()
    span = original[c["byte_start"]:c["byte_end"]].decode("utf-8")
    assert c["text"] == span, (c["text"], span)
    line = original.decode("utf-8").splitlines()[c["line"] - 1]
    assert c["sentence"] in line, (c["sentence"], line)
sentences = " ".join(c["sentence"] for c in claims)
for needle in ["\x1b]0;pwned\x07", "\x1b[31m", "\u009b31m", "\u202e", "<script>alert(1)</script>",
               "<img src=x onerror=alert(2)>"]:
    assert needle in sentences, needle
PY
finish
