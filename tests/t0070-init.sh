#!/bin/sh
# inc-init: a team's repository made, joined by cloning (an empty shared
# repository too), or an existing clone made ready; and the repository
# the tools find inside a team's clone, never the personal default.
. "$(dirname "$0")/lib.sh"

export INC_NO_FSYNC=1
default=$HOME/.local/share/incidents
git init -q --bare server.git

# --- the first member joins the empty shared repository
run inc-init -u "file://$TRASH/server.git" ana
is "$status:$out" "0:$TRASH/ana" "join an empty repository: the path on stdout"
is "$err" "inc-init: $TRASH/ana: joined file://$TRASH/server.git, which was empty: the team's settings are committed on main; publish them: git -C $TRASH/ana push origin main" \
	"join an empty repository: what was done, and how to publish it"
is "$(git -C ana rev-parse --is-bare-repository)" true "the clone is bare"
is "$(git -C ana show HEAD:incidents/settings.json | jq -c .)" \
	'{"names_not_to_blame":[],"sitrep_interval_major_seconds":1800,"sitrep_interval_seconds":3600,"update_interval_major_seconds":1800,"update_interval_seconds":3600}' \
	"the settings committed, as JSON jq reads"
is "$(git -C ana log --format='%an <%ae>|%s' HEAD)" \
	"Ricardo Ortiz <ricardo@example.com>|incidents: the team's settings" \
	"one commit, in the responder's name"
like "$(git -C ana config inc.writer)" '^[0-9a-f]{8}$' "a writer id set"
is "$(git -C ana config branch.main.remote) $(git -C ana config branch.main.merge) $(git -C ana config remote.origin.fetch)" \
	"origin refs/heads/main +refs/heads/*:refs/remotes/origin/*" \
	"the branch tracks origin; the remote fetches into origin/*"
id=$(cd ana && inc-open "API errors" 2>/dev/null)
is "$(commits ana)" 2 "inside the clone, the tools record into it"
[ ! -e "$default" ] && ok "nothing in the default repository" ||
	not_ok "nothing in the default repository"
git -C ana rev-parse -q --verify refs/remotes/origin/HEAD >/dev/null &&
	not_ok "an empty remote's HEAD is not recorded, as by git clone" ||
	ok "an empty remote's HEAD is not recorded, as by git clone"
succeeds "publish with plain git push" git -C ana push -q origin main
is "$(commits server.git)" 2 "the shared repository has the settings and the event"

# --- the next member joins
run inc-init -u "$TRASH/server.git" bob
is "$status:$out:$err" "0:$TRASH/bob:inc-init: $TRASH/bob: joined $TRASH/server.git" \
	"join: nothing to commit"
is "$(commits bob)" 2 "join: the shared history, no commit of its own"
[ "$(git -C bob config inc.writer)" != "$(git -C ana config inc.writer)" ] &&
	ok "each clone its own writer id" || not_ok "each clone its own writer id"
is "$(git -C bob for-each-ref --format='%(refname)' | sort | tr '\n' ' ')" \
	"refs/heads/main refs/remotes/origin/HEAD refs/remotes/origin/main " \
	"join: HEAD's branch local, the remote's tracked"
is "$(git -C bob symbolic-ref refs/remotes/origin/HEAD)" "refs/remotes/origin/main" \
	"join: origin/HEAD names the remote's branch, as git clone records it"
run sh -c 'cd bob/refs && exec inc-ls'
like "$status:$out" "^0:$id " "from inside the bare clone, the tools find it"
succeeds "bob writes in his clone" sh -c 'cd bob && exec inc-note "$1" hello' - "$id"
is "$(commits bob)" 3 "bob's note is in bob's clone"
fsck_clean "git fsck --strict: bob's clone" bob
run inc-verify -C bob
like "$status:$out" "^0:verified " "inc-verify: bob's clone"

# --- a plain git clone of an empty repository: said, not passed over
git init -q --bare empty.git
git clone -q empty.git plain 2>/dev/null
fails "an empty clone is named, not passed over for the default" 1 \
	"inc-ls: $TRASH/plain: a clone of an empty repository (remote origin), not an incident repository yet: run inc-init there to record into it, or name a repository with -C DIR or INC_REPO" \
	sh -c 'cd plain && exec inc-ls'
