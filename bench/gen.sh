#!/bin/sh
# gen.sh DIR INCIDENTS EVENTS: a repository with INCIDENTS incidents of one
# event each, spread over the months of ten years, plus one incident of
# EVENTS events ("big"), written in a single commit through git fast-import.
# Deterministic: the same arguments give the same repository.
set -eu
dir=$1 incidents=$2 events=$3
rm -rf "$dir"
git init -q -b main "$dir"
git -C "$dir" config user.name "Bench Writer"
git -C "$dir" config user.email bench@example.com
git -C "$dir" config inc.writer 0000bead
awk -v incidents="$incidents" -v events="$events" '
function event(id, type, seq, extra,   at) {
	at = sprintf("%sT10:%02d:%02dZ", substr(id, 1, 10), int(seq / 60) % 60, seq % 60)
	return sprintf("{\"actor\":{\"email\":\"bench@example.com\",\"name\":\"Bench Writer\"},\"at\":\"%s\",\"id\":\"%012x%016x\",\"incident\":\"%s\",\"recorded_at\":\"%s\",\"seq\":%d,%s\"type\":\"%s\",\"v\":2}\n", at, 1700000000, seq, id, at, seq, extra, type)
}
function blob(path, text) {
	printf "M 100644 inline %s\ndata %d\n%s\n", path, length(text), text
}
BEGIN {
	printf "commit refs/heads/main\ncommitter Bench Writer <bench@example.com> 1700000000 +0000\ndata 9\ngenerated\n"
	for (i = 0; i < incidents; i++) {
		y = 2016 + int(i / (incidents / 10 + 1)); m = 1 + i % 12
		id = sprintf("%04d-%02d-%02d-1000-incident-%d-aaaaaa", y, m, 1 + i % 28, i)
		blob(sprintf("incidents/%04d/%02d/%s/0000bead-000001.jsonl", y, m, id),
		    event(id, "open", 1, "\"state\":\"investigating\",\"title\":\"Incident " i "\","))
	}
	if (events > 0) {
		id = "2026-01-01-1000-big-aaaaaa"
		text = event(id, "open", 1, "\"state\":\"investigating\",\"title\":\"Big\",")
		chunk = 1
		for (s = 2; s <= events; s++) {
			if ((s - 1) % 128 == 0) {
				blob(sprintf("incidents/2026/01/%s/0000bead-%06d.jsonl", id, chunk), text)
				text = ""; chunk++
			}
			text = text event(id, "note", s, "\"text\":\"progress note number " s " from the operations group\",")
		}
		blob(sprintf("incidents/2026/01/%s/0000bead-%06d.jsonl", id, chunk), text)
	}
}' /dev/null | git -C "$dir" fast-import --quiet
git -C "$dir" checkout -q -f main
