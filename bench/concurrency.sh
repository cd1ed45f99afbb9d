#!/bin/sh
# concurrency.sh: WRITERS writers x EVENTS events at once (8 x 100), one
# process per event, into one repository:
#   ours        inc-note into one incident made by inc-open, work tree repo
#   ours-bare   the same in a bare repository
#   ours-nofsync  ours with INC_NO_FSYNC=1 (not durable: to show what fsync
#               costs under contention; not in CASES by default)
#   naive       bench/naive.sh (printf >> log.jsonl; git add; git commit)
# ROUNDS rounds (3), the cases interleaved within each round, each case in a
# fresh repository and killed after LIMIT seconds (120). For each run: calls
# attempted and made, calls that exited non-zero, distinct events committed
# at HEAD, events committed twice, commits, events committed under another
# writer's name, false failures (non-zero exit, event committed), lost
# events (exit 0, event not committed), lines left uncommitted in the work
# tree, wall time, and the rate of successfully committed events: events
# whose call exited 0 and that are at HEAD, per second of wall time.
# Writes BENCH_DIR/concurrency/results.tsv (read by bench/run.sh) and
# prints the runs and the median rates with the ratio ours/naive.
set -eu
cd "$(dirname "$0")/.."
bin=${BIN:-$PWD/build}
base=${BENCH_DIR:-$PWD/bench/out}
out=$base/concurrency
writers=${WRITERS:-8}
events=${EVENTS:-100}
rounds=${ROUNDS:-3}
limit=${LIMIT:-120}
cases=${CASES:-ours ours-bare naive}
unset INC_REPO INC_ID INC_NO_FSYNC GIT_DIR GIT_WORK_TREE

# --ours REPO ID STATUSDIR [nofsync]: the writers of inc-note, run under
# timeout(1)
if [ "${1:-}" = --ours ]; then
	repo=$2 id=$3 status=$4
	[ "${5:-}" != nofsync ] || export INC_NO_FSYNC=1
	i=1
	while [ "$i" -le "$writers" ]; do
		(
			n=1
			while [ "$n" -le "$events" ]; do
				GIT_AUTHOR_NAME="Writer $i" GIT_AUTHOR_EMAIL="w$i@example.com" \
					"$bin/inc-note" -C "$repo" "$id" "writer $i event $n" \
					>/dev/null 2>>"$status/errors.$i" && rc=0 || rc=$?
				echo "$rc $i $n" >>"$status/status.$i"
				n=$((n + 1))
			done
		) &
		i=$((i + 1))
	done
	wait
	exit 0
fi

for tool in timeout jq git; do
	command -v "$tool" >/dev/null ||
		{ echo "concurrency.sh: needs $tool" >&2; exit 1; }
done
[ -x "$bin/inc-note" ] || { echo "concurrency.sh: no $bin/inc-note: make" >&2; exit 1; }
mkdir -p "$out"
export GIT_AUTHOR_NAME="Bench Writer" GIT_AUTHOR_EMAIL=bench@example.com
results=$out/results.tsv
printf 'case\tround\tattempted\tcalls\tfailed\tpresent\tduplicates\tcommits\tmisattributed\tfalse_failures\tlost\tuncommitted\tseconds\trate\ttimed_out\n' >"$results"

now() { date +%s%N; }

