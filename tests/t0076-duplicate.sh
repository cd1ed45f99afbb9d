#!/bin/sh
# inc-state ID duplicate OTHER: two responders opened "the same" incident
# on two clones; one is closed as a duplicate of the other, which keeps
# its events in its picture and post-mortem, and goes on telling
# customers on the status page.
. "$(dirname "$0")/lib.sh"

export INC_NO_FSYNC=1
at() {
	_t=$1
	shift
	env INC_NOW="2026-11-23T$_t:00Z" "$@"
}
sync() {
	git -C "$1" pull -q --no-edit origin main &&
	    git -C "$1" push -q origin main
}
git init -q --bare hub.git
git clone -q hub.git a 2>/dev/null
p=$(at 10:00 inc-open -C a "API errors in EU" 2>/dev/null)
git -C a push -q origin main
git clone -q hub.git b
for r in a b; do git -C $r config pull.rebase false; done
git -C b config user.name "Bob Lee"
git -C b config user.email bob@example.com
# offline, Bob opens the same outage again
q=$(at 10:01 inc-open -C b "EU API 500s" 2>/dev/null)
at 10:02 inc-note -C b "$q" "seen from Frankfurt" >/dev/null
at 10:02 inc-status -C b "$q" -s investigating \
	"We are looking into errors. There is no workaround yet." >/dev/null 2>&1
sync a
sync b
sync a
run at 10:03 inc-ls -C a
is "$(printf '%s\n' "$out" | awk '{ print $1 }' | tr '\n' ' ')" "$p $q " \
	"two incidents for one outage"

# --- bad input changes nothing ---
c0=$(commits b)
fails "a duplicate of itself" 1 \
	"inc-state: $q: cannot be a duplicate of itself" \
	inc-state -C b "$q" duplicate "$q"
fails "duplicate needs the other incident" 2 \
	"inc-state: duplicate: name the incident it duplicates
$(usage_of inc-state)" inc-state -C b "$q" duplicate
fails "of an incident that is not there" 1 \
	"inc-state: nope: no such incident" inc-state -C b "$q" duplicate nope
fails "only the duplicate's IC may close it" 1 \
	"inc-state: $p: only the incident commander (Ricardo Ortiz) can change its state; --force overrides and is recorded" \
	inc-state -C b "$p" duplicate "$q"
is "$(commits b)" "$c0" "nothing recorded"

# customers were told of the duplicate and not of the primary: the page
# would show all clear while the outage is open
fails "a primary customers were told nothing of" 1 \
	"inc-state: $p: customers were told of $q and not of this one, which the status page would then not show: post an update to this one first, or close it as the duplicate (--force closes it anyway)" \
	inc-state -C b "$q" duplicate "$p"
is "$(commits b)" "$c0" "nothing recorded"

c0=$(commits b)
at 10:04 inc-status -C b "$p" -s investigating \
	"API requests in the EU fail. We are investigating. There is no workaround yet." >/dev/null 2>&1
c0=$(commits b)


# --- closing it ---
run at 10:05 inc-state -C b -m "same outage" "$q" duplicate "$p"
is "$status:$out:$err" "0:@all: Incident Resolved: a duplicate of $p:" \
	"closed as a duplicate, announced"
is "$(commits b)" $((c0 + 2)) "two commits, one in each incident's log"
is "$(git -C b log -2 --format=%s | tr '\n' '|')" \
	"$p: Duplicate: $q|$q: Incident Resolved: a duplicate of $p|" \
	"the primary's event follows the duplicate's"
is "$(cat b/incidents/*/*/"$q"/*.jsonl | jq -sc 'sort_by(.seq) | last |
    [.type, .state, .duplicate_of, .message]')" \
	"[\"state\",\"resolved\",\"$p\",\"same outage\"]" \
	"the duplicate's log: resolved, duplicate_of"
is "$(cat b/incidents/*/*/"$p"/*.jsonl | jq -sc 'sort_by(.seq) | last |
    [.type, .duplicate, .actor.name]')" "[\"duplicate\",\"$q\",\"Bob Lee\"]" \
	"the primary's log names it"
fails "once only" 1 "inc-state: $q: already a duplicate of $p" \
	inc-state -C b "$q" duplicate "$p"
fails "nor of a duplicate" 1 \
	"inc-state: $q: a duplicate itself (of $p): name that one" \
	inc-state -C b "$p" duplicate "$q" --force
