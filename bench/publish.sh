#!/bin/sh
# publish.sh [N]: inc-publish's cost with N published incidents (10000),
# against one: the first publish of N, a republish after one new event
# (the first, which begins a new quarter, on its own line), and
# publishing a repository of one incident (into an empty directory, and
# again with nothing new). The target (issue: rewrite only what changed)
# is a republish of N at most 1.5 times publishing one. Wall and CPU
# seconds (perf stat's task clock, else times); the least wall time
# of the runs and their mean CPU time.
# Uses BIN (default build/); scratch in BENCH_DIR (default bench/out).
set -eu
cd "$(dirname "$0")/.."
n=${1:-10000}
bin=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}/publish
PATH="$bin:$PATH"
export PATH INC_NO_FSYNC=1 GIT_AUTHOR_NAME="Bench Writer" GIT_AUTHOR_EMAIL=bench@example.com
unset INC_REPO INC_ID GIT_DIR GIT_WORK_TREE
mkdir -p "$out"
# gen DIR COUNT: COUNT incidents, each opened and given one customer update
gen() {
	rm -rf "$1"
	git init -q -b main "$1"
	git -C "$1" config user.name "Bench Writer"
	git -C "$1" config user.email bench@example.com
	git -C "$1" config inc.writer 0000bead
	awk -v count="$2" '
	function event(id, type, seq, extra,   at) {
		at = sprintf("%sT10:%02d:00Z", substr(id, 1, 10), seq)
		return sprintf("{\"actor\":{\"email\":\"bench@example.com\",\"name\":\"Bench Writer\"},\"at\":\"%s\",\"id\":\"%012x%016x\",\"incident\":\"%s\",\"recorded_at\":\"%s\",\"seq\":%d,%s\"type\":\"%s\",\"v\":2}\n", at, 1700000000 + seq, NR_ + 0, id, at, seq, extra, type)
	}
	BEGIN {
		printf "commit refs/heads/main\ncommitter Bench Writer <bench@example.com> 1700000000 +0000\ndata 9\ngenerated\n"
		for (i = 0; i < count; i++) {
			y = 2016 + int(i / (count / 10 + 1)); m = 1 + i % 12
			id = sprintf("%04d-%02d-%02d-1000-incident-%d-aaaaaa", y, m, 1 + i % 28, i)
			NR_ = i
			text = event(id, "open", 1, "\"state\":\"resolved\",\"title\":\"Incident " i "\",")
			text = text event(id, "status", 2, "\"message\":\"Some requests failed. We are investigating. Retrying is safe.\",\"status\":\"resolved\",\"impact\":\"minor\",\"components\":[\"api\"],")
			printf "M 100644 inline incidents/%04d/%02d/%s/0000bead-000001.jsonl\ndata %d\n%s\n", y, m, id, length(text), text
		}
	}' /dev/null | git -C "$1" fast-import --quiet
	git -C "$1" checkout -q -f main
}
# cost CMD...: "WALL CPU" seconds of CMD (from perf stat, its task clock
# and duration, when perf works here; else the date around it and the
# user and system time of the children, from times, in ticks of 10 ms)
if command -v perf >/dev/null 2>&1 && perf stat -x, -e task-clock,duration_time -o /dev/null true 2>/dev/null; then
	perf=1
else
	perf=
