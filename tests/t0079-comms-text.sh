#!/bin/sh
# What Communications writes: never lost to a mistake the tool could
# have said first (the text is kept, or the mistake said before it is
# typed), never an incident id posted for an update, and said as
# customers read it; and who may set the updates' cadence, said right.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z
new_repo r
id=$(inc-open -C r --at 2026-11-23T11:00:00Z "Copilot errors" 2>/dev/null)
git -C r config --add inc.component Copilot
git -C r config --add inc.component API

# -e: a wrong incident or component is said before the editor opens
cat >ed.sh <<EOF
#!/bin/sh
echo ran >>"$TRASH/ran"
echo "Copilot Chat returns errors for some users. We are investigating." >"\$1"
EOF
chmod +x ed.sh
before=$(commits r)
fails "-e with no such incident fails before the editor opens" 1 \
	"inc-status: nosuchid: no such incident (-e takes the incident only: the update is written in the editor)" \
	env EDITOR="$TRASH/ed.sh" TMPDIR="$TRASH" inc-status -C r -e nosuchid
is "$(cat ran 2>/dev/null)" "" "the editor never opened: nothing was typed to lose"
fails "-e with a component not declared fails before the editor opens" 2 \
	"inc-status: Copilot Chat: unknown component (use Copilot or API)" \
	env EDITOR="$TRASH/ed.sh" TMPDIR="$TRASH" inc-status -C r -e -p "Copilot Chat"
is "$(cat ran 2>/dev/null)" "" "nor here"
is "$(commits r)" "$before" "nothing recorded"
run env EDITOR="$TRASH/ed.sh" TMPDIR="$TRASH" inc-status -C r -e -p copilot "$id"
is "$status:$(cat ran)" "0:ran" "with the incident and component right, it is written and recorded"
is "$(event_field r "$id" '[.type, .components[0], .message] | join("|")')" \
	"status|Copilot|Copilot Chat returns errors for some users. We are investigating." \
	"the update as written, its component as declared, read with jq"

# the editor's text that cannot be read back (too long, a NUL byte) is
# kept in its file, not removed with it
cat >edlong.sh <<'EOF'
#!/bin/sh
i=0
while [ $i -lt 700 ]; do
	printf '%s' "Copilot Chat users may see errors. We are investigating. There is no workaround yet. Next update in 30 minutes. "
	i=$((i + 1))
done >"$1"
EOF
printf '#!/bin/sh\nprintf "Copilot Chat fails.\\000 We are investigating." >"$1"\n' >ednul.sh
chmod +x edlong.sh ednul.sh
before=$(commits r)
run env EDITOR="$TRASH/edlong.sh" TMPDIR="$TRASH" inc-status -C r -e
kept=$(printf '%s\n' "$err" | sed -n 's/.*the text is kept in //p')
is "$status:$err" "1:inc-status: text: too long (more than 65536 bytes); nothing recorded; the text is kept in $TRASH/${kept##*/}" \
	"an update too long from the editor: the file it is in is kept, its path said"
is "$(wc -c <"$kept" 2>/dev/null | tr -d ' ')" 78400 "with all that was written in it"
run env EDITOR="$TRASH/ednul.sh" TMPDIR="$TRASH" inc-status -C r -e
kept=$(printf '%s\n' "$err" | sed -n 's/.*the text is kept in //p')
is "$status:$err" "1:inc-status: text: contains a NUL byte; nothing recorded; the text is kept in $TRASH/${kept##*/}" \
	"a NUL byte from the editor: likewise"
is "$(tr -d '\000' <"$kept" 2>/dev/null)" "Copilot Chat fails. We are investigating." "the text is in it"
run env EDITOR="$TRASH/edlong.sh" TMPDIR="$TRASH" inc-sitrep -C r -e
kept=$(printf '%s\n' "$err" | sed -n 's/.*the text is kept in //p')
is "$status:$(wc -c <"$kept" 2>/dev/null | tr -d ' ')" "1:78400" "a sitrep written too long is kept too"
is "$(commits r)" "$before" "none of them recorded"
rm -f "$TRASH"/inc-edit-*

