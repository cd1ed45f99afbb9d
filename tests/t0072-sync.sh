#!/bin/sh
# inc-sync: fetch, merge the logs, push, against a real git server on
# loopback; work tree and bare clones; a conflict that stops it; offline;
# a push rejected as someone pushed first; a ref locked on the server;
# a rewritten remote (F07); --watch.
. "$(dirname "$0")/lib.sh"
. "$SRC/tests/daemon.sh"

daemon_start || exit 1
served team
git clone -q "$URL/team.git" a
git clone -q "$URL/team.git" b
git clone -q --bare "$URL/team.git" c

# --- usage and a repository without a remote
new_repo lone
mkdir lone/incidents
fails "no remote to sync with" 1 \
    "inc-sync: lone: no remote to sync with (add one: git remote add origin URL)" \
    inc-sync -C lone
fails "no such remote" 1 "inc-sync: nosuch: no such remote (see git remote -v)" \
    inc-sync -C a nosuch
fails "no such remote to watch: said once, not every 10 s" 1 \
    "inc-sync: nosuch: no such remote (see git remote -v)" \
    timeout 20 inc-sync -C a -w 1 nosuch
run inc-sync -C a ""
is "$status:$(printf '%s\n' "$err" | head -1)" "2:inc-sync: remote: empty" \
    "an empty remote is a usage error, not the default one"
fails "an empty -C" 2 "inc-sync: -C: empty (a directory)" inc-sync -C ""
run inc-sync -C a origin extra
is "$status:$(printf '%s\n' "$err" | head -1)" "2:inc-sync: too many operands" \
    "two operands are a usage error"
run inc-sync -C a -w 0
is "$status:$(printf '%s\n' "$err" | head -1)" \
    "2:inc-sync: 0: not a number of seconds from 1 to 86400" \
    "--watch takes a number of seconds"

# --- one clone pushes, the other merges
id=$(inc-open -C a "Database down")
succeeds "a clone with a new event syncs" inc-sync -C a
is "$out" "origin/main: 0 events merged, 1 pushed" "and says it pushed one"
is "$(git -C "$SERVED/team.git" rev-parse main)" "$(git -C a rev-parse HEAD)" \
    "the server has the clone's branch"
is "$(git -C a rev-parse refs/incident/seen/origin/main)" \
    "$(git -C a rev-parse HEAD)" "the pushed tip is kept as seen"
succeeds "nothing new: up to date" inc-sync -C a
is "$out" "origin/main: up to date" "and says so"
succeeds "the other clone syncs" inc-sync -C b
is "$out" "origin/main: 1 event merged, 0 pushed" "and merges the event"
is "$(git -C b rev-parse HEAD)" "$(git -C a rev-parse HEAD)" \
    "by a fast-forward"
is "$(git -C b status --porcelain)" "" "its work tree and index in step"
is "$(inc-log -C b -j "$id" | jq -r .type)" "open" "the event is read there"

# --- both write, then sync: a merge, each event once
inc-note -C a "$id" "from a" >/dev/null
inc-note -C b "$id" "from b" >/dev/null
succeeds "a pushes its note" inc-sync -C a
succeeds "b merges a's note and pushes its own" inc-sync -C b
is "$out" "origin/main: 1 event merged, 1 pushed" "and says both"
is "$(git -C b rev-list --count --merges HEAD)" 1 "with a merge commit"
is "$(git -C b log -1 --format=%s)" "Merge remote-tracking branch 'origin/main'" \
    "named as git names it"
succeeds "a catches up" inc-sync -C a
is "$(git -C a rev-parse HEAD)" "$(git -C b rev-parse HEAD)" "the clones agree"
is "$(git -C a status --porcelain):$(git -C b status --porcelain)" ":" \
    "both work trees clean"
is "$(inc-log -C a -j "$id" | jq -r .id | sort | uniq -d)" "" \
    "no event twice"
is "$(inc-log -C a -j "$id" | wc -l | tr -d ' ')" 3 "all three events"
fsck_clean "git fsck --strict is clean in a" a
succeeds "inc-verify is clean in a" inc-verify -C a
succeeds "inc-verify is clean in b" inc-verify -C b

# --- a bare clone syncs too
succeeds "a bare clone syncs" inc-sync -C c
is "$(git -C c rev-parse HEAD)" "$(git -C a rev-parse HEAD)" "and is up to date"
inc-note -C c "$id" "from the bare clone" >/dev/null
succeeds "and pushes what it records" inc-sync -C c
succeeds "which the others merge" inc-sync -C a
is "$(inc-log -C a -j "$id" | jq -r 'select(.type == "note") | .text' | tail -1)" \
    "from the bare clone" "the bare clone's note reached a"
is "$(git -C a status --porcelain)" "" "a's work tree clean"

# --- a real conflict in a file that is not a log stops, changing nothing
echo "from a" >a/NOTES
git -C a add NOTES && git -C a commit -q -m "notes from a"
succeeds "a pushes its NOTES" inc-sync -C a
echo "from b" >b/NOTES
git -C b add NOTES && git -C b commit -q -m "notes from b"
before=$(git -C b rev-parse HEAD)
fails "a conflict in NOTES stops the sync" 4 \
    "inc-sync: NOTES: changed here and on origin in ways that conflict; nothing merged (merge it with git merge origin/main)" \
    inc-sync -C b
is "$(git -C b rev-parse HEAD)" "$before" "the branch did not move"
is "$(git -C b status --porcelain)" "" "the work tree and index are untouched"
test -e b/.git/MERGE_HEAD && not_ok "no merge left half done" ||
    ok "no merge left half done"
git -C b reset -q --hard HEAD~1
succeeds "once b gives up its NOTES, it syncs" inc-sync -C b
is "$(cat b/NOTES)" "from a" "with a's NOTES in its work tree"
is "$(git -C b status --porcelain)" "" "and in its index"

# --- a change in the work tree that the merge would overwrite
echo "more from a" >>a/NOTES
git -C a commit -q -a -m "more notes"
succeeds "a pushes more NOTES" inc-sync -C a
echo "scribbled" >>b/NOTES
before=$(git -C b rev-parse HEAD)
fails "a file changed in the work tree stops the merge" 1 \
    "inc-sync: NOTES: changed in the work tree and by the merge; nothing merged (commit or stash it, then sync)" \
    inc-sync -C b
