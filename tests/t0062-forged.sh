#!/bin/sh
# The forged-history table: for every rule of incident-log(5) that
# inc-verify proves about an event, a well-formed line that breaks it,
# appended and committed with plain git as a tool would commit it (author,
# dates, subject and trailers all in order), and inc-verify names it.
# The rules about the files themselves (edits, removals, ...) are the
# table of t0060-verify.sh. Then what makes git show another history
# than the one verified: replace refs, grafts, a branch deleted and
# pushed again.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T10:00:00Z INC_NO_FSYNC=1
new_repo base
id=$(inc-open -C base --at 2026-11-23T09:50:00Z "Database down" 2>/dev/null)
inc-note -C base "$id" "failing over" >/dev/null
inc-handoff -C base "$id" comms "Ana Lima <ana@example.com>" >/dev/null
dir=$(cd base && ls -d incidents/*/*/"$id")
log=$(cd base && ls "$dir"/*.jsonl)
succeeds "the history the tools wrote verifies" inc-verify -C base
is "$(jq -c '[.seq, .type]' "base/$log" | tr '\n' ' ')" \
	'[1,"open"] [2,"note"] [3,"handoff"] ' "three events, seq 1 to 3"

# forge DIR FILE LINE: LINE appended to FILE and committed in its actor's
# name, dated when it says it was recorded, with the tools' message (the
# subject they give a note, a state change or a hand-over)
forge() {
	mkdir -p "$1/${2%/*}"
	printf '%s\n' "$3" >>"$1/$2"
	git -C "$1" add "$2"
	date=$(printf '%s' "$3" | jq -r '.recorded_at // .recorded')
	GIT_AUTHOR_NAME=$(printf '%s' "$3" | jq -r .actor.name) \
	GIT_AUTHOR_EMAIL=$(printf '%s' "$3" | jq -r .actor.email) \
	GIT_AUTHOR_DATE=$date GIT_COMMITTER_DATE=$date \
	git -C "$1" commit -q -F - <<-EOF
	$(printf '%s' "$3" | jq -r '
	    def cap: (.[0:1] | ascii_upcase) + .[1:];
	    .incident + ": " + if .type == "note" then "Note: " + .text
	    elif .type == "state" and .state == "major" then "Major Incident"
	    elif .type == "state" then "Incident " + (.state | cap)
	    elif .type == "handoff" then
	        (if .role == "ic" then "IC" else .role | cap end) + " -> " +
	        (.person | if type == "object" then .name else . // "nobody" end)
	    else "forged" end')

	Incident: $(printf '%s' "$3" | jq -r .incident)
	Event: $(printf '%s' "$3" | jq -r .type)
	Event-Id: $(printf '%s' "$3" | jq -r .id)
	EOF
}

# a note by Ricardo, the IC, the next event in every way; each row changes it
note='{"actor":{"email":"ricardo@example.com","name":"Ricardo Ortiz"},"at":"2026-11-23T10:00:00Z","id":"00006b04b2386000000000000001","incident":"'$id'","recorded":"2026-11-23T10:00:00Z","seq":4,"text":"forged","type":"note","v":1}'
mallory='.actor = {"name": "Mallory", "email": "mallory@example.com"}'
other=2026-11-23-0950-forged-aaaaaa
newdir=incidents/2026/11/$other/0badf00d-000001.jsonl

case=0
# NAME ~ FILE (log: the incident's; new: a new chunk; newdir: another
# incident) ~ jq filter on the note ("@N@" is the integer N, which jq
# would round) ~ the reason inc-verify gives, or "ok"
while IFS='~' read -r name file filter want; do
	case $name in '' | '#'*) continue ;; esac
	name=$(echo $name) file=$(echo $file) want=$(echo $want)
	case=$((case + 1))
	r=case$case
	rm -rf "$r"
	cp -R base "$r"
	git -C "$r" update-ref -d refs/incident/verified/main
	case $file in
	log) path=$log ;;
	new) path=$dir/0badf00d-000001.jsonl ;;
	newdir) path=$newdir ;;
	esac
	line=$(printf '%s\n' "$note" | jq -c -S "$filter" |
	    sed 's/"@\(-*[0-9]*\)@"/\1/g')
	forge "$r" "$path" "$line"
	n=$(wc -l <"$r/$path" | tr -d ' ')
	if [ "$want" = ok ]; then
		succeeds "$name: verifies" inc-verify -C "$r"
	else
		fails "$name" 1 "inc-verify: $(git -C "$r" rev-parse HEAD): $path:$n: $want" \
			inc-verify -C "$r"
	fi
done <<EOF
# the forged line as it is, and what the rules allow
an honest next event ~ log ~ . ~ ok
a note in a chunk of another writer ~ new ~ . ~ ok
backfilled, within the 15 minutes of skew ~ log ~ .at = "2026-11-23T09:35:00Z" ~ ok
a seq below the highest (a rebase) ~ new ~ .seq = 3 ~ ok
a forced state change by anyone ~ log ~ $mallory | .type = "state" | .state = "resolved" | .force = true ~ ok
a role released by its holder ~ log ~ .actor = {"name": "Ana Lima", "email": "ana@example.com"} | .type = "handoff" | .role = "comms" | .person = null ~ ok
an ops role taken by the IC ~ log ~ .type = "handoff" | .role = "ops" | .person = "Bea" ~ ok
# one open, first
a second open event ~ new ~ .type = "open" | .seq = 1 | .title = "Fire drill (ignore)" | .state = "investigating" | .drill = true ~ incident opened twice
a second open, next in seq ~ log ~ .type = "open" | .title = "x" | .state = "major" ~ incident opened twice
an open whose seq is not 1 ~ newdir ~ .incident = "$other" | .type = "open" | .seq = 2 | .title = "x" | .state = "major" ~ seq 2 out of Lamport order (an open's is 1)
an event before any open ~ newdir ~ .incident = "$other" | .seq = 1 ~ event before the incident was opened
# seq: a Lamport clock
a seq ahead of the incident ~ log ~ .seq = 99 ~ seq 99 out of Lamport order (the incident's highest was 3)
a seq not above the line before ~ log ~ .seq = 3 ~ seq 3 out of Lamport order (the line before has 3)
a seq going back in its file ~ log ~ .seq = 2 ~ seq 2 out of Lamport order (the line before has 3)
a seq ordered before the open ~ new ~ .seq = 1 ~ seq 1 out of Lamport order (not after the open)
# integers: none beyond 2^53 - 1, so none overflows
a seq of INT64_MAX ~ log ~ .seq = "@9223372036854775807@" ~ seq: integer out of range (beyond 2^53 - 1)
a seq of 2^53 ~ log ~ .seq = "@9007199254740992@" ~ seq: integer out of range (beyond 2^53 - 1)
a seq of 2^53 - 1 ~ log ~ .seq = "@9007199254740991@" ~ seq 9007199254740991 out of Lamport order (the incident's highest was 3)
an action done of INT64_MIN ~ log ~ .type = "action-done" | .n = "@-9223372036854775808@" ~ n: integer out of range (beyond 2^53 - 1)
a ticket count beyond 2^53 ~ log ~ .type = "tickets" | .count = "@18014398509481984@" ~ count: integer out of range (beyond 2^53 - 1)
an integer deep in a field ~ log ~ .findings = [{"x": "@9007199254740993@"}] ~ x: integer out of range (beyond 2^53 - 1)
# dates
dated before the open ~ log ~ .at = "2026-11-23T09:34:59Z" ~ event dated before the incident was opened
dated in 2099, commit too ~ log ~ .at = "2099-01-01T00:00:00Z" | .recorded = "2099-01-01T00:00:00Z" ~ event recorded in the future
dated after it was recorded ~ log ~ .at = "2026-11-23T10:01:01Z" ~ event dated after it was recorded
# the incident commander's authority, without force
a state change by someone not the IC ~ log ~ $mallory | .type = "state" | .state = "resolved" ~ state changed by someone not the incident commander (and not forced)
force false is not force ~ log ~ $mallory | .type = "state" | .state = "resolved" | .force = false ~ state changed by someone not the incident commander (and not forced)
command taken by someone not the IC ~ log ~ $mallory | .type = "handoff" | .role = "ic" | .person = "Mallory" ~ command handed over by someone not the incident commander (and not forced)
a role given by neither IC nor holder ~ log ~ $mallory | .type = "handoff" | .role = "comms" | .person = "Mallory" ~ role assigned by someone neither the incident commander nor its holder (and not forced)
EOF

# the last row: Ricardo's state change passes because he is still the IC;
# once he has handed command over, the same change is refused
r=handed
rm -rf $r && cp -R base $r
inc-handoff -C $r "$id" ic "Ana Lima <ana@example.com>" >/dev/null
forge $r "$log" "$(printf '%s\n' "$note" | jq -c -S '.seq = 5 | .type = "state" | .state = "resolved"')"
fails "the former IC cannot change the state" 1 \
	"inc-verify: $(git -C $r rev-parse HEAD): $log:$(wc -l <"$r/$log" | tr -d ' '): state changed by someone not the incident commander (and not forced)" \
	inc-verify -C $r
run inc-state -C $r -j "$id"
is "$(printf '%s\n' "$out" | jq -r .state)" resolved \
	"(which every reader would have shown as resolved)"

# a rebased state change is judged by the events before it in log
# order: the IC's, written before a hand-over it was rebased onto, passes
git clone -q base rb1
git clone -q base rb2
inc-state -C rb1 "$id" confirmed >/dev/null
inc-handoff -C rb2 "$id" ic "Ana Lima <ana@example.com>" >/dev/null
inc-note -C rb2 "$id" "Ana has it" >/dev/null
git -C rb1 pull -q --rebase ../rb2 main
is "$(cat rb1/$dir/*.jsonl | jq -s -c 'map(select(.type == "state" or .type == "handoff")) | map([.seq, .type]) | sort')" \
	'[[3,"handoff"],[4,"handoff"],[4,"state"]]' "the state change has seq 4, as the hand-over"
succeeds "a rebased state change by the IC of the time verifies" inc-verify -C rb1

# the picture kept from commit to commit is the one read afresh: after a
# merge the next commit's parent is read from its log
git clone -q base m1
git clone -q base m2
inc-note -C m1 "$id" "m1" >/dev/null
inc-handoff -C m2 "$id" ic "Ana Lima <ana@example.com>" >/dev/null
git -C m2 pull -q --no-rebase --no-edit ../m1 main
forge m2 "$log" "$(printf '%s\n' "$note" | jq -c -S '.id = "00006b04b2386000000000000009" | .seq = 5 | .type = "state" | .state = "resolved"')"
n=$(wc -l <"m2/$log" | tr -d ' ')
fails "after a merge, the hand-over merged in still counts" 1 \
	"inc-verify: $(git -C m2 rev-parse HEAD): $log:$n: state changed by someone not the incident commander (and not forced)" \
	inc-verify -C m2

# the next honest write after a planted seq: refused by every reader, so
# no tool ever adds 1 to it
r=big
rm -rf $r && cp -R base $r
forge $r "$log" "$(printf '%s\n' "$note" | jq -c -S '.seq = "@"' |
    sed 's/"@"/9223372036854775807/')"
fails "a tool refuses to append after a seq of INT64_MAX" 1 \
	"inc-note: $log:4: seq: integer out of range (beyond 2^53 - 1)" \
	inc-note -C $r "$id" "honest"
is "$(commits $r)" 4 "and records nothing"
fails "a reader names the line" 1 \
	"inc-log: $log:4: seq: integer out of range (beyond 2^53 - 1)" \
	inc-log -C $r "$id"

# --- what makes git show another history than the one verified

# git replace: git log shows an edited note, inc-verify reads the objects
r=replace
rm -rf $r && cp -R base $r
git -C $r update-ref -d refs/incident/verified/main
mid=$(git -C $r rev-parse HEAD~1)
blob=$(git -C $r show "$mid:$log" | sed 's/failing over/nothing done/' |
    git -C $r hash-object -w --stdin)
tree=$(cd $r && git read-tree "$mid" && git update-index --cacheinfo "100644,$blob,$log" &&
    git write-tree && git read-tree HEAD)
fake=$(git -C $r cat-file commit "$mid" | sed "s/^tree .*/tree $tree/" |
    git -C $r hash-object -t commit -w --stdin)
