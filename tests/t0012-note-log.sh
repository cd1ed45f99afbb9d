#!/bin/sh
# inc-note and inc-log: progress notes, the timeline, the activity log
# (ICS-214), and what git sees.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z

new_repo r
run inc-open -C r -t 2026-11-23T11:00:00Z "API errors in EU"
id=$out
is "$status" 0 "setup: open an incident at 11:00"

# --- inc-note ---
c0=$(commits r)
run inc-note -C r -t 2026-11-23T11:05:00Z restarted
is "$status:$out:$err" "0:Note: restarted:" "a one-word note, no id"
is "$(commits r)" $((c0 + 1)) "a note is one commit"
is "$(event_field r "$id" '[.type, .text, .at, .actor.name] | @tsv')" \
	"note	restarted	2026-11-23T11:05:00Z	Ricardo Ortiz" "the note event"
run inc-note -C r -t 2026-11-23T11:10:00Z "$id" restarted the "api  servers"
is "$status:$out" "0:Note: restarted the api  servers" \
	"with two or more operands the first is the incident"
is "$(event_field r "$id" .text)" "restarted the api  servers" \
	"the other operands are joined by single spaces"
run inc-note -C r "${id##*-}" "by the id's suffix"
is "$status:$(event_field r "$id" .text)" "0:by the id's suffix" \
	"the incident named by a unique substring"
fails "an unquoted multi-word note without the id" 1 \
	"inc-note: restarted: no such incident (the first of several words names the incident: quote the note)" \
	inc-note -C r restarted db
fails "no note text" 2 "inc-note: missing note text
$(usage_of inc-note)" inc-note -C r
run inc-note -C r -- -x
is "$status:$out" "0:Note: -x" "after -- a note may start with a dash"

printf 'DB failover started\nreplica lag 30s' >"$TRASH/multi"
run inc-note -C r -t 2026-11-23T11:15:00Z - <"$TRASH/multi"
is "$status:$out:$err" "0:Note: DB failover started...:" \
	"- reads the note from stdin; the announcement is its first line"
is "$(event_field r "$id" .text)" "DB failover started
replica lag 30s" "a multi-line note is kept whole"
is "$(git -C r log -1 --format=%b)" "DB failover started
replica lag 30s

Incident: $id
Event: note
Event-Id: $(event_field r "$id" .id)" "the commit body is the note, then the trailers"
run inc-note -C r "$id" - <"$TRASH/multi"
is "$status:$(event_field r "$id" .text)" "0:DB failover started
replica lag 30s" "id then - reads stdin too"
run inc-note -C r "$(printf 'two\nlines')"
is "$status:$(event_field r "$id" .text)" "0:two
lines" "a multi-line operand"

printf 'restarted db\n' >"$TRASH/echoed"
run inc-note -C r - <"$TRASH/echoed"
is "$status" 0 "a note ending in a newline is accepted"
is "$(event_field r "$id" '.text | @json')" '"restarted db"' \
	"the newline that ends stdin is not part of the note"

c0=$(commits r)
fails "an empty note" 1 "inc-note: note: empty" inc-note -C r ""
fails "a blank note" 1 "inc-note: note: empty" inc-note -C r "$id" " " "	"
: >"$TRASH/empty"
fails "an empty note on stdin" 1 "inc-note: note: empty" \
	inc-note -C r - <"$TRASH/empty"
printf '\n\n  \n' >"$TRASH/blank"
fails "a blank note on stdin" 1 "inc-note: note: empty" \
	inc-note -C r - <"$TRASH/blank"
fails "invalid UTF-8" 1 "inc-note: note: invalid UTF-8" \
	inc-note -C r "$(printf 'caf\351 down')"
printf 'caf\303\251 \377\n' >"$TRASH/latin"
fails "invalid UTF-8 on stdin" 1 "inc-note: note: invalid UTF-8" \
	inc-note -C r - <"$TRASH/latin"
fails "an overlong UTF-8 encoding" 1 "inc-note: note: invalid UTF-8" \
	inc-note -C r "$(printf 'a\300\257b')"
fails "an escape sequence" 1 "inc-note: note: contains a control character" \
	inc-note -C r "$(printf 'ok\033[2Jgone')"
