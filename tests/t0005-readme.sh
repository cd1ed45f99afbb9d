#!/bin/sh
# The README's walkthrough runs as written: each "$ " command of it, in
# one shell, from a fresh home, with the built tools on PATH. What it
# shows after a command is what the command prints (stdout and stderr),
# line by line, ids and clock times aside; a command shown refusing
# ("nothing recorded") exits 1, any other 0.
. "$(dirname "$0")/lib.sh"

# the clock pinned where the walkthrough's ids and dates put it
export INC_NOW=2026-11-23T21:30:00Z INC_NO_FSYNC=1
mkdir bin
cat >bin/mail <<'MAIL'
#!/bin/sh
cat >>"$TRASH/mailed"
MAIL
chmod +x bin/mail
PATH=$TRASH/bin:$PATH

# walkthrough SECTION DIR: each "$ " command of the README's SECTION into
# DIR/N.cmd, what follows it into DIR/N.want; all run as one script (so
# that cd, export and $id carry from one to the next), from a fresh shell
# whose /tmp is this test's; then each checked
walkthrough() {
	dir=$1
	mkdir "$dir"
	awk -v dir="$dir" -v section="## $2" '
		/^## / { on = ($0 == section); next }
		!on { next }
		/^    \$ / { n++; cmd = dir "/" n ".cmd"; want = dir "/" n ".want"
			printf "" >want; line = substr($0, 7); cont = 1 }
		/^    / && !/^    \$ / && cont { line = substr($0, 5) }
		/^    / && cont == 1 {
			print line >cmd
			cont = line ~ /\\$/ ? 1 : 2
			next }
		/^    / && cont == 2 { print substr($0, 5) >want; next }
		{ cont = 0 }
		END { print n >(dir "/count") }' "$SRC/README.md"
	count=$(cat "$dir/count")
	for f in "$dir"/*.cmd "$dir"/*.want; do
		sed -e "s|/tmp/|$TRASH/tmp/|g" -e "s|/tmp |$TRASH/tmp |g" "$f" \
		    >"$f.new" && mv "$f.new" "$f"
	done
	like "$count" "^[1-9][0-9]*$" "$2: the walkthrough has commands ($count)"
	# with a third argument, the clock moves a minute a command, so that
	# events made apart on two clones are ordered as the story tells
	i=1
	while [ "$i" -le "$count" ]; do
		[ -n "${3:-}" ] && printf 'export INC_NOW=2026-11-23T%02d:%02d:00Z\n' \
		    $((21 + (30 + i) / 60)) $(((30 + i) % 60))
		printf '{\n%s\n} >"$W/%s.out" 2>&1 </dev/null; echo $? >"$W/%s.status"\n' \
		    "$(cat "$dir/$i.cmd")" "$i" "$i"
		i=$((i + 1))
	done >"$dir.sh"
	run env W="$TRASH/$dir" TRASH="$TRASH" sh "$dir.sh"
	is "$status" 0 "$2: the walkthrough runs to its end"
	i=1
	while [ "$i" -le "$count" ]; do
		cmd=$(head -n 1 "$dir/$i.cmd")
		want=0
		grep -q 'nothing recorded' "$dir/$i.want" && want=1
		is "$(cat "$dir/$i.status")" "$want" "exit $want: $cmd"
		case $cmd in
		"git log"* | "git shortlog"*)
			# the review: commit hashes and a page of history, not shown
			i=$((i + 1))
			continue ;;
		esac
		if [ "$(wc -l <"$dir/$i.out")" = "$(wc -l <"$dir/$i.want")" ] &&
		    pattern "$dir/$i.want" "${3:-}" | paste -d '\n' - "$dir/$i.out" |
		    awk 'NR % 2 { re = "^" $0 "$"; next } $0 !~ re { bad = 1 }
			END { exit bad }'; then
			ok "what it shows: $cmd"
		else
			not_ok "what it shows: $cmd"
			diag "shown:" "$(cat "$dir/$i.want")" "printed:" "$(cat "$dir/$i.out")"
		fi
		i=$((i + 1))
	done
}

# FILE's lines shown, as EREs (no intervals: mawk has none): ids and clock
# times may differ, and with a second argument, ages too
pattern() {
	sed -e 's/[][\.*^$+?(){}|/]/\\&/g' \
	    -e 's/2026-11-23-2130-\([a-z0-9-]*\)-[a-z0-9]\{6\}/2026-11-23-21[0-9][0-9]-\1-[a-z0-9]+/g' \
	    -e 's/[0-9][0-9]:[0-9][0-9]/[0-9][0-9]:[0-9][0-9]/g' "$1" |
	if [ -n "${2:-}" ]; then
		# its width too: the column is right-aligned
		sed 's/  *[0-9][0-9dhms]*[smh]  /  *[0-9dhms]+  /g'
	else
		cat
	fi
}

mkdir tmp
walkthrough walk "A five-minute walkthrough"
walkthrough walk2 "Two responders, two laptops" tick
is "$(git -C tmp/team.git show main:incidents/settings.json | jq -c '[.page_name, .components]'):$(git -C tmp/bo show main:incidents/settings.json | jq -c '[.page_name, .components]')" \
	'["Acme Status",["Checkout","API"]]:["Acme Status",["Checkout","API"]]' \
	"the settings Ana set from her bare clone are the team's and Bo's"
like "$(cat mailed)" "The API returns 503 for 30% of requests in eu-west" \
	"the sitrep went to mail"
is "$(git -C home/incidents log -1 --format=%an --grep='Incident Resolved')" \
	"Ana Lima" "Ana resolved it, as herself"
like "$(cat home/postmortem.md)" "Alert on replica lag" \
	"the post-mortem draft has the action"
is "$(git -C home/incidents status --porcelain -uno)" "" "the work tree is clean"
ls tmp/status/index.html >/dev/null 2>&1 && ok "the status site is written" ||
	not_ok "the status site is written"
done_testing
