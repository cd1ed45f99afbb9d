#!/bin/sh
# inc-check: the IC's event loop answered from the record, one line a
# question with its evidence; exit 1 when anything needs action.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:30:00Z
ana() { as "Ana Lima" ana@example.com "$@"; }

new_repo r
run inc-check -C r
is "$status:$out:$err" "0:no active incident:" "nothing active: nothing to do"
run inc-check -C r -1
is "$status:$out:$err" "0::" "--prompt says nothing when nothing is active"

run inc-open -C r -t 2026-11-23T08:00:00Z -S confirmed "database unstable"
id=$out
run inc-handoff -C r -t 2026-11-23T08:01:00Z ops:database "Ana Lima <ana@example.com>"
run ana inc-note -C r -t 2026-11-23T10:05:00Z --need "a DBA who knows PITR"
run inc-sitrep -C r -t 2026-11-23T11:10:00Z -b "db down" -i "many apps" \
	-d "failing over"
run inc-state -C r -t 2026-11-23T11:12:00Z major
run inc-status -C r -t 2026-11-23T11:21:00Z -s identified \
	"We are seeing errors on databases and are working on it. No workaround yet."
run inc-status -C r -t 2026-11-23T11:22:00Z -k "Acme Corp"

run inc-check -C r
is "$status" 1 "something needs action: exit 1"
is "$out" "$id  major: database unstable
groups       ACTION Ops:database (Ana Lima) last report 2h25m ago: silent; need 1 open 2h25m (Ops:database): a DBA who knows PITR
people       ACTION Ana Lima on for 4h29m, over 4h: relieve; Ricardo Ortiz on for 4h30m, over 4h: relieve
customers    ACTION last update 1h09m ago (identified): We are seeing errors on databases and are working on it. No ...; next LATE by 39m; contacted: Acme Corp
impact       ACTION the last sitrep gives no number: many apps
sitrep       ACTION last 1h20m ago; DUE, 50m late
information  ACTION state -> major since the last sitrep: send one" \
	"the six questions, each with its evidence"
is "$err" "" "nothing on stderr"
run inc-check -C r -1
is "$status:$out" "1:INC 1 major: sitrep 50m late, update 39m late, 1 need, people (+2 more)" \
	"--prompt: one short line, the questions the timers and needs do not say after them: the first by name"
run inc-check -C r -j
is "$status" 1 "--json: exit 1 too"
is "$(printf '%s' "$out" | jq -c '[.incident == "'"$id"'", .state, .action, [.questions[] | .question], [.questions[] | .action]]')" \
	'[true,"major",true,["groups","people","customers","impact","sitrep","information"],[true,true,true,true,true,true]]' \
	"--json: the questions, in order, each with action"

# the IC acts on each
run inc-handoff -C r -t 2026-11-23T12:20:00Z ic "Bo Chen <bo@example.com>"
run as "Bo Chen" bo@example.com inc-handoff -C r -t 2026-11-23T12:21:00Z \
	ops:database "Cy Diaz <cy@example.com>"
fails "a need met as of before it was asked is refused" 1 \
	"inc-note: $id: 2026-11-23T10:04:00Z is before need 1 was recorded (2026-11-23T10:05:00Z)" \
	inc-note -C r -t 2026-11-23T10:04:00Z --met 1
run as "Cy Diaz" cy@example.com inc-note -C r -t 2026-11-23T12:22:00Z --met 1
run as "Cy Diaz" cy@example.com inc-note -C r -t 2026-11-23T12:23:00Z \
	"replica promoted"
run as "Dee Ek" dee@example.com inc-status -C r -t 2026-11-23T12:24:00Z -s monitoring \
	"Errors have stopped for most customers; we are watching. No workaround is needed."
run as "Bo Chen" bo@example.com inc-sitrep -C r -t 2026-11-23T12:25:00Z \
	-b "db failed over" -i "2% of apps still see errors" -d "watching"
