#!/bin/sh
# The conventions every tool keeps: a question's exit status (0 no, 1 yes,
# 2 trouble), malformed values refused as usage errors before anything
# else, enumerations in any case, one meaning per option letter.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-03-02T10:00:00Z

# --- a question exits 0 (nothing due), 1 (something due), 2 (trouble)

new_repo r
succeeds "setup: an incident" \
	inc-open -C r -t 2026-03-02T09:55:00Z "API errors"
id=$out
succeeds "setup: a post-mortem owner" inc-postmortem -C r --owner me "$id"

for q in "inc-sitrep --due" "inc-status --due" "inc-postmortem --due"; do
	set -- $q
	tool=$1
	run $tool -C r --due
	is "$status:$out:$err" "0::" "$q: nothing due: 0, silent"
done

run env INC_NOW=2026-03-02T11:00:00Z inc-sitrep -C r --due
like "$status:$out:$err" "^1:$id  investigating  sitrep overdue by 5m:$" \
	"inc-sitrep --due: something due: 1"
run env INC_NOW=2026-03-02T11:00:00Z inc-status -C r --due
like "$status:$out" "^1:$id " "inc-status --due: something due: 1"
cp -R r damaged
printf 'not json\n' >"$(dirname damaged/incidents/*/*/"$id"/*.jsonl)/ffffffff-000001.jsonl"
git -C damaged add -A && git -C damaged commit -qm planted
succeeds "setup: resolved" inc-state -C r -t 2026-03-02T10:00:00Z "$id" resolved
succeeds "setup: an action due on 2026-03-03" inc-postmortem -C r \
	-t 2026-03-02T10:00:00Z --action "Alert on 5xx" --owner Bo --by 2026-03-03 "$id"
run env INC_NOW=2026-03-05T00:00:00Z inc-postmortem -C r --due
like "$status:$out" "^1:$id  action 1 overdue since 2026-03-03" \
	"inc-postmortem --due: something due: 1"
run env INC_NOW=2026-03-05T00:00:00Z inc-postmortem -C r --overdue
like "$status:$out" "^1:$id  action 1 overdue" \
	"inc-postmortem --overdue, its old name, still works"

# a broken repository is trouble, never a yes: cron must not mail an
# empty "overdue" notice
mkdir plain
for q in "inc-sitrep --due" "inc-status --due" "inc-postmortem --due"; do
	set -- $q
	fails "$q: no repository: 2" 2 "$1: plain: not a git repository" \
		$1 -C plain --due
done
run env INC_NOW=2026-03-02T11:00:00Z inc-sitrep -C damaged --due
like "$status:$err" "^2:inc-sitrep: incidents/.*ffffffff-000001.jsonl:1: malformed event" \
	"a damaged log is trouble (2), even with something due"
fails "--due to a full disk is trouble" 2 "inc-postmortem: stdout: No space left on device" \
	sh -c 'INC_NOW=2026-03-05T00:00:00Z inc-postmortem -C r --due >/dev/full'
fails "--check on unreadable input is trouble" 2 \
	"inc-status: update: contains a NUL byte" \
	sh -c 'printf "a\0b" | inc-status -c'
run sh -c 'inc-status -c <"$1"' - "$SRC/tests/status-corpus/good/01.txt"
is "$status:$out:$err" "0::" "--check: nothing found: 0"
run sh -c 'echo "It will be fixed in 30 minutes." | inc-status -c'
is "$status" 1 "--check: a refusal: 1"

# --- malformed values: exit 2, before the repository is opened (there
# is none at -C nowhere, whose error would be 1)

bad() { # NAME MESSAGE CMD...
	name=$1 message=$2
	shift 2
	fails "$name" 2 "$1: $message" "$@"
}
bad "a state" "bogus: invalid state (use investigating, confirmed, major, resolved or 1, 2, 3, 0)" \
	inc-open -C nowhere -S bogus Title
bad "a status" "fixed: invalid status (use investigating, identified, monitoring or resolved)" \
	inc-status -C nowhere -s fixed "$id" "text"
bad "an impact" "huge: invalid impact (use none, minor, major or critical)" \
	inc-status -C nowhere -i huge "$id" "text"
bad "a count of tickets" "x: not a number of tickets" \
	inc-status -C nowhere -T x
bad "a format" "html: invalid format (use text, markdown or json)" \
	inc-sitrep -C nowhere -l -F html
bad "a post-mortem format" "html: invalid format (use text, markdown or json)" \
	inc-postmortem -C nowhere -F html
bad "a date" "2026-02-30: invalid due date (use YYYY-MM-DD)" \
	inc-postmortem -C nowhere --action a --owner Bo --by 2026-02-30
bad "an action number" "x: not an action number" \
	inc-postmortem -C nowhere --done x
bad "a role" "boss: invalid role (use ic, comms, ops or ops:NAME)" \
	inc-handoff -C nowhere boss Ana
bad "releasing command" "ic: command cannot be released: hand it to someone" \
	inc-handoff -C nowhere IC -
for tool in inc-open inc-state inc-handoff inc-note inc-sitrep inc-status \
    inc-postmortem; do
	run "$tool" -C nowhere -t yesterday x y
	like "$status:$err" "^2:$tool: yesterday: " "$tool: a malformed time is a usage error"
done
[ ! -e nowhere ] && ok "no repository was made" || not_ok "no repository was made"

