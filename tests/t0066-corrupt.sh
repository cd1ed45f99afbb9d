#!/bin/sh
# A damaged repository is an error, never an empty one: a truncated pack,
# a branch at a commit that is not there, a tree or a log file missing.
# Every reader fails with one line naming the object, and inc-publish
# leaves the site it made before as it was. Only a branch that does not
# exist yet reads as empty.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z INC_NO_FSYNC=1

# fsck_damaged NAME DIR: git agrees that the repository is damaged
fsck_damaged() {
	if git -C "$2" fsck --no-progress >/dev/null 2>&1; then
		not_ok "$1"
	else
		ok "$1"
	fi
}

# readers_fail WHAT DIR LINE: every reader of DIR fails with the same
# one line, prog: LINE, and prints nothing: exit 1, or 2 for a question
# (--due), which answers 0 or 1
readers_fail() {
	for reader in "inc-ls" "inc-ls -a" "inc-ls -j" "inc-sitrep --due" \
	    "inc-status --due" "inc-postmortem --due" "inc-log $id" \
	    "inc-log -j $id" "inc-state $id" "inc-sitrep -l $id"; do
		prog=${reader%% *}
		want=1
		case $reader in *--due*) want=2 ;; esac
		# shellcheck disable=SC2086
		fails "$1: $reader fails naming the object" $want "$prog: $3" \
			$reader -C "$2"
	done
}

# site_kept WHAT DIR: inc-publish fails with the line and leaves the site
site_kept() {
	before=$(cd site && find . -type f -exec sha256sum {} + | sort)
	fails "$1: inc-publish fails naming the object" 1 "inc-publish: $3" \
		inc-publish -C "$2" site
	after=$(cd site && find . -type f -exec sha256sum {} + | sort)
	is "$after" "$before" "$1: the published site is left as it was"
	is "$(jq -c .status site/summary.json)" \
		'{"indicator":"critical","description":"Major Service Outage"}' \
		"$1: and still says what it said"
}

# drop_object DIR OID: the loose object OID removed from DIR
drop_object() {
	rm "$1/.git/objects/$(echo "$2" | cut -c1-2)/$(echo "$2" | cut -c3-)"
}

# loose DIR: a copy of the repository with every object loose
loose() {
	cp -R pristine "$1"
	rm -f "$1"/.git/objects/pack/*
	git -C "$1" unpack-objects -q <"$(ls pristine/.git/objects/pack/*.pack)"
}

new_repo r
id=$(inc-open -C r -S major --at 2026-11-23T10:00:00Z "Payments down" 2>/dev/null)
succeeds "setup: an update" inc-status -C r --at 2026-11-23T10:05:00Z \
	-s identified -i critical -p payments "$id" \
	"Card payments fail. We are failing over. There is no workaround yet."
succeeds "setup: a note" inc-note -C r --at 2026-11-23T10:06:00Z "$id" "failing over"
succeeds "setup: published" inc-publish -q -C r site
is "$(jq -c .status site/summary.json)" \
	'{"indicator":"critical","description":"Major Service Outage"}' \
	"setup: the site shows the outage"
succeeds "setup: inc-ls reads it" inc-ls -C r
git -C r gc -q
cp -R r pristine

# --- a truncated pack ---
cp -R pristine p
pack=$(ls p/.git/objects/pack/*.pack)
chmod u+w "$pack" # git makes packs read-only: only root writes them as they are
truncate -s $(($(wc -c <"$pack") / 2)) "$pack"
fsck_damaged "truncated pack: git fsck calls it damaged" p
head=$(git -C pristine rev-parse HEAD)
line="HEAD: commit $head: missing object (the repository is damaged: see git fsck)"
readers_fail "truncated pack" p "$line"
site_kept "truncated pack" p "$line"
# found from the current directory too, not taken for another repository
run sh -c 'cd p && exec inc-ls'
is "$status:$err" "1:inc-ls: $line" "truncated pack: found from inside, it fails the same"

# --- the branch at a commit that is not there ---
cp -R pristine m
missing=1234567812345678123456781234567812345678
git -C m update-ref -d refs/heads/main
echo "$missing" >m/.git/refs/heads/main
fsck_damaged "missing commit: git fsck calls it damaged" m
line="HEAD: commit $missing: missing object (the repository is damaged: see git fsck)"
readers_fail "missing commit" m "$line"
site_kept "missing commit" m "$line"
before=$(cat m/.git/refs/heads/main)
run inc-note -C m "$id" "a note"
is "$status:$(cat m/.git/refs/heads/main)" "1:$before" \
	"missing commit: a writer fails and moves nothing"

# --- a month's tree missing (loose objects, as written) ---
loose t
month=$(git -C t rev-parse "HEAD:incidents/2026/11")
drop_object t "$month"
fsck_damaged "missing tree: git fsck calls it damaged" t
line="incidents/2026/11: tree $month: missing object (the repository is damaged: see git fsck)"
readers_fail "missing tree" t "$line"
site_kept "missing tree" t "$line"

# --- an incident's tree missing, with no cache to hide it ---
loose i
rm -rf i/.git/incident-cache i/.git/incident-publish
tree=$(git -C i rev-parse "HEAD:incidents/2026/11/$id")
drop_object i "$tree"
fsck_damaged "missing incident tree: git fsck calls it damaged" i
line="incidents/2026/11/$id: tree $tree: missing object (the repository is damaged: see git fsck)"
readers_fail "missing incident tree" i "$line"
site_kept "missing incident tree" i "$line"

# --- a log file missing ---
loose b
rm -rf b/.git/incident-cache b/.git/incident-publish
log=$(cd b && ls incidents/2026/11/"$id"/*.jsonl)
blob=$(git -C b rev-parse "HEAD:$log")
drop_object b "$blob"
fsck_damaged "missing log: git fsck calls it damaged" b
line="$log: blob $blob: missing object (the repository is damaged: see git fsck)"
readers_fail "missing log" b "$line"
site_kept "missing log" b "$line"

# --- only a branch that does not exist yet is empty ---
new_repo e
succeeds "an unborn branch: inc-ls is empty and well" inc-ls -C e -a
is "$out" "" "with nothing listed"
succeeds "an unborn branch: inc-sitrep --due has nothing due" inc-sitrep -C e --due
git -C e symbolic-ref HEAD refs/heads/elsewhere
succeeds "HEAD at another branch not made yet: empty too" inc-ls -C e -a
succeeds "and the first write makes that branch" inc-open -C e "First"
is "$(git -C e rev-list --count refs/heads/elsewhere)" 1 "with one commit"

done_testing
