"""Checks factlint Markdown reports, and their cmark-gfm rendering when present."""
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

out, *names = sys.argv[1:]
ZWSP = "\u200b"
ALLOWED_TAGS = {"h3", "h4", "p", "table", "thead", "tbody", "tr", "th", "td", "blockquote",
                "strong", "del"}


class Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


for name in names:
    md_path = os.path.join(out, name + ".md")
    with open(md_path, encoding="utf-8") as f:
        md = f.read()
    with open(os.path.join(out, name + ".json"), encoding="utf-8") as f:
        report = json.load(f)
    findings = [x for x in report["findings"] if x["kind"] != "corroborated"]
    assert len(md.encode("utf-8")) < 65000, len(md)
    assert md.startswith("### factlint: "), md[:80]
    counts = report["summary"]["findings"]
    for kind, n in counts.items():
        assert f"| {kind} | {n} |" in md, (kind, n)
    sections = re.findall(r"^#### (\d+)\. ", md, flags=re.M)
    assert [int(s) for s in sections] == list(range(1, len(findings) + 1)), sections

    rendered = os.path.join(out, name + ".html")
    if not os.path.exists(rendered):
        continue
    with open(rendered, encoding="utf-8") as f:
        page = f.read()
    parser = Tags()
    parser.feed(page)
    tags = {t for t, _ in parser.tags}
    assert tags <= ALLOWED_TAGS, tags - ALLOWED_TAGS
    for tag, attrs in parser.tags:
        assert all(a == "align" for a, _ in attrs), (tag, attrs)
    text = "".join(parser.text)
    # Every claim's value is bold, as written.
    for f_ in findings:
        for c in f_["claims"]:
            assert "<strong>" + html.escape(c["value_text"], quote=True) + "</strong>" in page \
                or "<strong>" + html.escape(c["value_text"], quote=False) + "</strong>" in page, \
                c["value_text"]
    # Nothing hosts would link: mentions, references, URLs.
    assert not re.search(r"(^|\W)@\w", text), "mention"
    assert not re.search(r"(^|\W)#\d", text), "issue reference"
    assert "://" not in text and "www." not in text.lower(), "url"
    if name == "hostile":
        # The payloads are there, as text.
        plain = text.replace(ZWSP, "")
        assert "<script>document.body.setAttribute('data-pwned','sentence')</script>" in plain
        assert "\"><img src=x onerror=" in plain
        assert "</style><style>body{display:none}</style>" in plain
        assert "[un lien](javascript:alert(1))" in plain
        assert "@everyone #1 https://evil.example/x www.evil.example" in plain
print("markdown checks: ok")
