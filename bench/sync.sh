#!/bin/sh
# sync.sh: what syncing costs, against a real git daemon on loopback.
#   sh bench/sync.sh start    a served bare repository, the daemon, and
#                             clones: off/ (inc.autoSync false), on/
#                             (auto-sync, the default), reader/; writes
#                             BENCH_DIR/sync.list, "label<TAB>command"
#                             lines bench/run.sh times interleaved:
#                             a write with auto-sync against the same
#                             write without (the push runs after the
#                             tool's answer, in the background), and a
#                             read that fetches first (the remote up,
#                             nothing new) against the same read without
#   sh bench/sync.sh hundred  inc-sync of 100 new events from one clone
#                             to another (fetch, fast-forward, work tree
#                             and index), and inc-sync with nothing new,
#                             SYNC_RUNS (10) runs each, 100 events made
#                             and pushed before each run: BENCH_DIR/
#                             sync-100.tsv, as run.sh's interleaved makes
#   sh bench/sync.sh stop     the daemon stopped
set -eu
cd "$(dirname "$0")/.."
bin=${BIN:-$PWD/build}
out=${BENCH_DIR:-$PWD/bench/out}
s=$out/sync
tab=$(printf '\t')
export PATH="$bin:$PATH"

case ${1:-} in
start)
	rm -rf "$s"
	mkdir -p "$s/served"
	port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
	git daemon --reuseaddr --enable=receive-pack --base-path="$s/served" \
	    --export-all --listen=127.0.0.1 --port="$port" \
	    --pid-file="$s/daemon.pid" --detach "$s/served"
	url=git://127.0.0.1:$port/team.git
	git init -q --bare -b main "$s/served/team.git"
	git init -q -b main "$s/seed"
	mkdir "$s/seed/incidents"
	: >"$s/seed/incidents/.keep"
	git -C "$s/seed" add incidents
	git -C "$s/seed" commit -q -m incidents
	until git -C "$s/seed" push -q "$url" main 2>/dev/null; do sleep 0.1; done
	for c in off on reader hundred-a hundred-b; do
		git clone -q "$url" "$s/$c"
		git -C "$s/$c" config inc.autoSync false
	done
	git -C "$s/on" config --unset inc.autoSync
	id=$(inc-open -C "$s/off" "Sync bench" 2>/dev/null)
	inc-sync -C "$s/off" -q
	for c in on reader hundred-a hundred-b; do
		inc-sync -C "$s/$c" -q
	done
	# a reader that fetches first: its last fetch made old before each run
	git -C "$s/reader" config --unset inc.autoSync
	tried=$s/reader/.git/incident-fetch-tried
	cat >"$out/sync.list" <<EOF
write, auto-sync off${tab}$bin/inc-note -C $s/off $id x
write, auto-sync on (push in the background)${tab}$bin/inc-note -C $s/on $id x
read, no fetch (auto-sync off)${tab}sh -c 'touch -d "1 minute ago" $tried; exec $bin/inc-ls -C $s/off'
read, fetch first (auto-sync on, remote up)${tab}sh -c 'touch -d "1 minute ago" $tried; exec $bin/inc-ls -C $s/reader'
EOF
	echo "$id" >"$s/id"
	;;
hundred)
	id=$(cat "$s/id")
	runs=${SYNC_RUNS:-10}
	cat >"$s/prepare" <<EOF
seq 100 | sed 's/^/event /' | inc-note -C $s/hundred-a -I $id >/dev/null
inc-sync -C $s/hundred-a -q
EOF
	hyperfine -N --warmup 1 --runs "$runs" --prepare "sh $s/prepare" \
	    -n "inc-sync, 100 new events" "$bin/inc-sync -C $s/hundred-b -q" \
	    --export-json "$out/sync-100.json" >/dev/null
	hyperfine -N --warmup 1 --runs "$runs" \
	    -n "inc-sync, nothing new" "$bin/inc-sync -C $s/hundred-b -q" \
	    --export-json "$out/sync-0.json" >/dev/null
	jq -rs '[.[].results[]] | group_by(.command)[] |
		(map(.times[]) | sort) as $t | ($t | length) as $n |
		($t | add / $n) as $mean |
		[.[0].command,
		 (if $n % 2 == 1 then $t[($n - 1) / 2]
		  else ($t[$n / 2 - 1] + $t[$n / 2]) / 2 end) * 1000,
		 (($t | map((. - $mean) * (. - $mean)) | add) /
		  ([$n - 1, 1] | max) | sqrt) * 1000,
		 $t[0] * 1000, $t[-1] * 1000, $n,
		 (map(.user + .system) | add / length) * 1000] | @tsv' \
	    "$out/sync-100.json" "$out/sync-0.json" >"$out/sync-100.tsv"
	awk -F '\t' '{ printf "  %-40s %6.1f ms, CPU %4.1f ms (%d runs)\n",
		$1, $2, $7, $6 }' "$out/sync-100.tsv"
	;;
stop)
	[ ! -f "$s/daemon.pid" ] || kill "$(cat "$s/daemon.pid")" 2>/dev/null || true
	;;
*)
	echo "usage: sh bench/sync.sh start|hundred|stop" >&2
	exit 2
	;;
esac
