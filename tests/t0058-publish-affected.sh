#!/bin/sh
# inc-publish's affected_components: each update tells a component's
# status as the whole page had it right before and right after it, every
# incident and maintenance considered, as components.json tells it now;
# the same bytes when a run reads only what changed as when it reads
# every incident, though what another incident did changes an update
# whose own incident did not change.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z INC_NO_FSYNC=1
new_repo r

# same_as_fresh NAME: the site is what a publish into an empty directory
# makes, without the cache and the state (put back as they were)
same_as_fresh() {
	rm -rf fresh
	mv "$1/.git/incident-publish" "$TRASH/cache" 2>/dev/null
	mv "$1/.git/incident-publish-state" "$TRASH/state" 2>/dev/null
	inc-publish -C "$1" -q fresh
	rm -f "$1/.git/incident-publish" "$1/.git/incident-publish-state"
	mv "$TRASH/cache" "$1/.git/incident-publish" 2>/dev/null
	mv "$TRASH/state" "$1/.git/incident-publish-state" 2>/dev/null
	same_tree "$2: the bytes of a fresh publish" fresh site
}
# publish REPO NAME WAY: publish into site, which reads only what changed
# (WAY fast) or every incident (WAY: the reason given), as a fresh one
publish() {
	INC_PUBLISH_TRACE=1 run inc-publish -C "$1" -q site
	if [ "$3" = fast ]; then
		is "$status:$err" "0:inc-publish: read only what changed" \
			"$2: only what changed is read"
	else
		is "$status:$err" "0:inc-publish: read every incident: $3" \
			"$2: every incident is read"
	fi
	same_as_fresh "$1" "$2"
}
# affected ID: each update of the incident, oldest first, "STATUS OLD NEW"
# for each component it names (jq over incidents.json)
affected() {
	jq -r --arg id "$1" '(.incidents // [])[], (.scheduled_maintenances // [])[] |
		select(.id == $id) | .incident_updates | reverse | .[] |
		.status + (.affected_components // [] |
		map(" " + .name + " " + .old_status + " " + .new_status) | join(""))' \
		site/api/v2/incidents.json site/api/v2/scheduled-maintenances.json
}
# component NAME: its status in components.json
component() {
	jq -r --arg n "$1" '.components[] | select(.name == $n) | .status' \
		"${2:-site}/api/v2/components.json"
}

# (search first named by one that changes no more: a run that reads only
# what changed can tell how the others name it)
p=$(inc-open -C r --at 2026-11-23T09:00:00Z "Search blip" 2>/dev/null)
succeeds "setup: an incident on search, over" inc-status -C r --at 2026-11-23T09:00:00Z \
	-i minor -s resolved -p search "$p" "Searches were slow for a minute."
a=$(inc-open -C r --at 2026-11-23T10:00:00Z "Slow searches" 2>/dev/null)
succeeds "setup: a minor incident on search" inc-status -C r --at 2026-11-23T10:00:00Z \
	-i minor -p search "$a" "Searches are slow. We are investigating."
b=$(inc-open -C r --at 2026-11-23T10:10:00Z "Searches fail" 2>/dev/null)
succeeds "setup: a major one on search too" inc-status -C r --at 2026-11-23T10:10:00Z \
	-i major -p search "$b" "Some searches fail. We are investigating."
publish r "two incidents on one component" "no site state"
is "$(affected "$b")" "investigating search degraded_performance partial_outage" \
	"the second's update: from the first's minor to its own major"

# the first resolves while the second goes on: the page is not all clear
succeeds "setup: the first resolved, naming search" inc-status -C r --at 2026-11-23T10:20:00Z \
	-s resolved -p search "$a" "Searches are fast again."
publish r "one of them resolved" fast
is "$(affected "$a")" "investigating search operational degraded_performance
resolved search partial_outage partial_outage" \
	"its resolving update: search stays in the other's partial outage"
is "$(component search)" partial_outage "as components.json has it"
is "$(jq -r '[.incidents[].incident_updates[]] | sort_by(.created_at) | last | .affected_components[0].new_status' site/api/v2/incidents.json)" \
	"$(component search)" "the newest update tells what components.json does"

