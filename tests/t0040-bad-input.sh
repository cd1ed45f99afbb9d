#!/bin/sh
# Bad input: a clear one-line error, and nothing changed. Hostile input
# (escapes, traversal, NUL bytes, huge or planted input, links, another
# owner, a read-only or full disk) is the table of t0041-hostile.sh.
. "$(dirname "$0")/lib.sh"

new_repo r
id=$(inc-open -C r "Good incident" 2>/dev/null)
other=$(inc-open -C r "Other incident" 2>/dev/null)
dir=$(dirname r/incidents/*/*/"$id"/*.jsonl)
before=$(commits r)

unchanged() {
	is "$(commits r)" "$before" "$1: nothing committed"
}

# ids
fails "unknown id" 1 "inc-log: nosuch: no such incident" inc-log -C r nosuch
fails "ambiguous prefix" 1 "inc-log: 20: ambiguous incident id (2 incidents match)" \
	inc-log -C r 20
fails "two active incidents and no id" 1 \
	"inc-note: 2 active incidents: name one (inc-ls lists them)" inc-note -C r "x"
INC_ID=$id run inc-note -C r "via INC_ID"
is "$status" 0 "INC_ID names the incident"
before=$(commits r)

# text
fails "an empty title" 1 "inc-open: title: empty" inc-open -C r "   "
long=$(head -c 201 /dev/zero | tr '\0' x)
fails "an enormous title" 1 "inc-open: title: too long (201 bytes, the limit is 200)" \
	inc-open -C r "$long"
fails "an empty note" 1 "inc-note: note: empty" inc-note -C r "$id" ""
fails "an invalid --at" 2 \
	"inc-note: soon: invalid time (use 2026-11-23T21:30:00Z, '2026-11-23 21:30', 21:30 or -15m)" \
	inc-note -C r --at soon "$id" "x"
fails "a future --at" 2 "inc-note: 2999-01-01T00:00:00Z: time is in the future" \
	inc-note -C r --at 2999-01-01T00:00:00Z "$id" "x"
fails "an invalid state" 2 \
	"inc-state: 7: invalid state (use investigating, confirmed, major, resolved or 1, 2, 3, 0)" \
	inc-state -C r "$id" 7
fails "an invalid role" 2 "inc-handoff: boss: invalid role (use ic, comms, ops or ops:NAME)" \
	inc-handoff -C r "$id" boss Ana
fails "an unknown option" 2 "inc-ls: unrecognized option '--bogus'
$(usage_of inc-ls)" inc-ls -C r --bogus
unchanged "bad input"

# times: every field digits and in range; a fraction of a second dropped
USE="(use 2026-11-23T21:30:00Z, '2026-11-23 21:30', 21:30 or -15m)"
for t in 2026-02-31T00:00:00Z 2026-11-23T-1:-5Z 2026-11-23T+1:05Z \
    "2026-11-23 24:00" 2025-02-29T10:00:00Z 2026-11-23T10:00:00.Z \
    2026-11-23T10:00+1:00 -1:30 " 9:30" 1:2:3; do
	fails "--at $t is a usage error" 2 "inc-note: $t: invalid time $USE" \
		inc-note -C r --at "$t" "$id" x
done
new_repo f
fid=$(INC_NOW=2026-12-02T03:10:00Z inc-open -C f -t 2026-12-02T03:00:00Z \
	"Fractions" 2>/dev/null)
INC_NOW=2026-12-02T03:10:00Z succeeds "RFC 3339 fractional seconds are read" \
	inc-note -C f -t 2026-12-02T03:04:05.123Z "$fid" "fraction"
is "$(event_field f "$fid" .at)" "2026-12-02T03:04:05Z" "and dropped"
INC_NOW=2026-12-02T03:10:00Z fails "a leap day is a date (then too early)" 1 \
	"inc-note: $fid: 2024-02-29T10:00:00Z is before the incident was opened (2026-12-02T03:00:00Z)" \
	inc-note -C f -t "2024-02-29 10:00" "$fid" "leap"
# INC_NOW pins the time in event ids too
INC_NOW=2026-12-02T03:10:00Z succeeds "a note at a pinned time" \
	inc-note -C f "$fid" "pinned"
is "$(event_field f "$fid" .id | cut -c 1-12)" \
	"$(printf '%012x' $(($(date -u -d 2026-12-02T03:10:00Z +%s) * 1000)))" \
	"INC_NOW pins the milliseconds in the event id"
# a log time that is not in the calendar is refused by readers
fdir=$(dirname f/incidents/*/*/"$fid"/*.jsonl)
event_field f "$fid" . | jq -c '.seq = 9 | .id = "feb31" |
	.at = "2026-02-31T03:04:05Z"' >"$fdir/ffffffff-000001.jsonl"
git -C f add -A && git -C f commit -qm "Feb 31"
fails "Feb 31 in a log" 1 \
	"inc-log: ${fdir#f/}/ffffffff-000001.jsonl:1: no valid at or recorded_at time" \
	inc-log -C f "$fid"
git -C f reset -q --hard HEAD^
event_field f "$fid" . | jq -c '.seq = 9 | .id = "neg" |
	.recorded_at = "2026-12-02T-1:04:05Z"' >"$fdir/ffffffff-000001.jsonl"
git -C f add -A && git -C f commit -qm "negative hour"
fails "a negative hour in a log" 1 \
	"inc-log: ${fdir#f/}/ffffffff-000001.jsonl:1: no valid at or recorded_at time" \
	inc-log -C f "$fid"

# counts, dates and persons: a usage error each, never clamped or stored
fails "a ticket count over the limit" 2 \
	"inc-status: 99999999999: too many tickets (the limit is 1000000000)" \
	inc-status -C r --tickets 99999999999 "$id"
fails "a ticket count past any integer" 2 \
	"inc-status: 99999999999999999999: too many tickets (the limit is 1000000000)" \
	inc-status -C r --tickets 99999999999999999999 "$id"
fails "a ticket count with a sign" 2 "inc-status: +5: not a number of tickets" \
	inc-status -C r --tickets +5 "$id"
fails "an action number past any integer" 2 \
	"inc-postmortem: 9223372036854775808: not an action number" \
	inc-postmortem -C r --done 9223372036854775808 "$id"
for d in +026-01-01 " 2026-01-01" 2026-1-01 2026-02-29 2026-13-01; do
	fails "due date $d" 2 "inc-postmortem: $d: invalid due date (use YYYY-MM-DD)" \
		inc-postmortem -C r --action a --owner Bo --by "$d" "$id"
done
for p in "Name <a@b>>" "Na>me <a@b>" "Name <a>b@c>"; do
	fails "person $p" 2 "inc-handoff: person: $p: use a name or \"Name <email>\"" \
		inc-handoff -C r "$id" comms "$p"
done
fails "an action owner with an angle bracket" 2 \
	"inc-postmortem: action owner: Bo <b@x>>: use a name or \"Name <email>\"" \
	inc-postmortem -C r --action a --owner "Bo <b@x>>" --by 2026-12-01 "$id"
fails "a post-mortem owner of punctuation alone" 2 \
	"inc-postmortem: owner: ...: a name needs a letter or a digit" \
	inc-postmortem -C r --owner "..." "$id"
c0=$(commits r)
fails "an identity of punctuation alone" 1 \
	"inc-note: no identity: ...: a name needs a letter or a digit: set user.name with git config --global user.name VALUE (or GIT_AUTHOR_NAME)" \
	as "..." dots@example.com inc-note -C r "$id" "a note"
is "$(commits r)" "$c0" "and nothing is committed"
fails "a post-mortem owner with an angle bracket" 2 \
	"inc-postmortem: owner: Bo> <b@x>: use a name or \"Name <email>\"" \
	inc-postmortem -C r --owner "Bo> <b@x>" "$id"

# invisible characters: refused in names and titles, shown escaped
ZW=$(printf 'Ev\342\200\213e')
fails "a zero-width space in a person" 2 \
	"inc-handoff: person: contains an invisible character (U+200B)" \
	inc-handoff -C r "$id" comms "$ZW"
fails "a zero-width joiner in an email" 2 \
	"inc-handoff: person: contains an invisible character (U+200D)" \
	inc-handoff -C r "$id" comms "$(printf 'Eve <e\342\200\215@x>')"
fails "a zero-width space in user.name" 1 \
	"inc-note: user.name: contains an invisible character (U+200B)" \
	env GIT_AUTHOR_NAME="$ZW" inc-note -C r "$id" x
fails "a right-to-left mark in a title" 1 \
	"inc-open: title: contains an invisible character (U+200F)" \
	inc-open -C r "$(printf 'a\342\200\217b')"
fails "a line separator in a component" 2 \
	"inc-status: component: contains an invisible character (U+2028)" \
	inc-status -C r -p "$(printf 'a\342\200\250b')" "$id" \
	"The API is down. We are investigating. No workaround yet."

# stdout that cannot be written
fails "stdout full" 1 "inc-ls: stdout: No space left on device" \
	sh -c 'inc-ls -C r >/dev/full'
before=$(commits r)
fails "stdout full for a writer: recorded, and the reason said" 1 \
	"inc-note: stdout: No space left on device (the event is recorded)" \
	sh -c 'inc-note -C r "$1" "checked the disks" >/dev/full' - "$id"
is "$(commits r)" $((before + 1)) "the note was recorded all the same"
run sh -c 'inc-log -C r "$1" >&-' - "$id"
is "$status" 1 "stdout closed fails"
like "$err" '^inc-log: stdout: ' "and says so"

# a damaged log: named by file and line; other incidents still work
good=$(ls "$dir")
printf '%s\n' '{"v":1,"id":"x","incident":"'"$id"'","type":"note"' >"$dir/ffffffff-000001.jsonl"
git -C r add -A && git -C r commit -qm "damage"
before=$(commits r)
fails "a malformed line is named" 1 \
	"inc-log: ${dir#r/}/ffffffff-000001.jsonl:1: malformed event: '}' expected near end of file" \
	inc-log -C r "$id"
run inc-ls -C r
is "$status" 1 "inc-ls exits 1 with a damaged log"
like "$out" "^$other " "and still lists the other incident"
is "$err" "inc-ls: ${dir#r/}/ffffffff-000001.jsonl:1: malformed event: '}' expected near end of file" \
	"and names the damage"
succeeds "the other incident can still be written" inc-note -C r "$other" "unaffected"
printf '%s' '{"v":1}' >"$dir/ffffffff-000001.jsonl"
git -C r commit -qam "truncate"
fails "a truncated line is named" 1 \
	"inc-state: ${dir#r/}/ffffffff-000001.jsonl:1: truncated event (no newline)" \
	inc-state -C r "$id"
line=$(head -n 1 "$dir/$good" | jq -c '.v += 1')
printf '%s\n' "$line" >"$dir/ffffffff-000001.jsonl"
git -C r commit -qam "future version"
fails "a newer log version is refused" 1 \
	"inc-log: ${dir#r/}/ffffffff-000001.jsonl:1: log version newer than this tool understands" \
	inc-log -C r "$id"

# unknown fields and types are kept and ignored; escapes are shown safely
line=$(head -n 1 "$dir/$good" | jq -c '.type = "weather" | .seq = 99 | .id = "zz" |
	.wind = "\u001b[2Jstrong\u009b" | .title = "\u001b]0;pwned\u0007"')
printf '%s\n' "$line" >"$dir/ffffffff-000001.jsonl"
git -C r commit -qam "unknown type"
succeeds "an unknown event type is read" inc-log -C r "$id"
like "$out" '\(weather event\)$' "and shown as such"
run inc-log -C r -j "$id"
is "$(printf '%s\n' "$out" | jq -r 'select(.id == "zz") | .wind' | od -An -c | head -1 | tr -s ' ')" \
	" 033 [ 2 J s t r o n g 302 233 \n" "its unknown fields are kept in --json"
note=$(printf 'ok \033[31mred\033[0m \342\200\256rtl')
jq -c --arg t "$note" '.type = "note" | .seq = 100 | .id = "zz2" | .text = $t' \
	"$dir/ffffffff-000001.jsonl" >>"$dir/ffffffff-000001.jsonl"
git -C r commit -qam "escapes"
succeeds "a log with escapes reads" inc-log -C r "$id"
like "$out" 'note: ok \\x1b\[31mred\\x1b\[0m \\u\{202e\}rtl$' "escapes are shown escaped"
if printf '%s' "$out" | grep -q "$(printf '\033')"; then
	not_ok "no raw escape reaches the terminal"
else
	ok "no raw escape reaches the terminal"
fi
fsck_clean "fsck is clean" r

# the only active incident's log damaged by a hand edit committed: given
# no id, the tools name the line as inc-ls does, nothing recorded; not
# "no active incident" (every incident resolved), and not the one
# resolved minutes ago taken in its place
new_repo d
was=$(inc-open -C d "Resolved before" 2>/dev/null)
succeeds "setup: one incident resolved" inc-state -C d "$was" resolved
now=$(inc-open -C d "Going on" 2>/dev/null)
succeeds "setup: and one active" inc-note -C d "$now" "failing over db-3"
log=$(ls d/incidents/*/*/"$now"/*.jsonl)
kept=$(cat "$log")
printf '%s\n' '{"v":1,"id":"x","incident":"'"$now"'","type":"note"' >>"$log"
git -C d commit -qam "fix a typo in a note"
damage="${log#d/}:$(wc -l <"$log" | tr -d ' '): malformed event: '}' expected near end of file"
before=$(commits d)
fails "the active log damaged: a writer given no id names the line" 1 \
	"inc-note: $damage" inc-note -C d "replica promoted"
fails "the active log damaged: inc-status given no id names the line" 1 \
	"inc-status: $damage" inc-status -C d -s identified \
	"The API is down. We are investigating. No workaround yet."
is "$(commits d)" "$before" "the active log damaged: nothing recorded"
fails "the active log damaged: inc-log given no id names the line" 1 \
	"inc-log: $damage" inc-log -C d
fails "the active log damaged: inc-check names the line, nothing on stdout" 2 \
	"inc-check: $damage" inc-check -C d
fails "the active log damaged: inc-check -1 likewise" 2 \
	"inc-check: $damage" inc-check -C d -1
fails "the active log damaged: inc-ls names the same line" 1 \
	"inc-ls: $damage" inc-ls -C d
# the resolved incident's log damaged instead: the active one is still
# taken, as inc-ls still lists it, and the damage said as a warning
printf '%s\n' "$kept" >"$log"
log=$(ls d/incidents/*/*/"$was"/*.jsonl)
printf '%s\n' '{"v":1,"id":"x","incident":"'"$was"'","type":"note"' >>"$log"
git -C d commit -qam "fix a typo in the old one"
damage="${log#d/}:$(wc -l <"$log" | tr -d ' '): malformed event: '}' expected near end of file"
run inc-ls -C d
is "$status:$(printf '%s\n' "$out" | cut -d ' ' -f 1):$err" "1:$now:inc-ls: $damage" \
	"a resolved log damaged: inc-ls lists the active incident and names it"
run inc-note -C d "replica promoted"
is "$status:$out:$err" "0:Note: replica promoted:inc-note: warning: $damage" \
	"a resolved log damaged: a writer given no id takes the active one, and says it"
is "$(event_field d "$now" .text)" "replica promoted" "the note is the active incident's"
run inc-log -C d
is "$status:$(printf '%s\n' "$out" | tail -n 1 | sed 's/^.*  //'):$err" \
	"0:note: replica promoted:inc-log: warning: $damage" \
	"a resolved log damaged: inc-log given no id shows the active one"
run inc-handoff -C d comms "Bo Lee"
is "$status:$out:$err" "0:@all: Comms -> Bo Lee:inc-handoff: warning: $damage" \
	"a resolved log damaged: a hand-off given no id takes the active one, and says it"
run inc-check -C d
is "$status:$(printf '%s\n' "$out" | head -n 1 | cut -d ' ' -f 1):$err" \
	"2:$now:inc-check: $damage" \
	"a resolved log damaged: inc-check checks the active one, and names it"
# with several active, the one to take is asked for, and the damaged log
# named on the same line: it may be a third one active
third=$(inc-open -C d "Also going on" 2>/dev/null)
before=$(commits d)
fails "several active, a log damaged: a writer given no id names it" 1 \
	"inc-note: 2 active incidents: name one (inc-ls lists them); $damage" \
	inc-note -C d "replica promoted"
fails "several active, a log damaged: a hand-off given no id names it" 1 \
	"inc-handoff: 2 active incidents: name one (inc-ls lists them); $damage" \
	inc-handoff -C d comms "Bo Lee"
fails "several active, a log damaged: inc-log given no id names it" 1 \
	"inc-log: 2 active incidents: name one (inc-ls lists them); $damage" \
	inc-log -C d
is "$(commits d)" "$before" "several active, a log damaged: nothing recorded"
succeeds "several active, a log damaged: one named is written" \
	inc-note -C d "$third" "replica promoted"
fsck_clean "the damaged repository: fsck is clean" d

# a symbolic link in the work tree never leads a write outside it
new_repo s
sid=$(inc-open -C s "Linked" 2>/dev/null)
year=$(ls s/incidents)
mkdir outside
rm -rf "s/incidents/$year"
ln -s "$TRASH/outside" "s/incidents/$year"
tip=$(git -C s rev-parse HEAD)
fails "a write through a link in the work tree is refused" 1 \
	"inc-note: $TRASH/s/incidents/$year: not a directory in the work tree; nothing recorded" \
	inc-note -C s "$sid" "through a link"
is "$(find outside -type f | wc -l | tr -d ' ')" 0 "nothing is written outside the repository"
is "$(git -C s rev-parse HEAD)" "$tip" "nothing is recorded"

done_testing
