#!/bin/sh
# verify.sh: inc-verify over long histories. Makes, through git
# fast-import, bare repositories under BENCH_DIR/verify whose histories
# hold 10,000 and 100,000 real event commits (VERIFY_SIZES, "10000
# 100000"), and lists the commands bench/run.sh times, as "label<TAB>
# command" lines, in BENCH_DIR/verify.list.
#
# The history is what the tools would have written, deterministically:
# incidents of 1,000 events each (an open event, then notes), one incident
# after another, one a day from 2020-01-01; one commit per event, appending
# its line to the writer's newest chunk file (128 events a chunk, as
# incident-log(5) says), the author and committer the event's actor (four
# people take turns), the author date its at and the committer date its
# recorded time, the message as lib/append.c writes it (the announcement
# as subject, the note as body, the Incident, Event and Event-Id
# trailers). Each repository is made again only if its parameters changed
# (the stamp file next to it), as 100,000 commits take a while. The rows
# of verify.list walk the whole history (--full). Then one run of each
# under GNU time gives the peak memory, in BENCH_DIR/verify-mem.tsv
# (label, KB, wall seconds, CPU seconds).
#
# Incremental verify: a copy of the largest history, verified once (which
# keeps its cache: inc-verify(1)), then NEW (100) more commits made by the
# same generator; BENCH_DIR/verify-inc.list times inc-verify on it against
# inc-verify --full, and BENCH_DIR/verify-inc.prepare is the command that
# puts back the cache of the older tip before each run (hyperfine
# --prepare, not timed), so that every run checks the NEW commits. The
# key the cache is signed with is BENCH_DIR/state's (XDG_STATE_HOME).
set -eu
cd "$(dirname "$0")/.."
bin=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}
sizes=${VERIFY_SIZES:-10000 100000}
new=${VERIFY_NEW:-100}
per=1000
export XDG_STATE_HOME="$out/state"
v=$out/verify
mkdir -p "$v"

# events EVENTS [FIRST]: the fast-import stream of events FIRST (0) to
# EVENTS - 1, the first of them on top of main when FIRST is not 0
events() {
	LC_ALL=C awk -v events="$1" -v first="${2:-0}" -v per="$per" '
	# days since 1970-01-01 to YYYY-MM-DD (H. Hinnant, civil_from_days)
	function civil(z,   era, doe, yoe, y, doy, mp, d, m) {
		z += 719468
		era = int(z / 146097)
		doe = z - era * 146097
		yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
		y = yoe + era * 400
		doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
		mp = int((5 * doy + 2) / 153)
		d = doy - int((153 * mp + 2) / 5) + 1
		m = mp < 10 ? mp + 3 : mp - 9
		return sprintf("%04d-%02d-%02d", y + (m <= 2), m, d)
	}
	function stamp(t,   s) {
		s = t % 86400
		return sprintf("%sT%02d:%02d:%02dZ", civil(int(t / 86400)),
		    int(s / 3600), int(s / 60) % 60, s % 60)
	}
	BEGIN {
		split("Ana:ana@example.com:Ricardo Ortiz:ricardo@example.com:Chris Stolt:chris@example.com:Pat Lee:pat@example.com", p, ":")
		for (e = 0; e < events; e++) {
			i = int(e / per); seq = e % per + 1
			open = 1577872800 + i * 86400   # 2020-01-01T10:00:00Z + i days
			if (seq == 1) {
				day = civil(int(open / 86400))
				id = sprintf("%s-1000-verify-%d-aaaaaa", day, i)
				dir = sprintf("incidents/%s/%s/%s", substr(day, 1, 4),
				    substr(day, 6, 2), id)
				text = ""
			}
			if ((seq - 1) % 128 == 0)
				text = ""
			path = sprintf("%s/0000bead-%06d.jsonl", dir, int((seq - 1) / 128) + 1)
			t = open + (seq - 1) * 10
			a = (e % 4) * 2 + 1
			name = p[a]; email = p[a + 1]
			ms = t * 1000            # %x of awk may stop at 32 bits
			eid = sprintf("%04x%08x%016x", int(ms / 4294967296),
			    ms % 4294967296, e)
			at = stamp(t)
			if (seq == 1) {
				title = "Verify history " i
				extra = sprintf("\"state\":\"investigating\",\"title\":\"%s\",", title)
				type = "open"
				msg = sprintf("%s: Incident Investigating: %s\n\n", id, title)
			} else {
				note = sprintf("progress note %d of incident %d from the operations group", seq, i)
				extra = sprintf("\"text\":\"%s\",", note)
				type = "note"
				msg = sprintf("%s: Note: %s\n\n%s\n\n", id, note, note)
			}
			msg = msg sprintf("Incident: %s\nEvent: %s\nEvent-Id: %s\n", id, type, eid)
			text = text sprintf("{\"actor\":{\"email\":\"%s\",\"name\":\"%s\"},\"at\":\"%s\",\"id\":\"%s\",\"incident\":\"%s\",\"recorded_at\":\"%s\",\"seq\":%d,%s\"type\":\"%s\",\"v\":2}\n",
			    email, name, at, eid, id, at, seq, extra, type)
			if (e < first)
				continue
			printf "commit refs/heads/main\nauthor %s <%s> %d +0000\ncommitter %s <%s> %d +0000\ndata %d\n%s", name, email, t, name, email, t, length(msg), msg
			if (e == first && first > 0)
				printf "from refs/heads/main^0\n"
			printf "M 100644 inline %s\ndata %d\n%s\n", path, length(text), text
		}
	}'
}

