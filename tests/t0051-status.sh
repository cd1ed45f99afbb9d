#!/bin/sh
# inc-status: recording customer updates that follow the rules.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z
new_repo r
id=$(inc-open -C r --at 2026-11-23T11:00:00Z "API errors in EU" 2>/dev/null)
inc-handoff -C r comms "Chris Stolt <chris@example.com>" >/dev/null
good="Some API requests in the EU fail with 503 errors. We have identified the problem and are rolling back a deploy. Retrying failed requests is safe. Next update in 30 minutes."
before=$(commits r)

run inc-status -C r -s identified -i major -p api -p "EU dashboard" "$good"
is "$status" 0 "a good update is recorded"
is "$out" "API errors in EU
Identified - $good
This affects: api, EU dashboard (major impact)
Posted 2026-11-23 12:00 UTC" "and printed as customers will read it"
is "$err" "@all: Customer update (Identified): Some API requests in the EU fail with 503 errors. We have identified the problem and are rolling bac..." \
	"the announcement is its first 100 bytes"
is "$(commits r)" $((before + 1)) "one commit"
is "$(inc-log -C r -j | tail -n 1 | jq -c '[.type, .status, .impact, .components, .message == "'"$good"'", has("findings")]')" \
	'["status","identified","major",["api","EU dashboard"],true,false]' "the event, read with jq"
like "$(git -C r log -1 --format=%s)" "^$id: Customer update \(Identified\): Some API" \
	"the commit subject"

# the rules refuse, and say why, one finding a line
before=$(commits r)
fails "an ETA is refused" 1 "inc-status: refused: eta: \"ETA for a fix is 17:00 UTC\": say what is being done and when the next update will come, not when it will be fixed
inc-status: $id: refused by 1 finding: nothing recorded (--force records it anyway, findings kept)" \
	inc-status -C r "API requests fail with 503 errors. We are rolling back a deploy; the ETA for a fix is 17:00 UTC. Retrying is safe. Next update in 1 hour."
is "$(commits r)" "$before" "nothing recorded"
fails "blaming someone on the roster is refused (and the change named as the cause)" 1 "inc-status: refused: cause: \"after a change\": say what is broken and what is being done; name the cause once the incident is resolved
inc-status: refused: blame: \"Chris Stolt\": own the problem and say what we are doing about it, not whose fault it is
inc-status: $id: refused by 2 findings: nothing recorded (--force records it anyway, findings kept)" \
	inc-status -C r "API requests fail with 503 errors after a change by Chris Stolt. We are rolling it back. Retrying is safe. Next update in 1 hour."
git -C r config --add inc.blame "Acme Hosting"
fails "blaming a name from inc.blame is refused" 1 "inc-status: refused: blame: \"Acme Hosting\": own the problem and say what we are doing about it, not whose fault it is
inc-status: $id: refused by 1 finding: nothing recorded (--force records it anyway, findings kept)" \
	inc-status -C r "API requests fail with 503 errors while Acme Hosting works on it. We are investigating. Retrying is safe. Next update in 1 hour."
is "$(commits r)" "$before" "nothing recorded for either"

# --force records anyway, and the event keeps the findings
run inc-status -C r --force "API requests fail with 503 errors. We are rolling back; the ETA for a fix is 17:00 UTC. Retrying is safe. Next update in 1 hour."
is "$status" 0 "--force records it"
is "$(inc-log -C r -j | tail -n 1 | jq -r '.force, .findings')" "true
refused: eta: \"ETA for a fix is 17:00 UTC\": say what is being done and when the next update will come, not when it will be fixed" \
	"the event is marked forced and keeps the findings"
like "$err" "^inc-status: refused: eta: \"ETA for a fix" "the findings are still shown"

# advice is said and kept, and the update goes out
run inc-status -C r "API requests fail with 503 errors. We are rolling back. Retrying is safe."
is "$status:$(printf '%s\n' "$err" | head -n 1)" \
	"0:inc-status: advice: next-update: say when the next update will come (\"next update in 30 minutes\")" \
	"advice is said, and the update recorded"
is "$(inc-log -C r -j | tail -n 1 | jq -r '(.findings | rtrimstr("\n")), has("force")')" \
	"advice: next-update: say when the next update will come (\"next update in 30 minutes\")
