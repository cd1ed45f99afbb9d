#!/bin/sh
# stream.sh: inc-note --stdin, one note per input line through one
# process, against the durability floor of as many events. Makes a work
# tree and a bare repository with one incident each under
# BENCH_DIR/stream, a file of STREAM_LINES (200) notes, and lists the
# commands bench/run.sh times, as "label<TAB>command" lines, in
# BENCH_DIR/stream.list:
#   inc-note --stdin, work tree / bare / work tree with INC_NO_FSYNC=1,
#     each reading the STREAM_LINES notes (sh -c '... < file', as hyperfine
#     gives commands no input): as they all wait, they are recorded in
#     batches (up to 256 notes a commit each, one pack, one branch move);
#   inc-note --stdin, work tree / bare, reading STREAM_FEW (31) notes: too
#     few for a batch, so recorded one by one, as a slow stream is;
#   floor, STREAM_LINES and STREAM_FEW events of 10 files (a work tree
#     event) and of 8 files (a bare event): bench/floor.c with its EVENTS
#     argument, in one process, the files spread over 256 directories as
#     loose objects are;
#   inc-note --stdin, bare, in a repository of STREAM_HISTORY (10,000)
#     resolved incidents (bench/gen-history.sh, cloned bare, gc off so no
#     run's gc is timed in the next), reading the STREAM_LINES notes: a
#     batch's pack holds the objects the batch made, so the history costs
#     it nothing more than in the new repository;
#   sh -c 'exec true < file': the cost of the sh wrapper, to be sure it is
#     negligible.
# Every run appends STREAM_LINES events to the same incident (appending
# does not slow down as the incident grows: see growth.sh).
# If strace is installed, it also counts the fsync calls per event of
# --stdin (STREAM_LINES lines, batched, and 20, one by one) and of one
# inc-note per process, in BENCH_DIR/stream-fsync.tsv (label, fsyncs per
# event).
set -eu
cd "$(dirname "$0")/.."
bin=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}
lines=${STREAM_LINES:-200}
few=${STREAM_FEW:-31}
history=${STREAM_HISTORY:-10000}
s=$out/stream
rm -rf "$s"
mkdir -p "$s"
sh bench/gen-history.sh "$s/history" "$history" 0
git clone -q --bare "$s/history" "$s/history.git"
git -C "$s/history.git" remote remove origin # no sync after each run
git -C "$s/history.git" config gc.auto 0
git -C "$s/history.git" config gc.autoPackLimit 0
git init -q -b main "$s/work"
git init -q --bare -b main "$s/bare.git"
for r in "$s/work" "$s/bare.git" "$s/history.git"; do
	git -C "$r" config user.name "Bench Writer"
	git -C "$r" config user.email bench@example.com
done
wid=$("$bin/inc-open" -C "$s/work" "Stream of notes" 2>/dev/null)
bid=$("$bin/inc-open" -C "$s/bare.git" "Stream of notes" 2>/dev/null)
hid=$("$bin/inc-open" -C "$s/history.git" "Stream of notes" 2>/dev/null)
awk -v n="$lines" 'BEGIN { for (i = 1; i <= n; i++)
	printf "alert %d of %d: disk usage above 90%% on db-%d\n", i, n, i % 7 }' \
	>"$s/lines"
head -n "$few" "$s/lines" >"$s/lines.few"
cat >"$out/stream.list" <<EOF
inc-note --stdin, work tree, $lines lines (batches)	sh -c 'exec $bin/inc-note -C $s/work --stdin $wid <$s/lines >/dev/null'
inc-note --stdin, bare, $lines lines (batches)	sh -c 'exec $bin/inc-note -C $s/bare.git --stdin $bid <$s/lines >/dev/null'
inc-note --stdin, bare, $history resolved incidents, $lines lines (batches)	sh -c 'exec $bin/inc-note -C $s/history.git --stdin $hid <$s/lines >/dev/null'
inc-note --stdin, work tree, INC_NO_FSYNC=1, $lines lines (batches)	sh -c 'exec env INC_NO_FSYNC=1 $bin/inc-note -C $s/work --stdin $wid <$s/lines >/dev/null'
floor: $lines events of 10 files (work tree)	$bin/floor $s/floor 10 200 $lines
floor: $lines events of 8 files (bare)	$bin/floor $s/floor 8 200 $lines
inc-note --stdin, work tree, $few lines (one by one)	sh -c 'exec $bin/inc-note -C $s/work --stdin $wid <$s/lines.few >/dev/null'
inc-note --stdin, bare, $few lines (one by one)	sh -c 'exec $bin/inc-note -C $s/bare.git --stdin $bid <$s/lines.few >/dev/null'
floor: $few events of 10 files (work tree)	$bin/floor $s/floor 10 200 $few
floor: $few events of 8 files (bare)	$bin/floor $s/floor 8 200 $few
sh -c 'exec true <file' (the wrapper)	sh -c 'exec true <$s/lines'
EOF

if command -v strace >/dev/null; then
	n=20
	head -n "$n" "$s/lines" >"$s/lines.$n"
	# fsyncs LABEL EVENTS INPUT COMMAND...
	fsyncs() {
		label=$1 events=$2 input=$3
		shift 3
		strace -f -qq -e trace=fsync,fdatasync,sync_file_range \
		    -o "$s/strace.out" "$@" <"$input" >/dev/null 2>&1
		printf '%s\t%s\n' "$label" "$(awk -v e="$events" \
		    'END { printf "%.2f", NR / e }' "$s/strace.out")"
	}
	{
		for r in "work tree|$s/work|$wid" "bare|$s/bare.git|$bid"; do
			dir=${r#*|} dir=${dir%|*}
			fsyncs "inc-note --stdin, ${r%%|*}, $lines lines (batches)" \
			    "$lines" "$s/lines" "$bin/inc-note" -C "$dir" --stdin \
			    "${r##*|}"
			fsyncs "inc-note --stdin, ${r%%|*}, $n lines (one by one)" \
			    "$n" "$s/lines.$n" "$bin/inc-note" -C "$dir" --stdin \
			    "${r##*|}"
		done
		fsyncs "inc-note, one event, work tree" 1 /dev/null \
		    "$bin/inc-note" -C "$s/work" "$wid" "one note"
		fsyncs "inc-note, one event, bare" 1 /dev/null \
		    "$bin/inc-note" -C "$s/bare.git" "$bid" "one note"
		fsyncs "floor, 10 files" 1 /dev/null "$bin/floor" "$s/floor" 10
	} >"$out/stream-fsync.tsv"
	awk -F '\t' '{ printf "  fsync calls per event: %-32s %s\n", $1, $2 }' \
	    "$out/stream-fsync.tsv"
else
	: >"$out/stream-fsync.tsv"
fi