run inc-check -C r "$id"
is "$status:$out" "0:$id  major: database unstable
groups       ok     Ops:database (Cy Diaz) last report 7m ago; no open need
people       ok     Bo Chen on for 10m; Cy Diaz on for 9m; Dee Ek on for 6m
customers    ok     last update 6m ago (monitoring): Errors have stopped for most customers; we are watching. No ...; next due in 24m; contacted: Acme Corp
impact       ok     the last sitrep: 2% of apps still see errors
sitrep       ok     last 5m ago; next due in 25m
information  ok     nothing decided since the last sitrep" \
	"all answered: exit 0, and who is on now"
run inc-check -C r -1
is "$status:$out" "0:INC 1 major: ok" "--prompt: ok"

# health readings, from a monitoring job, and the next IC named
run as "Alert Bot" bot@example.com inc-note -C r -t 2026-11-23T12:26:00Z \
	--metric "5xx rate" "31% of requests"
is "$status:$out" "0:Reading: 5xx rate = 31% of requests" "a reading recorded"
run as "Alert Bot" bot@example.com inc-note -C r -t 2026-11-23T12:28:00Z \
	--incident "$id" --metric " 5XX Rate	" "2.4% "
is "$status:$out" "0:Reading: 5XX Rate = 2.4%" \
	"a reading's metric and value are recorded without the blanks around them"
run as "Alert Bot" bot@example.com inc-note -C r -t 2026-11-23T12:28:30Z \
	--metric "p99 latency" "1.9 s"
run as "Bo Chen" bo@example.com inc-handoff -C r -t 2026-11-23T12:29:00Z \
	--next ic "José María Gómez Jr. <jm@example.com>"
is "$status:$out" "0:@all: Next IC: José María Gómez Jr." "the next IC named"
run inc-check -C r "$id"
is "$(printf '%s\n' "$out" | sed -n '3p;5p')" \
	"people       ok     Bo Chen on for 10m; Cy Diaz on for 9m; Dee Ek on for 6m; next IC: José María Gómez Jr.
impact       ok     the last sitrep: 2% of apps still see errors; readings: 5XX Rate 2.4% 2m ago (was 31% of requests), p99 latency 1.9 s 1m ago" \
	"impact: the latest reading of each metric, and its trend; people: the next IC, and no monitor"
run inc-check -C r -j "$id"
is "$(printf '%s' "$out" | jq -r '.questions[3].answer')" \
	"the last sitrep: 2% of apps still see errors; readings: 5XX Rate 2.4% 2m ago (was 31% of requests), p99 latency 1.9 s 1m ago" \
	"--json: the same evidence"
fails "a reading has no group" 2 "inc-note: a reading is a measurement: no --group or --backfill
$(usage_of inc-note)" inc-note -C r -G ops --metric x 1
fails "a reading needs its value" 2 "inc-note: missing the reading
$(usage_of inc-note)" inc-note -C r --metric "5xx rate"
fails "--metric and --need" 2 "inc-note: --need, --can, --met and --metric are separate events
$(usage_of inc-note)" inc-note -C r --need --metric x 1
fails "a metric name on two lines" 1 "inc-note: metric: contains a control character" \
	inc-note -C r --metric "$(printf 'a\nb')" 1

# up at night
run inc-open -C r -t 2026-11-23T02:00:00Z "Night pages"
id2=$out
run env INC_NOW=2026-11-23T03:00:00Z inc-check -C r --incident "$id2"
like "$out" "^people       ACTION Ricardo Ortiz on for 1h00m, up at night$" \
	"someone up at night needs sleep (TZ=UTC here)"
run env TZ=Asia/Tokyo inc-check -C r --incident "$id2"
like "$out" "^people       ACTION Ricardo Ortiz on for 10h30m, over 4h: relieve, up at night$" \
	"night is the writer's: 02:00 UTC where the events were written, though 11:00 where it is checked"
run env TZ=Asia/Tokyo inc-open -C r -t 2026-11-23T02:00:00Z "Tokyo pages"
idt=$out
is "$(event_field r "$idt" .utc_offset_seconds)" 32400 \
	"an event keeps its writer's UTC offset then"