false" "the event keeps the advice"
run inc-status -C r -s monitoring "A fix has been implemented and we are monitoring the results. Next update in 1 hour."
is "$status:$(printf '%s\n' "$err" | grep advice)" \
	"0:inc-status: advice: impact: say what customers may still see while the fix is watched (errors clearing, delays, a retry needed), or that service is back to normal" \
	"a monitoring update is asked what customers may still see, not for a workaround"
run inc-status -C r -s monitoring "API requests work again and the issue has been resolved. We are watching. Next update in 1 hour."
is "$status:$(printf '%s\n' "$err" | grep advice)" \
	"0:inc-status: advice: still-open: \"has been resolved\": this says the incident is over: post it with -s resolved, so that the page shows it ended and subscribers hear so
inc-status: advice: data-loss: say whether any data was lost" \
	"an update that says the incident is over, posted open: advised to post it as resolved, and as a resolved one is"
git -C r config inc.lint.still-open off
run inc-status -C r -s monitoring "API requests work again and the issue has been resolved. We are still watching. Next update in 1 hour."
is "$status:$(printf '%s\n' "$err" | grep -c advice)" "0:0" "inc.lint.still-open off: not advised"
git -C r config --unset inc.lint.still-open
run inc-status -C r "API requests fail with 503 errors. We are rolling back. Retrying is safe."
run inc-status -C r "API requests fail with 503 errors. We are rolling back. Retrying is safe."
like "$err" "inc-status: advice: repeat: say what changed since the previous update" \
	"the same words as the previous update: advice"
git -C r config inc.lint.next-update off
git -C r config inc.lint.repeat refuse
fails "inc.lint.repeat=refuse: the same update is refused" 1 "inc-status: refused: repeat: say what changed since the previous update, or that nothing has
inc-status: $id: refused by 1 finding: nothing recorded (--force records it anyway, findings kept)" \
	inc-status -C r "API requests fail with 503 errors. We are rolling back. Retrying is safe."
git -C r config --unset inc.lint.repeat
git -C r config --unset inc.lint.next-update
# a mode misspelt, or a rule that is not one: said, even when refused
git -C r config inc.lint.repeat advice
git -C r config inc.lint.next-updates off
fails "a misspelt mode and rule are warned about" 1 "inc-status: refused: eta: \"back up in 30 minutes\": say what is being done and when the next update will come, not when it will be fixed
inc-status: warning: inc.lint.repeat: advice: not a rule mode (refuse, advise or off) (ignored); inc.lint.next-updates: no such rule (ignored)
inc-status: $id: refused by 1 finding: nothing recorded (--force records it anyway, findings kept)" \
	inc-status -C r "API requests fail with 503 errors. We are rolling back; back up in 30 minutes. Retrying is safe. Next update in 1 hour."
git -C r config --unset inc.lint.repeat
git -C r config --unset inc.lint.next-updates
# a promised next update is kept in the event, and the cadence knows it
new_repo p
inc-open -C p --at 2026-11-23T11:00:00Z "Promises" >/dev/null 2>&1
run inc-status -C p --at 2026-11-23T11:55:00Z "API requests fail with 503 errors. We are rolling back. Retrying is safe. Next update in 20 minutes."
is "$(inc-log -C p -j | tail -n 1 | jq -r .next_update_at)" "2026-11-23T12:15:00Z" \
	"the promise: next_update_at"
is "$(INC_NOW=2026-11-23T12:30:00Z inc-status -C p -j --due | jq -r .due_at)" \
	"2026-11-23T12:15:00Z" "--due: the promise, sooner than the hour, is when the update is due"
run inc-status -C p --at 2026-11-23T11:56:00Z "API requests fail with 503 errors. We are still rolling back. Retrying is safe. Next update in 400 days."
is "$status:$(inc-log -C p -j | tail -n 1 | jq -r .next_update_at)" "0:null" \
	"a next update over a year away is no promise"
run inc-status -C p --at 2026-11-23T11:57:00Z "API requests fail with 503 errors. Most of the rollback is done. Retrying is safe. Next update in 30999999999999999999999 minutes."
is "$status:$(inc-log -C p -j | tail -n 1 | jq -r .next_update_at)" "0:null" \
	"nor one ages away, which overflowed a long"
