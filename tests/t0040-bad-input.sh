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
fails "an invalid role" 1 "inc-handoff: boss: invalid role (use ic, comms, ops or ops:NAME)" \
	inc-handoff -C r "$id" boss Ana
fails "an unknown option" 2 "inc-ls: unrecognized option '--bogus'
usage: inc-ls [-C dir] [-a] [-j]" inc-ls -C r --bogus
unchanged "bad input"

# stdout that cannot be written
fails "stdout full" 1 "inc-ls: stdout: No space left on device" \
	sh -c 'inc-ls -C r >/dev/full'
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
line=$(head -n 1 "$dir/$good" | jq -c '.v = 2')
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
is "$(printf '%s\n' "$out" | tail -n 1 | jq -r .wind | od -An -c | head -1 | tr -s ' ')" \
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
