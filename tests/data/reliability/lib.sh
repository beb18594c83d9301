# Shared by tests/e2e/reliability_*.sh: one row of the bad-input matrix per script
# (docs/errors.md lists every row and the behaviour it pins).
#
#   source "$2/tests/data/reliability/lib.sh"   # sets $bin, $root, $tmp (removed on exit)
#   run "$bin" check "$tmp/a.txt"               # sets $status, $out, $err
#   expect_status 2
#   expect_err "$tmp/a.txt:2:22: error: invalid UTF-8 at byte 27"
#   finish                                      # exit 0, or 1 after any failed expectation
#
# A row that cannot run here (no unprivileged user, no /usr/bin/time) calls skip REASON:
# exit 77, which CTest reports as skipped, never as passed.
set -uo pipefail
bin=$1
root=$2
tmp=$(mktemp -d "${TMPDIR:-/tmp}/factlint-reliability.XXXXXX")
chmod 755 "$tmp"
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0
status=0
out=""
err=""

fail() {
  echo "FAIL: $*"
  failures=$((failures + 1))
}

# run CMD...: runs CMD with stdin from /dev/null unless redirected by the caller.
run() {
  status=0
  "$@" >"$tmp/.out" 2>"$tmp/.err" || status=$?
  out=$(cat "$tmp/.out")
  err=$(cat "$tmp/.err")
}

# Exit codes are 0, 1 or 2; anything else (128+N: killed by signal N) is a crash.
expect_status() {
  if [ "$status" -gt 2 ]; then
    fail "crashed: exit $status (signal $((status - 128)))"
    echo "$err" | head -20
  elif [ "$status" -ne "$1" ]; then
    fail "exit $status, expected $1"
    echo "$err" | head -20
  fi
}

# expect_err NEEDLE: standard error holds NEEDLE (a fixed string).
expect_err() {
  if ! grep -qF -- "$1" "$tmp/.err"; then
    fail "standard error lacks: $1"
    echo "--- standard error:"
    head -20 "$tmp/.err"
  fi
}

expect_out() {
  if ! grep -qF -- "$1" "$tmp/.out"; then
    fail "standard output lacks: $1"
    echo "--- standard output:"
    head -20 "$tmp/.out"
  fi
}

expect_no_err() {
  if grep -qF -- "$1" "$tmp/.err"; then
    fail "standard error holds: $1"
  fi
}

skip() {
  echo "SKIP: $*"
  exit 77
}

# as_nobody CMD...: runs CMD without root's right to read anything, so that permission
# bits are obeyed; skips the row when that is impossible here.
as_nobody() {
  if [ "$(id -u)" -ne 0 ]; then
    "$@"
  elif command -v setpriv >/dev/null 2>&1; then
    setpriv --reuid=nobody --regid=nogroup --clear-groups -- "$@"
  else
    runuser -u nobody -- "$@"
  fi
}

require_unprivileged() {
  if [ "$(id -u)" -eq 0 ]; then
    if ! command -v setpriv >/dev/null 2>&1 && ! command -v runuser >/dev/null 2>&1; then
      skip "running as root without setpriv or runuser: permissions are not enforced"
    fi
    if ! as_nobody test -x "$bin" || ! as_nobody test -x "$tmp"; then
      skip "user nobody cannot run $bin from here"
    fi
  fi
  echo "ok" > "$tmp/.probe" && chmod 000 "$tmp/.probe"
  if as_nobody cat "$tmp/.probe" >/dev/null 2>&1; then
    rm -f "$tmp/.probe"
    skip "permissions are not enforced on $tmp (root without a way to drop privileges?)"
  fi
  rm -f "$tmp/.probe"
}

# peak_rss_kb CMD...: runs CMD like `run` and sets $peak_kb, its maximum resident set size.
peak_rss_kb() {
  [ -x /usr/bin/time ] || skip "/usr/bin/time is not installed (Debian package 'time')"
  status=0
  /usr/bin/time -f '%M' -o "$tmp/.rss" "$@" >"$tmp/.out" 2>"$tmp/.err" || status=$?
  out=$(cat "$tmp/.out")
  err=$(cat "$tmp/.err")
  peak_kb=$(tail -n 1 "$tmp/.rss")
}

# expect_peak_below_mb MB: the budget a row states. Under a sanitizer (FACTLINT_SANITIZED=1,
# set by scripts/test-sanitizers) shadow memory and quarantine inflate the peak, so the budget
# is only printed there; the plain build of scripts/test checks it.
expect_peak_below_mb() {
  if [ -n "${FACTLINT_SANITIZED:-}" ]; then
    echo "peak memory $((peak_kb / 1024)) MB (budget $1 MB not checked under a sanitizer)"
    return
  fi
  if [ "$peak_kb" -gt $(($1 * 1024)) ]; then
    fail "peak memory $((peak_kb / 1024)) MB, expected below $1 MB"
  else
    echo "peak memory $((peak_kb / 1024)) MB (budget $1 MB)"
  fi
}

finish() {
  if [ "$failures" -ne 0 ]; then
    echo "$failures failed expectation(s)"
    exit 1
  fi
  echo "ok"
  exit 0
}

# one_gib_line: writes 1 GiB of French news text on one line (no newline) to stdout; stops
# early, quietly, when the reader stops reading.
one_gib_line() {
  yes "Les États-Unis enverront 3 000 soldats en Pologne, a annoncé le Pentagone mercredi." 2>/dev/null |
    tr '\n' ' ' 2>/dev/null | head -c 1073741824 2>/dev/null
  return 0
}