run env TZ=UTC inc-check -C r --incident "$idt"
like "$out" "^people       ACTION Ricardo Ortiz on for 10h30m, over 4h: relieve$" \
	"written in Tokyo: 11:00 to 21:30 there is not night, checked in UTC"
git -C r config inc.fatigueHours 12
run env TZ=UTC inc-check -C r --incident "$idt"
like "$out" "^people       ok     Ricardo Ortiz on for 10h30m$" \
	"inc.fatigueHours sets the threshold"
inc-state -C r --incident "$idt" resolved >/dev/null 2>&1
run inc-open -C r -t 2026-11-22T22:00:00Z "All night long"
id3=$out
run env INC_NOW=2026-11-23T07:00:00Z inc-check -C r --incident "$id3"
like "$out" "^people       ACTION Ricardo Ortiz on for 9h00m, up at night$" \
	"22:00 to 07:00 went through the night"
run inc-state -C r --incident "$id3" resolved
run inc-check -C r
is "$status:$(printf '%s\n' "$out" | grep -c '^groups ')" "1:2" \
	"without an id every active incident is checked"
run env INC_ID="$id2" inc-check -C r
is "$(printf '%s\n' "$out" | grep -c '^groups '):$(printf '%s\n' "$out" | head -n 1 | cut -d' ' -f1)" \
	"1:$id2" "without an id, \$INC_ID is the incident, as for the other tools"
run env INC_ID="$id2" inc-check -C r -1
is "$status:$out" "1:INC 1 investigating: sitrep 9h30m late, update 9h30m late, people (+2 more)" \
	"--prompt: \$INC_ID is the incident"
run env INC_ID= inc-check -C r
is "$(printf '%s\n' "$out" | grep -c '^groups ')" 2 \
	"an empty \$INC_ID: every active incident"
fails "\$INC_ID that names no incident" 2 \
	"inc-check: nosuch: no such incident" env INC_ID=nosuch inc-check -C r

# a resolved incident: what is left is its post-mortem, as
# inc-postmortem --due counts it
run inc-state -C r -t 2026-11-23T03:10:00Z --incident "$id2" resolved
run inc-check -C r "$id2"
is "$status:$out" "1:$id2  resolved: Night pages
groups       ok     resolved
people       ok     resolved
customers    ok     resolved
impact       ok     resolved
sitrep       ok     resolved
information  ok     resolved
postmortem   ACTION no post-mortem owner" \
	"a resolved incident with no post-mortem owner: ACTION, as --due says"
run inc-postmortem -C r -t 2026-11-23T03:11:00Z --owner "Ana Lima" "$id2"
run inc-check -C r "$id2"
is "$status:$(printf '%s\n' "$out" | sed -n '2p;$p')" "0:groups       ok     resolved
postmortem   ok     owner Ana Lima; no action open" \
	"an owner, no action: nothing needs action"
run inc-postmortem -C r -t 2026-11-23T03:12:00Z --action "Page the DBA" \
	--owner "Cy Diaz" --by 2026-11-23 "$id2"
run inc-postmortem -C r -t 2026-11-23T03:13:00Z --action "Alert on replica lag" \
	--owner "Bo Chen" --by 2026-11-20 "$id2"
run inc-postmortem -C r -t 2026-11-23T03:14:00Z --action "Rehearse failover" \
	--owner "Bo Chen" --by 2026-11-21 "$id2"
run inc-postmortem -C r -t 2026-11-23T03:15:00Z --done 3 "$id2"
run inc-check -C r "$id2"
is "$status:$(printf '%s\n' "$out" | tail -n 1)" \
	"1:postmortem   ACTION owner Ana Lima; action 2 overdue since 2026-11-20 (owner Bo Chen)" \
	"an action past its due date and not done: ACTION (one due today, or done, is not)"
run inc-postmortem -C r --due
is "$status:$(printf '%s\n' "$out" | grep "^$id2")" "1:$id2  action 2 overdue since 2026-11-20 (owner Bo Chen)" \
	"inc-postmortem --due says the same"
