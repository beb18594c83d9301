#!/usr/bin/python3
"""Writes the seed corpora of the fuzz targets into tests/fuzz/corpus/<target>/.

Seeds are real inputs from the repository (rules, fixtures, test data) plus a few hand-written
forms, each prefixed with the selector byte its target reads first. Re-run after adding fixtures:
    tests/fuzz/make_seeds.py
Files named regression-* are inputs that once failed; this script never touches them.
"""
import glob
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CORPUS = os.path.join(ROOT, "tests", "fuzz", "corpus")


def write(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "seed-" + name), "wb") as f:
        f.write(data)


def read(path):
    with open(os.path.join(ROOT, path), "rb") as f:
        return f.read()


def stem(path):
    return os.path.splitext(os.path.basename(path))[0]


FR, EN = b"\x00", b"\x01"

# quantity_fuzz: selector (even fr, odd en) + the text a {quantity} matched.
quantities = {
    FR: ["5 000", "5\u00a0000", "5.000", "5,000", "1,5 million", "jusqu'à 5 000", "plus de 100 000",
         "au moins 3 000", "moins de 200", "entre 2 000 et 3 000", "de 2 000 à 3 000", "2 000-3 000",
         "environ 8 500", "près de 200 000", "des milliers", "des dizaines de milliers",
         "un millier", "trois mille", "quatre-vingt-dix", "quatre-vingt-dix-neuf mille neuf cent",
         "5k", "2 milliards", "vingt et un", "plusieurs centaines de milliers"],
    EN: ["5,000", "5.000", "1.5 million", "up to 5,000", "more than 100,000", "at least 3,000",
         "fewer than 200", "between 2,000 and 3,000", "from 2,000 to 3,000", "about 8,500",
         "nearly 200,000", "some 300", "hundreds", "tens of thousands", "thirty",
         "two hundred", "ninety-nine thousand", "5k", "several hundred thousand", "a dozen"],
}
for lang, forms in quantities.items():
    for i, form in enumerate(forms):
        write("quantity_fuzz", f"{'fr' if lang == FR else 'en'}-{i:02d}", lang + form.encode())

# rule_loader_fuzz: selector (each bit loads one shipped file beside it, see kShipped in
# src/rules/rule_loader_fuzz.cc; 0x1f: all of them) + one rule file. Each shipped file costs
# the fuzzer time, so seeds load only what they need: rules the whole library, library files
# nothing, the broken test rules the numbers.
for path in sorted(glob.glob(os.path.join(ROOT, "rules", "*", "*.yaml"))):
    rel = os.path.relpath(path, ROOT)
    selector = b"\x1f" if rel.split("/")[1] in ("fr", "en") else b"\x00"
    write("rule_loader_fuzz", rel.replace("/", "-"), selector + read(rel))
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "rules", "**", "*.yaml"),
                             recursive=True)):
    rel = os.path.relpath(path, ROOT)
    write("rule_loader_fuzz", rel.replace("/", "-"), b"\x01" + read(rel))
write("rule_loader_fuzz", "anchors", b"\x00a: &a [x, y]\nb: &b [*a, *a]\nrules: [*b]\n")

# article_reader_fuzz: selector (even .txt, odd .md) + the file.
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "articles", "*"))):
    if not os.path.isfile(path):
        continue
    ext = os.path.splitext(path)[1]
    if ext not in (".txt", ".md"):
        continue
    write("article_reader_fuzz", os.path.basename(path), (b"\x01" if ext == ".md" else b"\x00") +
          read(os.path.relpath(path, ROOT)))
write("article_reader_fuzz", "ukraine-000.txt",
      b"\x00" + read("fixtures/ukraine-2022/000_50992c8ad878af4b.txt"))
write("article_reader_fuzz", "bom-crlf.txt",
      b"\x00\xef\xbb\xbfTitre\r\nLe Pentagone enverra 3\xe2\x80\xaf000 soldats.\r\n")

# jsonl_fuzz: a .jsonl stream.
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "articles", "*.jsonl"))):
    write("jsonl_fuzz", os.path.basename(path), read(os.path.relpath(path, ROOT)))
write("jsonl_fuzz", "escapes.jsonl",
      b'{"id": "a", "lang": "fr", "text": "Titre\\n5\\u00a0000 soldats \\ud83d\\ude00"}\n\n'
      b'{"text": null}\n')

# json_writer_fuzz: bytes that fill a report; any bytes will do.
write("json_writer_fuzz", "words", "Les États-Unis enverront 3 000 soldats\\\\ en Pologne\\"
      .encode() * 8)
write("json_writer_fuzz", "controls", bytes(range(256)) * 2)

# extract_fuzz: selector (even fr, odd en) + one article, or two split by a NUL byte.
seed = sorted(glob.glob(os.path.join(ROOT, "fixtures", "ukraine-2022", "*.txt")))
for path in seed:
    write("extract_fuzz", "ukraine-" + stem(path)[:3], FR + read(os.path.relpath(path, ROOT)))
if len(seed) >= 3:
    write("extract_fuzz", "ukraine-001-002", FR + read(os.path.relpath(seed[1], ROOT)) + b"\x00" +
          read(os.path.relpath(seed[2], ROOT)))
for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "eval", "en-*", "*.md")))[:6]:
    write("extract_fuzz", "eval-" + os.path.basename(os.path.dirname(path)) + "-" + stem(path),
          EN + read(os.path.relpath(path, ROOT)))

# sarif_writer_fuzz: the same report bytes as json_writer_fuzz (report/report_fuzz_source.h),
# then rule descriptions, a base folder and a tool version.
write("sarif_writer_fuzz", "words", "Les États-Unis enverront 3 000 soldats\\\\ en Pologne\\"
      .encode() * 8)
