#!/bin/sh
# inc-state: the picture, state changes, who may make them, naming incidents.
. "$(dirname "$0")/lib.sh"

# The clock is pinned: "now" is noon, incidents are backfilled before it.
export INC_NOW=2026-11-23T12:00:00Z


new_repo r
run inc-open -C r -t 2026-11-23T11:00:00Z -m "5xx from the API" "API errors in EU"
id=$out
is "$status" 0 "setup: open an incident at 11:00"

# --- the picture ---
succeeds "the picture exits 0" env INC_NOW=2026-11-23T11:30:00Z inc-state -C r
is "$out" "$id  API errors in EU
state        investigating (1) since 2026-11-23 11:00 UTC
opened       2026-11-23 11:00 UTC, open for 30m
IC           Ricardo Ortiz (since 2026-11-23 11:00 UTC)
sitrep       none yet, next due in 30m
customers    no update yet, next due in 30m
summary      5xx from the API" "the picture in words, sitrep not yet due"
is "$err" "" "the picture says nothing on stderr"

run env INC_NOW=2026-11-23T12:30:00Z inc-state -C r
is "$(printf '%s\n' "$out" | sed -n '3p;5p')" \
"opened       2026-11-23 11:00 UTC, open for 1h30m
sitrep       none yet, OVERDUE by 30m" "an hour after opening the sitrep is overdue"

run inc-state -C r --json
is "$status" 0 "--json exits 0"
is "$(printf '%s\n' "$out" | grep -c '')" 1 "--json is one line"
is "$(printf '%s\n' "$out" | jq -r '[.incident, .state, .roles.ic.person.name,
    .roles.ic.person.email, .title, .summary, .sitrep_due_at, .age_seconds,
    .sitrep_overdue, .opened_at] | @tsv')" \
	"$id	investigating	Ricardo Ortiz	ricardo@example.com	API errors in EU	5xx from the API	2026-11-23T12:00:00Z	3600	true	2026-11-23T11:00:00Z" \
	"--json: state, IC, title, sitrep_due_at, age_seconds"
run inc-state -C r -j "$id"
is "$(printf '%s\n' "$out" | jq -r .incident)" "$id" "-j with the id names the same incident"

# --- state changes, by words and by numbers ---
c0=$(commits r)
run inc-state -C r confirmed
is "$status:$out:$err" "0:@all: Incident Confirmed:" "confirmed: announces Incident Confirmed"
is "$(commits r)" $((c0 + 1)) "a state change is one commit"
is "$(git -C r log -1 --format=%s)" "$id: Incident Confirmed" \
	"the commit subject is the announcement"