fails "a C1 control" 1 "inc-note: note: contains a control character" \
	inc-note -C r "$(printf 'ok\302\233gone')"
printf 'a\000b' >"$TRASH/nul"
fails "a NUL byte on stdin" 1 "inc-note: note: contains a NUL byte" \
	inc-note -C r - <"$TRASH/nul"
head -c 65537 /dev/zero | tr '\0' x >"$TRASH/big"
fails "a note over 64 KiB on stdin" 1 \
	"inc-note: note: too long (more than 65536 bytes)" \
	inc-note -C r - <"$TRASH/big"
fails "a note over 64 KiB as an operand" 1 \
	"inc-note: note: too long (65537 bytes, the limit is 65536)" \
	inc-note -C r "$(cat "$TRASH/big")"
is "$(commits r)" "$c0" "refused notes commit nothing"
head -c 65536 "$TRASH/big" >"$TRASH/max"
run inc-note -C r - <"$TRASH/max"
is "$status:$(event_field r "$id" '.text | length')" "0:65536" \
	"a note of exactly 64 KiB is kept"
run inc-note -C r "$(printf 'caf\303\251 \342\234\223 tab\there')"
is "$status:$(event_field r "$id" .text)" "0:$(printf 'caf\303\251 \342\234\223 tab\there')" \
	"UTF-8 and tabs are fine"
fails "an unknown incident" 1 "inc-note: nope: no such incident (the first of several words names the incident: quote the note)" \
	inc-note -C r nope text
run inc-state -C r --json
is "$(printf '%s\n' "$out" | jq -r .notes)" 10 "the picture counts the notes"

# --- inc-log ---
new_repo l
run inc-open -C l -t 2026-11-23T11:00:00Z -m "5xx" "API errors in EU"
lid=$out
run inc-note -C l -t 2026-11-23T11:05:00Z "$lid" checking the "load balancers"
run inc-handoff -C l -t 2026-11-23T11:10:00Z comms "Chris Stolt <chris@example.com>"
run inc-state -C l -t 2026-11-23T11:20:00Z -m "EU only" confirmed
w1=$(git -C l config inc.writer)
is "$(printf '%s' "$w1" | grep -c '^[0-9a-f]\{8\}$')" 1 "setup: the clone has a writer id"
# a second writer, as a second clone would be: its own file in the incident
git -C l config inc.writer 0000beef
run env GIT_AUTHOR_NAME="Ana Lopez" GIT_AUTHOR_EMAIL=ana@example.com \
	inc-note -C l -t 2026-11-23T11:25:00Z "DB failover started
replica lag 30s"
run env GIT_AUTHOR_NAME="Ana Lopez" GIT_AUTHOR_EMAIL=ana@example.com \
	inc-state -C l -t 2026-11-23T11:30:00Z -f major
git -C l config inc.writer "$w1"
run inc-handoff -C l -t 2026-11-23T11:35:00Z ops:database me
run inc-state -C l -t 2026-11-23T11:50:00Z resolved
is "$(ls l/incidents/2026/11/"$lid" | tr '\n' ' ')" \
	"0000beef-000001.jsonl $w1-000001.jsonl " "setup: two writers, two files"

succeeds "inc-log exits 0" inc-log -C l "$lid"
is "$out" "2026-11-23 11:00:00  Ricardo Ortiz  opened (investigating): API errors in EU
2026-11-23 11:05:00  Ricardo Ortiz  note: checking the load balancers
2026-11-23 11:10:00  Ricardo Ortiz  Comms -> Chris Stolt
2026-11-23 11:20:00  Ricardo Ortiz  state -> confirmed: EU only
2026-11-23 11:25:00  Ana Lopez  note: DB failover started\\nreplica lag 30s
2026-11-23 11:30:00  Ana Lopez  state -> major [forced]
2026-11-23 11:35:00  Ricardo Ortiz  Ops:database -> Ricardo Ortiz
2026-11-23 11:50:00  Ricardo Ortiz  state -> resolved" \
	"the timeline, one line an event, newlines shown escaped"
