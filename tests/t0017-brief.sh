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

# the part of a role, on request; the next IC; health readings
run inc-brief -C r --role comms "$id"
is "$status:$(printf '%s\n' "$out" | grep -c '^What customers were told$'):$(printf '%s\n' "$out" | grep -c '^Decisions$')" \
	"0:1:0" "--role comms: the part Communications needs"
run inc-brief -C r --role OPS:Database -F md
is "$status:$(printf '%s\n' "$out" | grep -c '^## Open needs$'):$(printf '%s\n' "$out" | grep -c 'Acme Corp')" \
	"0:1:0" "--role ops:NAME, in Markdown: the group's part, no customers"
fails "--role: not a role" 2 "inc-brief: chef: invalid role (use ic, comms, ops or ops:NAME)" \
	inc-brief -C r --role chef
fails "-j with another -F: they exclude each other, as the synopsis says" 2 \
	"inc-brief: --json and --format: give one of them
$(usage_of inc-brief)" inc-brief -C r -j -F md
run inc-brief -C r -j -F json
is "$status:$(printf '%s' "$out" | jq -r 'type')" "0:object" "-j -F json: the same thing twice"
run as "Bo Chen" bo@example.com inc-handoff -C r -t 2026-11-23T12:10:00Z --next ic \
	"Renée O'Brien <renee@example.com>"
is "$status:$out" "0:@all: Next IC: Renée O'Brien" "--next: who takes command next"
run as "Mon Itor" mon@example.com inc-note -C r -t 2026-11-23T12:12:00Z \
	--metric "EU 5xx rate" "4.1%"
run inc-brief -C r "$id"
is "$(printf '%s\n' "$out" | sed -n '/^Health readings$/,/^What each/p')" "Health readings
  EU 5xx rate: 4.1% at 2026-11-23 12:12 UTC

Organisation
  IC: Bo Chen (since 2026-11-23 12:00 UTC)
  Ops:database: Cy Diaz (since 2026-11-23 12:02 UTC)
  Next IC: Renée O'Brien (named 2026-11-23 12:10 UTC)

What each group is doing" "the readings, and who is next"
run inc-brief -C r -j "$id"
is "$(printf '%s' "$out" | jq -c '[.next.ic.person.name, .readings[0].metric, .readings[0].value]')" \
	'["Renée O'"'"'Brien","EU 5xx rate","4.1%"]' "--json: next and readings"
run inc-log -C r "$id"
like "$out" "Bo Chen  next IC: Renée O'Brien$" "the timeline has the next IC"
like "$out" "Mon Itor  reading: EU 5xx rate = 4.1%$" "and the reading"
fails "only the IC names the next IC" 1 \
	"inc-handoff: $id: only the incident commander (Bo Chen) can name the next commander; --force overrides and is recorded" \
	inc-handoff -C r --next ic "Dee Ek"
run as "Bo Chen" bo@example.com inc-handoff -C r -t 2026-11-23T12:14:00Z \
	ic "renee o'brien <RENEE@example.com>"
run inc-brief -C r -j "$id"
is "$(printf '%s' "$out" | jq -c '[.roles.ic.person.email, .next]')" \
	'["RENEE@example.com",null]' "the next IC takes command: nobody is next any more"
fails "nobody to clear" 1 "inc-handoff: $id: nobody is named next for ic" \
	as "Renée O'Brien" renee@example.com inc-handoff -C r --next ic -
run as "Renée O'Brien" renee@example.com inc-handoff -C r --next ic "Bo Chen"
before=$(commits r)
fails "whoever is named next already, named again" 1 \
	"inc-handoff: $id: bo chen is already named next for ic" \
	as "Renée O'Brien" renee@example.com inc-handoff -C r --next ic "bo chen"
is "$(commits r)" "$before" "nothing recorded, nothing announced"
fails "the holder is not next" 1 "inc-handoff: $id: Renée O'Brien already holds ic" \
	as "Renée O'Brien" renee@example.com inc-handoff -C r --next ic "Renée O'Brien <renee@example.com>"
run as "Renée O'Brien" renee@example.com inc-handoff -C r --next ic -
is "$status:$out" "0:@all: Next IC: nobody named" "--next ic -: nobody next"

# hand-overs of command are decisions, a forced one marked
run as "Dee Ek" dee@example.com inc-handoff -C r -t 2026-11-23T12:20:00Z --force ic me
run inc-brief -C r "$id"
is "$(printf '%s\n' "$out" | sed -n '/^Decisions$/,/^$/p' | grep 'IC ->')" \
	"  2026-11-23 12:00 UTC, Ricardo Ortiz: IC -> Bo Chen
  2026-11-23 12:14 UTC, Bo Chen: IC -> renee o'brien
  2026-11-23 12:20 UTC, Dee Ek: IC -> Dee Ek [forced]" \
	"the decisions list who took command, and a forced take-over"
run inc-brief -C r -j "$id"
is "$(printf '%s' "$out" | jq -c '[.decisions[] | select(.type == "handoff") | [.ic.name, .force]]')" \
	'[["Bo Chen",false],["renee o'"'"'brien",false],["Dee Ek",true]]' "--json too"

fails "an unknown format" 2 "inc-brief: pdf: invalid format (use text, markdown or json)" \
	inc-brief -C r -F pdf
fails "no such incident" 1 "inc-brief: nope: no such incident" inc-brief -C r nope

# the first responder alone at 03:00, no group staffed yet: their notes
# are what the next IC must be told
new_repo alone
aid=$(inc-open -C alone -t 2026-11-23T03:00:00Z "Checkout down" 2>/dev/null)
inc-note -C alone -t 2026-11-23T03:05:00Z "topology in unexpected state" >/dev/null
inc-note -C alone -t 2026-11-23T03:07:00Z "locked the deploy tooling" >/dev/null
run inc-handoff -C alone -t 2026-11-23T03:11:00Z ic "Zoë O'Brien <zoe@example.com>"
is "$(printf '%s\n' "$out" | sed -n '/^What each group is doing$/,/^$/p')" \
	"What each group is doing
  No group, 2026-11-23 03:07 UTC, Ricardo Ortiz: locked the deploy tooling" "the incoming IC is told the latest note of no group"
run inc-brief -C alone -j "$aid"
is "$(printf '%s' "$out" | jq -c '[(.groups | length), .ungrouped.text, .ungrouped.by.name]')" \
	'[0,"locked the deploy tooling","Ricardo Ortiz"]' "--json: as ungrouped, not a group"
run inc-brief -C alone --role ops "$aid"
is "$(printf '%s\n' "$out" | sed -n '/^What each group is doing$/,/^$/p')" \
	"What each group is doing
  no group has reported yet" "a group's own part leaves it out"
is "$(printf '%s\n' "$out" | tail -2)" "Last sitrep
  none yet" "and ends with the last sitrep: no heading of what is due with nothing under it"

done_testing