is "$(event_field r "$id" '[.type, .state, .seq, .actor.name, .actor.email,
    (.force // "-"), (.message // "-"), .incident] | @tsv')" \
	"state	confirmed	2	Ricardo Ortiz	ricardo@example.com	-	-	$id" \
	"the event records the new state"

fails "the same state again is refused" 1 \
	"inc-state: $id: already confirmed" inc-state -C r confirmed
fails "the same state by number is refused" 1 \
	"inc-state: $id: already confirmed" inc-state -C r 2
is "$(commits r)" $((c0 + 1)) "a refused no-op commits nothing"

# --- a title, public title or summary said again: refused as a state is,
# where nothing would change; else only what changes is recorded
c0=$(commits r)
fails "the title it has already is refused" 1 \
	"inc-state: $id: the title is already \"API errors in EU\"" \
	inc-state -C r -H "API errors in EU"
fails "the summary it has already" 1 \
	"inc-state: $id: the summary is already \"5xx from the API\"" \
	inc-state -C r --summary "5xx from the API"
fails "both said again" 1 "inc-state: $id: the title and summary are already so" \
	inc-state -C r --title "API errors in EU" --summary "5xx from the API"
is "$(commits r)" "$c0" "nothing recorded"
run inc-state -C r -H "API errors in EU" --summary "5xx from the EU API"
is "$status:$out:$err" "0:@all: Summary -> 5xx from the EU API:" \
	"the same title and a new summary: the summary is announced"
is "$(event_field r "$id" '[.type, has("title"), .summary] | @tsv')" \
	"$(printf 'title\tfalse\t5xx from the EU API')" "the event holds only it"
run inc-state -C r -H "EU API errors" --summary "5xx from the EU API"
is "$status:$out" "0:@all: Title -> EU API errors" "a new title and the same summary"
is "$(event_field r "$id" '[.title, has("summary")] | @tsv')" \
	"$(printf 'EU API errors\tfalse')" "the event holds the title only"
is "$(git -C r log -1 --format=%b | head -n 1)" "Incident: $id" \
	"and the commit's body no summary"
run inc-state -C r --public-title "API errors"
is "$status:$out" "0:@all: Public title -> API errors" "a public title"
fails "the public title it has already" 1 \
	"inc-state: $id: the public title is already \"API errors\"" \
	inc-state -C r --public-title "API errors"
fails "all three said again" 1 \
	"inc-state: $id: the title, public title and summary are already so" \
	inc-state -C r -H "EU API errors" --public-title "API errors" \
	--summary "5xx from the EU API"
run inc-state -C r --summary "$(printf '5xx from the EU API\nsince 10:40')"
is "$status:$out" "0:@all: Summary -> 5xx from the EU API..." "a summary of two lines"
fails "a summary said again: its first line" 1 \
	"inc-state: $id: the summary is already \"5xx from the EU API...\"" \
	inc-state -C r --summary "$(printf '5xx from the EU API\nsince 10:40')"
run inc-state -C r -H "eu api errors"
is "$status:$out" "0:@all: Title -> eu api errors" "a title in another case is a change"
is "$(commits r)" $((c0 + 5)) "five commits, one for each change"
run inc-log -C r "$id"
is "$(printf '%s\n' "$out" | grep -c 'title ->\|summary ->')" 5 "inc-log shows the five"

run inc-state -C r -m "all regions affected" 3
is "$status:$out:$err" "0:@all: Major Incident:" "3: announces Major Incident"
is "$(event_field r "$id" '[.state, .message] | @tsv')" \
	"major	all regions affected" "--message is recorded in the event"
is "$(git -C r log -1 --format=%b | head -1)" "all regions affected" \
	"--message is the commit body"
run inc-state -C r
is "$(printf '%s\n' "$out" | sed -n 2p)" \
	"state        major (3) since 2026-11-23 12:00 UTC" "the picture shows major (3)"

run inc-state -C r 2
is "$status:$out" "0:@all: Incident Confirmed" "2: announces Incident Confirmed"
is "$(event_field r "$id" .state)" confirmed "2 is confirmed"
run inc-state -C r 1
is "$status:$out" "0:@all: Incident Investigating" "1: announces Incident Investigating"
is "$(event_field r "$id" .state)" investigating "1 is investigating"
run inc-state -C r MAJOR
is "$status:$out" "0:@all: Major Incident" "state words are case-insensitive"
is "$(event_field r "$id" .state)" major "MAJOR is stored as major"
run inc-state -C r investigating
is "$status:$out" "0:@all: Incident Investigating" "investigating by word"

run inc-state -C r confirmed "$id"
is "$status:$out" "0:@all: Incident Confirmed" "the state before the id is read the same"
is "$(event_field r "$id" .state)" confirmed "confirmed ID: confirmed"
run inc-state -C r "$id" 1
is "$status:$out" "0:@all: Incident Investigating" "the id first, then a number"
fails "the state first, and an id that is no incident" 1 \
	"inc-state: bogus: no such incident" inc-state -C r major bogus

fails "an unknown state word" 2 \
	"inc-state: bogus: invalid state (use investigating, confirmed, major, resolved or 1, 2, 3, 0)" \
	inc-state -C r "$id" bogus
fails "an unknown state number" 2 \
	"inc-state: 4: invalid state (use investigating, confirmed, major, resolved or 1, 2, 3, 0)" \
	inc-state -C r "$id" 4
fails "an empty state" 2 \
	"inc-state: : invalid state (use investigating, confirmed, major, resolved or 1, 2, 3, 0)" \
	inc-state -C r "$id" ""
fails "a lone operand that is no state names an incident, or is said to be neither" 1 \
	"inc-state: bogus: no such incident or state (states: investigating, confirmed, major, resolved)" \
	inc-state -C r bogus
before=$(commits r)
fails "a lone state mistyped is a usage error, the state it is close to said" 2 \
	"inc-state: confirmd: no such incident or state (did you mean confirmed? states: investigating, confirmed, major, resolved)" \
	inc-state -C r confirmd
fails "in any case, or cut short" 2 \
	"inc-state: Resolve: no such incident or state (did you mean resolved? states: investigating, confirmed, major, resolved)" \
	inc-state -C r Resolve
fails "a lone id-shaped operand is no state" 1 \
	"inc-state: 2026-01-01: no such incident" inc-state -C r 2026-01-01
is "$(commits r)" "$before" "nothing recorded"
fails "too many operands" 2 "inc-state: too many operands
$(usage_of inc-state)" \
	inc-state -C r "$id" 2 3
fails "--message without a state" 2 "inc-state: --at, --force and --message go with a state
$(usage_of inc-state)" \
	inc-state -C r -m "why" "$id"
fails "an empty --message" 1 "inc-state: message: empty" \
	inc-state -C r -m "" 2
fails "a --message with a control character" 1 \
	"inc-state: message: contains a control character" \
	inc-state -C r -m "$(printf 'a\033[2Jb')" 2

# --- --at: when it happened, not when it was recorded ---
c0=$(commits r)
run inc-state -C r --at 2026-11-23T11:40:00Z 2
is "$status:$out" "0:@all: Incident Confirmed" "--at backfills a state change"
is "$(event_field r "$id" '[.at, .recorded_at] | @tsv')" \
	"2026-11-23T11:40:00Z	2026-11-23T12:00:00Z" \
	"the event's at is the backfilled time, recorded is now"
is "$(git -C r log -1 --format=%at)" "$(event_field r "$id" '.at | fromdateiso8601')" \
	"the git author date is at"
is "$(git -C r log -1 --format=%ct)" \
	"$(event_field r "$id" '.recorded_at | fromdateiso8601')" \
	"the git committer date is recorded"
run inc-state -C r
is "$(printf '%s\n' "$out" | sed -n 2p)" \
	"state        confirmed (2) since 2026-11-23 11:40 UTC" \
	"the picture dates the state from at"
run inc-state -C r -t -15m 3
is "$(event_field r "$id" .at)" 2026-11-23T11:45:00Z "--at -15m is 15 minutes before now"
fails "--at in the future" 2 \
	"inc-state: 2026-11-23T13:00:00Z: time is in the future" \
	inc-state -C r --at 2026-11-23T13:00:00Z 2
fails "--at that is no time" 2 \
	"inc-state: soon: invalid time (use 2026-11-23T21:30:00Z, '2026-11-23 21:30', 21:30 or -15m)" \
	inc-state -C r --at soon 2
# a time as the tools show it, in UTC, read back in UTC wherever one is
new_repo u
uid=$(inc-open -C u -t 2026-11-23T11:00:00Z "Times" 2>/dev/null)
run env TZ=Asia/Kolkata inc-state -C u --at "2026-11-23 11:20 UTC" "$uid" 2
is "$status:$(event_field u "$uid" .at)" "0:2026-11-23T11:20:00Z" \
	"'2026-11-23 11:20 UTC', as inc-state shows a time, is UTC, not local"
run env TZ=America/St_Johns inc-state -C u --at "11:30 UTC" "$uid" 3
is "$status:$(event_field u "$uid" .at)" "0:2026-11-23T11:30:00Z" \
	"'11:30 UTC' is today's 11:30 in UTC"
run env TZ=Asia/Kolkata inc-state -C u --at 11:40z "$uid" 2
is "$status:$(event_field u "$uid" .at)" "0:2026-11-23T11:40:00Z" "'11:40z' too"
# a clock time still to come is yesterday's, even one that today's
# change of clock skips: at 01:50 on the day St. John's goes from 02:00
# NST to 03:00 NDT, 02:30 is 02:30 NST the day before
new_repo dst
did=$(inc-open -C dst -t 2026-03-07T04:00:00Z "Clocks" 2>/dev/null)
run env TZ=America/St_Johns INC_NOW=2026-03-08T05:20:00Z \
	inc-state -C dst --at 02:30 "$did" 2
is "$status:$(event_field dst "$did" .at)" "0:2026-03-07T06:00:00Z" \
	"02:30 skipped today is yesterday's 02:30, not 03:30"
# the night Los Angeles goes from PDT back to PST, 01:00-01:59 comes
# twice: at 01:40 PST, 01:30 is ten minutes ago or seventy; not guessed
new_repo la
lid=$(inc-open -C la -t 2026-11-01T07:50:00Z "Deploy fails" 2>/dev/null)
fails "a clock time the clock went back over, both gone by: refused" 2 \
	"inc-state: 01:30: ambiguous local time (the clock went back over it): give it in UTC, with its offset, or as -15m" \
	env TZ=America/Los_Angeles INC_NOW=2026-11-01T09:40:00Z inc-state -C la --at 01:30 "$lid" 2
fails "a date and time so too" 2 \
	"inc-state: 2026-11-01 01:30: ambiguous local time (the clock went back over it): give it in UTC, with its offset, or as -15m" \
	env TZ=America/Los_Angeles INC_NOW=2026-11-01T09:40:00Z inc-state -C la --at "2026-11-01 01:30" "$lid" 2
run env TZ=America/Los_Angeles INC_NOW=2026-11-01T09:40:00Z \
	inc-state -C la --at "2026-11-01 01:30-08:00" "$lid" 2
is "$status:$(event_field la "$lid" .at)" "0:2026-11-01T09:30:00Z" \
	"with its offset, it is the one meant"
run env TZ=America/Los_Angeles INC_NOW=2026-11-01T08:40:00Z \
	inc-state -C la --at 01:30 "$lid" 3
is "$status:$(event_field la "$lid" .at)" "0:2026-11-01T08:30:00Z" \
	"at 01:40 PDT, before the clock goes back, 01:30 is the one gone by"
fails "a time the clock went forward over is refused, not moved an hour" 2 \
	"inc-state: 2026-03-08 02:30: no such local time (the clock went forward over it): give it in UTC, with its offset, or as -15m" \
	env TZ=America/Los_Angeles INC_NOW=2026-11-01T09:40:00Z inc-state -C la --at "2026-03-08 02:30" "$lid" 2
is "$(commits r)" $((c0 + 2)) "refused --at values commit nothing"
c0=$(commits r)
fails "--at before the incident was opened (11:00) is refused" 1 \
	"inc-state: $id: 2026-11-23T10:00:00Z is before the incident was opened (2026-11-23T11:00:00Z)" \
	inc-state -C r --at 2026-11-23T10:00:00Z 2
fails "--at a second before it is refused too" 1 \
	"inc-state: $id: 2026-11-23T10:59:59Z is before the incident was opened (2026-11-23T11:00:00Z)" \
	inc-state -C r --at 2026-11-23T10:59:59Z 2
fails "--at the epoch is a time, not 'now'" 2 \
	"inc-state: 1970-01-01T00:00:00Z: time is not after 1970" \
	inc-state -C r --at 1970-01-01T00:00:00Z 2
is "$(commits r)" "$c0" "and commits nothing"

# --- only the IC decides; --force overrides and is recorded ---
run inc-state -C r 2
c0=$(commits r)
run inc-state -C r
before=$(printf '%s\n' "$out" | sed -n 2p)
fails "a non-IC cannot change the state" 1 \
	"inc-state: $id: only the incident commander (Ricardo Ortiz) can change its state; --force overrides and is recorded" \
	as "Ana Lopez" ana@example.com inc-state -C r 1
is "$(commits r)" "$c0" "the refused change commits nothing"
run inc-state -C r
is "$(printf '%s\n' "$out" | sed -n 2p)" "$before" "the state is unchanged"
run as "Ana Lopez" ana@example.com inc-state -C r --force 1
is "$status:$out:$err" "0:@all: Incident Investigating:" "--force lets a non-IC change it"
is "$(event_field r "$id" '[.state, .force, .actor.name] | @tsv')" \
	"investigating	true	Ana Lopez" "the event has force:true and names who"
is "$(git -C r log -1 --format='%an <%ae>')" "Ana Lopez <ana@example.com>" \
	"the commit is authored by the forcing responder"
run as "Ana Lopez" ana@example.com inc-state -C r -f 1
is "$status:$err" "1:inc-state: $id: already investigating" \
	"--force does not allow a no-op"
run inc-state -C r 2
is "$(event_field r "$id" '.force // "absent"')" absent \
	"an ordinary change has no force field"

# --- naming the incident ---
new_repo r2
run inc-open -C r2 -t 2026-11-23T11:00:00Z "API errors in EU"
a=$out
run inc-open -C r2 -t 2026-11-23T11:30:00Z "DB errors"
b=$out
fails "no id with two active incidents" 1 \
	"inc-state: 2 active incidents: name one (inc-ls lists them)" \
	inc-state -C r2 2
fails "no id with two active incidents, the picture" 1 \
	"inc-state: 2 active incidents: name one (inc-ls lists them)" \
	inc-state -C r2
run env INC_ID=db-errors inc-state -C r2 2
is "$status:$out" "0:@all: Incident Confirmed" "INC_ID names the incident"
is "$(event_field r2 "$b" .state):$(event_field r2 "$a" .type)" "confirmed:open" \
	"INC_ID changed that incident only"
run env INC_ID=db-errors inc-state -C r2 "$a" 2
is "$(event_field r2 "$a" .state)" confirmed "an operand wins over INC_ID"
run inc-state -C r2 --json 2026-11-23-1100
is "$(printf '%s\n' "$out" | jq -r .incident)" "$a" "a unique prefix names an incident"
run inc-state -C r2 --json in-eu
is "$(printf '%s\n' "$out" | jq -r .incident)" "$a" "a unique substring names an incident"
run inc-state -C r2 --json "${b##*-}"
is "$(printf '%s\n' "$out" | jq -r .incident)" "$b" "the random suffix names an incident"
run inc-state -C r2 --json "$b"
is "$(printf '%s\n' "$out" | jq -r .incident)" "$b" "the full id names an incident"
fails "an ambiguous prefix" 1 \
	"inc-state: 2026-11-23-1: ambiguous incident id (2 incidents match)" \
	inc-state -C r2 2026-11-23-1 3
fails "an ambiguous substring" 1 \
	"inc-state: errors: ambiguous incident id (2 incidents match)" \
	inc-state -C r2 errors 3
fails "an unknown id" 1 "inc-state: nope: no such incident" \
	inc-state -C r2 nope 3
fails "an id with ../" 1 \
	"inc-state: ../x: invalid incident id (only a-z, 0-9 and -)" \
	inc-state -C r2 ../x 3
fails "an id that is a path" 1 \
	"inc-state: incidents/2026/11/$a: invalid incident id (only a-z, 0-9 and -)" \
	inc-state -C r2 "incidents/2026/11/$a" 3
fails "an id with an escape character" 1 \
	'inc-state: a\x1b[2Jb: invalid incident id (only a-z, 0-9 and -)' \
	inc-state -C r2 "$(printf 'a\033[2Jb')" 3
fails "an id with a newline" 1 \
	'inc-state: a\nb: invalid incident id (only a-z, 0-9 and -)' \
	inc-state -C r2 "$(printf 'a\nb')" 3
fails "an id in capitals" 1 \
	"inc-state: DB: invalid incident id (only a-z, 0-9 and -)" \
	inc-state -C r2 DB 3
fails "an invalid INC_ID" 1 \
	"inc-state: ../x: invalid incident id (only a-z, 0-9 and -)" \
	env INC_ID=../x inc-state -C r2 3

# --- resolving, and the "only active one" rule ---
run inc-state -C r2 "$a" resolved
is "$status:$out" "0:@all: Incident Resolved" "resolved: announces Incident Resolved"
is "$err" "inc-state: advice: no customer update says resolved yet: post one with inc-status -s resolved MESSAGE, and send the closing sitrep with inc-sitrep" \
	"resolved before customers were told: the update and the closing sitrep are advised"
run inc-state -C r2 major
is "$status:$out" "0:@all: Major Incident" "a resolved incident drops out: no id needed"
is "$(event_field r2 "$b" .state)" major "the one active incident changed"
run inc-state -C r2 --at 2026-11-23T11:50:00Z 0
is "$status:$out" "0:@all: Incident Resolved" "0 resolves"
is "$(event_field r2 "$b" .state)" resolved "0 is resolved"
fails "no active incident" 1 "inc-state: no active incident: name one (inc-ls --all lists them)" \
	inc-state -C r2 1
run inc-state -C r2
is "$status:$err" "0:inc-state: warning: no active incident: taking $a, resolved 0s ago (--incident names another)" \
	"no active incident: the picture of the one resolved last, for a while"
fails "no active incident, later" 1 "inc-state: no active incident: name one (inc-ls --all lists them)" \
	env INC_NOW=2026-11-23T13:01:00Z inc-state -C r2
run env INC_NOW=2026-11-23T13:00:00Z inc-state -C r2 "$b"
is "$out" "$b  DB errors
state        resolved (0) since 2026-11-23 11:50 UTC
opened       2026-11-23 11:30 UTC, resolved after 20m
IC           Ricardo Ortiz (since 2026-11-23 11:30 UTC)
sitrep       none yet
customers    no update yet" "a resolved incident's picture: age frozen, no sitrep due"
run env INC_NOW=2026-11-23T13:00:00Z inc-state -C r2 --json "$b"
is "$(printf '%s\n' "$out" | jq -r '[.state, .age_seconds, .resolved_at,
    (has("sitrep_due_at") | tostring)] | @tsv')" \
	"resolved	1200	2026-11-23T11:50:00Z	false" \
	"--json of a resolved incident: age to resolution, no sitrep_due_at"