# an incident recorded late, its update before the first's resolving one:
# that update, whose incident did not change, now tells of it too
c=$(inc-open -C r --at 2026-11-23T10:15:00Z "Search down" 2>/dev/null)
succeeds "setup: a critical one, recorded late" inc-status -C r --at 2026-11-23T10:15:00Z \
	-i critical -p search "$c" "Search is down."
publish r "an incident recorded late" fast
is "$(affected "$a")" "investigating search operational degraded_performance
resolved search major_outage major_outage" \
	"the first's resolving update: in the late one's major outage"
is "$(affected "$c")" "investigating search partial_outage major_outage" \
	"the late one's update: from the others' worst to its own"

# all resolved: the last one to resolve clears it; the earlier ones keep
# what the page had then
succeeds "setup: the second resolved" inc-status -C r --at 2026-11-23T10:30:00Z \
	-s resolved -p search "$b" "Searches work again."
succeeds "setup: the late one resolved" inc-status -C r --at 2026-11-23T10:40:00Z \
	-s resolved -p search "$c" "Search is back."
publish r "all resolved" fast
is "$(affected "$b")" "investigating search degraded_performance partial_outage
resolved search major_outage major_outage" "the second's resolving update: the late one still open"
is "$(affected "$c")" "investigating search partial_outage major_outage
resolved search major_outage operational" "the last one's: operational"
is "$(component search)" operational "components.json: operational"

# a maintenance: under maintenance while it is underway, but an outage
# tells over it
m=$(inc-open -C r --at 2026-11-23T11:00:00Z "Index rebuild" 2>/dev/null)
succeeds "setup: a maintenance begun" inc-status -C r --at 2026-11-23T11:00:00Z \
	--maintenance in_progress -p search --incident "$m" "Rebuilding the index."
e=$(inc-open -C r --at 2026-11-23T11:10:00Z "Slow again" 2>/dev/null)
succeeds "setup: an incident during it" inc-status -C r --at 2026-11-23T11:10:00Z \
	-i minor -p search "$e" "Searches are slow."
publish r "a maintenance and an incident" fast
is "$(affected "$m")" "in_progress search operational under_maintenance" \
	"the maintenance's update: under maintenance"
is "$(affected "$e")" "investigating search under_maintenance degraded_performance" \
	"the incident's: from under maintenance to its outage"
is "$(component search)" degraded_performance "components.json: the outage"

# an old incident at the end of incidents.json (the 50th) whose updates an
# older one, shown nowhere, counts for: a run that reads only what changed
# reads that one too (the site state keeps it)
new_repo o
y=$(inc-open -C o --at 2026-01-01T10:00:00Z "Database down" 2>/dev/null)
inc-status -C o --at 2026-01-01T10:00:00Z -i major -p db "$y" "The database is down." >/dev/null 2>&1
x=$(inc-open -C o --at 2026-01-02T10:00:00Z "Slow queries" 2>/dev/null)
inc-status -C o --at 2026-01-02T10:00:00Z -i minor -p db "$x" "Queries are slow." >/dev/null 2>&1
inc-status -C o --at 2026-01-03T10:00:00Z -s resolved -p db "$x" "Queries are fast." >/dev/null 2>&1
inc-status -C o --at 2026-01-10T10:00:00Z -s resolved -p db "$y" "The database is back." >/dev/null 2>&1
for k in $(seq 1 48); do
	t=$(printf '2026-11-%02dT%02d:00:00Z' $((1 + k / 24)) $((k % 24)))
	id=$(inc-open -C o --at "$t" "Blip $k" 2>/dev/null)
	inc-status -C o --at "$t" -i minor -p db -s resolved "$id" "A blip. It works." >/dev/null 2>&1