git -C $r replace "$mid" "$fake"
is "$(git -C $r show HEAD~1:"$log" | jq -r 'select(.type == "note") | .text')" \
	"nothing done" "git shows the replaced note"
fails "a replace ref is named, and not verified" 1 \
	"inc-verify: refs/replace/$mid: git shows another object in place of $mid (git replace): not verified" \
	inc-verify -C $r
is "$(git -C $r rev-parse -q --verify refs/incident/verified/main)" "" \
	"no tip is saved"
run inc-verify -C $r -j
is "$status:$(printf '%s\n' "$out" | jq -c '.offence | [.commit, .path]')" \
	"1:[null,\"refs/replace/$mid\"]" "--json names it too"
run inc-verify -C $r --since nonsense
is "$status:$err" "1:inc-verify: refs/replace/$mid: git shows another object in place of $mid (git replace): not verified
inc-verify: nonsense: no such commit" "an error besides is said too"
git -C $r replace --graft HEAD "$(git -C $r rev-parse HEAD~2)"
head=$(git --no-replace-objects -C $r rev-parse HEAD)
run inc-verify -C $r
is "$status:$(printf '%s\n' "$err" | sort)" "1:$(printf '%s\n' \
	"inc-verify: refs/replace/$head: git shows another object in place of $head (git replace): not verified" \
	"inc-verify: refs/replace/$mid: git shows another object in place of $mid (git replace): not verified" |
	sort)" "each one on a line of its own"
