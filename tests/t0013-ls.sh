#!/bin/sh
# inc-ls: one line per incident, active ones unless --all, and the sitrep due.
. "$(dirname "$0")/lib.sh"

# Incidents are opened (backfilled) at noon; later clocks read the list.
export INC_NOW=2026-11-23T12:00:00Z

# row ID STATE IC AGE SITREP UPDATE TITLE: a line as inc-ls prints it
row() {
	printf '%-44s %-13s %-16s %7s  %-7s %-7s %s\n' "$@"
}

# ls_at TIME ARGS...: inc-ls with the clock at TIME
ls_at() {
	_at=$1
	shift
	env INC_NOW="$_at" inc-ls "$@"
}

# --- nothing to list ---
new_repo r
succeeds "an empty repository: exit 0" inc-ls -C r
is "$out|$err" "|" "an empty repository: nothing printed"
succeeds "an empty repository, --all --json: exit 0" inc-ls -C r --all --json
is "$out|$err" "|" "an empty repository, --all --json: nothing printed"
echo "runbooks" >r/README
git -C r add README && git -C r commit -q -m "runbooks"
succeeds "a repository without incidents: exit 0" inc-ls -C r -a
is "$out|$err" "|" "a repository without incidents: nothing printed"
fails "a directory that is not a repository" 1 \
	"inc-ls: plain: not a git repository" sh -c 'mkdir -p plain && inc-ls -C plain'
fails "operands are refused" 2 "inc-ls: no operands expected
$(usage_of inc-ls)" inc-ls -C r extra

# --- three incidents, one resolved ---
run inc-open -C r -t 2026-11-23T11:00:00Z "API errors in EU"
a=$out
run inc-open -C r -t 2026-11-23T11:30:00Z "DB errors"
b=$out
run inc-open -C r -t 2026-11-23T11:40:00Z "Old thing"
c=$out
run inc-state -C r -t 2026-11-23T11:50:00Z "$c" resolved
run inc-handoff -C r "$b" ic "Ana Lopez <ana@example.com>"
is "$(commits r)" 6 "setup: three incidents, one resolved, one handed over"

succeeds "inc-ls exits 0" ls_at 2026-11-23T12:10:00Z -C r
is "$out" "$(row "$a" investigating "Ricardo Ortiz" 1h10m due due "API errors in EU"
row "$b" investigating "Ana Lopez" 40m ok ok "DB errors")" \
	"active incidents only, oldest first, no header when not a terminal"
is "$err" "" "nothing on stderr"
run ls_at 2026-11-23T12:10:00Z -C r --all
is "$out" "$(row "$a" investigating "Ricardo Ortiz" 1h10m due due "API errors in EU"
row "$b" investigating "Ana Lopez" 40m ok ok "DB errors"
row "$c" resolved "Ricardo Ortiz" 10m - - "Old thing")" \
	"--all adds the resolved one, its age frozen and no sitrep due"
run ls_at 2026-11-23T12:10:00Z -C r -a
is "$(printf '%s\n' "$out" | grep -c '')" 3 "-a is --all"

# --- the sitrep column follows the clock ---
run ls_at 2026-11-23T11:59:59Z -C r
is "$out" "$(row "$a" investigating "Ricardo Ortiz" 59m ok ok "API errors in EU"
row "$b" investigating "Ana Lopez" 29m ok ok "DB errors")" \
	"a second before the hour: ok"
run ls_at 2026-11-23T12:00:00Z -C r
is "$(printf '%s\n' "$out" | head -1)" \
	"$(row "$a" investigating "Ricardo Ortiz" 1h00m due due "API errors in EU")" \
	"on the hour: due"
run ls_at 2026-11-23T12:30:00Z -C r
is "$out" "$(row "$a" investigating "Ricardo Ortiz" 1h30m due due "API errors in EU"
row "$b" investigating "Ana Lopez" 1h00m due due "DB errors")" \
	"an hour after opening each is due"
run ls_at 2026-11-25T14:00:00Z -C r
is "$(printf '%s\n' "$out" | head -1)" \
	"$(row "$a" investigating "Ricardo Ortiz" 2d03h00m due due "API errors in EU")" \
	"ages past a day in days and hours"
