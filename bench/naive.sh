#!/bin/sh
# naive.sh: the baseline, what a user would write without this project: append
# one JSON line to a file in a plain git work tree and commit it.
#
#   naive.sh -i REPO              make the plain (non-bare) repository
#   naive.sh REPO [TEXT]          one event: one call, one line, one commit
#   naive.sh -c WRITERS EVENTS REPO STATUSDIR
#                                 WRITERS concurrent writers, each calling
#                                 this script EVENTS times in a row; the exit
#                                 status of every call goes to
#                                 STATUSDIR/status.WRITER as "STATUS WRITER N"
#
# The line has the fields of an inc-note event (see incident-log(5)), built
# with printf, as such a script would: TEXT must need no JSON escaping. The
# actor is $GIT_AUTHOR_NAME and $GIT_AUTHOR_EMAIL, else git config; seq is
# left out (counting lines would cost a process more and still race). git
# runs with its defaults: git 2.39 fsyncs nothing on a commit unless
# core.fsync says so.
set -eu

if [ "${1:-}" = -i ]; then
	[ $# -eq 2 ] || { echo "usage: naive.sh -i REPO" >&2; exit 2; }
	rm -rf "$2"
	git init -q -b main "$2"
	git -C "$2" config user.name "Bench Writer"
	git -C "$2" config user.email bench@example.com
	: >"$2/log.jsonl"
	git -C "$2" add log.jsonl
	git -C "$2" commit -q -m "log"
	exit 0
fi

if [ "${1:-}" = -c ]; then
	[ $# -eq 5 ] || {
		echo "usage: naive.sh -c WRITERS EVENTS REPO STATUSDIR" >&2
		exit 2
	}
	writers=$2 events=$3 repo=$4 status=$5
	mkdir -p "$status"
	i=1
	while [ "$i" -le "$writers" ]; do
		(
			n=1
			while [ "$n" -le "$events" ]; do
				GIT_AUTHOR_NAME="Writer $i" GIT_AUTHOR_EMAIL="w$i@example.com" \
					sh "$0" "$repo" "writer $i event $n" >/dev/null 2>&1 &&
					rc=0 || rc=$?
				echo "$rc $i $n" >>"$status/status.$i"
				n=$((n + 1))
			done
		) &
		i=$((i + 1))
	done
	wait
	exit 0
fi

case $# in
1 | 2) ;;
*)
	echo "usage: naive.sh REPO [TEXT]  (or -i REPO, or -c ...)" >&2
	exit 2
	;;
esac
cd "$1"
name=${GIT_AUTHOR_NAME:-$(git config user.name)}
email=${GIT_AUTHOR_EMAIL:-$(git config user.email)}
# shellcheck disable=SC2046 # two words wanted: the time and an id part
set -- "${2:-note}" $(date -u '+%Y-%m-%dT%H:%M:%SZ %s%N')
json=$(printf '{"actor":{"email":"%s","name":"%s"},"at":"%s","id":"%s%08x","incident":"naive","recorded_at":"%s","text":"%s","type":"note","v":2}' \
	"$email" "$name" "$2" "$3" "$$" "$2" "$1")
printf '%s\n' "$json" >>log.jsonl && git add log.jsonl && git commit -q -m msg