fi
cost() {
	times >"$out/.times0"
	s=$(date +%s.%N)
	if [ "$perf" ]; then
		perf stat -x, -e task-clock,duration_time -o "$out/.perf" "$@" >/dev/null 2>&1
	else
		"$@" >/dev/null 2>&1
	fi
	e=$(date +%s.%N)
	times >"$out/.times1"
	if [ "$perf" ]; then
		# its own wall time, not perf's start-up
		awk -F, '/task-clock/ { cpu = $1 / 1000 } /duration_time/ { wall = $1 / 1e9 }
		END { printf "%.4f %.4f", wall, cpu }' "$out/.perf"
		return
	fi
	echo "$s $e $(sed -n 2p "$out/.times0") $(sed -n 2p "$out/.times1")" | awk '
	function secs(t,   m) { m = t; sub(/m.*/, "", m); sub(/^[0-9]+m/, "", t); sub(/s$/, "", t); return m * 60 + t }
	{ printf "%.3f %.3f", $2 - $1, secs($5) + secs($6) - secs($3) - secs($4) }'
}
# best NAME R CMD...: the least wall time of R runs of CMD and their mean
# CPU time (CPU times come in ticks of 10 ms: the mean of many runs)
best() {
	name=$1 r=$2; shift 2
	for k in $(seq "$r"); do cost "$@"; echo; done | awk -v name="$name" '
	NR == 1 || $1 < wall { wall = $1 } { cpu += $2 }
	END { printf "%s\t%.3f\t%.4f\n", name, wall, cpu / NR }'
}
# event: one new incident with one update
event() {
	id=$(inc-open -C "$out/many" "One more" 2>/dev/null)
	inc-status -C "$out/many" "$id" "Some requests fail. We are investigating. Retrying is safe." >/dev/null 2>&1
}
gen "$out/one" 1
gen "$out/many" "$n"
rm -rf "$out/site-one" "$out/site-many"
rm -f "$out/one/.git/incident-publish" "$out/many/.git/incident-publish"
inc-publish -C "$out/one" -q "$out/site-one"
printf 'what\twall s (least)\tCPU s (mean)\n'
# publishing one incident: a repository of one published into an empty
# directory, with no cache and no state, so that its log is read and
# every file written (the target's measure); and republished with
# nothing new, which writes almost nothing (a stricter one)
afresh=$(for k in $(seq 20); do
	rm -rf "$out/site-fresh" "$out/one/.git/incident-publish" \
	    "$out/one/.git/incident-publish-state"
	cost inc-publish -C "$out/one" -q "$out/site-fresh"; echo
done | awk '
	NR == 1 || $1 < wall { wall = $1 } { cpu += $2 }
	END { printf "publish 1 incident\t%.3f\t%.4f\n", wall, cpu / NR }')
echo "$afresh"
inc-publish -C "$out/one" -q "$out/site-one" # its state, for site-one again
one=$(best "republish 1 incident, nothing new" 20 inc-publish -C "$out/one" -q "$out/site-one")
echo "$one"
best "publish $n incidents (first)" 1 inc-publish -C "$out/many" -q "$out/site-many"
# The generated incidents end in 2025: the first new one begins a new
# quarter, which a site sees once a quarter, and which reads the whole
# quarter before (see bench/RESULTS.md); it is measured on its own line.
event
quarter=$(printf 'republish %s after one event (a new quarter)\t%s\n' "$n" \
    "$(cost inc-publish -C "$out/many" -q "$out/site-many" | tr ' ' '\t')")
echo "$quarter"
again=$(for k in 1 2 3 4 5; do event; cost inc-publish -C "$out/many" -q "$out/site-many"; echo; done |
	awk -v name="republish $n after one event" '
	NR == 1 || $1 < wall { wall = $1 } { cpu += $2 }
	END { printf "%s\t%.3f\t%.4f\n", name, wall, cpu / NR }')
echo "$again"
best "republish $n, nothing new" 5 inc-publish -C "$out/many" -q "$out/site-many"
# instructions, which the machine's load does not move (callgrind, when
# valgrind is here): one incident, published and republished with
# nothing new, against one more event in N
if command -v valgrind >/dev/null 2>&1; then
	irs() {
		valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 |
		    awk '/refs:/ { gsub(",", "", $NF); print $NF }'
	}
	rm -rf "$out/site-fresh" "$out/one/.git/incident-publish" \
	    "$out/one/.git/incident-publish-state"
	i1=$(irs inc-publish -C "$out/one" -q "$out/site-fresh")
	i0=$(irs inc-publish -C "$out/one" -q "$out/site-one")
	event
	im=$(irs inc-publish -C "$out/many" -q "$out/site-many")
	echo "$im $i1 $i0" | awk -v n="$n" '{ printf "instructions: %s after one event %d, 1 incident %d (ratio %.2f), republished with nothing new %d (ratio %.2f)\n", n, $1, $2, $1 / $2, $3, $1 / $3 }'
fi
rm -f "$out/many/.git/incident-publish"
best "republish $n without the cache" 1 inc-publish -C "$out/many" -q "$out/site-many"
printf '%s\n%s\n%s\n%s\n' "$afresh" "$one" "$again" "$quarter" | awk -F '\t' '
function ratio(a, b) { return b > 0 ? sprintf("%.2f", a / b) : "-" }
NR == 1 { w = $2; c = $3 }
NR == 2 { nw = $2; nc = $3 }
NR == 3 { printf "ratio (target <= 1.5)\t%s\t%s\n", ratio($2, w), ratio($3, c)
	printf "ratio to a republish with nothing new\t%s\t%s\n", ratio($2, nw), ratio($3, nc) }
NR == 4 { printf "ratio, a new quarter\t%s\t%s\n", ratio($2, w), ratio($3, c) }'
rm -f "$out/.times0" "$out/.times1" "$out/.perf"
