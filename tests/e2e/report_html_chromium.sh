#!/usr/bin/env bash
# The HTML report in a real browser (Debian's chromium, headless): the seed
# story's page loads with as many findings as the JSON report, and a story
# whose articles carry <script>, "><img onerror=…> and </style> payloads renders
# them as text — no element is injected and nothing runs. A control page with a
# real script proves the harness would see it run. Exit 77 (skipped) without
# chromium; scripts/setup installs it.
set -euo pipefail
bin=$1; root=$2
browser=${FACTLINT_CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$browser" ]; then
  echo "SKIPPED: chromium not installed ($browser); scripts/setup installs it"
  exit 77
fi
out=$(mktemp -d); trap 'rm -rf "$out"' EXIT
cd "$root"

dump_dom() {  # file.html -> the DOM after load, scripts (if any) run
  local profile; profile=$(mktemp -d "$out/profile.XXXXXX")
  HOME="$profile" timeout 120 "$browser" --headless --no-sandbox --disable-gpu --disable-quic \
    --no-first-run --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --dump-dom "file://$1" 2>"$out/chromium.log" || {
      echo "chromium failed on $1:"; tail -20 "$out/chromium.log"; return 1; }
}

status=0
"$bin" check fixtures/ukraine-2022 --rules rules --format html -o "$out/seed.html" || status=$?
if [ "$status" -ne 1 ]; then echo "expected exit 1 (findings), got $status"; exit 1; fi
"$bin" check fixtures/ukraine-2022 --rules rules --format json -o "$out/seed.json" || true
"$bin" check tests/data/report/hostile --rules rules --format html -o "$out/hostile.html" || true
"$bin" check tests/data/report/hostile --rules rules --format json -o "$out/hostile.json" || true
printf '%s\n' '<!DOCTYPE html><html><body data-findings="0">' \
  "<script>document.body.setAttribute('data-pwned','control')</script></body></html>" \
  > "$out/control.html"

for name in seed hostile control; do dump_dom "$out/$name.html" > "$out/$name.dom.html"; done
/usr/bin/python3 tests/e2e/report_html_check.py "$out"
echo "html in chromium: ok"
