#!/bin/sh
# inc-publish: the customer status site, read with jq, a feed parser and
# a headless browser, as customers and their tools would read it.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z INC_NO_FSYNC=1
good="Some API requests in the EU fail with 503 errors. We are investigating. Retrying failed requests is safe."
evil='Some API requests fail with 503 errors. We are rolling back a deploy. Retrying failed requests is safe. <script>alert(1)</script> "&'"'"
new_repo r

# an old incident, resolved
f=$(inc-open -C r --at 2026-10-01T08:00:00Z "Search outage" 2>/dev/null)
succeeds "setup: an update" inc-status -C r --at 2026-10-01T08:05:00Z \
	-i major -p search "$f" "Searches fail for all customers. We are investigating. There is no workaround yet."
succeeds "setup: resolved" inc-status -C r --at 2026-10-01T09:00:00Z \
	-s resolved "$f" "Searches work again. We rolled back the change that caused the errors. No action is needed."
# resolved through monitoring
b=$(inc-open -C r --at 2026-11-20T08:00:00Z "Slow checkout" 2>/dev/null)
succeeds "setup: minor" inc-status -C r --at 2026-11-20T08:10:00Z -i minor \
	-p checkout "$b" "Checkout is slow for some shops. We are investigating. Retrying a slow payment is safe."
succeeds "setup: monitoring" inc-status -C r --at 2026-11-20T08:40:00Z \
	-s monitoring "$b" "Checkout is slow for a few shops. We have deployed a fix and are monitoring. Retrying is safe."
succeeds "setup: resolved" inc-status -C r --at 2026-11-20T09:00:00Z \
	-s resolved "$b" "Checkout is no longer slow. We have resolved the problem. No action is needed."
# resolved by the IC without a resolved update
c=$(inc-open -C r --at 2026-11-22T14:00:00Z "Login failures" 2>/dev/null)
succeeds "setup: critical" inc-status -C r --at 2026-11-22T14:10:00Z \
	-i critical -p login "$c" "Logins fail for all customers. We are investigating. There is no workaround yet."
inc-state -C r --at 2026-11-22T15:00:00Z "$c" resolved >/dev/null
# open, with text and a component that try to inject markup
a=$(inc-open -C r --at 2026-11-23T10:00:00Z "API errors in EU" 2>/dev/null)
succeeds "setup: minor" inc-status -C r --at 2026-11-23T10:05:00Z -i minor \
	-p api "$a" "$good"
succeeds "setup: markup in an update (forced past the rules)" inc-status \
	-C r --at 2026-11-23T10:30:00Z --force -s identified -i major -p api \
	-p "EU dashboard" -p "<img src=x onerror=alert(1)>" "$a" "$evil"
# no customer update: not on the site
d=$(inc-open -C r --at 2026-11-23T11:00:00Z "Disk filling on ci-3" 2>/dev/null)
# a drill with an update: not on the site
e=$(inc-open -C r --drill --at 2026-11-23T11:10:00Z "DNS failover practice" 2>/dev/null)
succeeds "setup: a drill's update" inc-status -C r --at 2026-11-23T11:15:00Z \
	-i critical -p dns "$e" "Name lookups fail for all customers. We are failing over. There is no workaround yet."

