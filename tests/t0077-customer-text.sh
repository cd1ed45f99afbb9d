#!/bin/sh
# Real customer text through the customer-facing tools: accents, right-to-
# left scripts, emoji, long lines; what a new user of the status tools meets.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z
new_repo r
id=$(inc-open -C r --at 2026-11-23T11:00:00Z "انقطاع في لوحة التحكم" 2>/dev/null)

# An announcement is cut at 100 bytes: at a character, never inside one,
# so the event's hooks and commit get UTF-8 and the tool says it recorded
# what it recorded (a cut sequence failed after the commit: "out of memory",
# exit 1, and a retry posted the update twice).
arabic="لوحة التحكم غير متاحة. نحن نحقق في المشكلة. التحديث التالي خلال 30 دقيقة."
before=$(commits r)
run inc-status -C r -f "$arabic"
is "$status" 0 "an Arabic update whose announcement is cut is recorded, exit 0"
is "$(printf '%s\n' "$err" | tail -n 1)" "@all: Customer update (Investigating): لوحة التحكم غير متاحة. نحن نحقق في المشكلة. التحديث الت..." \
	"its announcement is cut before the character at byte 100"
is "$(commits r)" $((before + 1)) "one commit"
git -C r log -1 --format=%s >subject
if iconv -f UTF-8 -t UTF-8 subject >/dev/null 2>&1; then
	ok "the commit subject is UTF-8"
else
	not_ok "the commit subject is UTF-8"
fi
e="a$(printf 'é%.0s' 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49 50 51 52 53 54 55 56 57 58 59 60)"
run inc-note -C r "$e"
is "$status:$out" "0:Note: a$(printf 'é%.0s' 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 27 28 29 30 31 32 33 34 35 36 37 38 39 40 41 42 43 44 45 46 47 48 49)..." \
	"a note of accented letters after one ASCII byte is cut at a character"
# a hook gets the announcement whole
git config --global inc.hook.seen 'printf "%s" "$INC_ANNOUNCEMENT" >"$HOME/seen"'
run inc-note -C r "$e"
is "$status" 0 "with a hook, recorded"
is "$(cat "$HOME/seen")" "$out" "the hook got the announcement"
git config --global --unset inc.hook.seen

# --incident names the maintenance's incident as it names an update's, with
# several active; every operand is then the text
m1=$(inc-open -C r --at 2026-11-23T11:10:00Z "Database maintenance, Zürich" 2>/dev/null)
m2=$(inc-open -C r --at 2026-11-23T11:20:00Z "Network maintenance" 2>/dev/null)
before=$(commits r)
run inc-status -C r --maintenance scheduled --from "2026-11-25 02:00" \
	--until "2026-11-25 04:00" -p api --incident "$m1" We will upgrade the database.
is "$status:$err" "0:@all: Maintenance (Scheduled): We will upgrade the database." \
	"--maintenance with --incident, three incidents active: recorded"
is "$(commits r)" $((before + 1)) "one commit"
is "$(event_field r "$m1" '[.type, .status, .message] | join(" ")')" \
	"maintenance scheduled We will upgrade the database." "in the incident named"
fails "--maintenance without an incident, several active: said" 1 \
	"inc-status: 3 active incidents: name one (inc-ls lists them)" \
	inc-status -C r --maintenance in_progress "Started."

# -e: a refused update says so as every error is said, "prog: subject:
# reason", and the editor opens again on it; given back unchanged, kept
cat >editor <<'EOS'
#!/bin/sh
printf 'API requests fail for José, Jr. in Zürich. We are rolling back a deploy and it will be back in 10 minutes.\n' >"$1"
EOS
chmod +x editor
before=$(commits r)
run env EDITOR="$PWD/editor" inc-status -C r -e --incident "$id"
is "$status" 1 "-e, refused and given back unchanged: exit 1"
is "$(printf '%s\n' "$err" | grep -v '^inc-status: advice: ' | sed 's/inc-status-.*/inc-status-XXXXXX/')" \
"inc-status: refused: eta: \"will be back in 10 minutes\": say what is being done and when the next update will come, not when it will be fixed
inc-status: $id: refused by 1 finding: nothing recorded (--force records it anyway, findings kept)
inc-status: the update is kept in ${TMPDIR:-/tmp}/inc-status-XXXXXX" \
	"each line of it is \"inc-status: ...\""