is "$err" "" "inc-log says nothing on stderr"
run env INC_NOW=2026-11-23T13:00:00Z inc-log -C l
is "$status:$err" "1:inc-log: no active incident: name one (inc-ls --all lists them)" \
	"an incident resolved over an hour ago must be named"

run inc-log -C l --json "$lid"
is "$status:$err" "0:" "--json exits 0"
json=$out
cp "$TRASH/.out" "$TRASH/log.json"
is "$(printf '%s\n' "$json" | grep -c '')" 8 "--json: one line an event"
is "$(jq -c . "$TRASH/log.json" | cmp - "$TRASH/log.json" && echo same)" same \
	"--json lines are compact, as jq -c writes them"
is "$(printf '%s\n' "$json" | jq -s -c 'map(.seq)')" "[1,2,3,4,5,6,7,8]" \
	"--json is in seq order"
is "$(printf '%s\n' "$json" | jq -r '.type' | tr '\n' ' ')" \
	"open note handoff state note state handoff state " "--json: the event types"
is "$(printf '%s\n' "$json" | jq -r 'select(.seq == 5) | .text')" \
	"DB failover started
replica lag 30s" "--json keeps the note's newline"
raw_order=$(cat l/incidents/*/*/"$lid"/*.jsonl | jq -s -c 'map(.seq)')
is "$raw_order" "[5,6,1,2,3,4,7,8]" "setup: the raw files are not in seq order"
cat l/incidents/*/*/"$lid"/*.jsonl | jq -c -s 'sort_by(.seq) | .[]' \
	>"$TRASH/sorted"
is "$(cat "$TRASH/sorted")" "$json" "--json is the raw files sorted by seq"
# lines put in by hand, spaced out or with a tab between their tokens:
# written again, compactly
git clone -q l hand
f=$(ls hand/incidents/*/*/"$lid"/"$w1"-000001.jsonl)
tail -n 1 "$f" | jq -c '.seq = 9 | .type = "note" | .text = "by hand" |
    .after = [.id] | .id = "0000000000000000000000000009" | del(.state)' |
	sed 's/,"/, "/g' >"$TRASH/spaced"
tail -n 1 "$f" | jq -c '.seq = 10 | .type = "note" | .text = "tabbed" |
    .after = ["0000000000000000000000000009"] |
    .id = "000000000000000000000000000a" | del(.state)' | jq -c -S . >"$TRASH/compact"
sed 's/,"/,	"/' "$TRASH/compact" >"$TRASH/tabbed"
cat "$TRASH/spaced" "$TRASH/tabbed" >>"$f"
git -C hand commit -q -a -m "two lines by hand"
run inc-log -C hand -j "$lid"
is "$status:$err" "0:" "--json: lines put in by hand are read"
is "$(tail -n 2 "$TRASH/.out" | head -n 1)" "$(jq -c -S . "$TRASH/spaced")" \
	"--json: a spaced-out line is written again, compactly"
is "$(tail -n 1 "$TRASH/.out")" "$(cat "$TRASH/compact")" \
	"--json: a line with a tab between its tokens is written compactly"
is "$(grep -c "$(printf '\t')" "$TRASH/.out")" 0 "--json: no tab is printed"
fails "an unknown incident" 1 "inc-log: nope: no such incident" \
	inc-log -C l nope
fails "too many operands" 2 "inc-log: too many operands
$(usage_of inc-log)" inc-log -C l "$lid" "$lid"

# --- inc-log --activity: the activity log (ICS-214) ---
new_repo a
run inc-open -C a -t 2026-11-23T11:00:00Z -m 5xx "API errors in EU"
aid=$out
run inc-handoff -C a -t 2026-11-23T11:02:00Z comms "Chris Stolt <chris@example.com>"
run inc-handoff -C a -t 2026-11-23T11:03:00Z ops:database \
	"José Núñez, Jr. <jose@example.com>"
run as "José Núñez, Jr." jose@example.com \
	inc-note -C a -t 2026-11-23T11:10:00Z "failing over db-3"
run as "Chris Stolt" chris@example.com inc-status -C a \
	-t 2026-11-23T11:12:00Z -s investigating \
	"We are investigating errors in the EU API. Next update in 30 minutes."
run as "Ana Lopez" ana@example.com \
	inc-note -C a -t 2026-11-23T11:15:00Z "paged in, reading the dashboards"
