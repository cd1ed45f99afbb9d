#!/bin/sh
# growth.sh: does appending cost the same however much is stored? Times
# inc-note (fsync on) in a new incident in an empty repository, in an
# incident of 100,000 events and in a repository of 10,000 incidents,
# in work trees, and in a team's clone as inc-init makes it (joined from
# the repository of 10,000 incidents: the clone people write from),
# interleaved by hyperfine in one run, and prints the ratios to the first.
set -eu
cd "$(dirname "$0")/.."
bin=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}
runs=${RUNS:-30}
mkdir -p "$out"
command -v hyperfine >/dev/null || { echo "growth.sh: needs hyperfine" >&2; exit 1; }

sh bench/gen.sh "$out/empty" 1 0
sh bench/gen.sh "$out/events" 0 100000
sh bench/gen.sh "$out/incidents" 10000 0
for r in empty events incidents; do     # bare: no index to rewrite
	rm -rf "$out/$r.git"
	git clone -q --bare "$out/$r" "$out/$r.git"
	git -C "$out/$r.git" config inc.writer 0000bead
done
# the shape inc-init gives a team's clone (bare, settings committed)
rm -rf "$out/team"
"$bin/inc-init" -u "file://$out/incidents.git" "$out/team" >/dev/null 2>&1
one=2016-01-01-1000-incident-0-aaaaaa
big=2026-01-01-1000-big-aaaaaa
export GIT_AUTHOR_NAME="Bench Writer" GIT_AUTHOR_EMAIL=bench@example.com
hyperfine -N --warmup 3 --runs "$runs" --export-json "$out/growth.json" \
	-n "new incident, empty repository" "$bin/inc-note -C $out/empty.git $one x" \
	-n "incident of 100,000 events" "$bin/inc-note -C $out/events.git $big x" \
	-n "repository of 10,000 incidents" "$bin/inc-note -C $out/incidents.git $one x" \
	-n "work tree: new incident" "$bin/inc-note -C $out/empty $one x" \
	-n "work tree: 10,000 incidents" "$bin/inc-note -C $out/incidents $one x" \
	-n "team clone (inc-init): 10,000 incidents" "$bin/inc-note -C $out/team $one x" \
	>/dev/null
jq -r '.results[0].median as $base | .results[] |
	"\(.command)\t\(.median * 1000 * 10 | round / 10) ms\t\((.median / $base) * 100 | round / 100)x"' \
	"$out/growth.json" | column -t -s "$(printf '\t')"
