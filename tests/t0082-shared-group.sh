#!/bin/sh
# A repository a Unix group shares (git init --shared, core.sharedRepository):
# whatever a tool makes there has the permissions git gives it, whatever
# the responder's umask, so every member can read and record; a file a
# member may not open is named with its mode, owner and group. Two users
# of one group, made here: root only.
. "$(dirname "$0")/lib.sh"

if [ "$(id -u)" != 0 ] || ! command -v setpriv >/dev/null; then
	skip "a repository two users share: only root can be two users"
	done_testing
fi
getent group incops >/dev/null || groupadd incops || exit 1
for u in incalice incbob; do
	id "$u" >/dev/null 2>&1 ||
	    useradd -M -d /nonexistent -G incops -s /bin/sh "$u" || exit 1
	mkdir -p "$TRASH/$u"
	chown "$u" "$TRASH/$u"
done
chmod 755 "$TRASH"
mkdir srv && chgrp incops srv && chmod 2775 srv || exit 1
S=$TRASH/srv

# user UMASK CMD...: CMD run as incalice or incbob, with that umask
user() {
	_u=$1 _m=$2
	shift 2
	env HOME="$TRASH/$_u" setpriv --reuid="$_u" --regid=incops \
	    --init-groups sh -c 'umask "$0"; exec "$@"' "$_m" "$@"
}
for u in incalice incbob; do
	user $u 022 git config --global user.name $u
	user $u 022 git config --global user.email $u@example.com
	user $u 022 git config --global init.defaultBranch main
	user $u 022 git config --global inc.autoSync false
	for r in inc two all mode; do
		user $u 022 git config --global --add safe.directory "$S/$r.git"
	done
done

# bad_modes DIR PERM: what in DIR lacks the permissions PERM (find -perm)
bad_modes() {
	find "$1" ! -perm "$2" | sed "s|^$TRASH/||" | head -n 5
}

user incalice 022 git init -q --bare --shared=group "$S/inc.git"
run user incalice 022 inc-init "$S/inc.git"
is "$status" 0 "inc-init in a repository shared by a group"
is "$(stat -c %a "$S/inc.git/config" "$S/inc.git/incident.lock")" "664
664" "the config stays, and the lock is made, writable by the group"
run user incbob 022 inc-open -C "$S/inc.git" "DB down"
is "$status" 0 "another member opens an incident there"
id=$out
succeeds "a member whose umask is 077 records" \
	user incalice 077 inc-note -C "$S/inc.git" --incident "$id" "failing over"
is "$(bad_modes "$S/inc.git" -g=r)" "" "what that member made is readable by the group"
is "$(find "$S/inc.git" -type d -user incalice ! -perm -g=rwx)" "" \
	"and its directories writable by the group"
run user incbob 022 inc-log -C "$S/inc.git" -j "$id"
is "$status:$(printf '%s\n' "$out" | jq -r .type | tr '\n' ' ')" \
	"0:open note " "the other member reads it"
succeeds "and records after it" \
	user incbob 077 inc-note -C "$S/inc.git" --incident "$id" "replica up"
is "$(user incalice 022 git -C "$S/inc.git" log --format=%an | tr '\n' ' ')" \
	"incbob incalice incbob incalice " "git log, as either member, reads every event"
is "$(user incalice 022 git -C "$S/inc.git" fsck --no-progress 2>&1)" "" \
	"git fsck, as the first member, reads every object"

user incalice 022 git init -q --bare --shared=group "$S/two.git"
run user incalice 077 inc-init "$S/two.git"
is "$status" 0 "inc-init with a umask of 077 in a group's repository"
is "$(stat -c %a "$S/two.git/config")" 660 "the config stays readable by the group"
succeeds "another member reads there" user incbob 022 inc-ls -C "$S/two.git"

user incalice 022 git init -q --bare --shared=all "$S/all.git"
user incalice 077 inc-init "$S/all.git" >/dev/null 2>&1
succeeds "shared with all: a member whose umask is 077 opens an incident" \
	user incalice 077 inc-open -C "$S/all.git" "Checkout errors"
is "$(bad_modes "$S/all.git" -o=r)" "" "everything there is readable by all"

user incalice 022 git init -q --bare --shared=0640 "$S/mode.git"
user incalice 077 inc-init "$S/mode.git" >/dev/null 2>&1
succeeds "shared as 0640: a member whose umask is 077 opens an incident" \
	user incalice 077 inc-open -C "$S/mode.git" "Checkout errors"
is "$(bad_modes "$S/mode.git" -g=r)$(find "$S/mode.git" -perm -o=r)" "" \
	"everything there is readable by the group, and by no one else"
succeeds "another member reads there" user incbob 022 inc-ls -C "$S/mode.git"

# files made without the group's permissions (by hand, or by an older
# version): named, with why
chmod 644 "$S/inc.git/incident.lock"
fails "a lock the group may not write: named, with its mode" 1 \
	"inc-note: $S/inc.git/incident.lock: Permission denied (mode 0644, owner incalice, group incops: your group may not write it)" \
	user incbob 022 inc-note -C "$S/inc.git" --incident "$id" "x"
chmod 664 "$S/inc.git/incident.lock"
chown incalice "$S/inc.git/refs/heads/main" "$S/inc.git/config"
chmod 600 "$S/inc.git/refs/heads/main"
fails "a branch the group may not read: named, not said to be locked" 1 \
	"inc-ls: HEAD: $S/inc.git/refs/heads/main: Permission denied (mode 0600, owner incalice, group incops: your group may not read it)" \
	user incbob 022 inc-ls -C "$S/inc.git"
chmod 660 "$S/inc.git/refs/heads/main"
chmod 600 "$S/inc.git/config"
fails "a config the group may not read: named, not taken for another's repository" 1 \
	"inc-ls: $S/inc.git/config: Permission denied (mode 0600, owner incalice, group incops: your group may not read it)" \
	user incbob 022 inc-ls -C "$S/inc.git"
chmod 660 "$S/inc.git/config"
succeeds "all is well again" user incbob 022 inc-ls -C "$S/inc.git"

done_testing
