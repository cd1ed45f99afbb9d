#!/bin/sh
# inc-sitrep: recording, reading and chasing situation reports.
. "$(dirname "$0")/lib.sh"

usage=$(usage_of inc-sitrep)

# the body's three field lines of HEAD's commit
body_fields() {
	git -C "$1" log -1 --format=%b | sed -n 1,3p
}

export INC_NOW=2026-03-02T10:00:00Z
new_repo r
run inc-open -C r --at 2026-03-02T09:00:00Z -m "5xx from the API" \
	"API errors in EU"
id=$out
is "$status" 0 "setup: open at 09:00"

# --- before the first sitrep

fails "--last with no sitrep yet fails cleanly" 1 \
	"inc-sitrep: $id: no sitrep yet" inc-sitrep -C r -l
fails "the first sitrep needs what is being done" 1 \
	"inc-sitrep: what is being done: missing" \
	inc-sitrep -C r -b "API returns 500" -i "EU customers"
fails "the first sitrep needs how widespread" 1 \
	"inc-sitrep: how widespread: missing" \
	inc-sitrep -C r --broken "API returns 500" --doing "Rolling back"
fails "the first sitrep needs what is broken" 1 \
	"inc-sitrep: what is broken: missing" \
	inc-sitrep -C r -i "EU customers" -d "Rolling back"
is "$(commits r)" 1 "a refused sitrep records nothing"

# roles handed out in an order unlike the one printed (before the
# sitrep's time: a sitrep says the roles of its time)
succeeds "setup: ops:routing" inc-handoff -C r --at 2026-03-02T09:05:00Z ops:routing Dana
succeeds "setup: ops" inc-handoff -C r --at 2026-03-02T09:06:00Z ops Bo
succeeds "setup: ops:database" inc-handoff -C r --at 2026-03-02T09:07:00Z ops:database "Ana <ana@example.com>"
succeeds "setup: comms" inc-handoff -C r --at 2026-03-02T09:08:00Z comms "Chris Stolt"
before=$(commits r)

# --- from options

run inc-sitrep -C r --at 2026-03-02T09:20:00Z -b "API returns 500" \
	-i "EU customers, 40% of requests" -d "Rolling back deploy v42"
is "$status" 0 "a sitrep from -b, -i and -d exits 0"
is "$out" "SITREP: API errors in EU
Incident $id, investigating, as of 2026-03-02 09:20 UTC from Ricardo Ortiz

What is broken:
  API returns 500

How widespread:
  EU customers, 40% of requests

What is being done:
  Rolling back deploy v42

Who is working on it:
  IC           Ricardo Ortiz
  Comms        Chris Stolt
  Ops          Bo
  Ops:database Ana
  Ops:routing  Dana" \
	"prints the sitrep, roles in the order IC, Comms, Ops, Ops:NAME"
is "$err" "@all: Sitrep: API returns 500" "announces it on stderr"
is "$(commits r)" $((before + 1)) "the sitrep is one commit"
is "$(git -C r log -1 --format=%s)" "$id: Sitrep: API returns 500" \
	"the commit subject is the announcement"
is "$(body_fields r)" "What is broken: API returns 500
How widespread: EU customers, 40% of requests
What is being done: Rolling back deploy v42" "the commit body has the three fields"
is "$(git -C r log -1 --format='%aI %cI')" \
	"2026-03-02T09:20:00+00:00 2026-03-02T10:00:00+00:00" \
	"authored when it happened (--at), committed when recorded"
is "$(git -C r show --name-only --format= HEAD | wc -l)" 1 \
	"the commit changes one file"
is "$(event_field r "$id" '[.type,.broken,.impact,.doing,.state,.at,(.roles|keys|join(","))]|@tsv')" \
	"sitrep	API returns 500	EU customers, 40% of requests	Rolling back deploy v42	investigating	2026-03-02T09:20:00Z	comms,ic,ops,ops:database,ops:routing" \
	"the raw event reads with jq, with the roles of the moment"

