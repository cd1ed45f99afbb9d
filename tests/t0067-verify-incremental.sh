#!/bin/sh
# Incremental verify: what is new since the last verified tip is walked,
# with the state of that tip taken from a cache in the git directory,
# signed with a key of the user's; --full walks everything. A forgery
# after the cached tip is caught with what the cache holds (the ids of
# the events before it); a forgery of the old part changes the tip's id,
# and a damaged, tampered or foreign cache is never trusted.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T10:00:00Z INC_NO_FSYNC=1
new_repo base
id=$(inc-open -C base --at 2026-11-23T09:50:00Z "Database down" 2>/dev/null)
inc-note -C base "$id" "failing over" >/dev/null
inc-note -C base "$id" "replica promoted" >/dev/null
log=$(cd base && ls incidents/*/*/"$id"/*.jsonl)
key=$HOME/.local/state/incident/verify.key

# walked REPO [ARGS]: "commits events incidents walked" of a run
walked() {
	d=$1
	shift
	inc-verify -C "$d" -j "$@" 2>/dev/null |
	    jq -r '[.commits, .events, .incidents, .walked] | map(tostring) | join(" ")'
}

is "$(walked base)" "3 3 1 3" "the first run walks the whole history"
is "$(stat -c %a "$key"):$(stat -c %a "${key%/*}")" "600:700" \
	"the key is made on first use, the user's only"
cache=$(ls base/.git/incident-cache/verify-*)
is "$(head -n 1 "$cache")" "incident-verify-cache 2" "the cache is kept in the git directory"
is "$(sed -n 's/^tip //p' "$cache")" "$(git -C base rev-parse HEAD)" "keyed to the verified tip"
inc-note -C base "$id" "writes back" >/dev/null
is "$(walked base)" "4 4 1 1" "then only the new commit is walked, the totals kept"
is "$(walked base)" "4 4 1 0" "and nothing when nothing is new"
run inc-verify -C base
like "$status:$out" "^0:verified 4 commits, 4 events, 1 incident in [0-9.]+ s$" \
	"the line says the whole history's totals"
is "$err" "" "and nothing on stderr"
# a cache of an earlier version, which did not compare subjects: the
# whole history is walked once, without a word
sed -i '1s/ 2$/ 1/' "$cache"
run inc-verify -C base -j
is "$status:$(printf '%s\n' "$out" | jq -c '[.commits, .walked]'):$err" "0:[4,4]:" \
	"an earlier version's cache: walked whole, nothing said"
is "$(walked base)" "4 4 1 0" "and made again"
is "$(walked base --full)" "4 4 1 4" "--full walks everything"
is "$(walked base -W)" "4 4 1 4" "-W is --full"
is "$(walked base "$id")" "4 4 1 4" "naming incidents walks their whole history"
two=$(inc-open -C base --at 2026-11-23T09:55:00Z "Cache cold" 2>/dev/null)
echo runbook >base/README
git -C base add README && git -C base commit -q -m "add a readme"
is "$(walked base)" "6 5 2 2" "a new incident and a commit that is not an event"
is "$(walked base --full)" "6 5 2 6" "as --full counts them"

# forge DIR LINE: LINE appended to the incident's log and committed as
# the tools commit it
forge() {
	printf '%s\n' "$2" >>"$1/$log"
	git -C "$1" add "$log"
	date=$(printf '%s' "$2" | jq -r '.recorded_at // .recorded')
	GIT_AUTHOR_NAME=$(printf '%s' "$2" | jq -r .actor.name) \
	GIT_AUTHOR_EMAIL=$(printf '%s' "$2" | jq -r .actor.email) \
	GIT_AUTHOR_DATE=$date GIT_COMMITTER_DATE=$date \
	git -C "$1" commit -q -F - <<-EOF
	$id: forged

	Incident: $id
	Event: $(printf '%s' "$2" | jq -r .type)
	Event-Id: $(printf '%s' "$2" | jq -r .id)
	EOF
}
# a note that is honest in every way but its id, the first event's
last=$(tail -n 1 "base/$log")
first_id=$(head -n 1 "base/$log" | jq -r .id)
dup=$(printf '%s' "$last" | jq -c ".seq += 1 | .text = \"again\" | .id = \"$first_id\"")
mallory=$(printf '%s' "$last" | jq -c '.seq += 1 | .id = "00006b04b2386000000000000001" |
	.type = "state" | .state = "resolved" | del(.text) |
	.actor = {"name": "Mallory", "email": "mallory@example.com"}')
n=$(($(wc -l <"base/$log") + 1))

# --- a forgery after the cached tip
rm -rf dup && cp -R base dup
forge dup "$dup"
fails "a duplicate of an event before the cached tip is caught" 1 \
	"inc-verify: $(git -C dup rev-parse HEAD): $log:$n: duplicate event id" \
	inc-verify -C dup
fails "and by --full" 1 \
	"inc-verify: $(git -C dup rev-parse HEAD): $log:$n: duplicate event id" \
	inc-verify -C dup --full
rm -rf mal && cp -R base mal
forge mal "$mallory"
fails "a state change by someone not the IC after the cached tip is caught" 1 \
	"inc-verify: $(git -C mal rev-parse HEAD): $log:$n: state changed by someone not the incident commander (and not forced)" \
	inc-verify -C mal
# an older cache put back: what came after it is walked
rm -rf old && cp -R base old
cp "$(ls old/.git/incident-cache/verify-*)" older
inc-note -C old "$id" "one more" >/dev/null
is "$(walked old)" "7 6 2 1" "a later tip verified"
cp older "$(ls old/.git/incident-cache/verify-*)"
forge old "$(printf '%s' "$dup" | jq -c '.seq += 1')"
fails "an older cache put back: everything after it is walked" 1 \
	"inc-verify: $(git -C old rev-parse HEAD): $log:$(wc -l <"old/$log" | tr -d ' '): duplicate event id" \
	inc-verify -C old

# --- a forgery of the old part: the tip's id changes, the cache no longer
# matches, and the walk is whole. The verified ref, which would name the
# rewrite, is removed as someone who can write the repository would.
rm -rf rw && cp -R base rw
git -C rw update-ref -d refs/incident/verified/main
second=$(git -C rw rev-list --reverse HEAD | sed -n 2p)
FILTER_BRANCH_SQUELCH_WARNING=1 git -C rw filter-branch -f --env-filter "
	if [ \$GIT_COMMIT = $second ]; then
		GIT_AUTHOR_NAME=Mallory GIT_AUTHOR_EMAIL=mallory@example.com
	fi" HEAD >/dev/null 2>&1
forged=$(git -C rw rev-list --reverse HEAD | sed -n 2p)
is "$(git -C rw log -1 --format=%an "$forged")" "Mallory" "an old commit's author rewritten"
fails "a forged old part is caught past the cache" 1 \
	"inc-verify: $forged: $log:2: author is not the event's actor" \
	inc-verify -C rw

# --- a cache tampered with, damaged, or another user's
# tamper: an event id taken out, so that its duplicate would pass
rm -rf t1 && cp -R base t1
c=$(ls t1/.git/incident-cache/verify-*)
grep -v "^$first_id\$" "$c" | sed 's/^ids 5$/ids 4/' >t1.cache && cp t1.cache "$c"
is "$(grep -c "^$first_id\$" "$c")" 0 "an id is taken out of the cache"
forge t1 "$dup"
fails "a tampered cache is not trusted into passing a forgery, and is said" 1 \
	"inc-verify: warning: $TRASH/t1/.git/incident-cache/${c##*/}: not as this user's inc-verify left it: ignored, the whole history walked