done
z=$(inc-open -C o --at 2026-11-20T10:00:00Z "Slow pages" 2>/dev/null)
inc-status -C o --at 2026-11-20T10:00:00Z -i minor -p db "$z" "Pages are slow." >/dev/null 2>&1
inc-status -C o --at 2026-11-20T10:30:00Z -i minor -p db "$z" "Pages are still slow." >/dev/null 2>&1
inc-status -C o --at 2026-11-20T11:00:00Z -i minor -p db "$z" "Pages are slowly better." >/dev/null 2>&1
rm -rf site
publish o "fifty incidents after the two" "no site state"
is "$(jq -r '.incidents | length, .[-1].id' site/api/v2/incidents.json)" "50
$x" "setup: the slow queries are the 50th, the database outage not shown"
is "$(affected "$x")" "investigating db partial_outage partial_outage
resolved db partial_outage partial_outage" "the slow queries' updates: in the database's outage"
inc-status -C o --at 2026-11-23T11:30:00Z -i minor -p db "$z" "Pages are nearly fast." >/dev/null 2>&1
publish o "an update to the open one" fast
is "$(affected "$x")" "investigating db partial_outage partial_outage
resolved db partial_outage partial_outage" "the slow queries' updates: the same"

# two updates of one incident in the same second are taken in the order
# the log has them, whatever their ids (random within a second: made
# again until the later one's sorts first): the later one is the newest
for k in $(seq 1 40); do
	rm -rf s
	new_repo s
	sid=$(inc-open -C s --at 2026-11-23T10:00:00Z "API errors" 2>/dev/null)
	inc-status -C s --at 2026-11-23T10:05:00Z -i major -p api "$sid" \
		"API requests fail. We are investigating." >/dev/null 2>&1
	inc-status -C s --at 2026-11-23T10:05:00Z -s monitoring -i minor -p api "$sid" \
		"API requests work again for most. We are monitoring." >/dev/null 2>&1
	ids=$(inc-log -C s --json "$sid" | jq -r 'select(.type == "status") | .id')
	[ "$(printf '%s\n' "$ids" | sort)" != "$ids" ] && break
done
is "$(printf '%s\n' "$ids" | wc -l | tr -d ' '):$(printf '%s\n' "$ids" | sort -r)" "2:$ids" \
	"setup: two updates in one second, the later one's id sorting first"
run inc-publish -C s -q ssite
is "$status:$err" "0:" "publishing them"
is "$(jq -r '.incidents[0] | .status, .impact, (.incident_updates | reverse | .[] |
	.status + (.affected_components | map(" " + .name + " " + .old_status + " " + .new_status) | join("")))' \
	ssite/api/v2/incidents.json)" "monitoring
minor
investigating api operational partial_outage
monitoring api partial_outage degraded_performance" \
	"the incident is as the later says; affected_components count them in log order"
is "$(jq -r '.components[] | select(.name == "api") | .status' ssite/api/v2/components.json)" \
	degraded_performance "the component is as the later says"
is "$(grep -o '<title>API errors: [A-Za-z]*</title>' ssite/history.atom | tr '\n' ' ')" \
	"<title>API errors: Monitoring</title> <title>API errors: Investigating</title> " \
	"the feed has the later first"
is "$(grep -o '<strong>[A-Za-z]*</strong>' "ssite/incidents/$sid.html" | tr '\n' ' ')" \
	"<strong>Monitoring</strong> <strong>Investigating</strong> " "so has the incident's page"

# a status given each component (-p NAME=STATUS), as Statuspage's updates
# carry one: it stands until an update of that incident names the
# component again, whatever the incident's impact does meanwhile (the
# Copilot outage of 2024-05-13, replayed)
new_repo g
git -C g config --add inc.component API
git -C g config --add inc.component Copilot
# (both first named by one over, so that a run can read only what changed)
q=$(inc-open -C g --at 2026-11-22T08:00:00Z "Blip" 2>/dev/null)
inc-status -C g --at 2026-11-22T08:00:00Z -i minor -s resolved -p API -p Copilot "$q" \
	"API and Copilot requests were slow for a minute." >/dev/null 2>&1
