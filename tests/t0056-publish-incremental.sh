#!/bin/sh
# inc-publish again: only the files that changed are written (the others
# keep their inode and time), from the cache in the git directory; and
# whatever the cache or the site holds, the bytes are those a publish
# into an empty directory makes.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z INC_NO_FSYNC=1
new_repo r
cache=r/.git/incident-publish

a=$(inc-open -C r --at 2026-10-01T08:00:00Z "Search outage" 2>/dev/null)
inc-status -C r --at 2026-10-01T08:05:00Z -i major -p search "$a" \
	"Searches fail for all customers. We are investigating. There is no workaround yet." >/dev/null 2>&1
inc-status -C r --at 2026-10-01T09:00:00Z -s resolved "$a" \
	"Searches work again. We rolled back the change that caused the errors. No action is needed." >/dev/null 2>&1
b=$(inc-open -C r --at 2026-11-20T08:00:00Z "Slow checkout" 2>/dev/null)
inc-status -C r --at 2026-11-20T08:10:00Z -i minor -p api "$b" \
	"Checkout is slow for some shops. We are investigating. Retrying a slow payment is safe." >/dev/null 2>&1
inc-state -C r --at 2026-11-20T09:00:00Z "$b" resolved >/dev/null 2>&1
c=$(inc-open -C r --at 2026-11-23T10:00:00Z "API errors" 2>/dev/null)
inc-status -C r --at 2026-11-23T10:05:00Z -i minor -p api "$c" \
	"Some API requests fail. We are investigating. Retrying is safe." >/dev/null 2>&1
d=$(inc-open -C r --drill --at 2026-11-23T10:10:00Z "Failover practice" 2>/dev/null)
inc-status -C r --at 2026-11-23T10:15:00Z -p dns "$d" \
	"Name lookups fail. We are failing over. There is no workaround yet." >/dev/null 2>&1

# stamp FILE...: each file's inode and modification time, to the nanosecond
stamp() {
	for f in "$@"; do stat -c '%i %y' "$f"; done
}
# same_as_fresh NAME: the site is what a publish into an empty directory
# makes, without the cache (which is put back as it was)
same_as_fresh() {
	rm -rf fresh
	mv "$cache" "$TRASH/cache" 2>/dev/null
	inc-publish -C r -q fresh
	rm -f "$cache"
	mv "$TRASH/cache" "$cache" 2>/dev/null
	same_tree "$1" fresh site
}