# analyse CASE ROUND REPO STATUSDIR FIRST_COMMIT NANOSECONDS TIMED_OUT
analyse() {
	c=$1 round=$2 r=$3 s=$4 first=$5 ns=$6 timed_out=$7 t=$s/analysis
	mkdir -p "$t"
	cat "$s"/status.* 2>/dev/null >"$t/status" || :
	awk '{ print "writer " $2 " event " $3 }' "$t/status" | sort >"$t/called"
	awk '$1 != 0 { print "writer " $2 " event " $3 }' "$t/status" | sort >"$t/failed"
	awk '$1 == 0 { print "writer " $2 " event " $3 }' "$t/status" | sort >"$t/succeeded"
	# every committed line of the writers, at HEAD
	git -C "$r" grep -h -F '"text":"writer ' HEAD -- . | jq -r .text | sort >"$t/committed" || :
	sort -u "$t/committed" >"$t/present"
	find "$r" -path "$r/.git" -prune -o -name '*.jsonl' -type f -exec cat {} + |
		grep -c -F '"text":"writer ' >"$t/in_files" || :
	# a line committed in a commit authored by someone else
	git -C "$r" log --format='AUTHOR %an' -p --no-color --unified=0 "$first..HEAD" |
		awk '/^AUTHOR / { a = substr($0, 8) } /^\+\{/ { print a "\t" substr($0, 2) }' |
		jq -Rr 'split("\t") as [$a, $j] | ($j | fromjson) as $e |
			select($e.text | startswith("writer ")) |
			select($e.actor.name != $a) | $e.text' >"$t/misattributed"
	attempted=$((writers * events))
	calls=$(wc -l <"$t/called")
	failed=$(wc -l <"$t/failed")
	present=$(wc -l <"$t/present")
	duplicates=$(($(wc -l <"$t/committed") - present))
	commits=$(git -C "$r" rev-list --count "$first..HEAD")
	misattributed=$(wc -l <"$t/misattributed")
	false_failures=$(comm -12 "$t/failed" "$t/present" | wc -l)
	lost=$(comm -23 "$t/succeeded" "$t/present" | wc -l)
	ok_committed=$(comm -12 "$t/succeeded" "$t/present" | wc -l)
	uncommitted=-
	[ "$(git -C "$r" rev-parse --is-bare-repository)" = true ] ||
		uncommitted=$(($(cat "$t/in_files") - $(wc -l <"$t/committed")))
	seconds=$(awk -v ns="$ns" 'BEGIN { printf "%.2f", ns / 1e9 }')
	rate=$(awk -v n="$ok_committed" -v ns="$ns" 'BEGIN { printf "%.1f", n / (ns / 1e9) }')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
		"$c" "$round" "$attempted" "$calls" "$failed" "$present" "$duplicates" \
		"$commits" "$misattributed" "$false_failures" "$lost" "$uncommitted" \
		"$seconds" "$rate" "$timed_out" >>"$results"
}

# one CASE ROUND: a fresh repository, the writers, the analysis
one() {
	c=$1 round=$2 r=$out/$1 s=$out/$1.status
	rm -rf "$r" "$s"
	mkdir -p "$s"
	case $c in
	ours | ours-bare | ours-nofsync)
		if [ "$c" = ours-bare ]; then git init -q --bare -b main "$r"; else git init -q -b main "$r"; fi
		git -C "$r" config user.name "Bench Writer"
		git -C "$r" config user.email bench@example.com
		id=$("$bin/inc-open" -C "$r" "Shared incident" 2>/dev/null)
		;;
	naive) sh bench/naive.sh -i "$r" ;;
	*) echo "concurrency.sh: unknown case $c" >&2; exit 2 ;;
	esac
	first=$(git -C "$r" rev-parse HEAD)
	t0=$(now)
	rc=0
	case $c in
	naive)
		timeout -k 5 "$limit" sh bench/naive.sh -c "$writers" "$events" "$r" "$s" || rc=$?
		;;
	ours-nofsync)
		timeout -k 5 "$limit" sh "$0" --ours "$r" "$id" "$s" nofsync || rc=$?
		;;
	*) timeout -k 5 "$limit" sh "$0" --ours "$r" "$id" "$s" || rc=$? ;;
	esac
	t1=$(now)
	timed_out=no
	[ "$rc" -eq 124 ] || [ "$rc" -eq 137 ] && timed_out=yes
	analyse "$c" "$round" "$r" "$s" "$first" $((t1 - t0)) "$timed_out"
}

round=1
while [ "$round" -le "$rounds" ]; do
	for c in $cases; do
		one "$c" "$round"
	done
	round=$((round + 1))
done

column -t -s "$(printf '\t')" "$results"
echo
# median rate per case, and the ratio to naive's
awk -F '\t' 'NR > 1 { v[$1] = v[$1] " " $14 }
	END {
		for (c in v) {
			n = split(v[c], a, " ")
			for (i = 1; i <= n; i++)
				for (j = i + 1; j <= n; j++)
					if (a[j] + 0 < a[i] + 0) { x = a[i]; a[i] = a[j]; a[j] = x }
			m[c] = n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
		}
		for (c in m) {
			r = ""
			if (c != "naive" && m["naive"] > 0)
				r = sprintf(", %.1fx naive", m[c] / m["naive"])
			printf "%s: median %.1f committed events/s%s\n", c, m[c], r
		}
	}' "$results" | sort