# a planted update with characters XML forbids (the tools refuse them)
log=$(ls r/incidents/*/*/"$a"/*.jsonl)
tail -n 1 "$log" | jq -c '.id = "019ab0000000aaaaaaaaaaaaaaaa" | .seq = 99 |
	.at = "2026-11-23T10:45:00Z" | .recorded_at = "2026-11-23T10:45:00Z" |
	del(.force, .findings, .components, .impact) |
	.message = "Bell\u0007 vtab\u000b nonchar\ufffe del\u007f end. We are working on it. Retrying is safe."' >>"$log"
git -C r commit -qam "$a: planted"

run inc-publish -C r site
is "$status:$err" "0:inc-publish: published 4 incidents, 10 updates to site" \
	"publishes the incidents that have updates, and says so"
is "$out" "" "nothing on stdout"
run inc-publish -C r -q site
is "$status:$out:$err" "0::" "-q: nothing at all when all is well, for cron"
run inc-publish -C r --quiet "$TRASH/plain-file/site"
like "$status:$err" "^1:inc-publish: " "-q: an error is still said"
is "$(cd site && find . -type f ! -path './components/*' | sort | tr '\n' ' ')" \
	"$(printf './%s\n' .inc-publish.lock history.atom history.html history/2026-Q4.html incidents.json index.html \
	summary.json heartbeat.json api/v2/summary.json api/v2/status.json \
	api/v2/components.json api/v2/incidents.json api/v2/incidents/unresolved.json \
	api/v2/scheduled-maintenances.json api/v2/scheduled-maintenances/upcoming.json \
	api/v2/scheduled-maintenances/active.json \
	"incidents/$a.html" "incidents/$b.html" "incidents/$c.html" \
	"incidents/$f.html" "incidents/$a.atom" "incidents/$b.atom" "incidents/$c.atom" \
	"incidents/$f.atom" | sort | tr '\n' ' ')" \
	"the files: a page and a feed per incident, the lock runs take turns on, no temporary file left"
is "$(ls site/components | grep -c '^[a-z0-9]\{12\}\.atom$')" 6 "a feed per component"

# summary.json, as Statuspage's API v2 has it
s=site/summary.json
is "$(jq -c 'keys_unsorted' $s)" '["page","components","incidents","scheduled_maintenances","status"]' \
	"summary.json: its fields"
is "$(jq -c '.page | keys_unsorted' $s)" '["id","name","url","time_zone","updated_at"]' \
	"page: its fields"
is "$(jq -c '.page | [.name, .url, .time_zone, .updated_at, (.id | test("^[a-z0-9]{12}$"))]' $s)" \
	'["Status","","Etc/UTC","2026-11-23T10:45:00.000Z",true]' \
	"page: the defaults, and updated at the newest update"
is "$(jq -c '.status' $s)" '{"indicator":"major","description":"Partial System Outage"}' \
	"status: the worst impact of the open incidents"
is "$(jq -c '.scheduled_maintenances' $s)" '[]' "no scheduled maintenances"
is "$(jq -c '[.components[] | keys_unsorted] | unique' $s)" \
	'[["id","name","status","created_at","updated_at","position","description","showcase","start_date","group_id","page_id","group","only_show_if_degraded"]]' \
	"components: their fields"
is "$(jq -r '.components[] | "\(.position) \(.name) \(.status)"' $s)" "1 <img src=x onerror=alert(1)> partial_outage
2 api partial_outage
3 checkout operational
4 EU dashboard partial_outage
5 login operational
6 search operational" "components: from the updates, by name; major means partial_outage, resolved operational"
is "$(jq -c '[.components[] | select(.name == "api") | .created_at, .updated_at, .start_date, .showcase, .group, .group_id, .description, (.page_id == $p)]' --arg p "$(jq -r .page.id $s)" $s)" \
	'["2026-11-23T10:05:00.000Z","2026-11-23T10:30:00.000Z","2026-11-23",true,false,null,null,true]' \
	"a component's times come from the updates naming it"
is "$(jq -r '[.incidents[].id] | join(" ")' $s)" "$a" "incidents: only the unresolved one"
is "$(jq -c '.incidents[0] | keys_unsorted' $s)" \
	'["id","name","status","created_at","updated_at","monitoring_at","resolved_at","impact","shortlink","started_at","page_id","incident_updates","components","postmortem_body","postmortem_published_at"]' \
	"an incident: its fields"
is "$(jq -c '.incidents[0] | [.name, .status, .impact, .created_at, .updated_at, .started_at, .resolved_at, .shortlink, [.components[].name]]' $s)" \
	"[\"API errors in EU\",\"identified\",\"major\",\"2026-11-23T10:05:00.000Z\",\"2026-11-23T10:45:00.000Z\",\"2026-11-23T10:00:00.000Z\",null,\"incidents/$a.html\",[\"<img src=x onerror=alert(1)>\",\"api\",\"EU dashboard\"]]" \
	"an incident: status and impact from its updates, started when opened; its components in their position's order, as components.json has them"
is "$(jq -c '[.incidents[0].incident_updates[] | keys_unsorted] | unique' $s)" \
	'[["id","status","body","incident_id","created_at","updated_at","display_at","affected_components","deliver_notifications","custom_tweet","tweet_id"]]' \
	"an update: its fields"
is "$(jq -r '.incidents[0].incident_updates[] | "\(.created_at) \(.status) \(.incident_id == $a)"' --arg a "$a" $s)" \
	"2026-11-23T10:45:00.000Z identified true
2026-11-23T10:30:00.000Z identified true
2026-11-23T10:05:00.000Z investigating true" "the updates, newest first"
is "$(jq -r '.incidents[0].incident_updates[1].body' $s)" "$evil" \
	"the body is the update's text, as it is"
is "$(jq -c '.incidents[0].incident_updates[1].affected_components | map([.name, .old_status, .new_status, (.code | test("^[a-z0-9]{12}$"))])' $s)" \
	'[["api","degraded_performance","partial_outage",true],["EU dashboard","operational","partial_outage",true],["<img src=x onerror=alert(1)>","operational","partial_outage",true]]' \
	"affected_components: what the update did to each component"
is "$(jq -c '.incidents[0].incident_updates[0].affected_components' $s)" null \
	"null for an update that names none"

# incidents.json: every incident with an update, newest first
i=site/incidents.json
is "$(jq -c 'keys_unsorted' $i)" '["page","incidents"]' "incidents.json: its fields"
is "$(jq -r '.incidents[] | "\(.id) \(.status) \(.impact)"' $i)" "$a identified major
$c resolved critical
$b resolved minor
$f resolved major" "incidents.json: all four, newest first; no drill, none without updates"
is "$(jq -c --arg b "$b" '.incidents[] | select(.id == $b) | [.monitoring_at, .resolved_at, .updated_at, [.incident_updates[].status]]' $i)" \
	'["2026-11-20T08:40:00.000Z","2026-11-20T09:00:00.000Z","2026-11-20T09:00:00.000Z",["resolved","monitoring","investigating"]]' \
	"monitoring_at and resolved_at from the updates"
is "$(jq -c --arg c "$c" '.incidents[] | select(.id == $c) | [.status, .resolved_at, .updated_at]' $i)" \
	'["resolved","2026-11-22T15:00:00.000Z","2026-11-22T15:00:00.000Z"]' \
	"an incident resolved by the IC is resolved on the page too"
is "$(jq -c '[.. | objects | (.status?, .old_status?, .new_status?) | strings] | unique' $i)" \
	'["degraded_performance","identified","investigating","major_outage","monitoring","operational","partial_outage","resolved"]' \
	"every status value is one of Statuspage's"
is "$(jq -c '[.incidents[].impact] | unique' $i)" '["critical","major","minor"]' \
	"and so is every impact"

# HTML: self-contained, for phones, escaped
for page in site/*.html site/incidents/*.html; do
	if grep -q '<meta name="viewport" content="width=device-width, initial-scale=1">' "$page" &&
	    grep -q '<style>' "$page" && ! grep -qi '<script\|<img\| src="\|<link rel="stylesheet\|@import\|url(' "$page"; then
		ok "$page: viewport, inline style, no script, no external asset"
	else
		not_ok "$page: viewport, inline style, no script, no external asset"
	fi
done
like "$(cat site/index.html)" '<p class="banner i-major">Partial System Outage</p>' \
	"index.html: the overall status"
like "$(cat site/index.html)" '<span class="name" dir="auto">EU dashboard</span> <span class="c-partial_outage">Partial Outage</span>' \
	"index.html: each component's status"
like "$(cat site/index.html)" 'We are rolling back a deploy. Retrying failed requests is safe. &lt;script&gt;alert\(1\)&lt;/script&gt; &quot;&amp;&#39;</span>' \
	"index.html: markup in an update is escaped, & < > \" ' each"
like "$(cat site/index.html)" '<span class="name" dir="auto">&lt;img src=x onerror=alert\(1\)&gt;</span>' \
	"and in a component name"
like "$(cat "site/incidents/$a.html")" '&lt;script&gt;alert\(1\)&lt;/script&gt; &quot;&amp;&#39;' \
	"the incident's page escapes it too"
like "$(cat site/index.html)" 'Bell vtab nonchar del end\.' "control characters are dropped"
is "$(grep -c '<h3>2026-1' site/index.html)" 14 "index.html: 14 days of past incidents"
like "$(sed -n '/<h3>2026-11-22</,/<\/section>/p' site/index.html)" "incidents/$c.html\">Login failures</a>" \
	"with each resolved incident on the day it began"
is "$(grep -c 'Search outage' site/index.html)" 0 "but not one from October"
like "$(cat site/history.html)" "incidents/$f.html\">Search outage</a>" "history.html has it"
like "$(cat site/history.html)" '<li><a href="history/2026-Q4.html">October to December 2026</a> <span class="meta">4 incidents</span></li>' \
	"and links to the quarter's page"
like "$(tr "\n" " " <site/history/2026-Q4.html)" "<base href=\"../\">.*<title dir=\"auto\">Incidents, October to December 2026 - Status</title>.*<h3>November 2026</h3>.*<h3>October 2026</h3>.*incidents/$f.html\">Search outage</a>" \
	"which lists its incidents month by month, its links from the top of the site"
# headings in order, as a screen reader lists them: an incident under a
# day's or a month's heading is a level below it, and no level is skipped
for x in index.html history.html history/2026-Q4.html "incidents/$a.html"; do
	is "$(grep -o '<h[1-6]' "site/$x" | tr -d '<h' | awk 'NR == 1 && $1 != 1 || $1 > last + 1 { bad = bad " " last "->" $1 } { last = $1 } END { print "skips:" bad }')" \
		"skips:" "$x: headings from h1 down, none skipped"
done
like "$(sed -n '/<h3>2026-11-22</,/<\/section>/p' site/index.html)" "<h4 dir=\"auto\"><a href=\"incidents/$c.html\">Login failures</a></h4>" \
	"a past incident is a heading under its day's"
is "$(grep -c '<li id="u-' "site/incidents/$b.html")" 3 "an incident's page has every update"
for t in "Disk filling" "DNS failover" "$d" "$e" "Name lookups" '>dns<'; do
	if grep -rqF -- "$t" site; then
		not_ok "not on the site: $t"
	else
		ok "not on the site: $t"
	fi
done

# Atom, read with a real feed parser
cat >feed.py <<'EOF'
import sys
import feedparser
d = feedparser.parse(sys.argv[1])
print(int(d.bozo), len(d.entries), d.feed.title, d.feed.updated, d.feed.id[:9])
for e in d.entries:
    print(e.updated, e.title, e.id[:9], e.link.split("/")[-1] == sys.argv[2] + ".html")
print(d.entries[1].content[0].value)
EOF
if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import feedparser' 2>/dev/null; then
	run /usr/bin/python3 feed.py site/history.atom "$a"
	is "$status" 0 "feedparser reads history.atom"
	is "$(printf '%s\n' "$out" | head -n 11)" "0 10 Status incident history 2026-11-23T10:45:00Z urn:uuid:
2026-11-23T10:45:00Z API errors in EU: Identified urn:uuid: True
2026-11-23T10:30:00Z API errors in EU: Identified urn:uuid: True
2026-11-23T10:05:00Z API errors in EU: Investigating urn:uuid: True
2026-11-22T15:00:00Z Login failures: Resolved urn:uuid: False
2026-11-22T14:10:00Z Login failures: Investigating urn:uuid: False
2026-11-20T09:00:00Z Slow checkout: Resolved urn:uuid: False
2026-11-20T08:40:00Z Slow checkout: Monitoring urn:uuid: False
2026-11-20T08:10:00Z Slow checkout: Investigating urn:uuid: False
2026-10-01T09:00:00Z Search outage: Resolved urn:uuid: False
2026-10-01T08:05:00Z Search outage: Investigating urn:uuid: False" \
		"well-formed (bozo 0), an entry per update, newest first, with their titles"
	like "$out" '&lt;script&gt;alert\(1\)&lt;/script&gt;' "an entry's HTML content keeps the markup escaped"
else
	not_ok "feedparser reads history.atom (install python3-feedparser: sh tests/deps.sh)"
fi
is "$(grep -c '<entry>' site/history.atom):$(grep -c '</entry>' site/history.atom)" "10:10" \
	"history.atom has 10 entries"

# the same repository makes the same bytes; a killed run's temporary
# files (a process that is gone) are swept: a run notes in the git
# directory that it is writing incident pages, until it is done
cp -R site before
is "$(ls r/.git/incident-publish-writing 2>&1)" \
	"ls: cannot access 'r/.git/incident-publish-writing': No such file or directory" \
	"a run that finished leaves no note that it is writing"
echo half >site/.index.html.999999999.tmp
echo half >"site/incidents/.$a.html.999999999.tmp"
: >r/.git/incident-publish-writing
echo mine >site/.keep.tmp
inode=$(ls -i site/index.html)
run inc-publish -C r site
is "$status" 0 "publishing again"
is "$(cd site && find . -mindepth 1 -name '.*' | sort | tr '\n' ' ')" "./.inc-publish.lock ./.keep.tmp " \
	"a killed run's temporary files are removed, nothing else"
rm site/.keep.tmp
if diff -r before site >/dev/null; then ok "gives the same bytes"; else not_ok "gives the same bytes"; fi
is "$(ls -i site/index.html)" "$inode" "and leaves files that would not change alone"
run inc-publish -C r "$TRASH/other"
if diff -r before other >/dev/null; then ok "so does another directory"; else not_ok "so does another directory"; fi
git clone -q r fresh
run inc-publish -C fresh site2
is "$status" 0 "publishing a fresh clone"
if diff -r before site2 >/dev/null; then ok "gives the same bytes too"; else not_ok "gives the same bytes too"; fi
for x in index.html summary.json history.atom; do
	if cmp -s "before/$x" "site2/$x"; then ok "cmp $x"; else not_ok "cmp $x"; fi
done

# the page's name and address from git config
git -C r config inc.pageName "Acme <Status>"
git -C r config inc.pageUrl "https://status.example.com/"
run inc-publish -C r site
is "$status" 0 "inc.pageName and inc.pageUrl"
is "$(jq -c '.page | [.name, .url]' site/summary.json)" '["Acme <Status>","https://status.example.com"]' \
	"the page's name and url, without the trailing slash"
is "$(jq -r '.incidents[0].shortlink' site/summary.json)" "https://status.example.com/incidents/$a.html" \
	"shortlinks are absolute"
like "$(cat site/index.html)" '<title dir="auto">Acme &lt;Status&gt;</title>' "the name is escaped in the HTML"
like "$(cat site/history.atom)" "<link rel=\"alternate\" type=\"text/html\" href=\"https://status.example.com/incidents/$a.html\"/>" \
	"the feed's links are absolute"

# what a customer sees in a browser
if command -v chromium >/dev/null 2>&1; then
	sandbox=""
	[ "$(id -u)" -eq 0 ] && sandbox=--no-sandbox
	timeout 60 chromium --headless $sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
		--user-data-dir="$TRASH/chromium" --dump-dom "file://$TRASH/site/index.html" \
		>dom.html 2>/dev/null
	is "$?" 0 "chromium loads index.html"
	dom=$(cat dom.html)
	like "$dom" 'Partial System Outage' "it shows the overall status"
	like "$dom" '&lt;script&gt;alert\(1\)&lt;/script&gt; "&amp;'"'" \
		"the update's markup is text in the page"
	is "$(grep -ci '<script\|<img' dom.html)" 0 "no script or image element came of it"
	timeout 60 chromium --headless $sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
		--hide-scrollbars --user-data-dir="$TRASH/chromium" \
		--window-size=390,844 --screenshot="$TRASH/phone.png" \
		"file://$TRASH/site/index.html" >/dev/null 2>&1
	is "$?" 0 "chromium takes a phone-sized screenshot"
	is "$(od -An -tx1 -N8 phone.png 2>/dev/null | tr -d ' ')" 89504e470d0a1a0a \
		"it is a PNG"
	is "$(od -An -tu1 -j16 -N8 phone.png 2>/dev/null | awk '{print $3 * 256 + $4, $7 * 256 + $8}')" \
		"390 844" "390 by 844 pixels"
	size=$(wc -c <phone.png)
	if [ "$size" -gt 20000 ]; then
		ok "and not blank ($size bytes)"
	else
		not_ok "and not blank ($size bytes)"
	fi
else
	not_ok "chromium is installed (sh tests/deps.sh)"
fi

# a damaged log is reported, the rest still published
other_log=$(ls r/incidents/*/*/"$d"/*.jsonl)
echo '{"v":1}' >>"$other_log"
git -C r commit -qam "damage"
run inc-publish -C r site
is "$status" 1 "a damaged log makes it fail"
like "$err" "^inc-publish: incidents/2026/11/$d/[0-9a-f]{8}-000001.jsonl:2: no event id
inc-publish: published 4 incidents, 10 updates to site$" "after publishing the rest"
git -C r revert --no-edit HEAD >/dev/null
# the only incident open, and its log damaged: the page cannot tell it is
# over, so it is not all clear
new_repo dmg
dm=$(inc-open -C dmg --at 2026-11-23T09:00:00Z "Checkout down" 2>/dev/null)
inc-status -C dmg --at 2026-11-23T09:05:00Z -i critical "$dm" \
	"Checkout fails for all customers. We are investigating." >/dev/null 2>&1
echo '{"v":1}' >>"$(ls dmg/incidents/*/*/"$dm"/*.jsonl)"
git -C dmg commit -qam "damage"
run inc-publish -C dmg dsite
is "$status:$(jq -r '.status.indicator' dsite/api/v2/status.json)" "1:minor" \
	"a damaged log, maybe an open incident's: the page is not all clear"

# refusals: nothing written
echo x >file
fails "a file for DIR" 1 "inc-publish: file: Not a directory" inc-publish -C r file
fails "DIR in a directory that does not exist" 1 \
	"inc-publish: nowhere/site: No such file or directory" inc-publish -C r nowhere/site
mkdir half && echo x >half/incidents
fails "DIR/incidents is a file" 1 "inc-publish: half/incidents: Not a directory" \
	inc-publish -C r half
is "$(ls half)" "incidents" "nothing written there"
fails "no DIR" 2 "inc-publish: missing directory
$(usage_of inc-publish)" inc-publish -C r
fails "two DIRs" 2 "inc-publish: too many operands
$(usage_of inc-publish)" inc-publish -C r a b
run inc-publish --help
like "$status:$out" "^0:usage: inc-publish \[-C dir\] .*directory$" "--help"
run inc-publish -V
is "$status:$out" "0:inc-publish (incident) 0.1.0" "-V"
fails "an unknown option" 2 "inc-publish: unrecognized option '--bogus'
$(usage_of inc-publish)" inc-publish --bogus

# markup in a title is escaped wherever the title goes
new_repo t
tid=$(inc-open -C t --at 2026-11-23T10:00:00Z '<b onmouseover="x">T&C'"'"'s</b>' 2>/dev/null)
succeeds "setup: an update" inc-status -C t --at 2026-11-23T10:05:00Z "$tid" "$good"
run inc-publish -C t tsite
is "$status" 0 "a title with markup"
want='&lt;b onmouseover=&quot;x&quot;&gt;T&amp;C&#39;s&lt;/b&gt;'
for x in index.html history.html "incidents/$tid.html" history.atom; do
	like "$(cat "tsite/$x")" "$want" "$x: the title is escaped"
	is "$(grep -c '<b[ >]' "tsite/$x")" 0 "$x: no markup came of it"
done
is "$(jq -r '.incidents[0].name' tsite/summary.json)" '<b onmouseover="x">T&C'"'"'s</b>' \
	"summary.json has the title as it is"

# a public title: an incident's id is made from its internal title, so
# the site gives it another, the id without that slug, wherever an id
# goes; one without a public title keeps its id
new_repo p
pid=$(inc-open -C p --at 2026-11-23T09:30:00Z "DB-7 disk full after bad migration by Bob" 2>/dev/null)
slug=${pid#2026-11-23-0930-}
slug=${slug%-*}
public=2026-11-23-0930-${pid##*-}
is "$slug" "db-7-disk-full-after-bad-migration-by" "setup: the id spells the internal title, cut at a word's end"
succeeds "setup: a public title" inc-state -C p --at 2026-11-23T09:35:00Z \
	--public-title "Slow database responses" "$pid"
succeeds "setup: an update" inc-status -C p --at 2026-11-23T09:40:00Z -i major \
	-p api "$pid" "$good"
qid=$(inc-open -C p --at 2026-11-23T10:00:00Z "Slow checkout" 2>/dev/null)
succeeds "setup: another, without a public title" inc-status -C p \
	--at 2026-11-23T10:05:00Z -i minor -p checkout "$qid" \
	"Checkout is slow for some shops. We are investigating. Retrying a slow payment is safe."
run inc-publish -C p psite
is "$status" 0 "publishing an incident with a public title"
is "$(ls psite/incidents)" "$(printf '%s\n' "$public.atom" "$public.html" "$qid.atom" \
	"$qid.html" | sort)" "its page and feed are named by its id without the slug, the other's by its id"
is "$(jq -r '.incidents[] | "\(.id) \(.shortlink) \([.incident_updates[].incident_id] | unique)"' psite/api/v2/incidents.json)" \
	"$qid incidents/$qid.html [\"$qid\"]
$public incidents/$public.html [\"$public\"]" "so are the JSON's ids and shortlinks"
like "$(cat psite/index.html)" "<article class=\"incident i-major\" id=\"$public\">" "and the page's anchors"
like "$(cat psite/history.atom)" "href=\"incidents/$public.html\"" "and the feed's links"
# leaks DIR: every file under DIR whose name or bytes spell the internal title
leaks() {
	(cd "$1" && find . | grep -iF -e "$slug" -e migration -e bob
	grep -rliF -e "$slug" -e migration -e bob .)
}
is "$(leaks psite)" "" "no file's name or bytes spell the internal title"
# an incident published before its public title was given: its pages
# move to the public id; the old ones are left as they were (inc-publish
# removes no file) and nothing on the site links to them
cp "psite/incidents/$qid.html" old.html
succeeds "setup: a public title given after publishing" inc-state -C p \
	--at 2026-11-23T10:10:00Z --public-title "Slow payments" "$qid"
run inc-publish -C p psite
is "$status" 0 "publishing again"
qpublic=2026-11-23-1000-${qid##*-}
is "$(ls psite/incidents)" "$(printf '%s\n' "$public.atom" "$public.html" "$qpublic.atom" \
	"$qpublic.html" "$qid.atom" "$qid.html" | sort)" \
	"its pages are written under its public id, the old ones left"
if cmp -s old.html "psite/incidents/$qid.html"; then ok "the old page is as it was"; else not_ok "the old page is as it was"; fi
rm "psite/incidents/$qid.html" "psite/incidents/$qid.atom"
is "$(leaks psite; grep -rliF -e slow-checkout -e "slow checkout" psite)" "" \
	"with them removed by hand, nothing spells either internal title"
run inc-publish -C p -q pfresh
same_tree "and the site is what a fresh publish makes" pfresh psite

# an incident whose impact began before it was opened (inc-open -O)
# began then, for customers: started_at and its page say so; the uptime
# bars count from its first update, as nothing was said of the impact
new_repo g
gid=$(inc-open -C g --at 2026-11-23T10:00:00Z -O 2026-11-23T09:20:00Z "API down" 2>/dev/null)
succeeds "setup: an update" inc-status -C g --at 2026-11-23T10:05:00Z -i critical \
	-p api "$gid" "API requests fail for all customers. We are investigating. There is no workaround yet."
succeeds "setup: resolved" inc-status -C g --at 2026-11-23T10:35:00Z -s resolved \
	"$gid" "API requests work again. We rolled back the change that caused the errors. No action is needed."
run inc-publish -C g -q gsite
is "$status:$err" "0:" "publishing an incident with the impact's start"
is "$(jq -c '.incidents[0] | [.started_at, .created_at, .resolved_at]' gsite/api/v2/incidents.json)" \
	'["2026-11-23T09:20:00.000Z","2026-11-23T10:05:00.000Z","2026-11-23T10:35:00.000Z"]' \
	"started_at: when the impact began, not when it was opened"
like "$(cat "gsite/incidents/$gid.html")" \
	'Began <time datetime="2026-11-23T09:20:00Z">2026-11-23 09:20 UTC</time>; resolved ' \
	"its page: began when the impact began"
like "$(cat gsite/index.html)" \
	'title="2026-11-23: Major outage"><span class="tip">2026-11-23: Major outage 30 min</span>' \
	"the uptime bar counts from its first update"

# a hand-edited start before 1970 (inc-open -O refuses one) is no start:
# started_at says when it was opened, an RFC 3339 time, not "1-01-01..."
glog=$(ls g/incidents/*/*/"$gid"/*.jsonl)
{ head -n 1 "$glog" | jq -c '.impact_began_at = "0001-01-01T00:00:00Z"'
	tail -n +2 "$glog"; } >"$TRASH/edited" && cat "$TRASH/edited" >"$glog"
git -C g commit -qam "$gid: impact began in year 1"
run inc-publish -C g -q gsite
is "$status:$err" "0:" "publishing an impact that began in year 1"
is "$(jq -r '.incidents[0].started_at' gsite/api/v2/incidents.json)" \
	"2026-11-23T10:00:00.000Z" "started_at: when it was opened"

# two incidents at once on a component, or an incident during a
# maintenance, count each moment once, at the worst status then: one
# hour of outage is one hour (and 99.95%), not two, and a degraded
# performance inside it is no time of its own
new_repo ov
ova=$(inc-open -C ov --at 2026-11-23T10:00:00Z "Database errors" 2>/dev/null)
succeeds "setup: an outage" inc-status -C ov --at 2026-11-23T10:00:00Z -i critical \
	-p api "$ova" "API requests fail for all customers. We are investigating. There is no workaround yet."
ovb=$(inc-open -C ov --at 2026-11-23T10:00:00Z "Gist API errors" 2>/dev/null)
succeeds "setup: another outage at once" inc-status -C ov --at 2026-11-23T10:00:00Z -i critical \
	-p api "$ovb" "Gist API requests fail for all customers. We are investigating. There is no workaround yet."
ovc=$(inc-open -C ov --at 2026-11-23T10:20:00Z "Slow API" 2>/dev/null)
succeeds "setup: degraded performance inside it" inc-status -C ov --at 2026-11-23T10:20:00Z -i minor \
	-p api "$ovc" "API requests are slow for some customers. We are investigating. Retrying is safe."
succeeds "setup: that one resolved" inc-status -C ov --at 2026-11-23T10:39:00Z -s resolved \
	"$ovc" "API requests are fast again. We have resolved the problem. No action is needed."
succeeds "setup: the first resolved" inc-status -C ov --at 2026-11-23T11:00:00Z -s resolved \
	"$ova" "API requests work again. We rolled back the change that caused the errors. No action is needed."
succeeds "setup: the second resolved" inc-status -C ov --at 2026-11-23T11:00:00Z -s resolved \
	"$ovb" "Gist API requests work again. We rolled back the change. No action is needed."
run inc-publish -C ov -q ovsite
is "$status:$err" "0:" "publishing overlapping incidents"
is "$(jq -c '[.incidents[] | [.name, .created_at, .resolved_at, [.components[].name]]]' ovsite/api/v2/incidents.json)" \
	'[["Slow API","2026-11-23T10:20:00.000Z","2026-11-23T10:39:00.000Z",["api"]],["Gist API errors","2026-11-23T10:00:00.000Z","2026-11-23T11:00:00.000Z",["api"]],["Database errors","2026-11-23T10:00:00.000Z","2026-11-23T11:00:00.000Z",["api"]]]' \
	"jq: three incidents on api, two of them 10:00-11:00, one inside"
is "$(jq -r --arg id "$ovc" '.incidents[] | select(.id == $id) | .incident_updates | reverse | .[] |
	.status + (.affected_components // [] | map(" " + .name + " " + .old_status + " " + .new_status) | join(""))' \
	ovsite/api/v2/incidents.json)" "investigating api major_outage major_outage
resolved" "jq: api in a major outage all through the one inside, which changes nothing"
like "$(cat ovsite/index.html)" \
	'title="2026-11-23: Major outage"><span class="tip">2026-11-23: Major outage 1 h 0 min</span>' \
	"the bar: the hour once, at the worst status, none of it degraded"
like "$(cat ovsite/index.html)" '<span>99\.95% uptime</span>' "the uptime counts the hour once"
m=$(inc-open -C ov --at 2026-11-22T10:00:00Z "Database upgrade" 2>/dev/null)
succeeds "setup: a maintenance begun" inc-status -C ov --at 2026-11-22T10:00:00Z \
	--maintenance in_progress -p api --incident "$m" "We are upgrading the database behind the API."
ovd=$(inc-open -C ov --at 2026-11-22T10:10:00Z "API errors" 2>/dev/null)
succeeds "setup: an outage during it" inc-status -C ov --at 2026-11-22T10:10:00Z -i critical \
	-p api "$ovd" "API requests fail for all customers. We are investigating. There is no workaround yet."
succeeds "setup: resolved" inc-status -C ov --at 2026-11-22T10:30:00Z -s resolved \
	"$ovd" "API requests work again. We rolled back the change that caused the errors. No action is needed."
succeeds "setup: the maintenance completed" inc-status -C ov --at 2026-11-22T12:00:00Z \
	--maintenance completed "$m" "The upgrade is done."
run inc-publish -C ov -q ovsite
is "$status:$err" "0:" "publishing an incident during a maintenance"
is "$(jq -r --arg id "$ovd" '.incidents[] | select(.id == $id) | .incident_updates | reverse | .[] | .affected_components[] | .old_status + " " + .new_status' ovsite/api/v2/incidents.json):$(jq -r '.scheduled_maintenances[0] | .started_at + " " + .resolved_at' ovsite/api/v2/scheduled-maintenances.json)" \
	"under_maintenance major_outage
major_outage under_maintenance:2026-11-22T10:00:00.000Z 2026-11-22T12:00:00.000Z" \
	"jq: an outage 10:10-10:30 inside a maintenance 10:00-12:00"
like "$(cat ovsite/index.html)" \
	'title="2026-11-22: Major outage"><span class="tip">2026-11-22: Major outage 20 min; Maintenance 1 h 40 min</span>' \
	"the bar: the outage's minutes, the maintenance's only where no outage is"
like "$(cat ovsite/index.html)" '<span>99\.93% uptime</span>' \
	"the uptime counts the outages once, 80 min, the maintenance as up"
# a group: each moment once, at the worst of its members then (API down
# 10:00-11:00, Search slow 10:30-12:00: the half hour both are out is
# the group's major outage, not also its degraded performance)
new_repo og
git -C og config --add inc.component API
git -C og config --add inc.component Search
git -C og config component.API.group Platform
git -C og config component.Search.group Platform
oga=$(inc-open -C og --at 2026-11-23T10:00:00Z "API errors" 2>/dev/null)
succeeds "setup: API down" inc-status -C og --at 2026-11-23T10:00:00Z -i critical -p API \
	"$oga" "API requests fail for all customers. We are investigating. There is no workaround yet."
ogb=$(inc-open -C og --at 2026-11-23T10:30:00Z "Slow search" 2>/dev/null)
succeeds "setup: Search slow" inc-status -C og --at 2026-11-23T10:30:00Z -i minor -p Search \
	"$ogb" "Search is slow for some customers. We are investigating. Retrying is safe."
succeeds "setup: API back" inc-status -C og --at 2026-11-23T11:00:00Z -s resolved \
	"$oga" "API requests work again. We rolled back the change. No action is needed."
succeeds "setup: Search back" inc-status -C og --at 2026-11-23T12:00:00Z -s resolved \
	"$ogb" "Search is fast again. We added capacity. No action is needed."
run inc-publish -C og -q ogsite
is "$(grep -o '2026-11-23: [^<]*</span>' ogsite/index.html)" "2026-11-23: Major outage 1 h 0 min; Degraded performance 1 h 0 min</span>
2026-11-23: Major outage 1 h 0 min</span>
2026-11-23: Degraded performance 1 h 30 min</span>" \
	"the group's bar counts each moment once, at its members' worst; theirs as they were"

# an empty repository publishes an empty, operational site, set up now
# (no settings committed: nothing else tells when)
new_repo empty
run inc-publish -C empty quiet
is "$status:$err" "0:inc-publish: published 0 incidents, 0 updates to quiet" "an empty repository"
is "$(jq -c '[.status.indicator, .status.description, .components, .incidents, .page.updated_at]' quiet/summary.json)" \
	'["none","All Systems Operational",[],[],"2026-11-23T12:00:00.000Z"]' \
	"is all operational, updated when published"

# a site with no update at all is dated, with its components, from when
# the team's settings were committed as they are (the page was set up
# then), as a fresh Statuspage page is: not 1970, nor the time of an
# event customers were not told of; the page, the JSON, the feed and the
# heartbeat agree
inc-init fresh.git >/dev/null 2>&1
git -C fresh.git config --add inc.component API
# when_set: the newest commit of the settings, as the JSON writes a time
when_set() {
	git -C fresh.git log -1 --date=format-local:%Y-%m-%dT%H:%M:%S --format=%ad -- incidents/settings.json
}
# dates: the page's times, in each of its files
dates() {
	printf '%s ' "$(jq -r '.page.updated_at, (.components[] | .created_at, .updated_at)' fsite/api/v2/summary.json)" \
		"$(jq -r .updated_at fsite/heartbeat.json)" \
		"$(grep -o '<updated>[^<]*</updated>' fsite/history.atom fsite/components/*.atom | sed 's/.*<updated>//; s/<.*//')" \
		"$(sed -n 's/.*Last updated <time datetime="\([^"]*\)".*/\1/p' fsite/index.html fsite/history.html)" | tr '\n' ' '
}
every() {
	printf '%s ' "$1.000Z" "$1.000Z" "$1.000Z" "$1.000Z" "$1Z" "$1Z" "$1Z" "$1Z"
}
run inc-publish -C fresh.git -q fsite
is "$status:$err" "0:" "setup: a fresh team repository"
set=$(when_set)
like "$set" '^20[0-9-]{8}T' "setup: its settings were committed"
is "$(dates)" "$(every "$set")" "a fresh site is dated when its settings were committed"
inc-open -C fresh.git --at 2026-11-23T11:00:00Z "Disk filling on ci-3" >/dev/null 2>&1
run inc-publish -C fresh.git -q fsite
is "$(dates)" "$(every "$set")" "an incident with no customer update does not date it"
git clone -q fresh.git fw
jq '.update_interval_seconds = 1800' fw/incidents/settings.json >fw/settings.new
mv fw/settings.new fw/incidents/settings.json
GIT_AUTHOR_DATE=2026-11-23T11:30:00Z git -C fw commit -qam "incidents: the team's settings"
git -C fw push -q origin main
run inc-publish -C fresh.git -q fsite
is "$(dates)" "$(every 2026-11-23T11:30:00)" "settings committed again: dated then"