run inc-state -C r2 "$b" investigating
is "$status:$out" "0:@all: Incident Investigating" "a resolved incident can be reopened"
run inc-state -C r2 --json
is "$(printf '%s\n' "$out" | jq -r '[.incident, .state, (has("resolved_at") | tostring),
    (has("sitrep_due_at") | tostring)] | @tsv')" "$b	investigating	false	true" \
	"reopened: active again, the only one, sitrep due again"
run inc-state -C r2 --at -5m 1
is "$status:$err" "1:inc-state: $b: already investigating" \
	"the reopened incident is found without an id"

# customers told it is resolved first: nothing to advise
new_repo r3
told=$(inc-open -C r3 -t 2026-11-23T11:00:00Z "Cache cold" 2>/dev/null)
run inc-status -C r3 -s resolved "The issue with the cache has been resolved and all requests are served normally again. We apologise for the inconvenience."
is "$status" 0 "setup: customers told it is resolved"
run inc-state -C r3 "$told" resolved
is "$status:$out:$err" "0:@all: Incident Resolved:" \
	"resolved after a resolved update: no advice"

# opened again after customers were told it is resolved: open for them too
run env INC_NOW=2026-11-23T12:10:00Z inc-state -C r3 "$told" confirmed -m "still cold in APAC"
is "$status:$out:$err" "0:@all: Incident Confirmed:inc-state: advice: customers were told it is resolved: post an update with inc-status -s investigating MESSAGE now" \
	"reopened after a resolved update: an update is advised"