inc-verify: $(git -C t1 rev-parse HEAD): $log:$n: duplicate event id" \
	inc-verify -C t1
git -C t1 reset -q --hard HEAD~1
run inc-verify -C t1 -j
is "$status:$(printf '%s' "$out" | jq -c '[.ok, .walked]')" "0:[true,6]" \
	"without the forgery, the whole history is walked"
is "$err" "inc-verify: warning: $TRASH/t1/.git/incident-cache/${c##*/}: not as this user's inc-verify left it: ignored, the whole history walked" \
	"and the damaged cache is said"
is "$(walked t1)" "6 5 2 0" "then rebuilt"
# the tip changed to a forged history's, its signature as it was
rm -rf t2 && cp -R rw t2
c=$(ls base/.git/incident-cache/verify-*)
sed "s/^tip .*/tip $(git -C t2 rev-parse HEAD)/" "$c" >"t2/.git/incident-cache/${c##*/}"
fails "a cache moved to a forged tip is not trusted" 1 \
	"inc-verify: warning: $TRASH/t2/.git/incident-cache/${c##*/}: not as this user's inc-verify left it: ignored, the whole history walked
inc-verify: $forged: $log:2: author is not the event's actor" \
	inc-verify -C t2
# a cache another user's verify wrote, with their key, put in its place
rm -rf t3 && cp -R base t3
git -C t3 update-ref -d refs/incident/verified/main
rm -f t3/.git/incident-cache/verify-*
XDG_STATE_HOME=$TRASH/mallory inc-verify -C t3 >/dev/null
theirs=$(ls t3/.git/incident-cache/verify-*)
is "$(ls "$TRASH/mallory/incident")" "verify.key" "XDG_STATE_HOME holds the key when set"
mv "$theirs" "t3/.git/incident-cache/${c##*/}"
forge t3 "$dup"
fails "a cache signed with another key is not trusted" 1 \
	"inc-verify: warning: $TRASH/t3/.git/incident-cache/${c##*/}: not as this user's inc-verify left it: ignored, the whole history walked
