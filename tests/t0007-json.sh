#!/bin/sh
# One JSON vocabulary, version 2, across every --json output and the log
# (incident(7), JSON): a person is {name, email}, times end in _at,
# durations in _seconds, incident is the id; logs of version 1 are read
# and printed in version 2.
. "$(dirname "$0")/lib.sh"

# --- an incident with every kind of event, some of it overdue

export INC_NOW=2026-03-02T12:00:00Z
new_repo r
run inc-open -C r --at 2026-03-02T09:00:00Z -m "5xx from the API" \
	"API errors in EU"
id=$out
succeeds "setup: comms with an email" inc-handoff -C r \
	--at 2026-03-02T09:05:00Z comms "Zoë Ðurić Jr. <zoe@example.com>"
succeeds "setup: ops by name only" inc-handoff -C r \
	--at 2026-03-02T09:06:00Z ops:db "O'Brien, Seán"
succeeds "setup: a note" inc-note -C r --at 2026-03-02T09:10:00Z "db at 100%"
succeeds "setup: readings" inc-note -C r --at 2026-03-02T09:11:00Z --metric "5xx rate" 31%
succeeds "setup: readings" inc-note -C r --at 2026-03-02T09:12:00Z --metric "5xx rate" 12%
succeeds "setup: the next IC" inc-handoff -C r --at 2026-03-02T09:13:00Z --next ic \
	"Zoë Ðurić Jr. <zoe@example.com>"
succeeds "setup: a sitrep" inc-sitrep -C r --at 2026-03-02T09:20:00Z \
	-b "API returns 500" -i "EU customers" -d "Failing over"
succeeds "setup: a customer update" inc-status -C r \
	--at 2026-03-02T09:25:00Z -s identified -i major -p api \
	"We have identified elevated error rates on the API for customers in Europe and are working to restore service. There is no workaround at this time. We will post another update by 10:00 UTC."
succeeds "setup: major" inc-state -C r --at 2026-03-02T09:30:00Z major
run inc-open -C r --at 2026-03-01T08:00:00Z "Disk full"
old=$out
succeeds "setup: the old one's owner" inc-postmortem -C r \
	--at 2026-03-01T08:10:00Z --owner "Zoë Ðurić Jr. <zoe@example.com>" "$old"
run inc-postmortem -C r \
	--at 2026-03-01T08:11:00Z --action "Alert on disk" --owner "O'Brien, Seán" \
	--by 2026-03-01 "$old"
is "$status:$err" "0:inc-postmortem: warning: 2026-03-01: the due date is already past (recorded all the same)" \
	"setup: an action due long ago, said to be past"
succeeds "setup: the old one resolved" inc-state -C r \
	--at 2026-03-01T09:00:00Z "$old" resolved

# every JSON a tool prints, one value a line, named by where it came from
out_of() {
	name=$1
	shift
	"$@" 2>"$TRASH/json.err" | jq -c --arg n "$name" '{n: $n, j: .}' \
	    >>"$TRASH/all.json" || echo "$name" >>"$TRASH/json.failed"
}
: >"$TRASH/all.json"
out_of "inc-state -j" inc-state -C r -j "$id"
out_of "inc-state -j (resolved)" inc-state -C r -j "$old"
out_of "inc-ls -j" inc-ls -C r -j --all
out_of "inc-log -j" inc-log -C r -j "$id"
out_of "inc-log -j (old)" inc-log -C r -j "$old"
out_of "inc-postmortem -j" inc-postmortem -C r -j "$old"
out_of "inc-postmortem -D -j" inc-postmortem -C r -D -j
out_of "inc-sitrep -l -j" inc-sitrep -C r -l -j "$id"
out_of "inc-sitrep -D -j" inc-sitrep -C r -D -j
out_of "inc-status -D -j" inc-status -C r -D -j
out_of "inc-verify -j" inc-verify -C r -j
out_of "inc-brief -j" inc-brief -C r -j "$id"
out_of "inc-check -j" inc-check -C r -j "$id"
is "$(cat "$TRASH/json.failed" 2>/dev/null)" "" "every output is JSON"
is "$(jq -r .n "$TRASH/all.json" | sort -u | wc -l | tr -d ' ')" 13 \
	"every output printed something"

# the rules, as jq: what breaks one, as "output: key: why"
cat >"$TRASH/rules.jq" <<'EOF'
.n as $n | .j |
(if type == "object" and .v != 2 then "\($n): v: not 2" else empty end),
(if type == "object" and has("incident") and
    (.incident | type != "string" or test("^[0-9]{4}-[0-9]{2}-[0-9]{2}-") | not)
 then "\($n): incident: not an id" else empty end),
