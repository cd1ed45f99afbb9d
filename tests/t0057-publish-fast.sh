#!/bin/sh
# inc-publish from its site state: a run after a few events reads only
# the incidents that changed and those a bounded file shows, and makes
# the bytes a publish into an empty directory makes; whenever it cannot
# be sure of that (an incident gone, history rewritten, the state or the
# settings changed, ...) it reads every incident. INC_PUBLISH_TRACE says
# which way a run went.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T23:00:00Z INC_NO_FSYNC=1
new_repo r
cache=r/.git/incident-publish
state=r/.git/incident-publish-state

# incident AT TITLE COMPONENT [IMPACT]: a new incident with one update
incident() {
	id=$(inc-open -C r --at "$1" "$2" 2>/dev/null)
	inc-status -C r --at "$1" -i "${4:-minor}" -p "$3" "$id" \
		"Some requests fail. We are investigating. Retrying is safe." >/dev/null 2>&1
	echo "$id"
}
# later AT: AT plus a minute
old1=$(incident 2026-02-03T10:00:00Z "Old search outage" search major)
inc-status -C r --at 2026-02-03T11:00:00Z -s resolved "$old1" \
	"Searches work again. We rolled back the change. No action is needed." >/dev/null 2>&1
old2=$(incident 2026-05-10T10:00:00Z "Old API errors" api)
inc-state -C r --at 2026-05-10T12:00:00Z "$old2" resolved >/dev/null 2>&1
old3=$(incident 2026-06-01T10:00:00Z "Old search errors" search)
inc-state -C r --at 2026-06-01T12:00:00Z "$old3" resolved >/dev/null 2>&1
for d in 01 02 03 04 05 06; do
	i=$(incident "2026-10-${d}T08:00:00Z" "October $d" api)
	inc-state -C r --at "2026-10-${d}T09:00:00Z" "$i" resolved >/dev/null 2>&1
done

# same_as_fresh NAME: the site is what a publish into an empty directory
# makes, without the cache and the state (put back as they were)
same_as_fresh() {
	rm -rf fresh
	mv "$cache" "$TRASH/cache" 2>/dev/null
	mv "$state" "$TRASH/state" 2>/dev/null
	inc-publish -C r -q fresh
	rm -f "$cache" "$state"
	mv "$TRASH/cache" "$cache" 2>/dev/null
	mv "$TRASH/state" "$state" 2>/dev/null
	same_tree "$1: the bytes of a fresh publish" fresh site
}
# publish NAME WAY: publish into site, which reads only what changed
# (WAY fast) or every incident (WAY: the reason given), as a fresh one
fast="inc-publish: read only what changed"
publish() { # NAME fast|WHY [-f: over a site showing more, as deleting does]
	INC_PUBLISH_TRACE=1 run inc-publish -C r -q ${3:-} site
	if [ "$2" = fast ]; then
		is "$status:$err" "0:$fast" "$1: only what changed is read"
	else
		is "$status:$err" "0:inc-publish: read every incident: $2" "$1: every incident is read"
	fi
	same_as_fresh "$1"
	# each incident's components are the components as they are now
	# (the incident's JSON is kept as text, its components put in anew)
	succeeds "$1: an incident's components as components.json has them" \
	    jq -n -e --slurpfile c site/api/v2/components.json '
		[inputs | .incidents[]?, .scheduled_maintenances[]? |
		.components[]] | length > 0 and
		all(. as $x | $c[0].components | any(. == $x))' \
	    site/api/v2/summary.json site/api/v2/incidents.json
}

publish "a first publish" "no site state"
publish "nothing new" fast
publish "nothing new, again" fast

a=$(incident 2026-11-20T08:00:00Z "Slow checkout" api)
publish "a new incident" fast
inc-status -C r --at 2026-11-20T08:30:00Z -s identified -i major "$a" \
	"Checkout is slow. We found the cause and are deploying a fix. Retrying is safe." >/dev/null 2>&1
