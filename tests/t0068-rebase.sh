#!/bin/sh
# Rebases across clones of one shared repository: git pull --rebase of
# one's own unpushed events is no rewrite, said on one line; a rewrite of
# anything shared (pushed or fetched) is caught and named, and so are
# events lost or changed, each worded apart from a force-push.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T10:00:00Z INC_NO_FSYNC=1
new_repo base
id=$(inc-open -C base --at 2026-11-23T09:50:00Z "Database down" 2>/dev/null)
inc-note -C base "$id" "failing over" >/dev/null
git init -q --bare hub.git
git -C hub.git config receive.denyDeleteCurrent ignore
git -C base push -q ../hub.git main
for c in me you; do
	git clone -q hub.git $c
	git -C $c config pull.rebase true
done
log=$(cd me && ls incidents/*/*/"$id"/*.jsonl)

# totals DIR [ARGS]: "commits events incidents walked" of a run
totals() {
	d=$1
	shift
	inc-verify -C "$d" -j "$@" 2>/dev/null |
	    jq -r '[.commits, .events, .incidents, .walked] | map(tostring) | join(" ")'
}

# --- git pull --rebase of one's own unpushed events
inc-note -C me "$id" "mine, not pushed" >/dev/null
inc-note -C me "$id" "mine too" >/dev/null
succeeds "my clone verifies" inc-verify -C me
saved=$(git -C me rev-parse HEAD)
inc-note -C you "$id" "yours" >/dev/null
git -C you push -q origin main
git -C me pull -q
is "$(git -C me merge-base --is-ancestor "$saved" HEAD; echo $?)" 1 \
	"git pull (pull.rebase) left the verified tip out of the history"
onto=$(git -C me rev-parse --short=12 origin/main)
run inc-verify -C me
like "$status:$out" "^0:verified 5 commits, 5 events, 1 incident in " \
	"a rebase of unpushed events is no rewrite"
is "$err" "inc-verify: 2 unpushed events were rebased onto $onto, each kept as it was: not a rewrite" \
	"it is said on one line, naming where they went"
is "$(git -C me rev-parse refs/incident/verified/main)" "$(git -C me rev-parse HEAD)" \
	"the verified tip moves"
succeeds "the next run says nothing" inc-verify -C me
git -C me push -q origin main
inc-note -C me "$id" "one more" >/dev/null
git -C me pull -q --rebase
is "$(totals me)" "6 6 1 1" "a pull with nothing to rebase walks the new commit only"
git -C me push -q origin main
git -C you pull -q
# the same after a verify that used the cache, with one event moved
inc-note -C me "$id" "mine again" >/dev/null
succeeds "verified" inc-verify -C me
inc-note -C you "$id" "yours again" >/dev/null
git -C you pull -q && git -C you push -q origin main
git -C me pull -q
run inc-verify -C me -j
is "$status:$(printf '%s' "$out" | jq -c '[.commits, .events, .walked]')" "0:[8,8,2]" \
	"after a rebase, the cache of the dropped tip is used: only the new commits walked"
is "$(totals me --full)" "8 8 1 8" "with the totals --full gives"
is "$err" "inc-verify: 1 unpushed event was rebased onto $(git -C me rev-parse --short=12 origin/main), each kept as it was: not a rewrite" \
	"one event, said so"
git -C me push -q origin main
git -C you pull -q

# --- a commit that is not an event, rebased: said as such
echo runbook >me/RUNBOOK
git -C me add RUNBOOK && git -C me commit -q -m "add a runbook"
succeeds "verified" inc-verify -C me
git -C you pull -q
inc-note -C you "$id" "yours, before the runbook" >/dev/null
git -C you push -q origin main
git -C me pull -q
run inc-verify -C me
is "$status:$err" "0:inc-verify: 1 unpushed commit was rebased onto $(git -C me rev-parse --short=12 origin/main), with no event: not a rewrite" \
	"a rebased commit of another file is said, with no event"
git -C me push -q origin main
git -C you pull -q

# --- the team's settings changed on both sides, the rebase's conflict
# settled by hand: settings.json is no log, its lines no events
printf '{"fatigueHours": 6}\n' >me/incidents/settings.json
git -C me add incidents/settings.json && git -C me commit -q -m "settings: 6h"
succeeds "verified" inc-verify -C me
printf '{"sitrepInterval": "30m"}\n' >you/incidents/settings.json
git -C you add incidents/settings.json && git -C you commit -q -m "settings: 30m"
git -C you push -q origin main
git -C me pull -q >/dev/null 2>&1
run inc-ls -C me
is "$status:$err" "0:inc-ls: warning: the index has conflicts: the logs shown are HEAD's, without what is being merged; settle them and go on, or abort (git status says how)" \
	"a rebase stopped on a conflict is named by a reader"
printf '{"fatigueHours": 6, "sitrepInterval": "30m"}\n' >me/incidents/settings.json
git -C me add incidents/settings.json
GIT_EDITOR=: git -C me rebase --continue >/dev/null 2>&1
run inc-verify -C me
is "$status:$err" "0:inc-verify: 1 unpushed commit was rebased onto $(git -C me rev-parse --short=12 origin/main), with no event: not a rewrite" \
	"a rebased change of settings.json, its conflict settled: no event lost"
git -C me push -q origin main
git -C you pull -q

# --- an unpushed event changed or lost on the way
inc-note -C me "$id" "mine, unpushed" >/dev/null
succeeds "verified" inc-verify -C me
saved=$(git -C me rev-parse HEAD)
mine=$(git -C me show --name-only --format= HEAD)
git -C me reset -q --soft HEAD~1
sed -i '$ s/mine, unpushed/mine, edited/' "me/$mine"
git -C me commit -q -a -C "$saved"
is "$(tail -n 1 "me/$mine" | jq -r .text)" "mine, edited" "the event changed, its id kept"
n=$(wc -l <"me/$mine" | tr -d ' ')
fails "an unpushed event changed in a rebase is told" 1 \
	"inc-verify: $saved: $mine:$n: event changed in a rewrite (HEAD's history has its id on another line)" \
	inc-verify -C me
git -C me reset -q --hard HEAD~1
inc-note -C you "$id" "yours, meanwhile" >/dev/null
git -C you push -q origin main
git -C me pull -q
fails "an unpushed event lost, then a pull, is told" 1 \
	"inc-verify: $saved: $mine:$n: event lost in a rewrite (it is no longer in HEAD's history)" \
	inc-verify -C me
git -C me reset -q --hard "$saved"
git -C me pull -q
run inc-verify -C me
is "$status:$err" "0:inc-verify: 1 unpushed event was rebased onto $(git -C me rev-parse --short=12 origin/main), each kept as it was: not a rewrite" \
	"put back and pulled again, it verifies"
git -C me push -q origin main

# --- a rebase of pushed commits: shared history rewritten
pushed=$(git -C me rev-parse HEAD)
git -C me commit -q --amend -m "$(git -C me log -1 --format=%B)" --date=2026-11-23T10:00:01Z
fails "a pushed commit amended is named as shared history rewritten" 1 \
	"inc-verify: $pushed: refs/remotes/origin/main: shared history rewritten (pushed or fetched, no longer in HEAD's history)" \
	inc-verify -C me
git -C me reset -q --hard "$pushed"
succeeds "put back, it verifies" inc-verify -C me

# --- a rebase of fetched commits: someone else's event, the same line in
# a new commit
git -C you pull -q
inc-note -C you "$id" "yours, fetched" >/dev/null
git -C you push -q origin main
git -C me pull -q
succeeds "the fetched event verifies" inc-verify -C me
fetched=$(git -C me rev-parse HEAD)
git -C me reset -q --hard HEAD~1
git -C me cherry-pick "$fetched" >/dev/null
is "$(git -C me show HEAD:"$log" | tail -n 1)" "$(git -C me show "$fetched":"$log" | tail -n 1)" \
	"the fetched event copied as it was, in a commit of its own"
fails "a fetched commit rewritten is named, its events kept or not" 1 \
	"inc-verify: $fetched: refs/remotes/origin/main: shared history rewritten (pushed or fetched, no longer in HEAD's history)" \
	inc-verify -C me
git -C me reset -q --hard "$fetched"

# --- the remote-tracking branch gone (a prune): the tip seen is still
# known, in refs/incident/seen/
succeeds "verified" inc-verify -C me
is "$(git -C me rev-parse refs/incident/seen/origin/main)" "$fetched" "the remote's tip is remembered"
git -C me update-ref -d refs/remotes/origin/main
git -C me update-ref -d refs/remotes/origin/HEAD
git -C me commit -q --amend -m "$(git -C me log -1 --format=%B)" --date=2026-11-23T10:00:02Z
fails "a rewrite of what was seen on a remote is named without its branch" 1 \
	"inc-verify: $fetched: refs/incident/seen/origin/main: shared history rewritten (pushed or fetched, no longer in HEAD's history)" \
	inc-verify -C me
git -C me reset -q --hard "$fetched"
git -C me fetch -q origin

# --- a force-push fetched: told as such, not as a rebase
succeeds "verified" inc-verify -C me
old=$(git -C me rev-parse origin/main)
git -C you reset -q --hard HEAD~1
inc-note -C you "$id" "pushed over" >/dev/null
git -C you push -q --force origin main 2>/dev/null
new=$(git -C you rev-parse HEAD)
git -C me fetch -q origin
fails "a force-push fetched is named as a forced update" 1 \
	"inc-verify: $old: refs/remotes/origin/main: history rewritten (forced update to $new)" \
	inc-verify -C me
git -C me pull -q >/dev/null 2>&1
run inc-verify -C me
is "$status:$err" "1:inc-verify: $old: refs/remotes/origin/main: history rewritten (forced update to $new)" \
	"pulled with a rebase, still refused as a force-push"

fsck_clean "fsck is clean" me

# --- an event reported, then reset, amended or rebased away before any
# run saw it: lost all the same, found by the moves the writers made
new_repo lone
lid=$(inc-open -C lone --at 2026-11-23T09:50:00Z "Cache down" 2>/dev/null)
inc-note -C lone "$lid" "reported, not yet verified" >/dev/null
acked=$(git -C lone rev-parse HEAD)
llog=$(cd lone && ls incidents/*/*/"$lid"/*.jsonl)
git -C lone reset -q --hard HEAD~1
fails "an event reset away before any run is named as lost" 1 \
	"inc-verify: $acked: $llog:2: event lost in a rewrite (it is no longer in HEAD's history)" \
	inc-verify -C lone
fails "and again at the next run" 1 \
	"inc-verify: $acked: $llog:2: event lost in a rewrite (it is no longer in HEAD's history)" \
	inc-verify -C lone
git -C lone reset -q --hard "$acked"
succeeds "put back, it verifies" inc-verify -C lone
inc-note -C lone "$lid" "dropped by a rebase" >/dev/null
dropped=$(git -C lone rev-parse HEAD)
GIT_SEQUENCE_EDITOR="sed -i '2 s/^pick/drop/'" git -C lone rebase -q -i HEAD~2
is "$(git -C lone rev-parse HEAD)" "$acked" "git rebase -i dropped the event"
fails "an event dropped by git rebase -i is named as lost" 1 \
	"inc-verify: $dropped: $llog:3: event lost in a rewrite (it is no longer in HEAD's history)" \
	inc-verify -C lone
git -C lone reflog expire --expire-unreachable=now refs/heads/main
succeeds "accepted as the manual page says, it verifies" inc-verify -C lone
inc-note -C lone "$lid" "amended, kept as it was" >/dev/null
git -C lone commit -q --amend --no-edit
run inc-verify -C lone
is "$status:$err" "0:" "an own event amended with its line kept passes, silently"

# --- the same in a clone inc-init made, which is bare: git keeps no
# reflog there unless asked, so the first writer asks for one
inc-init -u "$PWD/hub.git" joined >/dev/null 2>&1
is "$(git -C joined config core.bare):$(git -C joined config core.logAllRefUpdates)" \
	"true:true" "a clone inc-init made is bare, and keeps reflogs"
inc-note -C joined "$id" "reported in a bare clone" >/dev/null
acked=$(git -C joined rev-parse HEAD)
git -C joined update-ref refs/heads/main HEAD~1
fails "an event reset away in a bare clone before any run is named as lost" 1 \
	"inc-verify: $acked: $(git -C joined show --name-only --format= "$acked"):1: event lost in a rewrite (it is no longer in HEAD's history)" \
	inc-verify -C joined
git init -q --bare older
git -C older fetch -q ../hub.git main:main
is "$(git -C older config core.logAllRefUpdates || echo unset)" "unset" \
	"a bare repository made before keeps no reflog"
inc-note -C older "$id" "the first write asks for reflogs" >/dev/null
inc-note -C older "$id" "reported in an older bare clone" >/dev/null
acked=$(git -C older rev-parse HEAD)
git -C older update-ref refs/heads/main HEAD~1
fails "there, events written after the first are covered" 1 \
	"inc-verify: $acked: $(git -C older show --name-only --format= "$acked"):2: event lost in a rewrite (it is no longer in HEAD's history)" \
	inc-verify -C older
git init -q --bare off
git -C off config core.logAllRefUpdates false
git -C off fetch -q ../hub.git main:main
inc-note -C off "$id" "reflogs refused" >/dev/null
is "$(git -C off config core.logAllRefUpdates)" "false" "reflogs turned off stay off"

done_testing
