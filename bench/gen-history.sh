#!/bin/sh
# gen-history.sh DIR RESOLVED ACTIVE: a repository of RESOLVED resolved
# incidents (an open and a resolve each, spread over the ten years before
# 2026) and ACTIVE active ones opened now, written in a single commit
# through git fast-import, its work tree checked out. The settings make
# sitreps and customer updates due a week apart (the longest interval the
# tools take), and each active incident has a sitrep, so that --due and
# inc-check -1 answer 0 for six days:
# DIR/.git/bench-made is the day it was made, which callers that keep the
# repository look at. The same arguments on the same minute give the same
# repository.
set -eu
dir=$1 resolved=$2 active=$3
now=$(date -u +%Y-%m-%dT%H:%M:00Z)
rm -rf "$dir"
git init -q -b main "$dir"
git -C "$dir" config user.name "Bench Writer"
git -C "$dir" config user.email bench@example.com
git -C "$dir" config inc.writer 0000bead
# nothing due for a week: --due and inc-check -1 answer 0, as hyperfine wants
for key in sitrepInterval sitrepIntervalMajor updateInterval \
    updateIntervalMajor; do
	git -C "$dir" config "inc.$key" 7d
done
awk -v n="$resolved" -v active="$active" -v now="$now" '
function event(id, type, seq, extra, at) {
	return sprintf("{\"actor\":{\"email\":\"bench@example.com\",\"name\":\"Bench Writer\"},\"at\":\"%s\",\"id\":\"%012x%016x\",\"incident\":\"%s\",\"recorded_at\":\"%s\",\"seq\":%d,%s\"type\":\"%s\",\"v\":2}\n", at, 1700000000, seq, id, at, seq, extra, type)
}
BEGIN {
	printf "commit refs/heads/main\ncommitter Bench Writer <bench@example.com> 1700000000 +0000\ndata 9\ngenerated\n"
	for (i = 0; i < n + active; i++) {
		y = 2016 + int(i * 10 / (n + active)); m = 1 + i % 12
		id = sprintf("%04d-%02d-%02d-1000-incident-%d-aaaaaa", y, m, 1 + i % 28, i)
		at = sprintf("%04d-%02d-%02dT10:00:00Z", y, m, 1 + i % 28)
		if (i >= n) {
			y = substr(now, 1, 4); m = substr(now, 6, 2) + 0; at = now
			id = sprintf("%s-%s%s-incident-%d-aaaaaa", substr(now, 1, 10),
			    substr(now, 12, 2), substr(now, 15, 2), i)
		}
		text = event(id, "open", 1, "\"state\":\"investigating\",\"title\":\"Incident " i "\",", at)
		if (i < n)
			text = text event(id, "state", 2, "\"state\":\"resolved\",", sprintf("%04d-%02d-%02dT11:00:00Z", y, m, 1 + i % 28))
		else	# a sitrep that says what inc-check looks for
			text = text event(id, "sitrep", 2, "\"broken\":\"Checkout fails\",\"doing\":\"Rolling back\",\"impact\":\"All customers\",\"state\":\"investigating\",", at)
		printf "M 100644 inline incidents/%04d/%02d/%s/0000bead-000001.jsonl\ndata %d\n%s\n", y, m, id, length(text), text
	}
}' | git -C "$dir" fast-import --quiet
git -C "$dir" reset -q --hard main
date -u +%Y-%m-%d >"$dir/.git/bench-made"
