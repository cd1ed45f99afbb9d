#!/bin/sh
# inc-verify: good histories pass; every kind of tampering made with real
# git is caught at its commit, file and line; rewritten history is told.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T10:00:00Z INC_NO_FSYNC=1
new_repo base
id=$(inc-open -C base --at 2026-11-23T09:50:00Z "Database down" 2>/dev/null)
inc-note -C base "$id" "first note" >/dev/null
inc-note -C base "$id" "second note" >/dev/null
log=$(cd base && ls incidents/*/*/"$id"/*.jsonl)

run inc-verify -C base
is "$status" 0 "a history the tools wrote verifies"
like "$out" '^verified 3 commits, 3 events, 1 incident in [0-9]+\.[0-9]{2} s$' \
	"and says so on stdout, with how long it took"
is "$err" "" "nothing on stderr"
is "$(git -C base rev-parse refs/incident/verified/main)" \
	"$(git -C base rev-parse HEAD)" "the verified tip is saved as a ref"
run inc-verify -C base -j
is "$status:$(printf '%s\n' "$out" | jq -c '[.ok, .commits, .events, .incidents, .offence, (.elapsed_seconds | type)]')" \
	'0:[true,3,3,1,null,"number"]' "--json says the same, for jq"

# a second incident, and a commit that does not touch incidents/
two=$(inc-open -C base --at 2026-11-23T09:55:00Z "Cache cold" 2>/dev/null)
echo "runbook" >base/README
git -C base add README && git -C base commit -q -m "add a readme"
run inc-verify -C base
like "$out" '^verified 5 commits, 4 events, 2 incidents in ' "other commits are walked, not counted as events"
run inc-verify -C base "$two"
like "$out" '^verified 5 commits, 1 event, 1 incident in ' "an incident named alone"
fails "an unknown incident is refused" 1 "inc-verify: nope: no such incident" \
	inc-verify -C base nope

# each case: a copy of base, changed with real git, then committed
case_repo() {
	rm -rf "$1"
	cp -R base "$1"
	git -C "$1" update-ref -d refs/incident/verified/main
}

# forge DIR LINE [AUTHOR]: LINE appended to the log and committed with the
# event's message, as a tool would (AUTHOR "Name <email>" overrides)
forge() {
	printf '%s\n' "$2" >>"$1/$log"
	eid=$(printf '%s\n' "$2" | jq -r .id)
	type=$(printf '%s\n' "$2" | jq -r .type)
	git -C "$1" add "$log"
	git -C "$1" commit -q ${3:+--author="$3"} -F - <<-EOF
	$id: Note: forged

	Incident: $id
	Event: $type
	Event-Id: $eid
	EOF
}

# an event like the last one, with changes (a jq filter)
event_like() {
	tail -n 1 "base/$log" | jq -c -S "$1"
}
new_event=$(event_like '.id = "00006b04b2386000000000000001" | .seq = 4 | .text = "forged"')

case_repo ok
forge ok "$new_event"
succeeds "an event appended with plain git, as a tool would, verifies" \
	inc-verify -C ok

case_repo edit
sed -i 's/first note/first NOTE/' "edit/$log"
git -C edit commit -q -am "edit"
fails "an edited event" 1 "inc-verify: $(git -C edit rev-parse HEAD): $log:2: event edited" \
	inc-verify -C edit

# shorter is no removal: an edit that drops a byte is an edit
case_repo shorter
sed -i 's/first note/first not/' "shorter/$log"
git -C shorter commit -q -am "edit"
fails "an event edited shorter" 1 "inc-verify: $(git -C shorter rev-parse HEAD): $log:2: event edited" \
	inc-verify -C shorter

case_repo delete
sed -i '2d' "delete/$log"
git -C delete commit -q -am "delete"
fails "a removed event" 1 "inc-verify: $(git -C delete rev-parse HEAD): $log:2: event removed" \
	inc-verify -C delete

case_repo reorder
{ sed -n 1p "base/$log"; sed -n 3p "base/$log"; sed -n 2p "base/$log"; } >"reorder/$log"
git -C reorder commit -q -am "reorder"
fails "reordered events" 1 "inc-verify: $(git -C reorder rev-parse HEAD): $log:2: events reordered" \
	inc-verify -C reorder

case_repo rmfile
git -C rmfile rm -q "$log"
git -C rmfile commit -q -m "remove"
fails "a deleted log file" 1 "inc-verify: $(git -C rmfile rev-parse HEAD): $log: log file deleted" \
	inc-verify -C rmfile

case_repo rename
git -C rename mv "$log" "${log%.jsonl}-x.jsonl"
git -C rename commit -q -m "rename"
fails "a renamed log file" 1 "inc-verify: $(git -C rename rev-parse HEAD): $log: log file deleted" \
	inc-verify -C rename

case_repo rmdir
git -C rmdir rm -q -r incidents
git -C rmdir commit -q -m "remove all"
fails "a deleted incidents/ directory" 1 "inc-verify: $(git -C rmdir rev-parse HEAD): $log: log file deleted" \
	inc-verify -C rmdir

case_repo dup
forge dup "$(event_like '.seq = 4 | .text = "same id"')"
fails "a duplicate event id" 1 "inc-verify: $(git -C dup rev-parse HEAD): $log:4: duplicate event id" \
	inc-verify -C dup

case_repo two
printf '%s\n' "$new_event" >>"two/$log"
forge two "$(event_like '.id = "00006b04b2386000000000000002" | .seq = 5')"
fails "a commit adding two events" 1 "inc-verify: $(git -C two rev-parse HEAD): $log:5: commit adds more than one event" \
	inc-verify -C two

case_repo author
forge author "$new_event" "Mallory <mallory@example.com>"
fails "an author who is not the actor" 1 "inc-verify: $(git -C author rev-parse HEAD): $log:4: author is not the event's actor" \
	inc-verify -C author

# verified, then amended to another author: the offence alone, not also
# "rebased ... not a rewrite" for the commit it replaced
case_repo amended
forge amended "$new_event"
succeeds "verified before the amend" inc-verify -C amended
git -C amended commit -q --amend --no-edit --author="Mallory <mallory@example.com>"
fails "an event amended to another author is named, and nothing else" 1 \
	"inc-verify: $(git -C amended rev-parse HEAD): $log:$(wc -l <"amended/$log" | tr -d ' '): author is not the event's actor" \
	inc-verify -C amended

case_repo late
forge late "$(event_like '.id = "00006b04b2386000000000000001" | .seq = 4 | .at = "2026-11-23T11:00:00Z"')"
fails "an event dated after it was recorded" 1 "inc-verify: $(git -C late rev-parse HEAD): $log:4: event dated after it was recorded" \
	inc-verify -C late

case_repo future
forge future "$(event_like '.id = "00006b04b2386000000000000001" | .seq = 4 | .at = "2099-01-01T00:00:00Z" | .recorded_at = "2099-01-01T00:00:00Z"')"
fails "an event recorded after its commit" 1 "inc-verify: $(git -C future rev-parse HEAD): $log:4: event recorded after its commit" \
	inc-verify -C future

case_repo invalid
forge invalid '{"x":1}'
fails "an invalid line" 1 "inc-verify: $(git -C invalid rev-parse HEAD): $log:4: no log version (v)" \
	inc-verify -C invalid

case_repo notjson
printf 'not json\n' >>"notjson/$log"
git -C notjson commit -q -am "garbage"
fails "a line that is not JSON" 1 "inc-verify: $(git -C notjson rev-parse HEAD): $log:4: malformed event: '[' or '{' expected near 'not'" \
	inc-verify -C notjson

case_repo cut
printf '{"v":1' >>"cut/$log"
git -C cut commit -q -am "cut"
fails "a truncated line" 1 "inc-verify: $(git -C cut rev-parse HEAD): $log:4: truncated event (no newline)" \
	inc-verify -C cut

case_repo link
ln -s /etc/hostname "link/${log%/*}/ffffffff-000001.jsonl"
git -C link add -A
git -C link commit -q -m "a link"
fails "a symbolic link committed as a log file" 1 "inc-verify: $(git -C link rev-parse HEAD): ${log%/*}/ffffffff-000001.jsonl: a symbolic link, not a log file" \
	inc-verify -C link

case_repo other
forge other "$(event_like '.id = "00006b04b2386000000000000001" | .seq = 4 | .incident = "'"$two"'"')"
fails "an event of another incident" 1 "inc-verify: $(git -C other rev-parse HEAD): $log:4: event of another incident" \
	inc-verify -C other

case_repo subject
printf '%s\n' "$new_event" >>"subject/$log"
git -C subject commit -q -am "just a note"
fails "a subject that does not name the incident" 1 "inc-verify: $(git -C subject rev-parse HEAD): $log:4: subject does not name the incident" \
	inc-verify -C subject

case_repo trailer
printf '%s\n' "$new_event" >>"trailer/$log"
git -C trailer commit -q -a -F - <<EOF
$id: Note: forged

Incident: $id
Event: note
Event-Id: 00006b04b2386000000000000009
EOF
fails "an Event-Id trailer that is not the event's" 1 "inc-verify: $(git -C trailer rev-parse HEAD): $log:4: Event-Id trailer does not match the event" \
	inc-verify -C trailer

# a second log of the incident's id under another month, committed as
# a tool would: no reader looks there (an outage shown resolved by the
# page and the feeds, before), so it is an offence; every reader and
# inc-publish keep to the log in its id's month
case_repo month
inc-status -C month "$id" "Writes fail for all customers. We are investigating. No workaround yet. Next update in 30 minutes." >/dev/null 2>&1
moved=incidents/2026/12/$id/abcdef01-000001.jsonl
mkdir -p "month/${moved%/*}"
{ head -n 1 "month/$log" | jq -c '.id = "01a20a50d7c00000000000000001"'
  tail -n 1 "month/$log" | jq -c '.id = "01a20a6c4f000000000000000002" |
    .after = ["01a20a50d7c00000000000000001"] | .status = "resolved" |
    .message = "All systems are back to normal." | del(.next_update_at)'
} >"month/$moved"
git -C month add incidents
git -C month commit -q -F - <<EOF
$id: Incident Investigating: Database down

Incident: $id
Event: open
Event-Id: 01a20a50d7c00000000000000001
EOF
fails "a log under a month not its id's" 1 "inc-verify: $(git -C month rev-parse HEAD): ${moved%/*}: an incident's log under a month not its id's" \
	inc-verify -C month
is "$(inc-ls -C month -a | grep -c "$id")" 1 "inc-ls lists the incident once"
is "$(inc-log -C month -j "$id" | jq -s length)" 4 "inc-log reads the log in its month"
inc-publish -C month -q month-site
is "$(jq -c --arg i "$id" '[.incidents[] | select(.id == $i) | .status]' month-site/api/v2/incidents.json)" \
	'["investigating"]' "inc-publish shows it once, as its log in its month has it"

case_repo empty
: >"empty/${log%/*}/00000000-000001.jsonl"
git -C empty add incidents && git -C empty commit -q -m "empty"
fails "a commit that adds no event" 1 "inc-verify: $(git -C empty rev-parse HEAD): ${log%/*}/00000000-000001.jsonl: commit adds no event" \
	inc-verify -C empty

# the subject is the one the tools give the event: amended after it was
# pushed, and fetched by a clone that never saw it, it is caught
# amend SED CMD...: CMD's event written in a clone of base, its subject
# rewritten by SED, pushed; cloned again to amend, $new its log file
amend() {
	_sed=$1
	shift
	rm -rf amend-w amend amend.git
	git init -q --bare amend.git
	git clone -q base amend-w
	"$@" >/dev/null 2>&1
	git -C amend-w commit -q --amend -m "$(git -C amend-w log -1 --format=%B |
	    sed "1$_sed")"
	git -C amend-w push -q ../amend.git HEAD:main
	git clone -q amend.git amend
	new=$(git -C amend diff-tree --no-commit-id --name-only -r HEAD)
}
amend "s/checkout down for all EU customers/all clear, no customer impact/" \
	inc-note -C amend-w "$id" "checkout down for all EU customers"
fails "a subject amended to say what the event does not" 1 \
	"inc-verify: $(git -C amend rev-parse HEAD): $new:1: subject does not match the event" \
	inc-verify -C amend
is "$(git -C amend log -1 --format=%s):$(jq -r .text "amend/$new")" \
	"$id: Note: all clear, no customer impact:checkout down for all EU customers" \
	"(git log says one thing, the event another)"
run inc-verify -C amend -j
is "$status:$(printf '%s\n' "$out" | jq -c '.offence | [.path, .line, .reason]')" \
	"1:[\"$new\",1,\"subject does not match the event\"]" "--json names it too"
amend "s/: Note: disk at 100% on db-7.*/: Note: disk.../" inc-note -C amend-w "$id" \
	"$(printf 'disk at 100%% on db-7, writes failing %.0s' 1 2 3 4)"
fails "a long note's subject cut short" 1 \
	"inc-verify: $(git -C amend rev-parse HEAD): $new:1: subject does not match the event" \
	inc-verify -C amend
amend "s/: Incident Confirmed/: [drill] Incident Confirmed/" \
	inc-state -C amend-w "$id" confirmed
fails "a drill's mark on an incident that is no drill" 1 \
	"inc-verify: $(git -C amend rev-parse HEAD): $new:1: subject does not match the event" \
	inc-verify -C amend
amend "" inc-state -C amend-w "$id" confirmed
succeeds "amended to the very same subject: verifies" inc-verify -C amend

# files that are not logs are left alone, as readers leave them
case_repo notes
echo "scratch" >"notes/${log%/*}/NOTES.md"
echo "scratch" >notes/incidents/README
git -C notes add incidents && git -C notes commit -q -m "notes"
git -C notes rm -q "${log%/*}/NOTES.md" incidents/README
git -C notes commit -q -m "no notes"
succeeds "files that are not logs may come and go" inc-verify -C notes

# a hostile file name is said safely, on one line
case_repo hostile
bad_name=$(printf '%s/x\033[31m\ny.jsonl' "${log%/*}")
printf '{"x":1}\n' >"hostile/$bad_name"
git -C hostile add incidents && git -C hostile commit -q -m "hostile"
run inc-verify -C hostile
is "$status:$(printf '%s\n' "$err" | wc -l | tr -d ' ')" "1:1" "a hostile file name: one line"
if printf '%s' "$err" | LC_ALL=C grep -q "$(printf '\033')"; then
	not_ok "and no escape reaches the terminal"
else
	ok "and no escape reaches the terminal"
fi
run inc-verify -C hostile -j
is "$(printf '%s\n' "$out" | jq -r '.offence.reason')" "no log version (v)" "--json names the reason"

# the first offence in history order is the one reported, after later ones
case_repo first
sed -i 's/first note/first NOTE/' "first/$log"
git -C first commit -q -am "edit"
bad=$(git -C first rev-parse HEAD)
inc-note -C first "$id" "later" >/dev/null
fails "the first offence is reported" 1 "inc-verify: $bad: $log:2: event edited" \
	inc-verify -C first
run inc-verify -C first --json
is "$status" 1 "--json on an offence exits 1"
is "$err" "inc-verify: $bad: $log:2: event edited" "and still says it on stderr"
is "$(printf '%s\n' "$out" | jq -c '[.ok, .offence.commit == "'"$bad"'", .offence.path, .offence.line, .offence.reason]')" \
	"[false,true,\"$log\",2,\"event edited\"]" "--json gives the offence, for jq"
run inc-verify -C rmfile -j
is "$(printf '%s\n' "$out" | jq -c '.offence | [.path, .line, .reason]')" \
	"[\"$log\",null,\"log file deleted\"]" "a line is null where there is none"

# a merge of two clones verifies; a merge that adds an event of its own not
git clone -q base m1
git clone -q base m2
inc-note -C m1 "$id" "from m1" >/dev/null
inc-note -C m2 "$id" "from m2" >/dev/null
git -C m2 pull -q --no-rebase --no-edit ../m1 main
is "$(git -C m2 rev-list --merges HEAD | wc -l | tr -d ' ')" 1 "two clones merged"
run inc-verify -C m2
like "$status:$out" '^0:verified 8 commits, 6 events, 2 incidents in ' "the merge verifies"
inc-note -C m1 "$id" "m1 again" >/dev/null
git -C m2 pull -q --no-rebase --no-commit ../m1 main 2>/dev/null
mlog=$(cd m2 && git diff --cached --name-only)
printf '%s\n' "$(event_like '.id = "00006b04b2386000000000000003" | .seq = 9')" >>"m2/$mlog"
git -C m2 commit -q -am "merge with an extra line"
fails "a merge that adds an event" 1 "inc-verify: $(git -C m2 rev-parse HEAD): $mlog:3: merge adds an event" \
	inc-verify -C m2

# rewritten history: a saved tip no longer in HEAD's history, and an event
# it had (the second incident's open) gone
case_repo rw
succeeds "rw verifies" inc-verify -C rw
seen=$(git -C rw rev-parse HEAD)
writer=$(git -C rw config inc.writer) # a copy's next write has an id of its own
git -C rw reset -q --hard HEAD~2
inc-note -C rw "$id" "instead" >/dev/null
lost=$(git -C rw rev-parse "$seen~1")
fails "a rewrite of a verified tip that lost an event is told" 1 "inc-verify: $lost: incidents/2026/11/$two/$writer-000001.jsonl:1: event lost in a rewrite (it is no longer in HEAD's history)" \
	inc-verify -C rw
fails "--since a commit no longer in history" 1 "inc-verify: $seen: HEAD: history rewritten (not an ancestor)" \
	inc-verify -C rw --since "$seen"
fails "--since an unknown commit" 1 "inc-verify: nonsense: no such commit" \
	inc-verify -C base --since nonsense
succeeds "--since an ancestor" inc-verify -C base --since HEAD~2

# a force-push to a bare remote, then git fetch in a clone that had the
# old history
git init -q --bare hub.git
git -C base push -q ../hub.git main
git clone -q hub.git alice
git clone -q hub.git bob
inc-note -C alice "$id" "pushed" >/dev/null
git -C alice push -q origin main
git -C bob pull -q --no-rebase origin main
succeeds "the clone verifies before the force-push" inc-verify -C bob
old=$(git -C bob rev-parse origin/main)
git -C alice reset -q --hard HEAD~1
inc-note -C alice "$id" "pushed again, rewritten" >/dev/null
git -C alice push -q --force origin main 2>/dev/null
new=$(git -C alice rev-parse HEAD)
git -C bob fetch -q origin
is "$(git -C bob rev-parse origin/main)" "$new" "the clone fetched the rewritten branch"
fails "a force-push fetched into a clone is told" 1 "inc-verify: $old: refs/remotes/origin/main: history rewritten (forced update to $new)" \
	inc-verify -C bob
run git -C bob reflog -1 refs/remotes/origin/main
like "$out" "forced-update" "git itself calls it a forced update"
fails "and told again on the next run" 1 "inc-verify: $old: refs/remotes/origin/main: history rewritten (forced update to $new)" \
	inc-verify -C bob
# the entries of the reflog a run found fast-forwards are not walked
# again (a long-lived clone has hundreds); --full walks them all
git clone -q hub.git carol
inc-note -C alice "$id" "after the force-push" >/dev/null
git -C alice push -q origin main
git -C carol fetch -q origin
succeeds "a clone that fetched fast-forwards verifies" inc-verify -C carol
log=carol/.git/logs/refs/remotes/origin/main
stray=$(git -C carol commit-tree -m stray "HEAD^{tree}")
sed -i "\$s/^[0-9a-f]* /$stray /" "$log" # as if forced, long ago
succeeds "an entry checked by an earlier run is not checked again" \
	inc-verify -C carol
run inc-verify -C carol --full
like "$status:$err" "^1:inc-verify: .*: refs/remotes/origin/main: history rewritten \(forced update to " \
	"--full checks every entry"

# the command line
fails "an unknown option" 2 "inc-verify: unrecognized option '--bogus'
$(usage_of inc-verify)" inc-verify -C base --bogus
run inc-verify --help
like "$status:$out" "^0:usage: inc-verify \[-C dir\] " "--help"
run inc-verify -V
like "$status:$out" "^0:inc-verify \(incident\) " "--version"
saved=$(git -C base rev-parse refs/incident/verified/main)
inc-note -C base "$id" "third note" >/dev/null
run inc-verify -C base -j "$two" "$id"
is "$(printf '%s\n' "$out" | jq -c '[.ok, .events, .incidents]')" "[true,5,2]" \
	"several incidents named"
is "$(git -C base rev-parse refs/incident/verified/main)" "$saved" \
	"naming incidents does not move the saved tip"
if [ -w /dev/full ]; then
	fails "a full stdout fails" 1 "inc-verify: stdout: No space left on device" \
		sh -c 'inc-verify -C base >/dev/full'
fi
new_repo empty-repo
run inc-verify -C empty-repo
like "$status:$out" "^0:verified 0 commits, 0 events, 0 incidents in [0-9]+\.[0-9]{2} s$" \
	"a repository with no commits yet"

# the histories the concurrency and kill tests make are verified there
fsck_clean "fsck is clean" base

done_testing