run inc-sitrep -C a -t 2026-11-23T11:20:00Z -b "API 5xx in eu-west" \
	-i "EU customers" -d "failing over db-3"
run inc-handoff -C a -t 2026-11-23T11:30:00Z ic "Ana Lopez <ana@example.com>"
run as "Ana Lopez" ana@example.com inc-handoff -C a -t 2026-11-23T11:31:00Z \
	ops:database "Ricardo Ortiz <ricardo@example.com>"
run inc-note -C a -t 2026-11-23T11:35:00Z "replica promoted"
run as "Ana Lopez" ana@example.com inc-handoff -C a -t 2026-11-23T11:45:00Z \
	ic "Ricardo Ortiz <ricardo@example.com>"
run inc-handoff -C a -t 2026-11-23T11:46:00Z ops:database -
run inc-state -C a -t 2026-11-23T11:50:00Z -m "replica healthy" resolved
is "$(inc-log -C a -j "$aid" | grep -c '')" 13 "setup: thirteen events"

succeeds "--activity exits 0" inc-log -C a --activity "$aid"
is "$out" "ACTIVITY LOG (ICS 214): API errors in EU
Incident $aid
Operational period: 2026-11-23 11:00 to 2026-11-23 11:50 UTC

Resources assigned
  IC           Ricardo Ortiz
  IC           Ana Lopez
  Comms        Chris Stolt
  Ops:database José Núñez, Jr.
  Ops:database Ricardo Ortiz

Activity log

Name:     Ricardo Ortiz
Position: IC
Held:     2026-11-23 11:00 to 2026-11-23 11:30; 2026-11-23 11:45 to 2026-11-23 11:50
  2026-11-23 11:00  opened (investigating): API errors in EU
  2026-11-23 11:02  Comms -> Chris Stolt
  2026-11-23 11:03  Ops:database -> José Núñez, Jr.
  2026-11-23 11:20  sitrep: API 5xx in eu-west
  2026-11-23 11:30  IC -> Ana Lopez
  2026-11-23 11:50  state -> resolved: replica healthy

Name:     Ricardo Ortiz
Position: Ops:database
Held:     2026-11-23 11:31 to 2026-11-23 11:46
  2026-11-23 11:35  note (Ops:database): replica promoted
  2026-11-23 11:46  Ops:database -> nobody

Name:     Chris Stolt
Position: Comms
Held:     2026-11-23 11:02 to 2026-11-23 11:50
  2026-11-23 11:12  customer update (investigating): We are investigating errors in the EU API. Next update in 30 minutes.

Name:     José Núñez, Jr.
Position: Ops:database
Held:     2026-11-23 11:03 to 2026-11-23 11:31
  2026-11-23 11:10  note (Ops:database): failing over db-3

Name:     Ana Lopez
Position: none
  2026-11-23 11:15  note: paged in, reading the dashboards

Name:     Ana Lopez
Position: IC
Held:     2026-11-23 11:30 to 2026-11-23 11:45
  2026-11-23 11:31  Ops:database -> Ricardo Ortiz
  2026-11-23 11:45  IC -> Ricardo Ortiz" \
	"--activity: each person and position, the times held, what they did"

run inc-log -C a --activity -j "$aid"
is "$status:$err" "0:" "--activity -j exits 0"
printf '%s\n' "$out" >"$TRASH/activity.json"
is "$(jq -c . "$TRASH/activity.json" | cmp - "$TRASH/activity.json" && echo same)" \
	same "--activity -j: one line, compact, as jq -c writes it"
is "$(jq -r '[.incident, .title, .period.from, .period.to, .period.resolved] |
    @tsv' "$TRASH/activity.json")" \
	"$aid	API errors in EU	2026-11-23T11:00:00Z	2026-11-23T11:50:00Z	true" \
	"--activity -j: the incident and its operational period"
is "$(jq -r '.resources[] | [.role, .person.name, .person.email,
    (.held | map(.from[11:16] + "-" + .to[11:16]) | join(" "))] | @tsv' \
    "$TRASH/activity.json")" "ic	Ricardo Ortiz	ricardo@example.com	11:00-11:30 11:45-11:50
