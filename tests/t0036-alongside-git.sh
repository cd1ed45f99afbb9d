#!/bin/sh
# What a colleague may do with git in the same repository while the tools
# write: commit other files, reset and check out, run git gc, hold the
# index with an editor open. Every event a tool reported is at HEAD
# exactly once, nothing unreported is, and git fsck and inc-verify pass.
# Also: an opener's fast clock, a stray file, Ctrl-C, and git's hooks.
. "$(dirname "$0")/lib.sh"
export INC_NO_FSYNC=1

# writers N K DIR ID PREFIX: N writers of K notes each, in the background;
# each note a writer reported goes to $TRASH/acked
writers() {
	w=1
	while [ "$w" -le "$1" ]; do
		(
			k=1
			while [ "$k" -le "$2" ]; do
				inc-note -C "$3" "$4" "$5 w$w k$k" >/dev/null \
				    2>>"$TRASH/errors" && echo "$5 w$w k$k" >>"$TRASH/acked"
				k=$((k + 1))
			done
		) &
		w=$((w + 1))
	done
}

# stop_after_writers PID: once every other background job is done, the
# loop PID runs is told to stop
stop_after_writers() {
	while [ "$(jobs -p | wc -l)" -gt 1 ]; do
		wait "$(jobs -p | grep -v "^$1$" | head -n 1)" 2>/dev/null
	done
	touch "$TRASH/stop"
	wait
}

# check NAME DIR ID PREFIX: every note reported is at HEAD once, and only those
check() {
	inc-log -C "$2" -j "$3" | jq -r 'select(.type == "note") | .text' |
	    grep "^$4 " | sort >"$TRASH/have"
	grep "^$4 " "$TRASH/acked" | sort >"$TRASH/want"
	if cmp -s "$TRASH/have" "$TRASH/want" && [ -s "$TRASH/want" ]; then
		ok "$1: all $(wc -l <"$TRASH/want" | tr -d ' ') notes reported are at HEAD once, no other"
	else
		not_ok "$1: the notes reported are at HEAD once, no other"
		diag "$(diff "$TRASH/want" "$TRASH/have" | head -5)" \
		    "$(sort "$TRASH/errors" | uniq -c | head -5)"
	fi
	fsck_clean "$1: fsck is clean" "$2"
	run inc-verify -C "$2"
	is "$status" 0 "$1: inc-verify proves the history"
	[ "$status" = 0 ] || diag "$err"
}

: >"$TRASH/acked"
: >"$TRASH/errors"

# a person commits other files in a loop in the same work tree
new_repo w
mkdir w/incidents
echo draft >w/postmortem.md
git -C w add postmortem.md
git -C w commit -qm "post-mortem draft"
id=$(inc-open -C w "Alongside git" 2>/dev/null)
writers 3 15 w "$id" commit
(
	i=0
	while [ ! -e "$TRASH/stop" ]; do
		i=$((i + 1))
		echo "$i" >>w/postmortem.md
		git -C w commit -qam "post-mortem: draft $i" >/dev/null 2>&1
	done
) &
stop_after_writers $!
check "a colleague's git commit in a loop" w "$id" commit
git -C w commit -qam "post-mortem: last draft" >/dev/null
is "$(git -C w status --porcelain)" "" "the work tree and index match HEAD"
like "$(git -C w log --format=%s --grep=post-mortem: | wc -l)" "^ *[1-9]" \
	"and the colleague's commits went in too"

# a colleague resets the index and checks out the work tree in a loop
rm -f "$TRASH/stop"
writers 3 15 w "$id" reset
(
	while [ ! -e "$TRASH/stop" ]; do
		git -C w reset -q >/dev/null 2>&1
		git -C w checkout -q -- . >/dev/null 2>&1
	done
) &
stop_after_writers $!
check "git reset and git checkout in a loop" w "$id" reset
is "$(git -C w status --porcelain)" "" "the work tree and index match HEAD"

# git gc, repack, pack-refs and prune, at git's default prune age
git init -q --bare b
bid=$(inc-open -C b "Alongside gc" 2>/dev/null)
rm -f "$TRASH/stop"
writers 3 15 b "$bid" gc
(
	seq 1 40 | sed 's/^/gc stream /' | inc-note -C b -I "$bid" 2>>"$TRASH/errors" |
	    sed 's/^Note: //' >>"$TRASH/acked"
) &
(
	i=0
	while [ ! -e "$TRASH/stop" ]; do
		i=$((i + 1))
		case $((i % 4)) in
		0) git -C b gc -q ;;
		1) git -C b repack -q -a -d ;;
		2) git -C b pack-refs --all ;;
		3) git -C b prune ;;
		esac 2>/dev/null
	done
) &
stop_after_writers $!
check "git gc racing writers" b "$bid" gc

