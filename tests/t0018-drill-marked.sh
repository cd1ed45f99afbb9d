#!/bin/sh
# A drill is marked "[drill]" wherever a person reads of it: what is
# announced to everyone, the sitrep, the customer update, the briefing,
# the check, the log and the post-mortem draft (incident(7)).
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T09:30:00Z
new_repo r
drill=$(inc-open -C r --at 2026-11-23T09:00:00Z --drill "Database failover" 2>/dev/null)
real=$(inc-open -C r --at 2026-11-23T09:10:00Z "API errors in EU" 2>/dev/null)

# the announcements to everyone, and so the commit subjects
run inc-sitrep -C r -b "db-3 down" -i "writes fail for 5% of requests" \
	-d "failing over" "$drill"
is "$status:$err" "0:@all: [drill] Sitrep: db-3 down" \
	"the sitrep announcement says it is a drill"
is "$(git -C r log -1 --format=%s)" "$drill: [drill] Sitrep: db-3 down" \
	"and so does its commit subject"
run inc-sitrep -C r -b "eu-west 5xx" -i "8% of requests fail" -d "rolling back" \
	"$real"
is "$status:$err" "0:@all: Sitrep: eu-west 5xx" "a real one's is not marked"
run inc-status -C r -s identified "$drill" \
	"Some database writes fail. We are failing over. No workaround. Next update in 30 minutes."
is "$status:$err" "0:@all: [drill] Customer update (Identified): Some database writes fail. We are failing over. No workaround. Next update in 30 minutes." \
	"the customer update announcement says it is a drill"
is "$(git -C r log -1 --format=%s)" "$drill: [drill] Customer update (Identified): Some database writes fail. We are failing over. No workaround. Next update in 30 minutes." \
	"and so does its commit subject"
run inc-status -C r -s identified "$real" \
	"Some API requests fail. We are rolling back. No workaround. Next update in 30 minutes."
is "$status:$err" \
	"0:@all: Customer update (Identified): Some API requests fail. We are rolling back. No workaround. Next update in 30 minutes." \
	"a real one's is not marked"

# the sitrep, as text, Markdown and JSON
is "$(inc-sitrep -C r --last "$drill" | head -2)" \
"SITREP: [drill] Database failover
Incident $drill, investigating, as of 2026-11-23 09:30 UTC from Ricardo Ortiz" \
	"the sitrep says it is a drill before the title"
is "$(inc-sitrep -C r --last -F markdown "$drill" | head -1)" \
	'## Sitrep: \[drill\] Database failover' "so does its Markdown"
is "$(inc-sitrep -C r --last -j "$drill" | jq -c '[.drill, .title]')" \
	'[true,"Database failover"]' "its JSON has drill: true"
is "$(inc-sitrep -C r --last "$real" | head -1)" "SITREP: API errors in EU" \
	"a real one's sitrep is not marked"
is "$(inc-sitrep -C r --last -j "$real" | jq -c 'has("drill")')" false \
	"nor its JSON"

# the customer update, as the incident channel gets it
run inc-status -C r -s monitoring "$drill" \
	"A fix is in place. No workaround is needed. Next update in 30 minutes."
is "$status:$out" "0:[drill] Database failover
Monitoring - A fix is in place. No workaround is needed. Next update in 30 minutes.
(minor impact)
Posted 2026-11-23 09:30 UTC" "the customer update says it is a drill"
run inc-status -C r -s monitoring "$real" \
	"A fix is in place. No workaround is needed. Next update in 30 minutes."
is "$status:$out" "0:API errors in EU
Monitoring - A fix is in place. No workaround is needed. Next update in 30 minutes.
(minor impact)
Posted 2026-11-23 09:30 UTC" "a real one's is not marked"

# the briefing, and so what inc-handoff prints
is "$(inc-brief -C r "$drill" | head -2)" "BRIEFING: [drill] Database failover
Incident $drill" "the briefing says it is a drill before the title"
is "$(inc-brief -C r -F markdown "$drill" | head -1)" \
	'# Briefing: \[drill\] Database failover' "so does its Markdown"
is "$(inc-brief -C r -j "$drill" | jq -c '[.drill, .title]')" \
	'[true,"Database failover"]' "its JSON has drill: true"
is "$(inc-brief -C r "$real" | head -1)" "BRIEFING: API errors in EU" \
	"a real one's briefing is not marked"
is "$(inc-brief -C r -j "$real" | jq -c 'has("drill")')" false "nor its JSON"
inc-handoff -C r "$drill" comms "Chris Stolt <chris@example.com>" >/dev/null
run inc-handoff -C r "$drill" comms "Ana <ana@example.com>"
is "$status:$(printf '%s\n' "$out" | grep BRIEFING)" \
	"0:BRIEFING: [drill] Database failover" \
	"inc-handoff's briefing for the new comms lead says it too"
# the hand-overs told in a sitrep: no news for the check below
inc-sitrep -C r -b "db-3 down" -i "writes fail for 5% of requests" \
	-d "failing over" "$drill" >/dev/null 2>&1

