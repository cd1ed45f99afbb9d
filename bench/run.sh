#!/bin/sh
# run.sh: every benchmark, in order, and ONE table of the results.
#   1. growth: bench/growth.sh as it is (it makes the repositories and
#      prints its own ratios), then the same six inc-note commands again
#      on its repositories in interleaved rounds, for the table, with the
#      naive script in an empty work tree and in a copy of the work tree
#      of 10,000 incidents (git's index grows with the work tree too);
#   2. one event per process: inc-note (work tree, bare, and without
#      fsync), the naive script (bench/naive.sh, with git's defaults and
#      with core.fsync=all) and the durability floor (bench/floor.c, 10 and
#      8 files), in interleaved rounds;
#   3. bench/concurrency.sh: 8 writers x 100 events at once, in rounds;
#   4. reads (bench/reads.sh): inc-ls --all over 1,000 and 10,000
#      incidents, inc-log --json and inc-postmortem of an incident of
#      10,000 and 100,000 events, each against a jq pipeline over the raw
#      files that prints the same; then the peak memory of each;
#   5. stream (bench/stream.sh): inc-note --stdin, STREAM_LINES (200) notes
#      through one process, against the durability floor of as many events,
#      and in a repository of 10,000 resolved incidents against a new one;
#   6. start-up and size (bench/startup.sh): inc-note --version and
#      --help, incident --version and incident note --version, and
#      inc-status --check against a trivial C program, the dynamic
#      loader's statistics, and the size of what make install and make
#      install-strip install (STAGE: make bench makes them);
#   7. inc-verify (bench/verify.sh) over histories of 10,000 and 100,000
#      event commits (--full), if the tool is built; then incremental
#      verify after 100 new commits on the largest, against --full;
#   8. sync (bench/sync.sh), against a git daemon on loopback: a write
#      with auto-sync against the same write without, a read that fetches
#      first against one that does not, and inc-sync of 100 new events
#      between two clones.
#   9. the rules for customer updates (bench/lint.sh): inc-status --check
#      on a 64 KiB update of real updates against a one-line update (the
#      difference is the linting), then make lint-eval's table: each
#      rule's precision and recall on the real corpus.
#  10. active (bench/active.sh): inc-ls, --due and inc-check -1 over
#      10,000 and 100,000 incidents with 3 active, against git log -1; a
#      write without an id against one with it; inc-brief and inc-check of
#      an incident of 100,000 events.
#  11. publish (bench/publish.sh): inc-publish of a repository of one
#      incident against a republish of 10,000 (PUBLISH_N) after one new
#      event; its own table, CPU from perf stat where perf works.
# The machine is shared and its fsyncs slow down for seconds at a time when
# others write, and hyperfine runs each command's runs back to back: so
# each timing is ROUNDS hyperfine invocations of RUNS runs per command, the
# command order rotated every round, all runs pooled. Every ratio is of two
# medians measured in the same run. The program and its inc-* links are
# copied first from BIN (default build/, as `make bench` builds it) into
# the scratch directory, so that a rebuild in the shared tree during the
# run changes nothing.
# Scratch: BENCH_DIR (default bench/out, git-ignored). ROUNDS (5), RUNS (15
# per round), GROWTH_RUNS (growth.sh's own runs, 20), CROUNDS (concurrency
# rounds, 5); the commands of sections 4, 5 and 7 take seconds each, so
# they have SLOW_ROUNDS (3) rounds of SLOW_RUNS (3) runs, after one warm-up
# run each. SECTIONS ("1 2 ... 11", all) picks the sections to run, and the
# table has their rows only: SECTIONS="4 5 6" sh bench/run.sh. SHARED_BIN
# (make bench sets it) holds the tools built with make SHARED=1: sections 2
# and 6 time them too. STAGE (make bench sets it) holds make install's
# and make install-strip's trees, install/ and install-strip/: section 6
# reports their sizes. The table goes to stdout and, as Markdown, to
# BENCH_DIR/table.md.
set -eu
cd "$(dirname "$0")/.."
src=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}
rounds=${ROUNDS:-5}
runs=${RUNS:-15}
crounds=${CROUNDS:-5}
srounds=${SLOW_ROUNDS:-3}
sruns=${SLOW_RUNS:-3}
sections=${SECTIONS:-1 2 3 4 5 6 7 8 9 10 11}
tab=$(printf '\t')
for tool in hyperfine jq git timeout; do
	command -v "$tool" >/dev/null || { echo "run.sh: needs $tool" >&2; exit 1; }