# a title, a component's name and description, a post-mortem's address
# and list item of one long word wrap, not past their card nor the
# screen: the browser measures each heading and the page's width (the
# script is the test's, added to a copy)
new_repo w
long="Checkout$(printf 'x%.0s' $(seq 1 60))"
git -C w config --add inc.component "$long"
git -C w config "component.$long.description" "Description$(printf 'y%.0s' $(seq 1 80))"
wid=$(inc-open -C w --at 2026-11-23T10:00:00Z "$long" 2>/dev/null)
succeeds "setup: an update" inc-status -C w --at 2026-11-23T10:05:00Z -i minor \
	-p "$long" "$wid" "Checkout is slow. We are investigating. Retrying is safe."
inc-state -C w --at 2026-11-23T10:30:00Z "$wid" resolved >/dev/null 2>&1
printf '# Cause\nSee https://example.com/%s for more.\n\n- item%s\n' \
	"$(printf 'u%.0s' $(seq 1 90))" "$(printf 'i%.0s' $(seq 1 90))" >wpm.md
succeeds "setup: a post-mortem with a long address and item" \
	inc-postmortem -C w --at 2026-11-23T11:00:00Z -P wpm.md "$wid"
run inc-publish -C w -q wsite
is "$(jq -r .updated_at wsite/heartbeat.json):$(jq -r .page.updated_at wsite/api/v2/summary.json)" \
	"2026-11-23T11:00:00.000Z:2026-11-23T11:00:00.000Z" \
	"a post-mortem published, the newest change: the site's updated_at"