# --- enumerations in any case

succeeds "a state in capitals" inc-open -C r -S MAJOR "Checkout down"
id2=$out
is "$(event_field r "$id2" .state)" major "recorded in lowercase"
succeeds "a status and impact in mixed case" inc-status -C r -s Identified \
	-i MINOR "$id2" "Checkout fails for some cards. We are rolling back. Retrying is safe."
is "$(event_field r "$id2" '[.status, .impact] | join(" ")')" "identified minor" \
	"recorded in lowercase"
succeeds "a role in capitals" inc-handoff -C r "$id2" OPS:DB "Bo <bo@example.com>"
is "$(event_field r "$id2" .role)" "ops:db" "recorded in lowercase"
run inc-postmortem -C r -F JSON "$id"
like "$status:$out" '^0:\{' "a format in capitals"

# --- one meaning per option letter: the letters that changed are refused
# where they no longer mean anything

fails "inc-note -s is gone (-I, --stdin)" 2 "inc-note: invalid option -- 's'
$(usage_of inc-note)" inc-note -C r -s
fails "inc-open -d is gone (-x, --drill)" 2 "inc-open: invalid option -- 'd'
$(usage_of inc-open)" inc-open -C r -d Title
fails "inc-verify -s is gone (-R, --since)" 2 "inc-verify: invalid option -- 's'
$(usage_of inc-verify)" inc-verify -C r -s HEAD
fails "inc-postmortem --due takes no date (--by does)" 2 \
	"inc-postmortem: --due lists the overdue post-mortems and actions; an action's date is --by
$(usage_of inc-postmortem)" \
	inc-postmortem -C r --action a --owner Bo --due 2026-03-03 "$id"
run inc-note -C r -I "$id" <<EOF
one
EOF
is "$status:$out" "0:Note: one" "inc-note -I: a note per line"
run inc-open -C r -x "A drill"
is "$status" 0 "inc-open -x: a drill"
run inc-open -C r --summary "what we know" -x "Another drill"
is "$status:$(event_field r "$out" .summary)" "0:what we know" \
	"inc-open --summary, -m's old name, still works"
run inc-note -C r --stdin "$id" <<EOF
two
EOF
is "$status:$out" "0:Note: two" "inc-note --stdin still works (-I)"
run inc-verify -C r -R HEAD
like "$status:$out" "^0:verified " "inc-verify -R: --since"
run inc-verify -C r -g
like "$status:$err" "^1:inc-verify: .*: commit not signed$" "inc-verify -g: --signed"

# every short option of every tool, from its usage, means one thing: the
# same letter never names two different long options
for tool in inc-open inc-state inc-handoff inc-note inc-sitrep inc-status \
    inc-postmortem inc-ls inc-log inc-publish inc-verify; do
	sed -n '/^\.Sh OPTIONS/,/^\.Sh /p' "$SRC/man/$tool.1" |
	    sed -n 's/^\.It Fl \([A-Za-z]\)\( Ar [a-z]*\)\{0,1\} , Fl -\([a-z-]*\).*/\1 \3/p'
done | sort -u >letters
is "$(awk '{print $1}' letters | uniq -d | tr '\n' ' ')" "" \
	"no letter names two long options in the man pages"
like "$(wc -l <letters)" "^ *[3-9][0-9]$" "and the man pages list them"

# every quotation a man page opens is closed before the next one opens
# (.Dq ends at the end of its line, not at No: "Acme Corp and "acme
# corp are one"" where Do ... Dc was meant)
open=$(printf '\342\200\234') close=$(printf '\342\200\235')
for page in "$SRC"/man/*.[157]; do
	mandoc -Tutf8 "$page" 2>/dev/null | LC_ALL=C.UTF-8 col -b |
	    LC_ALL=C.UTF-8 grep -n "$open[^$close]*$open" |
	    sed "s|^|${page##*/}:|"
done >quotes
is "$(cat quotes)" "" "no man page nests a quotation in one left open"

# a JSON example a man page quotes is JSON as the reader sees it: quotes
# in a macro's argument are mdoc's own ({"blame": advise, next-update: off })
lq=$(printf '\342\200\230') rq=$(printf '\342\200\231')
for page in "$SRC"/man/*.[157]; do
	mandoc -Tutf8 "$page" 2>/dev/null | LC_ALL=C.UTF-8 col -b | tr '\n' ' ' |
	    LC_ALL=C.UTF-8 grep -o "$lq[[{][^$rq]*\"[^$rq]*$rq" |
	    sed "s/^$lq//; s/$rq\$//" | while IFS= read -r json; do
		printf '%s\n' "$json" | jq -e . >/dev/null 2>&1 ||
		    echo "${page##*/}: $json"
	done
done >json
is "$(cat json)" "" "every JSON a man page quotes parses"
# a word mdoc takes for a macro is escaped: "me (or , ME)" lost its Me
for page in inc-handoff.1 inc-postmortem.1; do
	mandoc -Tutf8 "$SRC/man/$page" 2>/dev/null | LC_ALL=C.UTF-8 col -b |
	    grep -c "(or Me, ME)\|(Me, ME)"
done >me
is "$(tr '\n' ' ' <me)" "1 1 " "me, in any case, as the man pages spell it"

fsck_clean "fsck is clean" r
done_testing