fails "likewise for a writer, from a directory below" 1 \
	"inc-open: $TRASH/plain: a clone of an empty repository (remote origin), not an incident repository yet: run inc-init there to record into it, or name a repository with -C DIR or INC_REPO" \
	sh -c 'mkdir -p plain/sub && cd plain/sub && exec inc-open "Lost"'
[ ! -e "$default" ] && ok "nothing went to the default repository" ||
	not_ok "nothing went to the default repository"
new_repo own
succeeds "a new repository with no remote still uses the default" \
	sh -c 'cd own && exec inc-ls'
rm -rf "$default"

run sh -c 'cd plain && exec inc-init'
is "$status:$out:$err" "0:$TRASH/plain:inc-init: $TRASH/plain: the team's settings committed on main" \
	"inc-init in a git clone: the settings committed there"
is "$(git -C plain status --porcelain)" "" "the work tree and index in step"
[ -f plain/incidents/settings.json ] && ok "the settings file in the work tree" ||
	not_ok "the settings file in the work tree"
succeeds "then the tools use it" sh -c 'cd plain && exec inc-open "Checkout slow"'
is "$(commits plain)" 2 "the incident is in the clone"
succeeds "and git push publishes it" git -C plain push -q origin main
run inc-init plain
is "$status:$out:$err" "0:$TRASH/plain:inc-init: $TRASH/plain: ready; the team's settings were there already" \
	"inc-init again: nothing to do"
is "$(commits plain)" 2 "inc-init again: no commit"

# --- a repository in use, its intervals in git config: kept
new_repo old
git -C old config inc.sitrepInterval 30
succeeds "an incident recorded before" inc-open -C old "Old"
run inc-init old
is "$status:$(git -C old show HEAD:incidents/settings.json | jq -c '[.sitrep_interval_seconds, .update_interval_seconds]')" \
	"0:[1800,3600]" "inc-init: the committed intervals are the ones configured"
is "$(git -C old status --porcelain)" "" "adopted: the work tree in step"

git init -q --bare older.git
git -C old push -q "$TRASH/older.git" HEAD~1:refs/heads/main
run inc-init -u "$TRASH/older.git" newer
is "$status:$err" "0:inc-init: $TRASH/newer: joined $TRASH/older.git, which had no settings: the team's settings are committed on main; publish them: git -C $TRASH/newer push origin main" \
	"join a repository in use before inc-init: its settings committed"

# --- a new team repository, no remote
run inc-init -C team.git
is "$status:$out:$err" "0:$TRASH/team.git:inc-init: $TRASH/team.git: a new team repository (bare), its settings committed on main" \
	"a new repository (-C names it)"
is "$(git -C team.git rev-parse --is-bare-repository):$(commits team.git)" \
	"true:1" "bare, with the settings"
mkdir sub && run sh -c 'cd sub && exec inc-init -u "file://$1/team.git"' - "$TRASH"
is "$status:$out" "0:$TRASH/sub/team" "the directory git clone would name"

# --- refusals
mkdir junk && : >junk/file
fails "not empty, not a repository" 1 \
	"inc-init: junk: neither empty nor a git repository" inc-init junk
fails "no clone into a directory that holds files" 1 \
	"inc-init: junk: already exists and is not an empty directory" \
	inc-init -u "$TRASH/server.git" junk
fails "a clone that fails: git's reason, nothing left behind" 1 \
	"inc-init: $TRASH/nope.git: git clone failed: repository '$TRASH/nope.git' does not exist" \
	inc-init -u "$TRASH/nope.git" carl
[ ! -e carl ] && ok "no directory left" || not_ok "no directory left"
fails "an empty remote" 2 "inc-init: empty remote
$(usage_of inc-init)" inc-init -u "" x
fails "two directories" 2 "inc-init: too many operands
$(usage_of inc-init)" inc-init a b
fails "-C and a directory" 2 "inc-init: too many operands
$(usage_of inc-init)" inc-init -C a b
fails "a url with nothing to name a directory after" 2 "inc-init: /: no directory to guess from it: name one
$(usage_of inc-init)" inc-init -u /

done_testing
