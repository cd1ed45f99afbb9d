#!/bin/sh
# inc-publish as customers and their tools read it during an incident: the
# banner tells the truth, declared components with 90-day uptime, resolved
# incidents say so, the whole of Statuspage's API v2 fetched over HTTP by
# a client that checks it, and what a browser shows at phone and desktop
# size.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z INC_NO_FSYNC=1
new_repo r
git -C r config --add inc.component API
git -C r config --add inc.component Search
git -C r config --add inc.component "EU dashboard"
git -C r config component.API.group Platform
git -C r config component.API.description "The REST API at api.example.com"
git -C r config component.Search.group Platform
git -C r config "component.EU dashboard.order" 0
git -C r config inc.pageResolvedMessage "This incident has been resolved. Everything works again."
git -C r config inc.pageTeam "Acme <SRE>"
git -C r config inc.pageTeamUrl "https://example.com/sre?a=1&b=2"

# a fresh site lists the components the team declared, in their order
run inc-publish -C r -q fresh
is "$status:$err" "0:" "a fresh site"
is "$(jq -r '.components[] | "\(.position) \(.name) \(.status) \(.group) \(.group_id != null)"' fresh/api/v2/components.json)" \
	"1 EU dashboard operational false false
2 Platform operational true false
3 API operational false true
4 Search operational false true" \
	"lists the declared components: their order, the group before its members"
is "$(jq -c '(.components | map(select(.group_id != null) | .id)) as $m | [.components[] | select(.group) | .components == $m]' \
	fresh/api/v2/components.json)" '[true]' "a group lists its members' ids"
is "$(jq -r '.components[] | select(.name == "API") | .description' fresh/summary.json)" \
	"The REST API at api.example.com" "a component's description"
like "$(cat fresh/index.html)" '<span class="name" dir="auto">EU dashboard</span> <span class="c-operational">Operational</span>' \
	"the page lists them too"
is "$(jq -c .status fresh/api/v2/status.json)" '{"indicator":"none","description":"All Systems Operational"}' \
	"all operational"
is "$(jq -c '[.components[] | .created_at, .updated_at, .start_date] | unique' fresh/api/v2/components.json)" \
	'[null,"2026-11-23T12:00:00.000Z"]' "with no update at all (and no settings committed), when published, as the page's"

# -p is checked against them, case and spaces folded
a=$(inc-open -C r --at 2026-11-23T10:00:00Z "API errors in EU" 2>/dev/null)
before=$(commits r)
fails "-p: a component not declared" 2 \
	"inc-status: apii: unknown component (use EU dashboard, API or Search)" \
	inc-status -C r -p apii "$a" "Some API requests fail with 503 errors. We are investigating. Retrying is safe."
is "$(commits r)" "$before" "nothing recorded"
succeeds "-p: case and spaces folded" inc-status -C r --at 2026-11-23T10:05:00Z \
	-p " api " -p API "$a" "Some API requests in the EU fail with 503 errors. We are investigating. Retrying failed requests is safe."
is "$(event_field r "$a" '.components | join(",")')" "API" \
	"the update names the component as declared, once"

# without -i the incident's state decides: investigating is minor
run inc-publish -C r site
is "$status" 0 "publishing an open incident without an impact"
# a component no update named dates from the page's first update, as
# one set up with the page; it was never used (no start date)
is "$(jq -c '[.components[] | select(.name != "API" and .name != "Platform") | [.name, .created_at, .updated_at, .start_date]]' site/api/v2/components.json)" \
	'[["EU dashboard","2026-11-23T10:05:00.000Z","2026-11-23T10:05:00.000Z",null],["Search","2026-11-23T10:05:00.000Z","2026-11-23T10:05:00.000Z",null]]' \
	"components never named: the page's first update's time, not 1970"
is "$(jq -c '[.status, (.incidents[0] | .impact, .incident_updates[0].affected_components[0].new_status)]' site/api/v2/summary.json)" \
	'[{"indicator":"minor","description":"Minor Service Outage"},"minor","degraded_performance"]' \
	"investigating: minor, never all clear"
like "$(cat site/index.html)" '<p class="banner i-minor">Minor Service Outage</p>' \
	"the banner is not green"
inc-state -C r --at 2026-11-23T10:20:00Z "$a" confirmed >/dev/null 2>&1
succeeds "an update once confirmed" inc-status -C r --at 2026-11-23T10:30:00Z -s identified \
	"$a" "API requests in the EU fail with 503 errors. We are failing over the database. Retrying failed requests is safe."
run inc-publish -C r site
is "$(jq -c '[.status.indicator, .incidents[0].impact, (.components[] | select(.name == "API") | .status), (.components[] | select(.name == "Platform") | .status)]' site/api/v2/summary.json)" \
	'["major","major","partial_outage","partial_outage"]' \
	"confirmed: major; the component and its group show it"
succeeds "monitoring" inc-status -C r --at 2026-11-23T11:45:00Z -s monitoring \
	"$a" "API requests in the EU work again for most customers. We are monitoring. Retrying failed requests is safe."

