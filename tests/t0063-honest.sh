#!/bin/sh
# No honest history fails inc-verify: text with a line "---" in every
# field that reaches a commit's body, names that libgit2 trims, a rebase
# of one's own events after a verify run; and what it cannot prove is
# said: a shallow clone; a tip it cannot save is said, the history still
# verified.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T10:00:00Z INC_NO_FSYNC=1
dashes='output of the check:
---
all green'

# --- a line "---" (git's trailer parser stops there) in every body
new_repo d
id=$(inc-open -C d --at 2026-11-23T09:50:00Z -m "$dashes" "Dashes" 2>/dev/null)
inc-note -C d "$id" "$dashes" >/dev/null
inc-state -C d -m "$dashes" "$id" confirmed >/dev/null
inc-sitrep -C d -b "$dashes" -i "--- all of it" -d "---" "$id" >/dev/null 2>&1
inc-postmortem -C d --action "--- review the check" --owner Ana --by 2026-12-01 "$id" >/dev/null
inc-note -C d -- "$id" "---" >/dev/null
is "$(commits d)" 6 "six events whose bodies hold a line starting ---"
parsed=0
for c in $(git -C d rev-list HEAD); do
	git -C d log -1 --format=%B "$c" | git interpret-trailers --parse |
	    grep -q '^Event-Id: ' && parsed=$((parsed + 1))
done
is "$parsed" 0 "where git's trailer parser, stopping at ---, finds none"
succeeds "inc-verify proves them" inc-verify -C d

