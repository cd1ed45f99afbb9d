#!/bin/sh
# active.sh: what an IC types all day against years of history. Makes,
# under BENCH_DIR/active, repositories of 10,000 and of 100,000 resolved
# incidents (an open and a resolve each, through git fast-import) with 3
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

# gen DIR RESOLVED ACTIVE
gen() {
	rm -rf "$1"
	git init -q -b main "$1"
	git -C "$1" config user.name "Bench Writer"
	git -C "$1" config user.email bench@example.com
	git -C "$1" config inc.writer 0000bead
	# nothing due: --due and inc-check -1 answer 0, as hyperfine wants
	git -C "$1" config inc.sitrepInterval 100000000
	git -C "$1" config inc.sitrepIntervalMajor 100000000
	git -C "$1" config inc.updateInterval 100000000
	git -C "$1" config inc.updateIntervalMajor 100000000
	awk -v n="$2" -v active="$3" '
	function event(id, type, seq, extra, at) {
		return sprintf("{\"actor\":{\"email\":\"bench@example.com\",\"name\":\"Bench Writer\"},\"at\":\"%s\",\"id\":\"%012x%016x\",\"incident\":\"%s\",\"recorded_at\":\"%s\",\"seq\":%d,%s\"type\":\"%s\",\"v\":2}\n", at, 1700000000, seq, id, at, seq, extra, type)
	}
	BEGIN {
		printf "commit refs/heads/main\ncommitter Bench Writer <bench@example.com> 1700000000 +0000\ndata 9\ngenerated\n"
		for (i = 0; i < n + active; i++) {
			y = 2016 + int(i * 10 / (n + active)); m = 1 + i % 12
			if (i >= n) y = 2026
			id = sprintf("%04d-%02d-%02d-1000-incident-%d-aaaaaa", y, m, 1 + i % 28, i)
			at = sprintf("%04d-%02d-%02dT10:00:00Z", y, m, 1 + i % 28)
			text = event(id, "open", 1, "\"state\":\"investigating\",\"title\":\"Incident " i "\",", at)
			if (i < n)
				text = text event(id, "state", 2, "\"state\":\"resolved\",", sprintf("%04d-%02d-%02dT11:00:00Z", y, m, 1 + i % 28))
			printf "M 100644 inline incidents/%04d/%02d/%s/0000bead-000001.jsonl\ndata %d\n%s\n", y, m, id, length(text), text
		}
	}' | git -C "$1" fast-import --quiet
	git -C "$1" reset -q --hard main
}

: >"$out/active.list"
tab=$(printf '\t')
for size in $sizes; do
	label=$size
	r3=$d/r$size-3 r1=$d/r$size-1
	[ -d "$r3" ] || gen "$r3" "$size" 3
	[ -d "$r1" ] || gen "$r1" "$size" 1
	one=$(INC_NOW=2026-12-31T00:00:00Z "$bin/inc-ls" -C "$r1" -j | jq -r .incident)
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
