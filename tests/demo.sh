#!/bin/sh
# A short real incident, start to finish, in a demo repository: what a
# responder types and what they see, with times backfilled by --at as
# from notes taken during the incident. Run by `make demo`; CI runs it too.
set -eu
bin=$(cd "$(dirname "$0")/.." && pwd)/build
demo=${1:-$bin/demo}
PATH="$bin:$PATH"
export PATH
rm -rf "$demo" "$demo-status"
git init -q -b main "$demo"
git -C "$demo" config user.name "Ricardo Ortiz"
git -C "$demo" config user.email ricardo@example.com
export INC_REPO="$demo"
unset INC_ID

exec 2>&1 # announcements in order with the rest

# show CMD...: the command as one would type it, quoted where needed
show() {
	printf '\n$'
	for a in "$@"; do
		case $a in
		*[!A-Za-z0-9_:./=-]*) printf " '%s'" "$a" ;;
		*) printf ' %s' "$a" ;;
		esac
	done
}
step() {
	show "$@"
	echo
	"$@"
}
as() {
	name=$1 email=$2
	shift 2
	show "$@"
	printf '   # as %s\n' "$name"
	GIT_AUTHOR_NAME=$name GIT_AUTHOR_EMAIL=$email "$@"
}

printf '# A demo repository: %s\n' "$demo"
printf '\n$ id=$(inc-open --at -50m --message "Elevated 503s from the API in eu-west" "API errors in EU")\n'
id=$(inc-open --at -50m --message "Elevated 503s from the API in eu-west" "API errors in EU")
echo "$id"
step inc-handoff --at -48m comms "Chris Stolt <chris@example.com>"
step inc-handoff --at -47m ops:database "Ana Lima <ana@example.com>"
step inc-state --at -45m confirmed
as "Chris Stolt" chris@example.com inc-status --at -42m -s identified -i major -p api \
	"API requests in eu-west fail with 503 errors. We are failing over the database and it will be back up in 30 minutes." ||
	echo "(refused: nothing recorded)"
as "Chris Stolt" chris@example.com inc-status --at -41m -s identified -i major -p api \
	"API requests in eu-west fail with 503 errors. We are failing over the database. Retrying failed requests is safe."
as "Chris Stolt" chris@example.com inc-publish "$demo-status"
as "Ana Lima" ana@example.com inc-note --at -40m "primary db at 100% CPU; failing over to the replica"
step inc-sitrep --at -35m --broken "The API returns 503 for about 30% of requests in eu-west" \
	--impact "Customers with apps in eu-west, about 1,200 apps" \
	--doing "Failing the primary database over to its replica"
as "Ana Lima" ana@example.com inc-note --at -12m "failover done; error rate back to normal"
step inc-handoff --at -10m ic "Ana Lima <ana@example.com>"
as "Ana Lima" ana@example.com inc-state --at -5m resolved
as "Ana Lima" ana@example.com inc-postmortem --owner me "$id"
as "Ana Lima" ana@example.com inc-postmortem --action "Alert on replica lag" \
	--owner "Ana Lima" --by 2026-12-15 "$id"
step inc-state "$id"
step inc-ls --all
step inc-log "$id"
printf '\n$ git log --format="%%h %%an: %%s"\n'
git -C "$demo" log --format="%h %an: %s"
printf '\n$ inc-postmortem %s | head -n 12\n' "$id"
inc-postmortem "$id" | head -n 12
printf '\nThe repository is kept: INC_REPO=%s inc-ls --all\n' "$demo"
printf 'The status page customers read: %s/index.html\n' "$demo-status"