(if type == "object" and (has("type") | not) and has("id")
 then "\($n): id: the incident is named incident" else empty end),
(paths(type != "object" and type != "array") as $p |
 ($p[-1] | tostring) as $k | getpath($p) as $v |
 if ($v | type) == "string" and ($v | test("^[0-9]{4}-[0-9]{2}-[0-9]{2}T"))
    and ($k | endswith("_at") or . == "at" | not) and ($p | length) > 0
    and ($p[-2] | type) != "number"
 then "\($n): \($k): a time not named _at"
 elif ($k | endswith("_seconds")) and ($v | type) != "number"
 then "\($n): \($k): not a number of seconds"
 elif ($k | IN("age", "due", "since", "opened", "recorded", "seconds",
     "overdue", "state_since", "last_event", "last_sitrep", "last_update",
     "sitrep_due", "update_due"))
 then "\($n): \($k): a version 1 name"
 else empty end),
(paths(type == "object") as $p | getpath($p) as $o |
 if ($o | has("email")) and ($o | keys - ["name", "email"] | length) > 0
 then "\($n): \($p | map(tostring) | join(".")): email outside a person"
 else empty end),
(paths as $p | ($p[-1] | tostring) as $k | getpath($p) as $v |
 if ($k | IN("person", "owner", "actor", "ic", "opened_by"))
    and ($v | type) != "object" and $v != null
 then "\($n): \($k): a person that is not {name, email}"
 else empty end)
EOF
is "$(jq -r -f "$TRASH/rules.jq" "$TRASH/all.json")" "" \
	"every output keeps the vocabulary"
is "$(inc-state -C r -j "$id" | jq -r '[.incident, .roles.comms.person.name,
    .roles.comms.person.email, (.roles["ops:db"].person | keys | join(",")),
    .roles.ic.since_at, .opened_at, .age_seconds, .sitrep_due_at,
    .update_due_at, .last_update_at] | @tsv')" \
	"$id	Zoë Ðurić Jr.	zoe@example.com	name	2026-03-02T09:00:00Z	2026-03-02T09:00:00Z	10800	2026-03-02T09:50:00Z	2026-03-02T09:55:00Z	2026-03-02T09:25:00Z" \
	"the picture: a person with and without email, times, seconds"