# a promise by a clock time in UTC is kept too; one in another zone, or
# none, is not: whose 14:00 it is cannot be known
for promise in "Next update by 12:30 UTC.|2026-11-23T12:30:00Z" \
    "Next update at 1:15 pm GMT.|2026-11-23T13:15:00Z" \
    "Next update at 00:10Z.|2026-11-24T00:10:00Z" \
    "Next update by 12:30 IST.|null" "Next update by 12:30.|null" \
    "Next update at 1 pm CST.|null" \
    "Next update by 14:30 UTC+2.|2026-11-23T12:30:00Z" \
    "Next update at 1 pm GMT -5.|2026-11-23T18:00:00Z" \
    "Next update at 1 pm GMT-05:00.|2026-11-23T18:00:00Z" \
    "Next update at 14:30 CET.|2026-11-23T13:30:00Z" \
    "Next update at 14:30 (CET).|2026-11-23T13:30:00Z" \
    "Next update by 3 pm CET.|2026-11-23T14:00:00Z" \
    "Next update by 9 am ET.|2026-11-23T14:00:00Z" \
    "Next update at 5:00 PM PT.|2026-11-24T01:00:00Z" \
    "Next update at 5:00 PM PDT.|2026-11-24T00:00:00Z" \
    "Next update at 12 noon UTC.|2026-11-23T12:00:00Z" \
    "Next update at 12 midnight UTC.|2026-11-24T00:00:00Z" \
    "We'll check back in an hour or sooner if anything changes.|2026-11-23T12:58:00Z" \
    "We will post again within 45 minutes.|2026-11-23T12:43:00Z" \
    "Next update in half an hour.|2026-11-23T12:28:00Z" \
    "Next update in half a day.|2026-11-23T23:58:00Z" \
    "Next update in an hour and a half.|2026-11-23T13:28:00Z" \
    "Next update in one and a half hours.|2026-11-23T13:28:00Z" \
    "Next update in 2 and a half hours.|2026-11-23T14:28:00Z" \
    "Next update: 12:30 UTC.|2026-11-23T12:30:00Z" \
    "Next update at midnight UTC.|2026-11-24T00:00:00Z" \
    "Next update by noon UTC.|2026-11-23T12:00:00Z" \
    "Next update by midday GMT.|2026-11-23T12:00:00Z" \
    "Next update tomorrow at 14:00 UTC.|2026-11-24T14:00:00Z" \
    "Next update tomorrow by 09:00 UTC.|2026-11-24T09:00:00Z"; do
	run inc-status -C p --at 2026-11-23T11:58:00Z -f "API requests fail with 503 errors. We are rolling back. Retrying is safe. ${promise%|*}"
	is "$status:$(inc-log -C p -j | tail -n 1 | jq -r .next_update_at)" \
		"0:${promise#*|}" "the promise of '${promise%|*}'"
done
# a time in no zone is not kept, and the update is told why
run inc-status -C p --at 2026-11-23T11:58:00Z "API requests fail with 503 errors. We are rolling back. Retrying is safe. Next update by 22:00."
is "$status:$(inc-log -C p -j | tail -n 1 | jq -r .next_update_at):$(printf '%s\n' "$err" | grep advice)" \
	"0:null:inc-status: advice: next-update: \"update by 22:00\": name the time zone (\"by 22:00 UTC\") or give a relative time (\"in 30 minutes\"): customers are in many zones, and a time in none is not kept as the next update's" \
	"a promise by a time in no zone: advice to name the zone, and not kept"
for promise in "Next update: 22:00.|Next update: 22:00" \
    "Next update at midnight.|update at midnight"; do
	run inc-status -C p --at 2026-11-23T11:58:00Z "API requests fail with 503 errors. We are rolling back. Retrying is safe. ${promise%|*}"
	is "$status:$(inc-log -C p -j | tail -n 1 | jq -r .next_update_at):$(printf '%s\n' "$err" | grep advice)" \
		"0:null:inc-status: advice: next-update: \"${promise#*|}\": name the time zone (\"by 22:00 UTC\") or give a relative time (\"in 30 minutes\"): customers are in many zones, and a time in none is not kept as the next update's" \
		"so is '${promise%|*}', not dropped unsaid"
