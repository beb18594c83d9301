#!/usr/bin/env bash
# Row "untrusted text: Markdown" (docs/errors.md): the markdown report (a review comment) of
# hostile articles holds the sentences as inert text - no raw '<', '[', '!' or '`' from an
# article (so no HTML, link, image or code span), mentions, '#1', 'GH-1', '!2' and URLs broken
# by a zero-width space so the host links nothing, and no control character or bidi override.
# With cmark-gfm (scripts/setup) the rendered HTML is checked too: no tag from the articles.
source "$2/tests/data/reliability/lib.sh"
source "$root/tests/data/reliability/hostile_articles.sh"
run "$bin" check "$tmp/story" --rules "$hostile_rules" --format markdown --output "$tmp/report.md"
expect_status 1
/usr/bin/python3 - "$tmp/report.md" <<'PY' || fail "the markdown report lets article text through"
import re, sys
md = open(sys.argv[1], encoding="utf-8").read()
zwsp = "\u200b"
# The hostile sentences are there, as text.
assert "\\<script\\>alert\\(1\\)\\</script\\>" in md, "the <script> sentence is missing"
assert "\\<img src\\=x onerror\\=alert\\(2\\)\\>" in md, "the <img> sentence is missing"
for bad in ["<", "[", "!", "`"]:
    assert not re.search(r"(?<!\\)" + re.escape(bad), md), f"unescaped {bad!r} in the report"
for bad in ["@everyone", "#1 ", "GH-1", "!2", "https://"]:
    assert bad not in md, f"raw {bad!r} in the report"
for linked in ["\\@" + zwsp + "everyone", "\\#" + zwsp + "1", "GH" + zwsp + "\\-1",
               "\\!" + zwsp + "2", "https\\:" + zwsp + "//"]:
    assert linked in md, f"{linked!r} not broken as expected"
for ch in md:
    o = ord(ch)
    assert not (o < 0x20 and ch != "\n"), f"control character U+{o:04X}"
    assert not (0x7F <= o <= 0x9F), f"C1 control U+{o:04X}"
    assert not (0x202A <= o <= 0x202E or 0x2066 <= o <= 0x2069), f"bidi control U+{o:04X}"
PY
if command -v cmark-gfm >/dev/null 2>&1; then
  cmark-gfm --extension table --extension autolink --extension strikethrough "$tmp/report.md" \
    > "$tmp/report.html"
  /usr/bin/python3 - "$tmp/report.html" <<'PY' || fail "the rendered markdown holds markup from an article"
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
tags = set(re.findall(r"<([a-zA-Z][a-zA-Z0-9]*)", html))
allowed = {"h3", "h4", "p", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "strong",
           "del", "em", "ul", "li", "hr", "code", "br"}
assert tags <= allowed, f"unexpected tags: {sorted(tags - allowed)}"
PY
else
  echo "cmark-gfm not installed: rendering not checked (scripts/setup installs it)"
fi
finish
