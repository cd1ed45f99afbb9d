#!/bin/sh
# lint.sh: how long the rules for customer updates take on a long update.
# Writes under BENCH_DIR/lint a 64 KiB update made of the real updates of
# tests/status-corpus/real.tsv, one after another (an update at the limit
# of what inc-status takes), and a one-line update, and lists, as
# "label<TAB>command" lines in BENCH_DIR/lint.list, inc-status --check
# reading each (through sh -c '...; exit 0': hyperfine gives commands no
# input, and the long one has findings, exit 1). The difference of the
# two is the linting of 64 KiB.
set -eu
cd "$(dirname "$0")/.."
bin=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}
d=$out/lint
rm -rf "$d"
mkdir -p "$d"
grep -v '^#' tests/status-corpus/real.tsv | cut -f4 |
	awk '{ gsub(/\\n/, "\n"); print; print "" }' >"$d/real.txt"
: >"$d/long.txt"
while [ "$(wc -c <"$d/long.txt")" -lt 65536 ]; do
	cat "$d/real.txt" >>"$d/long.txt"
done
head -c 65536 "$d/long.txt" | awk 'NR > 1 { print prev } { prev = $0 }' \
	>"$d/64k.txt" # whole lines only, under the 65536-byte limit
printf 'Some API requests fail. We are rolling back. Retry meanwhile.\n' \
	>"$d/short.txt"
printf 'inc-status --check, a one-line update\tsh -c '\''%s/inc-status --check <%s/short.txt; exit 0'\''\n' \
	"$bin" "$d" >"$out/lint.list"
printf 'inc-status --check, a 64 KiB update\tsh -c '\''%s/inc-status --check <%s/64k.txt; exit 0'\''\n' \
	"$bin" "$d" >>"$out/lint.list"