if command -v chromium >/dev/null 2>&1; then
	for x in index.html "incidents/$wid.html"; do
		sed 's|</body>|<script>document.body.dataset.overflow = [...document.querySelectorAll("h1, h2, h3, h4")].filter(e => e.scrollWidth > e.clientWidth).length; document.body.dataset.wide = document.documentElement.scrollWidth > innerWidth</script></body>|' \
			"wsite/$x" >measure.html
		timeout 60 chromium --headless $sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
			--user-data-dir="$TRASH/chromium" --window-size=390,844 --dump-dom \
			"file://$TRASH/measure.html" >dom.html 2>/dev/null
		like "$(cat dom.html)" '<body data-overflow="0"' "$x: no heading runs past its box"
		like "$(cat dom.html)" '<body [^>]*data-wide="false"' "$x: the page is no wider than the screen"
	done
else
	not_ok "chromium is installed (sh tests/deps.sh)"
fi

fsck_clean "fsck is clean" r
# monitoring_at: when the incident entered monitoring, not its newest
# monitoring update (Statuspage: "entered monitoring state")
new_repo mon
m=$(inc-open -C mon --at 2026-11-21T10:00:00Z "Slow builds" 2>/dev/null)
inc-status -C mon --at 2026-11-21T10:10:00Z -s monitoring "$m" \
	"We have applied a fix and are monitoring build times." >/dev/null 2>&1