is "$(commits r)" "$before" "nothing recorded"

# a maintenance and an incident stay apart: what the site would not
# publish is refused, not recorded and lost
before=$(commits r)
fails "an incident with customer updates takes no maintenance event" 1 \
	"inc-status: $id: has customer updates: a maintenance is an incident of its own (inc-open one)" \
	inc-status -C r --maintenance in_progress --incident "$id" "Started."
fails "a maintenance takes no customer update" 1 \
	"inc-status: $m1: a scheduled maintenance: its updates are inc-status --maintenance, and a problem during it is an incident of its own (inc-open one)" \
	inc-status -C r -f --incident "$m1" "Checkout fails. We are rolling back. Next update in 30 minutes."
is "$(commits r)" "$before" "neither recorded"
mkdir site
inc-publish -C r -q site
is "$(jq -r '[.scheduled_maintenances[].id] | join(" ")' site/api/v2/scheduled-maintenances.json)" \
	"$m1" "the site has the one maintenance"
is "$(jq -r '[.incidents[].id] | join(" ")' site/api/v2/incidents.json)" \
	"$id" "and the incident, with its updates"

# a name in the team's components that no component can have is said and
# left out: the updates and the site go on (it stopped both, with a
# garbled "inc.component: inc.component: t name has no comma")
new_repo t
mkdir t/incidents
printf '{"components": ["API", "Billing, EU", "Paiements (Zürich)"]}\n' >t/incidents/settings.json
git -C t add incidents && git -C t commit -q -m settings
tid=$(inc-open -C t "Checkout errors" 2>/dev/null)
run inc-status -C t -p "paiements (zürich)" "Checkout fails for some cards. We are rolling back a deploy. Retrying is safe. Next update in 30 minutes."
is "$status" 0 "an update is recorded despite the bad name"
is "$(event_field t "$tid" '.components | join(",")')" "Paiements (Zürich)" "as declared"
fails "the bad name is no component" 2 \
	"inc-status: Billing, EU: a component name has no comma" \
	inc-status -C t -p "Billing, EU" "Billing fails."
run inc-publish -C t -q tsite
is "$status:$err" "0:inc-publish: warning: inc.component: Billing, EU: a component name has no comma (ignored)" \
	"the site is published, the bad name said once"
is "$(jq -r '[.components[].name] | join(";")' tsite/api/v2/components.json)" "API;Paiements (Zürich)" \
	"with the other components"

# a scheduled window that has already ended is a usage error (a typo in
# its date), not an "upcoming" maintenance on the site
before=$(commits r)
m3=$(inc-open -C r "Past window" 2>/dev/null)
before=$(commits r)
fails "--maintenance scheduled, its window over" 2 "inc-status: --until has passed: a scheduled window is ahead
$(usage_of inc-status)" \
	inc-status -C r --maintenance scheduled --from "2026-11-22 02:00" --until "2026-11-22 04:00" --incident "$m3" "Upgrade."
is "$(commits r)" "$before" "nothing recorded"
succeeds "a window that ends later, though it began" inc-status -C r --maintenance scheduled \
	--from "2026-11-23 11:00" --until "2026-11-23 13:00" --incident "$m3" "Upgrade."

# an empty directory operand (a crontab's variable left unset) is a usage
# error, as a missing one is
fails "inc-publish ''" 2 "inc-publish: directory: empty
$(usage_of inc-publish)" inc-publish -C r ""

# a maintenance begun with no window announced: the page invents no end
m4=$(inc-open -C r --at 2026-11-23T11:50:00Z "Rack move" 2>/dev/null)
succeeds "begun unannounced" inc-status -C r --at 2026-11-23T11:55:00Z \
	--maintenance in_progress --incident "$m4" "Moving the rack has begun."
run inc-publish -C r -q begun
like "$(cat begun/index.html)" '<p class="window">Begun <time datetime="2026-11-23T11:55:00Z">2026-11-23 11:55 UTC</time>, with no window announced.</p>' \
	"the page says when it began, and no window"

done_testing
