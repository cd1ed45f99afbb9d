#!/bin/sh
# Batches: when 32 or more lines wait on inc-note --stdin, up to 256 of
# them are recorded together, one commit each still, in one pack and one
# move of the branch. Fewer are recorded one by one, as they arrive.
. "$(dirname "$0")/lib.sh"

new_repo r
id=$(inc-open -C r "Alert storm" 2>/dev/null)
packs() { find r/.git/objects/pack -name '*.pack' | wc -l | tr -d ' '; }
moves() {
	git -C r reflog show --format=%gs "$(git -C r symbolic-ref HEAD)" | wc -l |
	    tr -d ' '
}

# --- 31 lines waiting: not a batch; 32: one
seq 1 31 | sed 's/^/alert /' >"$TRASH/31"
before=$(commits r) moved=$(moves)
succeeds "31 lines are recorded" sh -c 'inc-note -C r -I <"$1"' - "$TRASH/31"
is "$(commits r):$(packs):$(moves)" "$((before + 31)):0:$((moved + 31))" \
	"31 lines: a commit each, loose objects, the branch moved 31 times"
seq 1 32 | sed 's/^/alarm /' >"$TRASH/32"
before=$(commits r) moved=$(moves)
succeeds "32 lines are recorded" sh -c 'inc-note -C r -I <"$1"' - "$TRASH/32"
is "$(commits r):$(packs):$(moves)" "$((before + 32)):1:$((moved + 1))" \
	"32 lines: a commit each, in one pack, the branch moved once"
is "$(git -C r reflog show --format=%gs -n 1 "$(git -C r symbolic-ref HEAD)")" \
	"incident: 32 events" "the reflog says how many events the move recorded"
is "$out" "$(sed 's/^/Note: /' "$TRASH/32")" \
	"each note is announced, in order, once the batch is recorded"
is "$(git -C r log -n 32 --reverse --format=%s | sed 's/^[^:]*: //')" \
	"$(sed 's/^/Note: /' "$TRASH/32")" "one commit a note, in order"
is "$(git -C r log -n 32 --format='%(trailers:key=Event-Id,valueonly)' |
    grep -v '^$' | sort -u | wc -l | tr -d ' ')" 32 "each its own event"
is "$(git -C r log -n 32 --format=%H | while read -r c; do
	git -C r diff-tree --no-commit-id -r --numstat "$c" | cut -f 1,2
    done | sort -u)" "1	0" "each commit adds exactly one line"
is "$(inc-log -C r -j | tail -n 32 | jq -r .text)" "$(cat "$TRASH/32")" \
	"inc-log reads them in order"
succeeds "inc-verify accepts the batch" inc-verify -C r

# --- the pack holds what the batch made, not the history: other incidents'
# chunks and trees are left out of it, whatever their number
new_repo h
for n in 1 2 3 4 5 6 7 8; do inc-open -C h "Past $n" >/dev/null 2>&1; done
hid=$(inc-open -C h "Pager storm" 2>/dev/null)
was=$(git -C h rev-parse HEAD)
seq 1 40 | sed 's/^/page /' >"$TRASH/40"
succeeds "40 lines are recorded" \
	sh -c 'inc-note -C h -I "$1" <"$2"' - "$hid" "$TRASH/40"