inc-status -C mon --at 2026-11-21T10:40:00Z -s monitoring "$m" \
	"Build times are back to normal. We are still monitoring." >/dev/null 2>&1
inc-publish -C mon -q msite
is "$(jq -r '.incidents[0].monitoring_at' msite/incidents.json)" \
	"2026-11-21T10:10:00.000Z" \
	"monitoring_at: when it entered monitoring, not its newest monitoring update"
inc-status -C mon --at 2026-11-21T10:50:00Z -s identified "$m" \
	"Build times rose again. We are working on it." >/dev/null 2>&1
inc-status -C mon --at 2026-11-21T11:05:00Z -s monitoring "$m" \
	"We have applied a second fix and are monitoring." >/dev/null 2>&1
inc-publish -C mon -q msite
is "$(jq -r '.incidents[0].monitoring_at' msite/incidents.json)" \
	"2026-11-21T11:05:00.000Z" \
	"back to monitoring: the last time it entered it"

# the order of the writes: the incident pages, then what customers and
# their tools read first, the JSON, before the feeds; the front page
# before the history (on a fresh site after it, which it links to); and
# heartbeat.json last, once all else is written, so that a run that fails
# part way leaves it stale for a monitor to see. A red team: with the
# disk full at index.html, the page said 'All Systems Operational' during
# a critical outage while heartbeat.json was new and said critical.
new_repo hb
h=$(inc-open -C hb --at 2026-11-22T08:00:00Z "Old" 2>/dev/null)
inc-status -C hb --at 2026-11-22T08:05:00Z -i minor -p api "$h" \
	"Some API requests fail. We are investigating. Retrying is safe." >/dev/null 2>&1