# --- fields left out are carried over

before=$(commits r)
run inc-sitrep -C r --doing "Failing over the database"
is "$status" 0 "only --doing exits 0"
like "$out" "^What is broken:$" "prints the sitrep"
is "$err" "@all: Sitrep: API returns 500" "announces the carried-over Broken"
is "$(commits r)" $((before + 1)) "one more commit"
is "$(body_fields r)" "What is broken: API returns 500
How widespread: EU customers, 40% of requests
What is being done: Failing over the database" \
	"the fields left out come from the previous sitrep"

run inc-sitrep -C r --broken "API returns 503" --impact "EU and US customers"
is "$status:$err" "0:@all: Sitrep: API returns 503" "long options record too"
is "$(body_fields r)" "What is broken: API returns 503
How widespread: EU and US customers
What is being done: Failing over the database" \
	"--broken and --impact recorded, what is being done carried over"

fails "a time in the future is refused" 2 \
	"inc-sitrep: 2026-03-02T11:00:00Z: time is in the future" \
	inc-sitrep -C r --at 2026-03-02T11:00:00Z -d "Later"

# --- from stdin, in the template form

export INC_NOW=2026-03-02T10:05:00Z
cat >in <<'EOF'
# What changed since the last sitrep
Broken: Logins fail for SSO users
Impact: 10% of logins,
all of them on the EU cluster
# Doing: a comment, not a field
Doing: Reverting the IdP config
and paging the vendor
EOF
before=$(commits r)
run inc-sitrep -C r <in
is "$status" 0 "a sitrep from stdin exits 0"
is "$out" "SITREP: API errors in EU
Incident $id, investigating, as of 2026-03-02 10:05 UTC from Ricardo Ortiz

What is broken:
  Logins fail for SSO users

How widespread:
  10% of logins,
  all of them on the EU cluster

What is being done:
  Reverting the IdP config
  and paging the vendor

Who is working on it:
  IC           Ricardo Ortiz
  Comms        Chris Stolt
  Ops          Bo
  Ops:database Ana
  Ops:routing  Dana" "continuation lines belong to their field"
is "$err" "@all: Sitrep: Logins fail for SSO users" "announces it"
is "$(commits r)" $((before + 1)) "one commit"
is "$(event_field r "$id" '[.broken,.impact,.doing]|@json')" \
	'["Logins fail for SSO users","10% of logins,\nall of them on the EU cluster","Reverting the IdP config\nand paging the vendor"]' \
	"comment lines are left out of the fields"

cat >in <<'EOF'
What is broken: Checkout is slow
How widespread: every region
What is being done: Scaling the database
EOF
run inc-sitrep -C r <in
is "$status:$err" "0:@all: Sitrep: Checkout is slow" "the long forms are read"
is "$(body_fields r)" "What is broken: Checkout is slow
How widespread: every region
What is being done: Scaling the database" "the long forms recorded"

printf 'Doing: Adding read replicas\n' >in
run inc-sitrep -C r <in
is "$status" 0 "stdin with one field exits 0"
is "$(event_field r "$id" '[.broken,.impact,.doing]|@tsv')" \
	"Checkout is slow	every region	Adding read replicas" \
	"fields left out of stdin are carried over"

before=$(commits r)
printf 'The API is down\nBroken: API\n' >in
fails "text before the first field is refused" 1 \
	"inc-sitrep: sitrep: text before the first field (start with Broken:, Impact: or Doing:)" \
	inc-sitrep -C r <in
printf 'Broken: a\nImpact: b\nbroken: c\n' >in
fails "a field twice is refused" 1 \
	"inc-sitrep: sitrep: broken: appears twice" inc-sitrep -C r <in
printf 'Doing: a\nWhat is being done: b\n' >in
fails "a field twice, short and long form, is refused" 1 \
	"inc-sitrep: sitrep: what is being done: appears twice" \
	inc-sitrep -C r <in
