#!/bin/sh
# inc-postmortem: the draft, its owner, follow-up actions and what is late.
. "$(dirname "$0")/lib.sh"

usage=$(usage_of inc-postmortem)

# section HEADING: the lines of $out under "## HEADING", without the
# blank lines around them (a sitrep's own "## Sitrep:" does not end it)
section() {
	printf '%s\n' "$out" | awk -v h="## $1" '
		$0 == h { on = 1; next }
		on && /^## / && !/^## Sitrep: / { exit }
		on' | sed '/./,$!d'
}

# --- a realistic incident, with fixed times

export INC_NOW=2026-03-02T12:00:00Z
new_repo p
run inc-open -C p --at 2026-03-02T09:00:00Z -m "5xx from the API" \
	"API errors in EU"
id=$out
is "$status" 0 "setup: open at 09:00"
succeeds "setup: confirmed at 09:12" \
	inc-state -C p --at 2026-03-02T09:12:00Z "$id" confirmed
succeeds "setup: comms at 09:15" \
	inc-handoff -C p --at 2026-03-02T09:15:00Z "$id" comms "Chris Stolt"
succeeds "setup: a note with a pipe at 09:20" \
	inc-note -C p --at 2026-03-02T09:20:00Z "$id" "Error rate 40% | p99 3s"
succeeds "setup: a sitrep at 09:25" \
	inc-sitrep -C p --at 2026-03-02T09:25:00Z -b "API returns 500" \
	-i "EU customers, 40% of requests" -d "Rolling back deploy v42" "$id"
succeeds "setup: IC to Ana at 09:30" \
	inc-handoff -C p --at 2026-03-02T09:30:00Z "$id" ic "Ana <ana@example.com>"
succeeds "setup: ops to Bo at 09:35" \
	as Ana ana@example.com inc-handoff -C p --at 2026-03-02T09:35:00Z "$id" ops Bo
succeeds "setup: a note backfilled at 09:10, after later events" \
	as Ana ana@example.com inc-note -C p --at 2026-03-02T09:10:00Z "$id" "First alert fired"
succeeds "setup: a sitrep at 10:00" \
	as Ana ana@example.com inc-sitrep -C p --at 2026-03-02T10:00:00Z \
	-d "Rollback done, watching" "$id"
succeeds "setup: ops released at 10:30" \
	as Ana ana@example.com inc-handoff -C p --at 2026-03-02T10:30:00Z "$id" ops -
succeeds "setup: resolved at 10:45:30" \
	as Ana ana@example.com inc-state -C p --at 2026-03-02T10:45:30Z -m "Rolled back | 0% errors" \
	"$id" resolved

# --- the draft

before=$(commits p)
run inc-postmortem -C p "$id"
is "$status:$err" "0:" "the draft exits 0 quietly"
draft=$out
is "$(printf '%s\n' "$out" | grep -E '^##? ' | grep -v '^## Sitrep: ')" \
	"# Post-mortem: API errors in EU
## Summary
## Impact
## Apology
## Understanding of the events
## Remediation
## Follow-up actions
## Roles
## Timeline (UTC)
## Sitreps
## Customer updates" "the sections, in order"
is "$(printf '%s\n' "$out" | sed -n 1,8p)" "# Post-mortem: API errors in EU