inc-state -C hb --at 2026-11-22T09:00:00Z "$h" resolved >/dev/null 2>&1
# renames: the site's files a publish into hbsite put in place, in order
renames() {
	ASAN_OPTIONS=$ASAN_OPTIONS:detect_leaks=0 strace -f -qq -o "$TRASH/trace" \
	    -e trace=rename,renameat,renameat2 inc-publish -C hb -q hbsite
	sed -n 's|.*", "hbsite/\([^"]*\)".*|\1|p' "$TRASH/trace" |
	    sed 's|^incidents/.*\.|incidents/ID.|; s|^components/.*|components/ID.atom|' |
	    tr '\n' ' '
}
is "$(renames)" "incidents/ID.html incidents/ID.atom api/v2/summary.json summary.json api/v2/status.json api/v2/components.json api/v2/incidents.json incidents.json api/v2/incidents/unresolved.json api/v2/scheduled-maintenances.json api/v2/scheduled-maintenances/upcoming.json api/v2/scheduled-maintenances/active.json components/ID.atom history.atom history/2026-Q4.html history.html index.html heartbeat.json " \
	"a fresh site: incident pages, the JSON, the feeds, the history, the front page that links to it, heartbeat.json last"
h=$(inc-open -C hb --at 2026-11-23T10:00:00Z "API down" 2>/dev/null)
inc-status -C hb --at 2026-11-23T10:05:00Z -i critical -p api "$h" \
	"All API requests fail. We are investigating. There is no workaround yet." >/dev/null 2>&1
cp -R hbsite hbkept
like "$(renames)" ' api/v2/status.json .* history.atom index.html history/2026-Q4.html history.html heartbeat.json $' \
	"then the front page before the history, heartbeat.json last"
rm -rf hbsite && mv hbkept hbsite
# index.html that cannot be replaced (a directory, here; a full disk)
rm hbsite/index.html && mkdir hbsite/index.html
old=$(cat hbsite/heartbeat.json)
INC_NOW=2026-11-23T12:30:00Z run inc-publish -C hb -q hbsite
is "$status:$err" "1:inc-publish: hbsite/index.html: Is a directory" \
	"index.html not written: the publish fails in one line"
is "$(cat hbsite/heartbeat.json)" "$old" \
	"heartbeat.json is left as it was, stale, for a monitor to see"