run inc-check -C r -j "$id2"
is "$status:$(printf '%s' "$out" | jq -c '[.state, .action, [.questions[] | .question], [.questions[] | .action], .questions[-1].answer]')" \
	'1:["resolved",true,["groups","people","customers","impact","sitrep","information","postmortem"],[false,false,false,false,false,false,true],"owner Ana Lima; action 2 overdue since 2026-11-20 (owner Bo Chen)"]' \
	"--json: the postmortem question, with action and the same answer"
run inc-postmortem -C r -t 2026-11-23T03:16:00Z --done 2 "$id2"
run inc-check -C r "$id2"
is "$status:$(printf '%s\n' "$out" | tail -n 1)" \
	"0:postmortem   ok     owner Ana Lima; 1 action open, none overdue" \
	"the overdue action done: ok, and what is still open"
run env INC_NOW=2026-11-24T00:00:00Z inc-check -C r "$id2"
is "$status:$(printf '%s\n' "$out" | tail -n 1)" \
	"1:postmortem   ACTION owner Ana Lima; action 1 overdue since 2026-11-23 (owner Cy Diaz)" \
	"the next day, the action due the day before is overdue"
run inc-check -C r -1
is "$status:$out" "0:INC 1 major: ok" \
	"--prompt: the active incidents only, as before"
run inc-open -C r -t 2026-11-23T12:00:00Z "Night pages again"
dupid=$out
run inc-state -C r -t 2026-11-23T12:01:00Z "$dupid" duplicate "$id2"
run inc-check -C r "$dupid"
is "$status:$(printf '%s\n' "$out" | tail -n 1)" \
	"0:postmortem   ok     a duplicate of $id2: its post-mortem covers this one" \
	"a duplicate owes no post-mortem, as for --due"

# two writes in one second by someone with no role: still on
run as "Eve Fox" eve@example.com inc-note -C r -t 2026-11-23T12:29:10Z --incident "$id" "LB pool drained"
run as "Eve Fox" eve@example.com inc-note -C r -t 2026-11-23T12:29:10Z --incident "$id" "LB pool restored"
run inc-check -C r "$id"
like "$(printf '%s\n' "$out" | sed -n 3p)" "; Eve Fox on for 50s;" \
	"two writes in the same second are no role handed on"

# decisions made apart stand side by side after a merge: the IC is told,
# not "ok"
git init -q --bare hub.git
git clone -q hub.git c1 2>/dev/null
cid=$(inc-open -C c1 -t 2026-11-23T12:00:00Z "Checkout errors" 2>/dev/null)
git -C c1 push -q origin main
git clone -q hub.git c2
for c in c1 c2; do git -C $c config pull.rebase false; done
run inc-state -C c1 -t 2026-11-23T12:10:00Z "$cid" confirmed
run as "Bo Chen" bo@example.com inc-state -C c2 -t 2026-11-23T12:11:00Z --force "$cid" major
git -C c1 push -q origin main
git -C c2 pull -q --no-edit origin main && git -C c2 push -q origin main
run inc-check -C c2 "$cid"
is "$status:$(printf '%s\n' "$out" | tail -n 1)" \
	"1:conflicts    ACTION two state changes made apart: Ricardo Ortiz -> confirmed at 12:10, Bo Chen -> major at 12:11 - set the state explicitly to settle it" \
	"two state changes made apart: ACTION, and how to settle it"
run inc-check -C c2 -j "$cid"
is "$(printf '%s' "$out" | jq -c '[.action, .questions[-1].question, .questions[-1].action]')" \
	'[true,"conflicts",true]' "--json: the conflicts question"
