#!/bin/sh
# inc-init --set, --unset and --settings: the team's settings changed
# from any clone, a bare one too, in one commit by the responder, pushed
# in the background like every write; only the fields the tools read, to
# values they take, checked as the tools check them when they read the
# file.
. "$(dirname "$0")/lib.sh"
. "$SRC/tests/daemon.sh" # settle

export INC_NO_FSYNC=1
git init -q --bare server.git
inc-init -u "$TRASH/server.git" ana >/dev/null 2>&1
git -C ana push -q origin main
inc-init -u "$TRASH/server.git" bob >/dev/null 2>&1
git -C ana config inc.autoSync true # a write pushes in the background
ana() { as "Ana Lima" ana@example.com "$@"; }
# remote JQ: a jq filter over the shared repository's settings
remote() {
	git -C server.git show main:incidents/settings.json | jq -c "$1"
}

is "$(git -C ana rev-parse --is-bare-repository)" true "ana's clone is bare"
run inc-init -C ana --settings
is "$status:$err:$out" '0::{
  "names_not_to_blame": [],
  "sitrep_interval_major_seconds": 1800,
  "sitrep_interval_seconds": 3600,
  "update_interval_major_seconds": 1800,
  "update_interval_seconds": 3600
}' "--settings: the file, indented"

# --- set from a bare clone, pushed
before=$(commits server.git)
run ana inc-init -C ana --set 'components=["API", {"name": "EU dashboard", "group": "Web"}]' \
	--set 'page_name=Acme Status'
is "$status:$out:$err" "0::inc-init: ana: the team's settings committed: components set, page_name set" \
	"--set: what was committed, said"
settle ana
is "$(commits server.git)" "$((before + 1))" "one commit, pushed in the background"
is "$(remote .components):$(remote .page_name)" \
	'["API",{"group":"Web","name":"EU dashboard"}]:"Acme Status"' \
	"the shared repository has them: JSON as given, a plain string as a string"
is "$(remote 'keys')" \
	'["components","names_not_to_blame","page_name","sitrep_interval_major_seconds","sitrep_interval_seconds","update_interval_major_seconds","update_interval_seconds"]' \
	"the other settings kept"
