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