# resolved by the IC without a final update: the site adds one
s=$(inc-open -C r --at 2026-11-20T08:00:00Z "Search outage" 2>/dev/null)
succeeds "a critical update" inc-status -C r --at 2026-11-20T08:00:00Z -i critical \
	-p search "$s" "Searches fail for all customers. We are investigating. There is no workaround yet."
inc-state -C r --at 2026-11-20T09:00:00Z "$s" resolved >/dev/null 2>&1
run inc-publish -C r site
is "$status:$err" "0:inc-publish: published 2 incidents, 5 updates to site" \
	"the resolved update counts as one"
is "$(jq -c --arg s "$s" '.incidents[] | select(.id == $s) | [.status, .resolved_at, (.incident_updates[0] | .status, .body, .created_at, .affected_components)]' site/api/v2/incidents.json)" \
	'["resolved","2026-11-20T09:00:00.000Z","resolved","This incident has been resolved. Everything works again.","2026-11-20T09:00:00.000Z",[{"code":"mhz7xubqpn4u","name":"Search","old_status":"major_outage","new_status":"operational"}]]' \
	"its newest update says resolved, in the team's words, when it was resolved, and that it made Search operational"
like "$(cat "site/incidents/$s.html")" '<strong>Resolved</strong> &ndash; <span class="body" dir="auto">This incident has been resolved. Everything works again.</span>' \
	"the incident's page shows it"
like "$(cat site/history.html)" '<strong>Resolved</strong>' "so does the history"
like "$(cat site/history.atom)" '<title>Search outage: Resolved</title>' "and the feed says it ended"
is "$(jq -r '[.incidents[].id] | join(" ")' site/api/v2/incidents/unresolved.json)" "$a" \
	"unresolved.json: the open incident only"

# 90 days of uptime, from the impacts and times of the updates
html=$(cat site/index.html)
is "$(printf '%s\n' "$html" | grep -o '<ol class="bars"' | wc -l | tr -d ' ')" 4 \
	"a bar of days per component and group"
is "$(printf '%s\n' "$html" | sed -n '/id="c-[a-z0-9]*"><span class="name" dir="auto">Search</,/<\/li>$/p' | grep -o '<li class="d-' | wc -l | tr -d ' ')" \
	90 "90 days"
like "$html" '<li class="d-critical" tabindex="0" title="2026-11-20: Major outage"><span class="tip">2026-11-20: Major outage 1 h 0 min</span></li>' \
	"a day's tooltip, without script: its worst and how long"
is "$(printf '%s\n' "$html" | grep -o '<li class="d-[a-z]*"[^>]*>' | awk '/d-none/ && !/tabindex/ { a++ } /d-none/ && /tabindex/ { b++ } !/d-none/ && /tabindex/ { c++ } END { print a + 0, b + 0, c + 0 }')" \
	"356 0 4" "a day with nothing to tell is no stop for the keyboard; the others are"
like "$(printf '%s\n' "$html" | sed -n '/<span class="name" dir="auto">Search</,/<\/li>$/p')" '99\.95% uptime' \
	"an hour of major outage in 90 days: 99.95%"
like "$(printf '%s\n' "$html" | sed -n '/<span class="name" dir="auto">API</,/<\/li>$/p')" \
	'title="2026-11-23: Partial outage"><span class="tip">2026-11-23: Partial outage 1 h 15 min; Degraded performance 25 min</span></li></ol>' \
	"today: to the newest event, at each impact"
like "$(printf '%s\n' "$html" | sed -n '/<span class="name" dir="auto">API</,/<\/li>$/p')" '99\.98% uptime' \
	"a partial outage counts 30% down, degraded performance up"
is "$(grep -c 'title="2026-08-26: ' site/index.html):$(grep -c 'title="2026-08-25: ' site/index.html)" "4:0" \
	"the first day is 89 days before the newest event's"

# the rest of the page
like "$html" '<meta name="color-scheme" content="light dark">' "dark mode: declared"
like "$html" '@media \(prefers-color-scheme:dark\)' "and styled"
like "$html" '<p>Published by <a href="https://example.com/sre\?a=1&amp;b=2" dir="auto">Acme &lt;SRE&gt;</a>.</p>' \
	"the team's name and link, escaped"
like "$html" '<p class="subscribe"><a href="history.atom">Subscribe to updates</a>' \
	"a subscribe link"
is "$(jq -c . site/heartbeat.json)" \
	'{"checked_at":"2026-11-23T12:00:00.000Z","updated_at":"2026-11-23T11:45:00.000Z","indicator":"major","incidents":2,"unresolved":1}' \
	"heartbeat.json: when it was made, apart from when anything changed"
for f in summary.json incidents.json; do
	if cmp -s "site/$f" "site/api/v2/$f"; then ok "$f at the root as in api/v2"; else not_ok "$f at the root as in api/v2"; fi
done

# an impact of none while open: still not all clear
new_repo z
n=$(inc-open -C z --at 2026-11-23T10:00:00Z "Slow emails" 2>/dev/null)
succeeds "an update of no impact" inc-status -C z --at 2026-11-23T10:05:00Z -i none \
	"$n" "Some emails arrive late. We are investigating. No action is needed."