done
# a promise read as people write it is broken when it is: "half an hour"
# is not an hour, "Next update: 10:30 UTC." is one (a long outage on a
# two-hour cadence, the promise 15 minutes broken)
for promise in "Next update in half an hour." "Next update: 10:30 UTC."; do
	new_repo h
	h=$(inc-open -C h --at 2026-11-23T09:00:00Z "Data storage degraded" 2>/dev/null)
	inc-status -C h --at 2026-11-23T09:01:00Z -E 2h "$h" >/dev/null 2>&1
	inc-status -C h --at 2026-11-23T10:00:00Z -s identified "$h" "Issues show out-of-date data. We are restoring a data storage system. No workaround yet. $promise" >/dev/null 2>&1
	run env INC_NOW=2026-11-23T10:45:00Z inc-check -C h "$h"
	like "$(printf '%s\n' "$out" | grep '^customers')" \
		'^customers    ACTION last update 45m ago .*; next LATE by 15m$' \
		"'$promise' at 10:00: inc-check says it is late at 10:45"
	run env INC_NOW=2026-11-23T10:45:00Z inc-status -C h --due
	is "$status:$out" "1:$h  investigating  customer update overdue by 15m" \
		"and --due lists it"
	rm -rf h
done
# a time that has passed today is likely a slip, not tomorrow's, unless
# the update names the day
run env INC_NOW=2026-11-23T21:31:00Z inc-status -C p --at 2026-11-23T21:30:00Z "API requests fail with 503 errors. We are rolling back. Retrying is safe. Next update by 21:00 UTC."
is "$status:$(inc-log -C p -j | tail -n 1 | jq -r .next_update_at):$(printf '%s\n' "$err" | grep advice)" \
	"0:null:inc-status: advice: next-update: \"update by 21:00 UTC\": that time has passed today: give one ahead, or say tomorrow or the date if it is meant (a time passed is not kept as the next update's)" \
	"a promise by a time passed half an hour ago: advised, not kept as tomorrow's"
run env INC_NOW=2026-11-23T21:31:00Z inc-status -C p --at 2026-11-23T21:30:00Z "API requests fail with 503 errors. We are rolling back. Retrying is safe. Next update by 21:00 UTC-5."
is "$status:$(inc-log -C p -j | tail -n 1 | jq -r .next_update_at):$(printf '%s\n' "$err" | grep -c advice)" \
	"0:2026-11-24T02:00:00Z:0" "21:00 UTC-5 is another zone's 21:00, not passed: kept as such"
for promise in "Next update tomorrow at 21:00 UTC.|2026-11-24T21:00:00Z" \
    "Next update at 21:00 UTC on 24 November.|2026-11-24T21:00:00Z" \
    "Next update at 00:30 UTC.|2026-11-24T00:30:00Z" \
    "Next update at 14:00 UTC.|2026-11-24T14:00:00Z"; do
	run env INC_NOW=2026-11-23T21:31:00Z inc-status -C p --at 2026-11-23T21:30:00Z "API requests fail with 503 errors. We are rolling back. Retrying is safe. ${promise%|*}"
	is "$status:$(inc-log -C p -j | tail -n 1 | jq -r .next_update_at):$(printf '%s\n' "$err" | grep -c advice)" \
		"0:${promise#*|}:0" "tomorrow's, with no advice: '${promise%|*}'"
done

# a resolved incident may name its cause
inc-state -C r resolved >/dev/null
run inc-status -C r -s resolved "$id" "The API errors are resolved. They were caused by a faulty deploy, which we rolled back. No action is needed."
is "$status" 0 "a resolved incident's update may name the cause"

# bad values change nothing
before=$(commits r)
fails "an invalid status" 2 "inc-status: fixed: invalid status (use investigating, identified, monitoring or resolved)" \
	inc-status -C r -s fixed "$id" "$good"
fails "an invalid impact" 2 "inc-status: huge: invalid impact (use none, minor, major or critical)" \
	inc-status -C r -i huge "$id" "$good"
fails "two components in one -p" 2 "inc-status: a,b: one component or two? give -p for each (a name with a comma is one the team declares: inc-init --set components=[...])" \
	inc-status -C r -p a,b "$id" "$good"
is "$(commits r)" "$before" "nothing recorded"

