#!/bin/sh
# Convergence: six clones of one repository on a real git server on
# loopback (five with a work tree, one bare) append to one incident at
# once, with auto-sync on, readers fetching, and inc-sync run in a random
# order; for a while the server is down and every clone works offline.
# At the end every clone has every acknowledged event, each once, the
# same picture, and git fsck --strict and inc-verify pass everywhere.
. "$(dirname "$0")/lib.sh"
. "$SRC/tests/daemon.sh"

git config --global --unset inc.autoSync # the default: on
SEED=${SEED:-$(od -An -N2 -tu2 /dev/urandom | tr -d ' ')}
diag "seed $SEED (SEED=$SEED sh $0 to run it again)"
CLONES="c1 c2 c3 c4 c5 c6"
ROUNDS=3
WRITES=4

daemon_start || exit 1
served team
git clone -q "$URL/team.git" c1
id=$(inc-open -C c1 "Payments failing")
inc-sync -C c1 -q
for c in c2 c3 c4 c5; do
	git clone -q "$URL/team.git" $c
done
git clone -q --bare "$URL/team.git" c6
: >acked

# random N: a number from 0 to N-1, from the seed
rnd=$SEED
random() {
	rnd=$(( (rnd * 1103515245 + 12345) % 2147483648 ))
	echo $(( (rnd / 65536) % $1 ))
}

# writer CLONE ROUND: notes, a sitrep, readers and syncs, in an order of
# its own; each note acknowledged is kept in acked.CLONE
writer() {
	_c=$1 _r=$2 _k=0 _n=$3
	while [ $_k -lt $WRITES ]; do
		_k=$((_k + 1))
		_text="$_c round $_r note $_k"
		if out=$(inc-note -C "$_c" "$id" "$_text") &&
		    [ "$out" = "Note: $_text" ]; then
			echo "$_text" >>"acked.$_c"
		fi
		case $(( (_n + _k) % 4 )) in
		0) inc-sync -C "$_c" -q 2>/dev/null ;;
		1) inc-ls -C "$_c" >/dev/null 2>&1 ;;
		2) inc-state -C "$_c" -j "$id" >/dev/null 2>&1 ;;
		esac
	done
}

round=0
while [ $round -lt $ROUNDS ]; do
	round=$((round + 1))
	if [ $round -eq 2 ]; then
		daemon_stop # everyone offline for this round
	fi
	pids=
	for c in $CLONES; do
		writer $c $round "$(random 4)" &
		pids="$pids $!"
	done
	# inc-sync in a random order meanwhile, some of them together
	for c in $CLONES; do
		pick=c$(( $(random 6) + 1 ))
		inc-sync -C $pick -q 2>/dev/null &
		pids="$pids $!"
	done
	for p in $pids; do
		wait "$p"
	done
	if [ $round -eq 2 ]; then
		# offline, each write still succeeded at once
		n=$(cat acked.* | grep -c "round 2")
		is "$n" $(( 6 * WRITES )) "offline, every clone recorded every note"
		daemon_start
	fi
done

# all online again: let the background syncs finish, then sync everyone
# twice, in a random order each time
for c in $CLONES; do
	settle $c
done
for pass in 1 2; do
	order=$(for c in $CLONES; do echo "$(random 1000) $c"; done |
	    sort -n | cut -d' ' -f2)
	for c in $order; do
		run inc-sync -C $c -q
		[ "$status" -eq 0 ] || diag "pass $pass: $c: $status $err"
	done
done
for c in $CLONES; do
	settle $c
done
# the last clone to push pushed everything; everyone takes it
for c in $CLONES; do
	inc-sync -C $c -q
done

cat acked.* | sort >acked
is "$(wc -l <acked | tr -d ' ')" $(( 6 * ROUNDS * WRITES )) \
    "every note was acknowledged"
tip=$(git -C "$SERVED/team.git" rev-parse main)
for c in $CLONES; do
	is "$(git -C $c rev-parse HEAD)" "$tip" "$c is at the server's tip"
	inc-log -C $c -j "$id" >log.$c
	jq -r 'select(.type == "note") | .text' log.$c | sort >notes.$c
	is "$(comm -3 acked notes.$c)" "" "$c has every acknowledged note, and no other"
	is "$(jq -r .id log.$c | sort | uniq -d)" "" "$c has no event twice"
	INC_NOW=2030-01-01T00:00:00Z inc-state -C $c -j "$id" 2>/dev/null |
	    jq -S 'del(.fetched_at, .unpushed)' >state.$c
	is "$(inc-state -C $c -j "$id" | jq .unpushed)" 0 \
	    "$c has nothing left to push"
	fsck_clean "$c: git fsck --strict is clean" $c
	succeeds "$c: inc-verify is clean" inc-verify -C $c
	case $c in
	c6) ;;
	*) is "$(git -C $c status --porcelain)" "" "$c: work tree and index clean" ;;
	esac
done
for c in $CLONES; do
	cmp -s state.c1 state.$c && ok "$c shows the same picture as c1" ||
	    { not_ok "$c shows the same picture as c1"
	      diag "$(diff state.c1 state.$c)"; }
done

done_testing