is "$(git show-index <"$(ls h/.git/objects/pack/*.idx)" | cut -d ' ' -f 2 |
    sort)" "$(git -C h rev-list --objects "$was..HEAD" | cut -d ' ' -f 1 |
    sort)" \
	"the batch's pack holds exactly the objects its commits brought"
is "$(git -C r status --porcelain)" "" "the work tree is in step"
fsck_clean "git fsck --strict is clean" r

# --- 300 lines: a batch of 256, then one of 44; a refused line in between
{ seq 1 99; printf 'bad \001 line\n'; seq 101 300; } >"$TRASH/300"
before=$(commits r) moved=$(moves) packed=$(packs)
run sh -c 'inc-note -C r -I <"$1"' - "$TRASH/300"
is "$status:$err" "1:inc-note: stdin:100: note: contains a control character" \
	"a refused line in a batch is named, and the status says so"
is "$(commits r):$(packs):$(moves)" \
	"$((before + 299)):$((packed + 2)):$((moved + 2))" \
	"the other 299 are recorded: batches of 256 and 43, two packs, two moves"
is "$(inc-log -C r -j | tail -n 299 | jq -r .text | tr '\n' ' ')" \
	"$(grep -v bad "$TRASH/300" | tr '\n' ' ')" "all in order"
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 299 "each announced"

# --- hooks run after the batch is recorded, once an event, in order (with
# time to spare: 40 runs of jq and git log on a loaded machine)
git config --global inc.hookTimeout 60
git config --global inc.hook.log "jq -r .text >>'$TRASH/hooked'; git -C \
'$TRASH/r' log --format=%s --grep=\"Event-Id: \$INC_EVENT_ID\" >>'$TRASH/hooked.seen'"
seq 1 40 | sed 's/^/hooked /' >"$TRASH/40"
succeeds "a batch with a hook" sh -c 'inc-note -C r -I <"$1"' - "$TRASH/40"
git config --global --unset inc.hook.log
git config --global --unset inc.hookTimeout
is "$(cat "$TRASH/hooked")" "$(cat "$TRASH/40")" \
	"the hook ran once an event, in order"
is "$(wc -l <"$TRASH/hooked.seen" | tr -d ' '):$(sort -u "$TRASH/hooked.seen" |
    wc -l | tr -d ' ')" "40:40" \
	"each hook found its event committed at HEAD when it ran"

# --- a batch that cannot be written: its notes recorded one by one
new_repo f
inc-open -C f "Pack trouble" >/dev/null 2>&1
rmdir f/.git/objects/pack
: >f/.git/objects/pack # no directory for the batch's pack
seq 1 40 | sed 's/^/retried /' >"$TRASH/retry"
run sh -c 'inc-note -C f -I <"$1"' - "$TRASH/retry"
is "$status" 0 "a batch that fails is recorded note by note"
is "$err" "inc-note: warning: stdin:1-40: objects/pack: Not a directory \
(recording each note on its own)" "one line says so"
is "$(commits f)" 41 "all 40 notes are recorded"
is "$(inc-log -C f -j | tail -n 40 | jq -r .text)" "$(cat "$TRASH/retry")" \
	"once each, in order"
rm -f f/.git/objects/pack
mkdir f/.git/objects/pack
fsck_clean "git fsck --strict is clean after the retry" f

# --- streams and single writers at once: nothing lost, nothing mixed
before=$(commits r)
for w in 1 2; do
	seq 1 150 | sed "s/^/stream $w line /" >"$TRASH/stream$w"
	sh -c 'inc-note -C r -I <"$1" >/dev/null' - "$TRASH/stream$w" &
done
for i in 1 2 3 4 5 6 7 8 9 10; do
	inc-note -C r "single $i" >/dev/null &
done
wait
is "$(commits r)" "$((before + 310))" "two streams of 150 and 10 writers: 310 commits"
for w in 1 2; do
	is "$(inc-log -C r -j | jq -r .text | grep "^stream $w ")" \
	    "$(cat "$TRASH/stream$w")" "stream $w: every line, in its order"
done
succeeds "inc-verify accepts them" inc-verify -C r
is "$(git -C r status --porcelain)" "" "the work tree is in step"
fsck_clean "git fsck --strict is clean after them" r

# --- a stream killed mid-batch: nothing of that batch, the rest intact
seq 1 2000 | sed 's/^/killed /' >"$TRASH/2000"
before=$(commits r)
sh -c 'exec inc-note -C r -I <"$1" >/dev/null' - "$TRASH/2000" &
pid=$!
sleep 0.5
kill -KILL "$pid" 2>/dev/null
wait "$pid" 2>/dev/null
added=$(($(commits r) - before))
is "$((added % 256))" 0 "only whole batches of 256 are recorded ($added)"
succeeds "the next writer is not held up" inc-note -C r "after the kill"
succeeds "inc-verify accepts what is recorded" inc-verify -C r
fsck_clean "git fsck --strict is clean after the kill" r

done_testing
