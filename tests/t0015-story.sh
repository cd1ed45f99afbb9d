#!/bin/sh
# The record tells the story: every event a line, durations to the minute,
# sitreps that say what changed, titles that change, detection and
# mitigation, backfilled notes, needs and CAN reports, --incident, and the incident
# resolved last as the default for a while.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z
ana() { as "Ana Lima" ana@example.com "$@"; }
# has GOT TEXT NAME: TEXT is a line of GOT, as it is
has() {
	if printf '%s\n' "$1" | grep -qxF -- "$2"; then
		ok "$3"
	else
		not_ok "$3"
		diag "got:" "$1" "want a line: $2"
	fi
}

new_repo r
# --- open: when the impact began and when it was detected ---
fails "detected after the opening" 1 \
	"inc-open: detected: after the opening: the impact began and was detected before it" \
	inc-open -C r -t 2026-11-23T10:00:00Z --detected 2026-11-23T10:05:00Z "x"
fails "impact began after it was detected" 1 \
	"inc-open: impact began: after it was detected" \
	inc-open -C r -t 2026-11-23T10:00:00Z -O 2026-11-23T09:56:00Z \
	--detected 2026-11-23T09:55:00Z "x"
fails "a bad time" 2 "inc-open: soon: invalid time (use 2026-11-23T21:30:00Z, '2026-11-23 21:30', 21:30 or -15m)" \
	inc-open -C r --began soon "x"
run inc-open -C r -t 2026-11-23T10:00:00Z --began 2026-11-23T09:40:00Z \
	--detected 2026-11-23T09:55:00Z "database unstable"
id=$out
is "$status" 0 "open with --began and --detected"
is "$(event_field r "$id" '[.impact_began_at, .detected_at] | @tsv')" \
	"2026-11-23T09:40:00Z	2026-11-23T09:55:00Z" "both in the open event"
is "$(git -C r rev-list --count HEAD)" 1 "the refused opens recorded nothing"

# --- notes carry their group; a backfilled note may precede the open ---
run inc-handoff -C r -t 2026-11-23T10:01:00Z ops:database "Ana Lima <ana@example.com>"
run ana inc-note -C r -t 2026-11-23T10:05:00Z "replica lag 30s"
is "$status:$out" "0:Note: replica lag 30s" "a note by the ops:database supervisor"
is "$(event_field r "$id" .group)" "ops:database" "carries the writer's group"
run inc-note -C r -t 2026-11-23T10:06:00Z -G comms "status page drafted"
is "$(event_field r "$id" .group)" "comms" "--group names another"
fails "a bad group" 2 "inc-note: ops:Bad Name: invalid group (use ic, comms, ops or ops:NAME)" \
	inc-note -C r -G "ops:Bad Name" x
fails "a note long before the open" 1 \
	"inc-note: $id: 2026-11-23T09:00:00Z is before the incident was opened (2026-11-23T10:00:00Z)" \
	inc-note -C r -t 2026-11-23T09:00:00Z "disk alerts fired"
fails "--backfill needs --at" 2 "inc-note: --backfill needs --at: when it happened
$(usage_of inc-note)" inc-note -C r --backfill "disk alerts fired"
run inc-note -C r -t 2026-11-23T09:00:00Z --backfill "disk alerts fired"
is "$status:$(event_field r "$id" '[.backfill, .at] | @tsv')" \
	"0:true	2026-11-23T09:00:00Z" "a backfilled note says so and may precede the open"

# --- needs and CAN reports ---
run ana inc-note -C r -t 2026-11-23T10:06:00Z --need "a DBA who knows PITR"
is "$status:$out" "0:@all: Need 1 from Ops:database: a DBA who knows PITR" \
	"a need is announced with its number and group"
run ana inc-note -C r -t 2026-11-23T10:07:00Z --can --actions "failing over" \
	-Q none "primary down"
is "$status:$out" "0:CAN from Ops:database: primary down" "a CAN report"
is "$(event_field r "$id" '{type, condition, actions, needs, group} | tojson')" \
	'{"type":"can","condition":"primary down","actions":"failing over","needs":"none","group":"ops:database"}' \
	"the can event"