is "$(git -C b rev-parse HEAD):$(tail -1 b/NOTES)" "$before:scribbled" \
    "nothing changed"
git -C b checkout -q -- NOTES
succeeds "once it is put back, b syncs" inc-sync -C b

# --- a push rejected because someone pushed first: fetched, merged, again
mkdir bin
cat >bin/git <<EOF
#!/bin/sh
# someone else pushes just before each push of clone a's
case " \$* " in *" push "*) push=1 ;; *) push= ;; esac
if [ -n "\$push" ] && [ "\$2" = "$TRASH/a/.git/" ]; then
	n=\$(cat "$TRASH/pushes" 2>/dev/null || echo 0)
	echo \$((n + 1)) >"$TRASH/pushes"
	if [ "\$n" -lt "\$(cat "$TRASH/rivals")" ]; then
		inc-note -C "$TRASH/b" "$id" "rival \$n" >/dev/null
		inc-sync -C "$TRASH/b" -q
	fi
fi
exec "$REAL_GIT" "\$@"
EOF
chmod +x bin/git
echo 1 >rivals
inc-note -C a "$id" "raced" >/dev/null
run env PATH="$TRASH/bin:$PATH" inc-sync -C a
is "$status:$err" "0:" "a push rejected once is tried again, and goes through"
is "$out" "origin/main: 1 event merged, 1 pushed" "with the rival's event merged"
is "$(cat pushes)" 2 "after two pushes"
is "$(git -C "$SERVED/team.git" rev-parse main)" "$(git -C a rev-parse HEAD)" \
    "the server has a's branch"
echo 0 >pushes
echo 100 >rivals
inc-note -C a "$id" "raced again" >/dev/null
fails "a push rejected every time gives up after five" 1 \
    "inc-sync: origin: push rejected 5 times as others pushed first; nothing lost, try again" \
    env PATH="$TRASH/bin:$PATH" inc-sync -C a
is "$(cat pushes)" 5 "after five pushes"
succeeds "the next sync delivers it" inc-sync -C a
is "$(git -C "$SERVED/team.git" log -1 --format=%s main)" \
    "Merge remote-tracking branch 'origin/main'" "merged with the rivals"
succeeds "b catches up" inc-sync -C b
is "$(inc-log -C b -j "$id" | jq -r .id | sort | uniq -d)" "" "no event twice"
succeeds "inc-verify is clean in b after the races" inc-verify -C b

# --- offline: says so in one line, exit 3, nothing changed
daemon_stop
before=$(git -C a rev-parse HEAD)
inc-note -C a "$id" "offline" >/dev/null
fails "offline, inc-sync says so" 3 \
    "inc-sync: origin: unreachable (git fetch: unable to connect to 127.0.0.1: 127.0.0.1[0: 127.0.0.1]: errno=Connection refused)" \
    inc-sync -C a
is "$(git -C a log -1 --format=%s)" "$id: Note: offline" "the event is still there"
daemon_start
succeeds "back online, the next sync delivers" inc-sync -C a
is "$out" "origin/main: 0 events merged, 1 pushed" "the offline note"

# --- a pre-push hook that refuses: said in its words, exit 1, not offline
printf '#!/bin/sh\necho "pushes need a ticket" >&2\nexit 1\n' \
    >a/.git/hooks/pre-push
chmod +x a/.git/hooks/pre-push
inc-note -C a "$id" "held by a hook" >/dev/null
fails "a pre-push hook's refusal is said in its words, not as offline" 1 \
    "inc-sync: origin: push refused: pushes need a ticket" inc-sync -C a
rm a/.git/hooks/pre-push
succeeds "without the hook, the next sync delivers" inc-sync -C a
is "$out" "origin/main: 0 events merged, 1 pushed" "the note held back"

# --- the server refuses the push (a quota, a protected branch): what it
# said last is said, made safe for the terminal, before git's reason
cat >"$SERVED/team.git/hooks/pre-receive" <<'EOF'
#!/bin/sh
cat >/dev/null
echo "see the wiki" >&2
printf 'quota: team.git is over its \033[1m1 GB\033[0m quota   \n\n' >&2
exit 1
EOF
chmod +x "$SERVED/team.git/hooks/pre-receive"
inc-note -C a "$id" "held by the quota" >/dev/null
fails "a server's refusal is said in its own words" 1 \
    "inc-sync: origin: push refused: quota: team.git is over its \\x1b[1m1 GB\\x1b[0m quota (pre-receive hook declined)" \
    inc-sync -C a
rm "$SERVED/team.git/hooks/pre-receive"
cat >"$SERVED/team.git/hooks/update" <<'EOF'
#!/bin/sh
echo "main is protected: open a merge request" >&2
exit 1
EOF
chmod +x "$SERVED/team.git/hooks/update"
fails "an update hook's words, not receive-pack's 'hook declined to update'" 1 \
    "inc-sync: origin: push refused: main is protected: open a merge request (hook declined)" \
    inc-sync -C a
rm "$SERVED/team.git/hooks/update"
succeeds "without the hooks, the next sync delivers" inc-sync -C a

# --- a reference-transaction hook of this clone that refuses the fetch (a
# shared core.hooksPath whose hook manager is not installed here): the
# remote answers, so exit 1 and the hook's words, not "unreachable", 3;
# a remote path that is not there is still offline
mkdir hooks
cat >hooks/reference-transaction <<'EOF'
#!/bin/sh
cat >/dev/null
echo "hookmgr: not installed" >&2
exit 1
EOF
chmod +x hooks/reference-transaction
git -C b config core.hooksPath "$TRASH/hooks"
fails "a hook here refusing the fetch is said, not taken for offline" 1 \
    "inc-sync: origin: fetch refused by this clone's reference-transaction hook: hookmgr: not installed (not offline)" \
    inc-sync -C b
printf '#!/bin/sh\ncat >/dev/null\nexit 1\n' >hooks/reference-transaction
fails "a hook that says nothing: git's words" 1 \
    "inc-sync: origin: fetch refused by this clone's reference-transaction hook: ref updates aborted by hook (not offline)" \
    inc-sync -C b
