#!/usr/bin/env bash
# Row "untrusted text: HTML" (docs/errors.md): the html report of hostile articles holds their
# sentences as text - every '<', '>', '&', '"' and "'" from an article escaped, so no tag,
# attribute or comment reaches the page - and no control character or bidi override.
# (e2e/report_html_chromium loads such reports in a real browser and checks no script runs.)
source "$2/tests/data/reliability/lib.sh"
source "$root/tests/data/reliability/hostile_articles.sh"
run "$bin" check "$tmp/story" --rules "$hostile_rules" --format html --output "$tmp/report.html"
expect_status 1
/usr/bin/python3 - "$tmp/report.html" <<'PY' || fail "the html report lets article text through"
import sys
page = open(sys.argv[1], encoding="utf-8").read()
for bad in ["<script", "<img", "<!-- a -->", '"officiel"']:
    assert bad not in page, f"raw {bad!r} in the page"
for text in ["&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(2)&gt;",
             "&lt;!-- a --&gt;", "&quot;officiel&quot;", "@everyone"]:
    assert text in page, f"{text!r} missing: the sentence is not shown as text"
for ch in page:
    o = ord(ch)
    assert not (o < 0x20 and ch not in "\n"), f"control character U+{o:04X}"
    assert not (0x7F <= o <= 0x9F), f"C1 control U+{o:04X}"
    assert not (0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069), f"bidi control U+{o:04X}"
PY
finish