publish "an update to an open incident" fast
inc-status -C r --at 2026-11-20T09:00:00Z -s resolved "$a" \
	"Checkout is fast again. The fix is deployed. No action is needed." >/dev/null 2>&1
publish "resolving it" fast
b=$(inc-open -C r --at 2026-11-21T08:00:00Z "Slow logins" 2>/dev/null)
publish "an incident with no update yet" fast
inc-status -C r --at 2026-11-21T08:10:00Z -i minor -p "API" "$b" \
	"Logins are slow. We are investigating. Retrying is safe." >/dev/null 2>&1
publish "its first update, naming a component spelt otherwise" fast
is "$(jq -r '.incidents[0].components[0].name' site/api/v2/incidents.json)" api \
	"the component is shown as first spelt"
inc-state -C r --at 2026-11-21T09:00:00Z "$b" resolved >/dev/null 2>&1
publish "an incident resolved by its state" fast

inc-status -C r --at 2026-11-22T08:00:00Z -f "$old3" \
	"A follow-up: the cause is fixed for good. No action is needed." >/dev/null 2>&1
publish "an update to an incident in an old quarter" "a time or quarter needs every incident"
inc-status -C r --at 2026-11-22T08:01:00Z -f "$old1" \
	"A follow-up: the cause is fixed for good. No action is needed." >/dev/null 2>&1
publish "an update to the incident that named a component first" "a component name changed"
publish "then nothing new" fast

c=$(incident 2026-11-22T10:00:00Z "Billing errors" billing critical)
publish "a new component" "a component name changed"
d=$(incident 2026-11-22T11:00:00Z "More billing errors" Billing)
publish "the new component spelt otherwise" fast

m=$(inc-open -C r --at 2026-11-22T12:00:00Z "Database upgrade" 2>/dev/null)
inc-status -C r --at 2026-11-22T12:05:00Z --maintenance scheduled \
	--from 2026-11-25T02:00:00Z --until 2026-11-25T04:00:00Z -p search \
	"$m" "We will upgrade the database behind search." >/dev/null 2>&1
publish "a maintenance scheduled" fast
inc-status -C r --at 2026-11-23T01:00:00Z --maintenance in-progress "$m" \
	"The upgrade has begun." >/dev/null 2>&1
publish "the maintenance started" fast
inc-status -C r --at 2026-11-23T02:00:00Z --maintenance completed "$m" \
	"The upgrade is done." >/dev/null 2>&1
publish "the maintenance completed" fast
# announced on the 22nd, begun on the 23rd: the front page's past
# incidents date it as the history and the JSON do, by when it began
is "$(sed -n '/<h2>Past incidents/,$p' site/index.html |
    grep -o '<h3>2026-11-2[23]</h3>\|Database upgrade</a>' | tr '\n' ' ')" \
	"<h3>2026-11-23</h3> Database upgrade</a> <h3>2026-11-22</h3> " \
	"the maintenance is past on the day it began, not the day it was announced"
is "$(jq -r '.scheduled_maintenances[] | select(.name == "Database upgrade") |
    .started_at' site/api/v2/scheduled-maintenances.json):$(sed -n '/<h3>November 2026/,/<h3>/p' site/history.html |
    grep -c 'Database upgrade</a>')" "2026-11-23T01:00:00.000Z:1" \
	"as the JSON's started_at and the history's month have it"

dr=$(inc-open -C r --drill --at 2026-11-23T03:00:00Z "Failover practice" 2>/dev/null)
inc-status -C r --at 2026-11-23T03:05:00Z -p dns "$dr" \
	"Name lookups fail. We are failing over. There is no workaround yet." >/dev/null 2>&1
publish "a drill" fast

# an incident removed from the history (its own pages stay, as a run
# that reads every incident leaves them: not compared)
git -C r rm -q -r "incidents/2026/11/$d" && git -C r commit -q -m "gone"
rm -f "site/incidents/$d.html" "site/incidents/$d.atom"
publish "an incident deleted" "an incident is gone or its tree does not read" -f