ic	Ana Lopez	ana@example.com	11:30-11:45
comms	Chris Stolt	chris@example.com	11:02-11:50
ops:database	José Núñez, Jr.	jose@example.com	11:03-11:31
ops:database	Ricardo Ortiz	ricardo@example.com	11:31-11:46" \
	"--activity -j: the resources assigned, each with their position and when"
is "$(jq -r '.logs[] | [.person.name, .role // "none",
    (.activities | map(.type) | join(" "))] | @tsv' "$TRASH/activity.json")" \
	"Ricardo Ortiz	ic	open handoff handoff sitrep handoff state
Ricardo Ortiz	ops:database	note handoff
Chris Stolt	comms	status
José Núñez, Jr.	ops:database	note
Ana Lopez	none	note
Ana Lopez	ic	handoff handoff" \
	"--activity -j: the blocks, a person's together, no role as null"
is "$(jq -r '[.logs[].activities[]] | sort_by(.at) | map(.at) | @json' \
    "$TRASH/activity.json")" \
	"$(inc-log -C a -j "$aid" | jq -s -r 'map(.at) | @json')" \
	"--activity -j: every event once"
is "$(jq -r '.logs[0].activities[4].what' "$TRASH/activity.json")" \
	"$(inc-log -C a "$aid" | sed -n '8s/^[^ ]* [^ ]*  Ricardo Ortiz  //p')" \
	"--activity -j: an event in the words of inc-log"

# an incident not resolved: its period and holdings run to now
new_repo n
run inc-open -C n -t 2026-11-23T11:30:00Z "Slow search"
nid=$out
run as "Bo Diaz" bo@example.com inc-note -C n -t 2026-11-23T11:40:00Z \
	"index rebuild queued"
run inc-log -C n --activity "$nid"
is "$status:$err:$out" "0::ACTIVITY LOG (ICS 214): Slow search
Incident $nid
Operational period: 2026-11-23 11:30 to 2026-11-23 12:00 UTC (now: not resolved)

Resources assigned
  IC           Ricardo Ortiz

Activity log

Name:     Ricardo Ortiz
Position: IC
Held:     2026-11-23 11:30 to now
  2026-11-23 11:30  opened (investigating): Slow search

Name:     Bo Diaz
Position: none
  2026-11-23 11:40  note: index rebuild queued" \
	"--activity on an open incident: to now; a writer with no role"
run inc-log -C n --activity --json "$nid"
is "$status:$(printf '%s\n' "$out" | jq -c '[.period, .resources[0].held]')" \
	'0:[{"from":"2026-11-23T11:30:00Z","resolved":false,"to":"2026-11-23T12:00:00Z"},[{"from":"2026-11-23T11:30:00Z"}]]' \
	"--activity --json: to now, a holding not ended has no to"