fails "--actions without --can" 2 "inc-note: --actions and --needs go with --can
$(usage_of inc-note)" inc-note -C r --actions x y
fails "a need number that is none" 1 "inc-note: $id: no need 7" \
	inc-note -C r --met 7

# --- sitreps, customer updates, title, mitigation ---
run inc-sitrep -C r -t 2026-11-23T10:10:00Z -b "db down" -i "10% of apps" \
	-d "failing over"
run inc-state -C r -t 2026-11-23T10:12:00Z major
run inc-sitrep -C r -t 2026-11-23T10:20:00Z -b "db down" -i "30% of apps" \
	-d "failing over"
run inc-sitrep -C r -t 2026-11-23T10:21:00Z -b "db down" -i "30% of apps" \
	-d "failing over"
run inc-status -C r -t 2026-11-23T10:22:00Z -s identified \
	"We are seeing errors on databases and are working on it. No workaround yet."
run inc-status -C r -t 2026-11-23T10:23:00Z -k "Acme Corp"
run inc-status -C r -t 2026-11-23T10:24:00Z -T 12
fails "only the IC retitles" 1 \
	"inc-state: $id: only the incident commander (Ricardo Ortiz) can change the title or summary; --force overrides and is recorded" \
	ana inc-state -C r -H "x"
run inc-state -C r -t 2026-11-23T10:30:00Z --title "Data loss on the primary database" \
	--public-title "Database errors"
is "$status:$out" "0:@all: Title -> Data loss on the primary database" \
	"a new title is announced"
run ana inc-note -C r -t 2026-11-23T10:31:00Z --met 1
is "$status:$out" "0:Need 1 met: a DBA who knows PITR" "a need met"
fails "only the IC marks mitigation" 1 \
	"inc-state: $id: only the incident commander (Ricardo Ortiz) can mark the impact mitigated; --force overrides and is recorded" \
	ana inc-state -C r --mitigated
run inc-state -C r -t 2026-11-23T10:40:00Z --mitigated -m "traffic on the replica"
is "$status:$out" "0:@all: Impact Mitigated" "mitigation announced"
run inc-status -C r -t 2026-11-23T10:41:00Z -s monitoring \
	"Errors have stopped for most customers; we are watching. No workaround is needed."
is "$(printf '%s\n' "$out" | head -n 1)" "Database errors" \
	"customers read the public title"

run inc-log -C r "$id"
is "$out" "2026-11-23 10:00:00  Ricardo Ortiz  opened (investigating): database unstable; impact began 2026-11-23 09:40:00; detected 2026-11-23 09:55:00
2026-11-23 10:01:00  Ricardo Ortiz  Ops:database -> Ana Lima
2026-11-23 10:05:00  Ana Lima  note (Ops:database): replica lag 30s
2026-11-23 10:06:00  Ricardo Ortiz  note (Comms): status page drafted
2026-11-23 09:00:00  Ricardo Ortiz  note (backfilled): disk alerts fired
2026-11-23 10:06:00  Ana Lima  need (Ops:database): a DBA who knows PITR
2026-11-23 10:07:00  Ana Lima  CAN report (Ops:database): condition: primary down; actions: failing over; needs: none
2026-11-23 10:10:00  Ricardo Ortiz  sitrep: db down
2026-11-23 10:12:00  Ricardo Ortiz  state -> major
2026-11-23 10:20:00  Ricardo Ortiz  sitrep (changed: state investigating -> major; impact): db down
2026-11-23 10:21:00  Ricardo Ortiz  sitrep (no change): db down
2026-11-23 10:22:00  Ricardo Ortiz  customer update (identified): We are seeing errors on databases and are working on it. No workaround yet.
2026-11-23 10:23:00  Ricardo Ortiz  customer contacted: Acme Corp
2026-11-23 10:24:00  Ricardo Ortiz  support tickets: 12
2026-11-23 10:30:00  Ricardo Ortiz  title -> Data loss on the primary database; public title -> Database errors
2026-11-23 10:31:00  Ana Lima  need 1 met
2026-11-23 10:40:00  Ricardo Ortiz  impact mitigated: traffic on the replica
2026-11-23 10:41:00  Ricardo Ortiz  customer update (monitoring): Errors have stopped for most customers; we are watching. No workaround is needed." \
	"inc-log: every event type has a line of its own"
