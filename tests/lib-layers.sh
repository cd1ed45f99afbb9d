#!/bin/sh
# Dependencies between libincident's files run one way: fails, naming
# the files, when one file uses a function another defines and that one,
# directly or not, uses the first. Reads the objects' symbol tables, so
# it sees what the linker sees. Usage: sh tests/lib-layers.sh BUILD/lib
set -eu
dir=${1:?usage: lib-layers.sh BUILD/lib}
pairs=$(mktemp)
trap 'rm -f "$pairs" "$pairs.defs"' EXIT
for o in "$dir"/*.o; do
	f=$(basename "$o" .o)
	nm -g --defined-only "$o" | awk -v f="$f" '$2 ~ /^[TDBR]$/ { print $3, f }'
done | sort >"$pairs.defs"
for o in "$dir"/*.o; do
	f=$(basename "$o" .o)
	nm -u "$o" | awk '{ print $2 }' | sort |
	    join - "$pairs.defs" | awk -v f="$f" '$2 != f { print f, $2 }'
done | sort -u >"$pairs"
if ! tsort "$pairs" >/dev/null 2>"$pairs.defs"; then
	echo "lib-layers.sh: a cycle between lib files:" >&2
	grep -v 'input contains a loop' "$pairs.defs" | sed 's/^tsort: /  /' >&2
	exit 1
fi
echo "lib-layers.sh: $(wc -l <"$pairs" | tr -d ' ') dependencies between lib files, no cycle"
