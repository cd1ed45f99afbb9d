#!/bin/sh
# The environment git honours, honoured as git does: GIT_DIR and
# GIT_WORK_TREE name the repository and its work tree; GIT_CONFIG_GLOBAL,
# GIT_CONFIG_SYSTEM and GIT_CONFIG_NOSYSTEM choose the files read;
# GIT_CONFIG_COUNT, GIT_CONFIG_KEY_n and GIT_CONFIG_VALUE_n add entries
# above them all. git itself is the reference.
. "$(dirname "$0")/lib.sh"

export INC_NO_FSYNC=1

new_repo r
id=$(inc-open -C r --at 2026-11-23T10:00:00Z "API errors" 2>/dev/null)
mkdir elsewhere

# actor DIR: the name and email of HEAD's event, from the log itself
actor() {
	event_field "$1" "$id" '.actor.name + " <" + .actor.email + ">"'
}

# --- GIT_CONFIG_GLOBAL ---
printf '[user]\n\tname = Ana Lopez\n\temail = ana@example.com\n' >ana.cfg
succeeds "GIT_CONFIG_GLOBAL: read in place of ~/.gitconfig" \
	env GIT_CONFIG_GLOBAL="$TRASH/ana.cfg" inc-note -C r "$id" "from ana"
is "$(actor r)" "Ana Lopez <ana@example.com>" "the event is Ana's"
is "$(git -C r log -1 --format='%an <%ae>')" "Ana Lopez <ana@example.com>" \
	"and so is the commit"
is "$(GIT_CONFIG_GLOBAL="$TRASH/ana.cfg" git -C r config user.name)" "Ana Lopez" \
	"as git reads it"
before=$(commits r)
fails "GIT_CONFIG_GLOBAL=/dev/null: ~/.gitconfig is not read" 1 \
	"inc-note: no identity: set user.name with git config --global user.name VALUE (or GIT_AUTHOR_NAME)" \
	env GIT_CONFIG_GLOBAL=/dev/null inc-note -C r "$id" "nobody"
is "$(commits r)" "$before" "nothing is recorded"
fails "GIT_CONFIG_GLOBAL naming a directory" 1 \
	"inc-ls: GIT_CONFIG_GLOBAL: requested file is a directory" \
	env GIT_CONFIG_GLOBAL="$TRASH" inc-ls -C r

# --- GIT_CONFIG_SYSTEM and GIT_CONFIG_NOSYSTEM ---
printf '[user]\n\tname = Sys Admin\n\temail = root@example.com\n' >system.cfg
succeeds "GIT_CONFIG_SYSTEM: read in place of /etc/gitconfig" \
	env -u GIT_CONFIG_NOSYSTEM GIT_CONFIG_SYSTEM="$TRASH/system.cfg" \
	GIT_CONFIG_GLOBAL=/dev/null inc-note -C r "$id" "from the system"
is "$(actor r)" "Sys Admin <root@example.com>" "the system file's identity"
fails "GIT_CONFIG_NOSYSTEM: it is not read" 1 \
	"inc-note: no identity: set user.name with git config --global user.name VALUE (or GIT_AUTHOR_NAME)" \
	env GIT_CONFIG_NOSYSTEM=true GIT_CONFIG_SYSTEM="$TRASH/system.cfg" \
	GIT_CONFIG_GLOBAL=/dev/null inc-note -C r "$id" "nobody"
fails "GIT_CONFIG_NOSYSTEM must be a boolean" 1 \
	"inc-ls: GIT_CONFIG_NOSYSTEM: maybe: not a boolean" \
	env GIT_CONFIG_NOSYSTEM=maybe inc-ls -C r

# --- GIT_CONFIG_COUNT: above every file, the last one winning ---
git -C r config user.name "Local Name"
succeeds "GIT_CONFIG_COUNT entries are read" \
	env GIT_CONFIG_COUNT=3 GIT_CONFIG_KEY_0=User.Name GIT_CONFIG_VALUE_0="First Env" \
	GIT_CONFIG_KEY_1=user.NAME GIT_CONFIG_VALUE_1="Bea Kim" \
	GIT_CONFIG_KEY_2=user.email GIT_CONFIG_VALUE_2=bea@example.com \
	inc-note -C r "$id" "from the environment"
is "$(actor r)" "Bea Kim <bea@example.com>" \
	"above the repository's own, the last of a key winning"
is "$(GIT_CONFIG_COUNT=3 GIT_CONFIG_KEY_0=User.Name GIT_CONFIG_VALUE_0="First Env" \
	GIT_CONFIG_KEY_1=user.NAME GIT_CONFIG_VALUE_1="Bea Kim" \
	GIT_CONFIG_KEY_2=user.email GIT_CONFIG_VALUE_2=bea@example.com \
	git -C r config user.name)" "Bea Kim" "as git reads them"
succeeds "without them the repository's own" inc-note -C r "$id" "local"
is "$(actor r)" "Local Name <ricardo@example.com>" "is read again"
git -C r config --unset user.name
# they reach everything read from the configuration: signing, here
before=$(commits r)
fails "GIT_CONFIG_COUNT reaches signing" 1 \
	"inc-note: commit signing failed: $TRASH/no-gpg: No such file or directory (nothing recorded)" \
	env GIT_CONFIG_COUNT=2 GIT_CONFIG_KEY_0=commit.gpgsign GIT_CONFIG_VALUE_0=true \
	GIT_CONFIG_KEY_1=gpg.program GIT_CONFIG_VALUE_1="$TRASH/no-gpg" \
	inc-note -C r "$id" "signed?"