git -C b config --unset core.hooksPath
succeeds "without the hook, b syncs" inc-sync -C b
git clone -q "$URL/team.git" gone
git -C gone remote set-url origin "$TRASH/no-such.git"
fails "a remote path that is not there is still offline" 3 \
    "inc-sync: origin: unreachable (git fetch: Could not read from remote repository.)" \
    inc-sync -C gone

# --- a remote that answers and refuses (no credentials, as under cron,
# or a token expired: no prompt here; the repository renamed; not
# exported): said as what git says it is, exit 1, not "unreachable", 3
refuser_start || exit 1
git -C gone remote set-url origin "$REFUSER/private/team.git"
fails "credentials wanted are not offline" 1 \
    "inc-sync: origin: authentication required (git fetch: could not read Username for '$REFUSER': terminal prompts disabled)" \
    env GIT_TERMINAL_PROMPT=0 inc-sync -C gone -q
git -C gone remote set-url origin "$REFUSER/renamed.git"
fails "a repository not found is not offline" 1 \
    "inc-sync: origin: repository not found (git fetch: repository '$REFUSER/renamed.git/' not found)" \
    inc-sync -C gone
git -C gone remote set-url origin "$URL/renamed.git"
fails "nor is one the git server does not export" 1 \
    "inc-sync: origin: refused (git fetch: remote error: access denied or repository not exported: /renamed.git)" \
    inc-sync -C gone
refuser_stop

# --- a lock file a push that died on the server left there: said, naming
# it as git does, exit 1, after three pushes (a lock held a moment by
# another push is let go), not taken for a race and tried five times;
# nothing lost: once it is removed, the next sync delivers
srv=$SERVED/team.git
cat >"$srv/hooks/pre-receive" <<EOF
#!/bin/sh
cat >/dev/null
echo received >>"$TRASH/received"
EOF
chmod +x "$srv/hooks/pre-receive"
: >"$srv/refs/heads/main.lock"
inc-note -C a "$id" "held by a stale lock" >/dev/null
before=$(git -C "$srv" rev-parse main)
rm -f received
fails "a lock file left on the server is named, not taken for a race" 1 \
    "inc-sync: origin: the remote's main is locked ($srv/refs/heads/main.lock: a push that died there left it?); nothing lost (remove it on the server, then sync)" \
    inc-sync -C a
is "$(wc -l <received | tr -d ' ')" 3 "after three pushes, not five"
is "$(git -C a log -1 --format=%s):$(git -C "$srv" rev-parse main)" \
    "$id: Note: held by a stale lock:$before" \
    "the event is still here, and not on the server"
rm "$srv/refs/heads/main.lock"
succeeds "once the lock is removed, the next sync delivers" inc-sync -C a
is "$out" "origin/main: 0 events merged, 1 pushed" "the event held back"
is "$(git -C "$srv" rev-parse main)" "$(git -C a rev-parse HEAD)" \
    "the server has it"
# HEAD.lock, as HEAD names the branch pushed (its reflog is written too)
: >"$srv/HEAD.lock"
inc-note -C a "$id" "held by HEAD.lock" >/dev/null
fails "a HEAD.lock left on the server is named too" 1 \
    "inc-sync: origin: the remote's main is locked ($srv/HEAD.lock: a push that died there left it?); nothing lost (remove it on the server, then sync)" \
    inc-sync -C a
rm "$srv/HEAD.lock"
succeeds "once it is removed, the next sync delivers" inc-sync -C a
is "$out" "origin/main: 0 events merged, 1 pushed" "the event held back by it"
# a lock another push holds a moment: there for the first push, gone
# for the second
cat >"$srv/hooks/pre-receive" <<EOF
#!/bin/sh
cat >/dev/null
echo received >>"$TRASH/received"
case \$(wc -l <"$TRASH/received") in
*1) : >"$srv/refs/heads/main.lock" ;;
*) rm -f "$srv/refs/heads/main.lock" ;;
esac
EOF
rm -f received
inc-note -C a "$id" "held a moment" >/dev/null
succeeds "a lock held a moment on the server: pushed again, and through" \
    inc-sync -C a
is "$out:$(wc -l <received | tr -d ' ')" "origin/main: 0 events merged, 1 pushed:2" \
    "by a second push"
is "$(git -C "$srv" rev-parse main)" "$(git -C a rev-parse HEAD)" \
    "the server has it"
# the race as the server's ref lock says it ("cannot lock ref 'R': is at
# A but expected B": another push moved the branch while this one was
# received) is still fetched, merged and tried again
succeeds "b is up to date" inc-sync -C b -q
inc-note -C b "$id" "pushed while a's push is received" >/dev/null
git -C b push -q origin HEAD:refs/heads/rival 2>/dev/null
cat >"$srv/hooks/pre-receive" <<EOF
#!/bin/sh
cat >/dev/null
echo received >>"$TRASH/received"
[ \$(wc -l <"$TRASH/received") -eq 1 ] &&
	env -u GIT_QUARANTINE_PATH git update-ref refs/heads/main rival
exit 0
EOF
rm -f received
inc-note -C a "$id" "received while b's push lands" >/dev/null
run inc-sync -C a
is "$status:$err" "0:" "a push refused as the branch moved meanwhile is tried again"
is "$out:$(wc -l <received | tr -d ' ')" "origin/main: 1 event merged, 1 pushed:2" \
    "with the other push's event merged"
is "$(git -C "$srv" rev-parse main)" "$(git -C a rev-parse HEAD)" \
    "the server has both"
rm "$srv/hooks/pre-receive"
git -C "$srv" update-ref -d refs/heads/rival
succeeds "b catches up" inc-sync -C b -q