# trailers are still the writers': the last paragraph, nothing before it
log=$(cd d && ls incidents/*/*/"$id"/*.jsonl)
last() { tail -n 1 "d/$log" | jq -r "$1"; }
forge_msg() {
	rm -rf f && cp -R d f
	git -C f update-ref -d refs/incident/verified/main
	tail -n 1 "d/$log" | jq -c '.id = "00006b04b2386000000000000001" | .seq = 7' >>"f/$log"
	git -C f commit -q -a -F -
}
forge_msg <<EOF
$id: Note: ---

Incident: $id
Event: note
Event-Id: 00006b04b2386000000000000001

---
Incident: $id
Event: note
Event-Id: 00006b04b2386000000000000002
EOF
fails "trailers before a --- line are not the ones" 1 \
	"inc-verify: $(git -C f rev-parse HEAD): $log:7: Event-Id trailer does not match the event" \
	inc-verify -C f
forge_msg <<EOF
$id: Note: ---

Incident: $id
Event: note
Event-Id: 00006b04b2386000000000000001
Event-Id: 00006b04b2386000000000000001
EOF
fails "a trailer given twice is not the one" 1 \
	"inc-verify: $(git -C f rev-parse HEAD): $log:7: Event-Id trailer does not match the event" \
	inc-verify -C f
forge_msg <<EOF
$id: Note: ---

Incident: $id
Event: note
Event-Id: 00006b04b2386000000000000001
Signed-off-by: Ricardo Ortiz <ricardo@example.com>
EOF
succeeds "other trailers may join them" inc-verify -C f

# --- names that libgit2 trims: "Jr." loses its full stop in the commit
new_repo n
first=
for who in "Martin Luther King Jr.:mlk@example.com" "Ana Lima,:ana@example.com" \
    "José Müller:jose@example.com" "O'Brien:obrien@example.com" \
    "'Quoted':q@example.com" " Spaced :s@example.com" \
    "Dot Com:.dot@example.com."; do
	name=${who%:*} email=${who##*:}
	if [ -z "$first" ]; then
		first=$(GIT_AUTHOR_NAME=$name GIT_AUTHOR_EMAIL=$email \
		    inc-open -C n --at 2026-11-23T09:50:00Z "Names" 2>/dev/null)
	else
		GIT_AUTHOR_NAME=$name GIT_AUTHOR_EMAIL=$email \
		    inc-note -C n "$first" "from $name" >/dev/null
	fi
done
is "$(commits n)" 7 "seven events by seven people"
is "$(git -C n log --reverse --format='[%an] <%ae>' | tr '\n' ' ')" \
	"[Martin Luther King Jr] <mlk@example.com> [Ana Lima] <ana@example.com> [José Müller] <jose@example.com> [O'Brien] <obrien@example.com> [Quoted] <q@example.com> [Spaced] <s@example.com> [Dot Com] <dot@example.com> " \
	"git trims their names and emails"
is "$(cat n/incidents/*/*/"$first"/*.jsonl | jq -r '.actor.name' | head -n 2 | tr '\n' '|')" \
	"Martin Luther King Jr.|Ana Lima,|" "the events keep them as given"
succeeds "inc-verify proves every one" inc-verify -C n
nlog=$(cd n && ls incidents/*/*/"$first"/*.jsonl)
rm -rf n2 && cp -R n n2
git -C n2 update-ref -d refs/incident/verified/main
tail -n 1 "n/$nlog" | jq -c '.id = "00006b04b2386000000000000001" | .seq = 8' >>"n2/$nlog"
git -C n2 commit -q -a --author="Martin Luther King <mlk@example.com>" -F - <<EOF
$first: Note: forged

Incident: $first
Event: note
Event-Id: 00006b04b2386000000000000001
EOF
fails "another name is still another author" 1 \
	"inc-verify: $(git -C n2 rev-parse HEAD): $nlog:8: author is not the event's actor" \
	inc-verify -C n2

# --- a rebase of one's own events, after a verify run
git init -q --bare hub.git
git -C d push -q ../hub.git main
git clone -q hub.git me
git clone -q hub.git you
inc-note -C me "$id" "mine, not pushed" >/dev/null
inc-note -C me "$id" "mine too" >/dev/null
succeeds "my clone verifies" inc-verify -C me
saved=$(git -C me rev-parse HEAD)
inc-note -C you "$id" "yours" >/dev/null
git -C you push -q origin main
git -C me pull -q --rebase origin main
is "$(git -C me merge-base --is-ancestor "$saved" HEAD; echo $?)" 1 \
	"the verified tip is no longer in the history"
onto=$(git -C me rev-parse --short=12 origin/main)
run inc-verify -C me
like "$status:$out" "^0:verified " "a rebase that kept every event verifies"
is "$err" "inc-verify: 2 unpushed events were rebased onto $onto, each kept as it was: not a rewrite" \
	"and says so on one line, as no rewrite"
is "$(git -C me rev-parse refs/incident/verified/main)" "$(git -C me rev-parse HEAD)" \
	"and the new tip is saved"
# the same rebase, one event changed on the way
saved=$(git -C me rev-parse HEAD)
mine=$(git -C me show --name-only --format= HEAD)
git -C me reset -q --soft HEAD~1
sed -i '$ s/mine too/mine, three/' "me/$mine"
git -C me add "$mine"
git -C me commit -q -C "$saved"
is "$(git -C me show HEAD:"$mine" | tail -n 1 | jq -r .text)" "mine, three" \
	"the event is changed, its id kept"
fails "but an event changed in a rewrite is told" 1 \
	"inc-verify: $saved: $mine:$(git -C me show HEAD:"$mine" | wc -l | tr -d ' '): event changed in a rewrite (HEAD's history has its id on another line)" \
	inc-verify -C me

# a history made anew from its first commit, the open's title changed
new_repo o
oid=$(inc-open -C o --at 2026-11-23T09:50:00Z "Orphan" 2>/dev/null)
inc-note -C o "$oid" "one" >/dev/null
succeeds "a history of two events verifies" inc-verify -C o
saved=$(git -C o rev-parse HEAD)
FILTER_BRANCH_SQUELCH_WARNING=1 git -C o filter-branch -f --tree-filter \
    'sed -i "s/\"title\":\"Orphan\"/\"title\":\"Other\"/" incidents/*/*/*/*.jsonl' \
    HEAD >/dev/null 2>&1
is "$(git -C o merge-base HEAD "$saved" >/dev/null 2>&1; echo $?):$(inc-state -C o -j "$oid" | jq -r .title)" \
	"1:Other" "rewritten from the root, sharing no commit"
fails "the open changed in the first commit is told" 1 \
	"inc-verify: $(git -C o rev-parse "$saved~1"): $(cd o && ls incidents/*/*/*/*.jsonl):1: event changed in a rewrite (HEAD's history has its id on another line)" \
	inc-verify -C o

# --- an event written on the wrong branch, cherry-picked onto main, then
# the branch merged: the same line at the same place in two lines of
# history, in the logs once; an id seen twice elsewhere is still refused
new_repo cp
cid=$(inc-open -C cp --at 2026-11-23T09:50:00Z "Picked" 2>/dev/null)
git -C cp checkout -q -b wip
inc-note -C cp "$cid" "written on the wrong branch" >/dev/null 2>&1
git -C cp checkout -q main
inc-note -C cp --at 2026-11-23T09:59:00Z "$cid" "on main first" >/dev/null
git -C cp cherry-pick wip >/dev/null
inc-note -C cp "$cid" "on main after" >/dev/null
git -C cp merge -q --no-edit wip
is "$(cat cp/incidents/*/*/"$cid"/*.jsonl | jq -r .id | sort | uniq -d)" "" \
	"the logs hold each event once"
run inc-verify -C cp --full
like "$status:$out:$err" "^0:verified 6 commits, 4 events, 1 incident in [^:]*:$" \
	"a cherry-picked event, its branch merged, verifies, counted once"
wlog=$(git -C cp show --name-only --format= wip)
git -C cp show wip:"$wlog" | tail -n 1 >"cp/${wlog%/*}/ffffffff-000001.jsonl"
git -C cp add -A && git -C cp commit -q -C wip
run inc-verify -C cp --full
like "$status:$out:$err" "^1::inc-verify: [0-9a-f]{40}: ${wlog%/*}/[0-9a-f]{8}-000001.jsonl:1: duplicate event id$" \
	"the same line at another place is a duplicate still"

# --- a shallow clone: its history is not all there
git clone -q --depth 1 "file://$TRASH/hub.git" shallow 2>/dev/null
fails "a shallow clone is said" 1 \
	"inc-verify: shallow: a shallow clone: the history before its first commits is not here (git fetch --unshallow)" \
	inc-verify -C shallow

# --- a read-only mirror: verified, and the tip could not be saved
can_mount=no
mkdir ro
if mount -t tmpfs -o size=4m tmpfs "$TRASH/ro" 2>/dev/null; then
	can_mount=yes
	trap 'umount "$TRASH/ro" 2>/dev/null; rm -rf "$TRASH"' EXIT
fi
if [ $can_mount = yes ]; then
	git clone -q --mirror hub.git ro/mirror.git
	git clone -q hub.git ro/clone
	mount -o remount,ro "$TRASH/ro"
	# a fresh clone's origin/main has no reflog: nothing to check
	run inc-verify -C ro/clone
	like "$status:$out" "^0:verified 7 commits, 7 events, 1 incident in " \
		"a read-only clone verifies"
	run inc-verify -C ro/mirror.git
	is "$status:$out" "0:verified 7 commits, 7 events, 1 incident in $(printf '%s\n' "$out" | sed 's/.* in //')" \
		"a read-only mirror verifies"
	like "$err" "^inc-verify: warning: refs/incident/verified/main: the tip could not be saved: .*Read-only file system$" \
		"and says the tip could not be saved, on one line"
	umount "$TRASH/ro"
else
	tests=$((tests + 3))
	echo "ok $((tests - 2)) # SKIP a read-only mount is not possible here"
	echo "ok $((tests - 1)) # SKIP a read-only mount is not possible here"
	echo "ok $tests # SKIP a read-only mount is not possible here"
fi
# subjects as older versions of the tools wrote them: texts cut at a
# byte rather than a character, a sitrep's not cut at all, a drill's
# announcements not marked, a post-mortem by its Markdown's first line
# older SED: the commit $orig, as the tools wrote it, with its subject
# rewritten by SED (bytes kept as they are), the branch of old moved
# there, and old cloned to old.v
older() {
	_t=$(git -C old cat-file commit "$orig" | sed "/^$dr: /$1" |
	    git -C old hash-object -t commit -w --stdin)
	git -C old update-ref refs/heads/main "$_t"
	rm -rf old.v && git clone -q old old.v
}
git init -q old
dr=$(inc-open -C old --drill "Fire drill" 2>/dev/null)
x=$(printf 'x%.0s' $(seq 1 99))
inc-note -C old "$dr" "${x}éé and more" >/dev/null
orig=$(git -C old rev-parse HEAD)
is "$(git -C old log -1 --format=%s)" "$dr: Note: ${x}..." \
	"today's tools cut a long text at a character"
older "s/x\.\.\.\$/x$(printf '\303').../"
succeeds "cut at a byte, in the middle of a character: verifies" inc-verify -C old.v
older "s/x\.\.\.\$/xéé and more/"
succeeds "not cut at all: verifies" inc-verify -C old.v
older "s/x\.\.\.\$/xéé and.../"
succeeds "cut later, at 200 bytes of the subject: verifies" inc-verify -C old.v
older "s/x\.\.\.\$/xéé and/"
fails "cut with no ... to say so: refused" 1 \
	"inc-verify: $(git -C old.v rev-parse HEAD): $(cd old && ls incidents/*/*/"$dr"/*.jsonl):2: subject does not match the event" \
	inc-verify -C old.v
git -C old update-ref refs/heads/main "$orig"
inc-state -C old "$dr" confirmed >/dev/null
orig=$(git -C old rev-parse HEAD)
is "$(git -C old log -1 --format=%s)" "$dr: [drill] Incident Confirmed" \
	"today's tools mark a drill's state change"
older "s/\[drill\] //"
succeeds "unmarked, as older tools wrote it: verifies" inc-verify -C old.v
git -C old update-ref refs/heads/main "$orig"
inc-state -C old "$dr" resolved >/dev/null 2>&1
printf '## Summary\n\nThe drill went well.\n' >pm.md
inc-postmortem -C old -P pm.md "$dr" >/dev/null 2>&1
orig=$(git -C old rev-parse HEAD)
is "$(git -C old log -1 --format=%s)" "$dr: [drill] Post-mortem published: Fire drill" \
	"today's tools title a post-mortem by the incident's title"
older "s/Post-mortem published: Fire drill/Post-mortem published: ## Summary.../"
succeeds "by its Markdown's first line, as older tools did: verifies" inc-verify -C old.v
older "s/Post-mortem published: Fire drill/Post-mortem published: The drill went well./"
fails "by another line: refused" 1 \
	"inc-verify: $(git -C old.v rev-parse HEAD): $(cd old && ls incidents/*/*/"$dr"/*.jsonl):5: subject does not match the event" \
	inc-verify -C old.v
git -C old update-ref refs/heads/main "$orig"
inc-note -C old "$dr" "$(printf 'rollback approved by \342\200\256deveorppa ton')" >/dev/null
orig=$(git -C old rev-parse HEAD)
is "$(git -C old log -1 --format=%s)" "$dr: Note: rollback approved by \\u{202e}deveorppa ton" \
	"today's tools show a direction override in a subject as a terminal does, not raw"
older "s/\\\\u{202e}/$(printf '\342\200\256')/"
is "$(git -C old log -1 --format=%s | grep -c "$(printf '\342\200\256')")" 1 \
	"setup: the override raw, as older tools wrote it"
succeeds "raw, as older tools wrote it: verifies" inc-verify -C old.v
older "s/deveorppa ton/approved/"
fails "raw, and another text: refused" 1 \
	"inc-verify: $(git -C old.v rev-parse HEAD): $(cd old && ls incidents/*/*/"$dr"/*.jsonl):6: subject does not match the event" \
	inc-verify -C old.v
git -C old update-ref refs/heads/main "$orig"
mt=$(inc-open -C old "Database upgrade" 2>/dev/null)
inc-status -C old --maintenance scheduled --from "2030-01-01 02:00 UTC" \
	--until "2030-01-01 04:00 UTC" "$mt" "We will upgrade the database." >/dev/null 2>&1
orig=$(git -C old rev-parse HEAD)
dr=$mt
is "$(git -C old log -1 --format=%s)" "$mt: Maintenance (Scheduled, from 2030-01-01 02:00 UTC, until 2030-01-01 04:00 UTC): We will upgrade the database." \
	"today's tools give a maintenance notice's window in its subject"
older "s/ (Scheduled, from .* UTC): / (Scheduled): /"
succeeds "without it, as older tools wrote it: verifies" inc-verify -C old.v
older "s/ (Scheduled, from .* UTC): .*/ (Scheduled): We will not./"
fails "without it, and another text: refused" 1 \
	"inc-verify: $(git -C old.v rev-parse HEAD): $(cd old && ls incidents/*/*/"$mt"/*.jsonl):2: subject does not match the event" \
	inc-verify -C old.v

# a reader makes no reflog for a remote-tracking branch that has none
git clone -q hub.git fresh
succeeds "a fresh clone verifies" inc-verify -C fresh
if [ -e fresh/.git/logs/refs/remotes/origin/main ]; then
	not_ok "and is left without a reflog for origin/main"
else
	ok "and is left without a reflog for origin/main"
fi
# where the reference cannot be written, whoever runs it
git clone -q --mirror hub.git blocked.git
: >blocked.git/refs/incident
run inc-verify -C blocked.git
like "$status:$out" "^0:verified 7 commits, 7 events, 1 incident in " \
	"a repository where the tip cannot be saved verifies"
like "$err" "^inc-verify: warning: refs/incident/verified/main: the tip could not be saved: " \
	"and says so"

done_testing
