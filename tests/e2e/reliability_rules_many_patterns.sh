#!/usr/bin/env bash
# Row "rules: a pack of thousands of patterns" (docs/errors.md): a generated pack of 4 000 rules
# (8 000 patterns with named captures and a shared sub-pattern, every rule with its examples)
# lints and runs within 300 MB of peak memory (about 150 MB measured), and its rules read what
# they should.
source "$2/tests/data/reliability/lib.sh"
/usr/bin/python3 - 4000 > "$tmp/pack.yaml" <<'PY'
import sys
n = int(sys.argv[1])
nouns = ["soldats", "policiers", "pompiers", "manifestants", "blessés", "morts", "secouristes",
         "habitants"]
places = ["Pologne", "Roumanie", "Lituanie", "Estonie", "Lettonie", "Hongrie", "Slovaquie",
          "Bulgarie"]
out = ["patterns:", "  count: '[1-9]\\d{0,2}(?: \\d{3})*'", "rules:"]
for i in range(n):
    w, p = nouns[i % len(nouns)], places[(i // 8) % len(places)]
    out += [f"  - id: many.r{i:05d}.fr",
            f"    description: Règle générée {i}",
            "    language: fr",
            f"    slot: many.s{i % 50}",
            "    value: {type: quantity, unit: person}",
            "    patterns:",
            f"      - \"(?P<quantity>{{count}}) {w} (?:envoyés|attendus|signalés) en {p} n{i}\\\\b\"",
            f"      - \"{p} n{i} : (?P<quantity>{{count}}) {w}(?: au moins)?\"",
            "    examples:",
            "      match:",
            f"        - text: \"Il y a 3 000 {w} envoyés en {p} n{i} hier.\"",
            "          value: 3000",
            "      no_match:",
            f"        - \"Des {w} envoyés en {p} n{i}.\""]
print("\n".join(out))
PY
peak_rss_kb "$bin" rules lint "$tmp/pack.yaml"
expect_status 0
expect_out "4000 rules, 8000 patterns"
expect_peak_below_mb 300

mkdir "$tmp/story"
printf -- '---\nlang: fr\n---\nRenforts\nIl y a 3 000 soldats envoyés en Pologne n0 hier. Estonie n3999 : 1 200 habitants.\n' \
  > "$tmp/story/a.md"
printf -- '---\nlang: fr\n---\nRenforts\nIl y a 2 000 soldats envoyés en Pologne n0 hier.\n' > "$tmp/story/b.md"
peak_rss_kb "$bin" check "$tmp/story" --rules "$tmp/pack.yaml" --color never
expect_status 1
expect_out "many.r00000.fr"
expect_out "3 claims"
expect_peak_below_mb 300
finish