# --- a branch the server cannot write for a reason of its own (a full
# disk, a read-only file system): "(failed to update ref)" as after a
# race, but the server says why, and nobody pushed first: said in its
# words after one push, not tried five times as others pushed first
if [ "$(id -u)" = 0 ]; then
	served ro
	git clone -q "$URL/ro.git" ro
	heads=$SERVED/ro.git/refs/heads
	trap 'umount "$heads" 2>/dev/null; daemon_stop; settle_all; rm -rf "$TRASH"' EXIT
	if mount --bind "$heads" "$heads" && mount -o remount,ro,bind "$heads"
	then
		printf '#!/bin/sh\ncat >/dev/null\necho received >>"%s/received"\n' \
		    "$TRASH" >"$SERVED/ro.git/hooks/pre-receive"
		chmod +x "$SERVED/ro.git/hooks/pre-receive"
		rm -f received
		inc-open -C ro "Read-only server" >/dev/null 2>&1
		fails "a ref the server cannot write is said in its words, not as a race" 1 \
		    "inc-sync: origin: push refused: cannot lock ref 'refs/heads/main': Unable to create '$SERVED/ro.git/./refs/heads/main.lock': Read-only file system (failed to update ref)" \
		    inc-sync -C ro
		is "$(wc -l <received | tr -d ' ')" 1 "after one push"
		umount "$heads"
		succeeds "the server mended, the next sync delivers" inc-sync -C ro
	else
		skip "a read-only bind mount cannot be made here"
		skip "a read-only bind mount cannot be made here"
		skip "a read-only bind mount cannot be made here"
	fi
	trap 'daemon_stop; settle_all; rm -rf "$TRASH"' EXIT
else
	skip "not root: no read-only bind mount"
	skip "not root: no read-only bind mount"
	skip "not root: no read-only bind mount"
fi

# --- a shallow clone writes and syncs: the fetch deepens it, as a merge
# (and inc-verify) needs the history below it
git clone -q --depth 1 "$URL/team.git" shallow
inc-note -C a "$id" "while the shallow clone waits" >/dev/null
inc-sync -C a -q
inc-note -C shallow "$id" "from a shallow clone" >/dev/null
succeeds "a shallow clone syncs" inc-sync -C shallow
is "$out" "origin/main: 1 event merged, 1 pushed" "both ways"
is "$(git -C shallow rev-parse --is-shallow-repository)" false \
    "its history is whole now"
succeeds "and inc-verify proves it" inc-verify -C shallow

# --- a partial clone (git clone --filter) writes and syncs: libgit2
# cannot fetch the files git left on the server as git does, on demand;
# the first fetch brings all of the branch and drops the filter, so that
# every fetch after it is whole. Before that, a missing file says so.
git -C "$SERVED/team.git" config uploadpack.allowFilter true
git clone -q --filter=blob:none "$URL/team.git" partial
git clone -q --bare --filter=blob:none "$URL/team.git" partial.git
inc-note -C a "$id" "while the partial clone waits" >/dev/null
inc-sync -C a -q
run inc-verify -C partial
is "$status" 1 "inc-verify in a partial clone fails"
like "$err" '^inc-verify: incidents/[^ ]*\.jsonl: object [0-9a-f]{40}: not in this partial clone \(git clone --filter left it on origin\): run inc-sync, which fetches the rest$' \
    "and says why and what fetches the rest, not just 'object not found'"
run inc-log -C partial.git "$id"
is "$status" 1 "a reader in a bare partial clone (nothing checked out) fails"
like "$err" '^inc-log: incidents/[^ ]*\.jsonl: blob [0-9a-f]{40}: not in this partial clone \(git clone --filter left it on origin\): run inc-sync, which fetches the rest$' \
    "the same way, not as a damaged repository"
inc-note -C partial "$id" "from a partial clone" >/dev/null
succeeds "a partial clone syncs" inc-sync -C partial
is "$out" "origin/main: 1 event merged, 1 pushed" "both ways"
is "$(git -C "$SERVED/team.git" log -1 --format=%s main)" \
    "$(git -C partial log -1 --format=%s)" "its event is on the server"
is "$(git -C partial rev-list --objects --missing=print HEAD | grep -c '^?')" 0 \
    "its branch's history is whole now"
is "$(git -C partial config remote.origin.partialclonefilter || echo unset):$(git -C partial config remote.origin.promisor)" \
    "unset:true" "its filter gone (the remote still a promisor, for git)"
succeeds "and inc-verify proves it" inc-verify -C partial
fsck_clean "git fsck: the partial clone" partial
inc-note -C a "$id" "after the partial clone synced" >/dev/null
inc-sync -C a -q
succeeds "the next sync is an ordinary fetch" inc-sync -C partial
is "$out" "origin/main: 1 event merged, 0 pushed" "and merges"
succeeds "inc-verify still" inc-verify -C partial
succeeds "a bare partial clone syncs" inc-sync -C partial.git -q
succeeds "and reads" inc-log -C partial.git "$id"

# --- a full disk here: said as such in one line, exit 1 (it is not the
# remote out of reach), nothing changed; with space freed, all is merged
mkdir full
if [ "$(id -u)" = 0 ] && mount -t tmpfs -o size=1m tmpfs full 2>/dev/null
then
	trap 'umount "$TRASH/full" 2>/dev/null; daemon_stop; settle_all; rm -rf "$TRASH"' EXIT
	git clone -q "$URL/team.git" full/f
	inc-note -C full/f "$id" "written before the disk filled" >/dev/null
	for i in 1 2 3 4 5 6 7 8 9 10; do
		inc-note -C b "$id" "$(head -c 3000 /dev/urandom | base64 -w 0)" \
		    >/dev/null
	done
	inc-sync -C b -q
	dd if=/dev/zero of=full/fill bs=1k 2>/dev/null
	before=$(git -C full/f rev-parse HEAD origin/main)
	fails "a full disk fails the fetch, said as such, not as offline" 1 \
	    "inc-sync: full/f: git fetch: No space left on device (nothing fetched)" \
	    inc-sync -C full/f
	is "$(git -C full/f rev-parse HEAD origin/main)" "$before" \
	    "nothing changed"
	rm -f full/fill full/f/.git/objects/pack/tmp_pack_*
	succeeds "with space freed, it syncs" inc-sync -C full/f
	is "$out" "origin/main: 10 events merged, 1 pushed" "and merges all"
	umount full
else
	for i in 1 2 3 4; do
		skip "a tmpfs cannot be mounted here"
	done
fi

