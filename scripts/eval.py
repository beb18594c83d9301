"""Measures factlint's findings against the evaluation set's expected findings.

Usage: eval.py --bin FACTLINT [--root DIR] [--rules DIR] [--min-precision P] [--min-recall R]
               [--quiet] [STORY_DIR...]

Every story is a folder of articles with an `expected.yaml` (fixtures/eval/*/); the seed story
(fixtures/ukraine-2022/) keeps its expectations beside it in fixtures/ukraine-2022.expected.yaml.
factlint runs once over all of them (`check --format json`), and its findings of the four
disagreement kinds (conflict, discrepancy, internal, quote-variant) are matched to the expected
ones. The matching rule (docs/rule-pack.md, "Measuring"):

  * a produced finding and an expected one match when they have the same kind and slot and
    - internal: every claim of the finding is in the one expected article;
    - otherwise: the two expected articles sit on different sides of the finding (claims with
      equal values form a side), so one finding that opposes {A, B} to {C} matches both
      expected pairs A-C and B-C;
  * a produced finding that matches an expected one is a true positive; one that matches
    only a `tolerated` entry (same slot and articles, kind optional) counts for nothing;
    any other is a false positive;
  * an expected finding matched by at least one produced finding is recalled.

Precision = true positives / (produced - tolerated); recall = recalled / expected; per kind and
overall. Exits 1 when the overall figures fall below the thresholds, 2 on a usage or run error.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

import yaml

KINDS = ("conflict", "discrepancy", "internal", "quote-variant")
ARTICLE_SUFFIXES = (".md", ".txt", ".jsonl", ".html", ".htm")


def story_dirs(root):
    """(folder, expected file) of the seed story and every evaluation story, sorted."""
    out = []
    seed = os.path.join(root, "fixtures", "ukraine-2022")
    if os.path.isdir(seed) and os.path.isfile(seed + ".expected.yaml"):
        out.append((seed, seed + ".expected.yaml"))
    eval_root = os.path.join(root, "fixtures", "eval")
    for name in sorted(os.listdir(eval_root)):
        folder = os.path.join(eval_root, name)
        expected = os.path.join(folder, "expected.yaml")
        if os.path.isfile(expected):
            out.append((folder, expected))
    return out


def article_files(folder):
    return sorted(os.path.join(folder, f) for f in os.listdir(folder)
                  if f.endswith(ARTICLE_SUFFIXES))


def load_expected(path):
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f) or {}
    for section in ("findings", "tolerated"):
        for entry in doc.get(section) or []:
            if "slot" not in entry or "articles" not in entry:
                raise ValueError(f"{path}: every {section} entry needs slot and articles")
            if section == "findings" and entry.get("kind") not in KINDS:
                raise ValueError(f"{path}: unknown kind {entry.get('kind')!r}")
    return doc


def sides(finding):
    """The article files on each side of a finding: claims with equal values form a side."""
    by_value = collections.OrderedDict()
    for claim in finding["claims"]:
        key = json.dumps(claim["value"], sort_keys=True)
        by_value.setdefault(key, set()).add(os.path.basename(claim["file"]))
    return list(by_value.values())


def matches(finding, entry):
    if finding["kind"] != entry.get("kind"):
        return False
    if finding["slot"] != entry["slot"]:
        return False
    wanted = list(entry["articles"])
    files = {os.path.basename(c["file"]) for c in finding["claims"]}
    if finding["kind"] == "internal" or len(wanted) == 1:
        return len(wanted) == 1 and files == {wanted[0]}
    if len(wanted) != 2:
        return False
    a, b = wanted
    groups = sides(finding)
    return any(a in groups[i] and b in groups[j]
               for i in range(len(groups)) for j in range(len(groups)) if i != j)


def tolerated_match(finding, entry):
    if "kind" in entry and entry["kind"] != finding["kind"]:
        return False
    return matches(finding, dict(entry, kind=finding["kind"]))


def describe(finding):
    parts = []
    for claim in finding["claims"]:
        parts.append(f"{os.path.basename(claim['file'])}:{claim['line']} \"{claim['value_text']}\"")
    return f"{finding['kind']} {finding['key']}: " + " | ".join(parts)


def ratio(num, den):
    return num / den if den else 1.0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bin", required=True, help="the factlint binary")
    parser.add_argument("--root", default=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser.add_argument("--rules", help="rule folder (default: ROOT/rules)")
    parser.add_argument("--min-precision", type=float, default=0.9)
    parser.add_argument("--min-recall", type=float, default=0.8)
    parser.add_argument("--quiet", action="store_true", help="only the table")
    parser.add_argument("stories", nargs="*", help="story folders (default: all)")
    args = parser.parse_args()

    rules = args.rules or os.path.join(args.root, "rules")
    if args.stories:
        stories = []
        for folder in args.stories:
            folder = os.path.normpath(folder)
            expected = os.path.join(folder, "expected.yaml")
            if not os.path.isfile(expected):
                expected = folder + ".expected.yaml"
            if not os.path.isfile(expected):
                print(f"eval: no expected.yaml for {folder}", file=sys.stderr)
                return 2
            stories.append((folder, expected))
    else:
        stories = story_dirs(args.root)
    if not stories:
        print("eval: no story to evaluate", file=sys.stderr)
        return 2

    files = [f for folder, _ in stories for f in article_files(folder)]
    run = subprocess.run([args.bin, "check", "--format", "json", "--fail-on", "never",
                          "--color", "never", "--rules", rules] + files,
                         capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stderr)
        print(f"eval: factlint exited with {run.returncode}", file=sys.stderr)
        return 2
    report = json.loads(run.stdout)

    # Findings by story folder (every claim of a finding is in one story).
    by_folder = collections.defaultdict(list)
    folder_of = {os.path.abspath(f): os.path.abspath(os.path.dirname(f)) for f in files}
    for finding in report["findings"]:
        if finding["kind"] not in KINDS:
            continue
        path = os.path.abspath(finding["claims"][0]["file"])
        by_folder[folder_of.get(path, os.path.dirname(path))].append(finding)

    produced = collections.Counter()   # kind -> findings that count
    true_pos = collections.Counter()
    expected_n = collections.Counter()
    recalled = collections.Counter()
    false_alarms, misses = [], []
    for folder, expected_path in stories:
        doc = load_expected(expected_path)
        expected = doc.get("findings") or []
        tolerated = doc.get("tolerated") or []
        found = by_folder.get(os.path.abspath(folder), [])
        name = os.path.basename(folder)
        for entry in expected:
            expected_n[entry["kind"]] += 1
            if any(matches(f, entry) for f in found):
                recalled[entry["kind"]] += 1
            else:
                misses.append(f"{name}: {entry['kind']} {entry['slot']} {entry['articles']}"
                              + (f" - {entry['note']}" if entry.get("note") else ""))
        for finding in found:
            if any(matches(finding, entry) for entry in expected):
                produced[finding["kind"]] += 1
                true_pos[finding["kind"]] += 1
            elif any(tolerated_match(finding, entry) for entry in tolerated):
                continue
            else:
                produced[finding["kind"]] += 1
                false_alarms.append(f"{name}: {describe(finding)}")

    print(f"{'kind':<14} {'expected':>8} {'recalled':>8} {'produced':>8} {'correct':>8} "
          f"{'precision':>9} {'recall':>7}")
    for kind in KINDS:
        print(f"{kind:<14} {expected_n[kind]:>8} {recalled[kind]:>8} {produced[kind]:>8} "
              f"{true_pos[kind]:>8} {ratio(true_pos[kind], produced[kind]):>9.3f} "
              f"{ratio(recalled[kind], expected_n[kind]):>7.3f}")
    total_e, total_r = sum(expected_n.values()), sum(recalled.values())
    total_p, total_t = sum(produced.values()), sum(true_pos.values())
    precision, recall = ratio(total_t, total_p), ratio(total_r, total_e)
    print(f"{'overall':<14} {total_e:>8} {total_r:>8} {total_p:>8} {total_t:>8} "
          f"{precision:>9.3f} {recall:>7.3f}")
    print(f"stories: {len(stories)}, articles: {len(files)}")
    if not args.quiet:
        if misses:
            print("\nmissed (expected, not found):")
            for m in misses:
                print("  " + m)
        if false_alarms:
            print("\nfalse alarms (found, not expected):")
            for m in false_alarms:
                print("  " + m)
    ok = precision >= args.min_precision and recall >= args.min_recall
    if not ok:
        print(f"\neval: FAIL (precision {precision:.3f} < {args.min_precision} or "
              f"recall {recall:.3f} < {args.min_recall})")
        return 1
    print(f"\neval: ok (precision {precision:.3f} >= {args.min_precision}, "
          f"recall {recall:.3f} >= {args.min_recall})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