is "$(jq -r .indicator hbsite/heartbeat.json):$(jq -r .status.indicator hbsite/api/v2/status.json)" \
	"none:critical" "status.json, written before, says critical"
rmdir hbsite/index.html
INC_NOW=2026-11-23T12:30:00Z run inc-publish -C hb -q hbsite
is "$status:$(jq -r '.checked_at + " " + .indicator' hbsite/heartbeat.json):$(grep -o 'class="banner i-[a-z]*"' hbsite/index.html)" \
	'0:2026-11-23T12:30:00.000Z critical:class="banner i-critical"' \
	"the next run writes the front page, then heartbeat.json"

# --- a clone behind the page does not set it back: two responders
# publish into one directory; the one whose copy lacks an incident, or
# its newest update, is refused, the page left as it is, unless -f
inc-init pub.git >/dev/null 2>&1
inc-init -u "file://$TRASH/pub.git" pic >/dev/null 2>&1
inc-init -u "file://$TRASH/pub.git" pco >/dev/null 2>&1
for r in pic pco; do git -C $r config inc.autoSync false; done
pid=$(INC_NOW=2018-10-21T22:54:00Z inc-open -C pic "Webhooks delayed" 2>/dev/null)
INC_NOW=2018-10-21T22:55:00Z inc-status -C pic -p Webhooks=major_outage \
	"We are investigating delays in webhook delivery. Next update in 30 minutes." >/dev/null 2>&1
inc-publish -C pic -q shared
cp shared/api/v2/summary.json live.json
run inc-publish -C pco -q shared
is "$status:$out:$err" "1::inc-publish: shared: the page there shows $pid, which this copy does not: sync first (inc-sync), or publish this copy over it with -f" \
	"a copy without the incident is refused"
is "$(cmp shared/api/v2/summary.json live.json && echo same)" "same" "the page left as it was"
inc-sync -q -C pic && inc-sync -q -C pco
INC_NOW=2018-10-21T23:20:00Z inc-status -C pic -s identified \
	"We have identified the issue and are working on a fix. Next update in 30 minutes." >/dev/null 2>&1
inc-publish -C pic -q shared
cp shared/api/v2/summary.json live.json
run inc-publish -C pco -q shared
is "$status:$err" "1:inc-publish: shared: the page there shows $pid as of 2018-10-21T23:20:00Z, this copy as of 2018-10-21T22:55:00Z: sync first (inc-sync), or publish this copy over it with -f" \
	"a copy without its newest update is refused"
is "$(cmp shared/api/v2/summary.json live.json && echo same)" "same" "the page left as it was"
run inc-publish -C pco -q -f shared
is "$status:$(jq -r '.incidents[0].status' shared/api/v2/summary.json)" "0:investigating" \
	"-f publishes that copy over it"
inc-sync -q -C pic && inc-sync -q -C pco
run inc-publish -C pco -q shared
is "$status:$(jq -r '.incidents[0].status' shared/api/v2/summary.json)" "0:identified" \
	"synced, it publishes"
# the site's own resolution message is made from the IC's resolution: a
# copy without that is behind the page, but not one that has it and
# opened the incident again, or recorded comms' resolved update
# backfilled with -t to before it (the page there as of a time after
# this copy's newest update)
INC_NOW=2018-10-21T23:30:00Z inc-state -C pic "$pid" resolved >/dev/null 2>&1
inc-publish -C pic -q shared
run inc-publish -C pco -q shared
is "$status:$err" "1:inc-publish: shared: the page there shows $pid as of 2018-10-21T23:30:00Z, this copy as of 2018-10-21T23:20:00Z: sync first (inc-sync), or publish this copy over it with -f" \
	"a copy without the IC's resolution is refused"
inc-sync -q -C pic && inc-sync -q -C pco
INC_NOW=2018-10-21T23:35:00Z inc-state -C pco "$pid" major >/dev/null 2>&1
run inc-publish -C pco -q shared
is "$status:$err:$(jq -r .status.indicator shared/api/v2/status.json):$(jq -r '.incidents[0].status' shared/api/v2/incidents/unresolved.json)" \
	"0::critical:identified" \
	"opened again after the site's resolution message: published, not all clear"
run inc-publish -C pic -q shared
is "$status:$err:$(jq -r .status.indicator shared/api/v2/status.json)" "1:inc-publish: shared: the page there shows $pid as of 2018-10-21T23:35:00Z, this copy as of 2018-10-21T23:30:00Z: sync first (inc-sync), or publish this copy over it with -f:critical" \
	"a copy with the resolution but not the opening again is refused: the page stays critical, not all clear"
INC_NOW=2018-10-21T23:45:00Z inc-state -C pco "$pid" resolved >/dev/null 2>&1
inc-publish -C pco -q shared
INC_NOW=2018-10-21T23:50:00Z inc-status -C pco -t 23:42 -s resolved "$pid" \
	"Webhooks are delivered again since 23:40 UTC. The delayed ones were all delivered." >/dev/null 2>&1
run inc-publish -C pco -q shared
is "$status:$err:$(jq -r '.incidents[0].incident_updates[0] | .created_at + " " + .body' shared/api/v2/incidents.json)" \
	"0::2018-10-21T23:42:00.000Z Webhooks are delivered again since 23:40 UTC. The delayed ones were all delivered." \
	"comms' resolved update backfilled to before the IC's resolution: published"
inc-sync -q -C pco && inc-sync -q -C pic
printf '# What happened\nA queue filled.\n' >ppm.md
inc-postmortem -C pic --at 2018-10-22T09:00:00Z -P ppm.md "$pid" >/dev/null 2>&1
inc-publish -C pic -q shared
run inc-publish -C pco -q shared
is "$status:$err" "1:inc-publish: shared: the page there shows $pid as of 2018-10-22T09:00:00Z, this copy as of 2018-10-21T23:42:00Z: sync first (inc-sync), or publish this copy over it with -f" \
	"a copy without the post-mortem the page shows is refused"
# an update recorded on one copy with an earlier time (-t): the page is
# as of a time before the other copy's newest, which lacks the update
inc-sync -q -C pic && inc-sync -q -C pco
INC_NOW=2018-10-22T10:00:00Z inc-state -C pic "$pid" major >/dev/null 2>&1
INC_NOW=2018-10-22T10:05:00Z inc-status -C pic -p Webhooks=major_outage \
	"Webhooks are delayed again. We are investigating." >/dev/null 2>&1
inc-sync -q -C pic && inc-sync -q -C pco
INC_NOW=2018-10-22T10:20:00Z inc-status -C pco -p Webhooks=major_outage \
	"We are still investigating. Next update in 30 minutes." >/dev/null 2>&1
INC_NOW=2018-10-22T10:25:00Z inc-status -C pic -t 10:15 -p Webhooks=major_outage \
	"Webhooks to EU endpoints are not delivered at all." >/dev/null 2>&1
INC_NOW=2018-10-22T10:26:00Z inc-publish -C pic -q shared
cp shared/api/v2/incidents.json live.json
run inc-publish -C pco -q shared
is "$status:$err" "1:inc-publish: shared: the page there shows $pid with an update this copy does not have: sync first (inc-sync), or publish this copy over it with -f" \
	"a copy without an update backfilled on another copy is refused"
is "$(cmp shared/api/v2/incidents.json live.json && echo same)" "same" \
	"the page keeps the update"
inc-sync -q -C pic && inc-sync -q -C pco && inc-sync -q -C pic
run inc-publish -C pco -q shared
is "$status:$(jq -r '.incidents[0].incident_updates[] | select(.body |
    startswith("Webhooks to EU")) | .created_at' shared/api/v2/incidents.json)" \
	"0:2018-10-22T10:15:00.000Z" "synced, it publishes, the update kept"