printf 'Broken:\nImpact: b\n' >in
fails "an empty field is refused" 1 "inc-sitrep: what is broken: empty" \
	inc-sitrep -C r <in
fails "an option given empty is a usage error, as inc-status -k \"\"" 2 \
	"inc-sitrep: --broken: empty" inc-sitrep -C r -b "" -i "all users" -d "x"
fails "--doing likewise" 2 "inc-sitrep: --doing: empty" inc-sitrep -C r -d ""
fails "no field on stdin records nothing" 1 \
	"inc-sitrep: sitrep: no field (Broken:, Impact: or Doing:): nothing recorded" \
	sh -c 'inc-sitrep -C r </dev/null'
is "$(commits r)" "$before" "refused sitreps record nothing"

# blank lines before the first field are not text
printf '# header\n\n\nBroken: Two blank lines first\n' >in
run inc-sitrep -C r <in
is "$status:$err" "0:@all: Sitrep: Two blank lines first" \
	"blank lines before the first field are accepted"

# a channel announcement is one line, as the commit subject is
printf 'Broken: Logins fail\n  for SSO users\n' >in
run inc-sitrep -C r <in
is "$status" 0 "a multi-line Broken is recorded"
is "$(event_field r "$id" .broken)" "Logins fail
for SSO users" "a multi-line Broken is kept whole, its indent dropped"
is "$err" "@all: Sitrep: Logins fail..." \
	"the announcement of a multi-line Broken is its first line"

# put the stored fields back to known one-line values
succeeds "setup: a plain sitrep" inc-sitrep -C r -b "Checkout is slow" \
	-i "every region" -d "Adding read replicas"

# --- from $EDITOR

cat >ed.sh <<EOF
#!/bin/sh
cp "\$1" "$TRASH/template"
sed 's/^Doing: .*/Doing: Restarting the pods/' "\$1" >"\$1.new" &&
mv "\$1.new" "\$1"
EOF
cat >bad-ed.sh <<EOF
#!/bin/sh
sed 's/^Doing: .*/Doing: Never recorded/' "\$1" >"\$1.new" &&
mv "\$1.new" "\$1"
exit 3
EOF
chmod +x ed.sh bad-ed.sh

export INC_NOW=2026-03-02T10:10:00Z
before=$(commits r)
run env EDITOR="$TRASH/ed.sh" inc-sitrep -C r -e
is "$status" 0 "-e runs the editor and exits 0"
is "$(cat template)" "# Sitrep for $id
# Say what is broken, how widespread the impact is and what is
# being done; who is working on it comes from the roles. Indent
# further lines of a field by two spaces. Lines starting with '#'
# are ignored. An empty field, or no field, records nothing.
Broken: Checkout is slow
Impact: every region
Doing: Adding read replicas" "the template is prefilled with the previous sitrep"
is "$err" "@all: Sitrep: Checkout is slow" "announces it"
like "$out" "^  Restarting the pods$" "prints the edited sitrep"
is "$(commits r)" $((before + 1)) "one commit"
is "$(body_fields r)" "What is broken: Checkout is slow
How widespread: every region
What is being done: Restarting the pods" "the edited field is recorded"

run env EDITOR="$TRASH/ed.sh" inc-sitrep -C r --edit -b "Payments fail"
is "$status:$err" "0:@all: Sitrep: Payments fail" "--edit with -b exits 0"
like "$(cat template)" "^Broken: Payments fail$" "options prefill the template"

before=$(commits r)
run env EDITOR="$TRASH/bad-ed.sh" TMPDIR="$TRASH" inc-sitrep -C r -e
kept=$(printf '%s\n' "$err" | sed -n 's/.*the text is kept in //p')
is "$status:$err" "1:inc-sitrep: $TRASH/bad-ed.sh: the editor failed; nothing recorded; the text is kept in $kept" \
	"an editor that fails records nothing, and says where its text is"
