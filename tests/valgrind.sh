#!/bin/sh
# The whole suite with every tool (and the unit tests) run under valgrind's
# memcheck: sh tests/valgrind.sh BUILD [TEST...]. The tests are unchanged:
# they find, through INC_BIN, a directory of wrappers named as the tools.
# Each run logs to a file of its own (through a descriptor of its own, as
# a log file valgrind opened itself would become a closed stdout), so the
# tests' exact stderr checks still hold; any error there, a definite or
# indirect leak included, fails the run (and its exit status 134 is
# flagged as a crash by run()). tests/valgrind.supp lists what is not ours.
#
# t0032-kill.sh kills writers by the name of a copy of inc-note; under
# valgrind that name is the wrapper's, not the process's, so there it
# kills nothing and only checks the writers' results. VG_KEEP=1 keeps the
# wrappers and the logs (the directory is named at the end).
set -u
build=${1:?usage: sh tests/valgrind.sh BUILD [TEST...]}
shift
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "$build" && pwd) || exit 1
command -v valgrind >/dev/null || {
	echo "valgrind: not installed (apt-get install valgrind)" >&2
	exit 1
}
work=$(mktemp -d "${TMPDIR:-/tmp}/inc-valgrind.XXXXXX") || exit 1
trap '[ -n "${VG_KEEP:-}" ] || rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/log"

vg="valgrind -q --error-exitcode=134 --leak-check=full \
--errors-for-leak-kinds=definite,indirect \
--show-leak-kinds=definite,indirect --track-origins=yes \
--suppressions=$src/tests/valgrind.supp"
for tool in "$build"/incident "$build"/inc-* "$build"/unit; do
	[ -x "$tool" ] || continue
	name=${tool##*/}
	cat >"$work/bin/$name" <<EOF
#!/bin/sh
exec $vg --log-fd=9 $tool "\$@" 9>$work/log/$name.\$\$.log
EOF
	chmod +x "$work/bin/$name"
done

if [ $# -eq 0 ]; then
	set -- "$src"/tests/t[0-9]*.sh
fi
start=$(date +%s)
# an event takes a second or more under valgrind: 8 writers of 50 events
# would wait on each other past the 30 s a writer waits for the lock
export CONCURRENT_WRITERS=4 CONCURRENT_EVENTS=10
INC_BIN=$work/bin prove -j2 --exec '' "$work/bin/unit" "$@"
status=$?
end=$(date +%s)

found=0
for log in "$work"/log/*.log; do
	[ -s "$log" ] || continue
	found=$((found + 1))
	echo "# valgrind: ${log##*/}"
	sed 's/^/# /' "$log"
done
echo "valgrind: $found runs with errors; $((end - start)) s for the suite"
[ -z "${VG_KEEP:-}" ] || echo "valgrind: kept $work"
[ "$status" -eq 0 ] && [ "$found" -eq 0 ]
