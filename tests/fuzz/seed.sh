#!/bin/sh
# Makes the seed corpora in tests/fuzz/corpus from real logs: incidents
# run with the built tools in a throwaway repository, their ids then
# rewritten to the one incident the targets read (FUZZ_ID in fuzz.h).
#   sh tests/fuzz/seed.sh BINDIR
set -eu
bin=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
fuzz_id=2026-11-23-2130-api-errors-in-eu-7k2m9x
repo=$(mktemp -d)
trap 'rm -rf "$repo"' EXIT
PATH="$bin:$PATH"
export PATH INC_REPO="$repo/r" INC_NO_FSYNC=1 TZ=UTC LC_ALL=C
export INC_NOW=2026-11-23T23:00:00Z
unset INC_ID
git init -q -b main "$INC_REPO"
git -C "$INC_REPO" config user.name "Ricardo Ortiz"
git -C "$INC_REPO" config user.email ricardo@example.com
# quiet, but for why a step failed
q() { "$@" >/dev/null 2>"$repo/err" || { cat "$repo/err" >&2; exit 1; }; }
as() {
	name=$1 email=$2
	shift 2
	GIT_AUTHOR_NAME=$name GIT_AUTHOR_EMAIL=$email q "$@"
}
t() { echo "2026-11-23T$1:00Z"; }

# the README's incident, start to finish, with every kind of event
id=$(inc-open --at "$(t 21:30)" --summary "Elevated 503s from the API in eu-west" \
	"API errors in EU" 2>/dev/null)
q inc-handoff --at "$(t 21:32)" comms "Chris Stolt <chris@example.com>"
q inc-handoff --at "$(t 21:33)" ops:database "Ana Lima <ana@example.com>"
q inc-state --at "$(t 21:35)" -m "error rate above 5% for 10 minutes" confirmed
as "Chris Stolt" chris@example.com inc-status --at "$(t 21:38)" -s identified \
	-i major -p api -p dashboard \
	"API requests in eu-west fail with 503 errors. We are failing over the database. Retrying failed requests is safe."
as "Chris Stolt" chris@example.com inc-status --at "$(t 21:39)" -k "Acme Corp"
as "Chris Stolt" chris@example.com inc-status --at "$(t 21:39)" -T 12
as "Ana Lima" ana@example.com inc-note --at "$(t 21:40)" "primary db at 100% CPU; failing over to the replica"
q inc-state --at "$(t 21:41)" major
q inc-sitrep --at "$(t 21:45)" -b "The API returns 503 for about 30% of requests in eu-west" \
	-i "Customers with apps in eu-west, about 1,200 apps" \
	-d "Failing the primary database over to its replica"
as "Ana Lima" ana@example.com inc-note --at "$(t 22:08)" "failover done; error rate back to normal"
q inc-handoff --at "$(t 22:10)" ops:database -
q inc-handoff --at "$(t 22:11)" ic "Ana Lima <ana@example.com>"
as "Ana Lima" ana@example.com inc-state --at "$(t 22:15)" resolved
as "Ana Lima" ana@example.com inc-postmortem --owner me "$id"
as "Ana Lima" ana@example.com inc-postmortem --action "Alert on replica lag" \
	--owner "Ana Lima" --due 2026-11-20 "$id"
as "Ana Lima" ana@example.com inc-postmortem --action "Runbook | failover" \
	--owner "Chris Stolt" --due 2026-12-15 "$id"
as "Ana Lima" ana@example.com inc-postmortem --done 1 "$id"

dir=$(find "$INC_REPO/incidents" -type d -name "$id")
mkdir -p "$here/corpus/event" "$here/corpus/state" "$here/corpus/render" \
	"$here/corpus/lint"
# the whole log, and the log as it stood after each of a few events
log=$(ls "$dir"/*.jsonl)
for n in 1 3 6 10 13 all; do
	head -n $([ $n = all ] && echo 1000 || echo $n) "$log" | sed "s/$id/$fuzz_id/g" >"$here/corpus/event/demo-$n.jsonl"
done
for n in 6 13 all; do
	cp "$here/corpus/event/demo-$n.jsonl" "$here/corpus/state/"
	cp "$here/corpus/event/demo-$n.jsonl" "$here/corpus/render/"
done
cp "$here/corpus/event/demo-1.jsonl" "$here/corpus/render/"

# a second clone writes its own chunk; a reader gets both
git clone -q "$INC_REPO" "$repo/clone"
git -C "$repo/clone" config user.name "Ana Lima"
git -C "$repo/clone" config user.email ana@example.com
INC_REPO=$repo/clone q inc-note --at "$(t 22:20)" "$id" "replica lag alert drafted"
INC_REPO=$repo/clone q inc-sitrep --at "$(t 22:21)" -F markdown \
	-b "Nothing: resolved" -i "No customer affected now" -d "Writing the post-mortem" "$id"
for f in "$repo"/clone/incidents/*/*/"$id"/*.jsonl; do
	cmp -s "$f" "$log" && continue
	sed "s/$id/$fuzz_id/g" "$f" >"$here/corpus/event/clone.jsonl"
	cat "$here/corpus/event/demo-all.jsonl" "$here/corpus/event/clone.jsonl" \
	    >"$here/corpus/render/merged.jsonl"
done

# customer updates, good and bad, for the rules
for f in 01 05 12 20 33; do
	[ -f "$here/../status-corpus/good/$f.txt" ] &&
	    cp "$here/../status-corpus/good/$f.txt" "$here/corpus/lint/good-$f.txt"
done
for f in 01 05 12 20 33 40; do
	[ -f "$here/../status-corpus/bad/$f.txt" ] &&
	    cp "$here/../status-corpus/bad/$f.txt" "$here/corpus/lint/bad-$f.txt"
done
# a text with names not to blame after it, NUL-separated
printf 'Our provider Acme Cloud broke the network. It will be fixed by 17:00.\0Acme Cloud\0Ana\0' \
	>"$here/corpus/lint/names.txt"
echo "seeds: $(find "$here/corpus" -type f | wc -l) files"