write("sarif_writer_fuzz", "controls", bytes(range(256)) * 2)
write("sarif_writer_fuzz", "paths", b"\x00\x00\x00\x05\x00\x00\x00\x09\x00\x00\x00\x00\x02" +
      b"f1\\conflict\\troops.deployed.fr\\" * 3 +
      b"/work/stories/ukraine 2022/lesoir.txt\\\x00\x00\x00\x02\x00\x00\x00\x35" * 4)

# date_text_fuzz: flags (bits 0-1: fr, en, unknown; bit 2: a publication date) + two bytes of
# the publication date (days after 1900-01-01) + text.
PUB = b"\x5e\xdd"  # any two bytes are a date
PUB_2023 = (45000).to_bytes(2, "big")  # 2023-03-17
dates = {
    0: ["vendredi 16 mai", "16 mai 2026", "le 1er mars", "dans la nuit du 8 au 9 février",
        "du 14 au 15 mars", "en septembre", "lundi prochain", "mercredi dernier",
        "de samedi à dimanche", "jeudi 3 février 2022", "fév. 2024", "23 h 12", "18 heures",
        "vers 23 h 15", "peu après 23 heures", "à midi", "minuit", "7 h 30 du matin",
        "aux alentours de 5 heures"],
    1: ["Friday, May 16", "May 16, 2026", "Sept. 22", "in September", "next Monday",
        "last Wednesday", "8-9 February", "Feb 29", "3:40 a.m.", "at about 2:15 p.m.",
        "shortly before 9 p.m.", "7.30am", "noon", "midnight local time", "2022-02-02T21:47:00Z"],
    2: ["2026-05-17", "2024-02-29 10:00", "mardi 31 juin", "Thursday February 31st"],
}
for flags, forms in dates.items():
    for i, form in enumerate(forms):
        write("date_text_fuzz", f"{flags}-{i:02d}", bytes([flags | 4]) + PUB_2023 + form.encode())
write("date_text_fuzz", "no-published", b"\x00" + PUB + "samedi 5 mars".encode())

# html_reader_fuzz: a whole page.
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "articles", "html", "**",
                                         "*.htm*"), recursive=True)):
    write("html_reader_fuzz", os.path.basename(path), read(os.path.relpath(path, ROOT)))
write("html_reader_fuzz", "small.html",
      b'<html lang="fr"><head><meta property="og:title" content="Renforts">'
      b'<meta property="article:published_time" content="2022-02-02T21:47:00+01:00"></head>'
      b'<body><nav>Accueil</nav><article><h1>Renforts</h1><p>Les \xc3\x89tats-Unis enverront '
      b'3&nbsp;000 soldats en <b>Pologne</b>.</p><script>var x = "<p>";</script>'
      b'<p>Selon le Pentagone, 2&#x202F;000 soldats.</p></article></body></html>')
write("html_reader_fuzz", "jsonld.html",
      b'<html><head><script type="application/ld+json">{"datePublished": "2026-05-17",'
      b'"headline": "Quake"}</script></head><body><main><p>A 6.8 magnitude quake struck '
      b'on Friday, May 16, killing at least 2,000 people.</p><p>Rescuers said 300 were '
      b'missing.</p></main></body></html>')

# front_matter_fuzz: a whole .md file.
for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "articles", "*.md"))):
    write("front_matter_fuzz", os.path.basename(path), read(os.path.relpath(path, ROOT)))
for path in sorted(glob.glob(os.path.join(ROOT, "fixtures", "eval", "*", "*.md")))[:4]:
    write("front_matter_fuzz", os.path.basename(os.path.dirname(path)) + "-" + stem(path) + ".md",
          read(os.path.relpath(path, ROOT)))
write("front_matter_fuzz", "crlf-bom.md",
      "\ufeff---\r\ntitle: \"Renforts\"\r\nsource: lesoir\r\npublished: 2022-02-02T21:47:00+01:00\r\n"
      "lang: fr\r\nstory: ukraine\r\n...\r\n# Renforts\r\nLe Pentagone enverra 3 000 soldats.\r\n"
      .encode())
write("front_matter_fuzz", "anchors.md",
      b"---\nid: &a x\ntitle: *a\nsource: [a, b]\n---\nTexte.\n")

# yaml_tree_fuzz: YAML text, and encoded trees (rules/yaml_tree_codec.h) as a cache entry holds.
import struct
for rel in ["rules/lib/modality.yaml", "rules/lib/places.yaml"]:
    write("yaml_tree_fuzz", rel.replace("/", "-"), read(rel))
write("yaml_tree_fuzz", "anchors.yaml", b"base: &b {fr: Paris, en: Paris}\ncopy: *b\nl: [*b, *b]\n")
write("yaml_tree_fuzz", "cycle.yaml", b"&loop [a, *loop]\n")
write("yaml_tree_fuzz", "documents.yaml", b"a: 1\n---\n- b\n...\n---\n? [k]\n: ~\n")


def node(kind, pos, line, col, scalar=b"", children=()):
    return (struct.pack("<Biii", kind, pos, line, col) + struct.pack("<I", len(scalar)) + scalar
            + struct.pack("<I", len(children)) + b"".join(struct.pack("<I", c) for c in children))


# "slot: troops.count\nkey:\n": a map of a scalar to a scalar, and a scalar to null.
write("yaml_tree_fuzz", "encoded-map",
      b"FLYT" + struct.pack("<III", 1, 5, 1) + struct.pack("<I", 0)
      + node(3, 0, 0, 0, children=(1, 2, 3, 4)) + node(1, 0, 0, 0, b"slot")
      + node(1, 6, 0, 6, b"troops.count") + node(1, 19, 1, 0, b"key") + node(0, 23, 2, 0))
