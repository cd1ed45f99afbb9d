#!/bin/sh
# startup.sh: how fast the commands that need no repository start, and
# how big the install is. Compiles
# under BENCH_DIR/startup a trivial C program (int main(void){return 0;})
# and the same program linked to libgit2 and jansson as the tools are
# (--no-as-needed, so that the loader maps and relocates them although
# nothing is called), writes a short customer update with no finding, and
# lists the commands bench/run.sh times, as "label<TAB>command" lines, in
# BENCH_DIR/startup.list:
#   the trivial program, the trivial program with libgit2 and jansson,
#   inc-note --version, inc-note --help (inc-note, a symbolic link to
#   incident), incident --version and incident note --version;
#   inc-status --check reading the update, and the trivial program reading
#   it, both through sh -c 'exec ... <file' (hyperfine gives commands no
#   input), so that the two differ only in the program;
#   if SHARED_BIN names the tools built with make SHARED=1 (make bench
#   builds them), the same three commands of that build.
# Then prints, for the median of LD_RUNS (5) runs of inc-note --version
# (of the SHARED_BIN build, if there is one),
# the dynamic loader's statistics (LD_DEBUG=statistics: cycles in the
# loader, in relocation, in loading objects) and the number of shared
# objects it loads (ldd), into
# BENCH_DIR/startup-ld.tsv (label, value).
# Last, the sizes, into BENCH_DIR/size.tsv (label, size, detail): of what
# make install and make install-strip installed, if STAGE holds their
# trees (install/ and install-strip/, as make bench makes them), and of
# the program of each build.
set -eu
cd "$(dirname "$0")/.."
bin=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}
cc=${CC:-cc}
s=$out/startup
rm -rf "$s"
mkdir -p "$s"
printf 'int main(void){return 0;}\n' >"$s/trivial.c"
$cc -O2 -o "$s/trivial" "$s/trivial.c"
$cc -O2 -o "$s/trivial-git2" "$s/trivial.c" -Wl,--no-as-needed -lgit2 \
    -ljansson
printf '%s %s\n' "Some API requests fail with 503 errors." \
    "We are rolling back a deploy. Retrying failed requests is safe." \
    >"$s/update.txt"
"$bin/inc-status" --check <"$s/update.txt" >/dev/null || {
	echo "startup.sh: inc-status --check finds fault with $s/update.txt" >&2
	exit 1
}
cat >"$out/startup.list" <<EOF
trivial C program	$s/trivial
trivial C program linked to libgit2 and jansson	$s/trivial-git2
inc-note --version	$bin/inc-note --version
inc-note --help	$bin/inc-note --help
incident --version	$bin/incident --version
incident note --version	$bin/incident note --version
sh -c 'exec trivial <update'	sh -c 'exec $s/trivial <$s/update.txt'
sh -c 'exec inc-status --check <update'	sh -c 'exec $bin/inc-status --check <$s/update.txt'
EOF
ld_bin=$bin
if [ -n "${SHARED_BIN:-}" ] && [ -x "$SHARED_BIN/inc-note" ]; then
	ld_bin=$SHARED_BIN
	cat >>"$out/startup.list" <<EOF
inc-note --version, shared	$SHARED_BIN/inc-note --version
inc-note --help, shared	$SHARED_BIN/inc-note --help
sh -c 'exec inc-status --check <update', shared	sh -c 'exec $SHARED_BIN/inc-status --check <$s/update.txt'
EOF
fi

# The loader's own account of LD_RUNS (5) starts, the one with the median
# total (cycles of the time stamp counter; the MHz from /proc/cpuinfo).
i=0
while [ "$i" -lt "${LD_RUNS:-5}" ]; do
	LD_DEBUG=statistics LD_DEBUG_OUTPUT="$s/ld" "$ld_bin/inc-note" --version \
	    >/dev/null
	i=$((i + 1))
done
mhz=$(awk -F ': *' '/^cpu MHz/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
for f in "$s"/ld.*; do
	awk '/total startup time in dynamic loader/ { print $(NF - 1), FILENAME }' "$f"
done | sort -n | awk '{ a[NR] = $2 } END { print a[int((NR + 1) / 2)] }' \
    >"$s/ld.median"
{
	awk -v mhz="${mhz:-0}" -v runs="${LD_RUNS:-5}" '
		/total startup time in dynamic loader/ { t = $(NF - 1) }
		/time needed for relocation/ { r = $(NF - 2); rp = $NF }
		/time needed to load objects/ { l = $(NF - 2); lp = $NF }
		/final number of relocations:/ { n = $NF }
		/number of relative relocations/ { rel = $NF }
		END {
			ms = mhz > 0 ? sprintf(" (%.2f ms at %d MHz)", t / mhz / 1000, mhz) : ""
			printf "cycles in the dynamic loader, median of %d\t%d%s\n", runs, t, ms
			printf "cycles relocating\t%d %s\n", r, rp
			printf "cycles loading objects\t%d %s\n", l, lp
			printf "relocations (symbol, relative)\t%d, %d\n", n, rel
		}' "$(cat "$s/ld.median")"
	printf 'shared objects (ldd)\t%s\n' "$(ldd "$ld_bin/inc-note" | wc -l)"
} >"$out/startup-ld.tsv"
awk -F '\t' '{ printf "  inc-note --version: %-42s %s\n", $1, $2 }' \
    "$out/startup-ld.tsv"

# kb N: N kilobytes in MB
kb() { awk -v k="$1" 'BEGIN { printf "%.1f MB", k / 1024 }'; }
{
	for tree in install install-strip; do
		d=${STAGE:-}/$tree
		[ -n "${STAGE:-}" ] && [ -d "$d" ] || continue
		printf 'make %s: all it installs (du -sk)\t%s\t%s files, %s links\n' \
		    "$tree" "$(kb "$(du -sk "$d" | cut -f1)")" \
		    "$(find "$d" -type f | wc -l)" "$(find "$d" -type l | wc -l)"
	done
	printf 'the program, %s\t%s\t%s bytes\n' "built (make, not stripped)" \
	    "$(kb $(($(wc -c <"$bin/incident") / 1024)))" "$(wc -c <"$bin/incident")"
	if [ -n "${SHARED_BIN:-}" ] && [ -x "$SHARED_BIN/incident" ]; then
		printf 'the program, %s\t%s\t%s bytes, and %s shared objects\n' \
		    "make SHARED=1, not stripped" \
		    "$(kb $(($(wc -c <"$SHARED_BIN/incident") / 1024)))" \
		    "$(wc -c <"$SHARED_BIN/incident")" \
		    "$(ldd "$SHARED_BIN/incident" | wc -l)"
	fi
} >"$out/size.tsv"
awk -F '\t' '{ printf "  size: %-50s %s (%s)\n", $1, $2, $3 }' "$out/size.tsv"
