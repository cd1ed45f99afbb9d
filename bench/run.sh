#!/bin/sh
# run.sh: every benchmark, in order, and ONE table of the results.
#   1. growth: bench/growth.sh as it is (it makes the repositories and
#      prints its own ratios), then the same five inc-note commands again
#      on its repositories in interleaved rounds, for the table;
#   2. one event per process: inc-note (work tree, bare, and without
#      fsync), the naive script (bench/naive.sh, with git's defaults and
#      with core.fsync=all) and the durability floor (bench/floor.c, 10 and
#      8 files), in interleaved rounds;
#   3. bench/concurrency.sh: 8 writers x 100 events at once, in rounds.
# The machine is shared and its fsyncs slow down for seconds at a time when
# others write, and hyperfine runs each command's runs back to back: so
# each timing is ROUNDS hyperfine invocations of RUNS runs per command, the
# command order rotated every round, all runs pooled. Every ratio is of two
# medians measured in the same run. The tools are copied first from BIN
# (default build/, as `make bench` builds it) into the scratch directory,
# so that a rebuild in the shared tree during the run changes nothing.
# Scratch: BENCH_DIR (default bench/out, git-ignored). ROUNDS (5), RUNS (15
# per round), GROWTH_RUNS (growth.sh's own runs, 20), CROUNDS (concurrency
# rounds, 5). The table goes to stdout and, as Markdown, to
# BENCH_DIR/table.md.
set -eu
cd "$(dirname "$0")/.."
src=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}
rounds=${ROUNDS:-5}
runs=${RUNS:-15}
crounds=${CROUNDS:-5}
tab=$(printf '\t')
for tool in hyperfine jq git timeout; do
	command -v "$tool" >/dev/null || { echo "run.sh: needs $tool" >&2; exit 1; }
done
for b in inc-open inc-note floor; do
	[ -x "$src/$b" ] || { echo "run.sh: no $src/$b: run make bench" >&2; exit 1; }
done
unset INC_REPO INC_ID INC_NO_FSYNC GIT_DIR GIT_WORK_TREE
mkdir -p "$out"
out=$(cd "$out" && pwd)
bin=$out/bin
rm -rf "$bin"
mkdir -p "$bin"
cp "$src"/inc-* "$src/floor" "$bin/"
export BIN="$bin" BENCH_DIR="$out"
export GIT_AUTHOR_NAME="Bench Writer" GIT_AUTHOR_EMAIL=bench@example.com
start=$(date +%s)

# interleaved NAME LIST: LIST holds "label<TAB>command" lines. Runs
# hyperfine $rounds times, $runs runs of each command, the order rotated by
# one each round, and pools all runs into NAME.tsv: label, median, standard
# deviation, min, max (ms), runs, mean CPU time (user + system, ms).
interleaved() {
	name=$1 list=$2
	n=$(wc -l <"$list")
	rm -f "$out/$name".round*.json
	r=0
	while [ "$r" -lt "$rounds" ]; do
		set --
		awk -v r="$r" -v n="$n" '{ a[NR - 1] = $0 }
			END { for (i = 0; i < n; i++) print a[(i + r) % n] }' \
			"$list" >"$out/$name.order"
		while IFS="$tab" read -r label cmd; do
			set -- "$@" -n "$label" "$cmd"
		done <"$out/$name.order"
		hyperfine -N --warmup 3 --runs "$runs" \
			--export-json "$out/$name.round$r.json" "$@" >/dev/null
		r=$((r + 1))
	done
	jq -rs '[.[].results[]] | group_by(.command)[] |
		(map(.times[]) | sort) as $t | ($t | length) as $n |
		($t | add / $n) as $mean |
		[.[0].command,
		 (if $n % 2 == 1 then $t[($n - 1) / 2]
		  else ($t[$n / 2 - 1] + $t[$n / 2]) / 2 end) * 1000,
		 (($t | map((. - $mean) * (. - $mean)) | add) /
		  ([$n - 1, 1] | max) | sqrt) * 1000,
		 $t[0] * 1000, $t[-1] * 1000, $n,
		 (map(.user + .system) | add / length) * 1000] | @tsv' \
		"$out/$name".round*.json >"$out/$name.tsv"
	awk -F '\t' '{ printf "  %-40s %6.1f ms, CPU %4.1f ms (%d runs)\n",
		$1, $2, $7, $6 }' "$out/$name.tsv"
}