run inc-publish -C r site
is "$status:$err" "0:inc-publish: published 3 incidents, 5 updates to site" "a first publish"
if [ -s "$cache" ]; then ok "leaves its cache in the git directory"; else not_ok "leaves its cache in the git directory"; fi
same_as_fresh "a first publish makes the bytes a fresh one does"
is "$(grep -o 'Last updated <time datetime="[^"]*"' "site/incidents/$b.html")" \
	'Last updated <time datetime="2026-11-20T09:00:00Z"' \
	"an incident's page was last updated when the incident was, not the site"

untouched="site/incidents/$a.html site/incidents/$a.atom site/incidents/$b.html site/incidents/$b.atom"
search_feed=$(grep -l '<title>Status: search incident history</title>' site/components/*.atom)
before=$(stamp $untouched "$search_feed")
changed="site/incidents/$c.html site/incidents/$c.atom site/index.html site/history.html site/history.atom site/api/v2/summary.json"
before_changed=$(stamp $changed)
sleep 1 # a file written again would have a new time, not only a new inode

# one new event
succeeds "setup: a new update" inc-status -C r --at 2026-11-23T11:00:00Z \
	-s identified -i major -p api "$c" \
	"Some API requests fail. We found the cause and are deploying a fix. Retrying is safe."
run inc-publish -C r site
is "$status:$err" "0:inc-publish: published 3 incidents, 6 updates to site" "publishing after one event"
is "$(stamp $untouched "$search_feed")" "$before" \
	"the pages and feeds of the incidents that did not change are not written again"
after_changed=$(stamp $changed)
n=0
for f in $changed; do
	old=$(printf '%s\n' "$before_changed" | sed -n "$((n + 1))p")
	new=$(printf '%s\n' "$after_changed" | sed -n "$((n + 1))p")
	if [ "$old" != "$new" ]; then ok "written again: ${f#site/}"; else not_ok "written again: ${f#site/}"; fi
	n=$((n + 1))
done
like "$(cat "site/incidents/$c.html")" "We found the cause" "the changed incident's page has the new update"
same_as_fresh "a republish makes the bytes a fresh publish does"

# nothing new: only heartbeat.json may be written
sleep 1
all=$(cd site && find . -type f ! -name heartbeat.json | sort)
before=$(cd site && stamp $all)
run inc-publish -C r -q site
is "$status:$out:$err" "0::" "publishing with nothing new"
is "$(cd site && stamp $all)" "$before" "writes no page"

# without the cache: a full publish, the same bytes, unchanged files kept
rm "$cache"
run inc-publish -C r -q site
is "$status:$err" "0:" "publishing without the cache"
is "$(cd site && stamp $all)" "$before" "compares every file and writes none that is the same"
same_as_fresh "without the cache, the same bytes"

# a damaged cache is as none
head -c 300 "$cache" >"$TRASH/cut" && cat "$TRASH/cut" >"$cache"
run inc-publish -C r -q site
is "$status:$err" "0:" "publishing with a cut cache"
same_as_fresh "with a cut cache, the same bytes"
printf 'incident-publish 2\n40 %040d\0' 0 >"$cache"
run inc-publish -C r -q site
is "$status:$err" "0:" "publishing with a cache of other settings"
same_as_fresh "with a cache of other settings, the same bytes"
sed 's/R [0-9]* /R 9 /' "$cache" >"$TRASH/bad" && cat "$TRASH/bad" >"$cache"
run inc-publish -C r -q site
is "$status:$err" "0:" "publishing with a garbled cache"
same_as_fresh "with a garbled cache, the same bytes"

# bytes of the cache overwritten here and there, as a bad disk would:
# each record read is checked, whatever it holds
size=$(wc -c <"$cache")
for at in 60 $((size / 3)) $((size / 2)) $((size - 40)); do
	dd if=/dev/urandom of="$cache" bs=1 seek="$at" count=24 conv=notrunc 2>/dev/null
	run inc-publish -C r -q site
	is "$status:$err" "0:" "publishing with 24 random bytes at $at of the cache"
done
same_as_fresh "with random bytes in the cache, the same bytes"

# without the site: everything is written again, whatever the cache says
rm -rf site
run inc-publish -C r -q site
is "$status:$err" "0:" "publishing into a removed site"
same_as_fresh "a removed site is written whole"
succeeds "setup: a new update" inc-status -C r --at 2026-11-23T11:30:00Z \
	-s monitoring "$c" "Requests succeed again. We deployed a fix and are monitoring. Retrying is safe."
rm -rf site
mkdir site
run inc-publish -C r -q site
is "$status:$err" "0:" "publishing into an empty directory after a new event"
same_as_fresh "an empty directory is written whole"

# another site from the same repository: that one is written whole, and
# the first is again when published next
run inc-publish -C r -q other
rm "site/incidents/$a.html"
succeeds "setup: a new update" inc-status -C r --at 2026-11-23T11:40:00Z \
	-s resolved "$c" "Requests succeed. The fix works. No action is needed."
run inc-publish -C r -q site
is "$status:$err" "0:" "publishing into the first site again"
same_as_fresh "a site published after another is whole"

# settings change every page: all written again
git -C r config inc.pageName "Acme Status"
git -C r config inc.pageTeam "Acme SRE"
run inc-publish -C r -q site
is "$status:$err" "0:" "publishing after the settings changed"
like "$(cat "site/incidents/$a.html")" "Acme SRE" "an unchanged incident's page has the new settings"
same_as_fresh "with new settings, the same bytes"

# an older incident gives a component a spelling first: a newer one,
# unchanged, shows that spelling now
e=$(inc-open -C r --at 2026-11-23T11:50:00Z "Dashboard errors" 2>/dev/null)
succeeds "setup: an update naming Dashboard" inc-status -C r --at 2026-11-23T11:51:00Z \
	-p dashboard "$e" "The dashboard shows errors. We are investigating. Retrying is safe."
run inc-publish -C r -q site
like "$(cat "site/incidents/$e.html")" "This affects: <span dir=\"auto\">dashboard</span>" "setup: the newest spelling"
succeeds "setup: an older incident names DashBoard" inc-status -C r \
	--at 2026-11-23T11:55:00Z --force -s resolved -p DashBoard "$c" \
	"Requests succeed and the dashboard works. No action is needed."

old_feed=$(grep -l '<title>Acme Status: dashboard incident history</title>' site/components/*.atom)
run inc-publish -C r -q site
is "$status:$err" "0:" "publishing"
like "$(cat "site/incidents/$e.html")" "This affects: <span dir=\"auto\">DashBoard</span>" \
	"an unchanged incident's page shows the spelling an older one gave first"
if [ -f "$old_feed" ]; then ok "a feed no longer published stays"; else not_ok "a feed no longer published stays"; fi
rm -f "$old_feed"
same_as_fresh "and is what a fresh publish makes"

# a failed write leaves the cache as it was: the next run writes it all
rm -rf site/history.atom && mkdir site/history.atom
succeeds "setup: a new update" inc-status -C r --at 2026-11-23T11:58:00Z \
	-s resolved "$e" "The dashboard works again. No action is needed."
run inc-publish -C r -q site
is "$status" 1 "a file that cannot be written fails the run"
rmdir site/history.atom
run inc-publish -C r -q site
is "$status:$err" "0:" "and the next run succeeds"
same_as_fresh "writing what the failed run did not"

# the drill stays off the site, from the cache too
is "$(ls site/incidents | grep -c "$d")" 0 "a drill is not published"

# a long history: the feeds carry the 50 newest entries, the history is
# paged by quarter, and an old incident's new update rewrites its
# quarter's page, not the others
git init -q -b main big
git -C big config user.name "Test Writer" && git -C big config user.email test@example.com
git -C big config inc.writer 0000bead
awk 'function event(id, type, seq, n, extra,   at) {
	at = sprintf("%sT10:%02d:00Z", substr(id, 1, 10), seq)
	return sprintf("{\"actor\":{\"email\":\"test@example.com\",\"name\":\"Test Writer\"},\"at\":\"%s\",\"id\":\"%012x%016x\",\"incident\":\"%s\",\"recorded_at\":\"%s\",\"seq\":%d,%s\"type\":\"%s\",\"v\":2}\n", at, 1700000000 + seq, n, id, at, seq, extra, type)
}
BEGIN {
	printf "commit refs/heads/main\ncommitter Test Writer <test@example.com> 1700000000 +0000\ndata 9\ngenerated\n"
	for (i = 0; i < 60; i++) { # 3 a month, from January 2025 to August 2026
		y = 2025 + int(i / 36); m = 1 + int(i / 3) % 12
		id = sprintf("%04d-%02d-%02d-1000-incident-%d-aaaaaa", y, m, 1 + i % 3 * 9, i)
		text = event(id, "open", 1, i, "\"state\":\"resolved\",\"title\":\"Incident " i "\",")
		text = text event(id, "status", 2, i, "\"message\":\"Some requests failed. We are investigating. Retrying is safe.\",\"status\":\"resolved\",\"impact\":\"minor\",\"components\":[\"api\"],")
		printf "M 100644 inline incidents/%04d/%02d/%s/0000bead-000001.jsonl\ndata %d\n%s\n", y, m, id, length(text), text
	}
}' /dev/null | git -C big fast-import --quiet
git -C big checkout -q -f main
run inc-publish -C big big-site
is "$status:$err" "0:inc-publish: published 60 incidents, 60 updates to big-site" "setup: 60 incidents"
api_feed=$(ls big-site/components/*.atom)
is "$(grep -c '<entry>' big-site/history.atom):$(grep -c '<entry>' $api_feed)" "50:50" \
	"the site's and a component's feed: the 50 newest entries"
if [ -x /usr/bin/python3 ] && /usr/bin/python3 -c 'import feedparser' 2>/dev/null; then
	is "$(/usr/bin/python3 -c 'import sys, feedparser
for f in sys.argv[1:]:
    d = feedparser.parse(f)
    print(int(d.bozo), len(d.entries), d.entries[0].title, d.entries[-1].title)' big-site/history.atom $api_feed)" \
		"0 50 Incident 59: Resolved Incident 10: Resolved
0 50 Incident 59: Resolved Incident 10: Resolved" "feedparser reads them: newest first, the oldest left out"
else
	not_ok "feedparser reads the capped feeds (install python3-feedparser: sh tests/deps.sh)"
fi
is "$(cd big-site/history && ls | tr '\n' ' ')" \
	"2025-Q1.html 2025-Q2.html 2025-Q3.html 2025-Q4.html 2026-Q1.html 2026-Q2.html 2026-Q3.html " \
	"a page per quarter"
is "$(grep -o 'href="history/[^"]*"' big-site/history.html | tr '\n' ' ')" \
	'href="history/2026-Q3.html" href="history/2026-Q2.html" href="history/2026-Q1.html" href="history/2025-Q4.html" href="history/2025-Q3.html" href="history/2025-Q2.html" href="history/2025-Q1.html" ' \
	"history.html links to each, newest first"
is "$(grep -o '<h3>[A-Z][a-z]* 20[0-9]*</h3>\|Incident [0-9]*</a>' big-site/history.html | tr '\n' ' ')" \
	"<h3>August 2026</h3> Incident 59</a> Incident 58</a> Incident 57</a> <h3>July 2026</h3> Incident 56</a> Incident 55</a> Incident 54</a> " \
	"and shows the newest quarter, month by month"
is "$(grep -o '<h3>[A-Z][a-z]* 20[0-9]*</h3>\|Incident [0-9]*</a>' big-site/history/2025-Q1.html | tr '\n' ' ')" \
	"<h3>March 2025</h3> Incident 8</a> Incident 7</a> Incident 6</a> <h3>February 2025</h3> Incident 5</a> Incident 4</a> Incident 3</a> <h3>January 2025</h3> Incident 2</a> Incident 1</a> Incident 0</a> " \
	"a quarter's page lists its incidents"
rm -rf fresh && inc-publish -C big -q fresh && rm -f big/.git/incident-publish
if diff -r fresh big-site >/dev/null; then ok "setup: the same bytes"; else not_ok "setup: the same bytes"; fi
inc-publish -C big -q big-site
pages="$(cd big-site && ls history/*.html | grep -v 2025-Q1) incidents/$(ls big-site/incidents | grep -- '-incident-59-' | grep html$)"
before=$(cd big-site && stamp $pages)
sleep 1
old=$(ls big-site/incidents | grep -- '-incident-4-' | grep html$)
succeeds "setup: an update to an old incident" inc-status -C big --at 2026-11-23T11:00:00Z \
	--force -s resolved "${old%.html}" "A late word on this old incident. No action is needed."
stamp big-site/history/2025-Q1.html >"$TRASH/q1"
run inc-publish -C big -q big-site
is "$status:$err" "0:" "publishing an old incident's update"
is "$(cd big-site && stamp $pages)" "$before" \
	"the other quarters' pages and other incidents' pages are not written again"
if [ "$(stamp big-site/history/2025-Q1.html)" != "$(cat "$TRASH/q1")" ]; then ok "its quarter's page is"; else not_ok "its quarter's page is"; fi
like "$(cat big-site/history/2025-Q1.html)" "A late word on this old incident" "with the new update"
rm -rf fresh && mv big/.git/incident-publish "$TRASH/big-cache" && inc-publish -C big -q fresh &&
	mv "$TRASH/big-cache" big/.git/incident-publish
same_tree "the same bytes as a fresh publish" fresh big-site

# history rewritten: the HEAD the cache was made from is no longer an
# ancestor of HEAD, and its trees are gone from the repository; the
# incidents are taken from HEAD's trees, whatever the cache holds
git -C big reset -q --hard HEAD~1
succeeds "setup: another update to another old incident" inc-status -C big \
	--at 2026-11-23T11:30:00Z --force -s resolved \
	"$(ls big-site/incidents | grep -- '-incident-7-' | grep html$ | sed 's/\.html$//')" \
	"Another late word. No action is needed."
git -C big reflog expire --expire=now --all && git -C big gc -q --prune=now
run inc-publish -C big -q big-site
is "$status:$err" "0:" "publishing after the history was rewritten"
is "$(grep -c 'A late word on this old incident' big-site/history/2025-Q1.html)" 0 \
	"the update no longer in the history is gone"
like "$(cat big-site/history/2025-Q1.html)" "Another late word" "the new one is there"
rm -rf fresh && mv big/.git/incident-publish "$TRASH/big-cache" && inc-publish -C big -q fresh &&
	mv "$TRASH/big-cache" big/.git/incident-publish
same_tree "the same bytes as a fresh publish, after a rewrite" fresh big-site

done_testing
