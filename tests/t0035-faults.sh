#!/bin/sh
# Faults injected into a write: an error at each write, fsync, rename,
# link and open an event makes (strace -e inject; among them the write of
# the commit object, whose error libgit2 1.5's git_commit_create drops),
# and a full disk at many fill levels. Whatever fails, an event is either recorded, reported (exit 0)
# and at HEAD once, or not recorded and reported as a failure in one
# line; the repository stays clean for git fsck and inc-verify, and the
# work tree and index match HEAD. Standard output lost once the event is
# recorded (a pipe whose reader has gone, /dev/full) is a failure said
# with "(the event is recorded)", the event at HEAD once and its hooks
# run.
. "$(dirname "$0")/lib.sh"

# the note a run wrote, if any: how many times it is at HEAD
notes() {
	inc-log -C "$1" -j "$2" | jq -r 'select(.type == "note") | .text' |
	    grep -c -x -F -- "$3"
}

# inject KIND DIR SYSCALL ERRNO N: the Nth such call of a note fails;
# sets $fired (0 when the note made fewer calls), and checks the outcome
inject() {
	kind=$1 dir=$2 call=$3 errno=$4 n=$5
	text="$call $n"
	before=$(git -C "$dir" rev-parse HEAD)
	# LeakSanitizer cannot run under ptrace: no leak check here
	ASAN_OPTIONS=$ASAN_OPTIONS:detect_leaks=0 \
	    strace -f -qq -o "$TRASH/trace" -e trace="$call" \
	    -e inject="$call:error=$errno:when=$n" \
	    inc-note -C "$dir" "$id" "$text" >"$TRASH/.out" 2>"$TRASH/.err"
	status=$?
	fired=$(grep -c INJECTED "$TRASH/trace")
	[ "$fired" -gt 0 ] || return 0
	# a failed write to stdout or stderr comes after the event is recorded
	grep INJECTED "$TRASH/trace" | grep -q "$call([12]," && return 0
	after=$(git -C "$dir" rev-parse HEAD)
	count=$(notes "$dir" "$id" "$text")
	lines=$(wc -l <"$TRASH/.err" | tr -d ' ')
	if [ "$status" -eq 0 ] && [ "$count" = 1 ] &&
	    [ "$(git -C "$dir" rev-list --count "$before..$after")" = 1 ]; then
		good=$((good + 1))
	elif [ "$status" -eq 1 ] && [ "$count" = 0 ] && [ "$before" = "$after" ] &&
	    [ "$lines" = 1 ] && grep -q "^inc-note: " "$TRASH/.err"; then
		good=$((good + 1))
	else
		bad=$((bad + 1))
		diag "$kind: $call #$n ($errno): status $status, at HEAD $count times, HEAD $before -> $after" \
		    "$(cat "$TRASH/.err")"
	fi
	if ! git -C "$dir" fsck --strict --no-progress >"$TRASH/.fsck" 2>&1 ||
	    ! inc-verify -C "$dir" >/dev/null 2>"$TRASH/.verify"; then
		bad=$((bad + 1))
		diag "$kind: $call #$n: fsck or inc-verify" "$(cat "$TRASH/.fsck" "$TRASH/.verify")"
	fi
	# out of step after the branch moved: index.lock is kept, so that no
	# git commit takes the stale index, and the next write mends it
	if [ "$kind" = "work tree" ] && [ -n "$(git -C "$dir" status --porcelain)" ]; then
		if [ -e "$dir/.git/index.lock" ] &&
		    inc-note -C "$dir" "$id" "mended $call $n" >/dev/null 2>&1 &&
		    [ -z "$(git -C "$dir" status --porcelain)" ]; then
			kept=$((kept + 1))
		else
			bad=$((bad + 1))
			diag "$kind: $call #$n: git status" "$(git -C "$dir" status --porcelain)"
		fi
	fi
}