run inc-publish -C z zsite
is "$(jq -c '[.status.indicator, .incidents[0].impact]' zsite/api/v2/summary.json)" '["minor","none"]' \
	"the banner is minor at least while an incident is open"

# an outage begun at the newest event has no time yet: the newest day of
# its component's bar still shows it, not green under "Major Outage"
new_repo o
git -C o config --add inc.component Search
n=$(inc-open -C o --at 2026-11-23T10:00:00Z "Search down" 2>/dev/null)
succeeds "a critical update, the newest event" inc-status -C o --at 2026-11-23T10:05:00Z \
	-i critical -p search "$n" "Searches fail for all customers. We are investigating. There is no workaround yet."
run inc-publish -C o -q osite
like "$(cat osite/index.html)" '<span class="name" dir="auto">Search</span> <span class="c-major_outage">Major Outage</span>' \
	"the component is in a major outage"
like "$(cat osite/index.html)" '<li class="d-critical" tabindex="0" title="2026-11-23: Major outage"><span class="tip">2026-11-23: Major outage ongoing</span></li></ol>' \
	"and so is the newest day of its bar"

# scheduled maintenance: announced, started, completed
m=$(inc-open -C r --at 2026-11-22T09:00:00Z "Database upgrade" 2>/dev/null)
fails "--from without --maintenance" 2 "inc-status: --from and --until go with --maintenance
$(usage_of inc-status)" inc-status -C r --from 2026-11-25T02:00:00Z "$m" "Upgrade."
fails "a maintenance status Statuspage does not have" 2 \
	"inc-status: started: invalid maintenance status (use scheduled, in_progress, verifying or completed)" \
	inc-status -C r --maintenance started "$m" "Upgrade."
fails "scheduled needs its window" 2 "inc-status: --maintenance scheduled needs --from and --until
$(usage_of inc-status)" inc-status -C r --maintenance scheduled "$m" "Upgrade."
fails "a window that ends before it begins" 2 "inc-status: --until is not after --from
$(usage_of inc-status)" inc-status -C r --maintenance scheduled --from 2026-11-25T04:00:00Z \
	--until 2026-11-25T02:00:00Z "$m" "Upgrade."
fails "a window time that is not a date" 2 \
	"inc-status: 02:00: invalid time (use 2026-11-25T02:00:00Z, '2026-11-25 02:00 UTC' or '2026-11-25 02:00' in local time, in the next ten years)" \
	inc-status -C r --maintenance scheduled --from 02:00 --until 2026-11-25T04:00:00Z "$m" "Upgrade."
run inc-status -C r --at 2026-11-22T09:05:00Z --maintenance scheduled \
	--from 2026-11-25T02:00:00Z --until "2026-11-25 04:00" -p "eu dashboard" \
	"$m" "We will upgrade the database behind the EU dashboard. It may be slow for up to two hours."
is "$status:$err" "0:@all: Maintenance (Scheduled, from 2026-11-25 02:00 UTC, until 2026-11-25 04:00 UTC; EU dashboard): We will upgrade the database behind the EU dashboard. It may be slow for up to two hours." \
	"a maintenance announced (not held to the rules for incident updates: a window is a time), its window said back in UTC"
is "$(event_field r "$m" '[.type, .status, .scheduled_for, .scheduled_until, .components[0]] | join(" ")')" \
	"maintenance scheduled 2026-11-25T02:00:00Z 2026-11-25T04:00:00Z EU dashboard" "the event"
run inc-publish -C r -q site
is "$(jq -c '[.scheduled_maintenances[] | .name, .status, .impact, .scheduled_for, .scheduled_until, .incident_updates[0].status, [.components[].name]]' site/api/v2/scheduled-maintenances/upcoming.json)" \
	'["Database upgrade","scheduled","maintenance","2026-11-25T02:00:00.000Z","2026-11-25T04:00:00.000Z","scheduled",["EU dashboard"]]' \
	"upcoming.json"
is "$(jq -c '[.scheduled_maintenances | length] + [.incidents | map(.id) | index($m)]' --arg m "$m" site/api/v2/summary.json)" '[1,null]' \
	"summary.json lists it as a maintenance, not an incident"
like "$(cat site/index.html)" '<h2>Scheduled maintenance</h2>' "the page shows it"
like "$(cat "site/incidents/$m.html")" '<p class="meta">Scheduled. Impact: maintenance. This affects: <span dir="auto">EU dashboard</span></p>' \
	"its own page does not say it began, days before its window"
like "$(cat site/index.html)" '<p class="window">Scheduled for <time datetime="2026-11-25T02:00:00Z">2026-11-25 02:00 UTC</time> until <time datetime="2026-11-25T04:00:00Z">2026-11-25 04:00 UTC</time>.</p>' \
	"with its window"
like "$(cat site/history.atom)" '<title>Database upgrade: Scheduled</title>' "the feed says it"
like "$(cat site/history.atom)" 'Scheduled for &lt;time datetime=&quot;2026-11-25T02:00:00Z&quot;&gt;2026-11-25 02:00 UTC&lt;/time&gt; until &lt;time datetime=&quot;2026-11-25T04:00:00Z&quot;&gt;2026-11-25 04:00 UTC&lt;/time&gt;\.' \
	"with its window, as the page shows it"