done
for b in incident inc-init inc-open inc-note inc-ls inc-log inc-postmortem inc-status floor \
    train-hints; do
	[ -x "$src/$b" ] || { echo "run.sh: no $src/$b: run make bench" >&2; exit 1; }
done
unset INC_REPO INC_ID INC_NO_FSYNC GIT_DIR GIT_WORK_TREE
mkdir -p "$out"
out=$(cd "$out" && pwd)
bin=$out/bin
rm -rf "$bin"
mkdir -p "$bin"
cp -P "$src/incident" "$src"/inc-* "$src/floor" "$src/train-hints" "$bin/"
export BIN="$bin" BENCH_DIR="$out"
# inc-verify's cache key (inc-verify(1)): the bench's own, not the user's
export XDG_STATE_HOME="$out/state"
# SHARED_BIN: the tools built with make SHARED=1, if any
if [ -n "${SHARED_BIN:-}" ] && [ -x "$SHARED_BIN/inc-note" ]; then
	mkdir -p "$bin/shared"
	cp -P "$SHARED_BIN/incident" "$SHARED_BIN"/inc-* "$bin/shared/"
	export SHARED_BIN="$bin/shared"
else
	unset SHARED_BIN
fi
export GIT_AUTHOR_NAME="Bench Writer" GIT_AUTHOR_EMAIL=bench@example.com
start=$(date +%s)

# want N: whether section N is to run
want() {
	case " $sections " in *" $1 "*) return 0 ;; esac
	return 1
}

