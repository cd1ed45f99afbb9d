#!/bin/sh
# active.sh: what an IC types all day against years of history. Makes,
# under BENCH_DIR/active, repositories of 10,000 and of 100,000 resolved
# incidents (an open and a resolve each: bench/gen-history.sh) with 3
# active ones, the same with 1 active one (for writes without an id), and
# one incident of 100,000 events (bench/gen.sh); warms each once (the
# picture cache and the index of active incidents are built by the first
# reader, as in a fresh clone); and lists the commands bench/run.sh times,
# as "label<TAB>command" lines, in BENCH_DIR/active.list:
#   inc-ls, inc-sitrep --due, inc-check -1 (3 active)  against git log -1;
#   inc-note TEXT without the id against inc-note ID TEXT (1 active);
#   inc-brief and inc-check of the incident of 100,000 events.
# SIZES ("10000 100000") picks the sizes.
set -eu
cd "$(dirname "$0")/.."
bin=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}
sizes=${SIZES:-10000 100000}
d=$out/active
mkdir -p "$d"
export INC_NO_FSYNC=1

: >"$out/active.list"
tab=$(printf '\t')
for size in $sizes; do
	label=$size
	r3=$d/r$size-3 r1=$d/r$size-1
	# kept from run to run while their active incidents are not due
	for r in "$r3:3" "$r1:1"; do
		[ -n "$(find "${r%:*}/.git/bench-made" -mmin -8640 2>/dev/null)" ] ||
			sh bench/gen-history.sh "${r%:*}" "$size" "${r#*:}"
	done
	one=$("$bin/inc-ls" -C "$r1" -j | jq -r .incident)
	# warm: the picture cache and the index, as the first reader builds them
	for r in "$r3" "$r1"; do
		"$bin/inc-ls" -C "$r" >/dev/null
	done
	cat >>"$out/active.list" <<LIST
git log -1, $label incidents${tab}git -C $r3 log -1 --format=%H
inc-ls, $label incidents, 3 active${tab}$bin/inc-ls -C $r3
inc-sitrep --due, $label incidents, 3 active${tab}$bin/inc-sitrep -C $r3 --due
inc-check -1, $label incidents, 3 active${tab}$bin/inc-check -C $r3 -1
inc-note ID TEXT, $label incidents${tab}$bin/inc-note -C $r1 $one progress
inc-note TEXT (no id), $label incidents${tab}$bin/inc-note -C $r1 progress
LIST
done
big=$d/ev100k
[ -d "$big" ] || sh bench/gen.sh "$big" 0 100000
"$bin/inc-log" -C "$big" -j 2026-01-01-1000-big-aaaaaa >/dev/null
cat >>"$out/active.list" <<LIST
inc-log --json, incident of 100,000 events${tab}$bin/inc-log -C $big -j 2026-01-01-1000-big-aaaaaa
inc-brief, incident of 100,000 events${tab}$bin/inc-brief -C $big 2026-01-01-1000-big-aaaaaa
inc-check, incident of 100,000 events${tab}sh -c '$bin/inc-check -C $big 2026-01-01-1000-big-aaaaaa >/dev/null; [ \$? -lt 2 ]'
LIST