run inc-check -C c2 -1
is "$status:$out" "1:INC 1 major: sitrep 0s late, update 0s late, 1 in conflict, impact (+1 more)" "--prompt: in conflict, as well as late"
# resolved apart from a hand-over of command: not over until settled
run inc-state -C c2 -t 2026-11-23T12:12:00Z "$cid" major
git -C c2 push -q origin main
git -C c1 pull -q --no-edit origin main
run inc-handoff -C c1 -t 2026-11-23T12:13:00Z "$cid" ic "Cy Diaz <cy@example.com>"
run as "Bo Chen" bo@example.com inc-state -C c2 -t 2026-11-23T12:14:00Z --force "$cid" resolved
git -C c1 push -q origin main
git -C c2 pull -q --no-edit origin main
run inc-check -C c2 "$cid"
is "$status:$(printf '%s\n' "$out" | sed -n '2p;$p')" "1:groups       ok     resolved
conflicts    ACTION a state change and a hand-over of command made apart: IC -> Cy Diaz at 12:13, Bo Chen -> resolved at 12:14 - hand over or set the state explicitly to settle it" \
	"resolved apart from a hand-over: the conflict still needs action"
run inc-check -C c2 -1
is "$status:$out" "1:INC 1 resolved: 1 in conflict, postmortem" "--prompt: not over either, and the post-mortem owes an owner"

fails "--prompt and --json" 2 "inc-check: --prompt is one line of text: no --json
$(usage_of inc-check)" inc-check -C r -1 -j
fails "no such incident: trouble, not a yes" 2 "inc-check: nope: no such incident" \
	inc-check -C r nope
inc-check -C r "$id" >/dev/full 2>/dev/null
is "$?" 2 "stdout full: trouble"

# an impact of all (or none) is understood, as well as a number
new_repo all
allid=$(inc-open -C all -t 2026-11-23T12:00:00Z "Site down" 2>/dev/null)
inc-sitrep -C all -t 2026-11-23T12:10:00Z -b "Site down" -i "All users of the site" \
	-d "Restoring from backup" >/dev/null 2>&1
run inc-check -C all "$allid"
like "$out" "^impact       ok     the last sitrep: All users of the site$" \
	"'All users' states the impact"
inc-sitrep -C all -t 2026-11-23T12:20:00Z -b "Site down" -i "Some users, maybe" \
	-d "Restoring from backup" >/dev/null 2>&1
run inc-check -C all "$allid"
like "$out" "^impact       ACTION the last sitrep gives no number: Some users, maybe$" \
	"'some users' does not"

# --prompt gives the full check's answer: a drill confirmed ten minutes
# ago, nothing late yet, still owes a sitrep stating the impact (the
# prompt said "ok", exit 0, while the check said ACTION, exit 1)
new_repo pr
run env INC_NOW=2026-11-23T21:30:00Z inc-open -C pr --drill -S confirmed "drill"
prid=$out
export INC_NOW=2026-11-23T21:40:00Z
run inc-check -C pr
is "$status:$(printf '%s\n' "$out" | grep ACTION | cut -c1-19)" "1:impact       ACTION
information  ACTION" "the check: impact and information need action"
run inc-check -C pr -1
is "$status:$out" "1:INC 1 [drill] confirmed: impact (+1 more)" \
	"--prompt: the same exit, the first question needing action named"
run inc-sitrep -C pr -b "nothing, a drill" -i "none: a drill" -d "drilling"
run inc-check -C pr -1 "$prid"
is "$status:$out" "0:INC 1 [drill] confirmed: ok" "answered: ok, exit 0, as the check"
inc-state -C pr resolved >/dev/null 2>&1
run inc-check -C pr -1 "$prid"
is "$status:$out" "1:INC 1 [drill] resolved: postmortem" \
	"a resolved incident named owing its post-mortem's owner: said, exit 1, as the check"
run inc-check -C pr -1
is "$status:$out" "0:" "unnamed, it is not active: nothing"
unset INC_NOW