is "$(commits r)" "$before" "nothing is recorded"
# and are checked as git checks them
fails "GIT_CONFIG_COUNT not a number" 1 \
	"inc-ls: GIT_CONFIG_COUNT: two: not a number of entries" \
	env GIT_CONFIG_COUNT=two inc-ls -C r
fails "a GIT_CONFIG_KEY_n missing" 1 \
	"inc-ls: GIT_CONFIG_KEY_1: missing (GIT_CONFIG_COUNT is 2)" \
	env GIT_CONFIG_COUNT=2 GIT_CONFIG_KEY_0=a.b GIT_CONFIG_VALUE_0=1 inc-ls -C r
fails "a GIT_CONFIG_VALUE_n missing" 1 \
	"inc-ls: GIT_CONFIG_VALUE_0: missing (GIT_CONFIG_COUNT is 1)" \
	env GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=a.b inc-ls -C r
fails "a key that is not one" 1 \
	"inc-ls: GIT_CONFIG_KEY_0: nodot: not a valid key" \
	env GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=nodot GIT_CONFIG_VALUE_0=1 inc-ls -C r
succeeds "an empty value is a value" env GIT_CONFIG_COUNT=1 \
	GIT_CONFIG_KEY_0=inc.pageName GIT_CONFIG_VALUE_0= inc-ls -C r
succeeds "GIT_CONFIG_COUNT=0 adds nothing" env GIT_CONFIG_COUNT=0 inc-ls -C r

# --- GIT_DIR and GIT_WORK_TREE ---
# the listings compared are as of one time: an age that ticks between
# two of them (a loaded machine) is no difference of where they read
at=2030-01-01T00:00:00Z
want=$(INC_NOW=$at inc-ls -C r -a)
run sh -c 'cd elsewhere && GIT_DIR=../r/.git INC_NOW="$1" exec inc-ls -a' - "$at"
is "$status:$out" "0:$want" "GIT_DIR names the repository outside it"
before=$(commits r)
run sh -c 'cd elsewhere && GIT_DIR="$1/r/.git" GIT_WORK_TREE="$1/r" exec inc-note "$2" "through GIT_DIR"' \
	- "$TRASH" "$id"
is "$status:$(commits r)" "0:$((before + 1))" "GIT_DIR and GIT_WORK_TREE: an event is recorded there"
is "$(git -C r status --porcelain)" "" "in that work tree, clean"
is "$(ls elsewhere)" "" "and nothing is written where the tool ran"
run sh -c 'cd r && GIT_DIR=.git exec inc-note "$1" "at the top"' - "$id"
is "$status:$(git -C r status --porcelain)" "0:" \
	"GIT_DIR alone, at the top of the work tree: the work tree is there, as for git"
git clone -q --bare r bare.git
before=$(commits bare.git)
run sh -c 'cd elsewhere && GIT_DIR=../bare.git exec inc-note "$1" "in the bare one"' - "$id"
is "$status:$(commits bare.git)" "0:$((before + 1))" "GIT_DIR naming a bare repository"
is "$(ls elsewhere)" "" "which has no work tree"
run env INC_NOW=$at GIT_DIR="$TRASH/bare.git" inc-ls -C r -a
is "$status:$out" "0:$want" "-C goes before GIT_DIR"
run env INC_NOW=$at GIT_DIR="$TRASH/bare.git" INC_REPO="$TRASH/r" inc-ls -a
is "$status:$out" "0:$want" "and so does INC_REPO"
# an empty INC_REPO (a crontab's variable left empty) is refused, not
# taken for unset: the default repository's "nothing overdue" hid a
# sitrep overdue in the team's
fails "an empty INC_REPO: a question exits 2, never 1 (yes)" 2 \
	"inc-sitrep: INC_REPO: empty (a directory; unset it to use the one found otherwise)" \
	env INC_REPO= inc-sitrep --due
before=$(commits r)
fails "an empty INC_REPO: a writer records nothing" 1 \
	"inc-note: INC_REPO: empty (a directory; unset it to use the one found otherwise)" \
	sh -c 'cd r && INC_REPO= exec inc-note "$1" "from cron"' - "$id"
is "$(commits r)" "$before" "nothing recorded"
run env INC_NOW=$at INC_REPO= inc-ls -C r -a
is "$status:$out" "0:$want" "-C goes before it"
fails "GIT_DIR naming no repository" 1 "inc-ls: $TRASH/elsewhere: not a git repository" \
	env GIT_DIR="$TRASH/elsewhere" inc-ls
# found from a directory inside, GIT_WORK_TREE still says where the work tree is
git clone -q r s
mkdir s-tree
cp -R s/incidents s-tree/
run sh -c 'cd s && GIT_WORK_TREE="$1/s-tree" exec inc-note "$2" "other tree"' - "$TRASH" "$id"
is "$status" 0 "GIT_WORK_TREE with a repository found from the current directory"
is "$(cd s && GIT_WORK_TREE="$TRASH/s-tree" git status --porcelain)" "" \
	"git finds that work tree clean"

# hooks come from the user's configuration wherever git would read it
git config -f alt-global user.name "Ricardo Ortiz"
git config -f alt-global user.email ricardo@example.com
git config -f alt-global inc.hook.log "cat >>'$TRASH/hooked'"
succeeds "a hook named only in GIT_CONFIG_GLOBAL" \
	env GIT_CONFIG_GLOBAL="$TRASH/alt-global" inc-note -C r "$id" "hooked once"
succeeds "a hook named only in GIT_CONFIG_COUNT" \
	env GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=inc.hook.log \
	GIT_CONFIG_VALUE_0="cat >>'$TRASH/hooked'" inc-note -C r "$id" "hooked twice"
is "$(jq -r .text hooked | tr '\n' '|')" "hooked once|hooked twice|" "both ran"

done_testing