is "$(commits b)" $((c0 + 2)) "refusals record nothing, the batch neither"
sync b
sync a

for r in a b; do
	run at 10:06 inc-ls -C $r
	is "$(printf '%s\n' "$out" | awk '{ print $1 }')" "$p" \
		"clone $r: the duplicate leaves the active list"
done
run at 10:06 inc-ls -C a --all
is "$(printf '%s\n' "$out" | grep "$q" | sed 's/.*  //')" "[duplicate] EU API 500s" \
	"inc-ls --all marks it"
is "$(at 10:06 inc-ls -C a --all -j | jq -c 'select(.incident == "'"$q"'") | [.state, .duplicate_of]')" \
	"[\"resolved\",\"$p\"]" "inc-ls -j has duplicate_of"
run at 10:06 inc-state -C a "$q"
is "$(printf '%s\n' "$out" | sed -n 2,3p)" "state        resolved (0) since 2026-11-23 10:05 UTC
duplicate of $p" "the duplicate's picture says of what"
run at 10:06 inc-state -C a "$p"
is "$(printf '%s\n' "$out" | sed -n 3p)" "duplicates   $q" \
	"the primary's picture lists it"
is "$(inc-state -C a -j "$p" | jq -c .duplicates)" "[\"$q\"]" "--json too"
run inc-postmortem -C a "$p"
is "$(printf '%s\n' "$out" | sed -n '/^## Duplicates/,/^## Sitreps/p')" "## Duplicates

### \`$q\`: EU API 500s

| Time | Who | What |
|---|---|---|
| 2026-11-23 10:01:00 | Bob Lee | opened (investigating): EU API 500s |
| 2026-11-23 10:02:00 | Bob Lee | note: seen from Frankfurt |
| 2026-11-23 10:02:00 | Bob Lee | customer update (investigating): We are looking into errors. There is no workaround yet. |
| 2026-11-23 10:05:00 | Bob Lee | state -> resolved as a duplicate of $p: same outage |

## Sitreps" "the primary's post-mortem lists the duplicate and its events"
is "$(inc-postmortem -C a -F json "$p" | jq -c '[.duplicates[].id, (.duplicates[0].events | length), .timeline[-1].type]')" \
	"[\"$q\",4,\"duplicate\"]" "its JSON too"
run inc-postmortem -C a "$q"
is "$(printf '%s\n' "$out" | grep Closed)" \
	"- Closed as a duplicate of: \`$p\` (its post-mortem covers this one)" \
	"the duplicate's post-mortem points at the primary"
run inc-postmortem -C a --due
is "$status:$out" "0:" "no post-mortem is owed for a duplicate (as grep: 0, none)"
run inc-publish -C a site
is "$status:$err" "0:inc-publish: published 2 incidents, 3 updates to site" \
	"the status page shows both"
is "$(jq -c '[.status.indicator, [.incidents[].name]]' site/api/v2/summary.json)" '["minor",["API errors in EU"]]' \
	"the primary open, never all clear"
is "$(jq -c '.incidents[] | select(.name == "EU API 500s") | [.status, .incident_updates[0].body]' site/api/v2/incidents.json)" \
	'["resolved","This incident has been merged into another one on this page, where updates continue."]' \
	"the duplicate resolved, saying where the updates continue"
git -C a config inc.pageDuplicateMessage "Merged into the API incident."
run inc-publish -C a -q site
is "$(jq -r '.incidents[] | select(.name == "EU API 500s") | .incident_updates[0].body' site/api/v2/incidents.json)" \
	"Merged into the API incident." "inc.pageDuplicateMessage says it otherwise"
for r in a b; do
	run inc-verify -C $r
	like "$status:$out" "^0:verified " "inc-verify proves clone $r's history"
	fsck_clean "fsck is clean in clone $r" $r
done

# --- opened again, it is no longer a duplicate ---
run as "Bob Lee" bob@example.com inc-state -C a "$q" investigating
is "$status:$out" "0:@all: Incident Investigating" "reopened"
is "$(inc-state -C a -j "$q" | jq -c '[.state, .duplicate_of]')" '["investigating",null]' \
	"no longer a duplicate"
is "$(inc-postmortem -C a -F json "$p" | jq -c '.duplicates')" "[]" \
	"nor listed in the primary's post-mortem"
run inc-state -C a "$p"
is "$(printf '%s\n' "$out" | grep -c '^duplicates')" 0 "nor in its picture"