echo "== 1. growth (bench/growth.sh)"
RUNS=${GROWTH_RUNS:-20} sh bench/growth.sh
echo "-- the same, $rounds interleaved rounds of $runs runs"
one=2016-01-01-1000-incident-0-aaaaaa
big=2026-01-01-1000-big-aaaaaa
cat >"$out/growth.list" <<EOF
new incident, empty repository$tab$bin/inc-note -C $out/empty.git $one x
incident of 100,000 events$tab$bin/inc-note -C $out/events.git $big x
repository of 10,000 incidents$tab$bin/inc-note -C $out/incidents.git $one x
work tree: new incident$tab$bin/inc-note -C $out/empty $one x
work tree: 10,000 incidents$tab$bin/inc-note -C $out/incidents $one x
EOF
interleaved growth "$out/growth.list"

echo
echo "== 2. one event per process, $rounds interleaved rounds of $runs runs"
o=$out/one
rm -rf "$o"
mkdir -p "$o"
git init -q -b main "$o/work"
git init -q --bare -b main "$o/bare.git"
for r in "$o/work" "$o/bare.git"; do
	git -C "$r" config user.name "Bench Writer"
	git -C "$r" config user.email bench@example.com
done
wid=$("$bin/inc-open" -C "$o/work" "One event per process" 2>/dev/null)
bid=$("$bin/inc-open" -C "$o/bare.git" "One event per process" 2>/dev/null)
naive=$PWD/bench/naive.sh
sh "$naive" -i "$o/naive"
sh "$naive" -i "$o/naive-fsync"
git -C "$o/naive-fsync" config core.fsync all
cat >"$out/one.list" <<EOF
naive script (git defaults: no fsync)${tab}sh $naive $o/naive
inc-note, work tree, fsync$tab$bin/inc-note -C $o/work $wid x
inc-note, bare, fsync$tab$bin/inc-note -C $o/bare.git $bid x
inc-note, work tree, INC_NO_FSYNC=1${tab}env INC_NO_FSYNC=1 $bin/inc-note -C $o/work $wid x
naive script, core.fsync=all${tab}sh $naive $o/naive-fsync
floor: 10 files (a work tree event)$tab$bin/floor $o/floor 10
floor: 8 files (a bare event)$tab$bin/floor $o/floor 8
inc-note --version (process start only)$tab$bin/inc-note --version
EOF
interleaved one "$out/one.list"

echo
echo "== 3. concurrency (bench/concurrency.sh, $crounds rounds)"
ROUNDS=$crounds CASES=${CASES:-ours ours-bare ours-nofsync naive} \
	sh bench/concurrency.sh

# The table: case, median, spread, baseline, ratio (case / baseline).
table=$out/table.tsv
: >"$table"
# row NAME PREFIX CASE BASELINE: from NAME.tsv
row() {
	awk -F '\t' -v p="$2" -v c="$3" -v b="$4" '
		{ m[$1] = $2; s[$1] = $3; lo[$1] = $4; hi[$1] = $5 }
		END {
			if (!(c in m) || !(b in m)) {
				printf "run.sh: no %s or %s\n", c, b > "/dev/stderr"
				exit 1
			}
			printf "%s%s\t%.1f ms\tsd %.1f, %.1f-%.1f\t%s\t%.2fx\n", p, c,
			    m[c], s[c], lo[c], hi[c], (c == b ? "-" : b), m[c] / m[b]
		}' "$out/$1.tsv" >>"$table"
}
base="new incident, empty repository"
for c in "$base" "incident of 100,000 events" "repository of 10,000 incidents" \
	"work tree: new incident"; do
	row growth "growth: " "$c" "$base"
done
row growth "growth: " "work tree: 10,000 incidents" "work tree: new incident"
n="naive script (git defaults: no fsync)"
for c in "$n" "inc-note, work tree, fsync" "inc-note, bare, fsync" \
	"inc-note, work tree, INC_NO_FSYNC=1" "naive script, core.fsync=all" \
	"floor: 10 files (a work tree event)" "floor: 8 files (a bare event)" \
	"inc-note --version (process start only)"; do
	row one "one event: " "$c" "$n"
