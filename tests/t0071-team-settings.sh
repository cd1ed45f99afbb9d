#!/bin/sh
# The team's settings (incidents/settings.json at HEAD) decide every
# responder's deadlines, whatever their own git config says, and are
# only data; an incident's own cadence is an event, the same on every
# clone.
. "$(dirname "$0")/lib.sh"

export INC_NO_FSYNC=1 INC_NOW=2026-11-23T10:00:00Z
git init -q --bare server.git
inc-init -u "$TRASH/server.git" ana >/dev/null 2>&1
id=$(inc-open -C ana "API errors" 2>/dev/null)
git -C ana push -q origin main
inc-init -u "$TRASH/server.git" bob >/dev/null 2>&1
bob() { as "Bob Stone" bob@example.com "$@"; }

# pass FROM TO...: FROM's events pushed, and fetched into each TO (which
# has none of its own to merge: one clone writes at a time here)
pass() {
	_from=$1
	shift
	git -C "$_from" push -q origin main
	for _to; do
		git -C "$_to" fetch -q origin main:main
	done
}
# update_team TEXT: TEXT committed as the settings, on the server
# (through a work tree clone), after ana's events, and fetched into ana
# and bob
git clone -q server.git wt
update_team() {
	git -C ana push -q origin main && git -C wt pull -q &&
	    printf '%s\n' "$1" >wt/incidents/settings.json &&
	    git -C wt commit -qam "settings" && git -C wt push -q origin main &&
	    git -C ana fetch -q origin main:main && git -C bob fetch -q origin main:main
}
# newest CLONE ID JQ: a jq filter over the incident's newest event
newest() {
	inc-log -C "$1" -j "$2" | jq -s -c last | jq -r "$3"
}

run inc-state -C ana -j
is "$status:$(printf '%s' "$out" | jq -r .sitrep_due_at)" "0:2026-11-23T11:00:00Z" \
	"the team's hour"
git -C bob config inc.sitrepInterval 15
run inc-state -C bob -j
is "$status:$(printf '%s' "$out" | jq -r .sitrep_due_at)" "0:2026-11-23T11:00:00Z" \
	"bob's own interval does not move the team's deadline"
is "$err" "inc-state: warning: inc.sitrepInterval: 15 in your git config not used: the team's incidents/settings.json sets 60" \
	"and bob is told so"
git -C bob config --global inc.updateInterval 20
run inc-ls -C bob
like "$err" "inc.updateInterval: 20 in your git config not used" \
	"a global value likewise"
git -C bob config --global --unset inc.updateInterval

new_repo own
git -C own config inc.sitrepInterval 15
oid=$(inc-open -C own "Own" 2>/dev/null)
run inc-state -C own -j
is "$status:$(printf '%s' "$out" | jq -r .sitrep_due_at):$err" "0:2026-11-23T10:15:00Z:" \
	"without the team's file, the user's config as before"

update_team '{"sitrep_interval_seconds": 7200, "sitrep_interval_major_seconds": 600, "page_name": "Acme Status", "names_not_to_blame": ["Acme DNS"], "hook": "touch pwned", "inc.hook.x": "touch pwned", "later_field": {"x": 1}}'
run inc-state -C ana -j
is "$(printf '%s' "$out" | jq -r .sitrep_due_at):$err" "2026-11-23T12:00:00Z:" \
	"a changed setting, once fetched, is everyone's; unknown fields ignored"
run inc-state -C bob -j
is "$(printf '%s' "$out" | jq -r .sitrep_due_at)" "2026-11-23T12:00:00Z" \
	"the same deadline on bob's clone"
succeeds "major" inc-state -C ana "$id" major
run inc-state -C ana -j
is "$(printf '%s' "$out" | jq -r .sitrep_due_at)" "2026-11-23T10:10:00Z" \
	"the team's major interval"
[ ! -e pwned ] && [ ! -e ana/pwned ] && ok "nothing in the file is run" ||
	not_ok "nothing in the file is run"
fails "the team's names not to blame" 1 "inc-status: refused: blame: \"Acme DNS\": own the problem and say what we are doing about it, not whose fault it is
inc-status: $id: refused by 1 finding: nothing recorded (--force records it anyway, findings kept)" \
	inc-status -C ana "$id" "Acme DNS broke the API. We are failing over. There is no workaround yet. Next update in 30 minutes."
