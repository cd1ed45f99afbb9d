#!/bin/sh
# A scheduled maintenance takes no customer update, so none is ever due
# for it: Communications is not nagged for an update it cannot post.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-20T10:00:00Z
new_repo r
m=$(inc-open -C r "Storage upgrade" 2>/dev/null)
run inc-status -C r --maintenance scheduled --from "2026-11-25 02:00" \
	--until "2026-11-25 04:00" "Git pushes are unavailable for up to two hours."
is "$status" 0 "the window is announced"
run inc-log -C r "$m"
is "$(printf '%s\n' "$out" | tail -1)" \
	"2026-11-20 10:00:00  Ricardo Ortiz  maintenance (scheduled, from 2026-11-25 02:00 UTC, until 2026-11-25 04:00 UTC): Git pushes are unavailable for up to two hours." \
	"inc-log says it, with its window, where it said '(maintenance event)'"
i=$(inc-open -C r "Logins fail" 2>/dev/null)

export INC_NOW=2026-11-20T11:30:00Z
run inc-status -C r --due
is "$status:$out" "1:$i  investigating  customer update overdue by 30m" \
	"--due: the incident is overdue, the maintenance is not"
run inc-status -C r --due --json
is "$(printf '%s\n' "$out" | jq -r .incident)" "$i" "and in the JSON, read with jq"
run inc-ls -C r
like "$(printf '%s\n' "$out" | grep "^$m")" "^$m +investigating +Ricardo Ortiz +1h30m +- +- +Storage upgrade$" \
	"inc-ls: no customer update due for the maintenance, nor a sitrep before it begins"
like "$(printf '%s\n' "$out" | grep "^$i")" " due +due +Logins fail$" "but for the incident"
is "$(inc-ls -C r -j | jq -r 'select(.incident == "'"$m"'") | [.update_overdue, has("update_due_at")] | @tsv')" \
	"false	false" "inc-ls --json: none due, read with jq"
run inc-check -C r "$m"
is "$(printf '%s\n' "$out" | grep '^customers')" \
	"customers    ok     a scheduled maintenance: its notices are inc-status --maintenance, none due on a clock" \
	"inc-check: the customers question is answered, not an action"
run inc-sitrep -C r --due
is "$status:$out" "1:$i  investigating  sitrep overdue by 30m" \
	"inc-sitrep --due: the incident's sitrep is overdue, not the maintenance's"
# once the work begins, so do the sitreps
export INC_NOW=2026-11-25T02:00:00Z
run inc-status -C r --maintenance in_progress "$m" "The upgrade has begun."
export INC_NOW=2026-11-25T03:10:00Z
run inc-sitrep -C r --due
like "$out" "^$m  investigating  sitrep overdue by " \
	"inc-sitrep --due: a maintenance under way has sitreps due"
export INC_NOW=2026-11-20T11:30:00Z
# what it cannot take stays refused
fails "a customer update is still refused for the maintenance" 1 \
	"inc-status: $m: a scheduled maintenance: its updates are inc-status --maintenance, and a problem during it is an incident of its own (inc-open one)" \
	inc-status -C r "$m" "Git pushes fail."

# resolving it: customers were told by its notices, so no advice to post
# a resolved customer update (which it refuses); until completed is
# said, the advice is to say so
export INC_NOW=2026-11-25T04:00:00Z
run inc-state -C r "$m" resolved
is "$status:$err" "0:inc-state: advice: no notice says the maintenance is completed yet: post one with inc-status --maintenance=completed MESSAGE" \
	"resolved before its completion is said: advised to say it"
inc-state -C r "$m" investigating >/dev/null 2>&1
succeeds "setup: completed" inc-status -C r --maintenance completed "$m" "The upgrade is done."
run inc-state -C r "$m" resolved
is "$status:$err" "0:" "completed said: no advice"

# announced days ahead, nothing is owed and nobody is on: the IC who
# announced it is not asked to be relieved for holding command of a
# window that has not begun, nor the groups for a sitrep
export INC_NOW=2026-11-27T10:00:00Z
m2=$(inc-open -C r "Database failover test" 2>/dev/null)
succeeds "setup: a second maintenance, five days ahead" inc-status -C r \
	--maintenance scheduled --from "2026-12-02 02:00" \
	--until "2026-12-02 04:00" "$m2" "Writes may pause for a minute."
export INC_NOW=2026-12-01T23:00:00Z
run inc-check -C r "$m2"
is "$status" 0 "inc-check: a maintenance not begun has nothing to act on"
is "$(printf '%s\n' "$out" | sed -n 2,7p | cut -c 1-60)" \
"groups       ok     a scheduled maintenance, not begun
people       ok     a scheduled maintenance, not begun
customers    ok     a scheduled maintenance: its notices are
impact       ok     a scheduled maintenance, not begun
sitrep       ok     a scheduled maintenance, not begun
information  ok     a scheduled maintenance, not begun" \
	"each question says so, none asks to relieve the IC of 4d13h"
# begun, the clocks start with the work: a sitrep an interval after it
# began (not four days late), and the people on it counted from then
export INC_NOW=2026-12-02T02:00:00Z
succeeds "setup: begun" inc-status -C r --maintenance in_progress "$m2" \
	"The failover test has begun."
export INC_NOW=2026-12-02T03:10:00Z
run inc-check -C r "$m2"
is "$(printf '%s\n' "$out" | grep -E '^(people|sitrep)')" \
"people       ACTION Ricardo Ortiz on for 1h10m, up at night
sitrep       ACTION none yet; DUE, 10m late" \
	"inc-check: a maintenance under way: on for 1h10m, a sitrep 10m late"
run inc-sitrep -C r --due
like "$out" "^$m2  investigating  sitrep overdue by 10m" \
	"inc-sitrep --due: 10m overdue, not five days"
# set back to scheduled (postponed): nothing owed again
export INC_NOW=2026-12-02T03:15:00Z
succeeds "setup: postponed" inc-status -C r --maintenance scheduled "$m2" \
	--from "2026-12-03 02:00" --until "2026-12-03 04:00" \
	"The failover test is postponed by a day."
run inc-sitrep -C r --due
is "$(printf '%s\n' "$out" | grep -c "^$m2")" 0 \
	"inc-sitrep --due: a maintenance postponed owes no sitrep"
run inc-check -C r "$m2"
is "$(printf '%s\n' "$out" | grep '^people')" \
	"people       ok     a scheduled maintenance, not begun" \
	"inc-check: nor is anybody on it"
export INC_NOW=2026-12-03T02:00:00Z
succeeds "setup: begun again" inc-status -C r --maintenance in_progress \
	"$m2" "The failover test has begun."
export INC_NOW=2026-12-03T02:20:00Z
run inc-check -C r "$m2"
is "$(printf '%s\n' "$out" | grep -E '^(people|sitrep)')" \
"people       ACTION Ricardo Ortiz on for 20m, up at night
sitrep       ok     none yet; next due in 40m" \
	"begun again: the clocks start with the new window"

done_testing