like "$(cat "$kept" 2>/dev/null)" "^Doing: Never recorded$" "what it wrote is kept"
is "$(commits r)" "$before" "no commit after a failed editor"
fails "VISUAL comes before EDITOR" 1 \
	"inc-sitrep: false: the editor failed; nothing recorded" \
	env TERM=xterm VISUAL=false EDITOR="$TRASH/ed.sh" inc-sitrep -C r -e

# the editor is chosen and run as git chooses and runs it
mkdir "my editors"
cat >"my editors/ed it.sh" <<EOF
#!/bin/sh
[ "\$1" = --doing ] || exit 9
sed "s/^Doing: .*/Doing: \$2/" "\$3" >"\$3.new" && mv "\$3.new" "\$3"
EOF
chmod +x "my editors/ed it.sh"
run env EDITOR="'$TRASH/my editors/ed it.sh' --doing 'Quoted editor'" \
	inc-sitrep -C r -e
is "$status:$(event_field r "$id" .doing)" "0:Quoted editor" \
	"an EDITOR with quotes, spaces and arguments runs as git runs it"
run env TERM=xterm GIT_EDITOR="'$TRASH/my editors/ed it.sh' --doing Git" \
	VISUAL=false EDITOR=false inc-sitrep -C r -e
is "$status:$(event_field r "$id" .doing)" "0:Git" \
	"GIT_EDITOR comes before VISUAL and EDITOR"
git -C r config core.editor "'$TRASH/my editors/ed it.sh' --doing Core"
run env TERM=xterm VISUAL=false EDITOR=false inc-sitrep -C r -e
is "$status:$(event_field r "$id" .doing)" "0:Core" \
	"core.editor comes before VISUAL and EDITOR"
git -C r config --unset core.editor
run env TERM=dumb VISUAL=false \
	EDITOR="'$TRASH/my editors/ed it.sh' --doing Dumb" inc-sitrep -C r -e
is "$status:$(event_field r "$id" .doing)" "0:Dumb" \
	"on a dumb terminal VISUAL is not used, as in git"
before=$(commits r)
fails "the editor : leaves the template as it is" 1 \
	"inc-sitrep: sitrep: the template was saved unchanged: nothing recorded" \
	env EDITOR=: inc-sitrep -C r -e
fails "a dumb terminal and no EDITOR" 1 \
	"inc-sitrep: no editor: the terminal is dumb and EDITOR is not set" \
	env TERM=dumb VISUAL=vi inc-sitrep -C r -e
is "$(commits r)" "$before" "no commit without an edit"

# an unchanged template records the same sitrep, '#' lines of a field too
succeeds "setup: a field with a line starting with a hash mark" inc-sitrep -C r \
	-b "Jobs stuck" -i "all queues" -d "Draining
#2 pool first"
before=$(commits r)
printf '#!/bin/sh\ncp "$1" "%s/template"\n' "$TRASH" >keep.sh
chmod +x keep.sh
fails "a template saved unchanged records nothing" 1 \
	"inc-sitrep: sitrep: the template was saved unchanged: nothing recorded" \
	env EDITOR="$TRASH/keep.sh" inc-sitrep -C r -e
is "$(commits r)" "$before" "no commit for an unchanged template"
cat >impact.sh <<EOF
#!/bin/sh
cp "\$1" "$TRASH/template"
sed 's/^Impact: .*/Impact: all queues, still/' "\$1" >"\$1.new" && mv "\$1.new" "\$1"
EOF
chmod +x impact.sh
run env EDITOR="$TRASH/impact.sh" inc-sitrep -C r -e
is "$status" 0 "a template with one field changed exits 0"
is "$(event_field r "$id" .doing)" "Draining
#2 pool first" "an unchanged template keeps a field's lines starting with a hash mark"
like "$(cat template)" "^  #2 pool first$" "the template indents a field's further lines"
succeeds "setup: a plain sitrep again" inc-sitrep -C r -b "Checkout is slow" \
	-i "every region" -d "Adding read replicas"

