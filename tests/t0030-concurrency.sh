#!/bin/sh
# Many writers at once: nothing lost, nothing misattributed, no false
# failure, a linear history, and a stale lock recovered from.
. "$(dirname "$0")/lib.sh"

# fewer under valgrind (tests/valgrind.sh), where an event takes seconds
WRITERS=${CONCURRENT_WRITERS:-8}
EVENTS=${CONCURRENT_EVENTS:-50}

new_repo r
one=$(inc-open -C r "Shared incident" 2>/dev/null)
two=$(inc-open -C r "Second incident" 2>/dev/null)

writer() {
	i=$1
	n=1
	while [ "$n" -le "$EVENTS" ]; do
		# half the writers share one incident, the others another
		if [ $((i % 2)) -eq 0 ]; then target=$one; else target=$two; fi
		GIT_AUTHOR_NAME="Writer $i" GIT_AUTHOR_EMAIL="w$i@example.com" \
			inc-note -C r "$target" "writer $i event $n" >/dev/null 2>>"$TRASH/errors.$i"
		echo "$? writer $i event $n" >>"$TRASH/status.$i"
		n=$((n + 1))
	done
}

i=1
while [ "$i" -le "$WRITERS" ]; do
	writer "$i" &
	i=$((i + 1))
done
wait

total=$((WRITERS * EVENTS))
is "$(cat "$TRASH"/status.* | grep -vc '^0 ')" 0 "no writer reported a failure"
is "$(cat "$TRASH"/errors.* | wc -c | tr -d ' ')" 0 "and none printed an error"
is "$(commits r)" $((total + 2)) "one commit per event"
is "$(git -C r rev-list --merges HEAD | wc -l | tr -d ' ')" 0 "the history is linear"

cat r/incidents/*/*/*/*.jsonl >"$TRASH/all"
is "$(jq -r 'select(.type == "note") | .text' "$TRASH/all" | sort | uniq -d | wc -l | tr -d ' ')" \
	0 "no event recorded twice"
is "$(jq -r 'select(.type == "note") | .text' "$TRASH/all" | wc -l | tr -d ' ')" \
	"$total" "every reported event is recorded"
is "$(jq -r 'select(.type == "note") | select((.actor.name | ltrimstr("Writer ")) as $i | .text | startswith("writer \($i) ") | not) | .id' "$TRASH/all")" \
	"" "each event names the writer that sent it"

# every commit adds exactly one line, authored by that event's actor
git -C r log --format='AUTHOR %an' -p --no-color --unified=0 >"$TRASH/patches"
is "$(grep -c '^+{' "$TRASH/patches")" $((total + 2)) "each commit adds exactly one line"
is "$(awk '/^AUTHOR / { a = substr($0, 8) } /^\+\{/ { print a "\t" substr($0, 2) }' "$TRASH/patches" |
	jq -Rr 'split("\t") as [$a, $j] | ($j | fromjson | .actor.name) as $n | select($a != $n) | $n')" \
	"" "every commit is authored by its event's actor"
is "$(jq -s '[.[] | select(.incident == "'"$one"'") | .seq] | sort | . == [range(1; length + 1)]' "$TRASH/all")" \
	true "seq counts up without gaps or repeats"
is "$(git -C r status --porcelain)" "" "the work tree and index match HEAD"
fsck_clean "fsck --strict is clean" r
run inc-verify -C r
like "$status:$out" "^0:verified $((total + 2)) commits, $((total + 2)) events, 2 incidents in " \
	"inc-verify proves the history the writers made"
run inc-log -C r -j "$one"
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" $((total / 2 + 1)) "inc-log reads them all"

# a branch lock left by a writer killed as it moved the branch (its
# mark still in the writers' lock) does not block for good
tip=$(git -C r rev-parse HEAD)
printf 'w refs/heads/main %s\n' "$tip" >r/.git/incident.lock
printf '%s\n' "$tip" >r/.git/refs/heads/main.lock
succeeds "a killed writer's branch lock is recovered from" \
	inc-note -C r "$one" "after the stale lock"
is "$(test -e r/.git/refs/heads/main.lock && echo left || echo gone)" gone "and removed"
is "$(git -C r log -1 --format=%s)" "$one: Note: after the stale lock" "the event is committed"

# git's own branch lock, however old, is never taken from it
tip=$(git -C r rev-parse HEAD)
echo 0123456789012345678901234567890123456789 >r/.git/refs/heads/main.lock
touch -d '-1 hour' r/.git/refs/heads/main.lock
fails "a branch lock git holds is waited for, then named" 1 \
	"inc-note: $TRASH/r/.git/refs/heads/main.lock: held by another git process; nothing recorded (remove it only if no git is running)" \
	inc-note -C r "$one" "while git holds the branch"
is "$(cat r/.git/refs/heads/main.lock)" 0123456789012345678901234567890123456789 \
	"the lock is left as it was"
is "$(git -C r rev-parse HEAD):$(git -C r status --porcelain)" "$tip:" \
	"nothing is recorded, and the work tree and index are as they were"
rm r/.git/refs/heads/main.lock

# nor git's index.lock: a long checkout, a commit waiting for its editor
: >r/.git/index.lock
touch -d '-1 hour' r/.git/index.lock
fails "an index.lock git holds is waited for, then named" 1 \
	"inc-note: $TRASH/r/.git/index.lock: another git process has held it for 10 seconds; nothing recorded (remove it only if no git is running)" \
	inc-note -C r "$one" "while git holds the index"
is "$(test -e r/.git/index.lock && echo left || echo gone):$(git -C r rev-parse HEAD)" \
	"left:$tip" "the lock is left, nothing is recorded"
rm r/.git/index.lock

# an index.lock a writer left (killed holding it) is recovered from
echo "incident writer 99999999" >r/.git/index.lock
succeeds "a killed writer's index.lock is recovered from" \
	inc-note -C r "$one" "after the writer's index.lock"
is "$(test -e r/.git/index.lock && echo left || echo gone):$(git -C r status --porcelain)" \
	"gone:" "and removed; the work tree and index match HEAD"

# a writer killed after moving the branch but before updating the work
# tree and index: the next writer, on any incident, brings them up to date
inc-note -C r "$one" "the killed writer's event" >/dev/null
path=$(git -C r diff --name-only HEAD~1 HEAD)
git -C r show "HEAD~1:$path" >"r/$path"
git -C r reset -q HEAD~1 -- "$path"
printf '%s' "$path" >r/.git/incident-pending
is "$(git -C r status --porcelain | wc -l | tr -d ' ')" 1 "the work tree lags behind HEAD"
succeeds "the next writer runs" inc-note -C r "$two" "next writer"
is "$(git -C r status --porcelain)" "" "and the work tree and index match HEAD again"
is "$(test -s r/.git/incident-pending && echo left || echo empty)" empty \
	"the pending list is empty"
run inc-verify -C r
like "$status:$out" "^0:verified $((total + 6)) commits, $((total + 6)) events, 2 incidents in " \
	"and inc-verify still proves the history"

done_testing