# a maintenance begun on one copy: not set back to scheduled by another
# (incidents.json holds no maintenance)
mid=$(INC_NOW=2018-10-23T09:00:00Z inc-open -C pic "Database upgrade" 2>/dev/null)
INC_NOW=2018-10-23T09:01:00Z inc-status -C pic --maintenance scheduled \
	--from 2018-10-24T10:00:00Z --until 2018-10-24T12:00:00Z -p Webhooks "$mid" \
	"We will upgrade the database." >/dev/null 2>&1
inc-sync -q -C pic && inc-sync -q -C pco
INC_NOW=2018-10-24T10:00:00Z inc-status -C pco --maintenance in_progress "$mid" \
	"The upgrade has begun." >/dev/null 2>&1
INC_NOW=2018-10-24T10:01:00Z inc-publish -C pco -q shared
run env INC_NOW=2018-10-24T10:02:00Z inc-publish -C pic -q shared
is "$status:$err:$(jq -r '.scheduled_maintenances[] | select(.name == "Database upgrade") | .status' shared/api/v2/scheduled-maintenances.json)" \
	"1:inc-publish: shared: the page there shows $mid as of 2018-10-24T10:00:00Z, this copy as of 2018-10-23T09:01:00Z: sync first (inc-sync), or publish this copy over it with -f:in_progress" \
	"a copy without the maintenance begun is refused: the page keeps it in progress"
inc-sync -q -C pco && inc-sync -q -C pic

# --- a corrected post-mortem recorded with an earlier time (-t) is the
# one that stands: the one recorded last
new_repo pmc
pmid=$(inc-open -C pmc --at 2026-11-20T10:00:00Z "Stale data" 2>/dev/null)
inc-status -C pmc --at 2026-11-20T10:05:00Z -p API=degraded_performance "$pmid" \
	"Some data is out of date. We are investigating. No workaround yet." >/dev/null 2>&1
inc-state -C pmc --at 2026-11-20T11:00:00Z "$pmid" resolved >/dev/null 2>&1
printf '# What happened\nA cache was stale.\n' >first.md
printf '# What happened\nOur own configuration change made a cache stale.\n' >second.md
inc-postmortem -C pmc --at 2026-11-22T09:00:00Z -P first.md "$pmid" >/dev/null 2>&1
inc-publish -C pmc -q pmcsite
inc-postmortem -C pmc -t 2026-11-21T09:00:00Z -P second.md "$pmid" >/dev/null 2>&1
run inc-publish -C pmc -q pmcsite
is "$status:$err:$(jq -r '.incidents[0].postmortem_body' pmcsite/api/v2/incidents.json)" \
	"0::# What happened
Our own configuration change made a cache stale." \
	"a correction backfilled with -t is the post-mortem published, over the page of the first"

# --- runs into one directory take turns (two machines' cron, a slow run
# overlapping the next): a run waits for the one holding the site's
# lock, and checks the page only then; under it, a temporary file is a
# killed run's, whatever its process id (another machine's are not
# this one's): removed
if ! command -v flock >/dev/null; then
	skip "flock(1) not installed"
	skip "flock(1) not installed"
else
	flock shared/.inc-publish.lock sh -c 'sleep 2; touch holder-done' &
	holder=$!
	sleep 0.5
	: >shared/.index.html.1.tmp
	run inc-publish -C pic -q shared
	is "$status:$err:$([ -e holder-done ] && echo waited)" "0::waited" \
		"a run waits for the one holding the site's lock"
	wait $holder
	is "$(ls -a shared | grep -c '\.tmp$')" 0 \
		"a temporary file of a process id alive here (another machine's) is removed under the lock"
fi

# --- what hides or reorders text (a direction override between words,
# a zero-width space in a title, every other character a terminal shows
# as \u{...}) is left out of the pages and the feeds; Hebrew is kept, and
# the joiners an emoji or a Persian word needs; the line and paragraph
# separators are line breaks; the API's JSON keeps the text as it was
# recorded
new_repo bidi
rlo=$(printf '\342\200\256') zwsp=$(printf '\342\200\213')
# a woman technologist (four code points, a joiner), "I want" in Persian
joined=$(printf '\360\237\221\251\360\237\217\275\342\200\215\360\237\222\273 \331\205\333\214\342\200\214\330\256\331\210\330\247\331\207\331\205')
hebrew=$(printf '\327\251\327\234\327\225\327\235 \327\234\327\247\327\225\327\227\327\225\327\252')
others=$(printf 'a\342\200\216b\342\200\217c\330\234d\342\200\213ef\342\201\240g\357\273\277h\342\200\250i\342\200\251j\342\201\246k\342\201\251l\302\255m\342\200\252o\342\200\254p')
bid=$(inc-open -C bidi --at 2026-11-23T10:00:00Z "Payments slow" 2>/dev/null)
# a title as a hostile or hand-edited log may hold one (the tools refuse it)
log=$(ls bidi/incidents/*/*/"$bid"/*.jsonl)
jq -c --arg t "Pay${zwsp}ments slow" '.title = $t' "$log" >title.jsonl &&
	mv title.jsonl "$log" && git -C bidi commit -qam "$bid: planted title"
succeeds "setup: an update with an override between words, in Hebrew too" \
	inc-status -C bidi --at 2026-11-23T10:05:00Z -i minor -p payments "$bid" \
	"Card payments fail${rlo} for some shops. $hebrew. $others. $joined. Retrying is safe. Next update in 30 minutes."
run inc-publish -C bidi -q bidisite
is "$status:$out:$err" "0::" "published"
pages="bidisite/index.html bidisite/incidents/$bid.html bidisite/history.atom bidisite/incidents/$bid.atom bidisite/history/2026-Q4.html"
# the UTF-8 of U+202A-E, U+2066-9, U+200B, U+200E-F, U+061C, U+00AD,
# U+2060, U+FEFF, U+2028-9 and the C1 controls
hidden='\342\200[\213\216\217\250-\256]\|\342\201[\240-\257]\|\330\234\|\302[\200-\237\255]\|\357\273\277'
# shellcheck disable=SC2086
is "$(LC_ALL=C grep -c "$(printf "$hidden")" $pages bidisite/components/*.atom 2>/dev/null |
	grep -v ':0$')" "" "no such character in a page or a feed"
is "$(od -An -tx1 -v bidisite/index.html | tr -s ' \n' '  ' | grep -c ' e2 80 ae\| e2 80 8b')" 0 \
	"od: no byte of U+202E or U+200B in the front page"
like "$(tr '\n' ' ' <"bidisite/incidents/$bid.html")" \
	"<span class=\"body\" dir=\"auto\">Card payments fail for some shops\\. $hebrew\\. abcdefgh i jklmop\\. $joined\\. Retrying is safe" \
	"the update: the override left out, the words, the Hebrew and the joiners as written"
like "$(cat bidisite/index.html)" "<h3 dir=\"auto\"><a href=\"incidents/$bid.html\">Payments slow</a></h3>" \
	"the title without its zero-width space"
like "$(cat "bidisite/incidents/$bid.atom")" "<title>Payments slow: Investigating</title>" \
	"in the feed too"
like "$(cat "bidisite/incidents/$bid.atom")" "Card payments fail for some shops\\. $hebrew\\. abcdefgh&lt;br&gt;i&lt;br&gt;jklmop\\. $joined\\." \
	"the feed's content too"
is "$(jq -r '.incidents[0].incident_updates[0].body' bidisite/api/v2/incidents.json)" \
	"Card payments fail${rlo} for some shops. $hebrew. $others. $joined. Retrying is safe. Next update in 30 minutes." \
	"the API's JSON keeps the text as recorded, for programs"
is "$(jq -r '.incidents[0].name' bidisite/api/v2/incidents.json)" "Pay${zwsp}ments slow" \
	"its title too"

done_testing