# --- formats and --last

before=$(commits r)
run inc-sitrep -C r --last
is "$status:$err" "0:" "--last exits 0 quietly"
is "$out" "SITREP: API errors in EU
Incident $id, investigating, as of 2026-03-02 10:10 UTC from Ricardo Ortiz

What is broken:
  Checkout is slow

How widespread:
  every region

What is being done:
  Adding read replicas

Who is working on it:
  IC           Ricardo Ortiz
  Comms        Chris Stolt
  Ops          Bo
  Ops:database Ana
  Ops:routing  Dana" "--last prints the newest sitrep"
is "$(commits r)" "$before" "--last records nothing"

run inc-sitrep -C r -l --format markdown
is "$status" 0 "--format markdown exits 0"
is "$out" "## Sitrep: API errors in EU

Incident \`$id\`, investigating, as of 2026-03-02 10:10 UTC from Ricardo Ortiz

**What is broken:**

Checkout is slow

**How widespread:**

every region

**What is being done:**

Adding read replicas

**Who is working on it:**

- IC: Ricardo Ortiz
- Comms: Chris Stolt
- Ops: Bo
- Ops:database: Ana
- Ops:routing: Dana" "the Markdown sitrep"

run inc-sitrep -C r -l --format json
is "$status" 0 "--format json exits 0"
json=$out
is "$(printf '%s\n' "$json" | wc -l | tr -d ' '):$(printf '%s\n' "$json" | jq -s length)" 1:1 "one JSON value on one line"
is "$(printf '%s\n' "$json" | jq -r '[.type,.title,.incident,.broken,.impact,.doing,.state,.at,.roles.ic.person.name,.roles["ops:routing"].person.name]|@tsv')" \
	"sitrep	API errors in EU	$id	Checkout is slow	every region	Adding read replicas	investigating	2026-03-02T10:10:00Z	Ricardo Ortiz	Dana" \
	"the JSON sitrep reads with jq"
run inc-sitrep -C r -l -j
is "$status:$out" "0:$json" "-j is --format json"
run inc-sitrep -C r -F json -b "Checkout is down"
is "$status:$err" "0:@all: Sitrep: Checkout is down" "recording with -F json exits 0"
is "$(printf '%s\n' "$out" | jq -r '[.broken,.impact]|@tsv')" \
	"Checkout is down	every region" "recording with -F json prints the new sitrep"
is "$(commits r)" $((before + 1)) "and records it"

fails "an unknown format is refused" 2 \
	"inc-sitrep: bogus: invalid format (use text, markdown or json)" \
	inc-sitrep -C r -l -F bogus
fails "--last with a field is a usage error" 2 \
	"inc-sitrep: --due and --last record nothing: no fields, --edit or --at
$usage" inc-sitrep -C r -l -b x
fails "--last with --due is a usage error" 2 \
	"inc-sitrep: --due and --last cannot be combined
$usage" inc-sitrep -C r -l --due
fails "--due with an incident is a usage error" 2 \
	"inc-sitrep: --due takes no incident
$usage" inc-sitrep -C r --due "$id"
is "$(commits r)" $((before + 1)) "usage errors record nothing"

# every sitrep is one commit whose body has the three fields
n=$(cat r/incidents/*/*/"$id"/*.jsonl | jq -s '[.[]|select(.type=="sitrep")]|length')
is "$(git -C r log --format=%b --grep='^Event: sitrep$' | grep -c '^What is broken: ')" \
	"$n" "as many sitrep commits with What is broken as sitrep events"
is "$(git -C r log --format=%b --grep='^Event: sitrep$' | grep -c '^How widespread: ')" \
	"$n" "each has How widespread"
is "$(git -C r log --format=%b --grep='^Event: sitrep$' | grep -c '^What is being done: ')" \
	"$n" "each has What is being done"
fsck_clean "fsck is clean" r

# --- --due

new_repo d
export INC_NOW=2026-03-02T12:00:00Z
run inc-open -C d --at 2026-03-02T10:00:00Z "Search slow"
a=$out
run inc-open -C d --at 2026-03-02T10:05:00Z -S major "Checkout down"
b=$out
run inc-open -C d --at 2026-03-02T08:00:00Z "Old blip"
c=$out
succeeds "setup: the old one resolved" inc-state -C d --at 2026-03-02T08:30:00Z "$c" resolved

run env INC_NOW=2026-03-02T10:34:59Z inc-sitrep -C d --due
is "$status:$out:$err" "0::" "nothing due: exit 0, no output"
run env INC_NOW=2026-03-02T10:35:00Z inc-sitrep -C d --due
is "$status" 1 "a sitrep due exits 1"
is "$out" "$b  major  sitrep overdue by 0s" \
	"a major incident is due 30 minutes after opening"
run env INC_NOW=2026-03-02T10:59:59Z inc-sitrep -C d --due
is "$out" "$b  major  sitrep overdue by 24m" \
	"an investigating one is not due before 60 minutes"
run env INC_NOW=2026-03-02T11:00:00Z inc-sitrep -C d --due
is "$status" 1 "two due exit 1"
is "$out" "$a  investigating  sitrep overdue by 0s
$b  major  sitrep overdue by 25m" \
	"an investigating incident is due after 60 minutes; resolved ones never"
run env INC_NOW=2026-03-02T12:15:00Z inc-sitrep -C d --due
is "$out" "$a  investigating  sitrep overdue by 1h15m
$b  major  sitrep overdue by 1h40m" "hours and minutes"

run env INC_NOW=2026-03-02T11:00:00Z inc-sitrep -C d --due --json
is "$status" 1 "--due --json exits 1 when due"
is "$(printf '%s\n' "$out" | jq -s -r 'length')" 2 "one JSON row each"
is "$(printf '%s\n' "$out" | jq -s -r '.[]|[.incident,.state,.due_at,.overdue_seconds,(.last_sitrep_at|tostring)]|@tsv')" \
	"$a	investigating	2026-03-02T11:00:00Z	0	null
$b	major	2026-03-02T10:35:00Z	1500	null" "the rows read with jq"

run env INC_NOW=2026-03-02T11:00:00Z inc-sitrep -C d "$b" -b "Checkout down" \
	-i "everyone" -d "Restarting"
is "$status" 0 "setup: a sitrep for the major one at 11:00"
run env INC_NOW=2026-03-02T11:29:59Z inc-sitrep -C d --due
is "$out" "$a  investigating  sitrep overdue by 29m" \
	"a sitrep pushes the next one 30 minutes later"
run env INC_NOW=2026-03-02T11:30:00Z inc-sitrep -C d -j --due
is "$(printf '%s\n' "$out" | jq -s -r '.[1]|[.incident,.due_at,.last_sitrep_at,.overdue_seconds]|@tsv')" \
	"$b	2026-03-02T11:30:00Z	2026-03-02T11:00:00Z	0" \
	"--due --json names the last sitrep"

git -C d config inc.sitrepInterval 15
run env INC_NOW=2026-03-02T10:14:59Z inc-sitrep -C d --due
is "$status:$out" "0:" "inc.sitrepInterval 15: not due before 15 minutes"
run env INC_NOW=2026-03-02T10:15:00Z inc-sitrep -C d --due
is "$status:$out" "1:$a  investigating  sitrep overdue by 0s" \
	"inc.sitrepInterval 15: due after 15 minutes, major ones unchanged"
# "20m" is twenty minutes, as -E takes it: git's size suffix made it
# twenty binary mega-minutes, forty years, and the sitrep never due
git -C d config inc.sitrepInterval 20m
run env INC_NOW=2026-03-02T10:20:00Z inc-sitrep -C d --due
is "$status:$out" "1:$a  investigating  sitrep overdue by 0s" \
	"inc.sitrepInterval 20m: due after 20 minutes"
git -C d config inc.sitrepInterval 1h30m
run env INC_NOW=2026-03-02T11:29:59Z inc-sitrep -C d --due
is "$status:$out" "0:" "inc.sitrepInterval 1h30m: not due before 90 minutes"
for bad in 8d 20k 90s soon; do
	git -C d config inc.sitrepInterval $bad
	run env INC_NOW=2026-03-02T11:00:00Z inc-sitrep -C d --due
	is "$status:$out:$err" "1:$a  investigating  sitrep overdue by 0s:inc-sitrep: warning: inc.sitrepInterval: not a number of minutes from 1 to 10080, nor an interval from 1m to 7d (such as 30m, 2h) (using 60 minutes)" \
		"inc.sitrepInterval $bad: warned of, the default used"
done
git -C d config --unset inc.sitrepInterval

run env INC_NOW=2026-03-02T12:00:00Z inc-state -C d --at 2026-03-02T11:50:00Z "$a" resolved
is "$status" 0 "setup: resolve the investigating one"
run env INC_NOW=2026-03-02T13:00:00Z inc-sitrep -C d --due
is "$out" "$b  major  sitrep overdue by 1h30m" "a resolved incident is never due"
fsck_clean "fsck is clean (due)" d

# a sitrep backfilled with --at does not make the next one due earlier
new_repo bf
run inc-open -C bf --at 2026-03-02T09:00:00Z "Backfill"
succeeds "setup: a sitrep at 11:00" inc-sitrep -C bf --at 2026-03-02T11:00:00Z \
	-b "B" -i "I" -d "D"
succeeds "setup: one backfilled at 10:00" inc-sitrep -C bf \
	--at 2026-03-02T10:00:00Z -d "D earlier"
run env INC_NOW=2026-03-02T11:30:00Z inc-sitrep -C bf --due
is "$status:$out" "0:" \
	"the next sitrep is due an hour after the latest one, not the last recorded"
run inc-sitrep -C bf --last
like "$out" "^  D$" "--last shows the latest by time"
run inc-sitrep -C bf --at 2026-03-02T10:30:00Z -b "Backfilled B"
like "$out" "^  Backfilled B$" "a backfilled sitrep prints what was recorded"
like "$out" "as of 2026-03-02 10:30 UTC" "as of its own time"
# sent at 14:00, recorded from notes after the hand-over and the
# resolution: the state and roles of 14:00, not of when it was recorded
new_repo bs
bsid=$(inc-open -C bs --at 2019-07-02T13:46:00Z "Global 502 errors" 2>/dev/null)
inc-state -C bs --at 2019-07-02T13:48:00Z "$bsid" major >/dev/null 2>&1
inc-handoff -C bs --at 2019-07-02T14:03:00Z "$bsid" ic "John Graham-Cumming, Jr. <jgc@example.com>" >/dev/null 2>&1
as "John Graham-Cumming, Jr." jgc@example.com inc-state -C bs --at 2019-07-02T15:12:00Z "$bsid" resolved >/dev/null 2>&1
succeeds "setup: a sitrep of 14:00 recorded after" inc-sitrep -C bs --at 2019-07-02T14:00:00Z \
	-b "All proxied HTTP returns 502" -i "every customer" -d "a global WAF kill" "$bsid"
is "$(event_field bs "$bsid" '[.state, .roles.ic.person.name] | @tsv')" "major	Ricardo Ortiz" \
	"a backfilled sitrep has the state and IC of its time"

# a field whose text holds a line that looks like a key survives the editor
succeeds "setup: a field with a key-like line" inc-sitrep -C bf \
	-b "$(printf 'Two things\nImpact: on the queue too')" -i "I" -d "D"
run env EDITOR="$TRASH/impact.sh" inc-sitrep -C bf -e
is "$status:$(event_field bf "$(inc-ls -C bf -j | jq -r .incident)" .broken)" "0:Two things
Impact: on the queue too" "an indented key-like line stays in its field"

done_testing
