#!/bin/sh
# Hostile input, one case a line of the table below, against every reader
# and writer: each ends in one clear error line or a safe result, never a
# crash, a hang, a raw terminal escape or a write outside the repository.
#
# A case is: name | setup | stdin | tools | expect
#   setup   a function run first (- for none); it may set R (the
#           repository, default r) and ID (the incident, default $id)
#   stdin   - (none), file:NAME (made below) or flood (100 MB through a
#           pipe, which must be refused without being read to the end)
#   tools   a command, or @aliases of the commands in "aliases" below,
#           one run each; variables in it are expanded
#   expect  STATUS LINE: that exit status, that one line on stderr and
#           nothing on stdout; ~STATUS ERE: one stderr line matching it;
#           usage LINE: exit 2, that line and the usage; safe: 0, or 1
#           and at most one line (a question, --due or --check, answers
#           1 and fails 2: there 2 takes the place of 1); any: safe, or 2 and the usage; ok: 0;
#           os: refused before the tool runs (126).
#           @P is the tool's name, @ID, @R and @TRASH what they hold.
# Any case with a status other than 0 must leave the repository as it was
# (HEAD, the log files in the work tree); every case must leave the
# canary directory outside the repositories as it was.
. "$(dirname "$0")/lib.sh"

LIMIT=${HOSTILE_TIMEOUT:-300} # seconds before a case counts as a hang
ESC=$(printf '\033')
E=$(printf 'a\033[2Jb\007c')                  # CSI and BEL
OSC=$(printf 'x\033]0;pwned\007y')            # a window title
C1=$(printf 'x\302\233y')                     # U+009B, CSI as UTF-8
RAW=$(printf 'x\233y')                        # a bare CSI byte: not UTF-8
OVERLONG=$(printf 'x\300\257y')               # '/' in two bytes
SURROGATE=$(printf 'x\355\240\200y')          # U+D800
CSI1=$(printf '\302\233')                    # U+009B alone
GOOD=$(cat "$SRC/tests/status-corpus/good/01.txt")
# one line of 100 MB for a note a line: read to its end, never held
FLOOD_LINE='head -c 104857600 /dev/zero | tr "\0" x |
	inc-note -C r -I "$1"'

# inputs on stdin and as arguments
mkdir in canary
printf 'note \033[31mred\033[0m\n' >in/esc
printf 'nul\000byte\n' >in/nul
printf 'bad \377 byte\n' >in/utf8
printf 'Broken: \033]0;pwned\007\nImpact: i\nDoing: d\n' >in/sitrep-esc
printf 'Broken: b\000\nImpact: i\nDoing: d\n' >in/sitrep-nul
printf 'We are investigating \302\233 errors.\n' >in/status-c1
ARG_MAX1=$(head -c 131071 /dev/zero | tr '\0' x)   # MAX_ARG_STRLEN - 1
ARG_OVER=$(head -c 131072 /dev/zero | tr '\0' x)   # the kernel's limit
# 15 words of 100 KiB: 1.5 MB of arguments in all
WORDS=$(i=0; while [ $i -lt 15 ]; do head -c 102400 /dev/zero | tr '\0' y;
	echo; i=$((i + 1)); done)
echo "left alone" >canary/file
mkdir canary/dir

# the template: an incident with an event of every kind
new_repo tpl
id=$(inc-open -C tpl -m "what we know" "Hostile input" 2>/dev/null)
inc-state -C tpl -m "it spread" "$id" major >/dev/null 2>&1
inc-handoff -C tpl "$id" ops:db "Bo Diaz <bo@example.com>" >/dev/null 2>&1
inc-sitrep -C tpl -b "the API" -i "EU users" -d "rolling back" "$id" >/dev/null 2>&1
inc-note -C tpl "$id" "a note" >/dev/null 2>&1
inc-status -C tpl -p api "$id" "$GOOD" >/dev/null 2>&1
inc-status -C tpl -k "Acme Corp" "$id" >/dev/null 2>&1
inc-postmortem -C tpl --owner "Bo Diaz" "$id" >/dev/null 2>&1
inc-postmortem -C tpl --action "add a check" --owner "Bo Diaz" \
	--by 2026-12-01 "$id" >/dev/null 2>&1
