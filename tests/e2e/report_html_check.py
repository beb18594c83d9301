"""Checks factlint HTML reports as Chromium loaded them (DOM dumps) and as written."""
import json
import os
import sys
from html.parser import HTMLParser

out = sys.argv[1]


class Page(HTMLParser):
    """Elements with their attributes, and the text outside <style>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.text = []
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_startendtag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if not self._in_style:
            self.text.append(data)

    def all(self, tag):
        return [a for t, a in self.elements if t == tag]

    def with_class(self, tag, cls):
        return [a for a in self.all(tag) if cls in a.get("class", "").split()]


def load(name):
    p = Page()
    with open(os.path.join(out, name), encoding="utf-8") as f:
        p.feed(f.read())
    return p


def check_inert(source, dom, label):
    """Nothing executable or loadable, in the file and in what the browser built."""
    for page, where in ((source, "file"), (dom, "dom")):
        for tag in ("script", "img", "iframe", "object", "embed", "link", "base", "form"):
            assert not page.all(tag), f"{label} {where}: <{tag}> present"
        assert len(page.all("style")) == 1, f"{label} {where}: {len(page.all('style'))} <style>"
        for tag, attrs in page.elements:
            for name, value in attrs.items():
                assert not name.startswith("on"), f"{label} {where}: {tag} {name}"
                assert name not in ("src", "srcdoc", "action"), f"{label} {where}: {tag} {name}"
                if name == "href":
                    assert value.startswith("#"), f"{label} {where}: href {value}"
        body = page.all("body")[0]
        assert "data-pwned" not in body, f"{label} {where}: a payload ran ({body['data-pwned']})"


# The harness sees a script that runs.
control = load("control.dom.html")
assert control.all("body")[0].get("data-pwned") == "control", "control script did not run"

for name in ("seed", "hostile"):
    with open(os.path.join(out, name + ".json"), encoding="utf-8") as f:
        report = json.load(f)
    source, dom = load(name + ".html"), load(name + ".dom.html")
    check_inert(source, dom, name)
    findings = [x for x in report["findings"] if x["kind"] != "corroborated"]
    corroborated = [x for x in report["findings"] if x["kind"] == "corroborated"]
    body = dom.all("body")[0]
    assert int(body["data-findings"]) == len(findings), (body["data-findings"], len(findings))
    assert int(body["data-corroborated"]) == len(corroborated)
    articles = dom.with_class("article", "finding")
    assert len(articles) == len(findings), (len(articles), len(findings))
    assert [a["id"] for a in articles] == ["finding-" + x["id"] for x in findings]
    assert [a["data-kind"] for a in articles] == [x["kind"] for x in findings]
    rows = [a for a in dom.all("tr") if "data-finding" in a]
    assert sorted(r["data-finding"] for r in rows) == sorted(x["id"] for x in corroborated)
    # Every claim of every finding is shown, its value marked.
    figures = dom.with_class("figure", "claim")
    assert len(figures) == sum(len(x["claims"]) for x in findings)
    assert len(dom.all("mark")) == len(figures)
    text = "".join(dom.text)
    if name == "hostile":
        for payload in ("<script>document.body.setAttribute('data-pwned','sentence')</script>",
                        "\"><img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">",
                        "</style><style>body{display:none}</style>",
                        "Agence <b>Wire</b> & co",
                        "</style><script>document.body.setAttribute(\"data-pwned\",\"story\")"):
            assert payload in text, payload
    print(f"{name}: {len(articles)} findings, {len(rows)} corroborated facts, inert")
