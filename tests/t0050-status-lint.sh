#!/bin/sh
# inc-status --check: customer status updates linted against the process.
. "$(dirname "$0")/lib.sh"

corpus=$SRC/tests/status-corpus
usage=$(usage_of inc-status)
eta='explicit ETA: say what is being done and when the next update will come, not when it will be fixed'
cause='presumed root cause: say what is broken and what is being done; name the cause once the incident is resolved'
blame='blame: own the problem and say what we are doing about it, not whose fault it is'
broken='(missing): what is broken: say what customers see (errors, timeouts, slowness, what is unavailable)'
doing='(missing): what is being done: say what we are doing about it (investigating, rolling back, monitoring)'
workaround='(missing): workaround: say what customers can do in the meantime, or plainly that there is no workaround yet'

# check FILE [OPTION...]: inc-status --check with FILE on stdin
check() {
	file=$1
	shift
	run sh -c 'f=$1; shift; inc-status --check "$@" <"$f"' - "$file" "$@"
}

# The corpus: every good update passes untouched, every bad one gives
# exactly the findings expected of it.
n=0
for f in "$corpus"/good/*.txt; do
	n=$((n + 1))
	check "$f"
	is "$status:$err:$out" "0::" "good/$(basename "$f"): no finding"
done
[ "$n" -ge 30 ] && ok "at least 30 good updates ($n)" ||
	not_ok "at least 30 good updates ($n)"
n=0
for f in "$corpus"/bad/*.txt; do
	n=$((n + 1))
	check "$f"
	is "$status:$err:$out" "1::$(cat "${f%.txt}.expect")" \
		"bad/$(basename "$f"): exactly the findings expected"
done
[ "$n" -ge 30 ] && ok "at least 30 bad updates ($n)" ||
	not_ok "at least 30 bad updates ($n)"

# The rules, one example each, as a responder would write them.
printf '%s\n' "Checkout is failing. We are rolling back. Retry in the" \
	"meantime. It will be back up in 30 minutes." >up
check up
is "$status:$out" "1:\"will be back up in 30 minutes\": $eta" \
	"an ETA over a line break is quoted with a space"
printf '%s\n' "Checkout is failing since 14:00 UTC. At 14:05 UTC we saw" \
	"timeouts too, and for the last 30 minutes orders have been slow." \
	"We are rolling back. No workaround yet. Next update in 30 minutes." >up
check up
is "$status:$out" "0:" "past times and the time of the next update are fine"
printf '%s\n' "Logins are failing because of a bug in our session store." \
	"We are deploying a fix. Please retry." >up
check up
is "$status:$out" "1:\"because of\": $cause" "a presumed cause"
check up --resolved
is "$status:$out" "0:" "--resolved: a resolved incident may name its cause"
check up -r
is "$status:$out" "0:" "-r is --resolved"
printf '%s\n' "Logins failed because AWS had an outage. It has been resolved." \
	"No action is needed." >up
check up -r
is "$status:$out" "1:\"because AWS had an outage\": $blame" \
	"--resolved still refuses blame"
printf '%s\n' "Logins failed between 10:00 and 10:40 UTC. We have fixed it," \
	"and a lasting fix ships tomorrow. No action is needed." >up
check up -r
is "$status:$out" "1:\"tomorrow\": $eta" "--resolved still refuses an ETA"
printf '%s\n' "We are working with AWS and our database provider to restore" \
	"logins, which are failing for some customers. No workaround yet." >up
check up
is "$status:$out" "0:" "naming a vendor neutrally is fine"
printf '%s\n' "Hello." >up
check up
is "$status:$out" "1:$broken
$doing
$workaround" "an update that says nothing: three missing parts, in order"

# --name: people, teams and vendors not to name, in any case, whole words
printf '%s\n' "Logins are failing after ricardo's change; ops-db and" \
	"Chris" "Stolt are rolling it back. Ricardos, retry." >up
check up --name Ricardo -n "Chris Stolt" --name ops-db
is "$status:$out" "1:\"ricardo\": $blame
\"ops-db\": $blame
\"Chris Stolt\": $blame" "--name and -n: each name found, as written, whole words only"
check up
is "$status:$out" "0:" "without --name nobody is blamed here"
fails "an empty --name" 2 "inc-status: --name: empty" \
	sh -c 'inc-status -c --name "" </dev/null'
fails "a --name with a control character" 2 \
	"inc-status: --name: contains a control character" \
	sh -c 'inc-status -c --name "$(printf "a\033b")" </dev/null'

# Text from the user is shown safely: control characters escaped.
printf 'The API is down. We are investigating. ETA\033 tomorrow. Back\n' >up
printf 'by\342\200\2565pm or by\302\2335pm. No workaround yet.\n' >>up
check up
is "$status:$out" "1:\"ETA\\x1b tomorrow\": $eta
\"Back by\\u{202e}5pm\": $eta
\"by\\u{009b}5pm\": $eta" "control characters and bidi overrides are escaped"
printf 'The API is down.\r\nWe are investigating; no workaround yet.\r\n' >up
check up
is "$status:$out" "0:" "CRLF line ends are fine"

# Input that is no update
head -c 71680 /dev/zero | tr '\0' x >big
fails "a 70 KiB update" 2 "inc-status: update: too long (more than 65536 bytes)" \
	sh -c 'inc-status -c <big'
printf 'bad \377 byte\n' >bad
fails "invalid UTF-8" 2 "inc-status: update: invalid UTF-8" \
	sh -c 'inc-status -c <bad'
printf 'nul\000byte\n' >nul
fails "a NUL byte" 2 "inc-status: update: contains a NUL byte" \
	sh -c 'inc-status -c <nul'
fails "an empty update" 2 "inc-status: update: empty" \
	sh -c 'inc-status -c </dev/null'
printf ' \n\t\n' >blank
fails "a blank update" 2 "inc-status: update: empty" \
	sh -c 'inc-status -c <blank'

# Options and usage
run inc-status --help
is "$status:$out:$err" "0:$usage:" "--help prints the usage on stdout"
run inc-status -h
is "$status:$out:$err" "0:$usage:" "-h is --help"
run inc-status --version
is "$status:$out:$err" "0:inc-status (incident) 0.1.0:" "--version"
run inc-status -V
is "$status:$out" "0:inc-status (incident) 0.1.0" "-V is --version"
fails "no update text" 2 "inc-status: missing update text
$usage" inc-status
fails "--name and --resolved without --check" 2 "inc-status: --name and --resolved go with --check
$usage" inc-status -r -n Ricardo
fails "an operand" 2 "inc-status: no operands expected (the update comes from stdin)
$usage" sh -c 'inc-status --check update.txt </dev/null'
fails "an unknown option" 2 "inc-status: unrecognized option '--bogus'
$usage" inc-status --bogus
fails "an unknown short option" 2 "inc-status: invalid option -- 'Z'
$usage" inc-status -Z
fails "--name without its argument" 2 "inc-status: option requires an argument -- 'n'
$usage" inc-status -c -n
fails "--help to a full disk" 1 "inc-status: stdout: No space left on device" \
	sh -c 'inc-status --help >/dev/full'
fails "findings to a full disk" 2 "inc-status: stdout: No space left on device" \
	sh -c 'inc-status -c <"$1" >/dev/full' - "$corpus/bad/01.txt"

# --check opens no repository: none is needed, none is made
mkdir empty-home
run sh -c 'HOME=$1 XDG_DATA_HOME= INC_REPO=/nonexistent GIT_DIR=/nonexistent \
	inc-status -C /nonexistent -c <"$2"' - "$TRASH/empty-home" "$corpus/good/01.txt"
is "$status:$out:$err" "0::" "-C is accepted and ignored; no repository is opened"
is "$(ls -A empty-home)" "" "nothing is created in HOME"

if [ -f "$SRC/man/inc-status.1" ]; then
	ok "inc-status has a man page"
else
	not_ok "inc-status has a man page"
fi

done_testing