# --- closed apart as duplicates of each other (a cycle neither saw) ---
# Ricardo closes x as a duplicate of y on his clone while Bob, offline,
# closes y as a duplicate of x: the closure made first stands, the later
# one leaves its incident open with a conflict, and the page never shows
# all clear. Run twice, Bob first then Ricardo first, so that each order
# of the logs is folded.
inc-init cyc.git >/dev/null 2>&1
inc-init -u "file://$TRASH/cyc.git" rc >/dev/null 2>&1
inc-init -u "file://$TRASH/cyc.git" bc >/dev/null 2>&1
git -C bc config user.name "Bob Lee"
git -C bc config user.email bob@example.com
for r in rc bc; do git -C $r config inc.autoSync false; done
cycle() { # $1 $2: when Ricardo and Bob close theirs
	x=$(at 11:00 inc-open -C rc "Checkout errors" 2>/dev/null)
	at 11:01 inc-status -C rc "$x" -s investigating -p api=partial_outage -p web=partial_outage \
		"Checkout fails for some customers. We are investigating. There is no workaround yet." >/dev/null 2>&1
	inc-sync -q -C rc
	inc-sync -q -C bc
	y=$(at 11:02 inc-open -C bc "Payments failing" 2>/dev/null)
	at 11:03 inc-status -C bc "$y" -s investigating -p web=partial_outage -p api=partial_outage \
		"Payments fail for some customers. We are investigating. There is no workaround yet." >/dev/null 2>&1
	inc-sync -q -C bc
	inc-sync -q -C rc
	at "$1" inc-state -C rc "$x" duplicate "$y" >/dev/null
	at "$2" inc-state -C bc "$y" duplicate "$x" >/dev/null
	inc-sync -q -C rc
	inc-sync -q -C bc
	inc-sync -q -C rc
}
cycle 11:10 11:12
run at 11:13 inc-ls -C bc
is "$status:$(printf '%s\n' "$out" | awk '{ print $1, $2 }')" "0:$y investigating" \
	"the later closure (Bob's) does not stand: his incident stays open"