# a git commit in the moment between the commit and the index: it is
# refused (index.lock), and the event stays (strace widens the moment)
path=$(git -C w ls-files incidents | head -n 1)
strace -f -qq -o /dev/null -P "$TRASH/w/$path.inc-tmp" -e trace=openat \
    -e inject=openat:delay_enter=1500000 \
    inc-note -C w "$id" "failing over db-3" >/dev/null 2>&1 &
sleep 0.7
echo more >>w/postmortem.md
git -C w commit -qam "post-mortem: during the write" >/dev/null 2>"$TRASH/git-err"
gst=$?
wait
is "$gst:$(grep -c 'index.lock' "$TRASH/git-err")" "128:1" \
	"a git commit while the index is taken is refused by git"
is "$(git -C w status --porcelain)" " M postmortem.md" \
	"the event is at HEAD, in the index and work tree; only the colleague's edit waits"
git -C w commit -qam "post-mortem: again"
run inc-log -C w "$id"
like "$out" "note: failing over db-3" "the colleague's next commit keeps the event"
run inc-verify -C w
is "$status" 0 "inc-verify proves it"

# the file a writer killed outright leaves (a log being written beside
# it, *.inc-tmp) is one git ignores: not shown, not taken by git add -A
# and pushed to the team
cp "w/$path" "w/$path.inc-tmp"
is "$(git -C w status --porcelain)" "" "a writer's file left being written: git status shows nothing"
git -C w add -A
is "$(git -C w diff --cached --name-only)" "" "nor does git add -A take it"
rm "w/$path.inc-tmp"

# a git commit with its editor open holds index.lock: a writer waits for
# it, never removes it, and both land
echo edit >>w/postmortem.md
GIT_EDITOR='sleep 2; echo "post-mortem: edited" >' git -C w commit -qa \
    >/dev/null 2>"$TRASH/git-err" &
sleep 0.5
[ -e w/.git/index.lock ] && ok "git commit holds index.lock with its editor open" ||
	not_ok "git commit holds index.lock with its editor open"
succeeds "a writer waits for it" inc-note -C w "$id" "while the editor is open"
wait
is "$(git -C w log -2 --format=%s | sort | tr '\n' '|')" \
	"$id: Note: while the editor is open|post-mortem: edited|" \
	"the colleague's commit and the event both land, in turn"
is "$(git -C w status --porcelain)" "" "the work tree and index match HEAD"

# an opener whose clock is 5 minutes fast locks nobody out
new_repo k
mkdir k/incidents
fast=$(date -u -d '+5 min' +%Y-%m-%dT%H:%M:%SZ)
kid=$(INC_NOW=$fast inc-open -C k "Fast clock" 2>/dev/null)
succeeds "a responder whose clock is behind the opener's can write" \
	inc-note -C k "$kid" "db is at 100% cpu"
early=$(date -u -d "$fast -20 min" +%Y-%m-%dT%H:%M:%SZ)
fails "an event 20 minutes before the open is refused" 1 \
	"inc-note: $kid: $early is before the incident was opened ($fast)" \
	inc-note -C k -t "$early" "$kid" "too early"
# the allowance is for clocks: a time a person gives is taken as given
opened=$(date -u -d '-10 min' +%Y-%m-%dT%H:%M:%SZ)
gid=$(inc-open -C k -t "$opened" "Given times" 2>/dev/null)
given=$(date -u -d "$opened -1 min" +%Y-%m-%dT%H:%M:%SZ)
fails "a given time a minute before the open is refused" 1 \
	"inc-note: $gid: $given is before the incident was opened ($opened)" \
	inc-note -C k -t "$given" "$gid" "a minute early"

# a file that starts with the writer's id is not a chunk to add to
writer=$(git -C k config inc.writer)
dir=$(dirname "$(git -C k ls-files incidents | head -n 1)")
printf 'scratch notes\n' >"k/$dir/$writer-scratch.txt"
git -C k add "$dir"
git -C k commit -qm "scratch notes"
succeeds "a note next to a stray file" inc-note -C k "$kid" "next"
is "$(cat "k/$dir/$writer-scratch.txt")" "scratch notes" "the stray file is left alone"
is "$(git -C k show --stat --format= HEAD | grep -c "$writer-000001.jsonl")" 1 \
	"the note went to the writer's chunk"

