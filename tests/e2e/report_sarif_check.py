"""Checks a factlint SARIF log: schema, results against the JSON report, regions.

usage: report_sarif_check.py SCHEMA SARIF JSON [PRIMARY_FILE]
"""
import json
import sys

import jsonschema

schema_path, sarif_path, json_path = sys.argv[1:4]
# Optional: the one file every result must be located in (a gate's new article).
primary_file = sys.argv[4] if len(sys.argv) > 4 else None
with open(schema_path, encoding="utf-8") as f:
    schema = json.load(f)
with open(sarif_path, encoding="utf-8") as f:
    log = json.load(f)
with open(json_path, encoding="utf-8") as f:
    report = json.load(f)

errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=lambda e: list(e.path))
for e in errors[:10]:
    print("schema:", "/".join(str(p) for p in e.path), e.message)
assert not errors, f"{len(errors)} schema errors"

run = log["runs"][0]
results = run["results"]
findings = [f for f in report["findings"] if f["kind"] != "corroborated"]
assert len(results) == len(findings) > 0, (len(results), len(findings))
assert run["properties"]["findings"] == report["summary"]["findings"]

rules = run["tool"]["driver"]["rules"]
assert sorted(r["id"] for r in rules) == sorted({f["rule"] for f in findings})
for r in rules:
    assert r["shortDescription"]["text"].strip(), r
    assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")

lines_of = {}


def region_text(location):
    """The article text a physicalLocation's region covers (columns in code points)."""
    phys = location["physicalLocation"]
    uri = phys["artifactLocation"]["uri"]
    assert phys["artifactLocation"].get("uriBaseId") == "%SRCROOT%", uri
    assert not uri.startswith("/") and "://" not in uri, uri
    if uri not in lines_of:
        with open(uri, encoding="utf-8") as f:
            lines_of[uri] = f.read().split("\n")
    lines = lines_of[uri]
    reg = phys["region"]
    sl, sc, el, ec = reg["startLine"], reg["startColumn"], reg["endLine"], reg["endColumn"]
    if sl == el:
        text = lines[sl - 1][sc - 1:ec - 1]
    else:
        text = "\n".join([lines[sl - 1][sc - 1:]] + lines[sl:el - 1] + [lines[el - 1][:ec - 1]])
    assert text == reg["snippet"]["text"], (uri, sl, sc, text, reg["snippet"]["text"])
    return text


fingerprints = set()
for result, finding in zip(results, findings):
    assert result["ruleId"] == finding["rule"]
    assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
    level = {"error": "error", "warning": "warning", "info": "note"}[finding["severity"]]
    assert result["level"] == level, (result["level"], finding["severity"])
    assert finding["message"] in result["message"]["text"]
    primary = finding["claims"][0]
    if primary_file:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri == primary_file, (uri, primary_file)
    assert region_text(result["locations"][0]) == primary["text"]
    assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == primary["line"]
    related = result.get("relatedLocations", [])
    assert len(related) == len(finding["claims"]) - 1
    for loc, claim in zip(related, finding["claims"][1:]):
        assert region_text(loc) == claim["text"]
        assert claim["source"] in loc["message"]["text"]
    fp = result["partialFingerprints"]["factlintFinding/v1"]
    assert len(fp) == 16 and all(c in "0123456789abcdef" for c in fp), fp
    fingerprints.add(fp)
print(f"sarif: {len(results)} results, {len(fingerprints)} distinct fingerprints, schema valid")