succeeds "started" inc-status -C r --at 2026-11-23T11:50:00Z --maintenance in-progress "$m" "The upgrade has begun."
run inc-publish -C r -q site
is "$(jq -c '[.scheduled_maintenances[] | .status, .started_at]' site/api/v2/scheduled-maintenances/active.json):$(jq -c '.scheduled_maintenances' site/api/v2/scheduled-maintenances/upcoming.json)" \
	'["in_progress","2026-11-23T11:50:00.000Z"]:[]' "active.json while it runs, no longer upcoming"
is "$(jq -r '.components[] | select(.name == "EU dashboard") | .status' site/api/v2/components.json)" \
	under_maintenance "its component is under maintenance"
like "$(cat site/index.html)" '<span class="name" dir="auto">EU dashboard</span> <span class="c-under_maintenance">Under Maintenance</span>' \
	"on the page too"
inc-state -C r --at 2026-11-23T11:55:00Z "$m" resolved >/dev/null 2>&1
run inc-publish -C r -q site
is "$(jq -c --arg m "$m" '.scheduled_maintenances[] | select(.id == $m) | [.status, .resolved_at, .incident_updates[0].body]' site/api/v2/scheduled-maintenances.json)" \
	'["completed","2026-11-23T11:55:00.000Z","The scheduled maintenance has been completed."]' \
	"resolved without completing it: completed, as the site says"
like "$(cat "site/incidents/$m.html")" '<p class="meta">Completed. Impact: maintenance. Began <time datetime="2026-11-23T11:50:00Z">2026-11-23 11:50 UTC</time>; completed <time datetime="2026-11-23T11:55:00Z">2026-11-23 11:55 UTC</time>. This affected: <span dir="auto">EU dashboard</span></p>' \
	"its own page: when it began and was completed"
is "$(jq -r '.components[] | select(.name == "EU dashboard") | .status' site/api/v2/components.json)" \
	operational "and the component is back"
eu=$(sed -n '/<span class="name" dir="auto">EU dashboard</,/<\/li>$/p' site/index.html)
like "$eu" '<li class="d-maintenance" tabindex="0" title="2026-11-23: Maintenance"><span class="tip">2026-11-23: Maintenance 5 min</span></li>' \
	"its uptime bar marks the day of the maintenance, from its start to its end"
like "$eu" '100\.00% uptime' "maintenance is not downtime"

# a window without a zone is local time, as -t reads it (incident(7)),
# and said back in UTC: a laptop in Los Angeles publishes it 8h later
# than the same words in UTC, and sees so at once
new_repo la
git -C la config --add inc.component API
l=$(inc-open -C la --at 2026-11-23T10:00:00Z "Database maintenance" 2>/dev/null)
TZ=America/Los_Angeles run inc-status -C la --at 2026-11-23T10:05:00Z \
	--maintenance scheduled --from "2026-11-25 04:00" --until "2026-11-25 06:00" \
	-p api "$l" "We will upgrade the database."
is "$status:$err" "0:@all: Maintenance (Scheduled, from 2026-11-25 12:00 UTC, until 2026-11-25 14:00 UTC; API): We will upgrade the database." \
	"--from and --until without a zone are local time, said back in UTC"
TZ=America/Los_Angeles run inc-status -C la --at 2026-11-23T10:06:00Z \
	--maintenance scheduled --from "2026-11-25 04:00 UTC" --until "2026-11-25T06:00:00Z" \
	"$l" "We will upgrade the database, moved."
is "$status:$err" "0:@all: Maintenance (Scheduled, from 2026-11-25 04:00 UTC, until 2026-11-25 06:00 UTC): We will upgrade the database, moved." \
	"and with UTC after them, UTC"
run inc-publish -C la -q lasite
is "$(jq -r '.scheduled_maintenances[0] | "\(.scheduled_for) \(.scheduled_until)"' lasite/api/v2/scheduled-maintenances.json)" \
	"2026-11-25T04:00:00.000Z 2026-11-25T06:00:00.000Z" "the page publishes the window said back"
TZ=America/Los_Angeles run inc-status -C la --at 2026-11-23T10:07:00Z \
	--maintenance in_progress "$l" "Begun."
is "$status:$err" "0:@all: Maintenance (In progress): Begun." \
	"no window given, none said"

# the post-mortem customers read, from a file or an editor
cat >pm.md <<'EOF'
# What happened
Searches failed for all customers for an hour. We are sorry.

## What we are doing
- Alert on <search> errors & latency
- Roll back faster
EOF
fails "an empty post-mortem" 1 "inc-postmortem: an empty post-mortem: nothing recorded" \
	inc-postmortem -C r -P /dev/null "$s"
fails "--publish and --owner" 2 "inc-postmortem: --publish and --edit are a request of their own
$(usage_of inc-postmortem)" inc-postmortem -C r -P pm.md -o me "$s"
run inc-postmortem -C r --at 2026-11-21T10:00:00Z -P pm.md "$s"
is "$status:$out" "0:@all: Post-mortem published: Search outage" \
	"a post-mortem from a file, announced by the incident's title, not its first line (a heading)"
