#!/usr/bin/env bash
# HTML pages end to end: `factlint extract page.html --format jsonl` reports each claim at the
# line and column of the HTML source, with the page's own bytes as its text; numbers in
# scripts, navigation, related links and comments give no claims; a page with no article
# text is an input error (exit 2).
set -euo pipefail
bin=$1; root=$2
pages=$root/tests/data/articles/html/pages
rules=$root/tests/data/articles/html/rules
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT

"$bin" rules test "$rules" > "$out/rules.txt" || { cat "$out/rules.txt"; exit 1; }
for page in fr_quotidien en_wire fr_sans_article; do
  "$bin" extract "$pages/$page.html" --format jsonl --rules "$rules" > "$out/$page.jsonl"
done
/usr/bin/python3 - "$pages" "$out" <<'PY'
import json, sys
pages, out = sys.argv[1], sys.argv[2]

def where(data, offset):
    """1-based line and column (code points) of a byte offset, counted here from the bytes."""
    start = 3 if data.startswith(b"\xef\xbb\xbf") else 0
    before = data[start:offset].replace(b"\r\n", b"\n").replace(b"\r", b"\n")
    line = before.count(b"\n") + 1
    last = before.rsplit(b"\n", 1)[-1]
    return line, len(last.decode("utf-8")) + 1

# page -> the exact HTML bytes of every claim, in order
expected = {
    "fr_quotidien": ["14 personnes", "2&nbsp;300 habitants", "1</strong> 500 soldats",
                     "41&nbsp;personnes"],
    "en_wire": ["About 1,900 dock workers", "500&nbsp;lorries"],
    "fr_sans_article": ["1&#160;200 agents"],
}
failures = []
for page, texts in expected.items():
    data = open(f"{pages}/{page}.html", "rb").read()
    claims = [json.loads(l) for l in open(f"{out}/{page}.jsonl", encoding="utf-8")]
    got = [c["text"] for c in claims]
    if got != texts:
        failures.append(f"{page}: claims {got}, expected {texts}")
        continue
    for c, text in zip(claims, texts):
        at = data.find(text.encode("utf-8"))
        line, column = where(data, at)
        checks = {"line": line, "column": column, "byte_start": at,
                  "file": f"{pages}/{page}.html"}
        for field, want in checks.items():
            if c[field] != want:
                failures.append(f"{page}: {text!r}: {field} {c[field]!r}, expected {want!r}")
        if data[c["byte_start"]:c["byte_start"] + len(text.encode())].decode() != c["text"]:
            failures.append(f"{page}: {text!r}: byte_start does not point at the text")

soldiers = [c for c in map(json.loads, open(f"{out}/fr_quotidien.jsonl")) if c["slot"] == "html-test.soldiers"]
if [c["value"]["lo"] for c in soldiers] != [1500]:  # not 12 000 (script), 7 000 (video), 3 000 (related)
    failures.append(f"soldier claims: {[c['text'] for c in soldiers]}")
# The sentence is the text a reader sees: references decoded, markup left out.
by_text = {c["text"]: c for c in map(json.loads, open(f"{out}/fr_quotidien.jsonl"))}
want = "Le gouvernement a annoncé l\u2019envoi de 1 500 soldats dans la région pour aider les secours."
if by_text["1</strong> 500 soldats"]["sentence"] != want:
    failures.append(f"readable sentence: {by_text['1</strong> 500 soldats']['sentence']!r}")
if "&nbsp;" in by_text["14 personnes"]["sentence"] or "<" in by_text["14 personnes"]["sentence"]:
    failures.append(f"readable sentence: {by_text['14 personnes']['sentence']!r}")
first = json.loads(open(f"{out}/fr_quotidien.jsonl").readline())
if (first["line"], first["column"], first["source"]) != (55, 159, "Le Quotidien du Nord"):
    failures.append(f"first claim: {first['line']}:{first['column']} {first['source']}")
if failures:
    print("\n".join(failures))
    sys.exit(1)
PY

# A page whose only text is navigation, scripts and banners is an empty article.
status=0
"$bin" extract "$pages/fr_vide.html" --format jsonl --rules "$rules" > "$out/vide.jsonl" 2> "$out/vide.err" || status=$?
if [ "$status" -ne 2 ]; then echo "fr_vide.html: expected exit 2, got $status"; exit 1; fi
grep -q "fr_vide.html: error: empty article" "$out/vide.err" || { cat "$out/vide.err"; exit 1; }

# A page piped in is read as HTML (its first byte is '<'): the same claims, no script numbers.
"$bin" extract - --format jsonl --rules "$rules" < "$pages/fr_quotidien.html" > "$out/stdin.jsonl"
/usr/bin/python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
strip = lambda c: {k: v for k, v in c.items() if k not in ("article", "file", "source", "story")}
page = [strip(json.loads(l)) for l in open(f"{out}/fr_quotidien.jsonl")]
piped = [strip(json.loads(l)) for l in open(f"{out}/stdin.jsonl")]
if page != piped:
    print("stdin page: claims differ from the file's")
    sys.exit(1)
PY

# The same claims from the whole folder minus the empty page, identical across runs and jobs.
"$bin" extract "$pages/fr_quotidien.html" "$pages/en_wire.html" --format jsonl --rules "$rules" --jobs 1 > "$out/j1.jsonl"
"$bin" extract "$pages/fr_quotidien.html" "$pages/en_wire.html" --format jsonl --rules "$rules" --jobs 4 > "$out/j4.jsonl"
cmp "$out/j1.jsonl" "$out/j4.jsonl"
cat "$out/fr_quotidien.jsonl" "$out/en_wire.jsonl" | cmp - "$out/j1.jsonl"
echo "html extract: ok"