# interrupted while a slow hook runs: the event was announced before the
# hooks (SIGTERM, as a shell's background job ignores SIGINT; the tools
# treat SIGINT, SIGTERM, SIGHUP and SIGQUIT alike)
git config --global inc.hook.slow 'sleep 5'
inc-note -C k "$kid" "db-3 failed over" >"$TRASH/int-out" 2>/dev/null &
pid=$!
sleep 1
kill -TERM "$pid"
wait "$pid"
is "$?:$(cat "$TRASH/int-out")" "143:Note: db-3 failed over" \
	"interrupted during the hooks, the tool has said what it recorded"
git config --global --unset inc.hook.slow
# and while it waits for another writer: nothing is recorded
before=$(git -C k rev-parse HEAD)
flock k/.git/incident.lock sleep 3 &
sleep 0.3
inc-note -C k "$kid" "never recorded" >/dev/null 2>&1 &
pid=$!
sleep 0.5
kill -TERM "$pid"
wait "$pid"
is "$?:$(git -C k rev-parse HEAD)" "143:$before" \
	"interrupted while waiting for the lock, nothing is recorded"
wait

# the git gc --auto the writers start never runs a repository hook
printf '#!/bin/sh\ntouch "%s/hook-ran"\nexit 1\n' "$TRASH" >k/.git/hooks/pre-auto-gc
chmod +x k/.git/hooks/pre-auto-gc
git -C k config gc.autoPackLimit 1
for b in 1 2 3; do
	seq 1 40 | inc-note -C k -I "$kid" >/dev/null
done
sleep 2
is "$(test -e hook-ran && echo ran || echo not)" not \
	"the repository's pre-auto-gc hook is not run"


# a hand edit of the writer's own log file, not committed yet, is not
# written over: refused, nothing recorded, the edit kept
new_repo h
mkdir h/incidents
hid=$(inc-open -C h "Global CDN disruption" 2>/dev/null)
inc-note -C h "$hid" "HKG caches restarted" >/dev/null
f=$(git -C h log -1 --name-only --format=)
echo '{"my":"draft line"}' >>"h/$f"
tip=$(git -C h rev-parse HEAD)
fails "an edit of the log file not committed: refused" 1 \
	"inc-note: $f: changed in the work tree and not committed (commit it, or undo it, first)" \
	inc-note -C h "$hid" "HND caches restarted"
is "$(git -C h rev-parse HEAD):$(git -C h status --porcelain)" "$tip: M $f" \
	"nothing recorded, the edit kept"
is "$(grep -c 'draft line' "h/$f")" 1 "the draft line is in the file still"
printf 'a\nb\n' >lines
fails "and by a batch, each line" 1 \
	"inc-note: stdin:1: $f: changed in the work tree and not committed (commit it, or undo it, first)
inc-note: stdin:2: $f: changed in the work tree and not committed (commit it, or undo it, first)" \
	inc-note -C h -I "$hid" <lines
is "$(git -C h rev-parse HEAD):$(grep -c 'draft line' "h/$f")" "$tip:1" \
	"a batch records nothing either, the edit kept"
git -C h checkout -q -- "$f"
echo scratch >"h/${f%/*}/notes.txt"
succeeds "undone, the note is recorded; a file of someone's beside it is no matter" \
	inc-note -C h "$hid" "HND caches restarted"
is "$(git -C h status --porcelain)" "?? ${f%/*}/notes.txt" "the index in step"

# --- core.autocrlf: git checks the logs out with CRLF; a file git sees
# unchanged (through its filters) is no hand edit, one it sees changed is
new_repo crlf
git -C crlf config core.autocrlf true
cid=$(inc-open -C crlf "API down" 2>/dev/null)
inc-note -C crlf "$cid" "failing over" >/dev/null 2>&1
inc-note -C crlf "$cid" "failover done" >/dev/null 2>&1
cb=$(git -C crlf symbolic-ref --short HEAD)
git -C crlf checkout -q HEAD~1 && git -C crlf checkout -q "$cb"
cf=$(git -C crlf log -1 --name-only --format=)
like "$(tr -cd '\r' <"crlf/$cf" | wc -c)" '[1-9]' "setup: the log is checked out with CRLF"
is "$(git -C crlf status --porcelain)" "" "setup: git sees no change"
run inc-note -C crlf "$cid" "error rate back to normal"
is "$status:$err" "0:" "a log git sees unchanged is written to"
sed -i 's/failover done/failover done by hand/' "crlf/$cf"
fails "one git sees changed is refused" 1 \
	"inc-note: $cf: changed in the work tree and not committed (commit it, or undo it, first)" \
	inc-note -C crlf "$cid" "writing on"