run at 11:13 inc-ls -C rc --all -j
is "$(printf '%s\n' "$out" | jq -sc "map(select(.incident == \"$x\" or .incident == \"$y\")) | map([.state, .duplicate_of])")" \
	"[[\"resolved\",\"$y\"],[\"investigating\",null]]" \
	"Ricardo's, made first, does: x is a duplicate of y, on either clone"
is "$(inc-state -C bc -j "$y" | jq -c '[.duplicates, [.conflicts[].kind]]')" \
	"[[\"$x\"],[\"duplicate\"]]" "y keeps x as its duplicate, and a conflict"
is "$(inc-state -C rc -j "$x" | jq -c '[.duplicates, .conflicts]')" "[null,[]]" \
	"x has no duplicate and no conflict"
run at 11:13 inc-check -C rc "$y"
is "$status:$(printf '%s\n' "$out" | grep ^conflicts)" \
	"1:conflicts    ACTION closed as a duplicate of $x by Bob Lee at 11:12, apart from Ricardo Ortiz closing it as a duplicate of this one at 11:10: this one stays open - set the state explicitly to settle it" \
	"inc-check tells the IC, exit 1"
run at 11:13 inc-publish -C rc -q cycsite
is "$status:$(jq -c '[.status.indicator, [.incidents[].name]]' cycsite/api/v2/summary.json)" \
	'0:["major",["Payments failing"]]' "the page shows y open, never all clear"
run as "Bob Lee" bob@example.com env INC_NOW=2026-11-23T11:14:00Z \
	inc-state -C bc "$y" investigating
is "$status:$out" "0:@all: Incident Investigating" \
	"setting the state it has settles it (not 'already investigating')"
is "$(inc-state -C bc -j "$y" | jq -c '[.state, .conflicts]')" '["investigating",[]]' \
	"settled"
inc-sync -q -C bc
inc-sync -q -C rc

cycle 11:22 11:20
run at 11:23 inc-ls -C rc
is "$(printf '%s\n' "$out" | awk '{ print $1, $2 }' | grep -c "$x investigating")" 1 \
	"Bob first: Ricardo's x stays open"
is "$(inc-state -C bc -j "$y" | jq -c '[.state, .duplicate_of, .conflicts]')" \
	"[\"resolved\",\"$x\",[]]" "and Bob's y is its duplicate"
is "$(inc-state -C rc -j "$x" | jq -c '[.state, .duplicates, [.conflicts[].kind]]')" \
	"[\"investigating\",[\"$y\"],[\"duplicate\"]]" "x has the conflict"
# Ricardo settles it the other way: x is the duplicate after all
at 11:24 inc-state -C rc -m "y has the payments team" "$y" investigating --force >/dev/null 2>&1
run at 11:25 inc-state -C rc "$x" duplicate "$y"
is "$status" 0 "y opened again, x closes as its duplicate"
is "$(inc-state -C rc -j "$x" | jq -c '[.state, .duplicate_of, .conflicts]')" \
	"[\"resolved\",\"$y\",[]]" "the closure made after both stands, no conflict"
is "$(inc-state -C rc -j "$y" | jq -c '[.state, .duplicates]')" \
	"[\"investigating\",[\"$x\"]]" "y open, x its duplicate"
run inc-verify -C rc
like "$status:$out" "^0:verified " "inc-verify proves the history"

# a drill and a real incident are never one: the page shows no drill,
# so the real one merged into it would show all clear while it is open
d=$(at 11:30 inc-open -C rc --drill "Failover drill" 2>/dev/null)
c0=$(commits rc)
fails "a real incident is no duplicate of a drill, forced or not" 1 \
	"inc-state: $y: not a drill, and $d is one: a real incident is never a duplicate of a drill, which the status page does not show" \
	inc-state -C rc --force "$y" duplicate "$d"
fails "nor a drill one of a real incident" 1 \
	"inc-state: $d: a drill, and $y is not: a drill is never a duplicate of a real incident (resolve the drill instead)" \
	inc-state -C rc "$d" duplicate "$y"
is "$(commits rc)" "$c0" "nothing recorded"

# --- a cycle of three closed apart on three clones ---
# Ricardo closes u as a duplicate of v, Bob v of w and Carla w of u, each
# on a clone of their own, and none saw the others': no log holds the
# cycle. As for two, the closure made last (Bob's, made second) does not
# stand: v stays open with the conflict, and the page is never all clear.
inc-init -u "file://$TRASH/cyc.git" cc >/dev/null 2>&1
git -C cc config user.name "Carla Diaz"
git -C cc config user.email carla@example.com
git -C cc config inc.autoSync false
for r in rc bc; do inc-sync -q -C $r; done
u=$(at 12:00 inc-open -C rc "Login errors" 2>/dev/null)
at 12:01 inc-status -C rc "$u" -s investigating -p auth=partial_outage -p sso=major_outage \
	"Logins fail for some customers. We are investigating. There is no workaround yet." >/dev/null 2>&1
v=$(at 12:02 inc-open -C bc "Sessions dropped" 2>/dev/null)
at 12:03 inc-status -C bc "$v" -s investigating -p auth=partial_outage -p sso=major_outage \
	"Customers are signed out. We are investigating. There is no workaround yet." >/dev/null 2>&1
w=$(at 12:04 inc-open -C cc "SSO down" 2>/dev/null)
at 12:05 inc-status -C cc "$w" -s investigating -p sso=major_outage -p auth=partial_outage \
	"Single sign-on fails. We are investigating. There is no workaround yet." >/dev/null 2>&1
for r in rc bc cc rc bc; do inc-sync -q -C $r; done
at 12:10 inc-state -C rc "$u" duplicate "$v" >/dev/null
at 12:12 inc-state -C bc "$v" duplicate "$w" >/dev/null
at 12:11 inc-state -C cc "$w" duplicate "$u" >/dev/null
for r in rc bc cc rc bc; do inc-sync -q -C $r; done
three() { # $1: the clone; u, v and w as inc-ls --all -j has them
	at 12:13 inc-ls -C "$1" --all -j | jq -sc "map(select(.incident == \"$u\" or
	    .incident == \"$v\" or .incident == \"$w\")) | map([.state, .duplicate_of])"
}
for r in rc bc cc; do
	is "$(three $r)" "[[\"resolved\",\"$v\"],[\"investigating\",null],[\"resolved\",\"$u\"]]" \
		"a cycle of three, clone $r: the closure made last (v's) does not stand"
	run at 12:13 inc-ls -C $r
	is "$status:$(printf '%s\n' "$out" | grep "^$v " | awk '{ print $2 }'):$(printf '%s\n' "$out" | grep -c '\[conflict\] Sessions dropped$')" "0:investigating:1" \
		"a cycle of three, clone $r: v is listed active, with its conflict"
done
is "$(inc-state -C cc -j "$v" | jq -c '[.duplicates, [.conflicts[] | .kind, .of]]')" \
	"[[\"$u\"],[\"duplicate\",\"$w\"]]" "v keeps u as its duplicate, and a conflict"
is "$(inc-state -C cc -j "$w" | jq -c '[.duplicates, .conflicts]')" "[[],[]]" \
	"w has no duplicate (v's closure does not stand) and no conflict"
is "$(inc-state -C cc -j "$u" | jq -c '[.duplicate_of, .duplicates, .conflicts]')" "[\"$v\",[\"$w\"],[]]" \
	"u stays a duplicate of v, w one of u"
run at 12:13 inc-check -C cc "$v"
is "$status:$(printf '%s\n' "$out" | grep ^conflicts)" \
	"1:conflicts    ACTION closed as a duplicate of $w by Bob Lee at 12:12, apart from Ricardo Ortiz closing $u as a duplicate of this one at 12:10: this one stays open - set the state explicitly to settle it" \
	"a cycle of three: inc-check tells the IC, exit 1"
run at 12:13 inc-publish -C cc -q cyc3site
is "$status:$(jq -c '[.incidents[] | select(.name == "Sessions dropped" or .name == "SSO down" or .name == "Login errors") | [.name, .status]] | sort' cyc3site/api/v2/incidents.json)" \
	'0:[["Login errors","resolved"],["SSO down","resolved"],["Sessions dropped","investigating"]]' \
	"a cycle of three: the page shows v open"
run as "Bob Lee" bob@example.com env INC_NOW=2026-11-23T12:14:00Z \
	inc-state -C bc "$v" investigating
is "$status:$out" "0:@all: Incident Investigating" \
	"a cycle of three: setting the state it has settles it"
is "$(inc-state -C bc -j "$v" | jq -c '[.state, .duplicate_of, .conflicts]')" '["investigating",null,[]]' \
	"settled: v open, a duplicate of none"
is "$(three bc)" "[[\"resolved\",\"$v\"],[\"investigating\",null],[\"resolved\",\"$u\"]]" \
	"and u and w still duplicates, of v and u"
run inc-verify -C bc
like "$status:$out" "^0:verified " "inc-verify proves the history"

# --- the duplicate told customers a component is down, and no update of
# the primary names it: closing it would show that component operational
# on the page while its outage goes on
new_repo dc
api=$(at 13:00 inc-open -C dc "Slow API" 2>/dev/null)
at 13:01 inc-status -C dc "$api" -s investigating -p API=degraded_performance \
	"The API is slow for some customers. We are investigating. There is no workaround yet." >/dev/null 2>&1
search=$(at 13:05 inc-open -C dc "Search down" 2>/dev/null)
at 13:06 inc-status -C dc "$search" -s investigating -p Search=major_outage \
	"Search is unavailable for all customers. We are investigating. There is no workaround yet." >/dev/null 2>&1
c0=$(commits dc)
fails "a primary whose updates name no component the duplicate told was down" 1 \
	"inc-state: $api: customers were told Search is major_outage by $search, and no update of this one names it, so the status page would show it operational: post an update to this one naming it first (inc-status -p), or --force closes it anyway" \
	at 13:10 inc-state -C dc "$search" duplicate "$api"
is "$(commits dc)" "$c0" "nothing recorded"
at 13:11 inc-status -C dc "$api" -s investigating -p Search=major_outage \
	"The API is slow and search is unavailable. We are investigating. There is no workaround yet." >/dev/null 2>&1
run at 13:12 inc-state -C dc "$search" duplicate "$api"
is "$status" 0 "named by the primary, it is closed"
run at 13:13 inc-publish -C dc -q dcsite
is "$status:$(jq -r '.components[] | select(.name == "Search") | .status' dcsite/api/v2/summary.json)" \
	"0:major_outage" "and the page shows Search down still"

# a follow-up action on the duplicate would be seen by no one (the
# primary's post-mortem covers it, and --due watches its actions)
fails "an action on a duplicate is refused: record it on the primary" 1 \
	"inc-postmortem: $search: closed as a duplicate of $api, whose post-mortem covers it: record the action there" \
	inc-postmortem -C dc -A "Alert on search index lag" -o "Bo Chen <bo@example.com>" -B 2026-12-01 "$search"
run inc-postmortem -C dc -A "Alert on search index lag" -o "Bo Chen <bo@example.com>" -B 2026-12-01 "$api"
is "$status" 0 "on the primary it is recorded"

done_testing