# interleaved NAME LIST [ROUNDS RUNS WARMUP]: LIST holds "label<TAB>command"
# lines. Runs hyperfine ROUNDS ($rounds) times, RUNS ($runs) runs of each
# command after WARMUP (3) unmeasured ones, the order rotated by one each
# round, and pools all runs into NAME.tsv: label, median, standard
# deviation, min, max (ms), runs, mean CPU time (user + system, ms).
interleaved() {
	name=$1 list=$2 irounds=${3:-$rounds} iruns=${4:-$runs} iwarm=${5:-3}
	iprepare=${6:-}
	n=$(wc -l <"$list")
	rm -f "$out/$name".round*.json
	r=0
	while [ "$r" -lt "$irounds" ]; do
		set --
		awk -v r="$r" -v n="$n" '{ a[NR - 1] = $0 }
			END { for (i = 0; i < n; i++) print a[(i + r) % n] }' \
			"$list" >"$out/$name.order"
		while IFS="$tab" read -r label cmd; do
			set -- "$@" -n "$label" "$cmd"
		done <"$out/$name.order"
		[ -z "$iprepare" ] || set -- --prepare "$iprepare" "$@"
		hyperfine -N --warmup "$iwarm" --runs "$iruns" \
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

if want 1; then
	echo "== 1. growth (bench/growth.sh)"
	RUNS=${GROWTH_RUNS:-20} sh bench/growth.sh
	echo "-- the same, $rounds interleaved rounds of $runs runs"
	one=2016-01-01-1000-incident-0-aaaaaa
	big=2026-01-01-1000-big-aaaaaa
	# the naive script in a work tree of 10,000 incidents: git's own index
	# grows with it as ours does. Made once and kept, like gen.sh's: on
	# this ext4 without a journal, removing 10,000 files slows every file
	# made in the minutes after (the kernel's recently_deleted()), which
	# took the bare rows from 1.2x to 1.8x in one run.
	naive=$PWD/bench/naive.sh
	sh "$naive" -i "$out/naive-empty"
	if [ ! -e "$out/naive-incidents/log.jsonl" ]; then
		rm -rf "$out/naive-incidents"
		cp -R "$out/incidents" "$out/naive-incidents"
		: >"$out/naive-incidents/log.jsonl"
		git -C "$out/naive-incidents" add log.jsonl
		git -C "$out/naive-incidents" commit -q -m log
	fi
	cat >"$out/growth.list" <<EOF
new incident, empty repository$tab$bin/inc-note -C $out/empty.git $one x
incident of 100,000 events$tab$bin/inc-note -C $out/events.git $big x
repository of 10,000 incidents$tab$bin/inc-note -C $out/incidents.git $one x
work tree: new incident$tab$bin/inc-note -C $out/empty $one x
work tree: 10,000 incidents$tab$bin/inc-note -C $out/incidents $one x
team clone (inc-init): 10,000 incidents$tab$bin/inc-note -C $out/team $one x
naive script: empty work tree${tab}sh $naive $out/naive-empty
naive script: work tree of 10,000 incidents${tab}sh $naive $out/naive-incidents
EOF
	interleaved growth "$out/growth.list"
fi

if want 2; then
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
	if [ -n "${SHARED_BIN:-}" ]; then
		cat >>"$out/one.list" <<EOF
inc-note shared, work tree, fsync$tab$SHARED_BIN/inc-note -C $o/work $wid x
inc-note shared, bare, fsync$tab$SHARED_BIN/inc-note -C $o/bare.git $bid x
EOF
	fi
	interleaved one "$out/one.list"
fi

if want 3; then
	echo
	echo "== 3. concurrency (bench/concurrency.sh, $crounds rounds)"
	ROUNDS=$crounds CASES=${CASES:-ours ours-bare ours-nofsync naive} \
		sh bench/concurrency.sh
fi

if want 4; then
	t0=$(date +%s)
	echo
	echo "== 4. reads (bench/reads.sh), $srounds interleaved rounds of $sruns runs"
	echo "-- peak memory (GNU time %M), wall and CPU time, median of ${MEM_RUNS:-1} runs"
	sh bench/reads.sh
	echo "-- the times, interleaved"
	interleaved reads "$out/reads.list" "$srounds" "$sruns" 1
	echo "-- section 4: $(($(date +%s) - t0)) s"
fi

if want 5; then
	t0=$(date +%s)
	echo
	echo "== 5. stream (bench/stream.sh), $srounds interleaved rounds of $sruns runs"
	sh bench/stream.sh
	interleaved stream "$out/stream.list" "$srounds" "$sruns" 1
	echo "-- section 5: $(($(date +%s) - t0)) s"
fi

if want 6; then
	t0=$(date +%s)
	echo
	echo "== 6. start-up and size (bench/startup.sh), $rounds interleaved rounds of $runs runs"
	sh bench/startup.sh
	interleaved startup "$out/startup.list"
	echo "-- section 6: $(($(date +%s) - t0)) s"
fi

if want 7; then
	t0=$(date +%s)
	echo
	if [ -x "$src/inc-verify" ]; then
		echo "== 7. inc-verify (bench/verify.sh), $srounds interleaved rounds of $sruns runs"
		sh bench/verify.sh
		interleaved verify "$out/verify.list" "$srounds" "$sruns" 1
		# the cache of the older tip put back before each run
		interleaved verifyinc "$out/verify-inc.list" "$srounds" "$sruns" 1 \
		    "$(cat "$out/verify-inc.prepare")"
		echo "-- section 7: $(($(date +%s) - t0)) s"
	else
		echo "== 7. inc-verify: skipped, no $src/inc-verify"
	fi
fi

if want 9; then
	t0=$(date +%s)
	echo
	echo "== 9. customer-update rules (bench/lint.sh, bench/lint-eval.sh), $rounds interleaved rounds of $runs runs"
	sh bench/lint.sh
	interleaved lint "$out/lint.list"
	sh bench/lint-eval.sh "$bin"
	echo "-- section 9: $(($(date +%s) - t0)) s"
fi

if want 10; then
	t0=$(date +%s)
	echo
	echo "== 10. active incidents (bench/active.sh), $rounds interleaved rounds of $runs runs"
	sh bench/active.sh
	interleaved active "$out/active.list"
	echo "-- section 10: $(($(date +%s) - t0)) s"
fi

if want 11; then
	t0=$(date +%s)
	echo
	echo "== 11. publish (bench/publish.sh), ${PUBLISH_N:-10000} incidents"
	BIN="$bin" sh bench/publish.sh "${PUBLISH_N:-10000}"
	echo "-- section 11: $(($(date +%s) - t0)) s"
fi

# The table: case, median, spread, baseline, ratio (case / baseline).
if want 8; then
	t0=$(date +%s)
	echo
	echo "== 8. sync (bench/sync.sh), $rounds interleaved rounds of $runs runs"
	sh bench/sync.sh start
	interleaved sync "$out/sync.list"
	sh bench/sync.sh hundred
	sh bench/sync.sh stop
	echo "-- section 8: $(($(date +%s) - t0)) s"
fi

table=$out/table.tsv
: >"$table"
# row NAME PREFIX CASE BASELINE [CN [BN]]: from NAME.tsv; with CN (and BN),
# the times of CASE (and BASELINE) are divided by CN (BN), per event or
# per commit, and so is the ratio.
row() {
	awk -F '\t' -v p="$2" -v c="$3" -v b="$4" -v cn="${5:-1}" -v bn="${6:-${5:-1}}" '
		{ m[$1] = $2; s[$1] = $3; lo[$1] = $4; hi[$1] = $5 }
		END {
			if (!(c in m) || !(b in m)) {
				printf "run.sh: no %s or %s\n", c, b > "/dev/stderr"
				exit 1
			}
			f = cn == 1 ? "%.1f" : "%.3f"
			printf "%s%s\t" f " ms\tsd " f ", " f "-" f "\t%s\t%.2fx\n", p, c,
			    m[c] / cn, s[c] / cn, lo[c] / cn, hi[c] / cn,
			    (c == b ? "-" : b), (m[c] / cn) / (m[b] / bn)
		}' "$out/$1.tsv" >>"$table"
}
# cpurow NAME PREFIX CASE BASELINE: the same with the mean CPU time (user
# + system) of the runs, which a busy machine disturbs less than the wall
# time
cpurow() {
	awk -F '\t' -v p="$2" -v c="$3" -v b="$4" '
		{ m[$1] = $7; n[$1] = $6 }
		END {
			if (!(c in m) || !(b in m)) {
				printf "run.sh: no %s or %s\n", c, b > "/dev/stderr"
				exit 1
			}
			printf "%s%s\tCPU %.1f ms\tmean of %d runs\t%s\t%.2fx\n", p, c,
			    m[c], n[c], (c == b ? "-" : b), m[c] / m[b]
		}' "$out/$1.tsv" >>"$table"
}
if want 1; then
base="new incident, empty repository"
for c in "$base" "incident of 100,000 events" "repository of 10,000 incidents" \
	"work tree: new incident"; do
	row growth "growth: " "$c" "$base"
done
row growth "growth: " "work tree: 10,000 incidents" "work tree: new incident"
row growth "growth: " "team clone (inc-init): 10,000 incidents" "$base"
row growth "growth: " "naive script: empty work tree" "work tree: new incident"
row growth "growth: " "naive script: work tree of 10,000 incidents" \
    "naive script: empty work tree"
row growth "growth: " "work tree: 10,000 incidents" \
    "naive script: work tree of 10,000 incidents"
fi
if want 2; then
n="naive script (git defaults: no fsync)"
for c in "$n" "inc-note, work tree, fsync" "inc-note, bare, fsync" \
	"inc-note, work tree, INC_NO_FSYNC=1" "naive script, core.fsync=all" \
	"floor: 10 files (a work tree event)" "floor: 8 files (a bare event)" \
	"inc-note --version (process start only)"; do
	row one "one event: " "$c" "$n"
done
row one "one event: " "inc-note, work tree, fsync" "floor: 10 files (a work tree event)"
row one "one event: " "inc-note, bare, fsync" "floor: 8 files (a bare event)"
if [ -n "${SHARED_BIN:-}" ]; then
	row one "one event: " "inc-note shared, work tree, fsync" "$n"
	row one "one event: " "inc-note shared, bare, fsync" "$n"
fi
fi
# concurrency: median and range over the rounds of each column, per case
floor10=
if want 2; then
floor10=$(awk -F '\t' '$1 == "floor: 10 files (a work tree event)" { print $2 }' "$out/one.tsv")
fi
if want 3; then
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
fi
if want 4; then
	for c in "inc-ls --all, 1,000 incidents|jq: ls, 1,000 incidents" \
	    "inc-ls --all, 10,000 incidents|jq: ls, 10,000 incidents" \
	    "inc-ls --all, 10,000 incidents|inc-ls --all, 1,000 incidents" \
	    "jq: ls, 10,000 incidents|jq: ls, 1,000 incidents" \
	    "inc-log --json, 10,000 events|jq: log, 10,000 events" \
	    "inc-log --json, 100,000 events|jq: log, 100,000 events" \
	    "inc-log --json, 100,000 events|inc-log --json, 10,000 events" \
	    "jq: log, 100,000 events|jq: log, 10,000 events" \
	    "inc-postmortem, 10,000 events|jq: timeline, 10,000 events" \
	    "inc-postmortem, 100,000 events|jq: timeline, 100,000 events" \
	    "inc-postmortem, 100,000 events|inc-postmortem, 10,000 events" \
	    "jq: timeline, 100,000 events|jq: timeline, 10,000 events"; do
		row reads "reads: " "${c%%|*}" "${c#*|}"
	done
	for c in "inc-ls --all, 1,000 incidents|jq: ls, 1,000 incidents" \
	    "inc-ls --all, 10,000 incidents|jq: ls, 10,000 incidents" \
	    "inc-ls --all, 10,000 incidents|inc-ls --all, 1,000 incidents" \
	    "inc-log --json, 10,000 events|jq: log, 10,000 events" \
	    "inc-log --json, 100,000 events|jq: log, 100,000 events" \
	    "inc-log --json, 100,000 events|inc-log --json, 10,000 events" \
	    "inc-postmortem, 10,000 events|jq: timeline, 10,000 events" \
	    "inc-postmortem, 100,000 events|jq: timeline, 100,000 events" \
	    "inc-postmortem, 100,000 events|inc-postmortem, 10,000 events"; do
		cpurow reads "reads, CPU: " "${c%%|*}" "${c#*|}"
	done
	# peak memory: each size against the size 10 times smaller
	awk -F '\t' '
		{ k[NR] = $1; kb[$1] = $2; w[$1] = $3; cpu[$1] = $4 }
		END {
			for (i = 1; i <= NR; i++) {
				c = k[i]; b = c
				sub(/ 10,000 incidents/, " 1,000 incidents", b)
				sub(/ 100,000 events/, " 10,000 events", b)
				if (b == c || !(b in kb))
					b = ""
				printf "reads, peak memory: %s\t%d KB\twall %.2f s, CPU %.2f s\t%s\t%s\n",
				    c, kb[c], w[c], cpu[c], (b == "" ? "-" : b),
				    (b == "" ? "-" : sprintf("%.2fx", kb[c] / kb[b]))
			}
		}' "$out/reads-mem.tsv" >>"$table"
fi
if want 5; then
	l=${STREAM_LINES:-200}
	for c in "inc-note --stdin, work tree, $l lines (batches)|floor: $l events of 10 files (work tree)" \
	    "inc-note --stdin, bare, $l lines (batches)|floor: $l events of 8 files (bare)" \
	    "inc-note --stdin, bare, ${STREAM_HISTORY:-10000} resolved incidents, $l lines (batches)|inc-note --stdin, bare, $l lines (batches)" \
	    "inc-note --stdin, work tree, INC_NO_FSYNC=1, $l lines (batches)|floor: $l events of 10 files (work tree)" \
	    "floor: $l events of 10 files (work tree)|floor: $l events of 10 files (work tree)" \
	    "floor: $l events of 8 files (bare)|floor: $l events of 10 files (work tree)"; do
		row stream "stream, per event: " "${c%%|*}" "${c#*|}" "$l"
	done
	f=${STREAM_FEW:-31}
	for c in "inc-note --stdin, work tree, $f lines (one by one)|floor: $f events of 10 files (work tree)" \
	    "inc-note --stdin, bare, $f lines (one by one)|floor: $f events of 8 files (bare)" \
	    "floor: $f events of 10 files (work tree)|floor: $f events of 10 files (work tree)" \
	    "floor: $f events of 8 files (bare)|floor: $f events of 10 files (work tree)"; do
		row stream "stream, per event: " "${c%%|*}" "${c#*|}" "$f"
	done
	row stream "stream: " "sh -c 'exec true <file' (the wrapper)" \
	    "floor: $l events of 10 files (work tree)"
	awk -F '\t' '
		{ v[$1] = $2; k[NR] = $1 }
		END {
			for (i = 1; i <= NR; i++) {
				b = k[i] ~ /stdin, work tree/ ? "inc-note, one event, work tree" : \
				    k[i] ~ /stdin, bare/ ? "inc-note, one event, bare" : ""
				printf "stream: fsync calls per event, %s\t%s\t-\t%s\t-\n", k[i], v[k[i]],
				    (b == "" ? "-" : b ": " v[b])
			}
		}' "$out/stream-fsync.tsv" >>"$table"
fi
if want 6; then
	t="trivial C program"
	for c in "$t" "trivial C program linked to libgit2 and jansson" \
	    "inc-note --version" "inc-note --help" "incident --version" \
	    "incident note --version"; do
		row startup "start-up: " "$c" "$t"
	done
	row startup "start-up: " "sh -c 'exec trivial <update'" "$t"
	row startup "start-up: " "sh -c 'exec inc-status --check <update'" \
	    "sh -c 'exec trivial <update'"
	if [ -n "${SHARED_BIN:-}" ]; then
		for c in "inc-note --version, shared" "inc-note --help, shared"; do
			row startup "start-up: " "$c" "$t"
		done
		row startup "start-up: " "sh -c 'exec inc-status --check <update', shared" \
		    "sh -c 'exec trivial <update'"
	fi
	awk -F '\t' '{ printf "start-up: inc-note --version, shared, LD_DEBUG=statistics: %s\t%s\t-\t-\t-\n", $1, $2 }' \
	    "$out/startup-ld.tsv" >>"$table"
	[ ! -s "$out/size.tsv" ] || awk -F '\t' '
		{ printf "size: %s\t%s\t%s\t-\t-\n", $1, $2, $3 }' \
	    "$out/size.tsv" >>"$table"
fi
if want 9; then
	row lint "lint: " "inc-status --check, a 64 KiB update" \
	    "inc-status --check, a one-line update"
	cpurow lint "lint, CPU: " "inc-status --check, a 64 KiB update" \
	    "inc-status --check, a one-line update"
fi
if want 7 && [ -s "$out/verify.list" ] && [ -x "$src/inc-verify" ]; then
	sizes=$(awk -F '\t' '{ sub(/^inc-verify, /, "", $1); sub(/ commits$/, "", $1); print $1 }' "$out/verify.list")
	first=$(printf '%s\n' "$sizes" | head -n 1)
	for w in $sizes; do
		row verify "verify: " "inc-verify, $w commits" "inc-verify, $first commits"
	done
	for w in $sizes; do
		cpurow verify "verify, CPU: " "inc-verify, $w commits" \
		    "inc-verify, $first commits"
	done
	for w in $sizes; do
		row verify "verify, per commit: " "inc-verify, $w commits" \
		    "inc-verify, $first commits" "$(echo "$w" | tr -d ,)" \
		    "$(echo "$first" | tr -d ,)"
	done
	awk -F '\t' '{ print $1 }' "$out/verify-inc.list" | {
		read -r inc
		read -r full
		row verifyinc "verify, incremental: " "$inc" "$full"
		row verifyinc "verify, incremental: " "$full" "$full"
	}
	[ ! -s "$out/verify-mem.tsv" ] || awk -F '\t' '
		NR == 1 { b = $1; bkb = $2 }
		{ printf "verify, peak memory: %s\t%d KB\twall %.2f s, CPU %.2f s\t%s\t%.2fx\n",
		    $1, $2, $3, $4, (NR == 1 ? "-" : b), $2 / bkb }' \
	    "$out/verify-mem.tsv" >>"$table"
fi
if want 10 && [ -s "$out/active.tsv" ]; then
	for size in ${SIZES:-10000 100000}; do
		g="git log -1, $size incidents"
		for c in "inc-ls, $size incidents, 3 active" \
		    "inc-sitrep --due, $size incidents, 3 active" \
		    "inc-check -1, $size incidents, 3 active"; do
			row active "active: " "$c" "$g"
			cpurow active "active: " "$c" "$g"
		done
		row active "active: " "inc-note TEXT (no id), $size incidents" \
		    "inc-note ID TEXT, $size incidents"
	done
	row active "active: " "inc-brief, incident of 100,000 events" \
	    "inc-log --json, incident of 100,000 events"
	row active "active: " "inc-check, incident of 100,000 events" \
	    "inc-log --json, incident of 100,000 events"
fi

if want 8 && [ -s "$out/sync.tsv" ]; then
	row sync "sync: " "write, auto-sync on (push in the background)" \
	    "write, auto-sync off"
	cpurow sync "sync, CPU: " "write, auto-sync on (push in the background)" \
	    "write, auto-sync off"
	row sync "sync: " "read, fetch first (auto-sync on, remote up)" \
	    "read, no fetch (auto-sync off)"
	row sync-100 "sync: " "inc-sync, 100 new events" "inc-sync, nothing new"
fi
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