k=$(inc-open -C g --at 2026-11-23T09:00:00Z "Copilot degraded" 2>/dev/null)
succeeds "setup: both in a partial outage" inc-status -C g --at 2026-11-23T09:00:00Z \
	-i major -p Copilot=partial -p api=Partial_Outage "$k" \
	"Copilot and API requests are failing. We are investigating."
rm -rf site
publish g "two components, each given a status" "no site state"
is "$(component API):$(component Copilot)" "partial_outage:partial_outage" \
	"components.json: each the status given"
is "$(jq -c '[.incidents[0].components[].name]' site/api/v2/incidents.json)" '["API","Copilot"]' \
	"an incident's components in their position's order, not the order named"
succeeds "setup: API operational, Copilot not named" inc-status -C g --at 2026-11-23T09:30:00Z \
	-s identified -i major -p API=operational "$k" \
	"API is operating normally. Copilot requests still fail; we are rolling back."
publish g "API set operational" fast
is "$(component API):$(component Copilot)" "operational:partial_outage" \
	"API operational, Copilot still in its partial outage"
is "$(affected "$k")" "investigating Copilot operational partial_outage API operational partial_outage
identified API partial_outage operational" "affected_components: the status each was given"
is "$(jq -c '.status' site/api/v2/summary.json)" '{"indicator":"major","description":"Partial System Outage"}' \
	"the page indicator: the incident is open"
like "$(cat site/index.html)" '<span class="name" dir="auto">API</span> <span class="c-operational">Operational</span>' \
	"index.html: API operational"
like "$(cat site/index.html)" '<span class="name" dir="auto">Copilot</span> <span class="c-partial_outage">Partial Outage</span>' \
	"index.html: Copilot in a partial outage"
like "$(cat site/index.html)" 'This affects: <span dir="auto">API</span> \(operational\) \(major impact\)' \
	"index.html: the update says the status it gave"
like "$(cat site/history.atom)" 'This affects: &lt;span dir=&quot;auto&quot;&gt;API&lt;/span&gt; \(operational\)' \
	"history.atom: so does its entry"
# an update naming no component and giving no impact leaves a status
# given as it was: "seeing recovery" flipped API, given operational, back
# to the outage the impact meant (GitHub's outage of 2026-03-03, replayed)
succeeds "setup: an update naming none, with no impact" inc-status -C g --at 2026-11-23T09:45:00Z \
	-s identified "$k" "We are seeing recovery. We continue to monitor for full recovery."
publish g "an update naming none, with no impact" fast
is "$(component API):$(component Copilot)" "operational:partial_outage" \
	"each component keeps the status it was given"
succeeds "setup: impact none, naming API only" inc-status -C g --at 2026-11-23T10:00:00Z \
	-s monitoring -i none -p API "$k" \
	"API is operating normally. A fix for Copilot is being deployed."
publish g "impact none, naming API" fast
is "$(component API):$(component Copilot)" "operational:partial_outage" \
	"API follows the impact, none; Copilot keeps the status it was given"
is "$(affected "$k" | tail -n 1)" "monitoring API operational operational" \
	"the update's affected_components: API stays operational"
is "$(jq -r '.status.indicator' site/api/v2/summary.json)" major \
	"the page indicator: Copilot's partial outage, over an impact of none"
like "$(cat site/index.html)" '<span class="name" dir="auto">Copilot</span> <span class="c-partial_outage">Partial Outage</span>' \
	"index.html: Copilot still in a partial outage"
publish g "nothing changed: the statuses given read from the cache" fast
is "$(component API):$(component Copilot)" "operational:partial_outage" \
	"the same statuses"
succeeds "setup: Copilot named again, with no status" inc-status -C g --at 2026-11-23T10:30:00Z \
	-s monitoring -i minor -p Copilot "$k" "Copilot requests succeed again. We are monitoring."
publish g "Copilot named again" fast
is "$(component API):$(component Copilot)" "operational:degraded_performance" \
	"named with no status, a component follows that update's impact; one it does not name stays as it was"
succeeds "setup: an update naming no component" inc-status -C g --at 2026-11-23T10:45:00Z \
	-s monitoring -i minor "$k" "Requests may be slower than usual while caches refill."