is "$(event_field r "$s" '.type')" postmortem "is an event"
run inc-log -C r "$s"
is "$(printf '%s\n' "$out" | tail -1)" \
	"2026-11-21 10:00:00  $(git config user.name)  post-mortem published: # What happened ..." \
	"inc-log says it, by its first line, where it said '(postmortem event)'"
run inc-publish -C r -q site
is "$(jq -c --arg s "$s" --arg b "$(cat pm.md)" '.incidents[] | select(.id == $s) | [.postmortem_body == $b, .postmortem_published_at, .status]' \
	site/api/v2/incidents.json)" '[true,"2026-11-21T10:00:00.000Z","postmortem"]' \
	"postmortem_body and postmortem_published_at; its status postmortem, as Statuspage's"
is "$(jq -c --arg s "$s" '[.incidents[] | select(.id == $s) | .incident_updates[0].status, .resolved_at]' site/api/v2/incidents.json)" \
	'["resolved","2026-11-20T09:00:00.000Z"]' "a post-mortem is no update: the newest says resolved, when"
is "$(jq -r --arg s "$s" '.incidents[] | select(.id == $s) | .updated_at' site/api/v2/incidents.json)" \
	"2026-11-21T10:00:00.000Z" \
	"but it changes the incident: its updated_at is its publication (and the site's, when newest)"
is "$(jq -c --arg s "$s" '[.incidents[] | select(.id == $s)] | length' site/api/v2/incidents/unresolved.json):$(jq -c --arg s "$s" '[.incidents[] | select(.id == $s)] | length' site/api/v2/summary.json)" \
	"0:0" "a post-mortem incident is not unresolved"
like "$(cat "site/incidents/$s.html")" '<section class="postmortem" id="postmortem">
<h3>Post-mortem</h3>
<h4 dir="auto">What happened</h4>
<p dir="auto">Searches failed for all customers for an hour. We are sorry.</p>
<h5 dir="auto">What we are doing</h5>
<ul dir="auto">
<li dir="auto">Alert on &lt;search&gt; errors &amp; latency</li>
<li dir="auto">Roll back faster</li>
</ul>' "on the incident's page, its Markdown as HTML, escaped"
like "$(cat site/history.html)" "<a href=\"incidents/$s.html#postmortem\">Read the post-mortem</a>" \
	"linked from the history"
like "$(cat site/history.atom)" '<title>Search outage: Post-mortem</title>' "and in the feed"
# a post-mortem published after the last update is the newest entry:
# every feed that has it, the site's too, is updated then
new_repo pm
pid=$(inc-open -C pm --at 2026-11-23T10:00:00Z "API down" 2>/dev/null)
succeeds "setup: an update" inc-status -C pm --at 2026-11-23T10:05:00Z -i major -p api \
	"$pid" "API requests fail. We are investigating."
succeeds "setup: resolved" inc-status -C pm --at 2026-11-23T10:30:00Z -s resolved \
	"$pid" "API requests work again. We rolled back a bad deploy. No action is needed."
succeeds "setup: its post-mortem, later" inc-postmortem -C pm --at 2026-11-23T11:30:00Z -P pm.md "$pid"
run inc-publish -C pm -q pmsite
is "$(for f in pmsite/history.atom pmsite/components/*.atom "pmsite/incidents/$pid.atom"; do
	sed -n '/<entry>/q; s/^<updated>\(.*\)<\/updated>$/\1/p' "$f"; done | tr '\n' ' ')" \
	"2026-11-23T11:30:00Z 2026-11-23T11:30:00Z 2026-11-23T11:30:00Z " \
	"each feed is updated when its newest entry, the post-mortem, is"
printf '#!/bin/sh\nprintf "We fixed it.\\n" >"$1"\n' >editor
chmod +x editor
run env EDITOR="$TRASH/editor" inc-postmortem -C r --at 2026-11-21T11:00:00Z -e "$s"
is "$status:$out" "0:@all: Post-mortem published: Search outage" "one written in \$EDITOR"
run inc-publish -C r -q site
is "$(jq -r --arg s "$s" '.incidents[] | select(.id == $s) | .postmortem_body' site/api/v2/incidents.json)" \
	"We fixed it." "the newest stands"

# a feed per incident and per component
search=$(jq -r '.components[] | select(.name == "Search") | .id' site/api/v2/components.json)
like "$(cat site/index.html)" "<a class=\"feed\" href=\"components/$search.atom\">Subscribe to <span dir=\"auto\">Search</span></a>" \
	"each component links its feed"
like "$(cat "site/incidents/$s.html")" "<a href=\"$s.atom\">Subscribe to this incident</a>" \
	"each incident its own"
is "$(grep -o '<title>[^<]*</title>' "site/components/$search.atom" | tr '\n' ' ')" \
	"<title>Status: Search incident history</title> <title>Search outage: Post-mortem</title> <title>Search outage: Resolved</title> <title>Search outage: Investigating</title> " \
	"the component's feed has the incidents that named it"