# --- a filter git stores the logs through (filter=lfs, from a `git lfs
# track "*.jsonl"` meant for other files): git would see every log as
# changed, and a `git commit -a` would store an LFS pointer as the log.
# Refused in one line, nothing recorded; the logs exempted, recorded.
new_repo lfs
lid=$(inc-open -C lfs "Checkout fails" 2>/dev/null)
git -C lfs config filter.lfs.clean 'echo "version https://git-lfs.github.com/spec/v1"'
git -C lfs config filter.lfs.smudge cat
printf '*.jsonl filter=lfs diff=lfs merge=lfs -text\n' >lfs/.gitattributes
git -C lfs add .gitattributes && git -C lfs commit -qm "track data files with LFS"
lf=$(git -C lfs ls-files incidents | head -1)
lhead=$(git -C lfs rev-parse HEAD)
fails "a filter the logs go through is refused, saying the fix" 1 \
	"inc-note: $lf: git stores it through filter=lfs (.gitattributes), not as written: add the line 'incidents/** -filter' to .gitattributes first" \
	inc-note -C lfs "$lid" "rolled back deploy 4411"
is "$(git -C lfs rev-parse HEAD):$(git -C lfs show HEAD:"$lf" | cmp - "lfs/$lf" && echo same)" \
	"$lhead:same" "nothing recorded, the log as it was"
run inc-open -C lfs "Search fails"
like "$status:$out:$err" "^1::inc-open: incidents/.*\\.jsonl: git stores it through filter=lfs " \
	"so is a new incident's"
echo 'incidents/** -filter' >>lfs/.gitattributes
git -C lfs commit -qam "the logs as written"
run inc-note -C lfs "$lid" "rolled back deploy 4411"
is "$status:$(git -C lfs status --porcelain)" "0:" "exempted, the note is recorded and git status stays clean"

# --- a sparse index (git sparse-checkout --sparse-index, index.sparse),
# which libgit2 can neither read nor write: a writer, and inc-sync's
# merge, refuse in one line that names it and the fix, not a log file,
# and change nothing; with the index full again, both work
git init -q --bare team.git
git clone -q team.git sp 2>/dev/null
spid=$(inc-open -C sp "Payments failing" 2>/dev/null)
mkdir sp/docs && echo "# failover" >sp/docs/runbook.md
git -C sp add docs && git -C sp commit -qm "runbook"
git -C sp push -q origin main
git clone -q team.git sp2
inc-note -C sp2 "$spid" "gateway timeouts" >/dev/null
inc-sync -C sp2 -q
git -C sp sparse-checkout set --cone --sparse-index docs
is "$(git -C sp status --porcelain)" "" "setup: a sparse index, git status clean"
sphead=$(git -C sp rev-parse HEAD)
fails "a writer refuses a sparse index, saying so and the fix" 1 \
	"inc-note: $TRASH/sp/.git/index: a sparse index, which the tools cannot read; nothing recorded (git sparse-checkout set --no-sparse-index)" \
	inc-note -C sp "$spid" "card declines up"
is "$(git -C sp rev-parse HEAD)" "$sphead" "nothing recorded"
is "$(git -C sp status --porcelain)" "" "the work tree and index as they were"
is "$(ls sp/.git | grep -c 'index.lock\|incident-index')$(cat sp/.git/incident-pending 2>/dev/null)" \
	"0" "no lock, copy of the index or pending path left"
fails "inc-sync refuses it too, naming no log file" 1 \
	"inc-sync: $TRASH/sp/.git/index: a sparse index, which the tools cannot read; nothing merged (git sparse-checkout set --no-sparse-index)" \
	inc-sync -C sp -q
is "$(git -C sp rev-parse HEAD)" "$sphead" "nothing merged"
git -C sp sparse-checkout set --no-sparse-index
run inc-note -C sp "$spid" "card declines up"
is "$status:$err" "0:" "with a full index, a writer writes"
succeeds "and inc-sync merges" inc-sync -C sp -q
is "$(inc-log -C sp -j "$spid" | jq -r 'select(.type == "note") | .text' | sort | tr '\n' ,)" \
	"card declines up,gateway timeouts," "both notes there"
is "$(git -C sp status --porcelain)" "" "the work tree and index in step"
is "$(git -C team.git rev-parse main)" "$(git -C sp rev-parse HEAD)" "and pushed"
fsck_clean "git fsck: the sparse checkout" sp
succeeds "inc-verify" inc-verify -C sp

done_testing