run env INC_NOW=2026-11-23T12:40:00Z inc-status -C r3 -D
is "$status:$out" "1:$told  confirmed  customer update overdue by 30m" \
	"reopened: a customer update is due from the reopening, not none"
run env INC_NOW=2026-11-23T12:40:00Z inc-check -C r3 "$told"
like "$(printf '%s\n' "$out" | grep '^customers')" \
	"^customers    ACTION last update 40m ago \\(resolved, before it was opened again\\): The issue .*; next LATE by 30m$" \
	"inc-check: the resolved update was before the reopening, the next one late"
succeeds "reopened: inc-publish" env INC_NOW=2026-11-23T12:40:00Z inc-publish -C r3 -q site3
is "$(jq -c '[(.incidents | length), .incidents[0].status, .incidents[0].impact,
    .incidents[0].resolved_at, .incidents[0].incident_updates[0].status]' \
    site3/api/v2/incidents/unresolved.json)" '[1,"investigating","minor",null,"resolved"]' \
	"the page: open again, investigating, its newest update still the resolved one"
is "$(jq -c .status site3/api/v2/status.json)" '{"indicator":"minor","description":"Minor Service Outage"}' \
	"the page: not all clear while it is open again"
succeeds "an update after the reopening" env INC_NOW=2026-11-23T12:45:00Z \
	inc-status -C r3 -s identified "Some cache requests in APAC are still slow. We are warming the cache there. Next update in 30 minutes."
