#!/bin/sh
# Each branch of a clone, and so each of its worktrees, appends to files
# of its own: branches written on apart merge with plain git, without a
# conflict. A clone's writer id from before goes on, on one branch.
. "$(dirname "$0")/lib.sh"

export INC_NO_FSYNC=1

# hex8 VALUE: 8 lowercase hexadecimal digits
hex8() {
	printf '%s' "$1" | grep -q '^[0-9a-f]\{8\}$'
}

new_repo r
id=$(inc-open -C r --at 2026-11-23T10:00:00Z "Shared outage" 2>/dev/null)
dir=$(cd r && dirname incidents/*/*/"$id"/*.jsonl)

# --- a worktree on a branch of its own ---
git -C r worktree add -q ../wt -b fix
inc-note -C wt "$id" "from the worktree, one" >/dev/null
inc-note -C r "$id" "from main, one" >/dev/null
inc-note -C wt "$id" "from the worktree, two" >/dev/null
inc-note -C r "$id" "from main, two" >/dev/null
main=$(git -C r config inc.writer)
fix=$(git -C r config inc.fix.writer)
if hex8 "$main" && hex8 "$fix" && [ "$main" != "$fix" ]; then
	ok "each branch has a writer id of its own"
else
	not_ok "each branch has a writer id of its own"
	diag "main $main, fix $fix"
fi
is "$(git -C r config inc.writerBranch)" main "the clone's inc.writer is main's"
is "$(ls wt/"$dir" | tr '\n' ' ')" "$(printf '%s\n' "$main-000001.jsonl" "$fix-000001.jsonl" | sort | tr '\n' ' ')" \
	"the worktree's events are in a file of its own"
run git -C r merge -q --no-edit fix
is "$status" 0 "git merge of the worktree's branch: no conflict"
is "$(git -C r status --porcelain)" "" "a clean work tree"
run inc-log -C r -j "$id"
is "$(printf '%s\n' "$out" | jq -r 'select(.type == "note") | .text' | sort | tr '\n' ,)" \
	"from main, one,from main, two,from the worktree, one,from the worktree, two," \
	"every event from both"
fsck_clean "fsck is clean after the merge" r
run inc-verify -C r
like "$status:$out" "^0:verified 6 commits, 5 events, 1 incident in " \
	"inc-verify proves the merged history"
# and the branch goes on after the merge, in its own file still
git -C wt merge -q --ff-only main
inc-note -C wt "$id" "after the merge" >/dev/null
inc-note -C r "$id" "main after the merge" >/dev/null
run git -C r merge -q --no-edit fix
is "$status" 0 "a second merge: no conflict either"

# --- the same branch in two work trees (git worktree add --force): the
# other's index and files cannot be kept in step, and its git commit -a
# would take the event out: refused in both, nothing recorded
git -C r worktree add -q -f ../same main
before=$(git -C r rev-parse main)
fails "a write where the branch is checked out twice is refused" 1 \
	"inc-note: main: checked out in another work tree too, which cannot be kept in step; nothing recorded (git worktree list)" \
	inc-note -C same "$id" "from the second work tree of main"
fails "and from the first work tree too" 1 \
	"inc-note: main: checked out in another work tree too, which cannot be kept in step; nothing recorded (git worktree list)" \
	inc-note -C r "$id" "from the first"
is "$(git -C r rev-parse main):$(git -C r status --porcelain)$(git -C same status --porcelain)" \
	"$before:" "nothing recorded, both clean"
rm -rf same
succeeds "once the other work tree is gone, unpruned, writes go on" \
	inc-note -C r "$id" "the other work tree gone"
git -C r worktree prune

# --- two branches of one work tree ---
git -C r checkout -q -b hotfix
inc-note -C r "$id" "on hotfix" >/dev/null
git -C r checkout -q main
inc-note -C r "$id" "on main" >/dev/null
hotfix=$(git -C r config inc.hotfix.writer)
if hex8 "$hotfix" && [ "$hotfix" != "$main" ] && [ "$hotfix" != "$fix" ]; then
	ok "a branch checked out in the same work tree has its own id too"
else
	not_ok "a branch checked out in the same work tree has its own id too"
fi
run git -C r merge -q --no-edit hotfix
is "$status" 0 "git merge of that branch: no conflict"
is "$(inc-log -C r -j "$id" | jq -r 'select(.type == "note") | .text' | grep -c '^on ')" 2 \
	"both events are there"
is "$(git -C r config inc.writer)" "$main" "main's id is unchanged"

# --- an id made before ids were per branch goes on ---
new_repo old
oid=$(inc-open -C old "Old clone" 2>/dev/null)
git -C old config --unset inc.writerBranch # as an older version left it
git -C old config inc.writer 0000beef
git -C old checkout -q -b topic
inc-note -C old "$oid" "on topic" >/dev/null
is "$(git -C old config inc.writerBranch)" topic "the first branch to write keeps inc.writer"
like "$(ls old/incidents/*/*/"$oid"/)" "0000beef-000001.jsonl" "and writes with it"
git -C old checkout -q main
inc-note -C old "$oid" "on main" >/dev/null
is "$(git -C old config inc.writer)" 0000beef "inc.writer stays"
if hex8 "$(git -C old config inc.main.writer)" &&
    [ "$(git -C old config inc.main.writer)" != 0000beef ]; then
	ok "another branch is given an id of its own"
else
	not_ok "another branch is given an id of its own"
fi
run git -C old merge -q --no-edit topic
is "$status" 0 "and they merge"

# --- a copy of a clone (cp -a, a backup restored) makes ids of its own;
# a clone moved keeps its own
git init -q --bare hub.git
git clone -q hub.git orig 2>/dev/null
cid=$(inc-open -C orig --at 2026-11-23T10:00:00Z "Copied" 2>/dev/null)
git -C orig checkout -q -b side && inc-note -C orig "$cid" "on side" >/dev/null &&
    git -C orig checkout -q main
git -C orig push -q origin main
cp -a orig copy
inc-note -C orig "$cid" "from the original" >/dev/null
inc-note -C copy "$cid" "from the copy" >/dev/null
git -C copy checkout -q side
inc-note -C copy "$cid" "from the copy's side" >/dev/null
git -C copy checkout -q main
if [ "$(git -C orig config inc.writer)" != "$(git -C copy config inc.writer)" ] &&
    [ "$(git -C orig config inc.side.writer)" != "$(git -C copy config inc.side.writer)" ] &&
    hex8 "$(git -C copy config inc.writer)" && hex8 "$(git -C copy config inc.side.writer)"; then
	ok "the copy writes with ids of its own, on every branch"
else
	not_ok "the copy writes with ids of its own, on every branch"
fi
git -C orig push -q origin main
git -C copy -c pull.rebase=false pull -q --no-edit origin main
is "$?:$(inc-log -C copy -j "$cid" | jq -r 'select(.type == "note") | .text' | sort | tr '\n' '|')" \
	"0:from the copy|from the original|" "and the two merge with plain git"
run inc-verify -C copy
is "$status" 0 "inc-verify proves the merged history"
was=$(git -C orig config inc.writer)
mv orig moved
inc-note -C moved "$cid" "after a move" >/dev/null
is "$(git -C moved config inc.writer)" "$was" "a clone moved keeps its id"

# --- a bad id ---
git -C r config inc.hotfix.writer xyz
git -C r checkout -q hotfix
fails "a branch's writer id that is not 8 hex digits" 1 \
	"inc-note: inc.hotfix.writer: xyz: not 8 hex digits (remove it: git config --unset inc.hotfix.writer)" \
	inc-note -C r "$id" "bad id"

done_testing