# --- F07: a rewrite pushed as delete-then-push, fetched with --prune
git -C "$SERVED/team.git" config receive.denyDeleteCurrent ignore
git clone -q "$URL/team.git" evil
succeeds "a shares its history" inc-sync -C a
inc-note -C a "$id" "we broke prod with deploy 42" >/dev/null
succeeds "a pushes the note that will be rewritten away" inc-sync -C a
git -C evil pull -q
git -C evil reset -q --hard HEAD~1
inc-note -C evil "$id" "unrelated note" >/dev/null
git -C evil push -q origin :main 2>/dev/null
git -C a fetch -q --prune
git -C evil push -q origin main
git -C a fetch -q --prune
run inc-verify -C a
is "$status" 1 "inc-verify fails on the rewritten remote"
like "$err" "refs/remotes/origin/main: history rewritten \(seen before, no longer in it\)" \
    "and names it"
fails "inc-sync refuses to merge the rewritten remote" 5 \
    "inc-sync: origin/main: history rewritten on the remote ($(git -C a rev-parse --short=12 refs/incident/seen/origin/main), seen there before, is no longer in it); nothing merged (see inc-verify)" \
    inc-sync -C a
is "$(git -C a log -1 --format=%s)" "$id: Note: we broke prod with deploy 42" \
    "a keeps its history"

# --- the remote's branch gone (its repository made again, empty, at the
# same URL): the fetch prunes its remote-tracking branch, and the sync
# pushes the branch there again (no force: there is nothing to
# overwrite), said, not "up to date" with nothing on the server
served anew
git clone -q "$URL/anew.git" re1
git clone -q "$URL/anew.git" re2
inc-open -C re1 "Disk lost on the git server" >/dev/null 2>&1
inc-sync -C re1 -q && inc-sync -C re2 -q
rm -rf "$SERVED/anew.git"
git init -q --bare "$SERVED/anew.git"
run inc-sync -C re2
is "$status:$out:$err" "0:origin/main: 0 events merged, 1 pushed:inc-sync: warning: origin/main: gone from the remote (its repository made again?): this clone's branch is pushed there again" \
    "a branch gone from the remote is pushed there again, and said"
is "$(git -C "$SERVED/anew.git" rev-parse main)" "$(git -C re2 rev-parse HEAD)" \
    "the server has it back"
succeeds "the other clone finds it there: up to date" inc-sync -C re1
is "$out" "origin/main: up to date" "and says so"

# --- --watch keeps a clone in step, and stops cleanly on a signal
git clone -q "$URL/team.git" w
inc-sync -C w -q -w 1 >watch.out 2>watch.err &
watcher=$!
inc-note -C b "$id" "seen by the wall screen" >/dev/null
inc-sync -C b -q
i=0
while [ "$(git -C w rev-parse HEAD)" != "$(git -C b rev-parse HEAD)" ] &&
    [ $i -lt 200 ]; do
	i=$((i + 1))
	sleep 0.1
done
is "$(git -C w rev-parse HEAD)" "$(git -C b rev-parse HEAD)" \
    "--watch brought the new event"
kill -TERM $watcher
wait $watcher
is "$?:$(cat watch.err)" "0:" "SIGTERM stops --watch, status 0"
inc-sync -C w -q --watch=1 >watch.out 2>watch.err &
watcher=$!
sleep 0.5
kill -INT $watcher
wait $watcher
is "$?:$(cat watch.err)" "0:" "SIGINT stops --watch, status 0"

# --- a server that takes the connection and never answers: every git of
# a sync is bounded (inc.syncTimeout), said as offline; a watch says it
# each round and goes on; SIGTERM stops the sync under way, git with it
silent_start || exit 1
git clone -q "$URL/team.git" hung
git -C hung remote set-url origin "$SILENT/team.git"
git -C hung config inc.syncTimeout 1
# no git of the clone's left running (the silent server holds its fetch)
no_git_left() {
	if pgrep -f "$TRASH/hung/.git" >/dev/null; then
		not_ok "$1"
		diag "$(pgrep -af "$TRASH/hung/.git")"
	else
		ok "$1"
	fi
}
fails "a server that never answers: the fetch is stopped, said offline" 3 \
    "inc-sync: origin: unreachable (no answer within 1000 ms to git fetch)" \
    timeout 30 inc-sync -C hung
no_git_left "and its git is stopped"
git -C w config inc.syncTimeout soon
run inc-sync -C w
is "$status:$out:$err" "0:origin/main: up to date:inc-sync: warning: inc.syncTimeout: not a whole number above 0 of seconds: using 120" \
    "an inc.syncTimeout that is no number is warned of, the default used"
git -C w config --unset inc.syncTimeout
inc-sync -C hung -q -w 1 >watch.out 2>watch.err &
watcher=$!
sleep 5
kill -TERM $watcher
wait $watcher
st=$?
is "$st:$(sort -u watch.err)" \
    "0:inc-sync: origin: unreachable (no answer within 1000 ms to git fetch)" \
    "--watch says the stopped fetch, and stops on SIGTERM, status 0"
[ "$(grep -c . watch.err)" -ge 2 ] && ok "each round tries again" ||
    not_ok "each round tries again"
no_git_left "and leaves no git behind"
git -C hung config inc.syncTimeout 60
inc-sync -C hung -w 1 >watch.out 2>watch.err &
watcher=$!
sleep 1
kill -TERM $watcher
wait $watcher
is "$?:$(cat watch.err)" "0:" \
    "SIGTERM stops a watch's fetch that would wait a minute, status 0"
no_git_left "its git stopped"
inc-sync -C hung >sync.out 2>sync.err &
syncer=$!
sleep 1
kill -TERM $syncer
wait $syncer 2>/dev/null
is "$?:$(cat sync.err)" "143:inc-sync: origin: git fetch: interrupted" \
    "SIGTERM stops inc-sync's fetch, said, and ends it by the signal"
no_git_left "its git stopped too"
# killed outright (SIGKILL, an OOM killer, a closed laptop's session),
# inc-sync cannot stop its git: the system does, as its parent dies
inc-sync -C hung >sync.out 2>sync.err &
syncer=$!
sleep 1
kill -KILL $syncer
wait $syncer 2>/dev/null
sleep 0.5
no_git_left "SIGKILL of inc-sync: its git stopped by the system"
silent_stop

