"""Asserts the seed story's findings (PRODUCT.md §4) in a factlint JSON report."""
import json
import sys

report = json.load(open(sys.argv[1], encoding="utf-8"))
assert report["version"] == 1
findings = report["findings"]
failures = []


def art(claim):
    return claim["article"][:3]


def value(claim):
    v = claim["value"]
    if "lo" in v:
        return (v["lo"], v["hi"])
    if "id" in v:
        return v["id"]
    if "ids" in v:
        return tuple(v["ids"])
    return v.get("quote")


def find(kinds, slot, pred=lambda f: True):
    return [f for f in findings if f["kind"] in kinds and f["slot"] == slot and pred(f)]


def has(f, article, val=None):
    return any(art(c) == article and (val is None or value(c) == val) for c in f["claims"])


def expect(name, ok):
    if not ok:
        failures.append(name)


DISAGREE = ("conflict", "discrepancy")

# --- disagreements that must be flagged ---
expect("5 000 (000) vs 3 000 (001) troops",
       find(DISAGREE, "troops.deployed",
            lambda f: has(f, "000", (5000, 5000)) and has(f, "001", (3000, 3000))))
expect("up to 5.000 (003) vs 3 000 (001) troops",
       find(DISAGREE, "troops.deployed",
            lambda f: has(f, "003", (0, 5000)) and has(f, "001", (3000, 3000))))
expect("3 000 (001) vs 2 000 (002) troops is a conflict",
       find(("conflict",), "troops.deployed",
            lambda f: has(f, "001", (3000, 3000)) and has(f, "002", (2000, 2000))))
expect("Fort Bragg in North vs South Carolina across sources",
       find(("conflict",), "place.location",
            lambda f: has(f, "001", "US-NC") and has(f, "002", "US-SC")))
expect("Fort Bragg: 002 contradicts itself",
       find(("internal",), "place.location",
            lambda f: has(f, "002", "US-NC") and has(f, "002", "US-SC")))
expect("destinations {DE, PL} vs {DE, PL, RO}",
       find(("discrepancy",), "troops.destinations",
            lambda f: has(f, "001", ("DE", "PL")) and has(f, "002", ("DE", "PL", "RO"))))
quotes = find(("quote-variant",), "quote")
expect("Blinken: ferme vs sévère (000 headline vs body)",
       [f for f in quotes if "ferme" in f.get("diff", "") and "sévère" in f.get("diff", "")
        and all(art(c) == "000" for c in f["claims"])])
expect("Blinken: unifiée (000) vs unie (004)",
       [f for f in quotes if has(f, "000") and has(f, "004") and "unie" in f.get("diff", "")])

# --- agreements that must not be flagged ---
def no_disagreement(name, slot, a, b):
    bad = [f for f in find(DISAGREE, slot)
           if any(art(c) == a for c in f["claims"]) and any(art(c) == b for c in f["claims"])
           and len({value(c) for c in f["claims"] if art(c) in (a, b)}) > 1]
    expect(name + " not flagged", not bad)


expect("8 500 on alert corroborated (001, 002)",
       find(("corroborated",), "troops.alert", lambda f: has(f, "001", (8500, 8500)) and has(f, "002", (8500, 8500))))
no_disagreement("8 500 on alert", "troops.alert", "001", "002")
expect("près de 200 000 livres corroborated (000, 004)",
       find(("corroborated",), "aid.shipment", lambda f: has(f, "000") and has(f, "004")))
no_disagreement("200 000 livres", "aid.shipment", "000", "004")
expect("« d'aide mortelle » (000) = « d'aide létale » (004): no quote variant",
       not [f for f in quotes if "mortelle" in f.get("diff", "") or "létale" in f.get("diff", "")])
expect("plus de 100 000 Russian troops corroborated (002, 004)",
       find(("corroborated",), "troops.massed", lambda f: has(f, "002") and has(f, "004")))
no_disagreement("plus de 100 000", "troops.massed", "002", "004")
expect("2 000 from Fort Bragg corroborated (001, 002)",
       find(("corroborated",), "troops.from-base", lambda f: has(f, "001", (2000, 2000)) and has(f, "002", (2000, 2000))))
no_disagreement("2 000 from Fort Bragg", "troops.from-base", "001", "002")
expect("5.000 (003) equals 5 000 (000)",
       find(("corroborated",), "troops.deployed", lambda f: has(f, "000", (0, 5000)) and has(f, "003", (0, 5000))))
blinken = [f for f in findings if f["slot"] == "person.title" and f["kind"] in DISAGREE + ("internal",)
           and "blinken" in f["key"]]
expect("Blinken's office (ministre des affaires étrangères = secrétaire d'État) not flagged", not blinken)
# Every finding has the minimum fields.
for f in findings:
    for field in ("id", "kind", "severity", "rule", "key", "message", "claims"):
        assert field in f, field
    for c in f["claims"]:
        for field in ("file", "line", "column", "text", "sentence", "value", "qualifier", "modality"):
            assert field in c, field

if failures:
    print("seed story failures:")
    for name in failures:
        print("  -", name)
    sys.exit(1)
print(f"seed story: {len(findings)} findings, all §4 expectations met")