# a component given its own status: -p NAME=STATUS, in any case or short
new_repo c
git -C c config --add inc.component API
git -C c config --add inc.component Copilot
git -C c config --add inc.component "a=b"
k=$(inc-open -C c --at 2026-11-23T11:00:00Z "Copilot degraded" 2>/dev/null)
before=$(commits c)
run inc-status -C c -i major -p copilot=Partial -p "API = operational" -p "a=b" --component=Copilot=partial_outage "$k" "$good"
is "$status:$out" "0:Copilot degraded
Investigating - $good
This affects: Copilot (partial outage), API (operational), a=b (major impact)
Posted 2026-11-23 12:00 UTC" "printed with the status each was given; a declared name with = is a name whole"
is "$(event_field c "$k" '[.components, .component_status] | tojson')" \
	'[["Copilot","API","a=b"],{"API":"operational","Copilot":"partial_outage"}]' \
	"the event: the components as before, their statuses by name"
before=$(commits c)
fails "a status that is not one" 2 "inc-status: down: invalid component status (use operational, degraded_performance, partial_outage or major_outage)" \
	inc-status -C c -p API=down "$k" "$good"
fails "\"outage\" could be either" 2 "inc-status: outage: invalid component status (use operational, degraded_performance, partial_outage or major_outage)" \
	inc-status -C c -p Copilot=outage "$k" "$good"
# "major" neither: -i major is a partial outage, major_outage a critical
# impact; '-i major -p Copilot=major' told customers Copilot was down
fails "\"major\" could be either" 2 "inc-status: major: invalid component status (use operational, degraded_performance, partial_outage or major_outage)" \
	inc-status -C c -i major -p Copilot=major "$k" "$good"
fails "\"Major\", in any case" 2 "inc-status: Major: invalid component status (use operational, degraded_performance, partial_outage or major_outage)" \
	inc-status -C c -p "Copilot = Major" "$k" "$good"
fails "a status left out" 2 "inc-status: API=: no component status after '=' (use operational, degraded_performance, partial_outage or major_outage)" \
	inc-status -C c -p API= "$k" "$good"
fails "a name left out" 2 "inc-status: =major_outage: no component name before '='" \
	inc-status -C c -p =major_outage "$k" "$good"
fails "one component, two statuses" 2 "inc-status: api=major_outage: api is given two statuses (operational and major_outage)" \
	inc-status -C c -p API=operational -p api=major_outage "$k" "$good"
fails "an undeclared name with a status" 2 "inc-status: Search: unknown component (use API, Copilot or a=b)" \
	inc-status -C c -p Search=major_outage "$k" "$good"
fails "a maintenance's components take no status" 2 "inc-status: API=major_outage: a maintenance's components take no status (they are under maintenance while it is in progress)" \
	inc-status -C c --maintenance in_progress -p API=major_outage "$k" "Rebuilding the index."
is "$(commits c)" "$before" "nothing recorded"
# with no component declared, a word of letters after = is a status
run inc-status -C r -p "search=down" "$id" "$good"
is "$status:$err" "2:inc-status: down: invalid component status (use operational, degraded_performance, partial_outage or major_outage)" \
	"no component declared: a word after = is meant as a status"

# cadence: a major incident every 30 minutes, others every 60
new_repo d
a=$(inc-open -C d --at 2026-11-23T11:00:00Z "Slow builds" 2>/dev/null)
b=$(inc-open -C d --at 2026-11-23T11:00:00Z --state major "Logins fail" 2>/dev/null)
run env INC_NOW=2026-11-23T11:20:00Z inc-status -C d --due
is "$status:$out" "0:" "nothing due after 20 minutes"
run env INC_NOW=2026-11-23T11:40:00Z inc-status -C d --due
is "$status:$out" "1:$b  major  customer update overdue by 10m" "the major one after 30"
run env INC_NOW=2026-11-23T12:10:00Z inc-status -C d -j --due
is "$status:$(printf '%s\n' "$out" | jq -r .incident | sort | tr '\n' ' ')" \
	"1:$(printf '%s\n' "$a" "$b" | sort | tr '\n' ' ')" "both after 60, as JSON"
git -C d config inc.updateInterval 90
run env INC_NOW=2026-11-23T12:10:00Z inc-status -C d --due
is "$status:$out" "1:$b  major  customer update overdue by 40m" "inc.updateInterval changes it"
run env INC_NOW=2026-11-23T11:50:00Z inc-status -C d --at 2026-11-23T11:45:00Z "$b" "$good"
run env INC_NOW=2026-11-23T12:10:00Z inc-state -C d "$b"
like "$out" "customers    last update 2026-11-23 11:45 UTC, next due in 5m" \
	"inc-state shows when the next update is due"
