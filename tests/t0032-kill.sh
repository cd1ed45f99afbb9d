#!/bin/sh
# Writers killed with SIGKILL at random moments, round after round: the
# repository stays consistent, every event a writer reported is there
# exactly once, no event is half written, and the next run succeeds.
# KILL_ROUNDS (default 60, to keep make check short) sets how many.
. "$(dirname "$0")/lib.sh"

ROUNDS=${KILL_ROUNDS:-60}
WRITERS=3
mkdir bin
cp "$INC_BIN/inc-note" bin/inc-note-killed # a name only this test kills
killed=$TRASH/bin/inc-note-killed

new_repo r
id=$(inc-open -C r "Killed writers" 2>/dev/null)

writer() {
	n=0
	while [ ! -e "$TRASH/stop" ]; do
		n=$((n + 1))
		text="w$1 r$2 n$n"
		# no leak check at exit: pkill would kill LeakSanitizer's tracer,
		# a clone with the same command line, and it would say so
		if ASAN_OPTIONS=abort_on_error=1:detect_leaks=0 \
		    "$killed" -C r "$id" "$text" >/dev/null 2>>"$TRASH/errors"; then
			echo "$text" >>"$TRASH/reported"
		fi
	done
}

: >"$TRASH/reported"
: >"$TRASH/errors"
round=1
bad=0
unverified=0
while [ "$round" -le "$ROUNDS" ]; do
	rm -f "$TRASH/stop"
	i=1
	while [ "$i" -le "$WRITERS" ]; do
		writer "$i" "$round" &
		i=$((i + 1))
	done
	# let them run 5 to 60 ms, then kill whatever is under way
	sleep "0.0$(( (round * 7919) % 55 + 5 ))" 2>/dev/null || sleep 1
	pkill -KILL -f "^$killed " 2>/dev/null
	touch "$TRASH/stop"
	wait
	if ! git -C r fsck --strict --no-progress >"$TRASH/fsck" 2>&1; then
		bad=$((bad + 1))
		diag "round $round: fsck" "$(cat "$TRASH/fsck")"
	fi
	# the history proves append-only after every round, too
	if ! inc-verify -C r >/dev/null 2>"$TRASH/verify"; then
		unverified=$((unverified + 1))
		diag "round $round: inc-verify" "$(cat "$TRASH/verify")"
	fi
	round=$((round + 1))
done
# errors other than from the kills themselves would be false failures
grep -v 'Killed' "$TRASH/errors" >"$TRASH/real-errors" || true

is "$bad" 0 "git fsck --strict is clean after every one of $ROUNDS rounds"
is "$unverified" 0 "inc-verify proves the history after every one of $ROUNDS rounds"
succeeds "the next run succeeds" inc-note -C r "$id" "after the kills"
is "$(find r/.git/objects -maxdepth 1 -name 'tmp_object_git2_*' | wc -l | tr -d ' ')" 0 \
	"no temporary object file of a killed writer is left"
is "$(wc -c <r/.git/incident.lock | tr -d ' ')" 0 "the lock is left unmarked"
is "$(git -C r status --porcelain)" "" "and leaves the work tree and index matching HEAD"
run inc-log -C r -j "$id"
is "$status" 0 "every line in the log is a whole event"
printf '%s\n' "$out" | jq -r 'select(.type == "note") | .text' | sort >"$TRASH/recorded"
is "$(sort "$TRASH/recorded" | uniq -d | wc -l | tr -d ' ')" 0 "no event is recorded twice"
is "$(sort "$TRASH/reported" | comm -23 - "$TRASH/recorded" | wc -l | tr -d ' ')" 0 \
	"every event a writer reported is recorded"
is "$(cat "$TRASH/real-errors")" "" "no writer that was not killed reported a failure"
like "$(wc -l <"$TRASH/reported")" '^ *[1-9][0-9]*$' "writers did report events"
is "$(git -C r rev-list --merges HEAD | wc -l | tr -d ' ')" 0 "the history is linear"
is "$(printf '%s\n' "$out" | jq -s '[.[].seq] == ([.[].seq] | unique)')" true \
	"seq is unique and increasing"
diag "$(wc -l <"$TRASH/reported") events reported, $(wc -l <"$TRASH/recorded") recorded over $ROUNDS rounds"

# --- a new objects/xx directory is synced into objects/ before the branch
# moves: libgit2 syncs each object and objects/xx, never objects/ itself
# (strace, as nothing short of a crash of the machine shows it otherwise)
traced() { # the fsyncs of a command into $TRASH/fsyncs (LeakSanitizer cannot
	# run under ptrace)
	ASAN_OPTIONS=abort_on_error=1:detect_leaks=0 strace -f -qq -y \
	    -e trace=fsync -o "$TRASH/fsyncs" "$@" >/dev/null 2>&1
}
fsyncs() { # DIR FILE: the fsyncs of DIR's objects/ and of its branch, in order
	grep -o "fsync([0-9]*</[^>]*/$1/\.git/\(objects\|refs/heads/main\.lock\)>" \
	    "$2" | sed 's,.*/\.git/,,; s,>$,,' | tr '\n' ' '
}
new_repo s
traced inc-open -C s "Synced"
is "$(fsyncs s "$TRASH/fsyncs")" "objects refs/heads/main.lock " \
	"a writer that made objects/xx syncs objects/ once, before the branch"
new_repo t
(cd t/.git/objects && for a in 0 1 2 3 4 5 6 7 8 9 a b c d e f; do
	for b in 0 1 2 3 4 5 6 7 8 9 a b c d e f; do mkdir "$a$b"; done; done)
traced inc-open -C t "Synced"
is "$(fsyncs t "$TRASH/fsyncs")" "refs/heads/main.lock " \
	"one that made no directory there does not"
rm -rf s
new_repo s
traced env INC_NO_FSYNC=1 inc-open -C s "Not synced"
is "$(grep -c "fsync(" "$TRASH/fsyncs")" 0 "INC_NO_FSYNC=1: no fsync at all"
seq 1 40 | sed 's/^/batched /' >"$TRASH/40"
mkdir -p "$TRASH/u" && new_repo u/r && inc-open -C u/r "Batched" >/dev/null 2>&1
rm -rf u/r/.git/objects/pack
traced sh -c 'exec inc-note -C u/r -I <"$1"' - "$TRASH/40"
is "$(fsyncs r "$TRASH/fsyncs" | grep -o 'objects ')" "objects " \
	"a batch that made objects/pack syncs objects/ too"

done_testing