has "$(inc-postmortem -C r "$id")" \
	"| 2026-11-23 10:24:00 | Ricardo Ortiz | support tickets: 12 |" \
	"the post-mortem's timeline too"

export INC_NOW=2026-11-24T10:20:00Z
run inc-state -C r -t 2026-11-24T10:14:00Z resolved
run inc-state -C r -j "$id"
is "$(printf '%s' "$out" | jq -c '[.title, .public_title, .time_to_detect_seconds, .time_to_mitigate_seconds, .time_to_resolve_seconds, .mitigated_at, (.needs | map([.n, .met])), (.groups | keys)]')" \
	'["Data loss on the primary database","Database errors",900,3600,88440,"2026-11-23T10:40:00Z",[[1,true]],["comms","ops:database"]]' \
	"the picture: titles, time to detect, mitigate and resolve, needs, groups"
has "$(inc-postmortem -C r "$id")" \
	"- Time to detect 15m, to mitigate 1h00m, to resolve 1d00h34m, from when the impact began" \
	"the post-mortem gives the three times, to the minute past a day"
run inc-ls -C r -a -j
is "$(printf '%s' "$out" | jq -r .age_seconds)" 87240 "age in seconds"
like "$(inc-ls -C r -a)" " 1d00h14m " "inc-ls keeps the minutes past a day"

# --- the incident resolved last is the default for a while ---
run inc-status -C r -s resolved \
	"This incident is resolved: database errors have stopped. No workaround is needed any more."
is "$status" 0 "a customer update right after resolving, no id"
has "$err" "inc-status: warning: no active incident: taking $id, resolved 6m ago (--incident names another)" \
	"said on stderr"
run inc-sitrep -C r -l
is "$status" 0 "the last sitrep of the incident just resolved"
export INC_NOW=2026-11-24T11:15:00Z
fails "after inc.recentMinutes (60) it is no longer the default" 1 \
	"inc-sitrep: no active incident: name one (inc-ls --all lists them)" \
	inc-sitrep -C r -l
git -C r config inc.recentMinutes 120
run inc-sitrep -C r -l
is "$status" 0 "inc.recentMinutes sets the while"

# --- --incident names the incident wherever it stands ---
run inc-open -C r -t 2026-11-24T11:00:00Z "Second incident"
id2=$out
run inc-note -C r --incident "$id" "$id2" is the other one
is "$status:$(event_field r "$id" .text)" "0:$id2 is the other one" \
	"--incident: every operand is the note"
run inc-status -C r --incident "$id2" -s investigating \
	"Some requests fail. We are looking into it. No workaround yet."
is "$status:$(event_field r "$id2" .type)" "0:status" "--incident on inc-status"
run inc-handoff -C r --incident "$id2" comms "Chris Stolt"
is "$status:$(event_field r "$id2" .person.name)" "0:Chris Stolt" "--incident on inc-handoff"
run inc-state -C r --incident "$id2" confirmed
is "$status:$(event_field r "$id2" .state)" "0:confirmed" "--incident on inc-state"
run inc-log -C r --incident "$id2"
is "$status:$(printf '%s\n' "$out" | wc -l | tr -d ' ')" "0:4" "--incident on inc-log"
succeeds "--incident on inc-postmortem" inc-postmortem -C r --incident "$id"
fails "--incident twice" 2 "inc-state: --incident given twice
$(usage_of inc-state)" inc-state -C r --incident "$id" --incident "$id2"
fails "--incident and an id operand" 2 "inc-log: too many operands
$(usage_of inc-log)" inc-log -C r --incident "$id" "$id2"

# --- announcements are cut, hooks get it all ---
long="The replica in eu-west-1 fell behind by forty minutes after the failover; we are rebuilding it from the snapshot of 09:00"
git config --global inc.hook.text "printf '%s' \"\$INC_TEXT\" >'$TRASH/hooked'"
run inc-note -C r --incident "$id2" "$long"
is "$out" "Note: $(printf '%.100s' "$long")..." "the announcement is cut at 100 bytes"
is "$(cat "$TRASH/hooked")" "Note: $(printf '%.100s' "$long")...

$long" "the hook gets the note in full"
git config --global --unset inc.hook.text