# the check, and the prompt's one line
run inc-check -C r "$drill"
is "$status:$(printf '%s\n' "$out" | head -1)" \
	"0:$drill  investigating: [drill] Database failover" \
	"inc-check says it is a drill before the title"
is "$(inc-check -C r -j "$drill" | jq -c '[.drill, .incident]')" \
	"[true,\"$drill\"]" "its JSON has drill: true"
run inc-check -C r "$real"
is "$status:$(printf '%s\n' "$out" | head -1)" \
	"0:$real  investigating: API errors in EU" "a real one is not marked"
is "$(inc-check -C r -j "$real" | jq -c 'has("drill")')" false "nor its JSON"
run inc-check -C r -1 "$drill"
is "$status:$out" "0:INC 1 [drill] investigating: ok" \
	"--prompt marks the count when every incident is a drill"
run inc-check -C r -1
is "$status:$out" "0:INC 2 (1 [drill]) investigating: ok" \
	"and says how many are drills when some are"
run inc-check -C r -1 "$real"
is "$status:$out" "0:INC 1 investigating: ok" "and nothing when none is"

# the log; its JSON is the log's lines, the open event's "drill" in them
run inc-log -C r "$drill"
is "$status:$(printf '%s\n' "$out" | head -1)" \
	"0:2026-11-23 09:00:00  Ricardo Ortiz  opened (investigating): [drill] Database failover" \
	"inc-log says it is a drill where it was opened"
is "$(inc-log -C r -j "$drill" | jq -c 'select(.type == "open") | .drill')" \
	true "its JSON has the open event's drill: true"
run inc-log -C r "$real"
is "$status:$(printf '%s\n' "$out" | head -1)" \
	"0:2026-11-23 09:10:00  Ricardo Ortiz  opened (investigating): API errors in EU" \
	"a real one is not marked"

# the post-mortem draft: its title, its sitreps and its timeline
run inc-postmortem -C r "$drill"
is "$status:$(printf '%s\n' "$out" | head -1)" \
	'0:# Post-mortem: \[drill\] Database failover' \
	"the post-mortem says it is a drill in its title"
is "$(printf '%s\n' "$out" | grep -c '^### Sitrep: \\\[drill\\\] Database failover$')" 2 \
	"and in each of its sitreps"
is "$(printf '%s\n' "$out" | grep ' | opened ')" \
	'| 2026-11-23 09:00:00 | Ricardo Ortiz | opened (investigating): \[drill\] Database failover |' \
	"and in its timeline"
is "$(inc-postmortem -C r -j "$drill" | jq -c '.picture.drill')" true \
	"its JSON's picture has drill: true"
run inc-postmortem -C r "$real"
is "$status:$(printf '%s\n' "$out" | head -1)" '0:# Post-mortem: API errors in EU' \
	"a real one's is not marked"
is "$(printf '%s\n' "$out" | grep -c 'drill')" 0 "anywhere"

# every other announcement to everyone, on its first line
run inc-handoff -C r "$drill" ops:database "Bo Chen <bo@example.com>"
is "$status:$out" "0:@all: [drill] Ops:database -> Bo Chen" "a hand-off"
run inc-state -C r "$drill" major
is "$status:$out" "0:@all: [drill] Major Incident" "a state change"
run inc-state -C r "$drill" resolved
is "$status:$out" "0:@all: [drill] Incident Resolved" "the resolution"
run inc-note -C r "$drill" "db-3 is back"
is "$status:$out" "0:Note: db-3 is back" "a note, to no one in particular, is not"
run inc-state -C r "$real" major
is "$status:$out" "0:@all: Major Incident" "nor a real incident's"

# what the incident channel's hooks get: the announcement and the text
hooked=$TRASH/hooked
git config --global inc.hook.chat \
	"printf '%s\n%s\n--\n' \"\$INC_ANNOUNCEMENT\" \"\$INC_TEXT\" >>'$hooked'"
other=$(inc-open -C r --drill "Network partition" 2>/dev/null)
inc-sitrep -C r -b "rack 4 cut off" -i "none yet" -d "rerouting" "$other" \
	>/dev/null 2>&1
inc-status -C r -s investigating "$other" \
	"Some requests time out. No workaround yet. Next update in 30 minutes." \
	>/dev/null 2>&1
git config --global --unset inc.hook.chat
is "$(cat "$hooked")" "@all: [drill] Incident Investigating: Network partition
@all: IC -> Ricardo Ortiz
@all: [drill] Incident Investigating: Network partition
@all: IC -> Ricardo Ortiz
--
@all: [drill] Sitrep: rack 4 cut off
SITREP: [drill] Network partition
Incident $other, investigating, as of 2026-11-23 09:30 UTC from Ricardo Ortiz

What is broken:
  rack 4 cut off

How widespread:
  none yet

What is being done:
  rerouting

Who is working on it:
  IC           Ricardo Ortiz

--
@all: [drill] Customer update (Investigating): Some requests time out. No workaround yet. Next update in 30 minutes.
[drill] Network partition
Investigating - Some requests time out. No workaround yet. Next update in 30 minutes.
(minor impact)
Posted 2026-11-23 09:30 UTC

--" "the hooks get each announcement and text marked"

fsck_clean "fsck is clean" r

done_testing