# an update piped in (-) that is not recorded is kept: the program that
# wrote it may not have it any more
rm -f "$TRASH"/inc-status-*
before=$(commits r)
printf '%s\n' "Copilot Chat fails for some users. We are rolling back; it will be fixed by 15:00 UTC." >eta.txt
run sh -c "cat eta.txt | TMPDIR='$TRASH' inc-status -C r -"
kept=$(printf '%s\n' "$err" | sed -n 's/^inc-status: the update is kept in //p')
is "$status:$(printf '%s\n' "$err" | tail -n 2)" "1:inc-status: $id: refused by 1 finding: nothing recorded (--force records it anyway, findings kept)
inc-status: the update is kept in $TRASH/${kept##*/}" \
	"a piped update refused: its last line says where it is kept"
is "$(cat "$kept" 2>/dev/null)" "$(cat eta.txt)" "word for word"
run sh -c "cat eta.txt | TMPDIR='$TRASH' inc-status -C r nosuchid -"
kept=$(printf '%s\n' "$err" | sed -n 's/^inc-status: the update is kept in //p')
is "$status:$(cat "$kept" 2>/dev/null)" "1:$(cat eta.txt)" "no such incident: kept too"
run sh -c "cat eta.txt | TMPDIR='$TRASH' inc-status -C r -p nope -"
kept=$(printf '%s\n' "$err" | sed -n 's/^inc-status: the update is kept in //p')
is "$status:$(cat "$kept" 2>/dev/null)" "2:$(cat eta.txt)" "an undeclared component: kept too"
is "$(commits r)" "$before" "none recorded"
rm -f "$TRASH"/inc-status-*
sed 's/; it will be fixed by 15:00 UTC//' eta.txt >fixed.txt
run sh -c "TMPDIR='$TRASH' inc-status -C r - <fixed.txt"
is "$status:$(ls "$TRASH" | grep -c '^inc-status-')" "0:0" "recorded: nothing kept"
is "$(event_field r "$id" .message)" "$(cat fixed.txt)" "the fixed update, read with jq"
printf 'Copilot \033[31mfails\033[0m. We are investigating.\n' >esc.txt
fails "a piped update with an escape is refused as it is" 1 \
	"inc-status: update: contains a control character" \
	env TMPDIR="$TRASH" inc-status -C r -f - <esc.txt
is "$(ls "$TRASH" | grep -c '^inc-status-')" 0 "and written nowhere"

# a maintenance notice piped in (-) is the notice, not a "-"
m=$(inc-open -C r "Storage upgrade" 2>/dev/null)
printf '%s\n' "Git pushes will be unavailable for up to two hours." >notice.txt
run inc-status -C r --maintenance scheduled --from "2026-11-25 02:00" \
	--until "2026-11-25 04:00" "$m" - <notice.txt
is "$status:$err" "0:@all: Maintenance (Scheduled, from 2026-11-25 02:00 UTC, until 2026-11-25 04:00 UTC): Git pushes will be unavailable for up to two hours." \
	"--maintenance reads - from standard input"
is "$(event_field r "$m" '[.type, .message] | join("|")')" \
	"maintenance|Git pushes will be unavailable for up to two hours." "the notice as written, read with jq"
rm -f "$TRASH"/inc-status-*
run sh -c "cat notice.txt | TMPDIR='$TRASH' inc-status -C r --maintenance scheduled --from '2026-11-25 05:00' --until '2026-11-25 06:00' nosuchid -"
kept=$(printf '%s\n' "$err" | sed -n 's/^inc-status: the update is kept in //p')
is "$status:$(cat "$kept" 2>/dev/null)" "1:$(cat notice.txt)" "not recorded: kept, as an update is"

# a sitrep written in the editor, or piped, that is not recorded (a
# field left empty) is kept whole, not lost with the error
rm -f "$TRASH"/inc-sitrep-*
printf '#!/bin/sh\nprintf "Broken: Copilot Chat fails for 6%%%% of users\\nImpact:\\nDoing: routing requests away\\n" >"$1"\n' >edsit.sh
chmod +x edsit.sh
before=$(commits r)
run env EDITOR="$TRASH/edsit.sh" TMPDIR="$TRASH" inc-sitrep -C r -e "$id"
kept=$(printf '%s\n' "$err" | sed -n 's/^inc-sitrep: the sitrep is kept in //p')
is "$status:$err" "1:inc-sitrep: how widespread: empty
inc-sitrep: the sitrep is kept in $TRASH/${kept##*/}" "an edited sitrep with a field left empty: kept, its path said"
is "$(cat "$kept" 2>/dev/null)" "Broken: Copilot Chat fails for 6% of users
Impact:
Doing: routing requests away" "all of it, as written"
printf 'Broken: Copilot Chat fails\nImpact: 6%% of users\nDoing: routing requests away\n' >sitrep.txt
run sh -c "sed 's/^Impact: .*/Impact:/' sitrep.txt | TMPDIR='$TRASH' inc-sitrep -C r '$id'"
kept=$(printf '%s\n' "$err" | sed -n 's/^inc-sitrep: the sitrep is kept in //p')
is "$status:$(cat "$kept" 2>/dev/null)" "1:$(sed 's/^Impact: .*/Impact:/' sitrep.txt)" "a piped one likewise"
is "$(commits r)" "$before" "neither recorded"
rm -f "$TRASH"/inc-sitrep-*
run sh -c "TMPDIR='$TRASH' inc-sitrep -C r '$id' <sitrep.txt"
is "$status:$(ls "$TRASH" | grep -c '^inc-sitrep-')" "0:0" "recorded: nothing kept"
is "$(event_field r "$id" '[.type, .impact] | join("|")')" "sitrep|6% of users" "the sitrep, read with jq"

# a file redirected still holds the text: it is not copied
rm -f "$TRASH"/inc-status-* "$TRASH"/inc-sitrep-*
run env TMPDIR="$TRASH" inc-status -C r "$id" - <eta.txt
is "$status:$(printf '%s\n' "$err" | tail -n 1)" \
	"1:inc-status: $id: refused by 1 finding: nothing recorded (--force records it anyway, findings kept)" \
	"an update refused from a file: the refusal is the last line"
sed 's/^Impact: .*/Impact:/' sitrep.txt >sitrep-empty.txt
fails "a sitrep refused from a file" 1 "inc-sitrep: how widespread: empty" \
	env TMPDIR="$TRASH" inc-sitrep -C r "$id" <sitrep-empty.txt
is "$(ls "$TRASH" | grep -c '^inc-s')" 0 "neither copied"

# piped into "inc-status ID" without -, the id is the only operand: it
# is no update for customers to read
new_repo one
oid=$(inc-open -C one "Checkout fails" 2>/dev/null)
before=$(commits one)
fails "a lone incident id is no update" 2 "inc-status: $oid: an incident id, not an update: give the update after it, or - to read it from standard input
$(usage_of inc-status)" sh -c "echo 'Checkout fails for some shops.' | inc-status -C one '$oid'"
fails "nor a prefix of one" 2 "inc-status: ${oid%-*}: an incident id, not an update: give the update after it, or - to read it from standard input
$(usage_of inc-status)" inc-status -C one "${oid%-*}"
fails "nor after the id, or with --incident" 2 "inc-status: $oid: an incident id, not an update: give the update after it, or - to read it from standard input
$(usage_of inc-status)" inc-status -C one --incident "$oid" "$oid"
fails "nor as a maintenance notice" 2 "inc-status: $oid: an incident id, not an update: give the update after it, or - to read it from standard input
$(usage_of inc-status)" inc-status -C one --maintenance in_progress "$oid"
# "inc-status checkout", typed to see the incident as inc-state shows it:
# a lone word naming an incident as an id operand would is no update
fails "a lone word that is part of an id is no update" 2 "inc-status: checkout-fails: names the incident $oid, not an update: give the update after it, or - to read it from standard input
$(usage_of inc-status)" inc-status -C one checkout-fails
fails "nor a unique prefix short of the date" 2 "inc-status: 2026-11: names the incident $oid, not an update: give the update after it, or - to read it from standard input
$(usage_of inc-status)" inc-status -C one 2026-11
fails "nor as a maintenance notice" 2 "inc-status: fails: names the incident $oid, not a notice: give the notice after it, or - to read it from standard input
$(usage_of inc-status)" inc-status -C one --maintenance in_progress fails
is "$(commits one)" "$before" "nothing recorded"
run inc-status -C one Investigating
is "$status:$(event_field one "$oid" .message)" "0:Investigating" \
	"a one-word update that names no incident is recorded, read with jq"
run inc-status -C one "$oid" checkout
is "$status:$(event_field one "$oid" .message)" "0:checkout" \
	"and one that does, after the incident's id"
before=$(commits one)
run inc-status -C one "2026-11-23 12:00 UTC: checkout fails for some shops. We are rolling back."
is "$status:$(event_field one "$oid" .message)" "0:2026-11-23 12:00 UTC: checkout fails for some shops. We are rolling back." \
	"an update that starts with a date is an update"
fails "piped without -, the update is said missing, and how to give it" 2 \
	"inc-status: missing update text (give it as operands, or - to read it from standard input)
$(usage_of inc-status)" sh -c "echo 'Checkout fails.' | inc-status -C one"

# an impact of none is said as the status page says it: not at all
new_repo n
nid=$(inc-open -C n "API errors" 2>/dev/null)
run inc-status -C n -i none -p API "The API works normally again. We are watching it. Next update in 30 minutes."
is "$status:$out" "0:API errors
Investigating - The API works normally again. We are watching it. Next update in 30 minutes.
This affects: API
Posted 2026-11-23 12:00 UTC" "-i none: no \"(none impact)\" in the update customers read"
run inc-status -C n -i none "The API works normally again. We are still watching it. Next update in 30 minutes."
is "$(printf '%s\n' "$out" | sed -n 3p)" "Posted 2026-11-23 12:00 UTC" "nor without a component"
is "$(event_field n "$nid" .impact)" "none" "the impact is recorded all the same, read with jq"
inc-publish -C n -q site
is "$(jq -r '.incidents[0].impact' site/api/v2/incidents.json)" "none" "and published"

# inc-note likewise: the id piped past is no note
before=$(commits one)
fails "a note that is only an incident id" 2 "inc-note: $oid: an incident id, not a note: give the note after it, or - to read it from standard input
$(usage_of inc-note)" sh -c "echo 'failing over the primary' | inc-note -C one '$oid'"
is "$(commits one)" "$before" "no note recorded"
run sh -c "echo 'failing over the primary' | inc-note -C one '$oid' -"
is "$status:$(event_field one "$oid" '[.type, .text] | join("|")')" "0:note|failing over the primary" \
	"with -, the piped note, read with jq"

# the customer updates' cadence is the IC's or comms': a refusal names both
inc-handoff -C one "$oid" comms "Ana Lima <ana@example.com>" >/dev/null
fails "-E by neither: the refusal names the IC and comms" 1 \
	"inc-status: $oid: only the incident commander (Ricardo Ortiz) or comms (Ana Lima) can set the customer updates' cadence; --force overrides and is recorded" \
	as "Bo Chen" bo@example.com inc-status -C one -E 15m "$oid"
run as "Ana Lima" ana@example.com inc-status -C one -E 15m "$oid"
is "$status:$out" "0:@all: Customer updates every 15m" "comms sets it, as said"
fails "the sitreps' cadence stays the IC's alone" 1 \
	"inc-sitrep: $oid: only the incident commander (Ricardo Ortiz) can set its cadence; --force overrides and is recorded" \
	as "Ana Lima" ana@example.com inc-sitrep -C one -E 15m "$oid"

# inc-postmortem -e: a post-mortem written and then not recorded (here a
# detached HEAD) is kept, its path said
new_repo pm
pmid=$(inc-open -C pm --at 2026-11-23T11:00:00Z "Primary lost" 2>/dev/null)
printf '#!/bin/sh\nprintf "We lost the primary database for 40 minutes.\\n" >"$1"\n' >pm-ed.sh
chmod +x pm-ed.sh
git -C pm checkout -q --detach
mkdir pmkeep
run env EDITOR="$TRASH/pm-ed.sh" TMPDIR="$TRASH/pmkeep" inc-postmortem -C pm -e "$pmid"
kept=$(ls pmkeep/inc-postmortem-* 2>/dev/null)
is "$status:$err" "1:inc-postmortem: pm: HEAD is detached: check out a branch
inc-postmortem: the post-mortem is kept in $TRASH/$kept" \
	"inc-postmortem -e not recorded: the post-mortem is kept, its path said"
is "$(cat "$kept" 2>/dev/null)" "We lost the primary database for 40 minutes." \
	"with what was typed"

done_testing