# hostile names planted in the log: shown escaped, never raw
git clone -q a ah
f=$(ls ah/incidents/*/*/"$aid"/*.jsonl)
tail -n 1 "$f" | jq -c '.seq = 14 | .type = "handoff" | .role = "comms" |
    .person = {name: "Eve \u001b[2J, Jr.", email: "eve@example.com"} |
    .at = "2026-11-23T11:48:00Z" | .after = [.id] |
    .id = "000000000000000000000000000e" | del(.state, .message)' >"$TRASH/eve"
jq -c '.seq = 15 | .type = "note" | .text = "hi \u001b]0;pwned\u0007" |
    .actor = {name: "Eve \u001b[2J, Jr.", email: "eve@example.com"} |
    .after = [.id] | .id = "000000000000000000000000000f" | del(.role, .person)' \
    "$TRASH/eve" >"$TRASH/eve-note"
jq -c '.seq = 16 | .actor = {name: "Mal\u009b31m", email: "mal@example.com"} |
    .after = [.id] | .id = "0000000000000000000000000010"' "$TRASH/eve-note" \
    >"$TRASH/mal-note"
cat "$TRASH/eve" "$TRASH/eve-note" "$TRASH/mal-note" >>"$f"
git -C ah commit -q -a -m "hostile names by hand"
run inc-log -C ah --activity "$aid"
is "$status:$err" "0:" "--activity with hostile names exits 0"
is "$(printf '%s\n' "$out" | sed -n '/^Resources/,/^$/p' | grep Eve)" \
	'  Comms        Eve \x1b[2J, Jr.' "a hostile name among the resources, escaped"
is "$(printf '%s\n' "$out" | sed -n '/^Name:     Eve/,$p')" \
	'Name:     Eve \x1b[2J, Jr.
Position: Comms
Held:     2026-11-23 11:48 to 2026-11-23 11:50
  2026-11-23 11:48  note: hi \x1b]0;pwned\x07 [backfilled]

Name:     Mal\u{009b}31m
Position: none
  2026-11-23 11:48  note: hi \x1b]0;pwned\x07 [backfilled]' \
	"its block, the text escaped, marked backfilled as in inc-log"
is "$(printf '%s\n' "$out" | grep -c "$(printf '\033\|\302\233')")" 0 \
	"no escape or C1 control reaches the terminal"
run inc-log -C ah --activity -j "$aid"
is "$status:$(printf '%s\n' "$out" | jq -r '.logs[] | select(.person.email ==
    "eve@example.com") | .person.name' | od -c | head -n 1)" \
	"0:$(printf 'Eve \033[2J, Jr.\n' | od -c | head -n 1)" \
	"--activity -j: the name as it is in the log"
is "$(printf '%s\n' "$out" | grep -c "$(printf '\302\233')")" 0 \
	"--activity -j: a C1 control written as \\u009b"

# --- the git side ---
is "$(git -C l log --grep=failover --format=%s)" "$lid: Note: DB failover started..." \
	"git log --grep finds a note"
is "$(git -C l log --grep='replica lag' --format=%an)" "Ana Lopez" \
	"git log --grep finds a note's later lines"
is "$(git -C r log --grep='api  servers' --format=%s)" \
	"$id: Note: restarted the api  servers" "git log --grep finds a joined note"
is "$(git -C l shortlog -s -n HEAD | sed 's/^ *//')" "6	Ricardo Ortiz
2	Ana Lopez" "git shortlog -s counts events per person"
is "$(printf '%s\n' "$json" | jq -s -r 'group_by(.actor.name) |
    map([length, .[0].actor.name] | @tsv) | sort | reverse | .[]')" \
	"$(git -C l shortlog -s -n HEAD | sed 's/^ *//')" \
	"the log and git agree on who did what"
is "$(git -C l log --format='%(trailers:key=Incident,valueonly)' | grep -v '^$' |
    sort -u)" "$lid" "every commit has the Incident trailer"
is "$(git -C l log --reverse --format='%(trailers:key=Event,valueonly)' |
    grep -v '^$' | tr '\n' ' ')" \
	"open note handoff state note state handoff state " \
	"the Event trailers name the event types, in order"
is "$(git -C l log --reverse --format='%(trailers:key=Event-Id,valueonly)' |
    grep -v '^$')" "$(printf '%s\n' "$json" | jq -r .id)" \
	"the Event-Id trailers are the events' ids"
is "$(git -C l log --format='%(trailers:key=Event-Id,valueonly)' | grep -v '^$' |
    grep -vc '^[0-9a-f]\{28\}$')" 0 "event ids are 28 hex digits"
is "$(git -C l log --reverse --format=%aI | tr '\n' ' ')" \
	"$(printf '%s\n' "$json" | jq -r '.at | sub("Z$"; "+00:00")' | tr '\n' ' ')" \
	"the author dates are the events' times"

is "$(git -C r status --porcelain)$(git -C l status --porcelain)" "" \
	"the work trees stay clean"
fsck_clean "fsck is clean" r
fsck_clean "fsck is clean (the log repository)" l

# --- a note per line of stdin, through one process

before=$(commits r)
printf 'alert one\n\n  \nalert two\r\nbad \033 line\nalert three' >"$TRASH/alerts"
run sh -c 'inc-note -C r --stdin <"$1"' - "$TRASH/alerts"
is "$status" 1 "--stdin exits 1 when a line was refused"
is "$out" "Note: alert one
Note: alert two
Note: alert three" "each good line is a note, announced as it is recorded"
is "$err" "inc-note: stdin:5: note: contains a control character" \
	"a bad line is named by its number and skipped"