run env INC_NOW=2026-11-23T12:50:00Z inc-status -C r3 -D
is "$status:$out" "0:" "once comms posted again, the cadence counts from that update"
run env INC_NOW=2026-11-23T12:50:00Z inc-state -C r3 "$told" resolved
is "$status:$err" "0:inc-state: advice: no customer update says resolved yet: post one with inc-status -s resolved MESSAGE, and send the closing sitrep with inc-sitrep" \
	"resolved again after the update: the resolved update is advised again"

# --- an INC_ID left over from a resolved incident while another is active ---
new_repo r4
old=$(INC_NOW=2026-11-22T09:00:00Z inc-open -C r4 "Global CDN disruption" 2>/dev/null)
INC_NOW=2026-11-22T12:00:00Z inc-state -C r4 "$old" resolved >/dev/null 2>&1
cur=$(inc-open -C r4 "Image Optimizer latency" 2>/dev/null)
before=$(commits r4)
stale="INC_ID=$old: resolved; the active incident is $cur: unset INC_ID or name the incident"
fails "inc-note through a stale INC_ID" 1 "inc-note: $stale" \
	env INC_ID="$old" inc-note -C r4 "504s on large images"
fails "inc-sitrep through a stale INC_ID" 1 "inc-sitrep: $stale" \
	env INC_ID="$old" inc-sitrep -C r4 -b "504s" -i "large images" -d "adding capacity"