publish g "an update naming no component" fast
is "$(component API):$(component Copilot)" "degraded_performance:degraded_performance" \
	"an update naming no component speaks for all the incident's"
succeeds "setup: resolved" inc-status -C g --at 2026-11-23T11:00:00Z \
	-s resolved "$k" "Copilot and the API are operating normally."
# (the cache may be written anew here, after so many runs: any read will do)
run inc-publish -C g -q site
is "$status:$err" "0:" "resolved: published"
same_as_fresh g "resolved"
is "$(component API):$(component Copilot):$(jq -r '.status.indicator' site/api/v2/summary.json)" \
	"operational:operational:none" "resolved: all clear"
is "$(jq -r '[.components[] | select(.name == "Copilot") | .id] | .[0]' site/api/v2/components.json | wc -c | tr -d ' ')" 13 \
	"setup: Copilot has an id"
copilot=$(jq -r '.components[] | select(.name == "Copilot") | .id' site/api/v2/components.json)
api=$(jq -r '.components[] | select(.name == "API") | .id' site/api/v2/components.json)
like "$(sed -n "/id=\"c-$copilot\"/,/<\/li>/p" site/index.html | grep -o '<li class="d-[a-z]*" tabindex="0" title="2026-11-23: [^"]*"><span class="tip">[^<]*')" \
	'2026-11-23: Partial outage 1 h 30 min; Degraded performance 30 min$' \
	"Copilot's uptime bar: the partial outage it was given to 10:30, then the minor impact"
like "$(sed -n "/id=\"c-$api\"/,/<\/li>/p" site/index.html | grep -o '<li class="d-[a-z]*" tabindex="0" title="2026-11-23: [^"]*"><span class="tip">[^<]*')" \
	'2026-11-23: Partial outage 30 min; Degraded performance 15 min$' \
	"API's: to 09:30, then operational, then the minor impact of the update naming none from 10:45"

# named without a status of its own, a component keeps the impact of the
# newest update naming it: "-i none -p API" clears API, not Copilot too
new_repo h
t=$(inc-open -C h --at 2026-11-23T09:00:00Z "Copilot and API errors" 2>/dev/null)
inc-status -C h --at 2026-11-23T09:00:00Z -i major -p Copilot -p API "$t" \
	"Copilot and API requests are failing. We are investigating." >/dev/null 2>&1
succeeds "setup: impact none, naming API only" inc-status -C h --at 2026-11-23T09:30:00Z \
	-s identified -i none -p API "$t" "API is operating normally. Copilot requests still fail."
rm -rf site
run inc-publish -C h -q site
is "$status:$err" "0:" "published"
is "$(component API):$(component Copilot):$(jq -r '.status.indicator' site/api/v2/summary.json)" \
	"operational:partial_outage:major" "API cleared; Copilot still in the outage the first update gave it"

# an incident of many updates naming many components: what its updates
# make of each component is walked once, not again for each update and
# component (3000 updates of 40 components took a minute; a second now,
# but this test times nothing: the machines are shared)
new_repo wide
w=$(inc-open -C wide --at 2026-11-23T10:00:00Z "Wide outage" 2>/dev/null)
o=$(inc-open -C wide --at 2026-11-23T10:00:00Z "Slow logins" 2>/dev/null)
succeeds "setup: another incident on one of them" inc-status -C wide --at 2026-11-23T10:00:00Z \
	-p c1 "$o" "Logins are slow. We are investigating."
succeeds "setup: the first update" inc-status -C wide --at 2026-11-23T10:00:00Z \
	-p c0=major_outage "$w" "Requests fail. We are investigating."