run inc-verify -C r
is "$status" 0 "inc-verify accepts all of it"
fsck_clean "git fsck is clean" r

# --- the public title is comms' to set too; the title and summary are not
new_repo pt
pt=$(inc-open -C pt -t 2026-11-23T10:00:00Z "Primary DB out of disk" 2>/dev/null)
inc-handoff -C pt -t 2026-11-23T10:01:00Z comms "Chris Stolt <chris@example.com>" >/dev/null
run as "Chris Stolt" chris@example.com inc-state -C pt -t 2026-11-23T10:05:00Z \
	--public-title "Slow database responses"
is "$status:$(event_field pt "$pt" .public_title)" "0:Slow database responses" \
	"comms sets the public title"
fails "comms does not set the title" 1 \
	"inc-state: $pt: only the incident commander (Ricardo Ortiz) can change the title or summary; --force overrides and is recorded" \
	as "Chris Stolt" chris@example.com inc-state -C pt --title "x" --public-title "y"
fails "another does not set the public title, and is told who may" 1 \
	"inc-state: $pt: only the incident commander (Ricardo Ortiz) or comms (Chris Stolt) can change the public title; --force overrides and is recorded" \
	ana inc-state -C pt --public-title "y"

# --- opened again after its impact was mitigated: the impact is back, and
# the mitigation after the reopening is the one that stands
new_repo mr
mr=$(inc-open -C mr -t 2026-11-23T10:00:00Z --began 2026-11-23T09:50:00Z \
	"Webhooks delayed" 2>/dev/null)
inc-state -C mr -t 2026-11-23T10:20:00Z --mitigated >/dev/null 2>&1
inc-state -C mr -t 2026-11-23T10:30:00Z resolved >/dev/null 2>&1
inc-state -C mr -t 2026-11-23T10:40:00Z "$mr" major >/dev/null 2>&1
run inc-state -C mr -j "$mr"
is "$(printf '%s' "$out" | jq -c '[.mitigated_at, .reopened_since_mitigated, .time_to_mitigate_seconds]')" \
	'["2026-11-23T10:20:00Z",true,null]' \
	"reopened: the mitigation before it is marked as undone, no time to mitigate"
run inc-state -C mr "$mr"
like "$out" "mitigated 2026-11-23 10:20 UTC, then opened again; time to detect 10m, to mitigate -," \
	"inc-state says so"
inc-state -C mr -t 2026-11-23T11:50:00Z --mitigated >/dev/null 2>&1
inc-state -C mr -t 2026-11-23T11:55:00Z --mitigated >/dev/null 2>&1
inc-state -C mr -t 2026-11-23T12:00:00Z resolved >/dev/null 2>&1
run inc-state -C mr -j "$mr"
is "$(printf '%s' "$out" | jq -c '[.mitigated_at, .reopened_since_mitigated, .time_to_mitigate_seconds]')" \
	'["2026-11-23T11:50:00Z",null,7200]' \
	"the first mitigation after the reopening stands: 2h to mitigate, not 30m"
# the same, the first mitigation recorded late (-t) after the reopening:
# by the times, as if recorded in order
new_repo ml
ml=$(inc-open -C ml -t 2026-11-23T10:00:00Z "Webhooks delayed" 2>/dev/null)
inc-state -C ml -t 2026-11-23T10:40:00Z resolved >/dev/null 2>&1
inc-state -C ml -t 2026-11-23T11:00:00Z "$ml" major >/dev/null 2>&1
inc-state -C ml -t 2026-11-23T10:30:00Z --mitigated >/dev/null 2>&1
is "$(inc-state -C ml -j "$ml" | jq -c '[.mitigated_at, .reopened_since_mitigated]')" \
	'["2026-11-23T10:30:00Z",true]' "a mitigation backfilled to before the reopening is undone by it"
inc-state -C ml -t 2026-11-23T13:00:00Z --mitigated >/dev/null 2>&1
is "$(inc-state -C ml -j "$ml" | jq -c '[.mitigated_at, .reopened_since_mitigated, .time_to_mitigate_seconds]')" \
	'["2026-11-23T13:00:00Z",null,10800]' "the one after the reopening stands"

done_testing
