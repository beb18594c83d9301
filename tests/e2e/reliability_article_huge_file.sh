#!/usr/bin/env bash
# Row "articles: a 1 GB single-line article" (docs/errors.md), as a .txt file: error naming the
# file and the limit (256 MiB per article), exit 2, with bounded memory.
#  - A regular file: its size is checked before anything is read, so memory stays small. (The
#    file is sparse - a title, then holes: its content is never read, and writing a real 1 GB
#    would only slow the test.)
#  - The same 1 GB line streamed through a FIFO, whose size is unknown: read block by block and
#    refused once past the limit, so memory stays near the limit, not near 1 GB.
source "$2/tests/data/reliability/lib.sh"
rules="$root/tests/data/reliability/rules"

printf 'Renforts\n' > "$tmp/big.txt"
truncate -s 1G "$tmp/big.txt"
peak_rss_kb "$bin" check "$tmp/big.txt" --rules "$rules"
expect_status 2
expect_err "$tmp/big.txt: error: file is larger than 268435456 bytes"
expect_peak_below_mb 64

mkfifo "$tmp/stream.txt"
{ printf 'Renforts\n'; one_gib_line; } > "$tmp/stream.txt" &
writer=$!
peak_rss_kb "$bin" check "$tmp/stream.txt" --rules "$rules"
wait "$writer" 2>/dev/null
expect_status 2
expect_err "$tmp/stream.txt: error: file is larger than 268435456 bytes"
expect_peak_below_mb 320
finish
