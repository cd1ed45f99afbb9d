#!/bin/sh
# Which repository the tools use, and who they say wrote each event.
. "$(dirname "$0")/lib.sh"

new_repo r
id=$(inc-open -C r "First" 2>/dev/null)

export INC_NOW=2030-01-01T00:00:00Z # ages do not tick between two listings

# -C, then $INC_REPO, then the enclosing work tree that holds incidents
succeeds "-C names the repository" inc-ls -C r
like "$out" "^$id " "-C lists its incident"
INC_REPO=$TRASH/r run inc-ls
is "$out" "$(inc-ls -C r)" "INC_REPO names it too"
mkdir -p r/deep/er
(cd r/deep/er && inc-ls) >"$TRASH/found" 2>&1
is "$(cat "$TRASH/found")" "$(inc-ls -C r)" "found from a subdirectory of the work tree"
INC_REPO=$TRASH/nowhere run inc-ls -C r
is "$status" 0 "-C wins over INC_REPO"

# readers make nothing: before the first write there is no default
# repository, and a reader finds no incident, as in an empty one
nodef=$TRASH/nodefault
run env XDG_DATA_HOME="$nodef" inc-ls
is "$status:$out:$err" "0::" "inc-ls without a default repository: none listed"
run env XDG_DATA_HOME="$nodef" inc-check -1
is "$status:$out:$err" "0::" "inc-check -1: nothing for the prompt"
run env XDG_DATA_HOME="$nodef" inc-check
is "$status:$out:$err" "0:no active incident:" "inc-check: no active incident"
fails "inc-log: no incident at all: declare one" 1 \
	"inc-log: no incident yet: declare one with inc-open TITLE" \
	env XDG_DATA_HOME="$nodef" inc-log
# a team repository with no incident yet: none to name, open one
new_repo empty
mkdir empty/incidents
for tool in inc-state inc-brief "inc-note x" "inc-sitrep -l" "inc-status hello" \
    inc-postmortem "inc-handoff comms me"; do
	fails "$tool, no incident yet: declare one" 1 \
		"${tool%% *}: no incident yet: declare one with inc-open TITLE" \
		sh -c "cd empty && $tool"
done
fails "inc-state of an id: no such incident" 1 "inc-state: abc: no such incident or state (states: investigating, confirmed, major, resolved)" \
	env XDG_DATA_HOME="$nodef" inc-state abc
run env XDG_DATA_HOME="$nodef" inc-verify
like "$status:$out" "^0:verified 0 commits, 0 events, 0 incidents in " \
	"inc-verify: nothing to verify"
is "$(if [ -e "$nodef" ]; then echo made; else echo none; fi)" none \
	"no reader made the default repository, nor its directory"
run env XDG_DATA_HOME="$nodef" inc-open "First write"
is "$status:$(git -C "$nodef/incidents" rev-list --count HEAD)" 0:1 \
	"the first write makes it"

# a git repository without incidents/ is not taken: the default is used
new_repo other
(cd other && inc-open "Elsewhere") >"$TRASH/o" 2>/dev/null
is "$(commits other)" 0 "an unrelated repository is left alone"
is "$(git -C "$HOME/.local/share/incidents" log -1 --format=%s)" \
	"$(cat "$TRASH/o"): Incident Investigating: Elsewhere" \
	"the default repository is created on first use"
XDG_DATA_HOME=$TRASH/xdg run inc-open "In XDG"
is "$(git -C "$TRASH/xdg/incidents" rev-list --count HEAD)" 1 \
	"XDG_DATA_HOME moves the default"

# bare repositories work, with no work tree to keep in step
git init -q --bare bare.git
succeeds "opens in a bare repository" inc-open -C bare.git "Bare"
bid=$out
succeeds "notes in a bare repository" inc-note -C bare.git "$bid" "noted"
is "$(git -C bare.git log --format=%s | head -1)" "$bid: Note: noted" \
	"the bare repository has the commit"

# identity: GIT_AUTHOR_* wins over user.name/user.email
GIT_AUTHOR_NAME="Ana Lima" GIT_AUTHOR_EMAIL=ana@example.com \
	run inc-note -C r "$id" "from Ana"