inc-verify: $(git -C t3 rev-parse HEAD): $log:$n: duplicate event id" \
	inc-verify -C t3
# truncated
rm -rf t4 && cp -R base t4
c=$(ls t4/.git/incident-cache/verify-*)
head -c 100 "$c" >t4.cache && cp t4.cache "$c"
run inc-verify -C t4 -j
is "$status:$(printf '%s' "$out" | jq -c '[.ok, .walked]')" "0:[true,6]" \
	"a truncated cache: the whole history walked"
like "$err" "^inc-verify: warning: .*: not as this user's inc-verify left it: ignored, the whole history walked$" \
	"and said"
# empty, or not a file
rm -rf t6 && cp -R base t6
c=$(ls t6/.git/incident-cache/verify-*)
: >"$c"
run inc-verify -C t6 -j
is "$status:$(printf '%s' "$out" | jq -c '[.ok, .walked]'):$err" \
	"0:[true,6]:inc-verify: warning: $TRASH/$c: not as this user's inc-verify left it: ignored, the whole history walked" \
	"an empty cache: the whole history walked, and said"
rm "$c" && mkdir "$c"
run inc-verify -C t6 -j
is "$status:$(printf '%s' "$out" | jq -c '[.ok, .walked]'):$err" \
	"0:[true,6]:inc-verify: warning: $TRASH/$c: not as this user's inc-verify left it: ignored, the whole history walked" \
	"a directory in its place: the same"
# a key others may read is no key
chmod 644 "$key"
rm -rf t5 && cp -R base t5
is "$(walked t5)" "6 5 2 6" "a key others may read: the whole history walked"
chmod 600 "$key"
is "$(walked t5)" "6 5 2 0" "the key the user's only again: the cache used"
# no home to keep a key in: every run walks everything
is "$(HOME=relative walked t5)" "6 5 2 6" "no key: the whole history walked"

# --- --signed: a cache of an unsigned verify is no proof of signatures
rm -rf sig && cp -R base sig
fails "--signed after an unsigned verify walks everything" 1 \
	"inc-verify: $(git -C sig rev-list --reverse HEAD | head -n 1): $log: commit not signed" \
	inc-verify -C sig --signed

# the cache is never what the other tools read, and fsck does not mind it
fsck_clean "fsck is clean" base

done_testing