is "$(inc-state -C r -j "$old" | jq -c '[.owner, .actions[0].owner,
    .actions[0].due_on]')" \
	'[{"email":"zoe@example.com","name":"Zoë Ðurić Jr."},{"name":"O'"'"'Brien, Seán"},"2026-03-01"]' \
	"owner and an action's owner are people; its date is due_on"
is "$(inc-ls -C r -j --all | jq -r 'select(.incident == "'"$id"'") |
    [.ic.name, .ic.email, .opened_at, .age_seconds] | @tsv')" \
	"Ricardo Ortiz	ricardo@example.com	2026-03-02T09:00:00Z	10800" \
	"inc-ls: the IC is a person"
is "$(inc-sitrep -C r -D -j | jq -r '[.incident, .due_at,
    .last_sitrep_at, .overdue_seconds] | @tsv')" \
	"$id	2026-03-02T09:50:00Z	2026-03-02T09:20:00Z	7800" \
	"--due: due_at, last_sitrep_at, overdue_seconds"
is "$(inc-log -C r -j "$id" | jq -r 'select(.type == "handoff") |
    [.person.name, (.person.email // "-"), .recorded_at] | @tsv')" \
	"Zoë Ðurić Jr.	zoe@example.com	2026-03-02T12:00:00Z
O'Brien, Seán	-	2026-03-02T12:00:00Z" "handoff events: a person, recorded_at"
is "$(inc-verify -C r -j | jq -r '[.v, .ok, (.elapsed_seconds | type)] | @tsv')" \
	"2	true	number" "inc-verify -j: v and elapsed_seconds"

# --- a log of version 1, as an older tool wrote it

export INC_NOW=2026-03-03T12:00:00Z
new_repo one
v1=2026-03-03-0900-old-format-abcdef
d=one/incidents/2026/03/$v1
mkdir -p "$d"
a='"actor":{"email":"ana@example.com","name":"Ana"}'
# l TIME SEQ FIELDS: one event, committed alone, as the tools commit it
l() {
	printf '{%s,"at":"2026-03-03T%s:00Z","id":"0000%08d00000000000000%02d","incident":"%s","recorded":"2026-03-03T%s:00Z","seq":%d,%s,"v":1}\n' \
	    "$a" "$1" "$2" "$2" "$v1" "$1" "$2" "$3" >>"$d/0badcafe-000001.jsonl"
	git -C one add . && GIT_AUTHOR_NAME=Ana GIT_AUTHOR_EMAIL=ana@example.com \
	    GIT_COMMITTER_NAME=Ana GIT_COMMITTER_EMAIL=ana@example.com \
	    GIT_AUTHOR_DATE="2026-03-03T$1:00Z" \
	    GIT_COMMITTER_DATE="2026-03-03T$1:00Z" git -C one commit -q \
	    -m "$v1: event $2" -m "Incident: $v1
Event: $(tail -n 1 "$d/0badcafe-000001.jsonl" | jq -r .type)
Event-Id: $(tail -n 1 "$d/0badcafe-000001.jsonl" | jq -r .id)"
}
	l 09:00 1 '"state":"investigating","title":"Old format","type":"open"'
	l 09:01 2 '"email":"bo@example.com","person":"Bo","role":"comms","type":"handoff"'
	l 09:02 3 '"broken":"b","doing":"d","impact":"i","roles":{"comms":{"email":"bo@example.com","person":"Bo","since":"2026-03-03T09:01:00Z"},"ic":{"email":"ana@example.com","person":"Ana","since":"2026-03-03T09:00:00Z"}},"state":"investigating","type":"sitrep"'
	l 09:03 4 '"person":"Ana","email":"ana@example.com","type":"owner"'
	l 09:04 5 '"due":"2026-04-01","owner":"Bo","text":"fix it","type":"action"'
	l 09:05 6 '"email":null,"person":null,"role":"comms","type":"handoff"'
run inc-log -C one -j "$v1"
is "$status:$err" "0:" "a version 1 log is read"
is "$(printf '%s\n' "$out" | jq -r -c '[.v, .recorded_at,
    (has("recorded") | tostring), (.person | tojson), (.owner | tojson),
    .due_on, .roles.comms.person.email, .roles.comms.since_at] |
    map(if . == null or . == "null" then "-" else . end) | @tsv')" \
"2	2026-03-03T09:00:00Z	false	-	-	-	-	-
2	2026-03-03T09:01:00Z	false	{\"email\":\"bo@example.com\",\"name\":\"Bo\"}	-	-	-	-
2	2026-03-03T09:02:00Z	false	-	-	-	bo@example.com	2026-03-03T09:01:00Z
2	2026-03-03T09:03:00Z	false	{\"email\":\"ana@example.com\",\"name\":\"Ana\"}	-	-	-	-
2	2026-03-03T09:04:00Z	false	-	{\"name\":\"Bo\"}	2026-04-01	-	-
2	2026-03-03T09:05:00Z	false	-	-	-	-	-" \
	"inc-log -j prints version 1 events in version 2"
is "$(printf '%s\n' "$out" | sed -n 6p | jq -c '[.person, has("email")]')" \
	'[null,false]' "a released role: person null, no email beside it"
printf '%s\n' "$out" | jq -c '{n: "inc-log -j (version 1)", j: .}' \
	>"$TRASH/one.json"
inc-state -C one -j "$v1" | jq -c '{n: "inc-state -j (version 1)", j: .}' \
	>>"$TRASH/one.json"
is "$(jq -r -f "$TRASH/rules.jq" "$TRASH/one.json")" "" \
	"a version 1 log keeps the vocabulary on the way out"
is "$(inc-state -C one -j "$v1" | jq -c '[.incident, .owner.name,
    .actions[0].owner.name, .actions[0].due_on, (.roles | keys)]')" \
	"[\"$v1\",\"Ana\",\"Bo\",\"2026-04-01\",[\"ic\"]]" \
	"the picture of a version 1 log"
succeeds "a version 2 event appended to a version 1 log" \
	as Ana ana@example.com inc-note -C one "$v1" "written now"
is "$(grep -c '"recorded":' "$d/0badcafe-000001.jsonl") $(cat "$d"/*.jsonl |
    jq -s -r 'map(.v) | unique | map(tostring) | join(",")')" "6 1,2" \
	"the old lines stay as written; the new one is version 2"
succeeds "inc-verify proves a history of both versions" inc-verify -C one
is "$(git -C one show HEAD~1:"${d#one/}/0badcafe-000001.jsonl" | head -n 1 |
    jq -r '[.v, .recorded] | @tsv')" "1	2026-03-03T09:00:00Z" \
	"git show still shows the line as it was written"

# a line of a version to come is refused, not guessed at
new_repo fut
succeeds "setup: an incident" inc-open -C fut "Future"
f=$(ls fut/incidents/*/*/*/*.jsonl)
jq -c '.v = 3' "$f" >"$f.new" && mv "$f.new" "$f"
git -C fut commit -q -a -m "from the future"
fails "a version 3 line" 1 \
	"inc-ls: ${f#fut/}:1: log version newer than this tool understands" \
	inc-ls -C fut --all

done_testing