is "$(commits tpl)" 9 "the template has an event of every kind"
dir=$(cd tpl && dirname incidents/*/*/"$id"/*.jsonl)
writer=$(git -C tpl config inc.writer)
cp -R tpl r

# aliases: every reader and writer, at $R and $ID
A_log='inc-log -C "$R" "$ID"'
A_logj='inc-log -C "$R" -j "$ID"'
A_activity='inc-log -C "$R" --activity "$ID"'
A_activityj='inc-log -C "$R" --activity -j "$ID"'
A_state='inc-state -C "$R" "$ID"'
A_statej='inc-state -C "$R" -j "$ID"'
A_sitrepl='inc-sitrep -C "$R" -l "$ID"'
A_sitrepmd='inc-sitrep -C "$R" -l -F markdown "$ID"'
A_pm='inc-postmortem -C "$R" "$ID"'
A_pmmd='inc-postmortem -C "$R" -F markdown "$ID"'
A_ls='inc-ls -C "$R" -a'
A_lsj='inc-ls -C "$R" -a -j'
A_sitrepdue='inc-sitrep -C "$R" --due'
A_statusdue='inc-status -C "$R" --due'
A_pmoverdue='inc-postmortem -C "$R" --due'
A_open='inc-open -C "$R" "Another incident"'
A_note='inc-note -C "$R" "$ID" "a note"'
A_noted='inc-note -C "$R" "$ID" -'
A_setstate='inc-state -C "$R" -m "why" "$ID" confirmed'
A_handoff='inc-handoff -C "$R" "$ID" comms "Cy Eng"'
A_sitrep='inc-sitrep -C "$R" -b broken -i impact -d doing "$ID"'
A_owner='inc-postmortem -C "$R" --owner "Cy Eng" "$ID"'
A_action='inc-postmortem -C "$R" --action "a check" --owner Cy --by 2026-12-02 "$ID"'
A_done='inc-postmortem -C "$R" --done 1 "$ID"'
A_status='inc-status -C "$R" "$ID" "$GOOD"'
A_contact='inc-status -C "$R" -k "Initech" "$ID"'
A_tickets='inc-status -C "$R" -T 3 "$ID"'
READERS="@log @logj @activity @activityj @state @statej @sitrepl @sitrepmd
	@pm @pmmd @ls @lsj @sitrepdue @statusdue @pmoverdue"
WRITERS="@open @note @setstate @handoff @sitrep @owner @action @done @status
	@contact @tickets"

# --- setups

escape_id() { ID=$E; }
traversal_id() { ID=../../canary; }
absolute_id() { ID=$TRASH/canary; }

# p: a fresh copy of the template, to plant things in
fresh() {
	rm -rf p
	cp -R tpl p
	R=p
}

# one line planted in a log file of its own, committed
plant() {
	fresh
	printf '%s\n' "$1" >"p/$dir/ffffffff-000001.jsonl"
	git -C p add -A && git -C p commit -qm planted
}

first_event() {
	head -n 1 "tpl/$dir/$writer-000001.jsonl"
}

deep() {
	plant "$(first_event | sed 's/}$//'),\"deep\":$(head -c 100000 /dev/zero |
	    tr '\0' '[')$(head -c 100000 /dev/zero | tr '\0' ']')}"
}

duplicate() {
	plant "$(first_event | sed 's/^{/{"seq":7,/')"
}

foreign() {
	plant "$(first_event | jq -c '.incident = "2026-01-01-0000-else-aaaaaa" |
	    .id = "f1" | .seq = 20')"
}

# every string of every event, but the envelope, gets escapes appended:
# titles, names, emails, roles, texts, statuses, components, customers
escapes() {
	fresh
	for f in "p/$dir"/*.jsonl; do
		jq -c --arg e "$(printf '\033[2J\033]0;pwned\007\302\233')" '
		    with_entries(if .key as $k | ["v", "id", "incident", "type",
		        "at", "recorded", "recorded_at", "seq"] | index([$k]) then .
		    else .value |= walk(if type == "string" then . + $e
		        else . end) end) | .["k\u001b[1m"] = "v\u009b" |
		    if .roles then .roles |= with_entries(.key += $e)
		    else . end' "$f" \
		    >"$f.new" && mv "$f.new" "$f"
	done
	git -C p commit -qam escapes
}

# only the free text of every event gets escapes: the incident still reads
text_escapes() {
	fresh
	for f in "p/$dir"/*.jsonl; do
		jq -c --arg e "$(printf '\033[2J\033]0;pwned\007\302\233')" '
		    with_entries(if .key as $k | ["title", "summary", "message",
		        "text", "broken", "doing", "person", "email", "customer",
		        "actor", "owner"] | index([$k])
		    then .value |= walk(if type == "string" then . + $e
		        else . end) else . end)' "$f" >"$f.new" && mv "$f.new" "$f"
	done
	git -C p commit -qam "text escapes"
}

# symbolic links in the work tree, to the canary outside
link_incidents() {
	fresh
	rm -rf p/incidents
	ln -s "$TRASH/canary/dir" p/incidents
}

link_month() {
	fresh
	rm -rf "p/${dir%/*}"
	ln -s "$TRASH/canary/dir" "p/${dir%/*}"
}

link_incident() {
	fresh
	rm -rf "p/$dir"
	ln -s "$TRASH/canary/dir" "p/$dir"
}

link_log() {
	fresh
	rm -f "p/$dir/$writer-000001.jsonl"
	ln -s "$TRASH/canary/file" "p/$dir/$writer-000001.jsonl"
}

link_tmp() {
	fresh
	ln -s "$TRASH/canary/file" "p/$dir/$writer-000001.jsonl.inc-tmp"
}

# a link committed as a log file
link_committed() {
	fresh
	ln -s "$TRASH/canary/file" "p/$dir/ffffffff-000001.jsonl"
	git -C p add -A && git -C p commit -qm link
}

# a repository of another user
owned() {
	rm -rf o
	cp -R tpl o
	chown -R nobody o
	R=o
}

trusted() {
	owned
	git config --global --add safe.directory "$TRASH/o"
	trusting=yes
}
trusting= known_R=

# a read-only file system, and a full one
MOUNTS=
mount_tmpfs() { # DIR SIZE
	mkdir -p "$1" &&
	mount -t tmpfs -o "size=$2" tmpfs "$1" 2>/dev/null &&
	MOUNTS="$MOUNTS $1"
}

unmount_all() {
	for m in $MOUNTS; do
		umount "$m" 2>/dev/null
	done
	MOUNTS=
}
trap 'unmount_all; rm -rf "$TRASH"' EXIT

readonly_fs() {
	R=ro/r
	FSCK=1
	[ -d ro/r ] && return
	mount_tmpfs "$TRASH/ro" 4m && cp -R tpl ro/r &&
	    mount -o remount,ro "$TRASH/ro" 2>/dev/null
}

full_fs() {
	R=full/r
	FSCK=1
	if [ ! -e full/fill ]; then
		mount_tmpfs "$TRASH/full" 1m && cp -R tpl full/r &&
		    { dd if=/dev/zero of=full/fill bs=4k 2>/dev/null; :; }
	fi
}

freed_fs() {
	R=full/r
	FSCK=1
	rm -f full/fill
}

# --- checks

can_mount=no
if mount_tmpfs "$TRASH/probe" 64k; then
	can_mount=yes
	unmount_all
fi

# The checks run a few hundred times: each costs as few processes as it
# can (this script was most of the suite's time).

# DIR: HEAD and every log file in its work tree (an unchanged tree lists
# in the same order)
fingerprint() {
	git -C "$1" rev-parse HEAD 2>/dev/null
	find "$1/incidents" -type f -exec cksum {} + 2>/dev/null
}

# the canary directory: every entry's mode, size, time, path and target
canary() {
	find canary -printf '%M %s %T@ %p %l\n' -type f -exec cksum {} +
}

# no raw ESC, BEL, CSI (0x9b) or UTF-8 C1 control in what was printed
ESC_RE=$(printf '[\033\007\233]') C1_RE=$(printf '\302[\200-\237]')
raw_escape() {
	LC_ALL=C grep -q -e "$ESC_RE" -e "$C1_RE" "$TRASH/.out" "$TRASH/.err"
}

subst() {
	printf '%s\n' "$1" | sed -e "s|@P|$2|g" -e "s|@ID|$ID|g" -e "s|@R|$R|g" \
	    -e "s|@TRASH|$TRASH|g" -e "s|@DIR|$dir|g"
}

# one case with one tool. A question (--due, --check) answers 0 or 1, so
# there a failure is 2: an expected status 1 is then 2.
check() { # NAME STDIN EXPECT COMMAND
	name=$1 input=$2 expect=$3
	case "$4 " in
	*" --due "* | *"inc-status -c "*) fail=2 ;;
	*) fail=1 ;;
	esac
	case $expect in 1\ * | '~1 '*) expect="${expect%%1 *}$fail ${expect#* }" ;; esac
	eval "set -- $4"
	prog=$1
	want=$(subst "${expect#* }" "$prog")
	# what a failed check left is what the next one starts from
	[ "$known_R" = "$R" ] || known=$(fingerprint "$R")
	before=$known known_R=
	case $input in
	-) in=/dev/null ;;
	file:*) in=$TRASH/in/${input#file:} ;;
	flood)
		in=$TRASH/flood
		rm -f "$in" "$TRASH/flooded"
		mkfifo "$in"
		( timeout "$LIMIT" sh -c 'head -c 104857600 /dev/zero |
		    tr "\0" x >"$1"' - "$in"
		  echo $? >"$TRASH/flooded" ) &
		;;
	esac
	run timeout -k 5 "$LIMIT" "$@" <"$in"
	if [ "$input" = flood ]; then
		wait
		if [ "$(cat "$TRASH/flooded")" = 0 ]; then
			not_ok "$name: 100 MB of stdin are not read to the end"
		else
			ok "$name: 100 MB of stdin are not read to the end"
		fi
	fi
	lines=$(grep -c '' "$TRASH/.err")
	case $expect in
	safe | ok)
		if [ "$status" -eq 0 ] || { [ "$expect" = safe ] &&
		    [ "$status" -le "$fail" ] && [ "$lines" -le 1 ]; }; then
			ok "$name: $expect"
		else
			not_ok "$name: $expect"
			diag "status $status" "stderr: $err"
		fi
		;;
	any)
		if [ "$status" -eq 0 ] ||
		    { [ "$status" -eq "$fail" ] && [ "$lines" -le 1 ]; } ||
		    { [ "$status" -eq 2 ] && printf '%s\n' "$err" | sed -n 2p |
		    grep -q "^usage: $prog "; }; then
			ok "$name: 0, 1 and a line, or 2 and the usage"
		else
			not_ok "$name: 0, 1 and a line, or 2 and the usage"
			diag "status $status" "stderr: $err"
		fi
		;;
	os)
		is "$status" 126 "$name: refused by the system (E2BIG)"
		;;
	usage\ *)
		if [ "$status" = 2 ] && [ -z "$out" ] &&
		    [ "$(printf '%s\n' "$err" | head -n 1)" = "$want" ] &&
		    printf '%s\n' "$err" | sed -n 2p | grep -q "^usage: $prog "
		then
			ok "$name: exit 2, one line and the usage"
		else
			not_ok "$name: exit 2, one line and the usage"
			diag "status $status" "stderr: $err" "want:   $want"
		fi
		;;
	'~'*)
		if [ "~$status" = "${expect%% *}" ] && [ "$lines" -eq 1 ] &&
		    printf '%s\n' "$err" | grep -Eq -- "$want" && [ -z "$out" ]; then
			ok "$name: one line, exit $status"
		else
			not_ok "$name: one line, exit ${expect%% *}"
			diag "status $status" "stderr: $err" "want: $want"
		fi
		;;
	*)
		if [ "$status" = "${expect%% *}" ] && [ "$err" = "$want" ] &&
		    [ -z "$out" ]; then
			ok "$name"
		else
			not_ok "$name"
			diag "status $status (want ${expect%% *})" "stderr: $err" \
			    "want:   $want" "stdout: $(printf '%s' "$out" | head -c 300)"
		fi
		;;
	esac
	if [ "$status" = 124 ] || [ "$status" = 137 ]; then
		not_ok "$name: no hang"
	fi
	if raw_escape; then
		not_ok "$name: no raw escape"
		diag "$(od -c "$TRASH/.out" "$TRASH/.err" | head -20)"
	else
		ok "$name: no raw escape"
	fi
	if [ "$status" -ne 0 ]; then
		known=$(fingerprint "$R") known_R=$R
		is "$known" "$before" "$name: nothing changed"
	fi
	canary_now=$(canary)
	is "$canary_now" "$canary_before" "$name: nothing written outside"
	canary_before=$canary_now
	if [ "${FSCK:-}" = 1 ]; then
		fsck_clean "$name: git fsck --strict is clean" "$R"
	fi
}

# trim VAR TEXT: VAR set to TEXT without its outer white space
trim() {
	_t=${2#"${2%%[![:space:]]*}"}
	eval "$1=\${_t%\"\${_t##*[![:space:]]}\"}"
}

canary_before=$(canary)
while IFS= read -r line <&3; do
	case $line in '' | '#'*) continue ;; esac
	trim what "${line%%|*}"; line=${line#*|}
	trim setup "${line%%|*}"; line=${line#*|}
	trim input "${line%%|*}"; line=${line#*|}
	trim tools "${line%%|*}"; trim expect "${line#*|}"
	R=r ID=$id FSCK=
	if [ -n "$trusting" ]; then
		git config --global --unset-all safe.directory
		trusting=
	fi
	case $setup in
	readonly_fs | full_fs | freed_fs)
		if [ "$can_mount" = no ]; then
			skip "$what: mount(8) of a tmpfs is not possible here"
			continue
		fi ;;
	owned | trusted)
		if [ "$(id -u)" != 0 ]; then
			skip "$what: only root can give a repository away"
			continue
		fi ;;
	esac
	[ "$setup" = - ] || { $setup; known_R=; }
	case $tools in '$'*) eval "tools=$tools" ;; esac
	case $tools in
	@*)
		for alias in $tools; do
			eval "cmd=\$A_${alias#@}"
			check "$what [${alias#@}]" "$input" "$expect" "$cmd"
		done ;;
	*)
		check "$what" "$input" "$expect" "$tools" ;;
	esac
done 3<<'EOF'
# name | setup | stdin | tools | expect
#
# --- terminal escapes and control characters in arguments
escape in a title | - | - | inc-open -C r "$E" | 1 @P: title: contains a control character
C1 CSI in a title | - | - | inc-open -C r "$C1" | 1 @P: title: contains a control character
raw CSI byte in a title | - | - | inc-open -C r "$RAW" | 1 @P: title: invalid UTF-8
overlong UTF-8 in a title | - | - | inc-open -C r "$OVERLONG" | 1 @P: title: invalid UTF-8
a surrogate in a title | - | - | inc-open -C r "$SURROGATE" | 1 @P: title: invalid UTF-8
escape in a summary | - | - | inc-open -C r -m "$OSC" Title | 1 @P: summary: contains a control character
escape in a note | - | - | inc-note -C r "$id" "$E" | 1 @P: note: contains a control character
C1 CSI in a note | - | - | inc-note -C r "$id" "$C1" | 1 @P: note: contains a control character
overlong UTF-8 in a note | - | - | inc-note -C r "$id" "$OVERLONG" | 1 @P: note: invalid UTF-8
escape in a state message | - | - | inc-state -C r -m "$E" "$id" confirmed | 1 @P: message: contains a control character
escape as a state | - | - | inc-state -C r "$id" "$E" | 2 @P: a\x1b[2Jb\x07c: invalid state (use investigating, confirmed, major, resolved or 1, 2, 3, 0)
escape in a person | - | - | inc-handoff -C r "$id" comms "$E" | 2 @P: person: contains a control character
C1 CSI in a person's email | - | - | inc-handoff -C r "$id" comms "Al <a$C1@x>" | 2 @P: person: contains a control character
escape in a role | - | - | inc-handoff -C r "$id" "$E" Bo | 2 @P: a\x1b[2Jb\x07c: invalid role (use ic, comms, ops or ops:NAME)
C1 CSI in a role | - | - | inc-handoff -C r "$id" "ops:$C1" Bo | 2 @P: ops:x\u{009b}y: invalid role (use ic, comms, ops or ops:NAME)
escape in what is broken | - | - | inc-sitrep -C r -b "$E" -i i -d d "$id" | 1 @P: what is broken: contains a control character
escape in the impact | - | - | inc-sitrep -C r -b b -i "$OSC" -d d "$id" | 1 @P: how widespread: contains a control character
escape in what is done | - | - | inc-sitrep -C r -b b -i i -d "$C1" "$id" | 1 @P: what is being done: contains a control character
escape as a format | - | - | inc-sitrep -C r -l -F "$E" "$id" | 2 @P: a\x1b[2Jb\x07c: invalid format (use text, markdown or json)
escape in an owner | - | - | inc-postmortem -C r --owner "$E" "$id" | 2 @P: owner: contains a control character
escape in an action | - | - | inc-postmortem -C r --action "$E" --owner Bo --by 2026-12-01 "$id" | 1 @P: action: contains a control character
escape as a due date | - | - | inc-postmortem -C r --action a --owner Bo --by "$E" "$id" | 2 @P: a\x1b[2Jb\x07c: invalid due date (use YYYY-MM-DD)
escape as an action number | - | - | inc-postmortem -C r --done "$E" "$id" | 2 @P: a\x1b[2Jb\x07c: not an action number
escape in an update | - | - | inc-status -C r "$id" "$E" | 1 @P: update: contains a control character
C1 CSI in an update | - | - | inc-status -C r "$id" "$C1" | 1 @P: update: contains a control character
escape in a component | - | - | inc-status -C r -p "$E" "$id" "$GOOD" | 2 @P: component: contains a control character
escape as an impact | - | - | inc-status -C r -i "$E" "$id" "$GOOD" | 2 @P: a\x1b[2Jb\x07c: invalid impact (use none, minor, major or critical)
escape as a status | - | - | inc-status -C r -s "$E" "$id" "$GOOD" | 2 @P: a\x1b[2Jb\x07c: invalid status (use investigating, identified, monitoring or resolved)
escape in a customer | - | - | inc-status -C r -k "$E" "$id" | 2 @P: --contacted: contains a control character
escape as a ticket count | - | - | inc-status -C r -T "$E" "$id" | 2 @P: a\x1b[2Jb\x07c: not a number of tickets
escape in a name not to blame | - | file:esc | inc-status -c -n "$E" | 2 @P: --name: contains a control character
escape as an id | escape_id | - | @log @state @sitrepl @pm @note @setstate @handoff @sitrep @owner @action @done @status @contact @tickets | 1 @P: a\x1b[2Jb\x07c: invalid incident id (only a-z, 0-9 and -)
C1 CSI as an id | - | - | inc-log -C r "$C1" | 1 @P: x\u{009b}y: invalid incident id (only a-z, 0-9 and -)
escape as a time | - | - | inc-note -C r -t "$E" "$id" x | 2 @P: a\x1b[2Jb\x07c: invalid time (use 2026-11-23T21:30:00Z, '2026-11-23 21:30', 21:30 or -15m)
escape as a directory | - | - | inc-ls -C "$E" | 1 @P: a\x1b[2Jb\x07c: No such file or directory
escape as a long option | - | - | inc-log -C r "--$E" | usage @P: unrecognized option '--a\x1b[2Jb\x07c'
escape as a short option | - | - | inc-note -C r "-$ESC" | usage @P: invalid option -- '\x1b'
C1 CSI as a short option | - | - | inc-state -C r "-j$CSI1" | usage @P: invalid option -- '\xc2'
escape in an ambiguous option | - | - | inc-sitrep -C r "--d=$E" | usage @P: option '--d' is ambiguous; possibilities: '--doing' '--due'
escape after a flag | - | - | inc-ls -C r "--json=$E" | usage @P: option '--json' doesn't allow an argument
#
# --- escapes, NUL bytes and bad UTF-8 on stdin
escape on stdin: a note | - | file:esc | @noted | 1 @P: note: contains a control character
NUL on stdin: a note | - | file:nul | @noted | 1 @P: note: contains a NUL byte
bad UTF-8 on stdin: a note | - | file:utf8 | @noted | 1 @P: note: invalid UTF-8
escape on stdin: a note a line | - | file:esc | inc-note -C r -I "$id" | 1 @P: stdin:1: note: contains a control character
NUL on stdin: a note a line | - | file:nul | inc-note -C r -I "$id" | 1 @P: stdin:1: note: contains a NUL byte
escape on stdin: a sitrep | - | file:sitrep-esc | inc-sitrep -C r "$id" | 1 @P: what is broken: contains a control character
NUL on stdin: a sitrep | - | file:sitrep-nul | inc-sitrep -C r "$id" | 1 @P: sitrep: contains a NUL byte
escape on stdin: an update | - | file:esc | inc-status -C r "$id" - | 1 @P: update: contains a control character
C1 on stdin: an update | - | file:status-c1 | inc-status -C r "$id" - | 1 @P: update: contains a control character
NUL on stdin: an update | - | file:nul | inc-status -C r "$id" - | 1 @P: update: contains a NUL byte
NUL on stdin: a check | - | file:nul | inc-status -c | 1 @P: update: contains a NUL byte
escape on stdin: a check | - | file:esc | inc-status -c | safe
#
# --- 100 MB on stdin: refused at 64 KiB, as the pages say
100 MB note on stdin | - | flood | @noted | 1 @P: note: too long (more than 65536 bytes)
100 MB sitrep on stdin | - | flood | inc-sitrep -C r "$id" | 1 @P: sitrep: too long (more than 65536 bytes)
100 MB update on stdin | - | flood | inc-status -C r "$id" - | 1 @P: update: too long (more than 65536 bytes)
100 MB update to check | - | flood | inc-status -c | 1 @P: update: too long (more than 65536 bytes)
100 MB line of notes | - | - | sh -c "$FLOOD_LINE" - "$id" | 1 inc-note: stdin:1: note: too long (more than 65536 bytes)
#
# --- long arguments: one may be 128 KiB less a byte, all 2 MiB (ARG_MAX);
# --- 100 MB (or 128 KiB) as one argument never reaches the tool
longest argument as a title | - | - | inc-open -C r "$ARG_MAX1" | 1 @P: title: too long (131071 bytes, the limit is 200)
longest argument as a note | - | - | inc-note -C r "$id" "$ARG_MAX1" | 1 @P: note: too long (131071 bytes, the limit is 65536)
longest argument as an update | - | - | inc-status -C r "$id" "$ARG_MAX1" | 1 @P: update: too long (131071 bytes, the limit is 65536)
longest argument as a person | - | - | inc-handoff -C r "$id" comms "$ARG_MAX1" | 2 @P: person: too long (131071 bytes, the limit is 200)
longest argument as an action | - | - | inc-postmortem -C r --action "$ARG_MAX1" --owner Bo --by 2026-12-01 "$id" | 1 @P: action: too long (131071 bytes, the limit is 1000)
longest argument as a customer | - | - | inc-status -C r -k "$ARG_MAX1" "$id" | 2 @P: --contacted: too long (131071 bytes, the limit is 200)
longest argument as a component | - | - | inc-status -C r -p "$ARG_MAX1" "$id" "$GOOD" | 2 @P: component: too long (131071 bytes, the limit is 100)
longest argument as a sitrep field | - | - | inc-sitrep -C r -b "$ARG_MAX1" -i i -d d "$id" | 1 @P: what is broken: too long (131071 bytes, the limit is 65536)
longest argument as a message | - | - | inc-state -C r -m "$ARG_MAX1" "$id" confirmed | 1 @P: message: too long (131071 bytes, the limit is 65536)
longest argument as an id | - | - | inc-log -C r "$ARG_MAX1" | ~1 ^@P: x{120}: invalid incident id \(only a-z, 0-9 and -\)$
1.5 MB of words as a note | - | - | inc-note -C r "$id" $WORDS | 1 @P: note: too long (1536014 bytes, the limit is 65536)
an argument over the limit | - | - | inc-note -C r "$id" "$ARG_OVER" | os
#
# --- path traversal and absolute paths in ids, roles and names
traversal as an id | traversal_id | - | @log @state @sitrepl @pm @note @setstate @handoff @sitrep @owner @action @done @status @contact @tickets | 1 @P: ../../canary: invalid incident id (only a-z, 0-9 and -)
absolute path as an id | absolute_id | - | @log @note @status | 1 @P: @TRASH/canary: invalid incident id (only a-z, 0-9 and -)
absolute path as an id | - | - | inc-state -C r "$TRASH/canary" | 1 @P: @TRASH/canary: invalid incident id (only a-z, 0-9 and -)
traversal as an id to write | - | - | inc-note -C r ../../../canary x | 1 @P: ../../../canary: invalid incident id (only a-z, 0-9 and -)
traversal as an id to hand off | - | - | inc-handoff -C r ../canary ic Bo | 1 @P: ../canary: invalid incident id (only a-z, 0-9 and -)
traversal in a role | - | - | inc-handoff -C r "$id" "ops:../../canary" Bo | 2 @P: ops:../../canary: invalid role (use ic, comms, ops or ops:NAME)
absolute path as a role | - | - | inc-handoff -C r "$id" /etc/passwd Bo | 2 @P: /etc/passwd: invalid role (use ic, comms, ops or ops:NAME)
traversal as a person | - | - | inc-handoff -C r "$id" comms "../../canary/file" | safe
traversal as a title | - | - | inc-open -C r "../../canary/dir/x" | safe
traversal as a customer | - | - | inc-status -C r -k "../../canary/file" "$id" | safe
traversal as a component | - | - | inc-status -C r -p "../canary" "$id" "$GOOD" | safe
traversal as an owner | - | - | inc-postmortem -C r --owner "/etc/passwd" "$id" | safe
#
# --- planted in a log with real commits: nesting, duplicates, another's
100,000 nested arrays | deep | - | $READERS | 1 @P: @DIR/ffffffff-000001.jsonl:1: malformed event: maximum parsing depth reached near '['
100,000 nested arrays | deep | - | @note @setstate @handoff @sitrep @owner @action @done @status @contact @tickets | 1 @P: @DIR/ffffffff-000001.jsonl:1: malformed event: maximum parsing depth reached near '['
100,000 nested arrays, another incident | deep | - | @open | ok
duplicate keys | duplicate | - | $READERS | 1 @P: @DIR/ffffffff-000001.jsonl:1: malformed event: duplicate object key near '"seq"'
duplicate keys | duplicate | - | @note @setstate @status | 1 @P: @DIR/ffffffff-000001.jsonl:1: malformed event: duplicate object key near '"seq"'
an event of another incident | foreign | - | $READERS | 1 @P: @DIR/ffffffff-000001.jsonl:1: event of another incident
an event of another incident | foreign | - | @note @handoff @owner | 1 @P: @DIR/ffffffff-000001.jsonl:1: event of another incident
escapes in every field of a log | escapes | - | $READERS | safe
escapes in every field of a log | escapes | - | @note | safe
escapes in the free text of a log | text_escapes | - | $READERS | ok
escapes in the free text of a log | text_escapes | - | $WRITERS | safe
#
# --- symbolic links in the work tree, pointing outside it
incidents/ a link outside | link_incidents | - | @note @handoff @open | safe
incidents/YYYY/MM a link outside | link_month | - | @note @sitrep @open | safe
the incident a link outside | link_incident | - | @note @status | safe
the log file a link outside | link_log | - | @note @owner | safe
the temporary file a link outside | link_tmp | - | @note | safe
a link committed as a log file | link_committed | - | @log @ls @note | 1 @P: @DIR/ffffffff-000001.jsonl: a symbolic link, not a log file
#
# --- a repository of another user: refused as git refuses it
owned by another user | owned | - | $READERS | 1 @P: o: repository owned by another user (to trust it: git config --global --add safe.directory @TRASH/o)
owned by another user | owned | - | $WRITERS | 1 @P: o: repository owned by another user (to trust it: git config --global --add safe.directory @TRASH/o)
owned by another user, found | owned | - | sh -c 'cd o && exec inc-ls' | 1 inc-ls: @TRASH/o: repository owned by another user (to trust it: git config --global --add safe.directory @TRASH/o)
owned by another user, trusted | trusted | - | @log @ls @note | ok
#
# --- a read-only file system: readers read, writers refuse
read-only | readonly_fs | - | $READERS | ok
read-only | readonly_fs | - | $WRITERS | 1 @P: @TRASH/@R/.git/incident.lock: Read-only file system; nothing recorded
#
# --- a full disk: writers refuse and change nothing; then write again
full disk | full_fs | - | $READERS | ok
full disk | full_fs | - | $WRITERS | ~1 ^@P: [^ ]+: (failed to write out file: )?No space left on device; nothing recorded$
space freed | freed_fs | - | @note @open @handoff | ok
EOF

# every tool that appears in the build: its junk is refused or shown safely
for tool in "$INC_BIN"/inc-*; do
	t=${tool##*/}
	case " inc-open inc-state inc-handoff inc-sitrep inc-postmortem inc-note \
inc-ls inc-log inc-status " in *" $t "*) continue ;; esac
	[ -x "$tool" ] || continue
	R=r ID=$id FSCK=
	check "new tool $t: escapes as operands" - any "$t -C r \"\$E\" \"\$C1\""
	check "new tool $t: an escape as an option" - any "$t -C r \"--\$E\""
	check "new tool $t: escapes on stdin" file:esc any "$t -C r \"\$id\" -"
	text_escapes
	check "new tool $t: escapes planted in a log" - any "$t -C p"
	check "new tool $t: escapes planted in a log, by id" - any "$t -C p \"\$id\""