run env INC_NOW=2026-11-23T12:10:00Z inc-postmortem -C d "$b"
like "$out" "- 2026-11-23 11:45 UTC \\(investigating\\): $good" "the post-mortem lists the customer updates, each with its status"
# customers told it is resolved while it is still open (monitored): the
# status page shows it resolved, so no next update is due
run env INC_NOW=2026-11-23T12:11:00Z inc-status -C d -s resolved "$b" \
	"Logins work again. No data was lost; service is fully restored."
run env INC_NOW=2026-11-23T14:00:00Z inc-status -C d --due
is "$status:$out" "1:$a  investigating  customer update overdue by 1h30m" \
	"after a resolved update, no update is due for it"
run env INC_NOW=2026-11-23T14:00:00Z inc-state -C d "$b"
like "$out" "customers    last update 2026-11-23 12:11 UTC$" "nor does inc-state say one is"
# written in an editor: '#' lines are dropped, an empty one records nothing
cat >ed.sh <<EOF
#!/bin/sh
cp "\$1" "$TRASH/template"
printf '%s\n' "Card payments fail for some shops. We are rolling back a" \
	"  deploy. Retrying the payment is safe. Next update in 1 hour." >>"\$1"
EOF
printf '#!/bin/sh\nexit 0\n' >noop.sh
chmod +x ed.sh noop.sh
new_repo e
inc-open -C e --at 2026-11-23T11:00:00Z "Payments" >/dev/null 2>&1
run env EDITOR="$TRASH/ed.sh" inc-status -C e -s identified -e
is "$status" 0 "-e records what was written in the editor"
is "$(inc-log -C e -j | tail -n 1 | jq -r .message)" "Card payments fail for some shops. We are rolling back a
  deploy. Retrying the payment is safe. Next update in 1 hour." "without the template's comment lines"
like "$(cat template)" "^# A customer update: what is broken" "the template says what an update needs"
before=$(commits e)
fails "an editor that writes nothing records nothing" 1 "inc-status: update: empty" \
	env EDITOR="$TRASH/noop.sh" inc-status -C e -e
is "$(commits e)" "$before" "no commit"
# refused, the editor opens again with the findings as comments
cat >ed2.sh <<EOF
#!/bin/sh
n=\$(cat "$TRASH/calls" 2>/dev/null || echo 0)
echo \$((n + 1)) >"$TRASH/calls"
cp "\$1" "$TRASH/template\$n"
if [ "\$n" = 0 ]; then
	echo "Payments fail. We are rolling back; it will be fixed by 15:00 UTC. Retry." >"\$1"
else
	grep -v '^#' "\$1" | sed 's/; it will be fixed by 15:00 UTC//' >"\$1.new"
	mv "\$1.new" "\$1"
fi
EOF
chmod +x ed2.sh
before=$(commits e)
run env EDITOR="$TRASH/ed2.sh" inc-status -C e -e
is "$status:$(cat calls)" "0:2" "refused, the editor opens again; fixed, it is recorded"
like "$(cat template1)" "^Payments fail. We are rolling back; it will be fixed by 15:00 UTC. Retry.
# Not recorded. Findings \\(see inc-status\\(1\\)\\):
#   refused: eta: \"will be fixed by 15:00 UTC\"" "the text again, the findings as comments"
is "$(commits e)" $((before + 1)) "one commit"
# refused and given back unchanged: kept in a file, its path said
printf '#!/bin/sh\n[ -s "%s/seen" ] && exit 0\necho x >"%s/seen"\necho "Payments fail. Back up in 20 minutes. Retry." >"$1"\n' \
	"$TRASH" "$TRASH" >ed3.sh
chmod +x ed3.sh
run env EDITOR="$TRASH/ed3.sh" TMPDIR="$TRASH" inc-status -C e -e
is "$status" 1 "refused and unchanged: not recorded"
kept=$(printf '%s\n' "$err" | sed -n 's/^inc-status: the update is kept in //p')
is "$(cat "$kept" 2>/dev/null)" "Payments fail. Back up in 20 minutes. Retry." \
	"what was typed is kept, and its path said"
