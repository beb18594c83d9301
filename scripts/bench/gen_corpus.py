#!/usr/bin/python3
"""Writes a reproducible French/English news corpus as JSON Lines for the benchmarks.

    gen_corpus.py --mb 100 --seed 1 --out corpus.jsonl [--rules rules/]

One article per line ({"id", "source", "title", "published", "lang", "story", "text"}),
half French, half English, about 2-6 KB each, paragraphs separated by blank lines. The
text mixes sentences that the shipped rules read (troops sent somewhere, aid by weight,
officials with their titles, quotes, places of bases) with sentences that only look like
them (dates, years, scores, prices, percentages, places without numbers), and writes
numbers in every form factlint reads: digit groups separated by a space, U+00A0 or
U+202F, "5.000" and "5,000", "1,5 million", "5k", number words ("quatre-vingt-dix",
"trois mille", "a thousand"), vague amounts ("des dizaines de milliers", "hundreds"),
ranges and qualifiers. Places come from the shipped gazetteers, so the corpus follows
the rule pack. The same seed always gives the same bytes.
"""
import argparse
import json
import os
import random
import sys

import yaml

NBSP, NNBSP = "\u00a0", "\u202f"

FR_UNITS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
FR_TENS = ["vingt", "trente", "quarante", "cinquante", "soixante"]
EN_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

FR_FIRST = ["Jean", "Marie", "Claire", "Louis", "Sophie", "Antoine", "Élise", "François",
            "Hélène", "Mathieu", "Camille", "Rémi", "Nathalie", "Olivier", "Inès"]
FR_LAST = ["Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Roux",
           "Fournier", "Mercier", "Chevalier", "Lemaire", "Gauthier", "Perrin", "Le Gall"]
EN_FIRST = ["John", "Mary", "Robert", "Linda", "James", "Susan", "Michael", "Karen", "David",
            "Emily", "Daniel", "Grace", "Thomas", "Laura", "Peter"]
EN_LAST = ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson",
           "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "White", "Harris"]
BASES = ["Fort Bragg", "Fort Hood", "Camp Lejeune", "Fort Campbell", "Camp Pendleton",
         "Fort Stewart", "Base Ramstein"]
FR_OUTLETS = ["Le Quotidien national", "La Dépêche continentale", "Radio Hexagone",
              "Tribune économique", "L'Écho du Midi", "Le Courrier de l'Ouest"]
EN_OUTLETS = ["Continental Business Review", "The Morning Ledger", "Harbor City Times",
              "World Wire", "The Evening Standard-Post", "Capital Daily"]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


FR_PLACES = ["Pologne", "Allemagne", "Roumanie", "Europe de l'Est", "Ukraine", "Lituanie",
             "Estonie", "Lettonie", "Bulgarie", "Hongrie", "Slovaquie", "pays baltes",
             "Caroline du Nord", "Caroline du Sud", "Texas", "Géorgie", "Italie", "Espagne",
             "Belgique", "Turquie", "Moldavie", "Biélorussie", "Russie", "Royaume-Uni"]
EN_PLACES = ["Poland", "Germany", "Romania", "Eastern Europe", "Ukraine", "Lithuania",
             "Estonia", "Latvia", "Bulgaria", "Hungary", "Slovakia", "the Baltic states",
             "North Carolina", "South Carolina", "Texas", "Georgia", "Italy", "Spain",
             "Belgium", "Turkey", "Moldova", "Belarus", "Russia", "the United Kingdom"]


def load_places(rules_dir):
    """FR_PLACES and EN_PLACES, plus every other alias of the shipped 'places' gazetteer
    (in both languages: they are names), so the corpus follows the rule pack."""
    extra = set()
    gaz_dir = os.path.join(rules_dir, "gazetteers")
    for name in sorted(os.listdir(gaz_dir)) if os.path.isdir(gaz_dir) else []:
        if not name.endswith((".yaml", ".yml")):
            continue
        with open(os.path.join(gaz_dir, name), encoding="utf-8") as f:
            doc = yaml.safe_load(f) or {}
        if not isinstance(doc, dict) or doc.get("gazetteer") != "places":
            continue
        for entry in (doc.get("entries") or {}).values():
            for alias in (entry or {}).get("aliases") or []:
                if not str(alias).isupper() and "." not in str(alias):
                    extra.add(str(alias))
    extra = sorted(extra)
    # Mostly the usual places, sometimes any place the pack knows.
    return FR_PLACES * 4 + extra, EN_PLACES * 4 + extra


def capitalize(sentence):
    return sentence[:1].upper() + sentence[1:]