# --- a watch never asks for a password: git has no terminal, as in the
# background (GIT_TERMINAL_PROMPT=0), so a watch in the background of an
# interactive shell is not stopped at git's prompt (SIGTTIN)
if command -v script >/dev/null; then
	refuser_start || exit 1
	git clone -q "$URL/team.git" locked
	git -C locked remote set-url origin "$REFUSER/private/team.git"
	cat >shell.sh <<'EOF'
set -m
inc-sync -C locked -q -w 1 >watch.out 2>watch.err &
sleep 4
jobs -l
kill -TERM %1
wait
EOF
	script -qfc "sh shell.sh" /dev/null </dev/null >tty.out 2>&1
	is "$(grep -c 'Username for\|Stopped' tty.out)" 0 \
	    "a watch in the background of a shell does not prompt, nor is stopped"
	# refused at its first sync, a watch is none (inc-sync(1)): it ends
	# with the refusal said, as a remote that does not exist does
	is "$(sed 's/ (git fetch: .*//' watch.err)" \
	    "inc-sync: origin: authentication required" \
	    "it says the refusal in one line, and ends"
	refuser_stop
else
	skip "script(1) is not installed"
	skip "script(1) is not installed"
fi

# --- a branch of one's own is no branch the team shares: said at each
# write and each sync, not acknowledged in silence
git -C b checkout -q -b wip-runbook
run inc-note -C b "$id" "rolled back deploy 4411"
is "$status:$(printf '%s\n' "$err" | tail -n 1)" \
    "0:inc-note: warning: wip-runbook: not the branch the team shares (origin's is main): what is written here reaches nobody who does not look for it (git checkout main)" \
    "a write on a branch the team does not share is warned about"
run inc-sync -C b
is "$status:$err" \
    "0:inc-sync: warning: wip-runbook: not the branch the team shares (origin's is main): what is written here reaches nobody who does not look for it (git checkout main)" \
    "and so is a sync"
git -C b checkout -q main
run inc-sync -C b
is "$status:$err" "0:" "back on the team's branch: nothing to say"

# --- a clone inc-init -u made is bare, and had no origin/HEAD, which
# git clone records: a work tree's branch there (git worktree add names
# it after its directory) was written and pushed to without a word. Now
# inc-init -u records origin/HEAD, and a clone made before it did goes
# by the team's main branch (init.defaultBranch, main or master), when
# the remote has only one of them
inc-init -u "$URL/team.git" u >/dev/null 2>&1
is "$(git -C u symbolic-ref refs/remotes/origin/HEAD)" "refs/remotes/origin/main" \
    "inc-init -u records the remote's HEAD, as git clone does"
git -C u worktree add -q ../look 2>/dev/null
run inc-note -C look "$id" "from a work tree of a bare clone"
is "$status:$(printf '%s\n' "$err" | tail -n 1)" \
    "0:inc-note: warning: look: not the branch the team shares (origin's is main): what is written here reaches nobody who does not look for it (git checkout main)" \
    "a work tree's own branch in an inc-init -u clone is warned about"
run inc-sync -C look
is "$status:$err" \
    "0:inc-sync: warning: look: not the branch the team shares (origin's is main): what is written here reaches nobody who does not look for it (git checkout main)" \
    "and so is its sync"
git -C "$SERVED/team.git" branch -q -D look
git -C u symbolic-ref -d refs/remotes/origin/HEAD
run inc-note -C look "$id" "in a clone without origin/HEAD"
is "$status:$(printf '%s\n' "$err" | tail -n 1)" \
    "0:inc-note: warning: look: not the branch the team shares (origin's is main): what is written here reaches nobody who does not look for it (git checkout main)" \
    "without origin/HEAD, the team's main branch is told by its name"
git -C u update-ref refs/remotes/origin/master "$(git -C u rev-parse refs/remotes/origin/main)"
run inc-note -C look "$id" "with main and master on the remote"
is "$status:$err" "0:" "main and master both there, no origin/HEAD: no guess"
git -C u update-ref -d refs/remotes/origin/master
git -C u worktree remove --force ../look

# --- a clock 3 minutes fast: a note written live after it is not
# backfilled, and its writer is told; 20 minutes fast does not fail
# inc-verify for everyone, over an hour does
inc-init skew.git >/dev/null 2>&1
inc-init -u "file://$TRASH/skew.git" jo >/dev/null 2>&1
inc-init -u "file://$TRASH/skew.git" zo >/dev/null 2>&1
git -C zo config user.name "Zoë O'Brien"
git -C zo config user.email zoe@example.com
sid=$(INC_NOW=2021-06-08T09:50:00Z inc-open -C jo "Global CDN disruption" 2>/dev/null)
inc-sync -q -C jo && inc-sync -q -C zo
INC_NOW=2021-06-08T10:03:00Z inc-note -C zo "$sid" "APAC POPs erroring" >/dev/null
inc-sync -q -C zo && INC_NOW=2021-06-08T10:00:20Z inc-sync -q -C jo
run env INC_NOW=2021-06-08T10:00:30Z inc-note -C jo "$sid" "paging VCL team"
is "$status:$err" "0:inc-note: warning: an event by Zoë O'Brien is 2m ahead of this machine's clock: is a clock wrong?" \
    "a note written by a clock behind the newest event's: warned of, recorded"
run env INC_NOW=2021-06-08T10:01:00Z inc-log -C jo "$sid"
is "$out" "2021-06-08 09:50:00  Ricardo Ortiz  opened (investigating): Global CDN disruption
2021-06-08 10:03:00  Zoë O'Brien  note: APAC POPs erroring
2021-06-08 10:00:30  Ricardo Ortiz  note: paging VCL team" \
    "the note written live is not marked backfilled"
is "$(inc-postmortem -C jo "$sid" | grep -c backfilled)" 0 \
    "nor in the post-mortem's timeline"