# the editor fails (vim's :cq, a dropped ssh): what was written is kept
printf '#!/bin/sh\necho "Payments fail. We are rolling back." >"$1"\nexit 1\n' >edfail.sh
chmod +x edfail.sh
before=$(commits e)
run env EDITOR="$TRASH/edfail.sh" TMPDIR="$TRASH" inc-status -C e -e
kept=$(printf '%s\n' "$err" | sed -n 's/.*the text is kept in //p')
is "$status:$err" "1:inc-status: $TRASH/edfail.sh: the editor failed; nothing recorded; the text is kept in $kept" \
	"a failed editor: nothing recorded, the file's path said"
like "$(cat "$kept" 2>/dev/null)" "^Payments fail. We are rolling back.$" "what was typed is in it"
is "$(commits e)" "$before" "no commit"
# refused, then the editor reopened on it fails: the refused text is kept
printf '#!/bin/sh\n[ -s "%s/seen2" ] && exit 1\necho x >"%s/seen2"\necho "Payments fail. Back up in 20 minutes. Retry." >"$1"\n' \
	"$TRASH" "$TRASH" >edfail2.sh
chmod +x edfail2.sh
run env EDITOR="$TRASH/edfail2.sh" TMPDIR="$TRASH" inc-status -C e -e
kept=$(printf '%s\n' "$err" | sed -n 's/.*the text is kept in //p')
like "$(cat "$kept" 2>/dev/null)" "^Payments fail. Back up in 20 minutes. Retry.$" \
	"refused, then the editor fails: the refused text is kept"
rm -f "$TRASH"/inc-edit-*
printf '#!/bin/sh\nexit 1\n' >edfail3.sh
chmod +x edfail3.sh
fails "a failed editor that wrote nothing" 1 "inc-status: $TRASH/edfail3.sh: the editor failed; nothing recorded" \
	env EDITOR="$TRASH/edfail3.sh" TMPDIR="$TRASH" inc-status -C e -e
is "$(ls "$TRASH" | grep -c '^inc-edit-')" 0 "nothing typed: no file left"

# proactive contact with top customers, and the support ticket count
new_repo k
kid=$(inc-open -C k --at 2026-11-23T11:00:00Z "Checkout fails" 2>/dev/null)
run inc-status -C k --contacted "Acme Corp"
is "$status:$out" "0:Customer contacted: Acme Corp" "--contacted records a contact"
run inc-status -C k -k "Globex"
run inc-status -C k -k "acme CORP"
run inc-status -C k --tickets 12
is "$status:$out" "0:Support tickets: 12" "--tickets records the count"
is "$(inc-state -C k -j | jq -c '[.contacted, .tickets]')" '[["Acme Corp","Globex"],12]' \
	"the picture has each customer once, in any case, as first written, and the latest count"
run inc-sitrep -C k -b "Checkout fails" -i "All shops" -d "Rolling back"
like "$out" "^Customers contacted: Acme Corp, Globex; support tickets: 12$" \
	"the sitrep says so"
run inc-postmortem -C k
like "$out" "^Customers contacted: Acme Corp, Globex; support tickets: 12$" \
	"and so does the post-mortem"
fails "a negative ticket count" 2 "inc-status: -3: not a number of tickets" \
	inc-status -C k --tickets -3
fails "both at once" 2 "inc-status: --contacted and --tickets are separate events
$(inc-status --help)" inc-status -C k -k A -T 1
fails "a message with --contacted" 2 "inc-status: --contacted and --tickets take no message
$(inc-status --help)" inc-status -C k -k A "$kid" "some text"
is "$(git -C k log --format=%s | head -n 3 | sed "s/^$kid: //")" "Sitrep: Checkout fails
Support tickets: 12
Customer contacted: acme CORP" "each is a commit of its own"
run inc-status -C k -k " Globex	"
is "$status:$out" "0:Customer contacted: Globex" \
	"a name pasted with blanks around it is recorded without them"
is "$(inc-state -C k -j | jq -c .contacted)" '["Acme Corp","Globex"]' \
	"and is the customer already listed"

# the status page's name and team are ours: never blamed
pid=$(inc-open -C k "Dashboard down" 2>/dev/null)
upd="Cloudflare is investigating errors on the dashboard. There is no workaround yet. Next update in 30 minutes."
fails "a company's outage named: blame" 1 "inc-status: refused: blame: \"Cloudflare is investigating\": own the problem and say what we are doing about it, not whose fault it is
inc-status: $pid: refused by 1 finding: nothing recorded (--force records it anyway, findings kept)" \
	inc-status -C k -i major "$pid" "$upd"