git -C ana config inc.blame "Initech"
run inc-status -C ana "$id" "Initech broke the API. We are failing over. There is no workaround yet."
like "$status:$err" '^1:inc-status: refused: blame: "Initech"' "the user's names count too"
run inc-publish -C ana site
is "$status:$(jq -r .page.name site/summary.json)" "0:Acme Status" \
	"the team's page name"

update_team '{"sitrep_interval_seconds": 90, "sitrep_interval_major_seconds": "10"}'
run inc-state -C ana -j
is "$(printf '%s' "$out" | jq -r .sitrep_due_at)" "2026-11-23T10:30:00Z" \
	"a bad value: the default"
is "$err" "inc-state: warning: incidents/settings.json: sitrep_interval_seconds: not a number of seconds in whole minutes from 60 to 604800 (7 days) (ignored); incidents/settings.json: sitrep_interval_major_seconds: not a number of seconds in whole minutes from 60 to 604800 (7 days) (ignored)" \
	"each bad value warned about"
update_team 'not json'
run inc-state -C ana -j
is "$status:$(printf '%s' "$out" | jq -r .sitrep_due_at)" "0:2026-11-23T10:30:00Z" \
	"a file that is not JSON: the tools go on"
like "$err" "^inc-state: warning: incidents/settings.json:1: .*: team settings not used$" \
	"and say so"
update_team '{}'
run inc-ls -C ana
is "$status:$err" "0:" "an empty object: nothing to say"

# --- an incident's own cadence: an event
fails "only the IC sets the sitreps' cadence" 1 \
	"inc-sitrep: $id: only the incident commander (Ricardo Ortiz) can set its cadence; --force overrides and is recorded" \
	bob inc-sitrep -C bob -E 2h "$id"
run inc-sitrep -C ana -E 2h "$id"
is "$status:$out:$err" "0:@all: Sitreps every 2h:" "the IC sets it"
is "$(newest ana "$id" '[.type, .sitrep_interval_seconds, has("update_interval_seconds")] | @tsv')" \
	"$(printf 'cadence\t7200\tfalse')" "the event, in seconds"
pass ana bob
git -C bob config inc.sitrepIntervalMajor 5
run inc-state -C bob -j
is "$(printf '%s' "$out" | jq -r '[.sitrep_due_at, .sitrep_interval_seconds] | @tsv')" \
	"$(printf '2026-11-23T12:00:00Z\t7200')" \
	"the same deadline on every clone, whatever its config"
run inc-state -C ana -j
is "$(printf '%s' "$out" | jq -r .sitrep_due_at)" "2026-11-23T12:00:00Z" \
	"on the IC's clone too"
run inc-state -C ana
like "$out" "^sitrep       none yet, next due in 2h00m \(every 2h00m, this incident's cadence\)$" \
	"the picture says whose cadence it is"
succeeds "comms to bob" inc-handoff -C ana "$id" comms "Bob Stone <bob@example.com>"
pass ana bob
run bob inc-status -C bob -E 45m "$id"
is "$status:$out" "0:@all: Customer updates every 45m" "comms sets the updates' cadence"
run inc-state -C bob -j
is "$(printf '%s' "$out" | jq -r .update_due_at)" "2026-11-23T10:45:00Z" \
	"the customer update due by it"
fails "but not the sitreps'" 1 \
	"inc-sitrep: $id: only the incident commander (Ricardo Ortiz) can set its cadence; --force overrides and is recorded" \
	bob inc-sitrep -C bob -E 1h "$id"
run bob inc-sitrep -C bob -f -E 1h "$id"
is "$status:$(newest bob "$id" .force)" "0:true" "--force overrides, recorded"
run inc-sitrep -C bob -E team "$id"
is "$status:$out" "0:@all: Sitreps at the team's interval" "back to the team's"
is "$(newest bob "$id" '.sitrep_interval_seconds')" "null" "as null"
run inc-state -C bob -j
is "$(printf '%s' "$out" | jq -r '[.sitrep_due_at, has("sitrep_interval_seconds")] | @tsv')" \
	"$(printf '2026-11-23T10:05:00Z\tfalse')" \
	"the configured interval again: bob's own, as the team's file sets none now"