# history rewritten: the tree the state was made from is no longer there
e=$(incident 2026-11-23T04:00:00Z "Errors" search)
publish "one more" fast
git -C r reset -q --hard HEAD~2
git -C r reflog expire --expire=now --all && git -C r gc -q --prune=now
rm -f "site/incidents/$e.html" "site/incidents/$e.atom"
publish "history rewritten" "an incident is gone or its tree does not read" -f
incident 2026-11-23T05:00:00Z "Errors again" search >/dev/null
publish "after the rewrite" fast

# the state
rm "$state"
incident 2026-11-23T06:00:00Z "Timeouts" api >/dev/null
publish "the state removed" "no site state"
head -c 100 "$state" >"$TRASH/cut" && cp "$TRASH/cut" "$state"
publish "the state cut short" "no site state"
sed 's/api/apj/' "$state" >"$TRASH/garbled" && cp "$TRASH/garbled" "$state"
publish "the state garbled" "no site state"
publish "then" fast
printf x >>"$cache"
publish "the cache appended to" "the cache is not as the state has it"

# the settings
git -C r config inc.pageName "Example status"
publish "the settings changed" "the settings changed"
publish "then" fast

# another site
INC_PUBLISH_TRACE=1 run inc-publish -C r -q other
is "$status:$err" "0:inc-publish: read every incident: not the site the state is for" \
	"publishing into another directory reads every incident"
publish "the first site again" "not the site the state is for"

# a run cut short while writing incident pages
: >r/.git/incident-publish-writing
publish "after a run cut short" "a run was cut short"

# many: the bounded lists
for k in $(seq 1 60); do
	t=$(printf '2026-11-23T07:%02d:00Z' "$k")
	[ "$k" -lt 60 ] || t=2026-11-23T08:00:00Z
	id=$(inc-open -C r --at "$t" "Burst $k" 2>/dev/null)
	inc-status -C r --at "$t" -i minor -p api -s resolved "$id" \
		"It works again. No action is needed." >/dev/null 2>&1
done
publish "sixty more" fast
incident 2026-11-23T09:00:00Z "After the burst" search >/dev/null
publish "past the bounded lists" fast

# a random mix, the same every run
seed=20261202
# rand N: r is a number from 0 to N - 1 (not in a subshell: seed moves on)
rand() { seed=$(( (seed * 1103515245 + 12345) % 2147483648 )); r=$(( seed / 65536 % $1 )); }
names="api search API dns billing Search eu-dashboard"
fasts=0
minute=0
for step in $(seq 1 36); do
	minute=$((minute + 1))
	t=$(printf '2026-11-23T1%d:%02d:00Z' $((minute / 60)) $((minute % 60)))
	ids=$(git -C r ls-tree -d --name-only -r HEAD incidents | awk -F/ 'NF == 4 { print $4 }')
	count=$(printf '%s\n' "$ids" | wc -l)
	rand "$count"
	pick=$(printf '%s\n' "$ids" | sed -n "$((r + 1))p")
	rand 7
	name=$(echo $names | cut -d' ' -f$((r + 1)))
	rand 7
	case $r in
	0|1) what="a new incident naming $name"
		incident "$t" "Step $step" "$name" >/dev/null ;;
	2) what="an update to $pick"
		inc-status -C r --at "$t" -f -i major -p "$name" "$pick" \
			"It is worse. We are investigating. Retrying is safe." >/dev/null 2>&1 ;;
	3) what="resolving $pick"
		inc-status -C r --at "$t" -f -s resolved "$pick" \
			"It works again. No action is needed." >/dev/null 2>&1 ;;
	4) what="a maintenance"
		id=$(inc-open -C r --at "$t" "Upgrade $step" 2>/dev/null)
		inc-status -C r --at "$t" --maintenance scheduled \
			--from 2026-11-26T02:00:00Z --until 2026-11-26T03:00:00Z \
			-p "$name" "$id" "We will upgrade." >/dev/null 2>&1 ;;
	5) what="an incident with no update"
		inc-open -C r --at "$t" "Quiet $step" >/dev/null 2>&1 ;;
	6) what="nothing new" ;;
	esac
	INC_PUBLISH_TRACE=1 run inc-publish -C r -q site
	[ "$err" != "$fast" ] || fasts=$((fasts + 1))
	is "$status" 0 "random step $step ($what): published ($err)"
	same_as_fresh "random step $step"