# history DIR EVENTS
history() {
	stamp="events $2, $per a incident, generator 2"   # bump on a change (2: log version 2)
	if [ -f "$1.stamp" ] && [ "$(cat "$1.stamp")" = "$stamp" ] &&
	    git -C "$1" rev-parse -q --verify HEAD >/dev/null; then
		return 0
	fi
	rm -rf "$1" "$1.stamp"
	git init -q --bare -b main "$1"
	git -C "$1" config inc.writer 0000bead
	events "$2" | git -C "$1" fast-import --quiet
	git -C "$1" gc -q
	printf '%s\n' "$stamp" >"$1.stamp"
}

# grown DIR BASE EVENTS: a copy of BASE (EVENTS events), verified, and its
# cache kept in DIR.cache, then $new more events
grown() {
	stamp="events $3 + $new, $per a incident, generator 2, $(cat "$2.stamp")"
	if [ -f "$1.stamp" ] && [ "$(cat "$1.stamp")" = "$stamp" ] &&
	    [ -s "$1.cache" ] && [ -s "$1.cache-path" ] &&
	    git -C "$1" rev-parse -q --verify HEAD >/dev/null; then
		return 0
	fi
	rm -rf "$1" "$1.stamp" "$1.cache" "$1.cache-path"
	git clone -q --bare "$2" "$1"
	git -C "$1" config inc.writer 0000bead
	"$bin/inc-verify" -C "$1" >/dev/null
	f=$(ls "$1"/incident-cache/verify-*)
	cp "$f" "$1.cache"
	printf '%s\n' "$f" >"$1.cache-path"
	events $(($3 + new)) "$3" | git -C "$1" fast-import --quiet
	printf '%s\n' "$stamp" >"$1.stamp"
}

# commas N: 100000 as 100,000
commas() {
	printf '%s' "$1" | sed -e :a -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/; ta'
}

: >"$out/verify.list"
: >"$out/verify-mem.tsv"
for n in $sizes; do
	history "$v/h$n.git" "$n"
	w=$(commas "$n")
	printf 'inc-verify, %s commits\t%s\n' "$w" "$bin/inc-verify --full -C $v/h$n.git" \
	    >>"$out/verify.list"
	/usr/bin/time -f '%M %e %U %S' -o "$v/mem.one" \
	    "$bin/inc-verify" --full -C "$v/h$n.git" >"$v/h$n.out"
	awk -v l="inc-verify, $w commits" '{ printf "%s\t%s\t%s\t%.2f\n", l, $1, $2, $3 + $4 }' \
	    "$v/mem.one" >>"$out/verify-mem.tsv"
	printf '  %s\n' "$(cat "$v/h$n.out")"
done
awk -F '\t' '{ printf "  %-42s %7d KB peak, %6.2f s, CPU %6.2f s\n", $1, $2, $3, $4 }' \
    "$out/verify-mem.tsv"

# incremental: the largest history, $new commits more
g=$v/h$n-grown.git
grown "$g" "$v/h$n.git" "$n"
w=$(commas "$n")
all=$(commas $((n + new)))
{
	printf 'inc-verify, %s new on %s commits\t%s\n' "$new" "$w" \
	    "$bin/inc-verify -C $g"
	printf 'inc-verify --full, %s commits\t%s\n' "$all" \
	    "$bin/inc-verify --full -C $g"
} >"$out/verify-inc.list"
printf 'cp %s %s\n' "$g.cache" "$(cat "$g.cache-path")" >"$out/verify-inc.prepare"
$(cat "$out/verify-inc.prepare")
printf '  %s\n' "$("$bin/inc-verify" -C "$g" -j)"