is "$(grep -c '<entry>' "site/incidents/$a.atom")" 3 "the incident's feed has its updates"
if /usr/bin/python3 -c 'import feedparser' 2>/dev/null; then
	is "$(/usr/bin/python3 -c 'import sys, feedparser
for f in sys.argv[1:]:
    d = feedparser.parse(f)
    print(int(d.bozo), len(d.entries))' site/history.atom "site/incidents/$a.atom" "site/components/$search.atom" | tr '\n' ' ')" \
		"0 9 0 3 0 3 " "feedparser reads them all"
else
	not_ok "feedparser is installed (sh tests/deps.sh)"
fi

# the components and the page's texts from the team's settings
new_repo tz
mkdir -p tz/incidents
printf '%s\n' '{"components": ["Web", "API"], "page_team": "Acme SRE", "page_resolved_message": "Fixed."}' \
	>tz/incidents/settings.json
git -C tz add incidents/settings.json && git -C tz commit -qm settings
t=$(inc-open -C tz --at 2026-11-23T10:00:00Z "Slow pages" 2>/dev/null)
fails "-p against the team's components" 2 \
	"inc-status: apii: unknown component (use Web or API)" \
	inc-status -C tz -p apii "$t" "Pages are slow. We are investigating. Retrying is safe."
succeeds "an update" inc-status -C tz --at 2026-11-23T10:05:00Z -p web "$t" \
	"Pages are slow. We are investigating. Retrying is safe."
inc-state -C tz --at 2026-11-23T10:30:00Z "$t" resolved >/dev/null 2>&1
run inc-publish -C tz -q tzsite
is "$(jq -c '[.components[] | .name + " " + .status]' tzsite/api/v2/components.json)" \
	'["Web operational","API operational"]' "the team's components, in its order"
is "$(jq -r '.incidents[0].incident_updates[0].body' tzsite/api/v2/incidents.json)" "Fixed." \
	"the team's resolved message"
like "$(cat tzsite/index.html)" '<p>Published by <span dir="auto">Acme SRE</span>.</p>' "the team's name"
# a link from whoever can push the settings is no script
git -C tz config inc.pageTeamUrl "javascript:alert(document.cookie)"
git -C tz config inc.pageUrl " JavaScript:alert(2)//"
run inc-publish -C tz -q tzsite
is "$status:$err" "0:inc-publish: warning: inc.pageUrl:  JavaScript:alert(2)//: not an http, https or mailto address (ignored); inc.pageTeamUrl: javascript:alert(document.cookie): not an http, https or mailto address (ignored)" \
	"a javascript: page or team address is warned about"
like "$(cat tzsite/index.html)" '<p>Published by <span dir="auto">Acme SRE</span>.</p>' "and left out: the team's name, no link"
is "$(grep -ril 'javascript:' tzsite | wc -l)" 0 "in no file of the site"
git -C tz config --unset inc.pageTeamUrl
git -C tz config --unset inc.pageUrl
# the site's name is the team's words, right to left maybe, as its
# titles are: a name's "!" ends it, not starts it (and the team's name,
# above, is isolated from the English around it)
git -C tz config inc.pageName "حالة الخدمة!"
run inc-publish -C tz -q tzsite
html=$(cat tzsite/index.html)
like "$html" '<title dir="auto">حالة الخدمة!</title>' "the site's name in the window's title"
like "$html" '<h1 dir="auto"><a href="index.html">حالة الخدمة!</a></h1>' "at the top of the page"
like "$(cat "tzsite/incidents/$t.html")" '<h1 dir="auto"><a href="../index.html">حالة الخدمة!</a></h1>' \
	"at the top of an incident's page"
git -C tz config --unset inc.pageName

# components with their groups, descriptions and order from the team's
# settings, as git config declares them; one that cannot be is said
new_repo tg
mkdir -p tg/incidents
cat >tg/incidents/settings.json <<'EOF'
{"components": [
  {"name": "API", "group": "Platform", "description": "The REST API at api.example.com"},
  {"name": "Search", "group": "Platform", "order": 3},
  {"name": "EU dashboard", "order": 0},
  {"description": "no name"},
  {"name": "Billing", "order": "first"},
  7
]}
EOF
git -C tg add incidents/settings.json && git -C tg commit -qm settings
run inc-publish -C tg -q tgsite
is "$status:$err" "0:inc-publish: warning: incidents/settings.json: components: 4: not a name, nor an object with a name (ignored); incidents/settings.json: components: Billing: order: not a whole number from -99999 to 99999 (ignored); incidents/settings.json: components: 6: not a name, nor an object with a name (ignored)" \
	"a component the settings cannot declare is said, and left out"
is "$(jq -r '.components[] | "\(.position) \(.name) \(.group_id != null) \(.description)"' tgsite/api/v2/components.json)" \
	"1 EU dashboard false null
2 Platform false null
3 API true The REST API at api.example.com
4 Search true null" \
	"the team's components with their groups, descriptions and order"