fails "inc-status through a stale INC_ID" 1 "inc-status: $stale" \
	env INC_ID="$old" inc-status -C r4 --force -s identified "Requests for large images fail with 504 errors. We are adding capacity."
fails "inc-state through a stale INC_ID (which would reopen it)" 1 "inc-state: $stale" \
	env INC_ID="$old" inc-state -C r4 major
fails "inc-handoff through a stale INC_ID" 1 "inc-handoff: $stale" \
	env INC_ID="$old" inc-handoff -C r4 comms "Dana Obi <dana@example.com>"
is "$(commits r4)" "$before" "nothing written"
fails "a prefix of it in INC_ID too" 1 \
	"inc-note: INC_ID=2026-11-22-0900: resolved; the active incident is $cur: unset INC_ID or name the incident" \
	env INC_ID=2026-11-22-0900 inc-note -C r4 "504s on large images"
run env INC_ID="$old" inc-note -C r4 "$old" "late finding: the purge was the trigger"
is "$status:$err" "0:" "named as an operand, the resolved incident is written to"
run env INC_ID="$old" inc-note -C r4 --incident "$old" "late finding: the origin shield held"
is "$status:$err" "0:" "named with --incident too"
run env INC_ID="$old" inc-postmortem -C r4 --owner "Ana Lima <ana@example.com>"
is "$status:$out" "0:@all: Post-mortem owner -> Ana Lima" \
	"the post-mortem's own requests take INC_ID as before"