wlog=$(ls wide/incidents/*/*/"$w"/*.jsonl)
tail -n 1 "$wlog" | jq -c 'del(.findings) | . as $e | range(3000) as $i |
	($i | tostring) as $n | $e | .id = ("019ab1" + "0" * (22 - ($n | length)) + $n) |
	.seq = 3 + $i | .message = "Update \($n)." |
	.at = ("2026-11-23T1" + (1 + ($i / 3600 | floor) | tostring) + ":" +
	(($i / 60 | floor) % 60 | tostring | if length < 2 then "0" + . else . end) + ":" +
	($i % 60 | tostring | if length < 2 then "0" + . else . end) + "Z") |
	.recorded_at = .at | .components = [range(40) | "c\(.)"] |
	.component_status = ([range(10) | {key: "c\(.)", value: "partial_outage"}] | from_entries)' >>"$wlog"
git -C wide commit -qam "$w: 3000 updates"
run inc-publish -C wide -q wsite
is "$status:$err" "0:" "3000 updates of 40 components published"
is "$(jq -r '[.components[] | select(.name == "c0" or .name == "c1" or .name == "c39") | .status] | join(" ")' wsite/api/v2/components.json)" \
	"partial_outage partial_outage partial_outage" \
	"what the newest update gave each: c39, named with no status, the impact the statuses it gave make (partial outage: major)"

# an update that gives its components statuses and no impact (-i) stands
# for the worst status the incident's components then have, as Statuspage
# works an incident's impact out; a resolved one keeps the worst the
# incident had (GitHub's Copilot and Actions outage, as a team posted it)
new_repo gh
g=$(inc-open -C gh --at 2026-11-23T09:00:00Z -S major "Copilot and Actions outage" 2>/dev/null)
# post TIME MESSAGE [OPTION...]: inc-status on $g; $out is what it printed
# of the update's impact
post() {
	at=$1 msg=$2
	shift 2
	run inc-status -C gh --at "$at" "$@" "$g" "$msg"
	out=$(printf '%s\n' "$out" | grep '^This affects\|impact)$' | tail -n 1)
}
# impact: the incident's impact and the newest update's status, on the page
impact() {
	rm -rf gsite
	inc-publish -C gh -q gsite
	jq -r '.incidents[0] | "\(.impact) \(.status)"' gsite/api/v2/incidents.json
}
post 2026-11-23T09:05:00Z "We are investigating degraded performance for Copilot and Actions." -p Copilot=partial -p Actions=degraded
is "$status:$out:$(impact)" \
	"0:This affects: Copilot (partial outage), Actions (degraded performance) (major impact):major investigating" \
	"a partial outage given, no -i: a major impact, printed as the page has it, not the major state's critical"
post 2026-11-23T09:20:00Z "Copilot requests are failing. We have identified the issue." -s identified -p Copilot=major_outage
is "$out:$(impact)" "This affects: Copilot (major outage) (critical impact):critical identified" \
	"a major outage given: critical"
post 2026-11-23T09:40:00Z "Copilot is operating normally. Actions is still slow; we are monitoring." -s monitoring -p Copilot=operational
is "$out:$(impact)" "This affects: Copilot (operational) (minor impact):minor monitoring" \
	"Copilot operational, Actions still degraded: minor, from Actions"
post 2026-11-23T09:50:00Z "We are monitoring the recovery." -s monitoring
is "$out:$(impact)" "(minor impact):minor monitoring" \
	"an update giving no status and no impact: what the statuses made it before"
post 2026-11-23T10:00:00Z "Actions is operating normally." -s monitoring -p Actions=operational
is "$out:$(impact)" "This affects: Actions (operational):none monitoring" \
	"every component operational: no impact, none printed"
is "$(component Copilot gsite):$(component Actions gsite)" "operational:operational" \
	"both components operational on the page"
post 2026-11-23T10:30:00Z "This incident has been resolved." -s resolved
is "$out:$(impact)" "(critical impact):critical resolved" \
	"resolved: the worst impact the incident had, not the none it ended with"
is "$(jq -r '[.incidents[0].incident_updates[] | .status] | join(" ")' gsite/api/v2/incidents.json)" \
	"resolved monitoring monitoring monitoring identified investigating" \
	"every update on the page"
is "$(jq -c '[.incidents[0].incident_updates[] | .affected_components | if . then [.[] | "\(.name) \(.old_status) \(.new_status)"] else . end]' gsite/api/v2/incidents.json)" \
	'[null,["Actions degraded_performance operational"],null,["Copilot major_outage operational"],["Copilot partial_outage major_outage"],["Copilot operational partial_outage","Actions operational degraded_performance"]]' \
	"affected_components: an update naming none lists none when it changes none; the resolution none, all being operational already"
inc-status -C gh --at 2026-11-23T10:40:00Z -s investigating -p Copilot=major_outage "$g" \
	"Copilot requests are failing again. We are investigating." >/dev/null 2>&1
inc-state -C gh --at 2026-11-23T11:00:00Z "$g" resolved >/dev/null 2>&1
rm -rf gsite
inc-publish -C gh -q gsite
is "$(jq -c '.incidents[0].incident_updates[0].affected_components | [.[] | "\(.name) \(.old_status) \(.new_status)"]' gsite/api/v2/incidents.json)" \
	'["Copilot major_outage operational"]' \
	"resolved by the state, naming none: it lists the components it made operational"

run inc-log -C gh "$g"
is "$(printf '%s\n' "$out" | sed -n '2p;4p;5p' | cut -c 22-)" \
	"$(git config user.name)  customer update (investigating): We are investigating degraded performance for Copilot and Actions. This affects: Copilot (partial outage), Actions (degraded performance)
$(git config user.name)  customer update (monitoring): Copilot is operating normally. Actions is still slow; we are monitoring. This affects: Copilot (operational)
$(git config user.name)  customer update (monitoring): We are monitoring the recovery." \
	"inc-log says what each update gave each component it named, as the page had it"
run inc-postmortem -C gh "$g"
is "$(printf '%s\n' "$out" | sed -n '/^## Customer updates$/,$p' | sed -n 3p)" \
	"- 2026-11-23 09:05 UTC (investigating): We are investigating degraded performance for Copilot and Actions. This affects: Copilot (partial outage), Actions (degraded performance)" \
	"so does the post-mortem's list of customer updates, with each one's status"

# an update and the IC's resolution in the same second: the update was
# posted while the incident was confirmed (major), as inc-status printed it
new_repo gs
j=$(inc-open -C gs --at 2026-11-23T09:00:00Z -S confirmed "Pages errors" 2>/dev/null)
run inc-status -C gs --at 2026-11-23T09:05:00Z "$j" \
	"Pages builds fail. We are investigating. There is no workaround yet. Next update in 30 minutes."
is "$(printf '%s\n' "$out" | grep 'impact)$')" "(major impact)" "printed: the confirmed state's major"
inc-state -C gs --at 2026-11-23T09:05:00Z "$j" resolved >/dev/null 2>&1
rm -rf ssite
inc-publish -C gs -q ssite
is "$(jq -r '.incidents[0] | "\(.impact) \(.status)"' ssite/api/v2/incidents.json)" "major resolved" \
	"on the page too, not the none of the resolution that came after it in the log"

# an impact given (-i) is the impact, statuses or not; resolved keeps the
# worst, though the incident went down to minor before
new_repo gi
i=$(inc-open -C gi --at 2026-11-23T09:00:00Z "Slow API" 2>/dev/null)
inc-status -C gi --at 2026-11-23T09:05:00Z -i critical "$i" \
	"API requests are failing. We are investigating." >/dev/null 2>&1
inc-status -C gi --at 2026-11-23T09:10:00Z -i minor -p API=major_outage "$i" \
	"API requests are slow. We are investigating." >/dev/null 2>&1
rm -rf isite
inc-publish -C gi -q isite
is "$(jq -r '.incidents[0].impact' isite/api/v2/incidents.json)" "minor" \
	"-i minor over API's major outage: minor while open"
inc-status -C gi --at 2026-11-23T09:30:00Z -s resolved "$i" \
	"This incident has been resolved." >/dev/null 2>&1
rm -rf isite
inc-publish -C gi -q isite
is "$(jq -r '.incidents[0].impact' isite/api/v2/incidents.json)" "critical" \
	"resolved: the worst it had, critical"

# an update older than one recorded before it (backfilled with -t, or
# written on a clone whose clock is behind after it synced a newer one)
# is not where the page has it in the walk the picture keeps, in the
# order updates were written: inc-status reads the log for the impact
# the page gives it and those after it, taking the updates by time as the
# page does (where it printed what the order written made: major, major)
new_repo gb
b=$(inc-open -C gb --at 2026-11-23T09:00:00Z -S major "Outage" 2>/dev/null)
inc-status -C gb --at 2026-11-23T09:05:00Z -p API=major_outage "$b" "API is down." >/dev/null 2>&1
inc-status -C gb --at 2026-11-23T09:20:00Z -s monitoring -p API=operational "$b" \
	"API is back. We are monitoring." >/dev/null 2>&1
run inc-status -C gb --at 2026-11-23T09:10:00Z -s identified -p API=partial "$b" \
	"API partly back. We have found the cause."
is "$status:$(printf '%s\n' "$out" | sed -n 3p)" "0:This affects: API (partial outage) (major impact)" \
	"a backfilled update: the impact the page gives it where it falls"
run inc-status -C gb --at 2026-11-23T09:30:00Z -s monitoring -p Web=degraded "$b" \
	"The dashboard is slow."
is "$status:$(printf '%s\n' "$out" | sed -n 3p)" "0:This affects: Web (degraded performance) (minor impact)" \
	"one after it: API operational as of 09:20, Web degraded: minor, not major"
rm -rf bsite
inc-publish -C gb -q bsite
is "$(jq -r '.incidents[0].impact' bsite/api/v2/incidents.json)" "minor" \
	"the page says minor"

# an update older than the incident's state: the page gives it the
# impact of the state it had then (major for confirmed), not the one the
# incident has now (critical for major)
new_repo gs
g=$(inc-open -C gs --at 2026-11-23T09:00:00Z -S confirmed "Slow API" 2>/dev/null)
inc-status -C gs --at 2026-11-23T09:05:00Z "$g" "API requests are slow." >/dev/null 2>&1
inc-state -C gs --at 2026-11-23T09:40:00Z "$g" major >/dev/null 2>&1
run inc-status -C gs --at 2026-11-23T09:35:00Z -s identified "$g" \
	"We have found the cause of the slow API requests."
is "$status:$(printf '%s\n' "$out" | sed -n 3p)" "0:(major impact)" \
	"an update before a state change: the state it had then"
rm -rf ssite
inc-publish -C gs -q ssite
is "$(jq -r '.incidents[0].impact' ssite/api/v2/incidents.json)" "major" \
	"the page says major"

# the same merged: Bo's clock is ten minutes behind
git init -q --bare srv.git
inc-init -u "$TRASH/srv.git" ma >/dev/null 2>&1
m=$(inc-open -C ma --at 2026-11-23T09:00:00Z -S major "Outage" 2>/dev/null)
inc-status -C ma --at 2026-11-23T09:05:00Z -p API=major_outage "$m" "API is down." >/dev/null 2>&1
inc-status -C ma --at 2026-11-23T09:20:00Z -s monitoring -p API=operational "$m" \
	"API is back. We are monitoring." >/dev/null 2>&1
inc-sync -C ma -q
inc-init -u "$TRASH/srv.git" mb >/dev/null 2>&1
INC_NOW=2026-11-23T09:12:00Z inc-status -C mb -f -s identified -p API=partial "$m" \
	"API partly back. We have found the cause." >/dev/null 2>&1
inc-sync -C mb -q
inc-sync -C ma -q
run inc-status -C ma --at 2026-11-23T09:30:00Z -s monitoring -p Web=degraded "$m" \
	"The dashboard is slow."
is "$status:$(printf '%s\n' "$out" | sed -n 3p)" "0:This affects: Web (degraded performance) (minor impact)" \
	"merged out of time order: minor, as the page says"
rm -rf msite
inc-publish -C ma -q msite
is "$(jq -r '.incidents[0].impact' msite/api/v2/incidents.json)" "minor" \
	"the page says minor"

done_testing