is "$(git -C server.git show main:incidents/settings.json | sed -n '1,4p')" '{
  "components": [
    "API",
    {' "the file indented, its keys sorted"
is "$(git -C server.git log -1 --format='%an <%ae>|%B' main)" "Ana Lima <ana@example.com>|incidents: the team's settings: components set, page_name set

components: [\"API\",{\"group\":\"Web\",\"name\":\"EU dashboard\"}]
page_name: \"Acme Status\"" "authored by the responder, the message says what changed"
is "$(git -C server.git diff --name-only main~1 main)" "incidents/settings.json" \
	"the commit changes the settings only"

# --- another clone, after a sync
succeeds "bob syncs" inc-sync -C bob -q
run inc-init -C bob --settings -j
is "$status:$(printf '%s' "$out" | jq -c '[.components, .page_name]')" \
	'0:[["API",{"group":"Web","name":"EU dashboard"}],"Acme Status"]' \
	"bob's clone has them"
like "$out" '^\{"components":' "-j: on one line"
run env INC_REPO="$TRASH/bob" inc-init --settings -j
like "$status:$out" '^0:\{"components":\["API"' "no dir: the repository every tool finds"
succeeds "bob publishes" inc-publish -C bob -q site
is "$(jq -c '[.page.name, [.components[] | .name]]' site/api/v2/summary.json)" \
	'["Acme Status",["API","Web","EU dashboard"]]' \
	"the page bob publishes has the team's components (a group is one)"

# --- refused: nothing committed
tip=$(git -C ana rev-parse HEAD)
fails "a field the tools do not read" 2 \
	"inc-init: hook: not one of the team's settings (incident(7) lists them)" \
	inc-init -C ana --set 'hook=touch pwned'
fails "an interval not in whole minutes" 2 \
	"inc-init: sitrep_interval_seconds: not a number of seconds in whole minutes from 60 to 604800 (7 days)" \
	inc-init -C ana --set sitrep_interval_seconds=90
fails "an interval over a week" 2 \
	"inc-init: sitrep_interval_major_seconds: not a number of seconds in whole minutes from 60 to 604800 (7 days)" \
	inc-init -C ana --set sitrep_interval_major_seconds=1258291200
fails "components that are not a list" 2 \
	"inc-init: components: not a list of components" \
	inc-init -C ana --set components=API
fails "a component that cannot be one" 2 \
	"inc-init: components: 2: not a name, nor an object with a name" \
	inc-init -C ana --set 'components=["API", 3]'
fails "a page name on two lines" 2 \
	"inc-init: page_name: not one line of text" \
	inc-init -C ana --set 'page_name="Acme\nStatus"'
fails "a rule's mode that is not text" 2 \
	"inc-init: lint_modes: eta: not a name and one line of text" \
	inc-init -C ana --set 'lint_modes={"blame": "advise", "eta": 3}'
# what the linter and inc-publish warn of and leave out when they read it
fails "a rule's mode the linter does not take" 2 \
	"inc-init: lint_modes: blame: bogus: not a rule mode (refuse, advise or off)" \
	inc-init -C ana --set 'lint_modes={"blame": "bogus"}'
fails "a rule the linter does not have" 2 \
	"inc-init: lint_modes: us: no such rule (eta, cause, blame, impact, action, workaround, next-update, data-loss, restored, internal, repeat, maybe-cause, maybe-blame, still-open)" \
	inc-init -C ana --set 'lint_modes={"us": "Evil Corp"}'
fails "a page link that is a script" 2 \
	"inc-init: page_url: javascript:alert(1): not an http, https or mailto address" \
	inc-init -C ana --set 'page_url=javascript:alert(1)'
fails "a team link that is not http, https or mailto" 2 \
	"inc-init: page_team_url: ftp://example.com: not an http, https or mailto address" \
	inc-init -C ana --set 'page_team_url=ftp://example.com'
fails "one bad change refuses them all" 2 \
	"inc-init: names_of_ours: not a list of names" \
	inc-init -C ana --set 'page_name=Other' --set 'names_of_ours="Acme"'
fails "--unset of a field the tools do not read" 2 \
	"inc-init: hook: not one of the team's settings (incident(7) lists them)" \
	inc-init -C ana --unset hook
fails "--set without a value" 2 "inc-init: --set page_name: not key=value
$(usage_of inc-init)" inc-init -C ana --set page_name
fails "--settings and --set apart" 2 \
	"inc-init: --settings prints the settings; --set and --unset change them
$(usage_of inc-init)" inc-init -C ana --settings --set page_name=x
fails "-u joins, not changes" 2 "inc-init: -u joins a team; change its settings after
$(usage_of inc-init)" inc-init -u "$TRASH/server.git" --set page_name=x new
is "$(git -C ana rev-parse HEAD):$(remote .page_name)" "$tip:\"Acme Status\"" \
	"nothing committed, nothing pushed"

# --- the same again, and removed
run inc-init -C ana --set 'page_name="Acme Status"'
is "$status:$err:$(git -C ana rev-parse HEAD)" \
	"0:inc-init: ana: the team's settings were so already; nothing committed:$tip" \
	"a value the file holds already: no commit"
run ana inc-init -C ana --unset page_name --set 'lint_modes={"blame": "advise"}'
is "$status:$err" "0:inc-init: ana: the team's settings committed: page_name removed, lint_modes set" \
	"--unset and --set in one commit"
settle ana
is "$(remote 'has("page_name")'):$(remote .lint_modes)" 'false:{"blame":"advise"}' \
	"removed from the shared repository's file"
run inc-init -C ana --unset page_name
is "$status:$err" "0:inc-init: ana: the team's settings were so already; nothing committed" \
	"--unset of a field not set: no commit"
run ana inc-init -C ana --set page_name=One --set page_name=Two
is "$status:$err" "0:inc-init: ana: the team's settings committed: page_name set" \
	"a key given twice is named once"
is "$(git -C ana show HEAD:incidents/settings.json | jq -r .page_name):$(git -C ana log -1 --format=%b)" \
	'Two:page_name: "Two"' "the last given stands, and the commit gives it alone"
run ana inc-init -C ana --set page_name=null
is "$status:$err:$(git -C ana show HEAD:incidents/settings.json | jq 'has("page_name")')" \
	"0:inc-init: ana: the team's settings committed: page_name removed:false" \
	"key=null removes it, as --unset does, rather than writing a null"

# --- the audit: settings commits are not events
id=$(inc-open -C ana "API errors" 2>/dev/null)
succeeds "an event after them" inc-status -C ana -p API "$id" \
	"We are investigating errors on the API. Next update in 30 minutes."
settle ana
run inc-init -C ana --set update_interval_seconds=1800
is "$status:$err" "0:inc-init: ana: the team's settings committed: update_interval_seconds set" \
	"and a change of settings after the event"
run inc-verify -C ana
like "$status:$out" "^0:verified [0-9]+ commits, 2 events" "inc-verify passes: settings commits are no events"
settle ana
succeeds "bob syncs again" inc-sync -C bob -q
run inc-verify -C bob
like "$status:$out" "^0:verified " "inc-verify passes on the other clone"
fsck_clean "git fsck --strict" server.git

# --- two clones change the settings at once: merged field by field
git -C ana config inc.autoSync false
succeeds "bob in step" inc-sync -C bob -q
run inc-init -C ana --set 'page_team=Acme SRE'
run inc-init -C bob --set 'page_url=https://status.example.com'
succeeds "ana pushes first" inc-sync -C ana
is "$out" "origin/main: 0 events merged, 0 pushed, 1 settings change pushed" \
	"and says it pushed a change of the team's settings, not up to date"
run inc-sync -C bob
is "$status:$out:$err" "0:origin/main: 0 events merged, 0 pushed, 1 settings change merged, 1 settings change pushed:" \
	"bob's sync merges the two changes, and says both"
run inc-sync -C ana
is "$status:$out:$err" "0:origin/main: 0 events merged, 0 pushed, 1 settings change merged:" \
	"ana's merges bob's"
run inc-sync -C ana
is "$status:$out:$err" "0:origin/main: up to date:" "then it is up to date"
is "$(remote '[.page_team, .page_url, .update_interval_seconds]')" \
	'["Acme SRE","https://status.example.com",1800]' \
	"each field as the side that changed it has it"
is "$(git -C server.git log -1 --format=%s main)" \
	"Merge remote-tracking branch 'origin/main'" "one merge commit"
run inc-verify -C bob
like "$status:$out" "^0:verified " "inc-verify passes after the merge"
run inc-init -C ana --set 'page_team=Acme Ops'
succeeds "ana pulls first" inc-sync -C ana -q
run inc-init -C bob --set 'page_team=Acme On-call'
fails "a field both changed apart is a conflict" 4 \
	"inc-sync: incidents/settings.json: changed here and on origin in ways that conflict; nothing merged (merge it with git merge origin/main in a work tree of the branch: git worktree add ../merge main)" \
	inc-sync -C bob -q
is "$(remote .page_team)" '"Acme Ops"' "nothing merged"
git -C bob update-ref refs/heads/main refs/remotes/origin/main
# a symbolic link on one side is no file to merge, though its text
# reads as JSON: a conflict, not a file made of the link
git clone -q server.git lk
rm lk/incidents/settings.json
ln -s '{"page_name": "Linked"}' lk/incidents/settings.json
git -C lk commit -qam "settings.json a link"
git -C lk push -q origin main
run inc-init -C bob --set 'page_team_url=https://bob.example.com'
fails "a link on origin: a conflict" 4 \
	"inc-sync: incidents/settings.json: changed here and on origin in ways that conflict; nothing merged (merge it with git merge origin/main in a work tree of the branch: git worktree add ../merge main)" \
	inc-sync -C bob -q
is "$(git -C server.git ls-tree main incidents/settings.json | cut -c 1-6)" 120000 \
	"nothing merged: the link is there still"
git -C bob update-ref refs/heads/main refs/remotes/origin/main
git -C lk rm -q incidents/settings.json
git -C lk checkout -q HEAD~1 -- incidents/settings.json
git -C lk commit -qm "settings.json a file again"
git -C lk push -q origin main
git -C ana config inc.autoSync true

# --- a clone with a work tree keeps its file and index in step
git clone -q server.git wt
run inc-init -C wt --set 'page_team=Acme SRE'
is "$status:$(git -C wt status --porcelain)" "0:" "a work tree: the index in step"
is "$(jq -c .page_team wt/incidents/settings.json)" '"Acme SRE"' "and the file"
# an edit of the file not committed yet is not written over
jq '.page_name = "Edited by hand"' wt/incidents/settings.json >edited.json
cp edited.json wt/incidents/settings.json
tip=$(git -C wt rev-parse HEAD)
fails "an edit not committed: refused" 1 \
	"inc-init: incidents/settings.json: changed in the work tree and not committed (commit it, or undo it, first)" \
	inc-init -C wt --set 'page_team=Acme Ops'
is "$(git -C wt rev-parse HEAD):$(jq -r .page_name wt/incidents/settings.json)" \
	"$tip:Edited by hand" "nothing committed, the edit kept"
git -C wt checkout -q incidents/settings.json

# --- a file the tools cannot read is not overwritten
git -C wt pull -q 2>/dev/null
printf 'not json\n' >wt/incidents/settings.json
git -C wt commit -qam "settings broken by hand"
tip=$(git -C wt rev-parse HEAD)
fails "a broken file is named, not replaced" 1 \
	"inc-init: incidents/settings.json:1: '[' or '{' expected near 'not' (mend it in a clone with a work tree)" \
	inc-init -C wt --set page_name=x
is "$(git -C wt rev-parse HEAD)" "$tip" "nothing committed"
fails "--settings: the broken file named once, not warned of too" 1 \
	"inc-init: incidents/settings.json:1: '[' or '{' expected near 'not' (mend it in a clone with a work tree)" \
	inc-init -C wt --settings

# --- a directory or a symbolic link is no settings file: the readers say
# so, --set replaces neither, --settings says it once
for kind in directory link; do
	rm -f wt/incidents/settings.json
	if [ $kind = directory ]; then
		mkdir wt/incidents/settings.json
		echo '{}' >wt/incidents/settings.json/x
	else
		ln -s '{"page_name": "Linked"}' wt/incidents/settings.json
	fi
	git -C wt add -A incidents
	git -C wt commit -qm "settings.json a $kind"
	tip=$(git -C wt rev-parse HEAD)
	run inc-ls -C wt
	is "$status:$err" "0:inc-ls: warning: incidents/settings.json: not a file: team settings not used" \
		"a $kind: the readers warn, and go on without the team's settings"
	fails "a $kind: --settings says so once" 1 \
		"inc-init: incidents/settings.json: not a file" inc-init -C wt --settings
	fails "a $kind: --set replaces it not" 1 \
		"inc-init: incidents/settings.json: not a file" inc-init -C wt --set page_name=x
	is "$(git -C wt rev-parse HEAD)" "$tip" "a $kind: nothing committed"
	git -C wt rm -rq incidents/settings.json
done

# --- a repository with no settings: --settings prints {}, --set starts
# from the first settings inc-init commits
new_repo bare
run inc-init -C bare --settings
is "$status:$out:$err" "0:{}:" "no settings: {}"
run inc-init -C bare --set 'names_of_ours=["Acme"]'
is "$status:$(git -C bare show HEAD:incidents/settings.json | jq -c '[.names_of_ours, .sitrep_interval_seconds]')" \
	'0:[["Acme"],3600]' "the first settings, changed"

# --- --settings shows a hand-edited file's direction marks and C1
# controls as JSON escapes, never raw: the same values, read back
new_repo marks
inc-init marks >/dev/null 2>&1
printf '{"page_name": "Acme \\u202eStatus\\u009b2J", "ok": "Z\\u00fcrich"}\n' \
	>marks/incidents/settings.json
git -C marks commit -qam "settings edited by hand"
run inc-init -C marks --settings -j
is "$status:$out" '0:{"ok":"Zürich","page_name":"Acme \u202eStatus\u009b2J"}' \
	"--settings -j: escaped, but for what a terminal shows"
is "$(printf '%s' "$out" | jq -S -c .)" "$(jq -S -c . marks/incidents/settings.json)" \
	"the same values"
run inc-init -C marks --settings
is "$status:$(printf '%s\n' "$out" | sed -n 3p)" '0:  "page_name": "Acme \u202eStatus\u009b2J"' \
	"--settings too"

# --- the conflict in a bare clone, merged as its line says: a work
# tree of the branch (git worktree add ../merge made a new branch,
# merge, whose merge never reached main, and events were recorded meanwhile)
git init -q --bare wts.git
inc-init -u "$TRASH/wts.git" wa >/dev/null 2>&1
# its first commit on the server before wb is made, which would else make
# one of its own when wa's push is late (a history unrelated to wa's)
settle wa
git -C wa push -q origin main 2>/dev/null
inc-init -u "$TRASH/wts.git" wb >/dev/null 2>&1
for r in wa wb; do git -C $r config inc.autoSync false; done
inc-init -C wa --set 'page_team=Acme Ops' >/dev/null 2>&1
inc-sync -C wa -q
inc-init -C wb --set 'page_team=Acme On-call' >/dev/null 2>&1
run inc-sync -C wb -q
how=$(printf '%s\n' "$err" | sed -n 's/.*in a work tree of the branch: \(git worktree add [^)]*\))$/\1/p')
is "$status:$how" "4:git worktree add ../merge main" "the line says how to merge it"
(cd wb && $how) >/dev/null 2>&1
wbid=$(cd wb && inc-open "Opened while merging" 2>&1)
like "$wbid" "main" "nothing is recorded while the work tree has the branch"
git -C merge merge -q origin/main >/dev/null 2>&1
git -C merge checkout -q --theirs incidents/settings.json
git -C merge add incidents/settings.json
git -C merge commit -q -m "Merge the team's settings"
git -C wb worktree remove merge
run inc-sync -C wb -q
is "$status:$err" "0:" "merged there, the clone syncs"
is "$(git -C wts.git show main:incidents/settings.json | jq -r .page_team)" "Acme Ops" \
	"and the merge is on the team's main"

# --- a Ctrl-C as the settings are committed (strace delivers SIGINT as
# the branch moves): they are said and their push started all the same,
# as an event's are, where they were left on this clone alone, unsaid
if command -v strace >/dev/null 2>&1; then
	settle ana
	ref=$(git -C ana rev-parse --absolute-git-dir)/refs/heads/main
	# (no leak check: LeakSanitizer does not work under ptrace)
	run ana env ASAN_OPTIONS=abort_on_error=1:detect_leaks=0 \
		strace -qq -o /dev/null -P "$ref" -e trace=link,rename \
		-e inject=link,rename:signal=SIGINT:when=1 \
		inc-init -C ana --set 'page_name=Acme Status (EU)'
	settle ana
	is "$err:$(remote .page_name)" \
		"inc-init: ana: the team's settings committed: page_name set:\"Acme Status (EU)\"" \
		"a Ctrl-C as they are committed: said, and pushed"
	is "$(git -C server.git rev-parse main)" "$(git -C ana rev-parse main)" \
		"the shared repository has all of it"
else
	skip "strace is not installed"
fi

done_testing
