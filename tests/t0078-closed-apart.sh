#!/bin/sh
# Actions and needs are numbered in log order, so one added apart in
# another clone may take the number a responder saw once the logs are
# merged. inc-postmortem --done N and inc-note --met N close the item
# the responder saw when they ran it, named in the event by the id of
# the event that made it ("of"), whatever merges come after; a log
# written before "of" is read by its number, as then.
. "$(dirname "$0")/lib.sh"

export INC_NO_FSYNC=1
# at HH:MM CMD...: CMD (a tool or bo) run at that time
at() {
	(INC_NOW="2026-11-23T$1:00Z" && export INC_NOW && shift && "$@")
}
bo() {
	as "Bo Chen" bo@example.com "$@"
}
git init -q --bare hub.git
git clone -q hub.git a 2>/dev/null
id=$(at 10:00 inc-open -C a "Checkout errors" 2>/dev/null)
at 10:01 inc-state -C a "$id" resolved >/dev/null 2>&1
succeeds "setup: a pushes the incident" inc-sync -C a -q
git clone -q hub.git b

# --- actions: Bo's is action 1 in his clone, Ana's is action 1 in hers
succeeds "setup: Bo adds an action" at 10:02 bo inc-postmortem -C b \
	--action "rotate LB certs" --owner "Bo Chen" --by 2026-12-20 "$id"
succeeds "setup: Ana adds one apart" at 10:03 inc-postmortem -C a \
	--action "alert on replica lag" --owner me --by 2026-12-20 "$id"
run at 10:04 inc-postmortem -C a --done 1 "$id"
is "$status:$out:$err" "0:Action 1 done: alert on replica lag:" \
	"Ana closes action 1 as she sees it: hers"
ana_action=$(cat a/incidents/*/*/"$id"/*.jsonl |
	jq -r 'select(.type == "action") | .id')
is "$(event_field a "$id" '[.type, .n, .of] | @tsv')" \
	"action-done	1	$ana_action" \
	"the event names the action by the event that made it"
for c in a b a; do
	succeeds "setup: $c syncs" inc-sync -C $c -q
done
for c in a b; do
	run inc-postmortem -C $c -F json "$id"
	is "$(printf '%s\n' "$out" |
		jq -r '.picture.actions[] | [.n, .text, .done] | @tsv')" \
		"1	rotate LB certs	false
2	alert on replica lag	true" \
		"$c, merged: Bo's action is 1 and open, Ana's is 2 and done"
done
is "$(inc-state -C b -j "$id" | jq -r '[.actions[].event] | @tsv')" \
	"$(cat b/incidents/*/*/"$id"/*.jsonl |
	jq -r -s '[sort_by(.at)[] | select(.type == "action") | .id] | @tsv')" \
	"each action in the picture names the event that made it"
run inc-log -C b "$id"
is "$(printf '%s\n' "$out" | grep done)" \
	"2026-11-23 10:04:00  Ricardo Ortiz  action 2 done: alert on replica lag" \
	"the log numbers the action done as the merged log does, and names it"
fails "the action Ana closed is done" 1 \
	"inc-postmortem: $id: action 2 is already done" \
	bo inc-postmortem -C b --done 2 "$id"
run at 10:05 bo inc-postmortem -C b --done 1 "$id"
is "$status:$out:$err" "0:Action 1 done: rotate LB certs:" \
	"Bo closes his, action 1 after the merge"
is "$(inc-state -C b -j "$id" | jq -c '[.actions[].done]')" "[true,true]" \
	"both done"

# --- needs: the same, during an incident
id2=$(at 11:00 inc-open -C a "DB errors" 2>/dev/null)
for c in a b; do
	succeeds "setup: $c syncs" inc-sync -C $c -q
done
succeeds "setup: Bo needs a DBA" at 11:01 bo inc-note -C b --need "$id2" \
	"a DBA"
succeeds "setup: Ana needs the network team, apart" at 11:02 inc-note -C a \
	--need "$id2" "the network team"
run at 11:03 inc-note -C a --met 1 "$id2"
is "$status:$out:$err" "0:Need 1 met: the network team:" \
	"Ana marks need 1 met as she sees it: hers"
ana_need=$(cat a/incidents/*/*/"$id2"/*.jsonl |
	jq -r 'select(.type == "need") | .id')
is "$(event_field a "$id2" '[.type, .n, .of] | @tsv')" \
	"need-met	1	$ana_need" \
	"the event names the need by the event that opened it"
for c in a b a; do
	succeeds "setup: $c syncs" inc-sync -C $c -q
done
for c in a b; do
	run inc-state -C $c -j "$id2"
	is "$(printf '%s\n' "$out" |
		jq -r '.needs[] | [.n, .text, .met] | @tsv')" \
		"1	a DBA	false
2	the network team	true" \
		"$c, merged: Bo's need is 1 and open, Ana's is 2 and met"
done
run at 11:04 inc-check -C b -j "$id2"
is "$(printf '%s\n' "$out" |
	jq -r '.questions[] | select(.question == "groups") | .answer')" \
	"need 1 open 3m: a DBA" "inc-check lists Bo's need as the open one"
run inc-log -C b "$id2"
is "$(printf '%s\n' "$out" | grep ' met$')" \
	"2026-11-23 11:03:00  Ricardo Ortiz  need 2 met" \
	"the log numbers the need met as the merged log does"

# --- a log written before "of": the number, as it was read then; an
# "of" that names no item closes none, whatever its number
git clone -q hub.git old
chunk=$(grep -l '"need-met"' old/incidents/*/*/"$id2"/*.jsonl)
jq -c 'if .type == "need-met" then del(.of) else . end' "$chunk" >"$TRASH/c"
cp "$TRASH/c" "$chunk"
git -C old commit -q -a -m "a need-met from before of"
is "$(inc-state -C old -j "$id2" | jq -c '[.needs[].met]')" "[true,false]" \
	"without of, need n is met"
jq -c 'if .type == "need-met" then .of = "0123456789abcdef0123456789ab"
	else . end' "$chunk" >"$TRASH/c"
cp "$TRASH/c" "$chunk"
git -C old commit -q -a -m "a need-met naming no need"
is "$(inc-state -C old -j "$id2" | jq -c '[.needs[].met]')" "[false,false]" \
	"of naming no need: none is met"
fsck_clean "fsck is clean" a
fsck_clean "fsck is clean" b

done_testing
