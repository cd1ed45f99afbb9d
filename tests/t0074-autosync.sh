#!/bin/sh
# Auto-sync (inc.autoSync, on by default where there is a remote): a
# write pushes in the background and never waits for the network nor
# fails because of it; a reader fetches first, within a bound, and says
# how fresh its copy is when it is not; a merge left in the work tree is
# named by every reader.
. "$(dirname "$0")/lib.sh"
. "$SRC/tests/daemon.sh"

git config --global --unset inc.autoSync # the default: on
daemon_start || exit 1
served team
git clone -q "$URL/team.git" a
git clone -q "$URL/team.git" b
git clone -q --bare "$URL/team.git" c

# --- online: a write is pushed, a reader fetches it
id=$(inc-open -C a "Checkout errors" 2>/dev/null)
settle a
is "$(git -C "$SERVED/team.git" rev-parse main)" "$(git -C a rev-parse HEAD)" \
    "a write is pushed in the background"
is "$(git -C a rev-parse refs/incident/seen/origin/main)" \
    "$(git -C a rev-parse HEAD)" "and its tip kept as seen"
run inc-ls -C b
is "$status:$err" "0:" "a reader in another clone fetches first, and says nothing"
like "$out" "^$id +investigating" "and lists the new incident"
is "$(git -C b status --porcelain)" "" "its work tree in step"
run inc-ls -C c
like "$status:$out" "^0:$id" "a bare clone's reader fetches too"
inc-note -C b "$id" "from b" >/dev/null
inc-note -C c "$id" "from c" >/dev/null
settle b
settle c
touch -d "1 minute ago" a/.git/incident-fetch-tried
run inc-log -C a "$id"
is "$status:$err" "0:" "a reader in a fetches and merges both"
is "$(inc-log -C a -j "$id" | jq -r 'select(.type == "note") | .text' | sort |
    tr '\n' ' ')" "from b from c " "both notes are there"
settle a
is "$(git -C "$SERVED/team.git" rev-parse main)" "$(git -C a rev-parse HEAD)" \
    "and the merge is pushed"
git -C b config inc.autoSync false
inc-note -C b "$id" "kept here" >/dev/null
settle b
is "$(git -C "$SERVED/team.git" log -1 --format=%s main | grep -c 'kept here')" 0 \
    "inc.autoSync false: a write is not pushed"
git -C b config --unset inc.autoSync
inc-sync -C b -q

# --- a drill with the clock pinned in the past (INC_NOW): the last
# fetch, on the real clock, is "in the future", and as old as it is far
id_drill=$(inc-open -C a "Drill: search errors" 2>/dev/null)
settle a
touch b/.git/incident-fetch-tried
run env INC_NOW=2020-01-01T10:00:00Z inc-ls -C b
like "$out" "$id_drill" "INC_NOW in the past: a reader still fetches"
inc-state -C a "$id_drill" resolved >/dev/null 2>&1
settle a

# --- a writer given an id opened on another clone, not fetched yet
id2=$(inc-open -C a "Git errors" 2>/dev/null)
settle a
touch -d "1 minute ago" c/incident-fetch-tried
run inc-status -C c "$id2" "We are investigating errors on git pushes."
is "$status" 0 "a writer fetches an incident it does not have, and records"
is "$(git -C c log -1 --format=%s)" "$id2: Customer update (Investigating): We are investigating errors on git pushes." \
    "the update is recorded for it"
settle c
touch -d "1 minute ago" a/.git/incident-fetch-tried
run inc-state -C a "$id2"
like "$out" "customers +last update" "the other clone sees the update"
inc-state -C a "$id2" resolved >/dev/null 2>&1
settle a
# the same, right after a fetch (within the seconds a reader trusts it)
id3=$(inc-open -C a "Pages errors" 2>/dev/null)
settle a
touch c/incident-fetch-tried
run inc-status -C c "$id3" "We are investigating errors on Pages."
is "$status" 0 "a writer fetches an incident it does not have, however fresh its copy"
inc-state -C a "$id3" resolved >/dev/null 2>&1
settle a
inc-sync -C b -q
inc-sync -C c -q