run env INC_ID="$old" INC_EVENT_ID=01a207ddb4e075f3e2f4be9130c9 inc-note -C r4 "from a hook"
is "$status:$err" "0:" "a hook's INC_ID is its event's incident: written to"
is "$(event_field r4 "$old" .text)" "from a hook" "into the resolved incident"
inc-state -C r4 "$cur" resolved >/dev/null 2>&1
run env INC_ID="$old" inc-note -C r4 "with none other active"
is "$status:$err" "0:" "with no other incident active, INC_ID takes the resolved one as before"

# --- an INC_ID set and empty: `export INC_ID=$(inc-open ...)` whose
# inc-open failed; refused, never taken for the one active incident
new_repo r5
cur=$(inc-open -C r5 "API errors in EU" 2>/dev/null)
export INC_ID="$(inc-open -C r5 -s confirmed "Payments down" 2>/dev/null)"
before=$(commits r5)
empty="INC_ID: empty (an incident id; unset it to take the active incident)"
fails "inc-note with an empty INC_ID" 1 "inc-note: $empty" \
	inc-note -C r5 "card processor returns 502"
fails "inc-status with an empty INC_ID" 1 "inc-status: $empty" \
	inc-status -C r5 --force "Card payments fail. We are investigating."
fails "inc-sitrep with an empty INC_ID" 1 "inc-sitrep: $empty" \
	inc-sitrep -C r5 -b "Card payments fail" -i "all customers" -d "investigating"
fails "inc-state with an empty INC_ID" 1 "inc-state: $empty" \
	inc-state -C r5 major
fails "inc-handoff with an empty INC_ID" 1 "inc-handoff: $empty" \
	inc-handoff -C r5 comms "Dana Obi <dana@example.com>"
fails "inc-postmortem with an empty INC_ID" 1 "inc-postmortem: $empty" \
	inc-postmortem -C r5 --owner "Ana Lima <ana@example.com>"
fails "inc-log with an empty INC_ID" 1 "inc-log: $empty" inc-log -C r5
is "$(commits r5)" "$before" "nothing written"
run inc-note -C r5 "$cur" "named, it is written to"
is "$status:$err" "0:" "an id named is taken, INC_ID empty or not"
unset INC_ID

is "$(git -C r status --porcelain)$(git -C r2 status --porcelain)" "" \
	"the work trees stay clean"
fsck_clean "fsck is clean" r
fsck_clean "fsck is clean (second repository)" r2

done_testing
