#!/bin/sh
# reads.sh: the read paths against jq over the raw log files. Makes, with
# bench/gen.sh (deterministic), repositories of 1,000 and 10,000 incidents
# of one event each and of one incident of 10,000 and of 100,000 events,
# under BENCH_DIR/reads, and lists the commands bench/run.sh times, as
# "label<TAB>command" lines, in BENCH_DIR/reads.list:
#   inc-ls --all                against  jq: one row per incident, its id,
#                                        state and title from its open and
#                                        state events, oldest first;
#   inc-log --json ID           against  jq: the events sorted by seq, then
#                                        id, as compact JSON;
#   inc-postmortem ID           against  jq: the timeline, every event in
#                                        time order, as Markdown table rows.
# jq reads the files of the work tree (incidents/YYYY/MM/ID/*.jsonl), the
# tools read the git objects at HEAD, as they always do. Then it measures
# the peak memory of each command (GNU time's %M: the maximum resident set
# size, KB), wall time and CPU time (user + system), the median of
# MEM_RUNS (1) runs, into BENCH_DIR/reads-mem.tsv (label, KB, wall seconds,
# CPU seconds), with inc-ls --all also measured with no incident cache
# (its first run in a clone, which builds the cache).
set -eu
cd "$(dirname "$0")/.."
bin=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}
memruns=${MEM_RUNS:-1}
tab=$(printf '\t')
[ -x /usr/bin/time ] || { echo "reads.sh: needs GNU time (/usr/bin/time)" >&2; exit 1; }
d=$out/reads
mkdir -p "$d"
rm -rf "$d"/trash.*
big=2026-01-01-1000-big-aaaaaa
sh bench/gen.sh "$d/inc1k" 1000 0
sh bench/gen.sh "$d/inc10k" 10000 0
sh bench/gen.sh "$d/ev10k" 0 10000
sh bench/gen.sh "$d/ev100k" 0 100000

# inc-ls --all: id, state and title; the state is that of the last open or
# state event in log order (seq, then id), the title that of the open one.
cat >"$d/ls.jq" <<'EOF'
map(select(.type == "open" or .type == "state"))
| group_by(.incident)
| map(sort_by(.seq, .id)
      | (map(select(.type == "open"))[0]) as $open
      | {id: .[0].incident, opened: $open.at, title: $open.title,
         state: .[-1].state})
| sort_by(.opened, .id)[]
| [.id, .state, .title] | @tsv
EOF
# inc-log --json: the events in log order, compact (keys already sorted).
cat >"$d/log.jq" <<'EOF'
sort_by(.seq, .id)[]
EOF
# inc-postmortem: its timeline, in time order, one table row per event.
cat >"$d/timeline.jq" <<'EOF'
"| Time | Who | What |", "|---|---|---|",
(sort_by(.at, .seq, .id)[]
 | "| \(.at[0:10]) \(.at[11:19]) | \(.actor.name) | " +
   (if .type == "open" then "opened (\(.state)): \(.title)"
    elif .type == "state" then "state -> \(.state)" +
      (if .message then ": \(.message)" else "" end)
    elif .type == "note" then "note: \(.text)"
    else .type end) + " |")
EOF

# jq LABEL DIR FILTER OPTIONS GLOB
jq_cmd() {
	printf "%s\tsh -c 'cd %s && exec jq %s -f %s %s'\n" "$1" "$2" "$4" \
	    "$d/$3" "$5"
}
{
	for n in 1k:1,000 10k:10,000; do
		k=${n%%:*} w=${n#*:}
		printf 'inc-ls --all, %s incidents\t%s\n' "$w" \
		    "$bin/inc-ls -C $d/inc$k --all"
		jq_cmd "jq: ls, $w incidents" "$d/inc$k" ls.jq -rs \
		    'incidents/*/*/*/*.jsonl'
	done
	for n in 10k:10,000 100k:100,000; do
		k=${n%%:*} w=${n#*:}
		printf 'inc-log --json, %s events\t%s\n' "$w" \
		    "$bin/inc-log -C $d/ev$k --json $big"
		jq_cmd "jq: log, $w events" "$d/ev$k" log.jq -cs \
		    "incidents/2026/01/$big/*.jsonl"
		printf 'inc-postmortem, %s events\t%s\n' "$w" \
		    "$bin/inc-postmortem -C $d/ev$k $big"
		jq_cmd "jq: timeline, $w events" "$d/ev$k" timeline.jq -rs \
		    "incidents/2026/01/$big/*.jsonl"
	done
} >"$out/reads.list"

# median of the lines of stdin (numbers)
median() {
	sort -n | awk '{ a[NR] = $1 }
		END { print NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}
# mem LABEL COMMAND [PREPARE]: peak RSS, wall and CPU time, medians
mem() {
	: >"$d/mem.runs"
	i=0
	while [ "$i" -lt "$memruns" ]; do
		[ -z "${3:-}" ] || eval "$3"
		eval "/usr/bin/time -f '%M %e %U %S' -o '$d/mem.one' $2" >/dev/null
		awk '{ print $1, $2, $3 + $4 }' "$d/mem.one" >>"$d/mem.runs"
		i=$((i + 1))
	done
	printf '%s\t%s\t%s\t%s\n' "$1" \
	    "$(cut -d ' ' -f 1 "$d/mem.runs" | median)" \
	    "$(cut -d ' ' -f 2 "$d/mem.runs" | median)" \
	    "$(cut -d ' ' -f 3 "$d/mem.runs" | median)"
}
# inc-ls builds its incident cache on its first run: measured below, apart
for k in 1k 10k; do
	"$bin/inc-ls" -C "$d/inc$k" --all >/dev/null
done
: >"$out/reads-mem.tsv"
while IFS="$tab" read -r label cmd; do
	mem "$label" "$cmd" >>"$out/reads-mem.tsv"
done <"$out/reads.list"
# The cache is moved aside, not deleted: for a while after files are
# deleted, ext4 without a journal (as on the machine these were written
# on) skips their inodes when it allocates new ones (recently_deleted()
# in find_inode_bit(), 67% of the time in perf), which makes creating
# 10,000 files right after deleting 10,000 quadratic. The next run
# deletes them.
for n in 1k:1,000 10k:10,000; do
	k=${n%%:*} w=${n#*:}
	mem "inc-ls --all, $w incidents, no cache" \
	    "$bin/inc-ls -C $d/inc$k --all" \
	    "mv $d/inc$k/.git/incident-cache \"\$(mktemp -d $d/trash.XXXXXX)\"/" \
	    >>"$out/reads-mem.tsv"
done
awk -F '\t' '{ printf "  %-42s %7d KB peak, %6.2f s, CPU %6.2f s\n",
    $1, $2, $3, $4 }' \
    "$out/reads-mem.tsv"