done

# characters that hide or reorder text: escaped in text, and in JSON on a
# terminal (where JSON keeps its meaning); raw in JSON for programs
fresh
INVISIBLE='a\u200eb\u200fc\u061cd\u200be\u200cf\u200dg\u2060h\ufeffi\u2028j\u2029k\u202el\u2066m\u00adn'
jq -c --arg t "$(jq -rn "\"$INVISIBLE\"")" '.type = "note" | .seq = 50 |
	.id = "inv" | .text = $t' "p/$dir/$writer-000001.jsonl" | tail -n 1 \
	>"p/$dir/ffffffff-000001.jsonl"
git -C p add -A && git -C p commit -qm invisible
run inc-log -C p "$id"
is "$status:$(printf '%s\n' "$out" | tail -n 1 | sed 's/^.*note: //')" \
	'0:a\u{200e}b\u{200f}c\u{061c}d\u{200b}e\u{200c}f\u{200d}g\u{2060}h\u{feff}i\u{2028}j\u{2029}k\u{202e}l\u{2066}m\u{00ad}n' \
	"bidirectional marks, zero-width characters and separators are escaped"
run inc-log -C p -j "$id"
is "$(printf '%s\n' "$out" | tail -n 1 | jq -c .text)" \
	"$(jq -cn "\"$INVISIBLE\"" | jq -c .)" "JSON for a program keeps them"