run env INC_NOW=2021-06-08T10:01:00Z inc-note -C jo -t 2021-06-08T10:00:45Z "$sid" "VCL rolled back"
run env INC_NOW=2021-06-08T10:01:00Z inc-log -C jo "$sid"
is "$(printf '%s\n' "$out" | tail -n 1)" \
    "2021-06-08 10:00:45  Ricardo Ortiz  note: VCL rolled back [backfilled]" \
    "one given an earlier time with -t still is"
INC_NOW=2021-06-08T10:04:00Z inc-note -C zo "$sid" "own clock" >/dev/null
INC_NOW=2021-06-08T10:04:10Z inc-note -C zo "$sid" "own clock again" >/dev/null
run env INC_NOW=2021-06-08T10:04:20Z inc-note -C zo "$sid" "the last"
is "$status:$err" "0:" "the writer whose own events are newest is told nothing"
inc-sync -q -C zo
INC_NOW=2021-06-08T10:25:00Z inc-note -C zo "$sid" "from a clock 20 min fast" >/dev/null
inc-sync -q -C zo
INC_NOW=2021-06-08T10:05:00Z inc-sync -q -C jo
commit=$(git -C jo log -1 --format=%H --grep="20 min fast")
file=$(git -C jo log -1 --name-only --format= "$commit")
line=$(git -C jo show "$commit:$file" | wc -l | tr -d ' ')
run env INC_NOW=2021-06-08T10:05:00Z inc-verify -C jo
is "$status:$err" "0:inc-verify: warning: $commit: $file:$line: event recorded 20m ahead of this machine's clock: is a clock wrong?" \
    "an event 20 minutes ahead of the verifier's clock is warned of, not an offence"
run env INC_NOW=2021-06-08T09:20:00Z inc-verify -C jo --full
is "$status:$(printf '%s\n' "$err" | tail -n 1)" \
    "1:inc-verify: $commit: $file:$line: event recorded in the future" \
    "one more than an hour ahead is"

# --- an event changed by hand, committed and pushed from a work tree:
# merged all the same (every clone has it), but said, exit 1
inc-init edit.git >/dev/null 2>&1
inc-init -u "file://$TRASH/edit.git" ed >/dev/null 2>&1
eid=$(inc-open -C ed "Global CDN disruption" 2>/dev/null)
inc-sync -q -C ed
git clone -q "file://$TRASH/edit.git" hand
git -C hand config user.name "Zoë O'Brien"
inc-note -C hand "$eid" "HKG caches restarted" >/dev/null
f=$(git -C hand log -1 --name-only --format=)
sed -i 's/HKG caches/HKG and HND caches/' "hand/$f"
git -C hand commit -qam "typo"
git -C hand push -q origin HEAD 2>/dev/null
typo=$(git -C hand rev-parse --short=12 HEAD)
run inc-sync -C ed
is "$status:$out:$err" "1:origin/main: 1 event merged, 0 pushed:inc-sync: $eid: an event was changed, not appended, by $typo (Zoë O'Brien): run inc-verify" \
    "a merged edit of an event is said, exit 1"
is "$(git -C ed rev-parse main)" "$(git -C hand rev-parse HEAD)" "and merged all the same"
run inc-sync -C ed
is "$status:$out:$err" "0:origin/main: up to date:" "said once: the next sync has nothing to say"
run inc-verify -C ed
is "$status:$err" "1:inc-verify: $(git -C hand rev-parse HEAD): $f:1: event edited" \
    "inc-verify names the offence"
# an event appended by hand (or by other tools) and committed with git,
# without the tools' commit message: merged, and counted as an event
tail -n 1 "hand/$f" | jq -c '.id = "01a2000000000000000000000099" | .seq += 1 |
    .text = "appended by hand"' >>"hand/$f"
git -C hand commit -qam "my note"
git -C hand push -q origin HEAD 2>/dev/null
run inc-sync -C ed
is "$status:$out" "0:origin/main: 1 event merged, 0 pushed" \
    "an event appended with plain git is counted as merged, not 'up to date'"
# a log file removed, and an event edited again, in two incidents at once:
# a line each
fid=$(inc-open -C hand "Second" 2>/dev/null)
g=$(git -C hand log -1 --name-only --format=)
git -C hand push -q origin HEAD 2>/dev/null
inc-sync -q -C ed
git -C hand rm -q "$g"
sed -i 's/HKG and HND/HKG, HND/' "hand/$f"
git -C hand commit -qam "tidy"
git -C hand push -q origin HEAD 2>/dev/null
tidy=$(git -C hand rev-parse --short=12 HEAD)
run inc-sync -C ed -q
is "$status:$(printf '%s\n' "$err" | sort)" "1:$(printf '%s\n' \
    "inc-sync: $eid: an event was changed, not appended, by $tidy (Zoë O'Brien): run inc-verify" \
    "inc-sync: $fid: an event was changed, not appended, by $tidy (Zoë O'Brien): run inc-verify" | sort)" \
    "an event removed too, a line for each incident, -q or not"
# a reader that merges as it fetches says it, as a warning
git -C ed config inc.autoSync true
sed -i 's/HKG, HND/HKG + HND/' "hand/$f"
git -C hand commit -qam "again"
git -C hand push -q origin HEAD 2>/dev/null
again=$(git -C hand rev-parse --short=12 HEAD)
run env INC_NOW=2020-01-01T00:00:00Z inc-ls -C ed # the last fetch "in the future": fetched again
is "$status:$err" "0:inc-ls: warning: $eid: an event was changed, not appended, by $again (Zoë O'Brien): run inc-verify" \
    "a reader's merge says it too"
# so does one given the incident: inc-log ID, inc-brief ID (a colleague's
# `git revert` of a pushed event, merged and shown without a word)
for reader in inc-log inc-brief; do
	git -C hand pull -q --no-rebase 2>/dev/null # what ed pushed since
	git -C hand revert --no-edit HEAD >/dev/null
	git -C hand push -q origin HEAD 2>/dev/null
	rev=$(git -C hand rev-parse --short=12 HEAD)
	# fetched long ago
	touch -d 2000-01-01 "$(git -C ed rev-parse --absolute-git-dir)/incident-fetch-tried"
	run $reader -C ed "$eid"
	is "$status:$err" "0:$reader: warning: $eid: an event was changed, not appended, by $rev (Zoë O'Brien): run inc-verify" \
	    "$reader ID: the merge of a reverted event is said"
