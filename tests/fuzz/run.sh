#!/bin/sh
# Runs each fuzz target for SECONDS on its seed corpus; fails on any crash,
# leak, sanitizer report, timeout or memory blow-up. New inputs go to
# DIR/corpus/TARGET, what failed to DIR/TARGET-crash-* and so on.
#   sh tests/fuzz/run.sh DIR SECONDS [TARGET...]
set -eu
export UBSAN_OPTIONS="print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
dir=$1 seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
[ $# -gt 0 ] || set -- event state lint render html
status=0
for t in "$@"; do
	t=${t#fuzz-}
	case $t in
	lint) max_len=4096 dict=lint.dict ;;
	html) max_len=8192 dict=markdown.dict ;;
	*) max_len=16384 dict=event.dict ;;
	esac
	mkdir -p "$dir/corpus/$t"
	echo "fuzz-$t: $seconds s, -max_len=$max_len"
	if "$dir/fuzz-$t" -max_total_time="$seconds" -max_len="$max_len" \
	    -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
	    -dict="$here/$dict" \
	    -artifact_prefix="$dir/fuzz-$t-" \
	    "$dir/corpus/$t" "$here/corpus/$t" >"$dir/fuzz-$t.log" 2>&1; then
		sed -n 's/^stat::number_of_executed_units: */  executions: /p' \
		    "$dir/fuzz-$t.log"
		grep '^#[0-9]*.*DONE' "$dir/fuzz-$t.log" | tail -n 1 || :
	else
		status=1
		echo "fuzz-$t: FAILED, see $dir/fuzz-$t.log:" >&2
		grep -E 'ERROR|SUMMARY|check failed|runtime error|Test unit' \
		    "$dir/fuzz-$t.log" >&2 || tail -n 30 "$dir/fuzz-$t.log" >&2
	fi
done
exit $status
