#!/bin/sh
# inc-open --drill: a practice incident, marked everywhere, never published.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T09:30:00Z
new_repo r
run inc-open -C r --at 2026-11-23T09:00:00Z --drill "Database failover"
is "$status" 0 "--drill opens an incident"
drill=$out
like "$drill" '^2026-11-23-0900-database-failover-[0-9a-z]{6}$' \
	"the id is made as for any incident"
is "$err" "@all: [drill] Incident Investigating: Database failover
@all: IC -> Ricardo Ortiz" "the announcement says it is a drill"
is "$(git -C r log -1 --format=%s)" "$drill: [drill] Incident Investigating: Database failover" \
	"and so does the commit subject"
is "$(cat r/incidents/*/*/"$drill"/*.jsonl | jq -c '[.type, .drill, .title, .state]')" \
	'["open",true,"Database failover","investigating"]' \
	"the open event carries \"drill\": true (read with jq)"
run inc-open -C r -x -S major "Payments down"
is "$err" "@all: [drill] Major Incident: Payments down
@all: IC -> Ricardo Ortiz" "-d is --drill; a major drill says so too"
major=$out
real=$(inc-open -C r --at 2026-11-23T09:10:00Z "API errors in EU" 2>/dev/null)
is "$(cat r/incidents/*/*/"$real"/*.jsonl | jq -c 'has("drill")')" false \
	"an incident that is not a drill has no drill field"

# the picture, inc-state and inc-ls mark it
is "$(inc-state -C r -j "$drill" | jq -c .drill)" true "the picture has drill: true"
is "$(inc-state -C r -j "$real" | jq -c .drill)" null "a real one has none"
run inc-state -C r "$drill"
like "$out" "^$drill  \[drill\] Database failover$" "inc-state marks it"
run inc-state -C r "$real"
like "$out" "^$real  API errors in EU$" "and leaves a real one unmarked"
run inc-ls -C r
is "$status" 0 "inc-ls lists drills"
like "$(printf '%s\n' "$out" | grep "^$drill ")" " \[drill\] Database failover$" \
	"inc-ls marks the drill"
like "$(printf '%s\n' "$out" | grep "^$major ")" " \[drill\] Payments down$" \
	"and the other one"
like "$(printf '%s\n' "$out" | grep "^$real ")" " API errors in EU$" \
	"but not the real incident"
run inc-ls -C r -j
is "$(printf '%s\n' "$out" | jq -r 'select(.drill) | .incident' | sort | tr '\n' ' ')" \
	"$(printf '%s\n' "$drill" "$major" | sort | tr '\n' ' ')" "inc-ls --json has drill: true"

# everything else works as usual
inc-handoff -C r "$drill" comms "Chris Stolt <chris@example.com>" >/dev/null
inc-state -C r "$drill" confirmed >/dev/null
inc-note -C r "$drill" "failing over db-3 to its replica" >/dev/null
run inc-status -C r -s identified -i major -p database "$drill" \
	"Some database writes fail. We are failing over to a replica. Retrying failed requests is safe."
is "$status" 0 "a drill takes customer updates"
run inc-sitrep -C r -b "db-3 down" -i "writes fail" -d "failing over" "$drill"
is "$status" 0 "and sitreps"
inc-state -C r "$drill" resolved >/dev/null
run inc-postmortem -C r "$drill"
is "$status" 0 "and a post-mortem draft"
is "$(inc-state -C r -j "$drill" | jq -c '[.drill, .state, .updates, .sitreps, .notes, .roles.comms.person.name]')" \
	'[true,"resolved",1,1,1,"Chris Stolt"]' "it stays a drill through all of it"
run inc-ls -C r -a
like "$(printf '%s\n' "$out" | grep "^$drill ")" " resolved .* \[drill\] Database failover$" \
	"inc-ls --all still marks it once resolved"

# the mark survives a fresh clone, which has no cached picture
git clone -q r c
run inc-state -C c -j "$drill"
is "$(printf '%s\n' "$out" | jq -c .drill)" true "a fresh clone reads it from the log"
is "$(git -C r log --format=%s | grep "^$drill: " | grep -v '\[drill\]')" \
	"$drill: Note: failing over db-3 to its replica" \
	"every commit of the drill says drill, as its announcement to @all does; but a note is to no one"
is "$(git -C r log --format=%s | grep "^$real: ")" \
	"$real: Incident Investigating: API errors in EU" \
	"and the real incident's does not"

# a drill never reaches the status page
run inc-publish -C r site
is "$status:$err" "0:inc-publish: published 0 incidents, 0 updates to site" \
	"inc-publish leaves the drill out"
if grep -rq "Database failover\|database\|$drill" site; then
	not_ok "nothing of the drill is on the site"
else
	ok "nothing of the drill is on the site"
fi

# the cron nags mark it too, so that Comms mid-outage can tell it from the
# real incident and a script can leave it out
for tool in "inc-status" "inc-sitrep"; do
	what=$([ $tool = inc-status ] && echo "customer update" || echo sitrep)
	INC_NOW=2026-11-23T13:00:00Z run $tool -C r --due
	is "$status" 1 "$tool --due lists the drill and the real incident"
	like "$(printf '%s\n' "$out" | grep "^$major ")" \
	    "^$major  major  \[drill\] $what overdue by [0-9hm]+$" \
	    "$tool --due marks the drill"
	like "$(printf '%s\n' "$out" | grep "^$real ")" \
	    "^$real  investigating  $what overdue by [0-9hm]+$" \
	    "but not the real incident"
	INC_NOW=2026-11-23T13:00:00Z run $tool -C r --due -j
	is "$(printf '%s\n' "$out" | jq -r 'select(.drill == true) | .incident')" \
	    "$major" "$tool --due -j has drill: true for the drill (read with jq)"
	is "$(printf '%s\n' "$out" | jq -r "select(.incident == \"$real\") | has(\"drill\")")" \
	    false "and no drill field for the real incident"
done

# inc-postmortem --due too, once both are resolved with no owner
inc-state -C r "$major" resolved >/dev/null 2>&1
inc-state -C r "$real" resolved >/dev/null 2>&1
run inc-postmortem -C r --due
is "$(printf '%s\n' "$out" | grep "^$major ")" "$major  [drill] no post-mortem owner" \
	"inc-postmortem --due marks the drill"
is "$(printf '%s\n' "$out" | grep "^$real ")" "$real  no post-mortem owner" \
	"but not the real incident"
run inc-postmortem -C r --due -j
is "$(printf '%s\n' "$out" | jq -r "select(.incident == \"$major\") | .drill")" \
	true "inc-postmortem --due -j has drill: true for the drill"
is "$(printf '%s\n' "$out" | jq -r "select(.incident == \"$real\") | has(\"drill\")")" \
	false "and no drill field for the real incident"

fsck_clean "fsck is clean" r
is "$(git -C r status --porcelain)" "" "the work tree stays clean"

done_testing