# information: what the last sitrep had not seen, by the log, not by
# the clock: a hand-over made on a clone offline before the sitrep's
# time, merged after it, was in no sitrep
inc-init chub.git >/dev/null 2>&1
inc-init -u "file://$TRASH/chub.git" icc >/dev/null 2>&1
inc-init -u "file://$TRASH/chub.git" opc >/dev/null 2>&1
for r in icc opc; do git -C $r config inc.autoSync false; done
hid=$(inc-open -C icc -t 2026-11-23T15:45:00Z -S confirmed "API errors" 2>/dev/null)
inc-handoff -C icc -t 2026-11-23T15:50:00Z ops:ec2 "Nguyễn Thị Minh Khai <khai@example.com>" >/dev/null 2>&1
inc-sync -q -C icc && inc-sync -q -C opc
as "Nguyễn Thị Minh Khai" khai@example.com inc-handoff -C opc \
    -t 2026-11-23T16:10:00Z ops:ec2 "李雷 <lei@example.com>" >/dev/null 2>&1
inc-sitrep -C icc -t 2026-11-23T16:15:00Z -b "EC2 APIs fail" \
    -i "all EC2 API calls in one region" -d "failing over" >/dev/null 2>&1
run env INC_NOW=2026-11-23T16:20:00Z inc-check -C icc "$hid"
like "$out" "information  ok     nothing decided since the last sitrep" \
    "before the merge: nothing the sitrep had not seen"
inc-sync -q -C opc && inc-sync -q -C icc
run env INC_NOW=2026-11-23T17:00:00Z inc-check -C icc "$hid"
like "$out" "information  ACTION Ops:ec2 -> 李雷 since the last sitrep: send one" \
    "merged after the sitrep, the hand-over made offline before its time is news"
inc-sitrep -C icc -t 2026-11-23T17:05:00Z -b "EC2 APIs fail" \
    -i "all EC2 API calls in one region" -d "failing over" >/dev/null 2>&1
run env INC_NOW=2026-11-23T17:10:00Z inc-check -C icc "$hid"
like "$out" "information  ok     nothing decided since the last sitrep" \
    "a sitrep that has seen it: told"
run inc-state -C icc -t 2026-11-23T17:00:00Z major
run env INC_NOW=2026-11-23T17:10:00Z inc-check -C icc "$hid"
like "$out" "information  ACTION state -> major since the last sitrep: send one" \
    "a state change backfilled (-t) to before that sitrep, recorded after it: news too"

# --- the answers come from the picture, which keeps what they need of
# the events as each is written (lib/checkfold.c): the same as a picture
# made again from the whole log, and as before the log grew long
kept=$(env INC_NOW=2026-11-23T17:10:00Z inc-check -C icc "$hid")
rm -rf icc/.git/incident-cache
is "$(env INC_NOW=2026-11-23T17:10:00Z inc-check -C icc "$hid")" "$kept" \
	"a check from the writers' picture is one from the whole log's"
is "$(inc-state -C icc -j "$hid" | jq -c '[.check.news[] | [.type, .state]]')" \
	'[["state","major"]]' "the picture keeps the decisions the last sitrep had not seen"
kept=$(env INC_NOW=2026-11-23T12:30:00Z inc-check -C r "$id")
rm -rf r/.git/incident-cache
is "$(env INC_NOW=2026-11-23T12:30:00Z inc-check -C r "$id")" "$kept" \
	"and people's stretches of work alike"

# hand-overs backfilled (-t) out of order: Chris has held Comms since
# 09:00 by the times, though the log hands it on from her 10:00 one first
new_repo bf
bfid=$(inc-open -C bf -t 2026-11-23T06:00:00Z -S confirmed "DB down" 2>/dev/null)
inc-handoff -C bf -t 2026-11-23T10:00:00Z comms "Chris Stolt <chris@example.com>" >/dev/null 2>&1
inc-handoff -C bf -t 2026-11-23T07:30:00Z comms "Bob Lee <bob@example.com>" >/dev/null 2>&1
inc-handoff -C bf -t 2026-11-23T09:00:00Z comms "Chris Stolt <chris@example.com>" >/dev/null 2>&1
like "$(env INC_NOW=2026-11-23T13:30:00Z inc-check -C bf "$bfid")" \
	"Chris Stolt on for 4h30m, over 4h: relieve" \
	"a role handed on before it was taken, both backfilled, takes no time off"

done_testing
