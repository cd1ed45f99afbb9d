#!/bin/sh
# inc-brief: the incident briefing, in text, Markdown and JSON; and the
# briefing a hand-off prints for the incoming holder.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:30:00Z
ana() { as "Ana Lima" ana@example.com "$@"; }

new_repo r
run inc-open -C r -t 2026-11-23T10:00:00Z -m "503s in eu-west" \
	--began 2026-11-23T09:40:00Z "API errors"
id=$out
run inc-handoff -C r -t 2026-11-23T10:01:00Z comms "Chris Stolt"
is "$status:$out" "0:@all: Comms -> Chris Stolt" \
	"a role staffed for the first time: no briefing"
run inc-handoff -C r -t 2026-11-23T10:02:00Z ops:database "Ana Lima <ana@example.com>"
run ana inc-note -C r -t 2026-11-23T10:05:00Z "replica lag 30s"
run ana inc-note -C r -t 2026-11-23T10:06:00Z --need "a DBA | who *knows* PITR"
run inc-state -C r -t 2026-11-23T10:10:00Z confirmed -m "EU only"
run inc-sitrep -C r -t 2026-11-23T10:20:00Z -b "API 503s" -i "30% of EU requests" \
	-d "failing over"
run inc-status -C r -t 2026-11-23T10:21:00Z -s identified \
	"API requests fail with 503 errors. We are failing over the database. There is no workaround yet."
run inc-status -C r -t 2026-11-23T10:22:00Z -k "Acme Corp"

run inc-brief -C r
is "$status:$err" "0:" "inc-brief exits 0, nothing on stderr"
is "$out" "BRIEFING: API errors
Incident $id

Situation
  State: confirmed (opened 2026-11-23 10:00 UTC, 2026-11-23 10:10 UTC -> confirmed)
  Summary: 503s in eu-west
  Impact began: 2026-11-23 09:40 UTC

Organisation
  IC: Ricardo Ortiz (since 2026-11-23 10:00 UTC)
  Comms: Chris Stolt (since 2026-11-23 10:01 UTC)
  Ops:database: Ana Lima (since 2026-11-23 10:02 UTC)

What each group is doing
  Ops:database, 2026-11-23 10:06 UTC, Ana Lima: need: a DBA | who *knows* PITR

Decisions
  2026-11-23 10:10 UTC, Ricardo Ortiz: state -> confirmed: EU only

Open needs and pending actions
  need 1 (Ops:database): a DBA | who *knows* PITR

Last sitrep
  2026-11-23 10:20 UTC: broken: API 503s; impact: 30% of EU requests; doing: failing over

What customers were told
  2026-11-23 10:21 UTC (identified): API requests fail with 503 errors. We are failing over the database. There is no workaround yet.
  Contacted: Acme Corp

Due next
  sitrep: OVERDUE by 1h10m
  customer update: OVERDUE by 1h09m" "the briefing, section by section"
run inc-brief -C r -F md
like "$out" '^- need 1 \(Ops:database\): a DBA \\\| who \\\*knows\\\* PITR$' \
	"Markdown: text from the log is escaped"
like "$out" "^## What customers were told$" "Markdown: headings"
run inc-brief -C r -j "$id"
is "$(printf '%s' "$out" | jq -c '[.incident == "'"$id"'", .state, .summary, (.roles | keys), .groups["ops:database"].text, (.needs | map(.n)), .decisions[0].state, .update.status, .contacted, .sitrep_due_at, .impact_began_at]')" \
	'[true,"confirmed","503s in eu-west",["comms","ic","ops:database"],"a DBA | who *knows* PITR",[1],"confirmed","identified",["Acme Corp"],"2026-11-23T11:20:00Z","2026-11-23T09:40:00Z"]' \
	"--json: the facts, each section a key"

# a hand-off prints the briefing for the incoming holder
run inc-handoff -C r -t 2026-11-23T12:00:00Z ic "Bo Chen <bo@example.com>"
is "$status:$(printf '%s\n' "$out" | sed -n '1p;3p;4p')" "0:@all: IC -> Bo Chen
BRIEFING: API errors
Incident $id" "ic: the announcement, then the whole briefing"
like "$out" "^Decisions$" "the IC's briefing has the decisions"
fails "no longer the IC: no hand-off, no briefing" 1 \
	"inc-handoff: $id: only the incident commander (Bo Chen) can assign roles; --force overrides and is recorded" \
	inc-handoff -C r -t 2026-11-23T12:01:00Z comms "Dee Ek"
run as "Bo Chen" bo@example.com inc-handoff -C r -t 2026-11-23T12:01:00Z comms "Dee Ek"
is "$status" 0 "the new IC hands comms on"
is "$(printf '%s\n' "$out" | grep -c '^What customers were told$'):$(printf '%s\n' "$out" | grep -c '^Decisions$')" \
	"1:0" "comms: the part Communications needs"
run as "Bo Chen" bo@example.com inc-handoff -C r -t 2026-11-23T12:02:00Z ops:database "Cy Diaz"
is "$(printf '%s\n' "$out" | grep -c '^Open needs$'):$(printf '%s\n' "$out" | grep -c '^What customers were told$')" \
	"1:0" "ops: the group's part and its needs"
run as "Bo Chen" bo@example.com inc-handoff -C r -t 2026-11-23T12:03:00Z comms -
is "$status:$out" "0:@all: Comms -> nobody" "a release prints no briefing"

fails "an unknown format" 2 "inc-brief: pdf: invalid format (use text, markdown or json)" \
	inc-brief -C r -F pdf
fails "no such incident" 1 "inc-brief: nope: no such incident" inc-brief -C r nope

done_testing