# a Statuspage client, over HTTP from a real web server on loopback
/usr/bin/python3 "$SRC/tests/http-serve.py" "$TRASH" "$TRASH/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$TRASH"' EXIT
i=0
while [ ! -s "$TRASH/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$TRASH/port")
for site in site fresh zsite tzsite tgsite; do
	run /usr/bin/python3 "$SRC/tests/statuspage-check.py" "http://127.0.0.1:$port/$site/"
	is "$status:$out" "0:ok api/v2/summary.json
ok api/v2/status.json
ok api/v2/components.json
ok api/v2/incidents.json
ok api/v2/incidents/unresolved.json
ok api/v2/scheduled-maintenances.json
ok api/v2/scheduled-maintenances/upcoming.json
ok api/v2/scheduled-maintenances/active.json" "$site: every api/v2 path passes the client's checks"
done
# a feed in incidents/ or components/ of a site without inc.pageUrl:
# a feed reader resolves its links to the site's pages, and gets them
if /usr/bin/python3 -c 'import feedparser' 2>/dev/null; then
	run /usr/bin/python3 -c 'import sys, urllib.request, feedparser
site = sys.argv[1]
for f in sys.argv[2:]:
    d = feedparser.parse(site + f)
    for link in [x.href for x in d.feed.links] + [e.link for e in d.entries]:
        urllib.request.urlopen(link, timeout=10).close()
    print(f, d.feed.link[len(site):], d.entries[0].link[len(site):])' \
		"http://127.0.0.1:$port/site/" "incidents/$a.atom" "components/$search.atom"
	is "$status:$out" "0:incidents/$a.atom incidents/$a.html incidents/$a.html
components/$search.atom index.html incidents/$s.html" \
		"the links of an incident's and a component's feed lead to the site's pages"
else
	not_ok "feedparser is installed (sh tests/deps.sh)"
fi
cp -R site bad
jq -c '.status.indicator = "green" | .incidents[0].incident_updates[0].status = "fixed"' site/api/v2/summary.json >bad/api/v2/summary.json
rm bad/api/v2/scheduled-maintenances/active.json
run /usr/bin/python3 "$SRC/tests/statuspage-check.py" "http://127.0.0.1:$port/bad"
is "$status" 1 "the client check can fail"
like "$out" "api/v2/summary.json status: indicator: 'green' is not one of none, minor, major, critical, maintenance" \
	"an indicator Statuspage does not have"
like "$out" "api/v2/summary.json $a update: status: 'fixed' is not one of investigating, identified, monitoring, resolved, postmortem" \
	"an update status it does not have"
like "$out" "api/v2/scheduled-maintenances/active.json: cannot fetch: HTTP Error 404" "a path missing"
like "$out" "api/v2/status.json: status: not as in summary.json" "files that disagree"

