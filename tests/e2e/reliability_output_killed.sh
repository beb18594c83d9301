#!/usr/bin/env bash
# Row "outputs: a run killed while it works" (docs/errors.md): SIGKILL, then SIGTERM, at many
# moments of a run writing --output; afterwards the report is either the previous one or a
# complete new one, never truncated (it is written to a temporary file, fsync'ed and renamed),
# and nothing but that temporary file can be left beside it.
source "$2/tests/data/reliability/lib.sh"
mkdir "$tmp/story"
for f in "$root"/fixtures/ukraine-2022/*.txt; do
  for copy in 1 2 3 4; do cp "$f" "$tmp/story/$copy-$(basename "$f")"; done
done
printf '{"previous": "report"}\n' > "$tmp/report.json"
checks=0
for signal in KILL TERM; do
  for delay in 0.01 0.03 0.05 0.08 0.1 0.13 0.16 0.2 0.25 0.3 0.4 0.5 0.7 1.0; do
    "$bin" check "$tmp/story" --format json --output "$tmp/report.json" >/dev/null 2>&1 &
    pid=$!
    sleep "$delay"
    kill -"$signal" "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    if ! /usr/bin/python3 -c 'import json, sys; json.load(open(sys.argv[1]))' "$tmp/report.json"; then
      fail "after SIG$signal at ${delay}s the report is not complete JSON"
      head -c 300 "$tmp/report.json"
    fi
    checks=$((checks + 1))
  done
done
# Only temporary files may be left by a kill, never anything named like a report.
while read -r f; do
  case "$f" in
    story|report.json|.report.json.tmp-*|.out|.err) ;;
    *) fail "a kill left $f behind" ;;
  esac
done < <(ls -A "$tmp")
# A run left alone completes the report.
run "$bin" check "$tmp/story" --format json --output "$tmp/report.json"
[ "$status" -le 1 ] || fail "the last run failed: exit $status"
/usr/bin/python3 -c 'import json, sys; assert "findings" in json.load(open(sys.argv[1]))' "$tmp/report.json" ||
  fail "the last run did not write a complete report"
echo "$checks kills checked"
finish