is "$(git -C r log -1 --format='%an <%ae>')" "Ana Lima <ana@example.com>" \
	"GIT_AUTHOR_NAME and GIT_AUTHOR_EMAIL are honoured"
is "$(inc-log -C r -j "$id" | tail -n 1 | jq -r '.actor.name + " " + .actor.email')" \
	"Ana Lima ana@example.com" "and recorded as the actor"

# errors: one line, nothing changed
fails "a missing directory" 1 "inc-ls: $TRASH/none: No such file or directory" \
	inc-ls -C "$TRASH/none"
mkdir plain
fails "not a git repository" 1 "inc-ls: plain: not a git repository" \
	inc-ls -C plain
INC_REPO=plain fails "INC_REPO that is not a repository" 1 \
	"inc-open: plain: not a git repository" inc-open "x"
before=$(commits r)
HOME=$TRASH/nohome fails "no identity" 1 \
	"inc-open: no identity: set user.name with git config --global user.name VALUE (or GIT_AUTHOR_NAME)" \
	inc-open -C r "Nobody"
is "$(commits r)" "$before" "nothing committed without an identity"
git -C r checkout -q --detach
fails "detached HEAD refused" 1 "inc-note: r: HEAD is detached: check out a branch" \
	inc-note -C r "$id" "x"
git -C r checkout -q main
is "$(commits r)" "$before" "nothing committed on a detached HEAD"
# a git rebase -i with its todo list open (HEAD still the branch): a
# write then would be undone by the rebase's abort, so it is refused
GIT_SEQUENCE_EDITOR="inc-note -C '$TRASH/r' '$id' 'mid-rebase' >'$TRASH/rb.out' 2>'$TRASH/rb.err'; echo \$? >'$TRASH/rb.rc'; true" \
	git -C r rebase -q -i HEAD~1 >/dev/null 2>&1
is "$(cat rb.rc):$(cat rb.out):$(cat rb.err)" \
	"1::inc-note: $TRASH/r: a git rebase (or am, cherry-pick, revert) is in progress in the work tree, and its abort would undo what is recorded now: nothing recorded (finish or abort it first)" \
	"a write while a git rebase is in progress is refused, in one line"
is "$(commits r)" "$before" "nothing committed during the rebase"
fsck_clean "fsck is clean" r

# --- the team's repository found around the current directory, and one
# git cannot open (a config it cannot parse; a linked work tree whose
# repository is gone): an error, never the per-user default, where the
# team would see nothing (an all-clear page, an incident opened there)
new_repo bad
inc-open -C bad "API down" >/dev/null 2>&1
inc-status -C bad -i critical "We are investigating errors on the API. Next update in 30 minutes." >/dev/null 2>&1
inc-publish -C bad -q badsite
printf '[remote "origin"\n\turl = git@example.com:team/incidents\n' >>bad/.git/config
before=$(git -C "$HOME/.local/share/incidents" rev-list --count HEAD 2>/dev/null)
for cmd in "inc-ls" "inc-publish $TRASH/badsite" "inc-open Payments"; do
	run sh -c "cd bad && $cmd"
	is "$status:$out:$err" "1::${cmd%% *}: $TRASH/bad/.git: failed to parse config file: missing ']' in section header (in $TRASH/bad/.git/config:$(($(wc -l <bad/.git/config) - 1)))" \
		"${cmd%% *} in a repository whose config git cannot parse: an error"
done
is "$(jq -r .status.description badsite/api/v2/status.json)" "Major Service Outage" \
	"the page left as it was"
is "$(git -C "$HOME/.local/share/incidents" rev-list --count HEAD 2>/dev/null)" "$before" \
	"nothing recorded in the default repository"
new_repo main4wt
inc-open -C main4wt "API down" >/dev/null 2>&1
git -C main4wt worktree add -q "$TRASH/wt" 2>/dev/null
rm -rf main4wt/.git/worktrees
run sh -c "cd wt && inc-ls"
is "$status:$out:$err" "1::inc-ls: $TRASH/wt/.git: no repository git can open (git status says why)" \
	"a linked work tree whose repository is gone: an error"

done_testing