- Incident: \`$id\`
- Opened: 2026-03-02 09:00 UTC by Ricardo Ortiz
- Confirmed: 2026-03-02 09:12 UTC (time to confirm: 12m)
- Resolved: 2026-03-02 10:45 UTC (time to resolve: 1h45m)
- Highest state: confirmed
- Post-mortem owner: nobody yet (inc-postmortem --owner NAME)" "the header: time to confirm and to resolve, no owner yet"
is "$(section Summary)" "5xx from the API" "the summary is the opening's"
is "$(section Impact)" "EU customers, 40% of requests" \
	"the impact: the one the sitreps told"
like "$(section Apology)" "^_To be written: apologise" "an apology to write"
is "$(section "Follow-up actions")" \
	"_None recorded yet: inc-postmortem --action TEXT --owner NAME --by DATE._" \
	"no actions yet"
is "$(section Roles)" "| Role | Person | From | To |
|---|---|---|---|
| IC | Ricardo Ortiz | 2026-03-02 09:00 UTC | 2026-03-02 09:30 UTC |
| Comms | Chris Stolt | 2026-03-02 09:15 UTC | 2026-03-02 10:45 UTC |
| IC | Ana | 2026-03-02 09:30 UTC | 2026-03-02 10:45 UTC |
| Ops | Bo | 2026-03-02 09:35 UTC | 2026-03-02 10:30 UTC |" \
	"who held which role when, in the order they took it"
is "$(section "Timeline (UTC)")" "| Time | Who | What |
|---|---|---|
| 2026-03-02 09:00:00 | Ricardo Ortiz | opened (investigating): API errors in EU |
| 2026-03-02 09:12:00 | Ricardo Ortiz | state -> confirmed |
| 2026-03-02 09:15:00 | Ricardo Ortiz | Comms -> Chris Stolt |
| 2026-03-02 09:20:00 | Ricardo Ortiz | note: Error rate 40% \\| p99 3s |
| 2026-03-02 09:25:00 | Ricardo Ortiz | sitrep: API returns 500 |
| 2026-03-02 09:30:00 | Ricardo Ortiz | IC -> Ana |
| 2026-03-02 09:35:00 | Ana | Ops -> Bo |
| 2026-03-02 09:10:00 | Ana | note: First alert fired (backfilled) |
| 2026-03-02 10:00:00 | Ana | sitrep (changed: IC Ricardo Ortiz -> Ana; doing): API returns 500 |
| 2026-03-02 10:30:00 | Ana | Ops -> nobody |
| 2026-03-02 10:45:30 | Ana | state -> resolved: Rolled back \\| 0% errors |" \
	"the timeline is in log order (as inc-log and the picture have it), a backfilled note marked where it was recorded, pipes escaped"
is "$(section Sitreps | grep '^Incident ')" \
	"Incident \`$id\`, confirmed, as of 2026-03-02 09:25 UTC from Ricardo Ortiz
Incident \`$id\`, confirmed, as of 2026-03-02 10:00 UTC from Ana" \
	"every sitrep, oldest first"
is "$(section Sitreps | grep -A2 '^\*\*What is being done:\*\*' | grep -v '^\*\*\|^$\|^--$')" \
	"Rolling back deploy v42
Rollback done, watching" "each sitrep with its own fields"
is "$(section "Customer updates")" "_None recorded._" "no customer updates"
is "$(printf '%s\n' "$out" | grep -c '^### Sitrep: API errors in EU$'):$(printf '%s\n' "$out" | grep -c '^## Sitrep: ')" \
	"2:0" "sitreps in the draft are sub-sections (level 3) of the Sitreps section"
is "$(commits p)" "$before" "the draft records nothing"

run inc-postmortem -C p -F markdown "$id"
is "$status:$out" "0:$draft" "-F markdown is the default"

# --- --json

run inc-postmortem -C p --json "$id"
is "$status:$err" "0:" "--json exits 0 quietly"
json=$out
is "$(printf '%s\n' "$json" | wc -l | tr -d ' '):$(printf '%s\n' "$json" | jq -s length)" 1:1 "one JSON value on one line"
is "$(printf '%s\n' "$json" | jq -r .picture.state)" resolved ".picture.state"
is "$(printf '%s\n' "$json" | jq -r '.timeline|length')" \
	"$(cat p/incidents/*/*/"$id"/*.jsonl | wc -l | tr -d ' ')" \
	".timeline has every event of the log"
is "$(printf '%s\n' "$json" | jq -r '[.timeline[].id]')" \
	"$(inc-log -C p -j "$id" | jq -s '[.[].id]')" ".timeline is in log order"
is "$(printf '%s\n' "$json" | jq -r '.timeline[7]|[.type,.text,.actor.name]|@tsv')" \
	"note	First alert fired	Ana" "the backfilled note is where it was recorded"
is "$(printf '%s\n' "$json" | jq -r '.picture|[.incident,.opened_at,.confirmed_at,.resolved_at,.sitreps,(.owner|tostring)]|@tsv')" \
	"$id	2026-03-02T09:00:00Z	2026-03-02T09:12:00Z	2026-03-02T10:45:30Z	2	null" \
	".picture has the picture"
run inc-postmortem -C p -F json "$id"
is "$status:$out" "0:$json" "-F json is --json"

# --- --owner

before=$(commits p)
run inc-postmortem -C p --owner me "$id"
is "$status:$out:$err" "0:@all: Post-mortem owner -> Ricardo Ortiz:" \
	"--owner me names the responder"
is "$(commits p)" $((before + 1)) "one commit"
is "$(git -C p log -1 --format=%s)" "$id: Post-mortem owner -> Ricardo Ortiz" \
	"the commit subject is the announcement"
is "$(event_field p "$id" '[.type,.person.name,.person.email]|@tsv')" \
	"owner	Ricardo Ortiz	ricardo@example.com" "the owner event reads with jq"

run inc-postmortem -C p --owner "Ana <ana@example.com>" "$id"
is "$status:$out" "0:@all: Post-mortem owner -> Ana" "--owner \"Name <email>\""
is "$(event_field p "$id" '[.person.name,.person.email]|@tsv')" "Ana	ana@example.com" \
	"the owner's name and email apart"
run inc-postmortem -C p "$id"
like "$out" "^- Post-mortem owner: Ana$" "the draft names the owner"

fails "a malformed owner is refused" 2 \
	"inc-postmortem: owner: Ana <ana: use a name or \"Name <email>\"" \
	inc-postmortem -C p --owner "Ana <ana" "$id"
before=$(commits p)
fails "naming the owner again is refused, as a role handed to its holder" 1 \
	"inc-postmortem: $id: ANA already owns the post-mortem" \
	inc-postmortem -C p --owner "ANA" "$id"
is "$(commits p)" "$before" "and commits nothing"

# --- --action and --done

before=$(commits p)
run inc-postmortem -C p --action "Alert on 5xx | per region" --owner Bo \
	--by 2026-03-09 "$id"
is "$status:$out:$err" \
	"0:Action 1 -> Bo: Alert on 5xx | per region (due 2026-03-09):" \
	"the first action is numbered 1 and announced"
is "$(commits p)" $((before + 1)) "one commit"
is "$(git -C p log -1 --format=%b | sed -n 1p)" "Alert on 5xx | per region" \
	"the commit body is the action"
is "$(event_field p "$id" '[.type,.text,.owner.name,.due_on]|@tsv')" \
	"action	Alert on 5xx | per region	Bo	2026-03-09" "the action event reads with jq"
run inc-postmortem -C p --at 2026-03-02T11:00:00Z --action "Canary deploys" \
	--owner me --by 2026-03-01 "$id"
is "$status:$out" "0:Action 2 -> Ricardo Ortiz: Canary deploys (due 2026-03-01)" \
	"the second is numbered 2, its owner me"
is "$err" "inc-postmortem: warning: 2026-03-01: the due date is already past (recorded all the same)" \
	"a due date before today is recorded, with a warning"
is "$(event_field p "$id" '[.type, .due_on] | @tsv')" "action	2026-03-01" \
	"and the action is recorded as given"

before=$(commits p)
fails "a due date that does not exist is refused" 2 \
	"inc-postmortem: 2026-02-30: invalid due date (use YYYY-MM-DD)" \
	inc-postmortem -C p --action "X" --owner Bo --by 2026-02-30 "$id"
fails "a due date in words is refused" 2 \
	"inc-postmortem: tomorrow: invalid due date (use YYYY-MM-DD)" \
	inc-postmortem -C p --action "X" --owner Bo --by tomorrow "$id"
fails "--action without --owner is a usage error, the option missing said" 2 \
	"inc-postmortem: --action needs --owner too
$usage" inc-postmortem -C p --action "X" --by 2026-03-09 "$id"
fails "--action without --by is a usage error, the option missing said" 2 \
	"inc-postmortem: --action needs --by too
$usage" inc-postmortem -C p --action "X" --owner Bo "$id"
fails "--action alone is a usage error" 2 \
	"inc-postmortem: --action needs --owner and --by
$usage" inc-postmortem -C p --action "X" "$id"
fails "--by without --action is a usage error" 2 \
	"inc-postmortem: --by goes with --action: the action's due date
$usage" inc-postmortem -C p --owner Bo --by 2026-03-09 "$id"
fails "an unknown action is refused" 1 \
	"inc-postmortem: $id: no action 3" inc-postmortem -C p --done 3 "$id"
made=$(inc-log -C p -j "$id" | jq -r 'select(.type == "action") | .at' |
    head -n 1)
fails "an action marked done as of before it was recorded is refused" 1 \
	"inc-postmortem: $id: 2026-03-02T10:00:00Z is before action 1 was recorded ($made)" \
	inc-postmortem -C p -t 2026-03-02T10:00:00Z --done 1 "$id"
is "$(commits p)" "$before" "nothing recorded"
fails "--done needs a number" 2 \
	"inc-postmortem: x: not an action number" inc-postmortem -C p --done x "$id"
fails "--done 0 is refused" 2 \
	"inc-postmortem: 0: not an action number" inc-postmortem -C p --done 0 "$id"
fails "--owner and --done are separate requests" 2 \
	"inc-postmortem: --owner, --action and --done are separate requests
$usage" inc-postmortem -C p --owner Bo --done 1 "$id"
fails "--at alone is a usage error" 2 \
	"inc-postmortem: --at goes with --owner, --action, --done, --publish or --edit
$usage" inc-postmortem -C p --at 2026-03-02T11:00:00Z "$id"
is "$(commits p)" "$before" "refusals record nothing"

run inc-postmortem -C p --at 2026-03-02T11:30:00Z --done 2 "$id"
is "$status:$out:$err" "0:Action 2 done: Canary deploys:" "--done announces it"
is "$(commits p)" $((before + 1)) "one commit"
is "$(event_field p "$id" '[.type,.n,.at]|@tsv')" \
	"action-done	2	2026-03-02T11:30:00Z" "the done event reads with jq"
fails "an action done twice is refused" 1 \
	"inc-postmortem: $id: action 2 is already done" \
	inc-postmortem -C p --done 2 "$id"
is "$(commits p)" $((before + 1)) "and records nothing"

run inc-postmortem -C p "$id"
is "$(section "Follow-up actions")" "| # | Action | Owner | Due | Done |
|---|---|---|---|---|
| 1 | Alert on 5xx \\| per region | Bo | 2026-03-09 | no |
| 2 | Canary deploys | Ricardo Ortiz | 2026-03-01 | 2026-03-02 11:30 UTC |" \
	"the actions table: numbered, pipes escaped, done when"
run inc-postmortem -C p -j "$id"
is "$(printf '%s\n' "$out" | jq -r '.picture.actions[]|[.n,.owner.name,.due_on,.done]|@tsv')" \
	"1	Bo	2026-03-09	false
2	Ricardo Ortiz	2026-03-01	true" "the actions in --json"
fsck_clean "fsck is clean" p

# --- --overdue


new_repo o
export INC_NOW=2026-03-05T12:00:00Z
run inc-open -C o --at 2026-03-01T09:00:00Z "Disk full"
x=$out
succeeds "setup: resolved" inc-state -C o --at 2026-03-01T10:00:00Z "$x" resolved
run inc-open -C o --at 2026-03-04T09:00:00Z "Cache cold"
y=$out
run inc-postmortem -C o --action "Warm the cache" --owner Bo --by 2026-03-04 "$y"
is "$status:$err" "0:inc-postmortem: warning: 2026-03-04: the due date is already past (recorded all the same)" \
	"setup: an overdue action on an active incident, said to be past"

run env inc-postmortem -C o --due
is "$status:$err" "1:" "--overdue exits 1 when something is late"
is "$out" "$x  no post-mortem owner" \
	"a resolved incident without an owner is listed, an active one never"

run inc-postmortem -C o --action "Alert on disk" --owner Bo --by 2026-03-04 "$x"
is "$status:$err" "0:inc-postmortem: warning: 2026-03-04: the due date is already past (recorded all the same)" \
	"setup: action 1 due yesterday, said to be past"
succeeds "setup: action 2 due today, not past: no warning" \
	inc-postmortem -C o --action "Rotate logs" --owner me --by 2026-03-05 "$x"
run env inc-postmortem -C o --due
is "$status:$out" \
	"1:$x  no post-mortem owner; action 1 overdue since 2026-03-04 (owner Bo)" \
	"no owner and an action past due, one line; due today is not late"
succeeds "setup: an owner" inc-postmortem -C o --owner me "$x"
run env inc-postmortem -C o --due
is "$status:$out" "1:$x  action 1 overdue since 2026-03-04 (owner Bo)" \
	"an action past due and not done is listed"
run env INC_NOW=2026-03-06T00:00:00Z inc-postmortem -C o --due
is "$status:$out" \
	"1:$x  action 1 overdue since 2026-03-04 (owner Bo); action 2 overdue since 2026-03-05 (owner Ricardo Ortiz)" \
	"the next day both are late"
run env INC_NOW=2026-03-06T00:00:00Z inc-postmortem -C o -j --due
is "$status" 1 "--overdue --json exits 1"
is "$(printf '%s\n' "$out" | jq -s -r '.[]|[.incident,(.reasons|length),.reasons[1]]|@tsv')" \
	"$x	2	action 2 overdue since 2026-03-05 (owner Ricardo Ortiz)" \
	"one JSON row, its reasons read with jq"

succeeds "setup: action 1 done" inc-postmortem -C o --done 1 "$x"
succeeds "setup: action 2 done" inc-postmortem -C o --done 2 "$x"
run env INC_NOW=2026-03-10T00:00:00Z inc-postmortem -C o --due
is "$status:$out:$err" "0::" "all fine: exit 0, no output"
run env INC_NOW=2026-03-10T00:00:00Z inc-postmortem -C o --json --due
is "$status:$out:$err" "0::" "all fine with --json: exit 0, no output"
env INC_NOW=2026-03-10T00:00:00Z inc-postmortem -C o --due \
	>"$TRASH/.out" 2>"$TRASH/.err"
is "$?:$(cat "$TRASH/.out" "$TRASH/.err")" "0:" \
	"--overdue frees what it skips (no leak under ASan)"
fails "--due with an incident is a usage error" 2 \
	"inc-postmortem: --due takes no incident
$usage" inc-postmortem -C o --due "$x"

# the draft of an incident still active
run inc-postmortem -C o "$y"
is "$(printf '%s\n' "$out" | sed -n 5,7p)" "- Confirmed: - (time to confirm: -)
- Resolved: - (time to resolve: -)
- Highest state: investigating" "an active incident: not confirmed, not resolved"
fsck_clean "fsck is clean (overdue)" o

# --- Markdown: text from the log renders as written, checked with cmark
new_repo md
title='*not* [a](link) <b>x</b> & `c` ~~s~~ a|b'
m=$(inc-open -C md -m '# heading? no
1. nor a list
> nor a quote' "$title" 2>/dev/null)
succeeds "setup: a sitrep with markup" inc-sitrep -C md -b '- not an item' \
	-i '_not emphasis_' -d 'back\slash' "$m"
succeeds "setup: an action with markup" inc-postmortem -C md \
	--action '**bold** | pipe' --owner '[Bo](x)' --by 2026-12-01 "$m"
run inc-postmortem -C md "$m"
is "$(printf '%s\n' "$out" | sed -n 1p)" \
	'# Post-mortem: \*not\* \[a\](link) \<b>x\</b> \& \`c\` \~\~s\~\~ a\|b' \
	"Markdown metacharacters of a title are escaped"
printf '%s\n' "$out" >pm.md
run inc-sitrep -C md -l -F markdown "$m"
printf '%s\n' "$out" >sitrep.md
if command -v cmark >/dev/null; then
	html=$(cmark pm.md)
	like "$html" "<h1>Post-mortem: \*not\* \[a\]\(link\) &lt;b&gt;x&lt;/b&gt; &amp; \`c\` ~~s~~ a\|b</h1>" \
		"cmark renders the title as written"
	like "$html" "<p># heading\? no
1\. nor a list
&gt; nor a quote</p>" "and the summary: no heading, list or quote"
	# plain CommonMark has no tables: a row reads as its text
	like "$html" "^\| 1 \| \*\*bold\*\* \| pipe \| \[Bo\]\(x\) \| 2026-12-01 \| no \|" \
		"an action and its owner in the table, as written"
	is "$(cmark pm.md | grep -c '<a \|<blockquote>\|<ol>\|<b>\|<del>')" \
		0 "no link, quote, list or HTML from the log"
	is "$(cmark pm.md | grep -o '<strong>[^<]*' | tr '\n' ' ')" \
		"<strong>What is broken: <strong>How widespread: <strong>What is being done: <strong>Who is working on it: " \
		"strong emphasis only where the draft puts it"
	html=$(cmark sitrep.md)
	like "$html" "<p>- not an item</p>" "a sitrep field is no list item"
	like "$html" "<p>_not emphasis_</p>" "nor emphasis"
	like "$html" "<p>back\\\\slash</p>" "a backslash stays"
else
	skip "cmark renders the title as written (cmark is not installed)"
fi

# --- a monitor's readings, one a minute: folded between other events
new_repo mon
run inc-open -C mon -t 2026-03-02T09:00:00Z "Queue backlog"
qid=$out
for m in 01 02 03; do
	succeeds "a reading" as "Mon Itor" mon@example.com inc-note -C mon \
		-t 2026-03-02T09:${m}:00Z --metric "queue depth" "${m}000"
done
succeeds "a p99 reading" as "Mon Itor" mon@example.com inc-note -C mon \
	-t 2026-03-02T09:03:30Z --metric "P99" "4 s"
run inc-note -C mon -t 2026-03-02T09:04:00Z "scaling the workers"
for m in 05 06; do
	succeeds "a reading" as "Mon Itor" mon@example.com inc-note -C mon \
		-t 2026-03-02T09:${m}:00Z --metric "Queue Depth" "${m}00"
done
run inc-postmortem -C mon "$qid"
is "$(section "Timeline (UTC)")" "| Time | Who | What |
|---|---|---|
| 2026-03-02 09:00:00 | Ricardo Ortiz | opened (investigating): Queue backlog |
| 2026-03-02 09:03:00 | Mon Itor | reading: queue depth = 03000 (the last of 3 readings) |
| 2026-03-02 09:03:30 | Mon Itor | reading: P99 = 4 s |
| 2026-03-02 09:04:00 | Ricardo Ortiz | note: scaling the workers |
| 2026-03-02 09:06:00 | Mon Itor | reading: Queue Depth = 0600 (the last of 2 readings) |" \
	"each metric's last reading between two other events, and how many it stands for"
run inc-log -C mon "$qid"
is "$(printf '%s\n' "$out" | grep -c 'reading: ')" 6 "inc-log keeps every reading"

# --- the header's time to resolve counts from where the line of times
# below it does, when the impact began before the opening
new_repo began
bid=$(inc-open -C began -t 2026-03-02T09:00:00Z -O 2026-03-02T08:40:00Z \
	--detected 2026-03-02T08:50:00Z "Late page" 2>/dev/null)
succeeds "setup: resolved at 10:00" \
	inc-state -C began -t 2026-03-02T10:00:00Z "$bid" resolved
run inc-postmortem -C began "$bid"
is "$(printf '%s\n' "$out" | grep -e '^- Resolved' -e '^- Time')" \
	"- Resolved: 2026-03-02 10:00 UTC (time to resolve: 1h20m)
- Time to detect 10m, to mitigate -, to resolve 1h20m, from when the impact began" \
	"one time to resolve, from when the impact began, in both lines"
run inc-state -C began -j "$bid"
is "$(printf '%s' "$out" | jq .time_to_resolve_seconds)" 4800 "as the picture has it"

# the impact as the sitreps told it, each change with its time: the
# closing sitrep's "none now" is not the whole story (a team's replay)
new_repo imp
iid=$(inc-open -C imp --at 2026-03-02T09:00:00Z "Workers KV failing" 2>/dev/null)
inc-sitrep -C imp --at 2026-03-02T09:20:00Z -b "KV reads fail" \
	-i "Access logins fail for all customers" -d "Failing over storage" "$iid" >/dev/null 2>&1
inc-sitrep -C imp --at 2026-03-02T09:50:00Z -b "KV reads fail" \
	-d "Still failing over" "$iid" >/dev/null 2>&1
inc-sitrep -C imp --at 2026-03-02T10:30:00Z -b "KV reads slow" \
	-i "Some Workers slow; Access recovered" -d "Watching" "$iid" >/dev/null 2>&1
inc-sitrep -C imp --at 2026-03-02T11:00:00Z -b "Nothing" \
	-i "None now" -d "Closing" "$iid" >/dev/null 2>&1
run inc-postmortem -C imp "$iid"
is "$(section Impact)" "As the sitreps told it:

- 2026-03-02 09:20 UTC: Access logins fail for all customers
- 2026-03-02 10:30 UTC: Some Workers slow; Access recovered
- 2026-03-02 11:00 UTC: None now" \
	"the impact: each change the sitreps told, with its time"

done_testing