run ls_at 2026-11-23T11:00:45Z -C r -a
is "$(printf '%s\n' "$out" | head -1)" \
	"$(row "$a" investigating "Ricardo Ortiz" 45s ok ok "API errors in EU")" \
	"ages under a minute in seconds"

git -C r config inc.sitrepInterval 120
run ls_at 2026-11-23T12:10:00Z -C r
is "$(printf '%s\n' "$out" | head -1)" \
	"$(row "$a" investigating "Ricardo Ortiz" 1h10m ok due "API errors in EU")" \
	"inc.sitrepInterval (git config) moves the sitrep's due time only"
git -C r config --unset inc.sitrepInterval
git -C r config inc.updateInterval 120
run ls_at 2026-11-23T12:10:00Z -C r
is "$(printf '%s\n' "$out" | head -1)" \
	"$(row "$a" investigating "Ricardo Ortiz" 1h10m due ok "API errors in EU")" \
	"inc.updateInterval moves the customer update's"
git -C r config --unset inc.updateInterval

run env GIT_AUTHOR_NAME="Ana Lopez" GIT_AUTHOR_EMAIL=ana@example.com \
	inc-state -C r "$b" major
is "$status" 0 "setup: the second incident goes major"
run ls_at 2026-11-23T12:10:00Z -C r
is "$(printf '%s\n' "$out" | tail -1)" \
	"$(row "$b" major "Ana Lopez" 40m due due "DB errors")" \
	"a major incident wants a sitrep every 30 minutes"

# --- --json ---
run ls_at 2026-11-23T12:10:00Z -C r --json --all
is "$status:$err" "0:" "--json exits 0"
cp "$TRASH/.out" "$TRASH/ls.json"
is "$(grep -c '' "$TRASH/ls.json")" 3 "--json: one row a line"
is "$(jq -c . "$TRASH/ls.json" | cmp - "$TRASH/ls.json" && echo same)" same \
	"--json rows are compact"
is "$(jq -r '[.incident, .state, .ic.name, .title, .opened_at, .age_seconds,
    .sitrep_overdue, (.sitrep_due_at // "-")] | @tsv' "$TRASH/ls.json")" \
"$a	investigating	Ricardo Ortiz	API errors in EU	2026-11-23T11:00:00Z	4200	true	2026-11-23T12:00:00Z
$b	major	Ana Lopez	DB errors	2026-11-23T11:30:00Z	2400	true	2026-11-23T12:00:00Z
$c	resolved	Ricardo Ortiz	Old thing	2026-11-23T11:40:00Z	600	false	-" \
	"--json rows: id, state, IC, title, opened, age, sitrep"
is "$(jq -r '[.update_overdue, (.update_due_at // "-")] | @tsv' "$TRASH/ls.json")" \
"true	2026-11-23T12:00:00Z
true	2026-11-23T12:00:00Z
false	-" "--json rows: the customer update"
run ls_at 2026-11-23T12:10:00Z -C r -j
is "$(printf '%s\n' "$out" | jq -s -c 'map(.incident)')" \
	"$(jq -n -c --arg a "$a" --arg b "$b" '[$a, $b]')" \
	"--json without --all: the active ones"

# --- on a terminal, a header ---
if command -v script >/dev/null 2>&1 &&
    script -qec true /dev/null >/dev/null 2>&1 </dev/null; then
	run script -qec "env INC_NOW=2026-11-23T12:10:00Z inc-ls -C r" /dev/null \
		</dev/null
	is "$(printf '%s\n' "$out" | tr -d '\r')" \
		"$(row ID STATE IC AGE SITREP UPDATE TITLE
		row "$a" investigating "Ricardo Ortiz" 1h10m due due "API errors in EU"
		row "$b" major "Ana Lopez" 40m due due "DB errors")" \
		"on a terminal the list has a header"
	new_repo e
	run script -qec "inc-ls -C e" /dev/null </dev/null
	is "$out" "" "on a terminal an empty list has no header"
else
	tests=$((tests + 1))
	echo "ok $tests # skip script(1) cannot give a terminal here"
	tests=$((tests + 1))
	echo "ok $tests # skip script(1) cannot give a terminal here"
fi