git init -q --bare bare
new_repo tree
mkdir tree/incidents
for kind in bare "work tree"; do
	dir=bare
	[ "$kind" = bare ] || dir=tree
	id=$(inc-open -C "$dir" "Injected faults" 2>/dev/null)
	inc-note -C "$dir" "$id" "a first note" >/dev/null
	good=0 bad=0 tried=0 kept=0
	for spec in write:ENOSPC fsync:EIO rename:EIO link:EIO openat:EMFILE; do
		call=${spec%:*} errno=${spec#*:}
		n=1
		while [ "$n" -le 80 ]; do
			inject "$kind" "$dir" "$call" "$errno" "$n"
			[ "$fired" -gt 0 ] || break
			tried=$((tried + 1))
			n=$((n + 1))
		done
	done
	is "$bad" 0 "$kind: each of $tried injected faults records the event whole or not at all, and says so"
	[ "$kind" = bare ] || diag "index.lock kept and mended $kept times"
	[ "$good" -gt 40 ] && ok "$kind: the faults reached the write ($good outcomes checked)" ||
		not_ok "$kind: the faults reached the write ($good outcomes checked)"
done

# a full disk, at many fill levels and event sizes (root only: a tmpfs)
mkdir full
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=3M tmpfs full 2>/dev/null; then
	trap 'umount "$TRASH/full" 2>/dev/null; rm -rf "$TRASH"' EXIT
	new_repo full/r
	mkdir full/r/incidents
	fid=$(inc-open -C full/r "Disk full" 2>/dev/null)
	bad=0 recorded=0 refused=0
	for size in 10 3000 20000; do
		for leave in 0 4 16 28 36 44 52 64 96; do
			rm -f full/filler
			free=$(df -k --output=avail full | tail -1)
			[ $((free - leave)) -gt 0 ] &&
			    head -c $(((free - leave) * 1024)) /dev/zero >full/filler 2>/dev/null
			text="s$size-l$leave-$(head -c "$size" /dev/zero | tr '\0' x)"
			before=$(git -C full/r rev-parse HEAD)
			inc-note -C full/r "$fid" "$text" >/dev/null 2>"$TRASH/.err"
			status=$?
			rm -f full/filler
			after=$(git -C full/r rev-parse HEAD)
			count=$(notes full/r "$fid" "$text")
			if [ "$status" = 0 ] && [ "$count" = 1 ]; then
				recorded=$((recorded + 1))
			elif [ "$status" = 1 ] && [ "$count" = 0 ] &&
			    [ "$before" = "$after" ] &&
			    [ "$(wc -l <"$TRASH/.err")" -eq 1 ]; then
				refused=$((refused + 1))
			else
				bad=$((bad + 1))
				diag "size $size, $leave KiB left: status $status, at HEAD $count times" \
				    "$(cat "$TRASH/.err")"
			fi
			st=$(git -C full/r status --porcelain)
			if [ -n "$st" ] ||
			    ! git -C full/r fsck --strict --no-progress >/dev/null 2>&1; then
				bad=$((bad + 1))
				diag "size $size, $leave KiB left: status [$st], or fsck" \
				    "$(git -C full/r fsck --strict 2>&1 | head -3)"
			fi
		done
	done
	is "$bad" 0 "a full disk: $recorded notes recorded, $refused refused in one line, nothing half done"
	[ "$refused" -gt 0 ] && ok "and the disk was full for some ($refused)" ||
		not_ok "and the disk was full for some ($refused)"
	run inc-verify -C full/r
	is "$status" 0 "inc-verify proves the history after the full disk"
	umount full
else
	ok "# skip a full disk needs root and a tmpfs"
	ok "# skip a full disk needs root and a tmpfs"
	ok "# skip a full disk needs root and a tmpfs"
fi

# a write over the file-size limit (ulimit -f, as LimitFSIZE or a quota
# sets): EFBIG, said in one line, exit 1, nothing changed, where SIGXFSZ
# killed the writer without a word (status 153), its *.inc-tmp and git's
# index.lock left behind. A big random note (deflate cannot shrink it)
# fails at its blob, libgit2 saying no more than "git error" of it; a
# small one in a work tree whose index is big fails at the index's copy.
new_repo lim
mkdir lim/incidents lim/junk
for i in $(seq 1 2000); do echo "$i" >"lim/junk/a-file-with-a-long-name-$i"; done
git -C lim add junk && git -C lim commit -qm junk
lid=$(inc-open -C lim "Over the limit" 2>/dev/null)
big=$(head -c 30000 /dev/urandom | od -An -tx1 | tr -d ' \n')
bad=0
for case in 20:big 40:big 80:big 100:small 300:small; do
	blocks=${case%:*} text=small
	[ "${case#*:}" = big ] && text=$big
	before=$(git -C lim rev-parse HEAD)
	(ulimit -f "$blocks" && exec inc-note -C lim "$lid" "$text") \
	    >/dev/null 2>"$TRASH/.err"
	status=$?
	err=$(cat "$TRASH/.err")
	case "$status:$(wc -l <"$TRASH/.err"):$err" in
	"1:1:inc-note: "*": File too large; nothing recorded") ;;
	*) bad=$((bad + 1)); diag "ulimit -f $case: status $status" "$err" ;;
	esac
	if [ "$(git -C lim rev-parse HEAD)" != "$before" ] ||
	    [ -n "$(git -C lim status --porcelain --ignored)" ] ||
	    [ -e lim/.git/index.lock ] || [ -e lim/.git/incident-index ]; then
		bad=$((bad + 1))
		diag "ulimit -f $case: left changed" "$(git -C lim status --porcelain --ignored)"
	fi
done
is "$bad" 0 "over ulimit -f: each write fails with 'File too large; nothing recorded', exit 1, nothing left behind"
run inc-note -C lim "$lid" "$big"
is "$status:$(notes lim "$lid" "$big")" "0:1" "the same note recorded once the limit is gone"
fsck_clean "git fsck after the refused writes" lim