done
if [ "$fasts" -ge 12 ]; then
	ok "most random steps read only what changed ($fasts of 36)"
else
	not_ok "most random steps read only what changed ($fasts of 36)"
fi

# a post-mortem published
printf '# What happened\n\nA bad deploy. We now canary every change.\n' >"$TRASH/pm.md"
succeeds "setup: a post-mortem" inc-postmortem -C r --at 2026-11-23T13:00:00Z -P "$TRASH/pm.md" "$a"
publish "a post-mortem" fast
like "$(cat "site/incidents/$a.html")" "We now canary every change" "the post-mortem is on its page"
# right to left, with a link, code and a table: the same bytes either way
printf '%s\n' '# ما حدث' '' 'نشر سيئ؛ انظر [التقرير](https://example.com/r?a=1&b=2) و `deploy --canary`.' '' \
	'| الوقت | الحدث |' '| --- | :-: |' '| 12:00 | **نشر** |' >"$TRASH/pm-ar.md"
succeeds "setup: a post-mortem right to left" inc-postmortem -C r --at 2026-11-23T13:10:00Z -P "$TRASH/pm-ar.md" "$a"
publish "a post-mortem right to left, with a table" fast
like "$(cat "site/incidents/$a.html")" '<tr><td dir="auto">12:00</td><td dir="auto" style="text-align:center"><strong>نشر</strong></td></tr>' \
	"its table is on its page"

# declared components, two in a group (the feeds of components no
# longer listed stay, as a run that reads every incident leaves them)
rm -f site/components/*.atom
git -C r config inc.component api
git -C r config --add inc.component search
git -C r config --add inc.component billing
git -C r config --add inc.component payments
git -C r config component.api.group Platform
git -C r config component.search.group Platform
publish "components declared" "the settings changed"
f=$(incident 2026-11-23T14:00:00Z "Declared" API major)
is "$(event_field r "$f" '.components[0]' | tail -n 1)" api "setup: the incident names api"
publish "an incident naming a declared component" fast
# one no update named is dated from the page's first update (not 1970),
# in a run that read only what changed as in one that read every incident
is "$(jq -c '.components[] | select(.name == "payments") | [.created_at, .updated_at, .start_date]' site/api/v2/components.json)" \
	'["2026-02-03T10:00:00.000Z","2026-02-03T10:00:00.000Z",null]' \
	"a component never named: the page's first update's time"
succeeds "setup: resolving it" inc-status -C r --at 2026-11-23T14:30:00Z -s resolved -p billing "$f" \
	"It works again. No action is needed."
publish "resolving it, naming another" fast

# months later: a new quarter; the front page's and the uptime days move on
export INC_NOW=2027-03-02T00:00:00Z
g=$(incident 2027-03-01T10:00:00Z "Months later" api)
publish "a new quarter, months later" fast
succeeds "setup: resolving it" inc-status -C r --at 2027-03-01T11:00:00Z -s resolved "$g" \
	"It works again. No action is needed."
publish "resolving it" fast
git -C r rm -q -r "incidents/2027/03/$g" && git -C r commit -q -m "gone"
rm -f "site/incidents/$g.html" "site/incidents/$g.atom" "site/history/2027-Q1.html"
publish "the new quarter's only incident deleted" "an incident is gone or its tree does not read" -f

done_testing