run inc-log -C bob "$id"
like "$out" "cadence: sitreps every 2h00m$" "the timeline shows it"
like "$out" "cadence: customer updates every 45m$" "both kinds"
run inc-verify -C bob
like "$status:$out" "^0:verified " "inc-verify: cadence events and settings commits"
fsck_clean "git fsck --strict" bob

# --- what a person types
fails "an interval without a unit" 2 \
	"inc-sitrep: 20: not an interval from 1m to 7d (such as 30m, 2h, 1h30m)" \
	inc-sitrep -C ana -E 20 "$id"
fails "an interval too short" 2 \
	"inc-status: 30s: not an interval from 1m to 7d (such as 30m, 2h, 1h30m)" \
	inc-status -C ana -E 30s "$id"
fails "units out of order" 2 \
	"inc-sitrep: 30m1h: not an interval from 1m to 7d (such as 30m, 2h, 1h30m)" \
	inc-sitrep -C ana -E 30m1h "$id"
fails "--every records the cadence alone" 2 \
	"inc-sitrep: --every records the cadence alone: no fields, --edit, --last or --due
$(usage_of inc-sitrep)" inc-sitrep -C ana -E 1h -b broken "$id"
fails "--every and --tickets are separate" 2 \
	"inc-status: --every records the cadence alone: no --contacted or --tickets
$(usage_of inc-status)" inc-status -C ana -E 1h -T 3 "$id"
run inc-sitrep -C ana -E 1h30m "$id"
is "$status:$out" "0:@all: Sitreps every 1h30m" "hours and minutes"
# an interval the incident has already: refused, as a state said again
before=$(commits ana)
fails "the sitreps' interval it has already" 1 \
	"inc-sitrep: $id: sitreps are already every 1h30m" \
	inc-sitrep -C ana -E 90m "$id"
run inc-sitrep -C ana -E team "$id"
is "$status:$out" "0:@all: Sitreps at the team's interval" "the team's again"
fails "the team's interval, which it has already" 1 \
	"inc-sitrep: $id: sitreps are already at the team's interval" \
	inc-sitrep -C ana -E team "$id"
run inc-status -C ana -E 20m "$id"
is "$status:$out" "0:@all: Customer updates every 20m" "the updates' cadence"
fails "the updates' interval it has already" 1 \
	"inc-status: $id: customer updates are already every 20m" \
	inc-status -C ana -E 20m "$id"
is "$(commits ana)" $((before + 2)) "nothing recorded for those said again"

# --- the rules' modes and the names of ours, for every responder alike
update_team '{"lint_modes": {"blame": "advise", "next-update": "off", "still-open": "off", "Bad Name": "off", "eta": 3}, "names_of_ours": ["Acme Cloud"]}'
run inc-state -C ana -j "$id"
is "$err" "inc-state: warning: incidents/settings.json: lint_modes: Bad Name: not a name and one line of text (ignored); incidents/settings.json: lint_modes: eta: not a name and one line of text (ignored)" \
	"lint_modes: a bad name or value warned about"
run inc-status -C ana "$id" "An upstream provider broke the API. Acme Cloud engineers are failing over. There is no workaround yet."
is "$status:$err" "0:inc-status: advice: blame: \"An upstream provider broke\": own the problem and say what we are doing about it, not whose fault it is
@all: Customer update (Investigating): An upstream provider broke the API. Acme Cloud engineers are failing over. There is no workaround ye..." \
	"blame advised, not refused; no next-update advice; our own name not blamed"
run inc-status -C ana -s monitoring "$id" "The API errors have stopped: the issue has been resolved."
is "$status:$err" "0:@all: Customer update (Monitoring): The API errors have stopped: the issue has been resolved." \
	"still-open switched off for the team like any rule"
git -C ana config inc.lint.blame refuse
run inc-status -C ana "$id" "An upstream provider broke the API again. We are failing over. There is no workaround yet."
is "$status:$(printf '%s' "$err" | grep -c 'inc.lint.blame: refuse in your git config not used')" "0:1" \
	"the team's mode wins over ana's own, and she is told"

done_testing
