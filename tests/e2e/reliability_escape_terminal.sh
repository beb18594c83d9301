#!/usr/bin/env bash
# Row "untrusted text: terminal" (docs/errors.md): article text never drives the terminal.
# The text report shows the hostile sentences with every control character, C1 control and
# bidi override replaced by U+FFFD; with --color always the only escape sequences are
# factlint's own colours. Messages on standard error quoting file content or file names are
# cleaned the same way.
source "$2/tests/data/reliability/lib.sh"
source "$root/tests/data/reliability/hostile_articles.sh"

# controls FILE: prints the control characters of FILE other than newline, one per line
# (C0, DEL, C1, bidi overrides and isolates).
controls() {
  /usr/bin/python3 - "$1" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
for m in re.finditer("[\x00-\x09\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069]", text):
    print(repr(m.group()))
PY
}

run "$bin" check "$tmp/story" --rules "$hostile_rules" --color never
expect_status 1
expect_out "enverra 3 000 soldats en Pologne"
expect_out "<!-- a --> enverra 2 000 soldats en Pologne"
[ -z "$(controls "$tmp/.out")" ] || fail "control characters reach the terminal: $(controls "$tmp/.out" | sort -u | tr '\n' ' ')"

run "$bin" check "$tmp/story" --rules "$hostile_rules" --color always
expect_status 1
# Strip factlint's own SGR colour sequences; nothing else may remain.
sed -E 's/\x1b\[[0-9;]*m//g' "$tmp/.out" > "$tmp/uncoloured"
[ -z "$(controls "$tmp/uncoloured")" ] || fail "escape sequences other than colours: $(controls "$tmp/uncoloured" | sort -u | tr '\n' ' ')"

# Standard error: a front matter value (YAML's "\e" is ESC) and a file name with ESC in it.
printf -- '---\nlang: "\\e]0;pwned\\a"\n---\nTexte.\n' > "$tmp/matter.md"
run "$bin" check "$tmp/matter.md"
expect_status 2
expect_err "$tmp/matter.md:2:"
[ -z "$(controls "$tmp/.err")" ] || fail "control characters on standard error: $(controls "$tmp/.err" | sort -u | tr '\n' ' ')"

mkdir "$tmp/names"
cp "$tmp/story/a.md" "$tmp/names/"
printf 'x' > "$tmp/names/"$'\e]0;pwned\a'".png"
run "$bin" check "$tmp/names" --rules "$hostile_rules"
expect_err "warning: skipped: unsupported file type"
[ -z "$(controls "$tmp/.err")" ] || fail "control characters on standard error: $(controls "$tmp/.err" | sort -u | tr '\n' ' ')"
finish