# a git gc alongside prunes an empty objects/xx between libgit2 making
# it and moving an object into it (link, then rename: ENOENT): written
# again, recorded
new_repo gc
mkdir gc/incidents
gid=$(inc-open -C gc "Pruned" 2>/dev/null)
ASAN_OPTIONS=$ASAN_OPTIONS:detect_leaks=0 \
    strace -f -qq -o "$TRASH/trace" -e trace=link,rename \
    -e inject=link:error=ENOENT:when=1 -e inject=rename:error=ENOENT:when=1 \
    inc-note -C gc "$gid" "after a gc" >"$TRASH/.out" 2>"$TRASH/.err"
is "$?:$(grep -c INJECTED "$TRASH/trace"):$(cat "$TRASH/.err")" "0:2:" \
    "an object's directory gone under it: written again, the note recorded"
is "$(notes gc "$gid" "after a gc")" 1 "once"

# stdout lost once the event is recorded: a pipe whose reader has gone
# (inc-sitrep | mail, mail failing at once) or a full disk. The event is
# at HEAD once, its hooks run, it is pushed, and the tool says in one
# line that it is recorded, exit 1, where SIGPIPE killed it (141) with
# nothing said, before its hooks and its push: a retry recorded it twice.

# lost_reader CMD...: CMD with stdout a pipe whose reader has gone
# before CMD starts; sets $status and $err
lost_reader() {
	rm -f "$TRASH/.gone"
	{
		while [ ! -e "$TRASH/.gone" ]; do sleep 0.1; done
		"$@" 2>"$TRASH/.err"
		echo $? >"$TRASH/.status"
	} | { exec <&-; : >"$TRASH/.gone"; }
	status=$(cat "$TRASH/.status")
	err=$(cat "$TRASH/.err")
}

# at_head DIR SUBJECT: how many of DIR's commits have that subject
at_head() {
	git -C "$1" log --format=%s | grep -c -x -F -- "$2"
}

# pushed DIR: its HEAD reaches the remote, pushed in the background
pushed() {
	_i=0
	while [ "$(git -C "$1" rev-parse HEAD)" != \
	    "$(git -C "$1" rev-parse origin/main 2>/dev/null)" ] && [ $_i -lt 100 ]; do
		sleep 0.1
		_i=$((_i + 1))
	done
	is "$(git --git-dir=lost.git rev-parse main)" "$(git -C "$1" rev-parse HEAD)" "$2"
}

git init -q --bare lost.git
new_repo lost
git -C lost remote add origin "$TRASH/lost.git"
git -C lost config inc.autoSync true
lid=$(inc-open -C lost "API errors in EU" 2>/dev/null)
: >"$TRASH/channel"
git config --global inc.hook.channel "jq -c . >>'$TRASH/channel'"
# a hook's own pipe ends as anywhere: SIGPIPE is at its default there
git config --global inc.hook.pipe "yes | head -n 1 >/dev/null"
before=$(commits lost)
lost_reader inc-sitrep -C lost -b "API errors in EU" -i "All EU customers" \
    -d "Rolling back"
is "$status:$err" "1:@all: Sitrep: API errors in EU
inc-sitrep: stdout: Broken pipe (the event is recorded)" \
    "a sitrep whose reader has gone: recorded, said so in one line, exit 1"
is "$(commits lost):$(at_head lost "$lid: Sitrep: API errors in EU")" \
    "$((before + 1)):1" "the sitrep is at HEAD once"
is "$(jq -r .type "$TRASH/channel")" sitrep "its hook ran"
pushed lost "and it is pushed"

before=$(commits lost)
fails "a note to a full disk: recorded, said so in one line, exit 1" 1 \
    "inc-note: stdout: No space left on device (the event is recorded)" \
    sh -c 'inc-note -C lost "$1" "checked the disks" >/dev/full' - "$lid"
is "$(commits lost):$(at_head lost "$lid: Note: checked the disks")" \
    "$((before + 1)):1" "the note is at HEAD once"
is "$(jq -r .text "$TRASH/channel" | tail -n 1)" "checked the disks" "its hook ran"
pushed lost "and it is pushed"

before=$(commits lost)
lost_reader sh -c 'printf "%s\n" "first of two" "second of two" |
    inc-note -C lost -I "$1"' - "$lid"
is "$status:$err" "1:inc-note: stdout: Broken pipe (the events are recorded)" \
    "notes from stdin whose reader has gone: each recorded, said once"
is "$(commits lost):$(at_head lost "$lid: Note: first of two"):$(at_head lost "$lid: Note: second of two")" \
    "$((before + 2)):1:1" "both notes are at HEAD once"
is "$(jq -r .text "$TRASH/channel" | tail -n 2 | tr '\n' '|')" \
    "first of two|second of two|" "their hooks ran"
git config --global --unset inc.hook.channel
git config --global --unset inc.hook.pipe

# a reader whose reader has gone ends as cat does: quietly, by SIGPIPE
lost_reader cat "$SRC/man/incident.7"
if [ "$status:$err" = "141:" ]; then
	new_repo quiet
	qid=$(inc-open -C quiet "Read to the end" 2>/dev/null)
	lost_reader inc-log -C quiet "$qid"
	is "$status:$err" "141:" "a reader whose reader has gone ends quietly, as cat does"
else
	skip "SIGPIPE is ignored where the tests run (cat: $status)"
fi

done_testing