is "$(commits r)" $((before + 3)) "one commit per note; blank lines are no notes"
is "$(inc-log -C r -j | tail -n 3 | jq -r .text | tr '\n' ,)" \
	"alert one,alert two,alert three," "in the order they came, without line ends"
seq 1 40 | sed 's/^/alert /' >"$TRASH/many"
run sh -c 'inc-note -C r -I <"$1"' - "$TRASH/many"
is "$status:$(commits r)" "0:$((before + 43))" "forty lines, forty commits"
fails "--stdin with a note operand" 2 "inc-note: --stdin takes the notes from stdin, not operands
$(usage_of inc-note)" inc-note -C r -I "$id" extra
is "$(git -C r status --porcelain)" "" "the work tree stays clean"
fsck_clean "fsck is clean after --stdin" r

# --- text on stdin saved with CR LF line ends ---
new_repo crlf
cid=$(inc-open -C crlf "Windows file" 2>/dev/null)
printf 'db-3 before the restart:\r\nload 12.5\r\n' >"$TRASH/crlf.txt"
run inc-note -C crlf - <"$TRASH/crlf.txt"
is "$status:$(event_field crlf "$cid" '.text | @json')" \
	'0:"db-3 before the restart:\nload 12.5"' \
	"lines that end in CR LF on stdin end in LF, as with --stdin"
printf 'a\rb\n' >"$TRASH/cr"
fails "a carriage return alone is still a control character" 1 \
	"inc-note: note: contains a control character" inc-note -C crlf - <"$TRASH/cr"

# a note of several words not quoted, whose first word names the incident
# by part of its id: recorded, and said on stderr, not swallowed silently
new_repo words
wid=$(inc-open -C words "API errors" 2>/dev/null)
run inc-note -C words errors are gone
is "$status:$out:$err" "0:Note: are gone:inc-note: errors: taken for the incident $wid, not as the note's first word (quote a note of several words)" \
	"the first word taken for the incident is said"
run inc-note -C words errors "are gone"
is "$status:$out:$err" "0:Note: are gone:" "not when the note is quoted"
run inc-note -C words "$wid" are gone
is "$status:$out:$err" "0:Note: are gone:" "nor when the whole id is given"
run inc-note -C words errors -- -5% errors since the deploy
is "$status:$out:$err" "0:Note: -5% errors since the deploy:" \
	"nor when the id is set apart with --, as inc-note(1) shows"
run inc-note -C words -- errors went -5%
is "$status:$err" "0:inc-note: errors: taken for the incident $wid, not as the note's first word (quote a note of several words)" \
	"-- before all the operands sets nothing apart: said"

# a note that starts with -, not after --: the way to give it is said
before=$(commits words)
fails "a note starting with - is no option: -- is said" 2 \
	"inc-note: -5% errors since the deploy: not an option: quote a note that starts with - and put -- before it
$(usage_of inc-note)" inc-note -C words "-5% errors since the deploy"
fails "nor unquoted" 2 \
	"inc-note: -5%: not an option: quote a note that starts with - and put -- before it
$(usage_of inc-note)" inc-note -C words -5% errors
fails "inc-status likewise" 2 \
	"inc-status: -5% errors: not an option: quote an update that starts with - and put -- before it
$(usage_of inc-status)" inc-status -C words "-5% errors"
# a first word that could be no id (a capital, %, an accent) is said as
# a lower-case one is: quote the words
fails "an unquoted note whose first word could be no id: quote it" 1 \
	"inc-note: Primary: no such incident (the first of several words names the incident: quote the note)" \
	inc-note -C words Primary db at 100% CPU
fails "an empty id is said as such" 1 "inc-note: empty incident id" \
	inc-note -C words "" "replica promoted"
fails "nor an unquoted update" 1 \
	"inc-status: Requests: no such incident (the first of several words names the incident: quote the update)" \
	inc-status -C words Requests fail. We are rolling back.
fails "an unknown letter is still an unknown option" 2 \
	"inc-note: invalid option -- 'z'
$(usage_of inc-note)" inc-note -C words -z
is "$(commits words)" "$before" "nothing recorded"

done_testing