done
row one "one event: " "inc-note, work tree, fsync" "floor: 10 files (a work tree event)"
row one "one event: " "inc-note, bare, fsync" "floor: 8 files (a bare event)"
# concurrency: median and range over the rounds of each column, per case
floor10=$(awk -F '\t' '$1 == "floor: 10 files (a work tree event)" { print $2 }' "$out/one.tsv")
awk -F '\t' -v w="${WRITERS:-8}x${EVENTS:-100}" -v floor="$floor10" '
	function stats(c, k,   n, a, i, j, x) {
		n = split(v[c, k], a, " ")
		for (i = 1; i <= n; i++)
			for (j = i + 1; j <= n; j++)
				if (a[j] + 0 < a[i] + 0) { x = a[i]; a[i] = a[j]; a[j] = x }
		med = n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
		lo = a[1]; hi = a[n]
	}
	NR == 1 { for (i = 1; i <= NF; i++) col[$i] = i; next }
	{
		cases[$1] = 1
		for (k in col)
			v[$1, k] = v[$1, k] " " $col[k]
		v[$1, "all_rate"] = v[$1, "all_rate"] " " $col["present"] / $col["seconds"]
	}
	END {
		name["ours"] = "inc-note, work tree"
		name["ours-bare"] = "inc-note, bare"
		name["ours-nofsync"] = "inc-note, work tree, INC_NO_FSYNC=1"
		split("ours ours-bare ours-nofsync", order, " ")
		stats("naive", "rate"); nr = med
		printf "%s writers: naive script, committed events/s\t%.1f/s\t%.1f-%.1f\t-\t1.00x\n", w, med, lo, hi
		for (o = 1; o in order; o++) {
			c = order[o]
			if (!(c in cases)) continue
			stats(c, "rate")
			printf "%s writers: %s, committed events/s\t%.1f/s\t%.1f-%.1f\tnaive script\t%.1fx\n", w, name[c], med, lo, hi, (nr > 0 ? med / nr : 0)
		}
		if (floor > 0)
			printf "%s writers: ceiling if serialised at the floor (1 / floor, 10 files)\t%.1f/s\t(derived)\tnaive script\t%.1fx\n", w, 1000 / floor, (nr > 0 ? 1000 / floor / nr : 0)
		stats("naive", "all_rate")
		printf "%s writers: naive script, events at HEAD/s, failed calls included\t%.1f/s\t%.1f-%.1f\t-\t-\n", w, med, lo, hi
		split("failed calls:failed;lost events:lost;misattributed events:misattributed;false failures:false_failures;events committed:present;commits:commits;timed out:timed_out", rows, ";")
		for (o = 1; o in order; o++) {
			c = order[o]
			if (!(c in cases)) continue
			for (r = 1; r in rows; r++) {
				split(rows[r], p, ":")
				if (c == "ours-nofsync" && p[2] != "failed" && p[2] != "lost")
					continue
				if (p[2] == "timed_out") {
					x = v[c, p[2]]; y = v["naive", p[2]]
					sub(/^ /, "", x); sub(/^ /, "", y)
					printf "%s writers: %s, %s\t%s\t-\tnaive: %s\t-\n", w, name[c], p[1], x, y
					continue
				}
				stats("naive", p[2]); nm = med
				stats(c, p[2])
				printf "%s writers: %s, %s (of %d)\t%s\t%s-%s\tnaive: %s\t-\n", w, name[c], p[1], v[c, "attempted"] + 0, med, lo, hi, nm
			}
		}
	}' "$out/concurrency/results.tsv" >>"$table"

{
	printf 'case\tmedian\tspread\tbaseline\tratio\n'
	printf -- '---\t---\t---\t---\t---\n'
	cat "$table"
} | awk -F '\t' '
	{ for (i = 1; i <= NF; i++) { c[NR, i] = $i; if (length($i) > w[i]) w[i] = length($i) } }
	END {
		for (r = 1; r <= NR; r++) {
			line = "|"
			for (i = 1; i <= 5; i++) {
				x = c[r, i]
				if (x == "---") { x = ""; while (length(x) < w[i]) x = x "-" }
				line = line sprintf(" %-" w[i] "s |", x)
			}
			print line
		}
	}' >"$out/table.md"
echo
echo "== the table: medians of this run; ratio = case / baseline; spread: standard"
echo "== deviation and min-max of the runs, or min-max of the concurrency rounds ($(($(date +%s) - start)) s in all)"
cat "$out/table.md"