# what a customer sees, at phone and at desktop size
if command -v chromium >/dev/null 2>&1; then
	sandbox=""
	[ "$(id -u)" -eq 0 ] && sandbox=--no-sandbox
	shot() { # shot FILE WIDTH HEIGHT
		timeout 60 chromium --headless $sandbox --disable-gpu --disable-dev-shm-usage \
			--no-first-run --hide-scrollbars --force-color-profile=srgb \
			--user-data-dir="$TRASH/chromium" --window-size="$2,$3" \
			--screenshot="$TRASH/$1" "http://127.0.0.1:$port/site/index.html" >/dev/null 2>&1
	}
	timeout 60 chromium --headless $sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
		--user-data-dir="$TRASH/chromium" --dump-dom "http://127.0.0.1:$port/site/index.html" \
		>dom.html 2>/dev/null
	dom=$(cat dom.html)
	like "$dom" 'Partial System Outage' "the browser shows the overall status"
	like "$dom" '<span class="name" dir="auto">API</span> <span class="c-partial_outage">Partial Outage</span>' \
		"each component's state"
	like "$dom" 'API errors in EU</a>' "the open incident"
	like "$dom" '99.95% uptime' "the uptime"
	shot phone.png 390 844
	# colours: banner major c2410c, operational 2f7d32, major outage b91c1c
	run /usr/bin/python3 "$SRC/tests/png-colours.py" phone.png c2410c 2f7d32
	first=$(printf '%s\n' "$out" | awk '$1 == "c2410c" { print ($2 > 10000) ":" ($3 < 300) }')
	is "$(printf '%s\n' "$out" | head -n 1):$first" "390x844:1:1" \
		"phone: the orange banner, large, in the first screen"
	shot phone-long.png 390 2000
	run /usr/bin/python3 "$SRC/tests/png-colours.py" phone-long.png 2f7d32 b91c1c c2410c
	is "$(printf '%s\n' "$out" | awk 'NR > 1 { printf "%s", ($2 > 100) }')" "111" \
		"phone, scrolled: the green days, the red day of the outage, the open incident's colour"
	shot desktop.png 1280 1000
	run /usr/bin/python3 "$SRC/tests/png-colours.py" desktop.png c2410c 2f7d32 b91c1c
	is "$(printf '%s\n' "$out" | awk 'NR == 1 { printf "%s:", $1 } NR > 1 { printf "%s", ($2 > 100 && $3 < 1000) }')" \
		"1280x1000:111" "desktop: the banner, the bars and the red day, in the first screen"

	# a maintenance underway and one to come: the component under
	# maintenance, both windows listed
	u=$(inc-open -C r --at 2026-11-23T08:00:00Z "Search index rebuild" 2>/dev/null)
	inc-status -C r --at 2026-11-23T08:05:00Z --maintenance scheduled -p search \
		--from 2026-11-23T11:00:00Z --until 2026-11-23T13:00:00Z \
		"$u" "We will rebuild the search index. Searches may be slow for two hours." >/dev/null 2>&1
	inc-status -C r --at 2026-11-23T11:00:00Z --maintenance in-progress "$u" \
		"The rebuild has begun." >/dev/null 2>&1
	n=$(inc-open -C r --at 2026-11-23T09:00:00Z "Network upgrade" 2>/dev/null)
	inc-status -C r --at 2026-11-23T09:05:00Z --maintenance scheduled -p api \
		--from 2026-11-26T02:00:00Z --until 2026-11-26T03:00:00Z \
		"$n" "We will upgrade the network in front of the API. Requests may be retried once." >/dev/null 2>&1
	run inc-publish -C r -q site
	is "$status:$(jq -c '[(.scheduled_maintenances[] | [.name, .status]), (.components[] | select(.name == "Search") | .status)]' site/api/v2/summary.json)" \
		'0:[["Network upgrade","scheduled"],["Search index rebuild","in_progress"],"under_maintenance"]' \
		"a maintenance underway, one to come"
	timeout 60 chromium --headless $sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
		--user-data-dir="$TRASH/chromium" --dump-dom "http://127.0.0.1:$port/site/index.html" \
		>dom.html 2>/dev/null
	dom=$(tr -d '\n' <dom.html)
	like "$dom" '<span class="name" dir="auto">Search</span> <span class="c-under_maintenance">Under Maintenance</span>' \
		"the browser shows the component under maintenance"
	like "$(printf '%s\n' "$dom" | sed 's|<li class="d-|\n&|g' | grep -A 200 -m 1 '<span class="name" dir="auto">Search</span>' | grep -c '^<li class="d-maintenance"')" '^1$' \
		"and its uptime bar marks today as a maintenance day"
	like "$dom" '<h2>Scheduled maintenance</h2><article class="incident i-maintenance"[^>]*><h3 dir="auto"><a [^>]*>Search index rebuild</a></h3><p class="window">Scheduled for <time[^>]*>2026-11-23 11:00 UTC</time> until <time[^>]*>2026-11-23 13:00 UTC</time>.</p><ol class="updates"><li[^>]*><p><strong>In progress</strong>' \
		"the one underway first, with its window, in progress"
	like "$dom" '</article><article class="incident i-maintenance"[^>]*><h3 dir="auto"><a [^>]*>Network upgrade</a></h3><p class="window">Scheduled for <time[^>]*>2026-11-26 02:00 UTC</time> until <time[^>]*>2026-11-26 03:00 UTC</time>.</p><ol class="updates"><li[^>]*><p><strong>Scheduled</strong>' \
		"then the one to come, with its window"
	case $dom in
	*"none impact"*) not_ok "no impact said where there is none" ;;
	*) ok "no impact said where there is none" ;;
	esac
	# colours: maintenance 8250df (not the links' 0969da), the open
	# incident c2410c; each card has its colour on its left edge
	for size in 390x2400 1280x2000; do
		w=${size%x*}
		shot "m$size.png" "$w" "${size#*x}"
		main=$((w < 768 ? w : 768))
		left=$(((w - main) / 2 + 16))
		right=$((left + (main - 32) * 6 / 10))-$((left + main - 33))
		edge=$(/usr/bin/python3 "$SRC/tests/png-colours.py" "m$size.png" --columns "$left-$((left + 3))" 8250df c2410c)
		states=$(/usr/bin/python3 "$SRC/tests/png-colours.py" "m$size.png" --columns "$right" 8250df)
		# the open incident's card: the second band of orange on the edge
		card=$(printf '%s\n' "$edge" | awk '$1 == "c2410c" { split($4, b, ","); print b[2] }')
		is "$(printf '%s\n' "$states" | awk -v top="${card%-*}" '$1 == "8250df" { print ($2 > 50) ":" ($3 < top) }')" "1:1" \
			"$size: a component's state in the maintenance colour, above the incidents"
		# cards one after the other are 1rem apart; the day's heading
		# stands between the section and the past incidents
		is "$(printf '%s\n' "$edge" | awk -v end="${card#*-}" '$1 == "8250df" { n = split($4, b, ","); for (i = 1; i <= n; i++) { split(b[i], y, "-"); if (y[1] > end && y[2] - y[1] > 100) { k++; if (k > 1) printf "%s", (y[1] - last < 40 ? "+" : " "); printf "card"; last = y[2] } } }')" \
			"card+card card" \
			"$size: two maintenance cards together after the open incident's, then the completed one"
	done
else
	not_ok "chromium is installed (sh tests/deps.sh)"
fi

fsck_clean "fsck is clean" r
done_testing
