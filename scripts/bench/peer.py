#!/usr/bin/python3
"""The peer: factlint's extraction written the way a newsroom would, in Python with `re`.

    peer.py --rules rules/ corpus.jsonl [--out claims.jsonl] [--limit N]

Loads the same YAML rule pack as factlint (sub-patterns, gazetteers, rules), expands every
`{sub-pattern}` and `{gaz:NAME}` the way the C++ loader does (rules/pattern_library.cc,
rules/gazetteer.cc, rules/alias_regex.cc), translates the RE2 dialect into Python's (`\\p{L}`,
`\\p{Lu}`, `\\x{...}`, and ASCII-only `\\b \\d \\w \\s` as RE2 has them, `$` as end of text),
normalizes each article's text as text/text_map.h does (apostrophes, quotes, no-break spaces,
dashes) while keeping the map to the original bytes, and runs every rule of the article's
language over it with factlint's matching loop: patterns in order, a match overlapping an
accepted match of the same rule dropped, a capture that cuts a word or a 4-digit year rejected
and the search retried one character later, then one claim per words per slot.

What it ports, and what it does not (docs/performance.md "The peer"):
  - the claim's rule and byte span (in the .jsonl "text" string), for every rule;
  - the value of category, set and quote claims (gazetteer lookup with factlint's folding);
  - quantities are read by a small parser (digits, separators, multipliers, qualifiers): the
    work is done, but not every form factlint reads, so quantity values are not compared;
  - date, weekday and time values, and key fields looked for around the match (with
    `required`), decide whether factlint keeps a match: they are not ported, and the slots of
    such rules are listed as not compared (`--uncompared-slots`).
Output: one JSON object per claim: article, rule, slot, byte_start, byte_end, type, value.
"""
import argparse
import json
import os
import re
import sys
import time
import unicodedata

import yaml


