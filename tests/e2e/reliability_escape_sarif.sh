#!/usr/bin/env bash
# Row "untrusted text: SARIF" (docs/errors.md): the sarif log of hostile articles - their text,
# and file names (hence outlet names) carrying escape sequences, HTML, Markdown links and
# mentions - parses; every snippet is the article's exact text at its region; outlet names read
# back exactly in the messages; artifact URIs are percent-encoded; and every message is plain
# text (SARIF's `text`, never `markdown`, which code-scanning UIs would render).
source "$2/tests/data/reliability/lib.sh"
source "$root/tests/data/reliability/hostile_articles.sh"
mkdir "$tmp/named"
cp "$tmp/story/a.md" "$tmp/named/"$'a \e[31m<script>alert(3)<\\script> @everyone.md'
cp "$tmp/story/b.md" "$tmp/named/b [x](https:evil.example) #1 GH-2.md"
for story in story named; do
  run "$bin" check "$tmp/$story" --rules "$hostile_rules" --format sarif --output "$tmp/$story.sarif"
  expect_status 1
done
/usr/bin/python3 - "$tmp" <<'PY' || fail "the sarif log does not hold the articles' exact text"
import json, os, sys, urllib.parse
tmp = sys.argv[1]

def walk(node, path=""):
    if isinstance(node, dict):
        for k, v in node.items():
            assert k != "markdown", f"a markdown message at {path}"
            yield from walk(v, path + "/" + k)
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from walk(v, f"{path}/{i}")
    else:
        yield path, node

for story in ["story", "named"]:
    raw = open(os.path.join(tmp, story + ".sarif"), "rb").read()
    assert b"\x1b" not in raw and b"\x07" not in raw and b"\xc2\x9b" not in raw, "raw controls"
    log = json.loads(raw)
    results = log["runs"][0]["results"]
    assert results, "no result"
    messages = []
    for path, value in walk(log):
        if path.endswith("/uri"):
            assert all(c.isalnum() or c in "-._~/%:" for c in value), f"unencoded URI {value!r}"
        if path.endswith("/message/text"):
            messages.append(value)
    for r in results:
        for loc in r["locations"] + r.get("relatedLocations", []):
            phys = loc["physicalLocation"]
            uri = phys["artifactLocation"]["uri"]
            name = urllib.parse.unquote(uri[len("file://"):] if uri.startswith("file://") else uri)
            text = open(name if os.path.isabs(name) else os.path.join(tmp, story, os.path.basename(name)),
                        encoding="utf-8").read()
            region = phys["region"]
            line = text.splitlines()[region["startLine"] - 1]
            snippet = region["snippet"]["text"]
            start = region["startColumn"] - 1
            assert line[start:start + len(snippet)] == snippet, (snippet, line)
    if story == "named":
        everything = "\n".join(messages)
        for outlet in ["a \x1b[31m<script>alert(3)<\\script> @everyone", "b [x](https:evil.example) #1 GH-2"]:
            assert outlet in everything, f"outlet {outlet!r} not read back exactly"
PY
finish