if printf '%s' "$out" | grep -q "$(printf '\342\200\256')"; then
	ok "raw, as a program reads them"
else
	not_ok "raw, as a program reads them"
fi
if script -qec true /dev/null >/dev/null 2>&1; then
	script -qec "inc-log -C p -j '$id'" /dev/null >tty.out 2>&1
	tr -d '\r' <tty.out | tail -n 1 >tty.json
	is "$(jq -c .text tty.json)" "$(jq -cn "\"$INVISIBLE\"" | jq -c .)" \
		"JSON on a terminal has the same value"
	if LC_ALL=C grep -q "$(printf '\342\200[\216\217\213\214\215\250\251\256]')" tty.out ||
	    LC_ALL=C grep -q "$(printf '\342\201[\240\246]\|\357\273\277\|\330\234')" tty.out
	then
		not_ok "JSON on a terminal escapes them"
		diag "$(od -c tty.out | head -20)"
	else
		ok "JSON on a terminal escapes them"
	fi
	like "$(cat tty.json)" '"text":"a\\u200eb\\u200fc\\u061cd\\u200be' \
		"as \\uXXXX"
else
	skip "script(1) cannot make a terminal here"
fi

fsck_clean "fsck is clean" r
is "$(git -C r status --porcelain)" "" "the work tree stays clean"

done_testing