git -C $r replace -d "$mid" >/dev/null
git -C $r replace -d "$head" >/dev/null
succeeds "once they are removed, it verifies" inc-verify -C $r

# grafts, which git still honours (with a warning)
r=grafts
rm -rf $r && cp -R base $r
echo "$(git -C $r rev-parse HEAD) $(git -C $r rev-parse HEAD~2)" >$r/.git/info/grafts
fails "a grafts file is named, and not verified" 1 \
	"inc-verify: $TRASH/$r/.git/info/grafts: git shows other parents than the commits have (grafts): not verified" \
	inc-verify -C $r

# a rewrite pushed as delete then push, fetched with --prune: the reflog
# that told a forced update is gone with the branch; the tip seen before
# is not
git init -q --bare hub.git
git -C hub.git config receive.denyDeleteCurrent ignore
git -C base push -q ../hub.git main
git clone -q hub.git me
git clone -q hub.git evil
inc-note -C me "$id" "we broke prod with deploy 42" >/dev/null
git -C me push -q origin main
succeeds "the clone verifies after its push" inc-verify -C me
seen=$(git -C me rev-parse origin/main)
is "$(git -C me rev-parse refs/incident/seen/origin/main)" "$seen" \
	"and remembers the remote's tip it saw"
git -C evil pull -q
git -C evil reset -q --hard HEAD~1
inc-note -C evil "$id" "unrelated note" >/dev/null
git -C evil push -q origin :main 2>/dev/null
git -C me fetch -q --prune
git -C evil push -q origin main
git -C me fetch -q --prune
is "$(git -C me reflog show refs/remotes/origin/main | wc -l | tr -d ' ')" 1 \
	"the reflog of origin/main starts again"
fails "the rewrite is told" 1 \
	"inc-verify: $seen: refs/remotes/origin/main: history rewritten (seen before, no longer in it)" \
	inc-verify -C me

done_testing