class Writer:
    def __init__(self, rng, fr_places, en_places):
        self.r = rng
        self.fr_places = fr_places
        self.en_places = en_places

    def pick(self, items):
        return items[self.r.randrange(len(items))]

    # -- numbers ---------------------------------------------------------
    def grouped(self, n, sep):
        s = f"{n:,}"
        return s.replace(",", sep)

    def fr_number(self):
        r = self.r
        k = r.randrange(14)
        n = r.choice([r.randrange(2, 10) * 1000, r.randrange(100, 999) * 100,
                      r.randrange(11, 999), r.randrange(1, 300) * 1000 + r.randrange(0, 10) * 100])
        if n < 1000:
            k = k % 4
        if k == 0:
            return str(n)
        if k == 1:
            return self.grouped(n, " ")
        if k == 2:
            return self.grouped(n, NBSP)
        if k == 3:
            return self.grouped(n, NNBSP) if n >= 1000 else self.pick(FR_TENS) + "-" + self.pick(FR_UNITS[1:])
        if k == 4:
            return self.grouped(n, ".")
        if k == 5:
            return f"{r.randrange(1, 9)},{r.randrange(1, 9)} million{'s' if r.random() < 0.5 else ''}"
        if k == 6:
            return f"{r.randrange(2, 90)}k"
        if k == 7:
            return self.pick(["trois mille", "deux cents", "cinq mille", "quatre-vingt-dix",
                              "soixante-dix", "quatre-vingts", "deux cent cinquante", "mille",
                              "dix mille", "cent"])
        if k == 8:
            return f"{self.pick(FR_UNITS[1:])} mille"
        if k == 9:
            return f"{r.randrange(2, 40)} millions"
        return self.grouped(n, self.pick([" ", NBSP, NNBSP]))

    def en_number(self):
        r = self.r
        k = r.randrange(12)
        n = r.choice([r.randrange(2, 10) * 1000, r.randrange(100, 999) * 100,
                      r.randrange(11, 999), r.randrange(1, 300) * 1000 + r.randrange(0, 10) * 100])
        if n < 1000:
            k = k % 3
        if k == 0:
            return str(n)
        if k == 1:
            return self.grouped(n, ",")
        if k == 2:
            return self.pick(EN_TENS) + "-" + self.pick(EN_UNITS)
        if k == 3:
            return f"{r.randrange(1, 9)}.{r.randrange(1, 9)} million"
        if k == 4:
            return f"{r.randrange(2, 90)}k"
        if k == 5:
            return self.pick(["three thousand", "two hundred", "five thousand", "ninety",
                              "a thousand", "two hundred and fifty", "ten thousand", "a hundred"])
        if k == 6:
            return f"{self.pick(EN_UNITS)} thousand"
        if k == 7:
            return f"{r.randrange(2, 40)} million"
        return self.grouped(n, ",")

    def fr_quantity(self):
        r = self.r
        k = r.randrange(10)
        if k == 0:
            return self.pick(["des dizaines de milliers de", "des milliers de",
                              "plusieurs centaines de", "des centaines de", "quelques milliers de"])
        if k == 1:
            return self.pick(["un millier de", "une centaine de", "une dizaine de milliers de",
                              "une vingtaine de"])
        if k == 2:
            a = r.randrange(1, 5) * 1000
            return f"entre {self.grouped(a, ' ')} et {self.grouped(a + 1000, NBSP)}"
        if k == 3:
            return f"de {r.randrange(2, 5)} à {r.randrange(6, 9)} mille"
        q = self.pick(["", "", "jusqu'à ", "jusqu’à ", "plus de ", "près de ", "environ ",
                       "au moins ", "moins de ", "quelque "])
        return q + self.fr_number()

    def en_quantity(self):
        r = self.r
        k = r.randrange(10)
        if k == 0:
            return self.pick(["tens of thousands of", "thousands of", "hundreds of",
                              "several thousand", "a few hundred"])
        if k == 1:
            a = r.randrange(1, 5) * 1000
            return f"between {a:,} and {a + 1000:,}"
        if k == 2:
            a = r.randrange(1, 5) * 1000
            return f"{a:,}-{a + 1500:,}"
        q = self.pick(["", "", "up to ", "more than ", "nearly ", "about ", "at least ",
                       "fewer than ", "some ", "roughly "])
        return q + self.en_number()

    # -- sentences ---------------------------------------------------------
    def fr_person(self):
        return f"{self.pick(FR_FIRST)} {self.pick(FR_LAST)}"

    def en_person(self):
        return f"{self.pick(EN_FIRST)} {self.pick(EN_LAST)}"

    def fr_date(self):
        r = self.r
        return self.pick([f"{self.pick(FR_DAYS)} {r.randrange(1, 29)} {self.pick(FR_MONTHS)}",
                          f"le {r.randrange(1, 29)} {self.pick(FR_MONTHS)} {r.randrange(2015, 2024)}",
                          self.pick(FR_DAYS), "la semaine dernière", "mercredi soir"])

    def en_date(self):
        r = self.r
        return self.pick([f"on {self.pick(EN_DAYS)}, {self.pick(EN_MONTHS)} {r.randrange(1, 29)}",
                          f"on {self.pick(EN_MONTHS)} {r.randrange(1, 29)}, {r.randrange(2015, 2024)}",
                          f"on {self.pick(EN_DAYS)}", "last week", "late on Wednesday"])

    def fr_place_list(self, n):
        names = [self.pick(self.fr_places) for _ in range(n)]
        arts = [self.pick(["l'", "la ", "le ", ""]) if not x.startswith(("Europe", "Etats", "États"))
                else "" for x in names]
        parts = [a + x for a, x in zip(arts, names)]
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + " et " + parts[-1]

    def en_place_list(self, n):
        names = [self.pick(self.en_places) for _ in range(n)]
        if len(names) == 1:
            return names[0]
        return ", ".join(names[:-1]) + " and " + names[-1]

    def fr_sentence(self):
        r = self.r
        k = r.randrange(16)
        q = self.fr_quantity()
        if k == 0:
            return (f"{self.pick(['Washington', 'Paris', 'Londres', 'Le Pentagone'])} "
                    f"{self.pick(['envisage d’envoyer', 'a annoncé l’envoi de', 'enverra', 'prévoit de déployer'])} "
                    f"{q} {self.pick(['soldats', 'militaires', 'troupes'])} "
                    f"{self.pick(['américains ', 'supplémentaires ', ''])}en {self.fr_place_list(r.randrange(1, 4))}.")
        if k == 1:
            return (f"{q} {self.pick(['soldats', 'militaires'])} seront envoyés de la base de "
                    f"{self.pick(BASES)}, en {self.pick(self.fr_places)}, vers {self.fr_place_list(r.randrange(1, 4))}.")
        if k == 2:
            return f"Ces renforts s’ajoutent aux {self.fr_number()} soldats placés en état d’alerte {self.fr_date()}."
        if k == 3:
            return f"La Russie a amassé {q} soldats à la frontière, selon {self.pick(['le Pentagone', 'des sources militaires', 'l’OTAN'])}."
        if k == 4:
            return f"La cargaison comprend {q} livres d’aide {self.pick(['létale', 'mortelle', 'humanitaire'])}."
        if k == 5:
            return (f"Le {self.pick(['ministre des Affaires étrangères', 'secrétaire d’État américain', 'porte-parole du Pentagone', 'chef de la diplomatie'])} "
                    f"{self.fr_person()} a déclaré {self.fr_date()} que la situation restait tendue.")
        if k == 6:
            return (f"«{NNBSP}{self.pick(['Nous répondrons de manière', 'La réponse sera'])} "
                    f"{self.pick(['rapide', 'ferme', 'sévère'])}, {self.pick(['unie', 'unifiée', 'coordonnée'])} et proportionnée{NNBSP}», "
                    f"a déclaré {self.fr_person()}.")
        if k == 7:
            return (f"{self.fr_person()} a affirmé à la presse que «{NBSP}rien n’est encore décidé{NBSP}» "
                    f"au sujet de {self.fr_place_list(1)}.")
        if k == 8:
            return f"Les troupes partiront de {self.pick(BASES)} en {self.pick(self.fr_places)}."
        if k == 9:
            return (f"Le match s’est terminé sur le score de {r.randrange(0, 5)} à {r.randrange(0, 5)} "
                    f"devant {self.grouped(r.randrange(5, 80) * 1000, NBSP)} spectateurs.")
        if k == 10:
            return (f"Le prix du gazole a augmenté de {r.randrange(1, 30)},{r.randrange(0, 9)} % "
                    f"en {r.randrange(2015, 2024)}, pour atteindre {r.randrange(1, 3)},{r.randrange(10, 99)} euros le litre.")
        if k == 11:
            return (f"Selon l’Insee, {self.fr_number()} habitants vivaient dans la région en "
                    f"{r.randrange(1990, 2023)} — un chiffre en hausse.")
        if k == 12:
            return f"La réunion a eu lieu {self.fr_date()} à {self.pick(['Bruxelles', 'Varsovie', 'Berlin', 'Genève'])}."
        if k == 13:
            return "Les discussions se poursuivent entre les capitales européennes, sans calendrier précis."
        if k == 14:
            return f"Plus de {self.fr_number()} personnes ont manifesté {self.fr_date()} dans les rues de {self.pick(self.fr_places)}."
        return f"Le texte, adopté par {r.randrange(200, 577)} voix contre {r.randrange(10, 200)}, sera examiné {self.fr_date()}."

    def en_sentence(self):
        r = self.r
        k = r.randrange(16)
        q = self.en_quantity()
        if k == 0:
            return (f"{self.pick(['Washington', 'The Pentagon', 'President Joe Biden', 'London'])} "
                    f"{self.pick(['is considering sending', 'will send', 'announced it would deploy', 'plans to send'])} "
                    f"{q} {self.pick(['troops', 'soldiers', 'U.S. troops'])} to {self.en_place_list(r.randrange(1, 4))}.")
        if k == 1:
            return (f"{q} troops will be sent from {self.pick(BASES)}, "
                    f"{self.pick(['North Carolina', 'Texas', 'Kentucky', 'Georgia'])}, to {self.en_place_list(r.randrange(1, 4))}.")
        if k == 2:
            return f"They join the {self.en_number()} troops placed on heightened alert {self.en_date()}."
        if k == 3:
            return f"Russia has massed {q} troops near the border, according to {self.pick(['officials', 'NATO', 'the Pentagon'])}."
        if k == 4:
            return f"The shipment includes {q} pounds of {self.pick(['lethal', 'humanitarian', 'military'])} aid."
        if k == 5:
            return (f"{self.pick(['Secretary of State', 'Pentagon spokesman', 'Foreign Secretary', 'Defense Secretary'])} "
                    f"{self.en_person()} told reporters {self.en_date()} that talks would continue.")
        if k == 6:
            return (f"\u201c{self.pick(['It will be met with a', 'We will deliver a'])} "
                    f"{self.pick(['swift', 'firm', 'severe'])}, {self.pick(['united', 'unified', 'coordinated'])} response,\u201d "
                    f"{self.en_person()} said.")
        if k == 7:
            return (f"{self.en_person()} told CNN that \u201cnothing has been decided yet\u201d about "
                    f"{self.en_place_list(1)}.")
        if k == 8:
            return f"The 82nd Airborne is based at {self.pick(BASES)} in {self.pick(['North Carolina', 'South Carolina', 'Texas'])}."
        if k == 9:
            return (f"The game ended {r.randrange(0, 5)}-{r.randrange(0, 5)} in front of "
                    f"{r.randrange(5, 80) * 1000:,} fans.")
        if k == 10:
            return (f"Diesel prices rose {r.randrange(1, 30)}.{r.randrange(0, 9)}% in {r.randrange(2015, 2024)} "
                    f"to ${r.randrange(1, 6)}.{r.randrange(10, 99)} a gallon.")
        if k == 11:
            return (f"Census figures show {self.en_number()} residents lived in the county in "
                    f"{r.randrange(1990, 2023)} \u2014 up from a decade earlier.")
        if k == 12:
            return f"The meeting took place {self.en_date()} in {self.pick(['Brussels', 'Warsaw', 'Berlin', 'Geneva'])}."
        if k == 13:
            return "Talks continued between European capitals, with no timetable in sight."
        if k == 14:
            return f"More than {self.en_number()} people marched {self.en_date()} in {self.pick(self.en_places)}."
        return f"The bill passed {r.randrange(200, 435)} to {r.randrange(10, 200)} and goes to the Senate {self.en_date()}."

    def article(self, index, lang):
        r = self.r
        sentence = self.fr_sentence if lang == "fr" else self.en_sentence
        paragraphs = []
        for _ in range(r.randrange(5, 14)):
            paragraphs.append(" ".join(capitalize(sentence()) for _ in range(r.randrange(1, 5))))
        title = capitalize(sentence().rstrip("."))
        outlet = self.pick(FR_OUTLETS if lang == "fr" else EN_OUTLETS)
        return {
            "id": f"bench-{index:07d}",
            "source": outlet,
            "title": title,
            "published": f"{r.randrange(2015, 2024)}-{r.randrange(1, 13):02d}-{r.randrange(1, 29):02d}",
            "lang": lang,
            "story": f"story-{index // 6:06d}",
            "text": title + "\n\n" + "\n\n".join(paragraphs) + "\n",
        }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--mb", type=float, default=100.0, help="size in MB (10^6 bytes)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rules", default=os.path.join(here, "..", "..", "rules"))
    parser.add_argument("--out", default="-")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    fr_places, en_places = load_places(args.rules)
    writer = Writer(rng, fr_places, en_places)
    target = int(args.mb * 1_000_000)
    out = sys.stdout.buffer if args.out == "-" else open(args.out + ".tmp", "wb")
    written = 0
    index = 0
    while written < target:
        lang = "fr" if index % 2 == 0 else "en"
        line = (json.dumps(writer.article(index, lang), ensure_ascii=False) + "\n").encode("utf-8")
        out.write(line)
        written += len(line)
        index += 1
    if args.out != "-":
        out.close()
        os.replace(args.out + ".tmp", args.out)
    print(f"gen_corpus: {index} articles, {written} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
