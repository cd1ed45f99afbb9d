#!/bin/sh
# Two clones append to the same incident offline, then merge with plain git.
. "$(dirname "$0")/lib.sh"

new_repo a
id=$(inc-open -C a --at 2026-11-23T10:00:00Z "Shared outage" 2>/dev/null)
git clone -q a b
git -C b config pull.rebase false
git -C a config receive.denyCurrentBranch updateInstead

# both sides work offline
inc-note -C a "$id" "from a, one" >/dev/null
inc-handoff -C a "$id" comms "Chris Stolt" >/dev/null
GIT_AUTHOR_NAME="Bea Kim" GIT_AUTHOR_EMAIL=bea@example.com \
	inc-note -C b "$id" "from b, one" >/dev/null
inc-note -C b "$id" "from b, two" >/dev/null
inc-note -C a "$id" "from a, two" >/dev/null

is "$(git -C a config inc.writer | wc -c)" 9 "a clone has a writer id of its own"
if [ "$(git -C a config inc.writer)" != "$(git -C b config inc.writer)" ]; then
	ok "the clones' writer ids differ"
else
	not_ok "the clones' writer ids differ"
fi

run git -C b pull -q --no-edit origin main
is "$status" 0 "git pull merges without a conflict"
is "$(git -C b rev-list --merges HEAD | wc -l | tr -d ' ')" 1 "with one merge commit"
is "$(git -C b status --porcelain)" "" "and a clean work tree"
run inc-log -C b -j "$id"
is "$(printf '%s\n' "$out" | jq -r 'select(.type == "note") | .text' | sort | tr '\n' ,)" \
	"from a, one,from a, two,from b, one,from b, two," "every event from both sides"
is "$(printf '%s\n' "$out" | jq -s '[.[] | .id] as $ids | [.[] | . as $e |
    ($ids | index($e.id)) as $i | .after[] | ($ids | index(.)) < $i] | all')" true \
	"read in log order: each event after the events it had seen"
is "$(printf '%s\n' "$out" | jq -r 'select(.type == "note") | .text' | sed -n 4p)" \
	"from a, two" "events made apart are in the order they were made"
run inc-state -C b -j "$id"
is "$(printf '%s\n' "$out" | jq -r '.roles.comms.person.name + " " + (.notes | tostring)')" \
	"Chris Stolt 4" "the picture after the merge has both sides"
fsck_clean "fsck is clean after the merge" b
run inc-verify -C b
like "$status:$out" "^0:verified 7 commits, 6 events, 1 incident in " \
	"inc-verify proves the merged history"

# after the merge, appends carry on from the highest seq on both sides
inc-note -C b "$id" "after the merge" >/dev/null
is "$(inc-log -C b -j "$id" | tail -n 1 | jq -r '.text + " " + (.seq | tostring)')" \
	"after the merge 5" "a new event follows both sides"
run git -C b push -q origin main
is "$status" 0 "pushes back"
is "$(inc-log -C a -j "$id" | wc -l | tr -d ' ')" 7 "the first clone sees all seven events"

# rebasing instead of merging works too
inc-note -C a "$id" "a again" >/dev/null
inc-note -C b "$id" "b again" >/dev/null
run git -C b pull -q --rebase origin main
is "$status" 0 "git pull --rebase succeeds"
is "$(git -C b rev-list --merges HEAD | wc -l | tr -d ' ')" 1 "without another merge"
is "$(inc-log -C b -j "$id" | jq -r 'select(.type == "note") | .text' | tail -n 2 | sort | tr '\n' ,)" \
	"a again,b again," "both new events are there"
fsck_clean "fsck is clean after the rebase" b
run inc-verify -C b
like "$status:$out" "^0:verified 10 commits, 9 events, 1 incident in " \
	"inc-verify proves the rebased history (its rewritten commit was never verified)"
succeeds "and so it does in the first clone, after a fetch" inc-verify -C a

done_testing
