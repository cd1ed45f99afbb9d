# shellcheck shell=sh
# Shared helpers for the shell tests: source it first thing.
#
# Each test script runs alone (sh tests/t0001-open.sh) or under prove. It
# gets a trash directory removed on exit, a pinned environment and a git
# identity, and prints TAP. The tools come from $INC_BIN (default: build/).

set -u
export LC_ALL=C TZ=UTC
unset INC_REPO INC_ID INC_NOW GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL \
	GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL EDITOR VISUAL GIT_EDITOR \
	XDG_DATA_HOME XDG_STATE_HOME GIT_DIR GIT_WORK_TREE NO_COLOR
SRC=$(cd "$(dirname "$0")/.." && pwd)
: "${INC_BIN:=$SRC/build}"
PATH="$INC_BIN:$PATH"
export PATH
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:exitcode=134"
export LSAN_OPTIONS="suppressions=$SRC/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="halt_on_error=1:abort_on_error=1:print_stacktrace=1"

TRASH=$(mktemp -d "${TMPDIR:-/tmp}/inc-test.XXXXXX") || exit 1
trap 'rm -rf "$TRASH"' EXIT
export HOME="$TRASH/home"
export GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"
git config --global user.name "Ricardo Ortiz"
git config --global user.email ricardo@example.com
git config --global init.defaultBranch main
# clones here stand for clones offline, merged by hand: no auto-sync
# (inc.autoSync, on by default), but in the tests of syncing
git config --global inc.autoSync false
cd "$TRASH" || exit 1

tests=0
failed=0

ok() {
	tests=$((tests + 1))
	echo "ok $tests - $1"
}

not_ok() {
	tests=$((tests + 1))
	failed=$((failed + 1))
	echo "not ok $tests - $1"
}

diag() {
	printf '%s\n' "$@" | sed 's/^/# /'
}

# same_tree NAME A B: directories A and B hold the same files, byte for
# byte (diff -r); the first differences are shown when they do not
same_tree() {
	if diff -r "$2" "$3" >"$TRASH/.diff" 2>&1; then
		ok "$1"
	else
		not_ok "$1"
		diag "$(head -n 20 "$TRASH/.diff" | cut -c 1-200)"
	fi
}

# run CMD...: sets $status, $out and $err; a crash is always a failure.
run() {
	"$@" >"$TRASH/.out" 2>"$TRASH/.err"
	status=$?
	out=$(cat "$TRASH/.out")
	err=$(cat "$TRASH/.err")
	if [ "$status" -ge 128 ] || grep -q 'Sanitizer\|runtime error' "$TRASH/.err"
	then
		not_ok "no crash: $*"
		diag "status $status" "$err"
	fi
}

# is GOT WANT NAME
is() {
	if [ "$1" = "$2" ]; then
		ok "$3"
	else
		not_ok "$3"
		diag "got:" "$1" "want:" "$2"
	fi
}

# like GOT PATTERN NAME: a grep -E pattern. One of several lines
# matches as many lines in a row of GOT, not any one of them as grep
# would have it (it is read as a Perl pattern, in which ^ and $ stand
# for the start and end of a line)
like() {
	case $2 in
	*'
'*)	matched=$(printf '%s\n' "$1" | grep -Pzc -- "(?m)$(printf '%s' "$2" |
		    sed ':a;N;$!ba;s/\n/\\n/g')") ;;
	*)	matched=$(printf '%s\n' "$1" | grep -Ec -- "$2") ;;
	esac
	if [ "$matched" -gt 0 ]; then
		ok "$3"
	else
		not_ok "$3"
		diag "got:" "$1" "want a match for: $2"
	fi
}

# succeeds NAME CMD...: exit 0, and nothing on stderr but announcements
# (lines starting "@all: ") and the advice of inc-status and inc-state; a
# command with other things to say on stderr is checked with run and is
succeeds() {
	name=$1
	shift
	run "$@"
	if [ "$status" -eq 0 ] &&
	    ! printf '%s\n' "$err" | grep -qv '^@all: \|^$\|^inc-status: advice: \|^inc-state: advice: '
	then
		ok "$name"
	else
		not_ok "$name"
		diag "status $status" "stderr: $err"
	fi
}

# fails NAME STATUS STDERR CMD...: that exact status and stderr line,
# nothing on stdout
fails() {
	name=$1 want_status=$2 want_err=$3
	shift 3
	run "$@"
	if [ "$status" = "$want_status" ] && [ "$err" = "$want_err" ] &&
	    [ -z "$out" ]; then
		ok "$name"
	else
		not_ok "$name"
		diag "status $status (want $want_status)" "stderr: $err" \
			"want:   $want_err" "stdout: $out"
	fi
}

# skip NAME: a test that cannot run here, said as TAP says it
skip() {
	tests=$((tests + 1))
	echo "ok $tests # SKIP $1"
}

# as NAME EMAIL CMD...: CMD run as another responder
as() {
	_name=$1 _email=$2
	shift 2
	env GIT_AUTHOR_NAME="$_name" GIT_AUTHOR_EMAIL="$_email" "$@"
}

# usage_of TOOL: its usage text as --help prints it (and a usage error
# after its one-line reason), so no test keeps a copy of it
usage_of() {
	"$1" --help
}

# new_repo DIR: an empty git repository with a work tree
new_repo() {
	git init -q "$1"
}

# commits DIR: how many commits its HEAD has
commits() {
	git -C "$1" rev-list --count HEAD 2>/dev/null || echo 0
}

# event_field DIR ID JQ: a jq filter over the incident's newest event (by
# seq), read from the raw log files, as text
event_field() {
	cat "$1"/incidents/*/*/"$2"/*.jsonl | jq -c -s 'sort_by(.seq) | last' |
	    jq -r "$3"
}

# fsck_clean NAME DIR: git fsck --strict finds nothing
fsck_clean() {
	if git -C "$2" fsck --strict --no-progress >"$TRASH/.fsck" 2>&1; then
		ok "$1"
	else
		not_ok "$1"
		diag "$(cat "$TRASH/.fsck")"
	fi
}

done_testing() {
	echo "1..$tests"
	[ "$failed" -eq 0 ]
	exit
}