done
git -C ed config inc.autoSync false

# --- the same events on both sides by other commits (a pushed event
# commit amended, one's own pushed events rebased, an event commit
# cherry-picked): the log merges as an append, each event once
inc-init same.git >/dev/null 2>&1
git clone -q "file://$TRASH/same.git" am
git clone -q "file://$TRASH/same.git" bo
git -C bo config user.name "Bo Chen"
aid=$(inc-open -C am "Queue backlog" 2>/dev/null)
inc-note -C am "$aid" "n1: draining the queue" >/dev/null
inc-sync -q -C am
inc-sync -q -C bo
echo "- failover runbook link" >am/notes.md
git -C am add notes.md
git -C am commit -q --amend --no-edit # the event's line untouched
inc-note -C am "$aid" "n2: queue drained" >/dev/null
amf=$(git -C am ls-files incidents | grep 'jsonl$')
run inc-sync -C am
is "$status:$out:$err" "0:origin/main: 0 events merged, 1 pushed:" \
    "a pushed event commit amended merges: the remote's log a prefix of this one"
is "$(git -C am rev-parse HEAD)" "$(git --git-dir=same.git rev-parse main)" \
    "and is pushed"
is "$(git --git-dir=same.git show "main:$amf" | jq -r .text | tail -n 2 | tr '\n' /)" \
    "n1: draining the queue/n2: queue drained/" "with the later event"
is "$(git --git-dir=same.git show "main:$amf" | jq -r .id | sort | uniq -d)" "" \
    "each event once"
run inc-sync -C bo
is "$status:$out:$err" "0:origin/main: 1 event merged, 0 pushed:" \
    "the other clone merges the one new event"
# one's own pushed events rebased: the commit below them reworded
echo "- paging policy" >>am/notes.md
git -C am commit -q -am "notes"
inc-note -C am "$aid" "n3" >/dev/null
inc-note -C am "$aid" "n4" >/dev/null
inc-sync -q -C am
pushed=$(git -C am rev-parse HEAD)
GIT_SEQUENCE_EDITOR="sed -i '1 s/^pick/reword/'" \
    GIT_EDITOR="sed -i '1 s/.*/notes: runbook and paging/'" \
    git -C am rebase -q -i HEAD~3 >/dev/null
is "$(git -C am merge-base --is-ancestor "$pushed" HEAD; echo $?)" 1 \
    "pushed events rebased"
inc-note -C am "$aid" "n5" >/dev/null
run inc-sync -C am
is "$status:$out:$err" "0:origin/main: 0 events merged, 1 pushed:" \
    "one's own pushed events rebased merge, and only the new one is pushed"
is "$(git --git-dir=same.git show "main:$amf" | jq -r .text | tail -n 3 | tr '\n' /)" \
    "n3/n4/n5/" "each event once, in order"
inc-sync -q -C bo
# an event commit fetched and cherry-picked before the sync
inc-note -C am "$aid" "n6" >/dev/null
inc-note -C am "$aid" "n7" >/dev/null
inc-sync -q -C am
git -C bo fetch -q
git -C bo cherry-pick origin/main~1 >/dev/null
is "$(git -C bo show HEAD:"$amf" | jq -r .text | tail -n 1)" "n6" \
    "an event commit cherry-picked"
inc-note -C bo "$aid" "from bo" >/dev/null
run inc-sync -C bo
is "$status:$out:$err" "0:origin/main: 1 event merged, 1 pushed:" \
    "merges, the cherry-picked event counted once"
is "$(git --git-dir=same.git show "main:$amf" | jq -r .text | tail -n 2 | tr '\n' /)" \
    "n6/n7/" "each event once"
succeeds "inc-verify is clean" inc-verify -C bo
fsck_clean "git fsck --strict is clean" bo
# an event edited beside one appended still conflicts, and the advice
# keeps the events of both sides
inc-sync -q -C am
sed -i '$ s/"n7"/"n7, consumers back"/' "bo/$amf"
git -C bo commit -q -am "typo"
git -C bo push -q origin HEAD 2>/dev/null
inc-note -C am "$aid" "n8" >/dev/null
before=$(git -C am rev-parse HEAD)
fails "an event edited on one side, one appended on the other: a conflict" 4 \
    "inc-sync: $amf: changed here and on origin in ways that conflict; nothing merged (merge it with git merge origin/main; keep every line of both sides: each is an event)" \
    inc-sync -C am
is "$(git -C am rev-parse HEAD):$(git -C am status --porcelain)" "$before:" \
    "nothing changed"

# --- a lock file a git killed outright left on this clone's
# remote-tracking branch: named, exit 1, not said offline (the server
# answers); removed, the next sync goes on
inc-init lk.git >/dev/null 2>&1
inc-init -u "file://$TRASH/lk.git" lk >/dev/null 2>&1
git -C lk config inc.autoSync false
lid=$(inc-open -C lk "Search slow" 2>/dev/null)
inc-sync -q -C lk
inc-note -C lk "$lid" "index rebuilt" >/dev/null
: >lk/refs/remotes/origin/main.lock
fails "pushed, the remote-tracking branch locked: said, not offline" 1 \
    "inc-sync: $TRASH/lk/refs/remotes/origin/main.lock: held by another git process; pushed, but not marked so here (remove it only if no git is running)" \
    inc-sync -C lk
is "$(git -C lk.git log -1 --format=%s main)" "$lid: Note: index rebuilt" "the event is on the server"
inc-init -u "file://$TRASH/lk.git" lk2 >/dev/null 2>&1
inc-note -C lk2 "$lid" "replica promoted" >/dev/null 2>&1
inc-sync -q -C lk2
fails "a stale lock of the remote-tracking branch is named, not said offline" 1 \
    "inc-sync: $TRASH/lk/refs/remotes/origin/main.lock: held by another git process; nothing fetched (remove it only if no git is running)" \
    inc-sync -C lk
rm lk/refs/remotes/origin/main.lock
run inc-sync -C lk
is "$status:$out" "0:origin/main: 1 event merged, 0 pushed" "removed, the sync goes on"

done_testing