class _Loader(yaml.SafeLoader):
    """YAML as yaml-cpp reads rule files: only true/false are booleans (an id such as NO,
    Norway, stays a string)."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))

# -- text normalization (text/text_map.h) ------------------------------------------------

_REPLACE = {}
for _cp in (0x2019, 0x2018, 0x02BC, 0x00B4, 0x27, 0x60):
    _REPLACE[chr(_cp)] = "'"
for _cp in (0x00AB, 0x00BB, 0x201C, 0x201D, 0x201E):
    _REPLACE[chr(_cp)] = '"'
for _cp in (0x00A0, 0x202F, 0x2009, 0x2007, 0x09):
    _REPLACE[chr(_cp)] = " "
for _cp in list(range(0x2010, 0x2016)) + [0x2212]:
    _REPLACE[chr(_cp)] = "-"
_REPLACE["\u2026"] = "..."
_NEEDS_WORK = re.compile("[\u2019\u2018\u02bc\u00b4`\u00ab\u00bb\u201c\u201d\u201e\u00a0\u202f"
                         "\u2009\u2007\t\u2010-\u2015\u2212\u2026\r\ufeff]")


def normalize(text):
    """(normalized str, starts): starts[i] is the original UTF-8 byte offset of normalized
    character i; starts[len] is the original size."""
    raw = text.encode("utf-8")
    starts = []
    out = []
    byte = 0
    i = 0
    n = len(text)
    if text.startswith("\ufeff"):
        byte += 3
        i = 1
    while i < n:
        ch = text[i]
        size = len(ch.encode("utf-8")) if ord(ch) >= 0x80 else 1
        if ch == "\r":
            out.append("\n")
            starts.append(byte)
            if i + 1 < n and text[i + 1] == "\n":
                i += 1
                byte += 1
        else:
            rep = _REPLACE.get(ch)
            if rep is None:
                out.append(ch)
                starts.append(byte)
            else:
                for r in rep:
                    out.append(r)
                    starts.append(byte)
        byte += size
        i += 1
    starts.append(len(raw))
    return "".join(out), starts


# -- folding (text/fold.cc) ---------------------------------------------------------------

_SPACES = re.compile(r"[ \t\n\r]+")


def fold(text):
    s = unicodedata.normalize("NFKD", text).casefold()
    s = "".join(c for c in s if unicodedata.category(c) not in ("Mn", "Mc", "Me"))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
    return _SPACES.sub(" ", s).strip(" ")


def is_word_char_folded(c):
    return ord(c) >= 0x80 or ("0" <= c <= "9") or ("a" <= c <= "z") or ("A" <= c <= "Z")


# -- gazetteers (rules/gazetteer.cc, rules/alias_regex.cc) --------------------------------

FAMILIES = [("aàâäáãå", "AÀÂÄÁÃÅ"), ("eéèêë", "EÉÈÊË"), ("iîïíì", "IÎÏÍÌ"), ("oôöóòõ", "OÔÖÓÒÕ"),
            ("uùûüú", "UÙÛÜÚ"), ("cç", "CÇ"), ("yÿý", "YŸÝ")]
_SPACE_CPS = {0x20, 0x09, 0x0A, 0xA0, 0x202F, 0x2009, 0x2007}
_APOS_CPS = {0x27, 0x2019, 0x2018, 0x02BC, 0xB4, 0x60}


def is_acronym(alias):
    return not any(unicodedata.category(c) == "Ll" for c in alias)


def re2_quote_meta(ch):
    # RE2::QuoteMeta: every ASCII byte but [A-Za-z0-9_] escaped; UTF-8 left alone.
    if ord(ch) >= 0x80 or ch.isascii() and (ch.isalnum() or ch == "_"):
        return ch
    if ch == "\0":
        return "\\x00"
    return "\\" + ch


def alias_regex(alias):
    case_sensitive = is_acronym(alias)
    body = ""
    in_space = True
    for ch in alias:
        cp = ord(ch)
        if cp in _SPACE_CPS:
            if not in_space:
                body += " +"
            in_space = True
            continue
        in_space = False
        if cp in _APOS_CPS:
            body += "'"
            continue
        if 0x2010 <= cp <= 0x2015 or cp == 0x2212:
            body += "\\-"
            continue
        family = None
        upper = False
        for lower_forms, upper_forms in FAMILIES:
            if ch in lower_forms:
                family = (lower_forms, upper_forms)
            if ch in upper_forms:
                family = (lower_forms, upper_forms)
                upper = True
        if family is None:
            body += re2_quote_meta(ch)
        elif case_sensitive:
            body += "[" + (family[1] if upper else family[0]) + "]"
        else:
            body += "[" + family[0] + family[1] + "]"
    if body.endswith(" +"):
        body = body[:-2]
    return body if case_sensitive else "(?i:" + body + ")"


class Gazetteer:
    def __init__(self, name):
        self.name = name
        self.entries = {}        # id -> aliases (insertion order)
        self.parents = {}
        self.by_alias = {}       # folded alias -> [ids]
        self.by_first = None

    def add(self, entry_id, aliases, parent):
        stored = self.entries.setdefault(entry_id, [])
        if entry_id not in self.parents or not self.parents[entry_id]:
            self.parents[entry_id] = parent or ""
        for alias in aliases:
            alias = str(alias)
            folded = fold(alias)
            if not folded:
                continue
            if alias not in stored:
                stored.append(alias)
            ids = self.by_alias.setdefault(folded, [])
            if entry_id not in ids:
                ids.append(entry_id)

    def alias_pattern(self):
        alternatives = []
        seen = set()
        for entry_id in sorted(self.entries, key=lambda s: s.encode("utf-8")):
            for alias in self.entries[entry_id]:
                regex = alias_regex(alias)
                if regex and regex not in seen:
                    seen.add(regex)
                    alternatives.append((alias, regex))
        alternatives.sort(key=lambda a: (-len(a[0]), a[0].encode("utf-8")))
        if not alternatives:
            return "[^\\x00-\\x{10FFFF}]"
        return "(?:" + "|".join(r for _, r in alternatives) + ")"

    def resolve(self, name):
        ids = self.by_alias.get(fold(name))
        return ids[0] if ids else None

    def _longest_at(self, folded, i):
        if self.by_first is None:
            self.by_first = {}
            for alias, ids in self.by_alias.items():
                self.by_first.setdefault(alias[0], []).append((alias, ids))
            for lst in self.by_first.values():
                lst.sort(key=lambda a: -len(a[0].encode("utf-8")))
        for alias, ids in self.by_first.get(folded[i], ()):
            if not folded.startswith(alias, i):
                continue
            end = i + len(alias)
            left_ok = i == 0 or not is_word_char_folded(folded[i - 1]) or not is_word_char_folded(alias[0])
            right_ok = (end == len(folded) or not is_word_char_folded(folded[end])
                        or not is_word_char_folded(alias[-1]))
            if left_ok and right_ok:
                return alias, ids
        return None

    def find(self, text):
        folded = fold(text)
        found = set()
        i = 0
        while i < len(folded):
            best = self._longest_at(folded, i)
            if best:
                found.add(best[1][0])
                i += len(best[0])
            else:
                i += 1
        return sorted(found, key=lambda s: s.encode("utf-8"))


# -- RE2 dialect -> Python re ------------------------------------------------------------

_CATEGORY_CLASS = {}


def category_ranges(cat):
    """The code points of Unicode general category `cat` ("L", "Lu", ...) as class ranges."""
    if cat in _CATEGORY_CLASS:
        return _CATEGORY_CLASS[cat]
    parts = []
    start = prev = None
    for cp in range(0x110000):
        if 0xD800 <= cp <= 0xDFFF:
            ok = False
        else:
            c = unicodedata.category(chr(cp))
            ok = c == cat if len(cat) == 2 else c[0] == cat
        if ok:
            if start is None:
                start = cp
            prev = cp
        elif start is not None:
            parts.append((start, prev))
            start = None
    if start is not None:
        parts.append((start, prev))

    def esc(cp):
        return "\\U%08x" % cp

    text = "".join(esc(a) if a == b else esc(a) + "-" + esc(b) for a, b in parts)
    _CATEGORY_CLASS[cat] = text
    return text


_WORD = "0-9A-Za-z_"
_ESCAPES_IN_CLASS = {"d": "0-9", "w": _WORD, "s": "\\t\\n\\f\\r "}
_ESCAPES = {"d": "[0-9]", "D": "[^0-9]", "w": "[" + _WORD + "]", "W": "[^" + _WORD + "]",
            "s": "[\\t\\n\\f\\r ]", "S": "[^\\t\\n\\f\\r ]",
            "b": "(?:(?<=[" + _WORD + "])(?![" + _WORD + "])|(?<![" + _WORD + "])(?=[" + _WORD + "]))",
            "B": "(?:(?<=[" + _WORD + "])(?=[" + _WORD + "])|(?<![" + _WORD + "])(?![" + _WORD + "]))",
            "z": "\\Z", "A": "\\A"}


def translate(src):
    """An RE2 pattern as a Python `re` pattern with the same meaning on str."""
    out = []
    i = 0
    n = len(src)
    in_class = False
    while i < n:
        c = src[i]
        if c == "\\" and i + 1 < n:
            e = src[i + 1]
            if e in "pP":
                if i + 2 < n and src[i + 2] == "{":
                    close = src.index("}", i + 3)
                    cat = src[i + 3:close]
                    i = close + 1
                else:
                    cat = src[i + 2]
                    i += 3
                ranges = category_ranges(cat)
                if in_class:
                    if e == "P":
                        raise ValueError("\\P inside a class is not supported")
                    out.append(ranges)
                else:
                    out.append(("[^" if e == "P" else "[") + ranges + "]")
                continue
            if e == "x" and i + 2 < n and src[i + 2] == "{":
                close = src.index("}", i + 3)
                out.append("\\U%08x" % int(src[i + 3:close], 16))
                i = close + 1
                continue
            if in_class and e in _ESCAPES_IN_CLASS:
                out.append(_ESCAPES_IN_CLASS[e])
                i += 2
                continue
            if not in_class and e in _ESCAPES:
                out.append(_ESCAPES[e])
                i += 2
                continue
            out.append(src[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]" and not class_start:
                in_class = False
            elif c == "[" and i + 1 < n and src[i + 1] == ":":
                close = src.index(":]", i + 2)
                raise ValueError("POSIX class " + src[i:close + 2] + " is not supported")
            elif c == "[":
                out.append("\\[")
                i += 1
                class_start = False
                continue
            class_start = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            if i < n and src[i] == "^":
                out.append("^")
                i += 1
            class_start = True
            if i < n and src[i] == "]":
                out.append("\\]")
                i += 1
                class_start = False
            continue
        if c == "$":
            out.append("\\Z")
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)


# -- the pack -------------------------------------------------------------------------------

_REF = re.compile(r"\{(gaz:)?([A-Za-z_][A-Za-z0-9_]*)\}")


def scan_references(s):
    """(begin, end, name, is_gazetteer) of each {name} outside classes and escapes
    (rules/regex_source.cc)."""
    refs = []
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            if i + 1 < n and s[i + 1] in "pPx" and i + 2 < n and s[i + 2] == "{":
                close = s.find("}", i + 3)
                i = n if close < 0 else close + 1
            elif i + 1 < n and s[i + 1] == "Q":
                close = s.find("\\E", i + 2)
                i = n if close < 0 else close + 2
            else:
                i += 2
        elif c == "[":
            j = i + 1
            if j < n and s[j] == "^":
                j += 1
            if j < n and s[j] == "]":
                j += 1
            while j < n and s[j] != "]":
                if s[j] == "\\":
                    j += 2
                elif s[j] == "[" and j + 1 < n and s[j + 1] == ":":
                    close = s.find(":]", j + 2)
                    j = j + 1 if close < 0 else close + 2
                else:
                    j += 1
            i = j + 1 if j < n else n
        elif c == "{":
            m = _REF.match(s, i)
            if m:
                refs.append((i, m.end(), m.group(2), bool(m.group(1))))
                i = m.end()
            else:
                i += 1
        else:
            i += 1
    return refs


class Rule:
    def __init__(self, doc):
        self.id = doc["id"]
        langs = doc["language"]
        self.languages = [langs] if isinstance(langs, str) else list(langs)
        self.slot = doc["slot"]
        value = doc["value"]
        self.type = value["type"]
        default_capture = {"quantity": "quantity", "category": "value", "set": "items",
                           "quote": "quote"}.get(self.type, "value")
        self.capture = value.get("capture", default_capture)
        self.gazetteer = value.get("gazetteer")
        unit = value.get("unit")
        self.unit_gazetteer = None
        self.unit_capture = "unit"
        if isinstance(unit, dict):
            self.unit_gazetteer = unit.get("gazetteer")
            self.unit_capture = unit.get("capture", "unit")
        self.unit = unit if isinstance(unit, str) else None
        self.sources = list(doc["patterns"])
        self.key = doc.get("key") or {}
        self.required_keys = [name for name, spec in self.key.items()
                              if isinstance(spec, dict) and spec.get("required")]
        self.patterns = {}  # lang -> [compiled]


class Pack:
    def __init__(self, paths):
        files = []
        for path in paths:
            if os.path.isfile(path):
                files.append(path)
                continue
            found = []
            for root, _dirs, names in os.walk(path):
                for name in names:
                    if name.endswith((".yaml", ".yml")) and not (
                            len(name) > 10 and name.endswith(".test.yaml")):
                        found.append(os.path.join(root, name).replace(os.sep, "/"))
            files.extend(sorted(found, key=lambda s: s.encode("utf-8")))
        self.subs = {}
        self.gazetteers = {}
        self.rules = []
        for f in files:
            with open(f, encoding="utf-8") as fh:
                doc = yaml.load(fh, Loader=_Loader) or {}
            for name, spec in (doc.get("patterns") or {}).items():
                self.subs[name] = spec
            if "gazetteer" in doc:
                g = self.gazetteers.setdefault(doc["gazetteer"], Gazetteer(doc["gazetteer"]))
                for entry_id, entry in (doc.get("entries") or {}).items():
                    entry = entry or {}
                    g.add(str(entry_id), entry.get("aliases") or [], entry.get("parent"))
            for r in doc.get("rules") or []:
                self.rules.append(Rule(r))
        self._expanded = {}
        self._gaz_patterns = {}
        self._compiled = {}
        for rule in self.rules:
            for lang in rule.languages:
                compiled = []
                for source in rule.sources:
                    expanded = self.expand(source, lang)
                    py = self._compiled.get(expanded)
                    if py is None:
                        py = re.compile(translate(expanded))
                        self._compiled[expanded] = py
                    compiled.append(py)
                rule.patterns[lang] = compiled
        self.by_lang = {}
        for index, rule in enumerate(self.rules):
            for lang in rule.languages:
                self.by_lang.setdefault(lang, []).append(index)

    def sub_text(self, name, lang):
        spec = self.subs[name]
        if isinstance(spec, dict):
            return spec.get(lang)
        return spec

    def expand(self, source, lang):
        out = []
        pos = 0
        for begin, end, name, is_gaz in scan_references(source):
            out.append(source[pos:begin])
            pos = end
            if is_gaz:
                pattern = self._gaz_patterns.get(name)
                if pattern is None:
                    pattern = self.gazetteers[name].alias_pattern()
                    self._gaz_patterns[name] = pattern
                out.append(pattern)
            else:
                key = (name, lang)
                if key not in self._expanded:
                    text = self.sub_text(name, lang)
                    if text is None:
                        raise ValueError("sub-pattern %s has no %s variant" % (name, lang))
                    self._expanded[key] = "(?:" + self.expand(text, lang) + ")"
                out.append(self._expanded[key])
        out.append(source[pos:])
        return "".join(out)


# -- values -------------------------------------------------------------------------------

_QUALIFIERS = [
    (re.compile(r"^(?:jusqu'à|jusqu'a|up to|as many as)\s+", re.I), "at-most"),
    (re.compile(r"^(?:plus de|plus d'|more than|over)\s*", re.I), "more-than"),
    (re.compile(r"^(?:au moins|at least)\s+", re.I), "at-least"),
    (re.compile(r"^(?:moins de|moins d'|fewer than|less than)\s*", re.I), "less-than"),
    (re.compile(r"^(?:environ|près de|pres de|quelque|about|nearly|some|roughly|around|almost)\s+",
                re.I), "approx"),
]
_MULTIPLIERS = {"k": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9,
                "billion": 1e9, "billions": 1e9, "mille": 1e3, "thousand": 1e3}
_NUMBER = re.compile(r"(\d{1,3}(?:[ .,]\d{3})+|\d+(?:[.,]\d+)?)\s*(k|millions?|milliards?|billions?|mille|thousand)?",
                     re.I)


def parse_quantity(text, lang):
    """A small quantity reader: [lo, hi] and a qualifier for the common forms; None when the
    form is beyond it (number words, vague amounts, ranges)."""
    qualifier = "exact"
    for pattern, name in _QUALIFIERS:
        m = pattern.match(text)
        if m:
            qualifier = name
            text = text[m.end():]
            break
    m = _NUMBER.fullmatch(text.strip())
    if not m:
        return None
    digits = m.group(1)
    if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", digits) and not (
            lang == "fr" and "," in digits and digits.count(",") == 1 and m.group(2)):
        v = float(re.sub(r"[ .,]", "", digits))
    else:
        v = float(digits.replace(",", "."))
    if m.group(2):
        v *= _MULTIPLIERS[m.group(2).lower()]
    lo, hi = v, v
    if qualifier == "at-most":
        lo = 0
    elif qualifier in ("more-than", "at-least"):
        hi = float("inf")
    elif qualifier == "less-than":
        lo = 0
    elif qualifier == "approx":
        lo, hi = v * 0.9, v * 1.1
    return {"lo": lo, "hi": hi, "qualifier": qualifier}


# -- matching (extract/extractor.cc) ------------------------------------------------------

def is_word_at(text, i):
    c = text[i]
    o = ord(c)
    if o < 0x80:
        return c.isalnum()
    if o in (0xA3, 0xA5, 0xB0) or 0x20A0 <= o <= 0x20CF or 0x2000 <= o <= 0x207F:
        return False
    return True


def cuts_word(text, b, e):
    if b == e:
        return False
    if b > 0 and is_word_at(text, b - 1) and is_word_at(text, b):
        return True
    if e < len(text) and is_word_at(text, e - 1) and is_word_at(text, e):
        return True
    return False


_MONTHS = {"fr": {"janvier", "janv", "fevrier", "fevr", "fev", "mars", "avril", "avr", "mai", "juin",
                  "juillet", "juil", "aout", "septembre", "octobre", "oct", "novembre", "nov",
                  "decembre", "dec"},
           "en": {"january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june",
                  "jun", "july", "jul", "august", "aug", "september", "sept", "sep", "october",
                  "oct", "november", "nov", "december", "dec"}}
_YEAR_WORDS = {"in", "en", "of", "de", "since", "depuis", "until", "jusqu'en", "by", "year", "annee",
               "l'an", "l'annee", "during", "pendant"}


def reads_as_year(text, vb, ve, lang):
    if ve - vb != 4:
        return False
    s = text[vb:ve]
    if not all("0" <= c <= "9" for c in s):
        return False
    if not 1900 <= int(s) <= 2099:
        return False
    e = vb
    while e > 0 and text[e - 1] == " ":
        e -= 1
    b = e
    while b > 0 and text[b - 1] not in " \n":
        b -= 1
    before = fold(text[b:e])
    if before.rstrip(".") in _MONTHS.get(lang, ()):
        return True
    return before in _YEAR_WORDS


def collapse_spaces(s):
    return " ".join(s.split())


class Extractor:
    def __init__(self, pack):
        self.pack = pack

    def build_value(self, rule, lang, capture, unit_text):
        """(type, value) or a rejection string."""
        if rule.type == "quote":
            q = collapse_spaces(capture)
            while q and q[-1] in ", ":
                q = q[:-1]
            if not q:
                return "empty quote"
            return ("quote", q)
        if rule.type in ("category", "set"):
            g = self.pack.gazetteers[rule.gazetteer]
            if rule.type == "category":
                found = g.resolve(capture)
                if found is not None:
                    return ("category", found)
            ids = g.find(capture)
            if not ids:
                return "no name of the gazetteer"
            if rule.type == "category":
                if len(ids) > 1:
                    return "several names of the gazetteer"
                return ("category", ids[0])
            return ("set", ids)
        if rule.type == "quantity":
            value = parse_quantity(capture, lang)
            unit = rule.unit
            if rule.unit_gazetteer:
                g = self.pack.gazetteers[rule.unit_gazetteer]
                unit = g.resolve(unit_text or "")
                if unit is None:
                    ids = g.find(unit_text or "")
                    unit = ids[0] if len(ids) == 1 else None
                if unit is None:
                    return "no unit"
            return ("quantity", {"parsed": value, "unit": unit})
        # date, weekday, time: not ported; the match is kept (see --uncompared-slots).
        return (rule.type, None)

    def run_rule(self, rule, lang, norm, starts, out):
        accepted = []
        for rx in rule.patterns[lang]:
            groupindex = rx.groupindex
            value_group = groupindex.get(rule.capture)
            unit_group = groupindex.get(rule.unit_capture) if rule.unit_gazetteer else None
            pos = 0
            n = len(norm)
            while pos <= n:
                m = rx.search(norm, pos)
                if not m:
                    break
                b, e = m.span()
                why = None
                if any(b < s2 and s1 < e for s1, s2 in accepted):
                    why = "overlap"
                else:
                    why = self.check(rule, lang, m, groupindex, value_group, unit_group, norm)
                if isinstance(why, tuple):
                    accepted.append((b, e))
                    kind, value = why
                    out.append({"rule": rule.id, "slot": rule.slot, "byte_start": starts[b],
                                "byte_end": starts[e], "type": kind, "value": value})
                    pos = e if e > b else b + 1
                else:
                    pos = b + 1
        return out

    def check(self, rule, lang, m, groupindex, value_group, unit_group, norm):
        for name, index in groupindex.items():
            if m.start(index) < 0:
                continue
            if cuts_word(norm, m.start(index), m.end(index)):
                return "cuts a word"
        if value_group is None or m.start(value_group) < 0:
            return "no value capture"
        vb, ve = m.span(value_group)
        while vb < ve and norm[vb] == " ":
            vb += 1
        while ve > vb and norm[ve - 1] == " ":
            ve -= 1
        if rule.type == "quantity" and reads_as_year(norm, vb, ve, lang):
            return "reads as a year"
        capture = norm[vb:ve]
        unit_text = None
        if unit_group is not None and m.start(unit_group) >= 0:
            ub, ue = m.span(unit_group)
            unit_text = norm[ub:ue]
            if vb <= ub and ue <= ve:
                capture = norm[vb:ub] + norm[ue:ve]
        return self.build_value(rule, lang, capture, unit_text)

    def extract(self, article_id, lang, text):
        if lang not in self.pack.by_lang:
            return []
        norm, starts = normalize(text)
        claims = []
        for index in self.pack.by_lang[lang]:
            self.run_rule(self.pack.rules[index], lang, norm, starts, claims)
        kept = []
        for c in claims:
            if any(k["slot"] == c["slot"] and c["byte_start"] < k["byte_end"]
                   and k["byte_start"] < c["byte_end"] and k["rule"] != c["rule"] for k in kept):
                continue
            kept.append(c)
        for c in kept:
            c["article"] = article_id
        kept.sort(key=lambda c: (c["byte_start"], c["byte_end"], c["rule"]))
        return kept


def uncompared_slots(pack):
    """Slots where a rule's acceptance depends on what the peer does not port."""
    slots = set()
    for rule in pack.rules:
        if rule.type in ("date", "weekday", "time") or rule.required_keys:
            slots.add(rule.slot)
    return sorted(slots)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--rules", action="append")
    parser.add_argument("--out", default="-")
    parser.add_argument("--limit", type=int, default=0, help="stop after N articles")
    parser.add_argument("--uncompared-slots", action="store_true",
                        help="print the slots whose claims the peer cannot decide, and exit")
    parser.add_argument("corpus", nargs="?")
    args = parser.parse_args()
    t0 = time.monotonic()
    pack = Pack(args.rules or [os.path.join(here, "..", "..", "rules")])
    load_seconds = time.monotonic() - t0
    if args.uncompared_slots:
        print(json.dumps(uncompared_slots(pack)))
        return 0
    if not args.corpus:
        parser.error("a corpus (.jsonl) is required")
    extractor = Extractor(pack)
    out = sys.stdout if args.out == "-" else open(args.out + ".tmp", "w", encoding="utf-8")
    articles = claims = 0
    size = 0
    t1 = time.monotonic()
    with open(args.corpus, "rb") as f:
        for line in f:
            if args.limit and articles >= args.limit:
                break
            size += len(line)
            doc = json.loads(line)
            found = extractor.extract(doc.get("id", ""), doc.get("lang", ""), doc["text"])
            for c in found:
                out.write(json.dumps(c, ensure_ascii=False) + "\n")
            articles += 1
            claims += len(found)
    seconds = time.monotonic() - t1
    if args.out != "-":
        out.close()
        os.replace(args.out + ".tmp", args.out)
    print(json.dumps({"articles": articles, "claims": claims, "bytes": size,
                      "load_seconds": round(load_seconds, 3), "seconds": round(seconds, 3),
                      "mb_per_s": round(size / 1e6 / seconds, 4) if seconds > 0 else 0}),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