# --- command handed over on one clone a moment ago: the new IC's first
# decisions on another clone, which has not fetched it, are checked
# again once it has (refused on authority, a writer fetches), not
# refused naming the old IC nor recorded as forced
id4=$(inc-open -C a "Login errors" 2>/dev/null)
settle a
inc-sync -C b -q
git -C b config user.name "Дмитрий Петров"
git -C b config user.email dmitry@example.com
inc-handoff -C a "$id4" ic "Дмитрий Петров <dmitry@example.com>" >/dev/null 2>&1
settle a
touch b/.git/incident-fetch-tried
run inc-state -C b "$id4" major
is "$status:$err" "0:" "the new IC's state change, on a clone behind the hand-over: recorded"
is "$(inc-log -C b -j "$id4" 2>/dev/null | jq -r 'select(.type == "state") | "\(.state) \(.force // false)"')" \
    "major false" "not forced"
run inc-handoff -C b "$id4" comms "Zoë Ødegaard-Núñez <zoe@example.com>"
is "$status" 0 "and the roles he assigns"
is "$(inc-state -C b "$id4" 2>/dev/null | grep -c '^conflict')" 0 \
    "no conflict where none was"
settle b
inc-sync -C a -q
run inc-state -C a "$id4" resolved
is "$status:$err" "1:inc-state: $id4: only the incident commander (Дмитрий Петров) can change its state; --force overrides and is recorded" \
    "the IC who handed over is refused, naming the new one, after fetching"
inc-state -C b "$id4" resolved >/dev/null
git -C b config --unset user.name
git -C b config --unset user.email
settle b
inc-sync -C a -q
inc-sync -C c -q

# --- the briefing a hand-over prints for the incoming holder, and a
# sitrep sent, are made from a copy fetched first, as a reader's: not
# one without the customer update and the comms posted a minute ago on
# another clone
id5=$(inc-open -C a "Webhook delays" 2>/dev/null)
settle a
inc-sync -C b -q
inc-status -C b "$id5" "Webhooks are delayed by up to 10 minutes. We are investigating. No workaround yet. Next update in 30 minutes." >/dev/null 2>&1
inc-handoff -C b "$id5" comms "Chris Stolt <chris@example.com>" >/dev/null 2>&1
settle b
touch -d "1 minute ago" a/.git/incident-fetch-tried
run inc-handoff -C a "$id5" ic "Dana Smith <dana@example.com>"
like "$out" "Webhooks are delayed by up to 10 minutes" \
    "the new IC's briefing has the update posted a minute ago on another clone"
settle a
touch -d "1 minute ago" b/.git/incident-fetch-tried
git -C b config user.name "Dana Smith"
git -C b config user.email dana@example.com
run inc-sitrep -C b "$id5" -b "Webhooks delayed" -i "All webhooks" -d "Investigating"
like "$out" "IC +Dana Smith" "the new IC's sitrep, on a clone behind the hand-over, names the new IC"
like "$out" "Comms +Chris Stolt" "and comms"
inc-state -C b "$id5" resolved >/dev/null 2>&1
git -C b config --unset user.name
git -C b config --unset user.email
settle b
inc-sync -C a -q
inc-sync -C c -q

# --- a push under way: readers say the events are being pushed, not
# that they are not; the server's pre-receive hook holds the push until
# this test lets it go (fifos: nothing timed)
settle a
settle b
settle c
mkfifo begun go
cat >"$SERVED/team.git/hooks/pre-receive" <<EOF
#!/bin/sh
cat >/dev/null
if [ -p "$TRASH/go" ]; then
	echo begun >"$TRASH/begun"
	read -r line <"$TRASH/go"
fi
exit 0
EOF
chmod +x "$SERVED/team.git/hooks/pre-receive"
inc-note -C a "$id" "pushed slowly" >/dev/null
# (a bound only so that a push that never comes fails, not hangs)
if timeout 300 sh -c 'read -r line <begun'; then
	ok "the write's background push reaches the server, and is held there"
else
	not_ok "the write's background push reaches the server, and is held there"
fi
# the last fetch pinned to now: the readers do not fetch, and say only this
touch -d 2030-01-01T12:00:00Z a/.git/incident-fetched a/.git/incident-fetch-tried
INC_NOW=2030-01-01T12:00:00Z run inc-ls -C a
is "$status:$err" "0:inc-ls: 1 event being pushed to origin/main" \
    "while the push is under way, a reader says the event is being pushed"
INC_NOW=2030-01-01T12:00:00Z run inc-state -C a -j "$id"
is "$status:$err:$(printf '%s\n' "$out" | jq -c .unpushed)" \
    "0:inc-state: 1 event being pushed to origin/main:1" \
    "so does inc-state -j, whose unpushed still counts it"
INC_NOW=2030-01-01T12:00:00Z run inc-publish -C a -q "$TRASH/held-site"
is "$status:$err" "0:" \
    "inc-publish -q (cron) says nothing of a push under way: all is well"
INC_NOW=2030-01-01T12:00:00Z run inc-publish -C a "$TRASH/held-site"
like "$err" "^inc-publish: 1 event being pushed to origin/main" \
    "without -q it says it"
printf 'go\n' 1<>go
rm -f go begun "$SERVED/team.git/hooks/pre-receive"
settle a
is "$(git -C "$SERVED/team.git" log -1 --format=%s main | grep -c 'pushed slowly')" 1 \
    "once let go, the push delivers the event"
touch -d 2030-01-01T12:00:00Z a/.git/incident-fetched a/.git/incident-fetch-tried
INC_NOW=2030-01-01T12:00:00Z run inc-ls -C a
is "$status:$err" "0:" "and a reader has nothing to say"

# --- offline: writes succeed at once; readers say how fresh they are
daemon_stop
run inc-note -C a "$id" "written offline"
is "$status:$out:$err" "0:Note: written offline:" \
    "offline, a write succeeds, and says nothing of the network"
run inc-state -C a "$id" confirmed
is "$status:$err" "0:" "so does a state change"
settle a
gitdir=a/.git
rm -f $gitdir/logs/refs/remotes/origin/main $gitdir/FETCH_HEAD
touch -d 2030-01-01T11:48:00Z $gitdir/incident-fetched
touch -d 2030-01-01T11:59:58Z $gitdir/incident-fetch-tried
export INC_NOW=2030-01-01T12:00:00Z
unreachable="origin: unreachable (git fetch: unable to connect to 127.0.0.1: 127.0.0.1[0: 127.0.0.1]: errno=Connection refused)"
run inc-ls -C a
is "$status:$err" \
    "0:inc-ls: as of fetch 12m ago; 2 events not pushed to origin/main (the last sync: $unreachable)" \
    "offline, inc-ls says how fresh its copy is, in one line"
like "$out" "^$id +confirmed" "and lists the local copy"
run inc-state -C a -j "$id"
is "$(printf '%s\n' "$out" | jq -c '[.fetched_at, .unpushed]')" \
    '["2030-01-01T11:48:00Z",2]' "inc-state -j says it with fetched_at and unpushed"
run inc-ls -C a -j
is "$(printf '%s\n' "$out" | jq -c '[.fetched_at, .unpushed]')" \
    '["2030-01-01T11:48:00Z",2]' "so does each line of inc-ls -j"
touch -d 2030-01-01T11:50:00Z $gitdir/incident-fetch-tried
run inc-sitrep -C a --due
is "$status:$err" \
    "1:inc-sitrep: as of fetch 12m ago ($unreachable); 2 events not pushed to origin/main (the last sync: $unreachable)" \
    "a reader whose fetch fails says so, and answers from the local copy (a sitrep is due: 1)"
unset INC_NOW

# --- back online: the next write's sync delivers everything
daemon_start
inc-note -C a "$id" "back online" >/dev/null
settle a
is "$(git -C "$SERVED/team.git" log --format=%s main | grep -c 'written offline\|back online\|Confirmed')" 3 \
    "the next write delivers what was written offline"
touch -d "1 minute ago" b/.git/incident-fetch-tried
run inc-state -C b -j "$id"
is "$status:$(printf '%s\n' "$out" | jq -r '.state, .unpushed')" \
    "0:confirmed
0" "and a reader elsewhere sees it, with nothing unpushed"

# --- a lock file a push that died on the server left there: the
# background sync keeps why it failed, as it keeps any failure, and a
# reader says it; once the lock is removed, the next write delivers
: >"$SERVED/team.git/refs/heads/main.lock"
inc-note -C a "$id" "behind a stale lock" >/dev/null
settle a
locked="origin: the remote's main is locked ($SERVED/team.git/refs/heads/main.lock: a push that died there left it?); nothing lost (remove it on the server, then sync)"
is "$(cat a/.git/incident-sync-failed)" "$locked" \
    "the background sync keeps why it failed"
run inc-ls -C a
is "$status:$err" "0:inc-ls: 1 event not pushed to origin/main (the last sync: $locked)" \
    "and a reader says it"
rm "$SERVED/team.git/refs/heads/main.lock"
inc-note -C a "$id" "lock removed" >/dev/null
settle a
is "$(git -C "$SERVED/team.git" log --format=%s main | grep -c 'behind a stale lock\|lock removed')" 2 \
    "once it is removed, the next write delivers both"
test -e a/.git/incident-sync-failed && not_ok "and the failure is forgotten" ||
    ok "and the failure is forgotten"

# --- a server that does not answer: the reader gives up within its bound
silent_start || exit 1
git -C b remote set-url origin "$SILENT/team.git"
rm -f b/.git/FETCH_HEAD
touch -d 2030-01-01T11:48:00Z b/.git/incident-fetched
touch -d 2030-01-01T11:50:00Z b/.git/incident-fetch-tried
INC_NOW=2030-01-01T12:00:00Z run timeout 30 inc-ls -C b
is "$status:$err" \
    "0:inc-ls: as of fetch 12m ago (origin: unreachable (no answer within 1000 ms to git fetch))" \
    "a fetch that hangs is stopped, and the reader answers from its copy"
like "$out" "^$id" "with the incidents"
silent_stop

# --- a server that answers and refuses (credentials wanted, as under
# cron): the reader says why, not "unreachable"
refuser_start || exit 1
git -C b remote set-url origin "$REFUSER/private/team.git"
touch -d 2030-01-01T11:50:00Z b/.git/incident-fetch-tried
INC_NOW=2030-01-01T12:00:00Z run inc-ls -C b
is "$status:$err" \
    "0:inc-ls: as of fetch 12m ago (origin: authentication required (git fetch: could not read Username for '$REFUSER': terminal prompts disabled))" \
    "a fetch refused by the remote is said as such, and the reader answers"
refuser_stop
git -C b remote set-url origin "$URL/team.git"

# --- a merge left conflicted in the work tree is named by every reader
git config --global inc.autoSync false
echo "from a" >a/NOTES
git -C a add NOTES && git -C a commit -q -m "notes from a" && git -C a push -q
echo "from b" >b/NOTES
git -C b add NOTES && git -C b commit -q -m "notes from b"
git -C b pull -q --no-rebase >/dev/null 2>&1
merging="warning: a merge is in progress (MERGE_HEAD): the logs shown are HEAD's, without what is being merged; finish the merge (git merge --continue) or abort it (git merge --abort)"
for tool in "inc-ls" "inc-state $id" "inc-log $id" "inc-postmortem $id"; do
	set -- $tool
	run "$1" -C b ${2:-}
	is "$status:$err" "0:$1: $merging" "$1 names the merge left in the work tree"
done
git config --global --unset inc.autoSync
touch -d "1 minute ago" b/.git/incident-fetch-tried
before=$(git -C b rev-parse HEAD)
run inc-ls -C b
is "$err" "inc-ls: $merging" "with auto-sync on too"
is "$(git -C b rev-parse HEAD)" "$before" "whose merge does not touch a half-done one"
fails "inc-sync refuses to merge over it" 1 \
    "inc-sync: b: a git merge (or another git operation) is in progress in the work tree; nothing merged (finish or abort it first)" \
    inc-sync -C b
git -C b merge --abort
git -C b reset -q --hard HEAD~1
succeeds "once it is aborted, inc-sync goes on" inc-sync -C b -q

# --- a writer given no id, none active here: it fetches before it says
# there is none, or takes the one resolved a moment ago
inc-state -C a "$id" resolved >/dev/null 2>&1
settle a
inc-sync -C c -q
id4=$(inc-open -C a "Search errors" 2>/dev/null)
settle a
touch c/incident-fetch-tried
run inc-note -C c "search index rebuilding"
is "$status:$out" "0:Note: search index rebuilding" \
    "a writer given no id fetches when none is active here"
is "$(git -C c log -1 --format=%s)" "$id4: Note: search index rebuilding" \
    "and records in the incident just opened elsewhere, not the one resolved a moment ago"
settle c
inc-state -C a "$id4" resolved >/dev/null 2>&1
settle a
inc-sync -C c -q
id5=$(inc-open -C a "Login errors" 2>/dev/null)
settle a
touch c/incident-fetch-tried
run inc-handoff -C c comms "Chris Stolt <chris@example.com>"
is "$status:$(printf '%s\n' "$out" | head -1)" "0:@all: Comms -> Chris Stolt" \
    "so does one that takes no incident resolved a while ago (a hand-off)"
is "$(git -C c log -1 --format=%s)" "$id5: Comms -> Chris Stolt" "recorded in it"
settle c

# --- an alert on two monitoring hosts: inc-open --key fetches first, so
# the second finds the incident the first opened seconds before
ka=$(inc-open -C a --key "EdgeConnFail/us-east-1" "Websocket failures" 2>/dev/null)
settle a
touch c/incident-fetch-tried
run inc-open -C c --key "EdgeConnFail/us-east-1" "Websocket failures"
is "$status:$out:$err" "0:$ka:inc-open: EdgeConnFail/us-east-1: open already as $ka; nothing recorded" \
    "inc-open --key on another clone finds it, though its last fetch is a second old"
inc-state -C a "$ka" resolved >/dev/null 2>&1
settle a
inc-sync -C c -q

# --- inc-publish is a reader: the page has what other clones recorded
inc-status -C a "$id5" -i major "Logins fail for some users. We are investigating. There is no workaround yet. Next update in 30 minutes." >/dev/null 2>&1
settle a
touch -d "1 minute ago" c/incident-fetch-tried
run inc-publish -C c -q site
is "$status:$err" "0:" "inc-publish in another clone fetches first, and says nothing"
is "$(jq -r '.incidents[0] | "\(.name) \(.impact)"' site/api/v2/incidents.json)" \
    "Login errors major" "and publishes the update recorded there"
settle c

# --- an event changed by hand, pushed, then merged by a background sync:
# the next reader says it once, as inc-sync would have
git clone -q "$URL/team.git" hand
inc-note -C hand "$id5" "HKG caches restarted" >/dev/null 2>&1
settle hand
inc-sync -C a -q
hf=$(git -C hand log -1 --name-only --format=)
sed -i 's/HKG caches/HKG and HND caches/' "hand/$hf"
git -C hand -c inc.autoSync=false commit -qam "typo"
git -C hand push -q origin HEAD 2>/dev/null
typo=$(git -C hand rev-parse --short=12 HEAD)
inc-note -C a "$id5" "HND caches restarted" >/dev/null
settle a
is "$(git -C a log -1 --format=%H)" "$(git -C a rev-parse origin/main)" \
    "a background sync merged the changed event"
touch a/.git/incident-fetch-tried
run inc-ls -C a
is "$status:$err" "0:inc-ls: warning: $id5: an event was changed, not appended, by $typo (Ricardo Ortiz): run inc-verify" \
    "the next reader says what it merged"
run inc-ls -C a
is "$status:$err" "0:" "once"
inc-note -C hand "$id5" "HND caches purged" >/dev/null 2>&1
settle hand
sed -i 's/HND caches purged/HND and NRT caches purged/' \
    "$(grep -rl "HND caches purged" hand/incidents)"
git -C hand -c inc.autoSync=false commit -qam "typo again"
git -C hand push -q origin HEAD 2>/dev/null
typo2=$(git -C hand rev-parse --short=12 HEAD)
inc-note -C a "$id5" "NRT caches restarted" >/dev/null
settle a
run inc-sync -C a
is "$status:$out:$err" "1:origin/main: up to date:inc-sync: $id5: an event was changed, not appended, by $typo2 (Ricardo Ortiz): run inc-verify" \
    "inc-sync says one a background sync merged, exit 1"
run inc-sync -C a
is "$status:$err" "0:" "once"

# --- a detached HEAD (git checkout origin/main to look at what came in,
# HEAD~3, a bisect): a reader shows that commit's logs, fetches nothing
# into it, and says so in one line, with the way back; writers refuse it
git clone -q "$URL/team.git" look
git -C look checkout -q origin/main
at=$(git -C look rev-parse HEAD)
short=$(git -C look rev-parse --short HEAD)
inc-note -C a "$id5" "NRT caches purged" >/dev/null
settle a
touch -d "1 minute ago" look/.git/incident-fetch-tried
run inc-ls -C look -a
is "$status:$err" "0:inc-ls: warning: HEAD is detached at $short: the logs shown are that commit's, not main's, and not fetched (git switch main)" \
    "a reader on a detached HEAD says so, and how to go back"
like "$out" "^$id5 " "and shows that commit's logs"
is "$(git -C look rev-parse HEAD origin/main | tr '\n' ' ')" "$at $at " \
    "nothing fetched or merged into it"
run inc-log -C look -j "$id5"
is "$status:$err" "0:inc-log: warning: HEAD is detached at $short: the logs shown are that commit's, not main's, and not fetched (git switch main)" \
    "so does inc-log"
git -C look symbolic-ref -d refs/remotes/origin/HEAD
run inc-ls -C look
is "$status:$err" "0:inc-ls: warning: HEAD is detached at $short: the logs shown are that commit's, not main's, and not fetched (git switch main)" \
    "without origin/HEAD, the branch to go back to is the team's main"
fails "a writer refuses a detached HEAD, as ever" 1 \
    "inc-note: look: HEAD is detached: check out a branch" \
    inc-note -C look "$id5" "from a detached HEAD"
run git -C look log -1 --format=%H
is "$out" "$at" "nothing recorded"
git -C look config inc.autoSync false
run inc-ls -C look
is "$status:$err" "0:" "with auto-sync off, nothing would be fetched: nothing said"
git -C look config --unset inc.autoSync
git -C look switch -q main
git -C look bisect start HEAD HEAD~2 >/dev/null
short=$(git -C look rev-parse --short HEAD)
run inc-ls -C look
is "$status:$err" "0:inc-ls: warning: HEAD is detached at $short: the logs shown are that commit's, not main's, and not fetched (git bisect reset)" \
    "in a bisect, the way back is git bisect reset"
git -C look bisect reset >/dev/null 2>&1
touch -d "1 minute ago" look/.git/incident-fetch-tried
run inc-log -C look "$id5"
is "$status:$err" "0:" "back on the branch, the reader fetches and says nothing"
like "$out" "NRT caches purged" "and shows what came in"

# --- the team's branch checked out in a second work tree too (git
# worktree add refuses it without -f): a merge cannot keep the other in
# step, so a reader fetches nothing into it, and says so in one line;
# the writers refuse it (t0065)
git -C look worktree add -q -f ../look2 main
inc-note -C a "$id5" "NRT traffic back" >/dev/null
settle a
touch -d "1 minute ago" look/.git/incident-fetch-tried
at=$(git -C look rev-parse main)
run inc-log -C look "$id5"
is "$status:$err" "0:inc-log: warning: main: checked out in another work tree too, which cannot be kept in step: the logs shown are not fetched (git worktree list)" \
    "a reader where the branch is checked out twice says so"
is "$(printf '%s\n' "$out" | grep -c 'NRT traffic back'):$(git -C look rev-parse main)" "0:$at" \
    "nothing fetched or merged into it"
run inc-ls -C look2
is "$status:$err" "0:inc-ls: warning: main: checked out in another work tree too, which cannot be kept in step: the logs shown are not fetched (git worktree list)" \
    "and in the other work tree"
git -C look config inc.autoSync false
run inc-ls -C look
is "$status:$err" "0:" "with auto-sync off, nothing would be fetched: nothing said"
git -C look config --unset inc.autoSync
git -C look worktree remove --force ../look2
run inc-log -C look "$id5"
is "$status:$err" "0:" "one work tree again: the reader fetches and says nothing"
like "$out" "NRT traffic back" "and shows what came in"

# --- a branch of one's own that tracks nothing, where the team's is
# main: a reader fetches nothing of main into it, so a teammate's event
# is not there; said in one line, in the words writers are warned in
git -C look switch -q -c wip
inc-note -C a "$id5" "NRT traffic normal" >/dev/null
settle a
touch -d "1 minute ago" look/.git/incident-fetch-tried
run inc-log -C look "$id5"
is "$status:$err" "0:inc-log: warning: wip: not the branch the team shares (origin's is main): the logs shown are wip's, without what is new on main (git checkout main)" \
    "a reader on a branch the team does not share says so"
is "$(printf '%s\n' "$out" | grep -c 'NRT traffic normal')" 0 \
    "the teammate's event is not there"
run inc-ls -C look
is "$status:$err" "0:inc-ls: warning: wip: not the branch the team shares (origin's is main): the logs shown are wip's, without what is new on main (git checkout main)" \
    "so does inc-ls, in one line"
is "$(git -C "$SERVED/team.git" branch --list wip)" "" "a reader pushes no such branch"
git -C look config inc.autoSync false
run inc-ls -C look
is "$status:$err" "0:" "with auto-sync off, nothing would be fetched: nothing said"
git -C look config --unset inc.autoSync
git -C look switch -q main
touch -d "1 minute ago" look/.git/incident-fetch-tried
run inc-log -C look "$id5"
is "$status:$err" "0:" "back on main: nothing said"
like "$out" "NRT traffic normal" "and the teammate's event is there"

# --- the team's settings a reader's own fetch merges are the ones it
# answers with: changed from another clone (the sitrep interval, then
# the page's components), the first inc-sitrep --due and the first
# inc-publish after the change read the settings again once merged,
# where they answered with those read before their fetch (nothing
# overdue, the new component left off the page) until run again
inc-sync -C b -q 2>/dev/null # the changed events above, said already
inc-sync -C c -q 2>/dev/null
inc-init -C b --set 'components=["Logins"]' >/dev/null 2>&1
settle b
cid=$(INC_NOW=2026-01-04T15:00:00Z inc-open -C a "Calls fail" 2>/dev/null)
settle a
run env INC_NOW=2026-01-04T15:30:00Z inc-sitrep -C c --due
is "$status:$out:$err" "0::" "setup: no sitrep due within the hour"
run inc-publish -C c -q site
is "$status:$err:$(jq -c '[.components[].name]' site/api/v2/components.json)" \
    '0::["Logins"]' "setup: the page has the team's component"
inc-init -C b --set sitrep_interval_seconds=1200 >/dev/null 2>&1
settle b
run env INC_NOW=2026-01-04T15:30:00Z inc-sitrep -C c --due
is "$status:$out:$err" "1:$cid  investigating  sitrep overdue by 10m:" \
    "inc-sitrep --due answers with the interval its fetch merged, the first time"
inc-init -C b --set 'components=["Logins", "Calls"]' >/dev/null 2>&1
settle b
touch -d "1 minute ago" c/incident-fetch-tried
run env INC_PUBLISH_TRACE=1 inc-publish -C c -q site
is "$status:$err" "0:inc-publish: read every incident: the settings changed" \
    "inc-publish whose fetch merged new components does not take its shortcut"
is "$(jq -c '[.components[].name]' site/api/v2/components.json)" \
    '["Logins","Calls"]' "and the page has the new component"
settle c
# a component a teammate declared a moment ago, not fetched here yet: a
# customer update naming it fetches before refusing it
inc-init -C b --set 'components=["Logins", "Calls", "Voice"]' >/dev/null 2>&1
settle b
touch c/incident-fetch-tried
run env INC_NOW=2026-01-04T15:40:00Z inc-status -C c "$cid" -p Voice=major_outage \
    "Calls fail for some users. We are investigating. There is no workaround yet. Next update in 30 minutes."
is "$status:$(git -C c log -1 --format=%s | sed 's/:.*//')" "0:$cid" \
    "inc-status -p NEW: the component declared on another clone is found after a fetch"
fails "one declared nowhere is still refused" 2 \
    "inc-status: Vioce: unknown component (use Logins, Calls or Voice)" \
    env INC_NOW=2026-01-04T15:41:00Z inc-status -C c "$cid" -p Vioce "Calls fail."
settle c

done_testing
