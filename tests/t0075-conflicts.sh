#!/bin/sh
# Decisions made apart: each event names what its writer had seen
# ("after"), every clone orders the events and reduces them the same way,
# and IC claims, state changes and hand-overs of a role made apart are
# conflicts every view shows until a decision that has seen them settles
# them.
. "$(dirname "$0")/lib.sh"

export INC_NO_FSYNC=1
git init -q --bare hub.git
git clone -q hub.git a 2>/dev/null
git -C a config user.name "Ana Lima"
git -C a config user.email ana@example.com
id=$(INC_NOW=2026-11-23T10:00:00Z inc-open -C a "API errors in EU" 2>/dev/null)
git -C a push -q origin main
git clone -q hub.git b
git clone -q hub.git c
for r in a b c; do git -C $r config pull.rebase false; done
git -C b config user.name "Bob Lee"
git -C b config user.email bob@example.com
git -C c config user.name "Cy Park"
git -C c config user.email cy@example.com
# sync CLONE: its events to the hub and the hub's to it, merged
sync() {
	git -C "$1" pull -q --no-edit origin main &&
	    git -C "$1" push -q origin main
}
log() {
	cat "$1"/incidents/*/*/"$2"/*.jsonl
}
# same NAME ID: the picture is the same on every clone
same() {
	for r in a b c; do
		INC_NOW=2026-11-23T12:00:00Z inc-state -C $r -j "$2" |
		    jq -S . >"$r.json"
	done
	if cmp -s a.json b.json && cmp -s a.json c.json; then
		ok "$1"
	else
		not_ok "$1"
		diag "$(diff a.json b.json; diff a.json c.json)"
	fi
}
at() {
	_t=$1
	shift
	env INC_NOW="2026-11-23T$_t:00Z" "$@"
}

# --- after: what the writer had seen ---
open_id=$(log a "$id" | jq -r .id)
is "$(log a "$id" | jq -c .after)" "[]" "an open has seen nothing: after is []"
at 10:01 inc-note -C a "$id" "5xx at 40%" >/dev/null
is "$(log a "$id" | jq -sc 'sort_by(.seq) | last | .after')" "[\"$open_id\"]" \
	"the next event names the one before it"
note_id=$(log a "$id" | jq -rs 'sort_by(.seq) | last | .id')
is "$(inc-state -C a -j "$id" | jq -c '[.heads, .conflicts]')" "[[\"$note_id\"],[]]" \
	"the picture's heads are the newest event"
sync a >/dev/null
sync b
sync c

# --- two IC claims made apart ---
run at 10:02 inc-handoff -C b --force "$id" ic me
is "$status:$(printf '%s\n' "$out" | head -n 1)" "0:@all: IC -> Bob Lee" "Bob takes command on his clone"
run at 10:03 inc-handoff -C c --force "$id" ic me
is "$status:$(printf '%s\n' "$out" | head -n 1)" "0:@all: IC -> Cy Park" "Cy takes command on hers, not knowing"
sync b
sync c
sync a
sync b
is "$(log a "$id" | jq -r 'select(.type == "handoff") | .after | length' | tr '\n' ,)" \
	"1,1," "each claim had seen only the note"
run at 10:05 inc-state -C a "$id"
is "$out" "$id  API errors in EU
state        investigating (1) since 2026-11-23 10:00 UTC
conflict     two ICs claimed command: Bob Lee at 10:02, Cy Park at 10:03 - hand over explicitly to settle it
opened       2026-11-23 10:00 UTC, open for 5m
IC           Cy Park (since 2026-11-23 10:03 UTC)
sitrep       none yet, next due in 55m
customers    no update yet, next due in 55m" \
	"the picture says both claimed command; the later one holds it meanwhile"
run inc-state -C a -j "$id"
is "$(printf '%s\n' "$out" | jq -c '.conflicts[] | [.kind, [.sides[] | .ic.name, .actor.name, .at, .type]]')" \
	'["ic",["Bob Lee","Bob Lee","2026-11-23T10:02:00Z","handoff","Cy Park","Cy Park","2026-11-23T10:03:00Z","handoff"]]' \
	"inc-state -j has a conflicts array naming both claims"
is "$(printf '%s\n' "$out" | jq -c '.heads | length')" 2 "two newest events: two heads"
same "every clone has the same picture after the merge" "$id"
run at 10:05 inc-ls -C b
is "$out" "$(printf '%-44s %s' "$id" "investigating Cy Park               5m  ok      ok      [conflict] API errors in EU")" \
	"inc-ls flags the conflict"
is "$(at 10:05 inc-ls -C b -j | jq -c '[.incident == "'"$id"'", .conflicts]')" "[true,1]" \
	"inc-ls -j counts it"
run at 10:05 inc-sitrep -C b "$id" -b "API 5xx" -i "EU" -d "rolling back"
run inc-sitrep -C b -l "$id"
like "$out" "
Not settled:
  two ICs claimed command: Bob Lee at 10:02, Cy Park at 10:03 - hand over explicitly to settle it
\$" "a sitrep written meanwhile says so"
run inc-postmortem -C b "$id"
is "$(printf '%s\n' "$out" | grep -F -- '- **Not settled:**')" \
	"- **Not settled:** two ICs claimed command: Bob Lee at 10:02, Cy Park at 10:03 - hand over explicitly to settle it" \
	"so does the post-mortem"
fails "one who claimed nothing cannot settle it" 1 \
	"inc-handoff: $id: only the incident commander (Cy Park) can hand over command; --force overrides and is recorded" \
	inc-handoff -C a "$id" ic "Ana Lima"
run at 10:06 inc-handoff -C b "$id" ic "Cy Park <cy@example.com>"
is "$status:$(printf '%s\n' "$out" | head -n 1)" "0:@all: IC -> Cy Park" \
	"Bob, who claimed too, hands command to Cy explicitly (to the holder: allowed while it is contested)"
is "$(inc-state -C b -j "$id" | jq -c '[.conflicts, .roles.ic.person.name, (.heads | length)]')" \
	'[[],"Cy Park",1]' "which settles it"
fails "the holder again, once settled, is refused" 1 \
	"inc-handoff: $id: Cy Park already holds ic" \
	inc-handoff -C b --force "$id" ic "Cy Park <cy@example.com>"
sync b
sync c
sync a
same "settled on every clone" "$id"
is "$(at 10:06 inc-ls -C a | grep -c conflict)" 0 "and inc-ls no longer flags it"

# --- two state changes made apart: a resolved never hides an escalation ---
run at 10:10 inc-state -C c "$id" major
is "$out" "@all: Major Incident" "Cy escalates"
run at 10:11 inc-state -C b -f "$id" resolved
is "$out" "@all: Incident Resolved" "Bob, offline, resolves it"
sync c
sync b
sync a
sync c
run at 10:12 inc-state -C a "$id"
is "$(printf '%s\n' "$out" | sed -n 2,3p)" \
"state        resolved (0) since 2026-11-23 10:11 UTC
conflict     two state changes made apart: Cy Park -> major at 10:10, Bob Lee -> resolved at 10:11 - set the state explicitly to settle it" \
	"the later state stands, and the conflict is said"
same "the same picture on every clone" "$id"
run at 10:12 inc-ls -C a
is "$out" "$(printf '%-44s %s' "$id" "resolved      Cy Park              11m  -       -       [conflict] API errors in EU")" \
	"the resolved incident stays in the active list, flagged"
run at 10:12 inc-ls -C c -j
is "$(printf '%s\n' "$out" | jq -c '[.state, .conflicts]')" '["resolved",1]' \
	"inc-ls -j too"
run inc-postmortem -C a -F json "$id"
is "$(printf '%s\n' "$out" | jq -c '[.picture.state, .picture.conflicts[0].kind, .timeline[-1].state]')" \
	'["resolved","state","resolved"]' "the post-mortem's picture and timeline agree"
run at 10:13 inc-state -C c "$id" major
is "$status:$out" "0:@all: Major Incident" \
	"the IC settles it by setting the state"
is "$(inc-state -C c -j "$id" | jq -c '[.state, .conflicts]')" '["major",[]]' \
	"settled: major"
fails "once settled, the same state again is refused" 1 \
	"inc-state: $id: already major" inc-state -C c "$id" major
sync c
sync a
sync b

# --- a state change made apart from a hand-over of command ---
run at 10:20 inc-handoff -C c "$id" ic "Bob Lee <bob@example.com>"
is "$(printf '%s\n' "$out" | head -n 1)" "@all: IC -> Bob Lee" "Cy hands command to Bob"
run as "Cy Park" cy@example.com env INC_NOW=2026-11-23T10:21:00Z \
	inc-state -C a "$id" confirmed
is "$status:$out" "0:@all: Incident Confirmed" \
	"and, on another clone that had not seen it, lowers the state"
sync c
sync a
sync b
sync c
run at 10:22 inc-state -C b "$id"
is "$(printf '%s\n' "$out" | sed -n 3p)" \
	"conflict     a state change and a hand-over of command made apart: IC -> Bob Lee at 10:20, Cy Park -> confirmed at 10:21 - hand over or set the state explicitly to settle it" \
	"the picture says the state was changed apart from the hand-over"
same "the same on every clone" "$id"
run at 10:23 inc-state -C b "$id" confirmed
is "$status:$out" "0:@all: Incident Confirmed" \
	"the new IC settles it by saying the state (again)"
is "$(inc-state -C b -j "$id" | jq -c '[.state, .conflicts, .roles.ic.person.name]')" \
	'["confirmed",[],"Bob Lee"]' "settled"
sync b
sync a
sync c

# --- claims made apart that agree are no conflict ---
run at 10:30 inc-handoff -C b "$id" ic "Cy Park"
is "$(printf '%s\n' "$out" | head -n 1)" "@all: IC -> Cy Park" "Bob hands command back to Cy"
run at 10:31 inc-handoff -C c --force "$id" ic me
is "$(printf '%s\n' "$out" | head -n 1)" "@all: IC -> Cy Park" "while Cy, not knowing, takes it"
sync b
sync c
sync a
sync b
is "$(inc-state -C a -j "$id" | jq -c '[.conflicts, (.decisions.command | length), .roles.ic.person.name]')" \
	'[[],2,"Cy Park"]' "both stand, but name one person: no conflict"

# --- another role handed over apart: Comms to two people ---
run at 10:40 inc-handoff -C c "$id" comms "Chris Stolt <chris@example.com>"
is "$status:$(printf '%s\n' "$out" | head -n 1)" "0:@all: Comms -> Chris Stolt" \
	"Cy hands Comms to Chris"
run as "Cy Park" cy@example.com env INC_NOW=2026-11-23T10:41:00Z \
	inc-handoff -C a "$id" comms "Dana Obi <dana@example.com>"
is "$status:$(printf '%s\n' "$out" | head -n 1)" "0:@all: Comms -> Dana Obi" \
	"and, on another clone that had not seen it, to Dana"
sync c
sync a
sync b
sync c
run at 10:42 inc-state -C b "$id"
is "$(printf '%s\n' "$out" | grep '^conflict')" \
	"conflict     two Comms hand-overs made apart: Chris Stolt at 10:40, Dana Obi at 10:41 - hand over explicitly to settle it" \
	"inc-state says Comms was handed to two people apart"
is "$(inc-state -C b -j "$id" | jq -c '.conflicts[] | [.kind, .role, [.sides[] | .person.name, .at]]')" \
	'["role","comms",["Chris Stolt","2026-11-23T10:40:00Z","Dana Obi","2026-11-23T10:41:00Z"]]' \
	"inc-state -j: a conflict of kind role, naming the role and both"
same "the same picture on every clone" "$id"
run at 10:42 inc-check -C b "$id"
is "$status:$(printf '%s\n' "$out" | grep '^conflicts')" \
	"1:conflicts    ACTION two Comms hand-overs made apart: Chris Stolt at 10:40, Dana Obi at 10:41 - hand over explicitly to settle it" \
	"inc-check: ACTION, and how to settle it"
run at 10:42 inc-check -C b -1
is "$status:$out" "1:INC 1 confirmed: 1 in conflict, impact (+1 more)" "inc-check -1 counts it, and what else needs action"
run at 10:42 inc-ls -C b
is "$out" "$(printf '%-44s %s' "$id" "confirmed     Cy Park              42m  ok      ok      [conflict] API errors in EU")" \
	"inc-ls flags it"
fails "one neither IC nor handed Comms cannot settle it" 1 \
	"inc-handoff: $id: only the incident commander (Cy Park) can assign roles; --force overrides and is recorded" \
	inc-handoff -C b "$id" comms "Bob Lee"
run as "Chris Stolt" chris@example.com env INC_NOW=2026-11-23T10:43:00Z \
	inc-handoff -C b "$id" comms "Dana Obi <dana@example.com>"
is "$status:$(printf '%s\n' "$out" | head -n 1)" "0:@all: Comms -> Dana Obi" \
	"Chris, handed Comms too, hands it to Dana explicitly (to the holder: allowed while it is contested)"
is "$(inc-state -C b -j "$id" | jq -c '[.conflicts, .roles.comms.person.name, (.decisions.roles.comms | length)]')" \
	'[[],"Dana Obi",1]' "which settles it"
fails "the holder again, once settled, is refused" 1 \
	"inc-handoff: $id: Dana Obi already holds comms" \
	inc-handoff -C b --force "$id" comms "Dana Obi <dana@example.com>"
sync b
sync c
sync a
same "settled on every clone" "$id"
is "$(at 10:44 inc-ls -C a | grep -c conflict)" 0 "and inc-ls no longer flags it"

# --- one released apart from one named ---
run at 10:45 inc-handoff -C a --force "$id" comms "Chris Stolt <chris@example.com>"
run at 10:46 inc-handoff -C c "$id" comms -
is "$status:$(printf '%s\n' "$out" | head -n 1)" "0:@all: Comms -> nobody" \
	"Cy releases Comms, not knowing it was handed to Chris"
sync a
sync c
sync b
sync a
run at 10:47 inc-state -C b "$id"
is "$(printf '%s\n' "$out" | grep '^conflict')" \
	"conflict     two Comms hand-overs made apart: Chris Stolt at 10:45, nobody at 10:46 - hand over explicitly to settle it" \
	"a release and a hand-over made apart are a conflict too"
run at 10:48 inc-handoff -C b --force "$id" comms -
is "$status:$(inc-state -C b -j "$id" | jq -c '[.conflicts, .roles.comms]')" \
	'0:[[],null]' "released again, having seen both: settled"
sync b
sync c
sync a

# --- the same person named apart is no conflict ---
run at 10:50 inc-handoff -C c "$id" ops:db "Eve Ng <eve@example.com>"
run as "Cy Park" cy@example.com env INC_NOW=2026-11-23T10:51:00Z \
	inc-handoff -C a "$id" ops:db "Eve Ng <eve@example.com>"
is "$status:$(printf '%s\n' "$out" | head -n 1)" "0:@all: Ops:db -> Eve Ng" \
	"Ops:db handed to Eve on two clones apart"
sync c
sync a
sync b
sync c
is "$(inc-state -C b -j "$id" | jq -c '[.conflicts, (.decisions.roles["ops:db"] | length), .roles["ops:db"].person.name]')" \
	'[[],2,"Eve Ng"]' "both stand, but name one person: no conflict"
same "every clone has the same picture at the end" "$id"
for r in a b c; do
	run inc-verify -C $r
	like "$status:$out" "^0:verified " "inc-verify proves clone $r's history"
	fsck_clean "fsck is clean in clone $r" $r
done
run inc-log -C a -j "$id"
is "$(printf '%s\n' "$out" | jq -s '[.[] | .id] as $ids | [.[] | . as $e |
    ($ids | index($e.id)) as $i | .after[] | ($ids | index(.)) < $i] | all')" true \
	"inc-log lists every event after the events it had seen"

# --- post-mortem owners named apart: Pat on one clone, Lee on another ---
run at 11:00 inc-state -C a --force "$id" resolved
sync a
sync b
sync c
run at 11:05 inc-postmortem -C a -o "Pat Kim <pat@example.com>" "$id"
is "$status:$out" "0:@all: Post-mortem owner -> Pat Kim" "Ana names Pat the post-mortem's owner"
run as "Bob Lee" bob@example.com env INC_NOW=2026-11-23T11:06:00Z \
	inc-postmortem -C b -o "Lee Wong <lee@example.com>" "$id"
is "$status:$out" "0:@all: Post-mortem owner -> Lee Wong" \
	"and Bob, on a clone that had not seen it, names Lee"
sync a
sync b
sync c
sync a
owners="two post-mortem owners named apart: Pat Kim at 11:05, Lee Wong at 11:06 - name the owner again to settle it"
run at 11:10 inc-state -C a "$id"
is "$status:$(printf '%s\n' "$out" | grep '^conflict')" "0:conflict     $owners" \
	"inc-state says the post-mortem was given two owners apart"
is "$(inc-state -C a -j "$id" | jq -c '[.owner.name, [.conflicts[] | [.kind, [.sides[] | .person.name, .at]]]]')" \
	'["Lee Wong",[["postmortem-owner",["Pat Kim","2026-11-23T11:05:00Z","Lee Wong","2026-11-23T11:06:00Z"]]]]' \
	"inc-state -j: a conflict of kind owner, naming both; the later stands"
same "the same picture on every clone" "$id"
run at 11:10 inc-check -C a "$id"
is "$status:$(printf '%s\n' "$out" | grep '^conflicts')" "1:conflicts    ACTION $owners" \
	"inc-check: the conflicts question says it, ACTION"
run at 11:10 inc-postmortem -C a "$id"
is "$status:$(printf '%s\n' "$out" | grep '^- \*\*Not settled')" "0:- **Not settled:** $owners" \
	"the draft says it is not settled"
run at 11:10 inc-postmortem -C a --due
is "$status:$out" "1:$id  $owners" "inc-postmortem --due: owed, exit 1"
is "$(at 11:10 inc-ls -C a | grep -c "$id")" 0 \
	"the incident stays resolved: inc-ls does not list it"
run as "Bob Lee" bob@example.com env INC_NOW=2026-11-23T11:12:00Z \
	inc-postmortem -C a -o "Lee Wong <lee@example.com>" "$id"
is "$status:$out" "0:@all: Post-mortem owner -> Lee Wong" \
	"Lee named again, having seen both (the owner again: allowed while contested)"
is "$(inc-state -C a -j "$id" | jq -c '[.conflicts, .owner.name, (.decisions.postmortem_owner | length)]')" \
	'[[],"Lee Wong",1]' "which settles it"
fails "the owner again, once settled, is refused" 1 \
	"inc-postmortem: $id: Lee Wong already owns the post-mortem" \
	inc-postmortem -C a -o "Lee Wong <lee@example.com>" "$id"
run at 11:13 inc-postmortem -C a --due
is "$status:$out" "0:" "inc-postmortem --due: nothing owed"
run inc-verify -C a
like "$status:$out" "^0:verified " "inc-verify proves the history"

# --- --at: inc-state and the post-mortem agree on how it ended ---
new_repo s
bid=$(at 11:00 inc-open -C s "Backfilled" 2>/dev/null)
at 11:20 inc-state -C s "$bid" major >/dev/null
run env INC_NOW=2026-11-23T11:30:00Z inc-state -C s --at 2026-11-23T11:10:00Z \
	"$bid" resolved
is "$status:$out" "0:@all: Incident Resolved" "resolved, backfilled to 11:10, typed after major"
is "$(inc-state -C s -j "$bid" | jq -r .state)" resolved "inc-state says resolved"
run inc-postmortem -C s "$bid"
is "$(printf '%s\n' "$out" | sed -n '/^## Timeline/,/^## Sitreps/p' | grep '^| 2026')" \
"| 2026-11-23 11:00:00 | Ricardo Ortiz | opened (investigating): Backfilled |
| 2026-11-23 11:20:00 | Ricardo Ortiz | state -> major |
| 2026-11-23 11:10:00 | Ricardo Ortiz | state -> resolved (backfilled) |" "the post-mortem timeline ends resolved too, the backfilled row marked"
run inc-log -C s "$bid"
is "$out" "2026-11-23 11:00:00  Ricardo Ortiz  opened (investigating): Backfilled
2026-11-23 11:20:00  Ricardo Ortiz  state -> major
2026-11-23 11:10:00  Ricardo Ortiz  state -> resolved [backfilled]" \
	"inc-log has the same order"
is "$(inc-postmortem -C s -F json "$bid" | jq -c '[.timeline[] | .state // "-"]')" \
	'["investigating","major","resolved"]' "the post-mortem's JSON timeline too"

# --- a log written before "after": ordered by seq, as then ---
new_repo o
cp -R "$SRC/tests/t0075-old/incidents" o/
git -C o add incidents
git -C o commit -q -m "a log from before after"
oid=2026-11-23-1000-old-log-czt21a
run inc-log -C o "$oid"
is "$out" "2026-11-23 10:00:00  Ana Lima  opened (investigating): Old log
2026-11-23 10:01:00  Ana Lima  note: checking
2026-11-23 10:10:00  Ana Lima  state -> major
2026-11-23 10:11:00  Bob Lee  state -> resolved [forced]
2026-11-23 10:05:00  Ana Lima  note: db down" \
	"old events: by seq, then at among those of one seq (db down, recorded when it happened by a clock behind, not marked backfilled)"
run inc-state -C o -j "$oid"
is "$(printf '%s\n' "$out" | jq -c '[.state, .conflicts[].kind, [.conflicts[].sides[].state], .heads]')" \
	'["resolved","state",["major","resolved"],["01a207ddb4e075f3e2f4be9130c9"]]' \
	"two state changes of one seq were made apart: a conflict"
run inc-ls -C o
is "$(printf '%s\n' "$out" | awk '{ print $1, $2, $NF }')" "$oid resolved log" \
	"listed though resolved"
run as "Ana Lima" ana@example.com env INC_NOW=2026-11-23T10:30:00Z \
	inc-state -C o "$oid" resolved
is "$status:$out" "0:@all: Incident Resolved" "Ana says resolved again"
is "$(log o "$oid" | jq -sc 'sort_by(.seq) | last | [.seq, .after]')" \
	'[5,["01a207ddb4e075f3e2f4be9130c9"]]' "after the old events' newest"
is "$(inc-state -C o -j "$oid" | jq -c '[.state, .conflicts]')" '["resolved",[]]' \
	"which settles it"
run inc-ls -C o
is "$status:$out" "0:" "and it leaves the active list"

# --- settling by saying resolved again keeps the time it was resolved ---
git init -q --bare hub2.git
git clone -q hub2.git ic 2>/dev/null
git -C ic config user.name "Ana Lima"
git -C ic config user.email ana@example.com
rid=$(INC_NOW=2026-11-23T09:50:00Z inc-open -C ic -O 2026-11-23T09:47:00Z \
	"CDN errors" 2>/dev/null)
succeeds "setup: customers told" env INC_NOW=2026-11-23T09:58:00Z inc-status -C ic \
	-s investigating -p CDN "$rid" "Some pages load slowly or fail to load. We are investigating. Retrying is safe."
git -C ic push -q origin main
git -C ic config pull.rebase false
git clone -q hub2.git ops
git -C ops config pull.rebase false
git -C ops config user.name "Cy Park"
git -C ops config user.email cy@example.com
at 12:43 inc-state -C ops -f "$rid" major >/dev/null
at 12:44 inc-state -C ic "$rid" resolved >/dev/null 2>&1
git -C ops push -q origin main
git -C ic pull -q --no-edit origin main
run at 12:46 inc-state -C ic -j "$rid"
is "$(printf '%s\n' "$out" | jq -c '[.state, .resolved_at, (.conflicts | length)]')" \
	'["resolved","2026-11-23T12:44:00Z",1]' "setup: resolved at 12:44, a state conflict"
run at 12:50 inc-state -C ic "$rid" resolved -m "settling: the spike was cache refill"
is "$status:$out" "0:@all: Incident Resolved" "the IC settles it by saying resolved again"
run at 12:55 inc-state -C ic "$rid"
is "$(printf '%s\n' "$out" | grep -E '^(state|conflict|impact)')" \
"state        resolved (0) since 2026-11-23 12:44 UTC
impact       began 2026-11-23 09:47 UTC; time to detect 3m, to mitigate -, to resolve 2h57m" \
	"settled: still resolved since 12:44, time to resolve unchanged"
run inc-postmortem -C ic "$rid"
is "$(printf '%s\n' "$out" | grep -E '^- (Resolved|Time)')" \
"- Resolved: 2026-11-23 12:44 UTC (time to resolve: 2h57m)
- Time to detect 3m, to mitigate -, to resolve 2h57m, from when the impact began" \
	"the post-mortem says so too"
succeeds "settled: published" env INC_NOW=2026-11-23T12:55:00Z inc-publish -C ic -q site
is "$(jq -c '.incidents[0] | [.status, .resolved_at]' site/api/v2/incidents.json)" \
	'["resolved","2026-11-23T12:44:00.000Z"]' "and the page: all three agree"
at 13:00 inc-state -C ic "$rid" confirmed >/dev/null 2>&1
at 13:10 inc-state -C ic "$rid" resolved >/dev/null 2>&1
is "$(inc-state -C ic -j "$rid" | jq -r .resolved_at)" 2026-11-23T13:10:00Z \
	"reopened and resolved again: resolved when it was resolved the second time"

# --- a bad after is refused like any bad field ---
new_repo x
xid=$(inc-open -C x "Bad after" 2>/dev/null)
f=$(ls x/incidents/*/*/"$xid"/*.jsonl)
jq -c '.after = [1]' "$f" >"$f.new" && mv "$f.new" "$f"
git -C x commit -q -a -m forged
fails "after that is not a list of ids" 1 \
	"inc-state: ${f#x/}:1: after is not a list of event ids" inc-state -C x "$xid"

# --- a resolved update made apart from a reopening: the IC reopens and
# tells customers; Comms, not synced, posts a late "resolved" after it
# by the clock. Merged, the page keeps it open, as if reopened after
# it, on every clone, in either order, until an update that saw both
git init -q --bare hub2.git
git clone -q hub2.git r1 2>/dev/null
rid2=$(at 14:00 inc-open -C r1 "Pages builds failing" 2>/dev/null)
at 14:01 inc-handoff -C r1 "$rid2" comms "Bob Lee <bob@example.com>" >/dev/null 2>&1
at 14:05 inc-status -C r1 "$rid2" -s resolved \
	"All pending builds have been processed. Everything works again. No data was lost." >/dev/null 2>&1
at 14:06 inc-state -C r1 "$rid2" resolved >/dev/null 2>&1
git -C r1 push -q origin main
git clone -q hub2.git r2
git -C r2 config pull.rebase false; git -C r1 config pull.rebase false
git -C r2 config user.name "Bob Lee"
git -C r2 config user.email bob@example.com
at 14:20 inc-state -C r1 "$rid2" confirmed >/dev/null 2>&1
at 14:21 inc-status -C r1 "$rid2" -s investigating \
	"Some builds are failing again. We are investigating. There is no workaround yet." >/dev/null 2>&1
at 14:25 inc-status -C r2 "$rid2" -s resolved \
	"Follow-up: every queued build has now been published. No data was lost." >/dev/null 2>&1
sync r1
sync r2
sync r1
for r in r1 r2; do
	run at 14:30 inc-check -C $r "$rid2"
	is "$status:$(printf '%s\n' "$out" | grep ^customers)" \
		"1:customers    ACTION last update 5m ago (resolved, before it was opened again): Follow-up: every queued build has now been published. No dat...; next LATE by 10m" \
		"clone $r: the late resolved update, made apart, does not close it"
	at 14:30 inc-publish -C $r -q -f site-$r
	is "$(jq -c '[.incidents[0].status, .status.indicator]' site-$r/api/v2/summary.json)" \
		'["investigating","major"]' "clone $r: the page keeps it open"
done
at 14:31 inc-status -C r2 "$rid2" -s resolved \
	"Every build works again. No data was lost." >/dev/null 2>&1
run at 14:32 inc-check -C r2 "$rid2"
like "$(printf '%s\n' "$out" | grep ^customers)" "^customers    ok " \
	"an update posted having seen both settles it"

# --- a need raised apart from the resolution: an ops lead, not synced
# since, finds the fix incomplete. Merged, the incident stays active,
# the need a conflict every clone shows, until it is met
git init -q --bare hub3.git
git clone -q hub3.git n1 2>/dev/null
nid=$(at 15:00 inc-open -C n1 "Pages builds failing" 2>/dev/null)
at 15:01 inc-handoff -C n1 "$nid" ops:database "Martin Luther King, Jr. <mlk@example.com>" >/dev/null 2>&1
git -C n1 push -q origin main
git clone -q hub3.git n2
for r in n1 n2; do git -C $r config pull.rebase false; done
git -C n2 config user.name "Martin Luther King, Jr."
git -C n2 config user.email mlk@example.com
at 15:04 inc-state -C n1 "$nid" resolved >/dev/null 2>&1
at 15:06 inc-note -C n2 "$nid" --need "builds for 2% of sites still failing: need Pages team" >/dev/null 2>&1
sync n1
sync n2
sync n1
conflict='need 1 raised apart from the resolution: Martin Luther King, Jr. at 15:06 needs "builds for 2% of sites still failing: need Pages team", Ricardo Ortiz resolved at 15:04 - meet it (inc-note --met 1) or set the state explicitly to settle it'
for r in n1 n2; do
	run at 15:10 inc-check -C $r
	is "$status:$(printf '%s\n' "$out" | grep ^conflicts)" "1:conflicts    ACTION $conflict" \
		"clone $r: the need is a conflict, the incident still checked"
	run at 15:10 inc-ls -C $r
	like "$out" "^$nid +resolved .*\\[conflict\\] Pages builds failing\$" \
		"clone $r: and listed as active"
done
run at 15:11 inc-note -C n1 --met 1 "$nid"
is "$status" 0 "the need met"
run at 15:12 inc-check -C n1
is "$status:$out" "0:no active incident" "settled: the incident is over"
# the other way: the IC, having seen the need, resolves again
at 15:20 inc-state -C n1 "$nid" confirmed >/dev/null 2>&1
sync n1
sync n2
at 15:21 inc-state -C n1 "$nid" resolved >/dev/null 2>&1
at 15:22 inc-note -C n2 "$nid" --need "a rollback window" >/dev/null 2>&1
sync n1
sync n2
sync n1
run at 15:23 inc-state -C n1 "$nid" resolved
is "$status" 0 "resolving again, having seen the need, is allowed"
run at 15:24 inc-check -C n1
is "$status:$out" "0:no active incident" "and settles it"

# --- settings set apart: the public title, and the customer updates'
# cadence, each set on two clones that had not seen the other's: a
# conflict every view shows (the last said shows meanwhile), settled by
# setting it again, the same value too
sid=$(at 16:00 inc-open -C a "EC2 API errors" 2>/dev/null)
sync a
sync b
run at 16:05 inc-state -C a --public-title "Increased API error rates" "$sid"
run at 16:05 inc-status -C a -E 30m "$sid"
run as "Bob Lee" bob@example.com env INC_NOW=2026-11-23T16:06:00Z \
	inc-state -C b --force --public-title "Service disruption" "$sid"
run as "Bob Lee" bob@example.com env INC_NOW=2026-11-23T16:06:00Z \
	inc-status -C b --force -E 2h "$sid"
sync a
sync b
sync a
titles='two public titles set apart: Ana Lima: "Increased API error rates" at 16:05, Bob Lee: "Service disruption" at 16:06 - set it again to settle it'
cadences="two customer update cadences set apart: Ana Lima: every 30m at 16:05, Bob Lee: every 2h00m at 16:06 - set it again to settle it"
run at 16:10 inc-state -C a "$sid"
is "$(printf '%s\n' "$out" | grep '^conflict')" "conflict     $titles
conflict     $cadences" "inc-state: both settings set apart are conflicts"
is "$(inc-state -C b -j "$sid" | jq -c '[.conflicts[] | [.kind, .setting, [.sides[] | .value]]]')" \
	'[["setting","public_title",["Increased API error rates","Service disruption"]],["setting","update_interval_seconds",[1800,7200]]]' \
	"inc-state -j: kind setting, its field, both values"
run at 16:10 inc-check -C a "$sid"
is "$status:$(printf '%s\n' "$out" | grep '^conflicts')" "1:conflicts    ACTION $titles; $cadences" \
	"inc-check: ACTION"
like "$(at 16:10 inc-ls -C a)" "\\[conflict\\] EC2 API errors" "inc-ls marks it"
run at 16:12 inc-state -C a --public-title "Service disruption" "$sid"
is "$status" 0 "the title shown, said again having seen both: allowed"
run at 16:12 inc-status -C a -E 30m "$sid"
is "$status:$(inc-state -C a -j "$sid" | jq -c '[.conflicts, .public_title, .update_interval_seconds]')" \
	'0:[[],"Service disruption",1800]' "both settled"
fails "once settled, the same title again is refused" 1 \
	"inc-state: $sid: the public title is already \"Service disruption\"" \
	inc-state -C a --public-title "Service disruption" "$sid"
sync a
sync b
sync c
same "the same picture on every clone" "$sid"

done_testing