git -C k config inc.pageName "Cloudflare Status"
run inc-status -C k -i major "$pid" "$upd"
is "$status:$(event_field k "$pid" .message)" "0:$upd" "not when it is the page's own name, without its closing Status"
git -C k config --unset inc.pageName
git -C k config inc.pageTeam "Cloudflare"
run inc-status -C k -i major "$pid" "Cloudflare is investigating errors on the dashboard again. There is no workaround yet. Next update in 30 minutes."
is "$status" 0 "nor the team's"

fsck_clean "fsck is clean" r
is "$(git -C r status --porcelain)" "" "the work tree stays clean"

# with no -i, the update is printed with the impact the status page gives
# it: the newest an earlier update gave, else the state's (investigating:
# minor); none is not printed
new_repo m
mid=$(inc-open -C m --at 2026-11-23T11:00:00Z "Logins fail" 2>/dev/null)
msg="Logins fail for some users. We are investigating. No workaround yet. Next update in 30 minutes."
run inc-status -C m --at 2026-11-23T11:05:00Z "$mid" "$msg"
is "$status:$(printf '%s\n' "$out" | sed -n 3p)" "0:(minor impact)" "no impact given: the state's, as the page shows it"
inc-status -C m --at 2026-11-23T11:10:00Z -i critical "$mid" "$msg" >/dev/null 2>&1
run inc-status -C m --at 2026-11-23T11:15:00Z -p api "$mid" "$msg"
is "$status:$(printf '%s\n' "$out" | sed -n 3p)" "0:This affects: api (critical impact)" "the newest impact an earlier update gave"
inc-status -C m --at 2026-11-23T11:20:00Z -i none "$mid" "$msg" >/dev/null 2>&1
run inc-status -C m --at 2026-11-23T11:25:00Z "$mid" "$msg"
is "$status:$(printf '%s\n' "$out" | sed -n 3p)" "0:Posted 2026-11-23 11:25 UTC" "an impact of none is not printed"

# the update starts with its words, as git commit records a message:
# blank lines above it and blanks after it are dropped, from operands,
# standard input and the editor alike (the announcement was the bare
# "Customer update (Identified):", the page's body began blank)
new_repo bl
blid=$(inc-open -C bl "API errors" 2>/dev/null)
words="API requests fail for some customers.
We are rolling back a deploy. Next update in 30 minutes."
run inc-status -C bl -s identified "$blid" "$(printf '\n\n   \n%s\n\n  ' "$words")"
is "$status:$(printf '%s\n' "$err" | grep '^@all')" "0:@all: Customer update (Identified): API requests fail for some customers...." \
	"operands: the announcement has the update's first words"
is "$(event_field bl "$blid" .message)" "$words" "and the recorded text begins and ends with them"
printf '\n \t\n%s\n\n' "$words" | inc-status -C bl -s identified "$blid" - >/dev/null 2>&1
is "$(event_field bl "$blid" .message)" "$words" "standard input too"
cat >edbl.sh <<EOF
#!/bin/sh
printf '\n\n   \n%s\n\n' "$words" >"\$1"
EOF
chmod +x edbl.sh
run env EDITOR="$TRASH/edbl.sh" inc-status -C bl -s monitoring -e "$blid"
is "$status:$(event_field bl "$blid" .message)" "0:$words" "and the editor"

# customers whose names have a comma can be told apart wherever they are
# listed: "Acme, Inc., Globex, Initech, LLC" read as five
new_repo kc
kcid=$(inc-open -C kc "Message delays" 2>/dev/null)
for k in "Acme, Inc." "Globex Corporation" "Initech, LLC"; do
	inc-status -C kc -k "$k" "$kcid" >/dev/null 2>&1
done
run inc-sitrep -C kc -b "Messages are delayed" -i "some users" -d "investigating" "$kcid"
like "$out" "^Customers contacted: 'Acme, Inc.', Globex Corporation, 'Initech, LLC'\$" \
	"the sitrep quotes a name with a comma"
run inc-check -C kc "$kcid"
like "$(printf '%s\n' "$out" | grep ^customers)" "contacted: 'Acme, Inc.', Globex Corporation, 'Initech, LLC'\$" \
	"inc-check too"
run inc-brief -C kc "$kcid"
like "$out" "Contacted: 'Acme, Inc.', Globex Corporation, 'Initech, LLC'" "and inc-brief"

done_testing
