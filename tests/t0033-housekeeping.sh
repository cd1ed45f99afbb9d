#!/bin/sh
# Housekeeping: what a killed writer leaves is swept, and loose objects
# are packed by git gc --auto without racing the writers.
. "$(dirname "$0")/lib.sh"

new_repo r
id=$(inc-open -C r "Queue backlog" 2>/dev/null)
gitdir=r/.git

# --- a writer killed holding the lock leaves its mark and temp files ---
printf w >"$gitdir/incident.lock"
: >"$gitdir/objects/tmp_object_git2_AbC123"
: >"$gitdir/incident-cache/$id.4242.tmp"
: >"$gitdir/incident-cache/$id.4343.tmp"
touch -d '1 hour' "$gitdir/incident-cache/$id.4343.tmp" # new, however slow the tool
touch -d '1 minute ago' "$gitdir/incident-cache/$id.4242.tmp"
succeeds "the next writer succeeds" inc-note -C r "Backlog at 40k"
is "$(ls "$gitdir/objects" | grep -c tmp_object_git2_)" 0 \
	"it removed the orphan object file (only a lock holder makes them)"
is "$(ls "$gitdir/incident-cache" | grep '\.tmp$')" "$id.4343.tmp" \
	"and the old orphan cache file, not a new one a reader may be writing"
is "$(wc -c <"$gitdir/incident.lock" | tr -d ' ')" 0 \
	"a writer that finishes leaves the lock unmarked"
is "$(event_field r "$id" .text)" "Backlog at 40k" "the event is recorded"
fsck_clean "git fsck --strict is clean" r
rm -f "$gitdir/incident-cache/$id.4343.tmp"

# a lock marked by a killed writer never blocks: flock died with it
printf w >"$gitdir/incident.lock"
succeeds "a marked but free lock is taken" inc-note -C r "Backlog at 38k"

# --- git gc --auto, started by the writers, alongside the writers ---
# 600 loose blobs, of which 3 (always the same) land in objects/17: git
# then estimates more than gc.auto 256 loose objects
mkdir blobs
for i in $(seq 1 600); do echo "loose $i" >blobs/$i; done
is "$(ls blobs | sed "s,^,$TRASH/blobs/," | git -C r hash-object -w --stdin-paths |
	grep -c '^17')" 3 "setup: loose objects piled up"
rm -rf blobs
git -C r config gc.auto 256
before=$(git -C r count-objects -v | sed -n 's/^packs: //p')
writer() {
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
		inc-note -C r "writer $1 note $i" >/dev/null 2>>"$TRASH/errors" ||
			echo "writer $1 note $i failed" >>"$TRASH/errors"
	done
}
for w in 1 2 3 4; do writer $w & done
wait
# gc runs detached: wait until it is done
i=0
while pgrep -f "$TRASH/r/.git/ .*gc" >/dev/null && [ $i -lt 300 ]; do
	sleep 0.1
	i=$((i + 1))
done
is "$(cat "$TRASH/errors" 2>/dev/null)" "" "60 concurrent writes: none failed"
is "$(cat r/incidents/*/*/"$id"/*.jsonl | jq -r 'select(.type == "note") | .text' |
	grep -c '^writer')" 60 "every event is there"
is "$(cat r/incidents/*/*/"$id"/*.jsonl | jq -r .id | sort | uniq -d)" "" \
	"once each"
after=$(git -C r count-objects -v | sed -n 's/^packs: //p')
if [ "$after" -gt "$before" ]; then
	ok "git gc --auto packed the loose objects ($before -> $after packs)"
else
	not_ok "git gc --auto packed the loose objects ($before -> $after packs)"
fi
fsck_clean "git fsck --strict is clean after gc" r
is "$(git -C r status --porcelain)" "" "the work tree is clean"
succeeds "and the next write succeeds" inc-note -C r "Backlog cleared"

# more packs than gc.autoPackLimit (a batch of inc-note --stdin writes
# one): git gc --auto packs them together
new_repo p
git -C p config gc.autoPackLimit 3
inc-open -C p "Many packs" >/dev/null 2>&1
for b in 1 2 3 4; do
	seq 1 40 | sed "s/^/batch $b line /" >"$TRASH/batch"
	inc-note -C p -I <"$TRASH/batch" >/dev/null 2>>"$TRASH/errors.p" ||
		echo "batch $b failed" >>"$TRASH/errors.p"
	i=0
	while pgrep -f "$TRASH/p/.git/ .*gc" >/dev/null && [ $i -lt 300 ]; do
		sleep 0.1
		i=$((i + 1))
	done
done
is "$(cat "$TRASH/errors.p" 2>/dev/null)" "" "four batches recorded"
is "$(git -C p count-objects -v | sed -n 's/^packs: //p')" 1 \
	"the fourth pack was one too many: gc packed them into one"
is "$(inc-log -C p -j | jq -r .text | grep -c '^batch')" 160 "every event is there"
fsck_clean "git fsck --strict is clean after packing packs" p

# gc.auto 0 turns it off, as in git
new_repo q
git -C q config gc.auto 0
inc-open -C q "Quiet" >/dev/null 2>&1
for i in 1 2 3 4 5 6 7 8 9 10; do inc-note -C q "note $i" >/dev/null 2>&1; done
is "$(git -C q count-objects -v | sed -n 's/^packs: //p')" 0 \
	"gc.auto 0: nothing is packed"

done_testing
