"""Runs the tutorial of docs/rules.md as a reader would.

Between <!-- tutorial:begin --> and <!-- tutorial:end -->, in document order:
  * a block opened by ```<lang> file=PATH is written to PATH (later blocks overwrite);
  * a ```console block holds commands, each on a line starting with "$ ", followed by the output
    it must print (standard output, then standard error); "# exit status N" at the end of a
    command line gives its exit status (default 0); "..." in an output line stands for any text.
Commands run in a fresh folder where `rules` is the source tree's rule pack and `factlint` is
the binary under test. At the end, the files written must equal tests/data/tooling/tutorial/.

Usage: rules_tutorial_check.py FACTLINT ROOT
"""
import os
import re
import subprocess
import sys
import tempfile


def blocks(doc):
    """(kind, info, text, line) of every fenced block inside the tutorial markers."""
    begin = doc.index("<!-- tutorial:begin -->")
    end = doc.index("<!-- tutorial:end -->")
    first_line = doc.count("\n", 0, begin) + 1
    lines = doc[begin:end].split("\n")
    out, i = [], 0
    while i < len(lines):
        m = re.match(r"^```(\S*)\s*(.*)$", lines[i])
        if m and m.group(1):
            j = i + 1
            while lines[j] != "```":
                j += 1
            out.append((m.group(1), m.group(2), "\n".join(lines[i + 1:j]) + "\n", first_line + i))
            i = j
        i += 1
    return out


def matches(expected, actual):
    if len(expected) != len(actual):
        return False
    for e, a in zip(expected, actual):
        pattern = "^" + ".*".join(re.escape(part) for part in e.split("...")) + "$"
        if not re.match(pattern, a):
            return False
    return True


def run_console(text, line, work, env):
    failures = 0
    commands = []  # (command, status, expected lines)
    for row in text.rstrip("\n").split("\n"):
        if row.startswith("$ "):
            command = row[2:]
            status = 0
            m = re.search(r"\s+# exit status (\d+)$", command)
            if m:
                status = int(m.group(1))
                command = command[: m.start()]
            commands.append((command, status, []))
        else:
            commands[-1][2].append(row)
    for command, status, expected in commands:
        result = subprocess.run(["bash", "-c", 'factlint() { "$FACTLINT" "$@"; }\n' + command],
                                cwd=work, env=env, capture_output=True, text=True)
        actual = (result.stdout + result.stderr).rstrip("\n").split("\n")
        if result.stdout + result.stderr == "":
            actual = []
        ok = result.returncode == status and matches(expected, actual)
        print(("ok   " if ok else "FAIL ") + f"docs/rules.md:{line}: $ {command}")
        if not ok:
            failures += 1
            print(f"  exit status {result.returncode}, expected {status}")
            print("  expected:\n    " + "\n    ".join(expected))
            print("  actual:\n    " + "\n    ".join(actual))
    return failures


def main():
    binary, root = sys.argv[1], sys.argv[2]
    with open(os.path.join(root, "docs", "rules.md"), encoding="utf-8") as f:
        doc = f.read()
    env = dict(os.environ, FACTLINT=os.path.abspath(binary), LC_ALL="C.UTF-8")
    failures = 0
    written = set()
    with tempfile.TemporaryDirectory() as work:
        os.symlink(os.path.join(root, "rules"), os.path.join(work, "rules"))
        for kind, info, text, line in blocks(doc):
            m = re.match(r"file=(\S+)$", info)
            if m:
                path = os.path.join(work, m.group(1))
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
                written.add(m.group(1))
            elif kind == "console":
                failures += run_console(text, line, work, env)
        data = os.path.join(root, "tests", "data", "tooling", "tutorial")
        kept = set()
        for folder, _, files in os.walk(data):
            for name in files:
                kept.add(os.path.relpath(os.path.join(folder, name), data))
        if kept != written:
            print(f"FAIL tests/data/tooling/tutorial holds {sorted(kept)}, the tutorial writes {sorted(written)}")
            failures += 1
        for rel in sorted(kept & written):
            with open(os.path.join(work, rel), encoding="utf-8") as a, \
                    open(os.path.join(data, rel), encoding="utf-8") as b:
                if a.read() != b.read():
                    print(f"FAIL tests/data/tooling/tutorial/{rel} differs from the tutorial's last version")
                    failures += 1
    if failures:
        print(f"{failures} failures")
        sys.exit(1)
    print("tutorial: ok")


if __name__ == "__main__":
    main()