# --- a damaged log is reported, the others still listed ---
f=$(ls r/incidents/2026/11/"$a"/*.jsonl)
printf 'not json\n' >>"$f"
git -C r commit -q -am "damage"
run ls_at 2026-11-23T12:10:00Z -C r
is "$status" 1 "a damaged log: exit 1"
is "$out" "$(row "$b" major "Ana Lopez" 40m due due "DB errors")" \
	"a damaged log: the other incidents are still listed"
like "$err" "^inc-ls: incidents/2026/11/$a/[0-9a-f]{8}-000001\\.jsonl:2: malformed event: " \
	"a damaged log: stderr names the file and line"
is "$(printf '%s\n' "$err" | grep -c '')" 1 "a damaged log: one line on stderr"

fsck_clean "fsck is clean" r

# --- the IC column is as wide on screen whatever script the name is in ---
new_repo w
wa=$(inc-open -C w -t 2026-11-23T11:00:00Z "Names" 2>/dev/null)
inc-handoff -C w "$wa" ic "José Núñez" >/dev/null
wb=$(inc-open -C w -t 2026-11-23T11:10:00Z "More names" 2>/dev/null)
inc-handoff -C w "$wb" ic "山田 太郎" >/dev/null
run inc-ls -C w
is "$out" "$(printf '%-44s %-13s %s %7s  %-7s %-7s %s\n' \
	"$wa" investigating "José Núñez      " 1h00m due due "Names" \
	"$wb" investigating "山田 太郎       " 50m ok ok "More names")" \
	"accented and CJK names are padded to 16 columns, not 16 bytes"

# --- a long id or name widens its column for every row, not its row alone
wc=$(inc-open -C w -t 2026-11-23T11:20:00Z \
	"Database primary out of disk after the billing migration" 2>/dev/null)
inc-handoff -C w "$wc" ic "José Núñez Gutiérrez-Villanueva Jr." >/dev/null
is "$((${#wc} > 44))" 1 "an id longer than 44 columns"
run inc-ls -C w
is "$out" "$(printf "%-${#wc}s %-13s %s %7s  %-7s %-7s %s\n" \
	"$wa" investigating "José Núñez                         " 1h00m due due "Names" \
	"$wb" investigating "山田 太郎                          " 50m ok ok "More names" \
	"$wc" investigating "José Núñez Gutiérrez-Villanueva Jr." 40m ok ok \
	"Database primary out of disk after the billing migration")" \
	"every row's columns are as wide as the widest cell of the list"
if command -v script >/dev/null 2>&1 &&
    script -qec true /dev/null >/dev/null 2>&1 </dev/null; then
	run script -qec "env INC_NOW=$INC_NOW inc-ls -C w" /dev/null </dev/null
	is "$(printf '%s\n' "$out" | tr -d '\r' | head -1)" \
		"$(printf "%-${#wc}s %-13s %-35s %7s  %-7s %-7s %s" ID STATE IC AGE \
		SITREP UPDATE TITLE)" "the header is as wide"
else
	tests=$((tests + 1))
	echo "ok $tests # skip script(1) cannot give a terminal here"
fi

# --- after a pull, the index of active incidents is brought up to the new
# tree from the incidents that changed: what a build from every picture
# says, and no other incident's picture read
new_repo up
p1=$(inc-open -C up -t 2026-11-23T11:00:00Z "Payments slow" 2>/dev/null)
p2=$(inc-open -C up -t 2026-11-23T11:01:00Z "Search down" 2>/dev/null)
p3=$(inc-open -C up -t 2026-11-23T11:02:00Z "Old outage" 2>/dev/null)
inc-state -C up -t 2026-11-23T11:03:00Z "$p3" resolved >/dev/null 2>&1
p5=$(inc-open -C up -t 2026-11-23T10:00:00Z "Archived" 2>/dev/null)
inc-state -C up -t 2026-11-23T10:30:00Z "$p5" resolved >/dev/null 2>&1
git clone -q up down
inc-ls -C down >/dev/null 2>&1 # the index, built in the clone
idx=down/.git/incident-active
cache=down/.git/incident-cache
# as_built NAME: the index as it is, against one built from every picture
as_built() {
	cp "$idx" "$TRASH/caught-up"
	rm "$idx"
	inc-ls -C down >/dev/null 2>&1
	is "$(jq -S . "$idx")" "$(jq -S . "$TRASH/caught-up")" "$1"
}
p4=$(inc-open -C up -t 2026-11-23T11:10:00Z "Login errors" 2>/dev/null)
inc-state -C up -t 2026-11-23T11:11:00Z "$p2" resolved >/dev/null 2>&1
inc-state -C up -t 2026-11-23T11:12:00Z "$p3" investigating >/dev/null 2>&1
rm "$cache/$p5" # resolved, untouched by the pull: a build would read it
git -C down pull -q --no-rebase origin main
run inc-ls -C down
is "$out" "$(inc-ls -C up)" "after a pull: the incidents active upstream"
is "$(printf '%s\n' "$out" | cut -d ' ' -f 1)" \
	"$(printf '%s\n' "$p1" "$p3" "$p4")" \
	"one opened and one reopened upstream are listed, one resolved is not"
is "$(test -e "$cache/$p5" && echo read || echo "not read")" "not read" \
	"an incident the pull did not change is not read"
is "$(jq -r .key "$idx")" "$(git -C down rev-parse HEAD:incidents)" \
	"the index is for the new tree"
as_built "the same as the index built from every picture"
# a reset takes incidents away: the index follows
git -C down reset -q --hard HEAD~3
run inc-ls -C down
is "$(printf '%s\n' "$out" | cut -d ' ' -f 1)" "$(printf '%s\n' "$p1" "$p2")" \
	"after a reset to before the pull: the incidents active then"
as_built "the same as the index built from every picture, again"

# an index edited by hand (resolved but no resolved_at) is ignored, not
# read, when HEAD moves under the incident resolved last
new_repo hx
hx1=$(inc-open -C hx -t 2026-11-23T10:00:00Z "Login errors" 2>/dev/null)
hx2=$(inc-open -C hx -t 2026-11-23T10:01:00Z "Slow API" 2>/dev/null)
inc-state -C hx -t 2026-11-23T10:05:00Z "$hx1" resolved >/dev/null 2>&1
inc-note -C hx -t 2026-11-23T10:07:00Z "$hx1" "late note" >/dev/null 2>&1
inc-ls -C hx >/dev/null 2>&1
jq -c 'del(.resolved_at)' hx/.git/incident-active >"$TRASH/hand" &&
    cp "$TRASH/hand" hx/.git/incident-active
git -C hx reset -q --hard HEAD~1
run inc-ls -C hx
is "$status:$(printf '%s\n' "$out" | cut -d ' ' -f 1)" "0:$hx2" \
	"an index edited by hand: the incidents active, as one built anew lists them"

# a cycle of duplicates closed apart on three clones: the closure merged
# last leaves open a member whose own log did not change
at() { t=$1; shift; INC_NOW=2026-11-23T$t:00Z "$@"; }
inc-init hub.git >/dev/null 2>&1
for c in rc bc cc; do
	inc-init -u "file://$TRASH/hub.git" $c >/dev/null 2>&1
	git -C $c config inc.autoSync false
done
git -C bc config user.name "Bob Lee"; git -C bc config user.email bob@example.com
git -C cc config user.name "Carla Diaz"; git -C cc config user.email carla@example.com
cu=$(at 12:00 inc-open -C rc "Login errors" 2>/dev/null)
cv=$(at 12:02 inc-open -C bc "Sessions dropped" 2>/dev/null)
cw=$(at 12:04 inc-open -C cc "SSO down" 2>/dev/null)
for c in rc bc cc rc bc; do inc-sync -q -C $c; done
at 12:10 inc-state -C rc "$cu" duplicate "$cv" >/dev/null 2>&1
at 12:12 inc-state -C bc "$cv" duplicate "$cw" >/dev/null 2>&1
at 12:11 inc-state -C cc "$cw" duplicate "$cu" >/dev/null 2>&1
inc-sync -q -C bc && inc-sync -q -C rc
at 12:13 inc-ls -C rc >/dev/null
inc-sync -q -C cc && inc-sync -q -C rc
is "$(at 12:13 inc-ls -C rc -j | jq -r .incident)" "$cv" \
	"the member whose closure was made last is listed open after the pull"

done_testing
