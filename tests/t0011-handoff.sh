#!/bin/sh
# inc-handoff: handing roles over and releasing them, and who may do it.
. "$(dirname "$0")/lib.sh"

# first TEXT: its first line (a hand-off's announcement; its briefing
# for the incoming holder follows)
first() {
	printf '%s\n' "$1" | head -n 1
}

export INC_NOW=2026-11-23T12:00:00Z

usage=$(usage_of inc-handoff)
invalid_role='invalid role (use ic, comms, ops or ops:NAME)'

new_repo r
run inc-open -C r -t 2026-11-23T11:00:00Z "API errors in EU"
id=$out
is "$status" 0 "setup: open an incident at 11:00"

# --- assigning roles ---
c0=$(commits r)
run inc-handoff -C r -t 2026-11-23T11:10:00Z comms "Chris Stolt"
is "$status:$out:$err" "0:@all: Comms -> Chris Stolt:" "comms: announced"
is "$(commits r)" $((c0 + 1)) "a handoff is one commit"
is "$(git -C r log -1 --format=%s)" "$id: Comms -> Chris Stolt" \
	"the commit subject is the announcement"
is "$(git -C r log -1 --format='%(trailers:key=Event,valueonly)' | head -1)" handoff \
	"the Event trailer says handoff"
is "$(event_field r "$id" '[.type, .role, .person.name, (.person.email // "-"), .at,
    .actor.name] | @tsv')" \
	"handoff	comms	Chris Stolt	-	2026-11-23T11:10:00Z	Ricardo Ortiz" \
	"the event: role, person, no email, when"
run inc-handoff -C r -t 2026-11-23T11:20:00Z OPS:Database "X Ray"
is "$status:$out" "0:@all: Ops:database -> X Ray" "OPS:Database: announced as Ops:database"
is "$(event_field r "$id" .role)" ops:database "the role is stored in lowercase"
run inc-handoff -C r -t 2026-11-23T11:25:00Z Ops Yan
is "$status:$out" "0:@all: Ops -> Yan" "ops: announced"
is "$(event_field r "$id" .role)" ops "Ops is stored as ops"
run inc-handoff -C r -t 2026-11-23T11:30:00Z ops:routing me
is "$status:$out" "0:@all: Ops:routing -> Ricardo Ortiz" "me is the responder"
is "$(event_field r "$id" '[.person.name, .person.email] | @tsv')" \
	"Ricardo Ortiz	ricardo@example.com" "me records name and email"
run inc-handoff -C r "$id" ops:db-2 "Zoe"
is "$status:$out" "0:@all: Ops:db-2 -> Zoe" "with three operands the first is the incident"
run inc-handoff -C r ops:abcdefghijabcdefghijabcdefghijab "Zoe"
is "$status" 0 "an ops group name of 32 characters"

run inc-state -C r
is "$(printf '%s\n' "$out" | sed -n '4,10p')" \
"IC                                   Ricardo Ortiz (since 2026-11-23 11:00 UTC)
Comms                                Chris Stolt (since 2026-11-23 11:10 UTC)
Ops                                  Yan (since 2026-11-23 11:25 UTC)
Ops:abcdefghijabcdefghijabcdefghijab Zoe (since 2026-11-23 12:00 UTC)
Ops:database                         X Ray (since 2026-11-23 11:20 UTC)
Ops:db-2                             Zoe (since 2026-11-23 12:00 UTC)
Ops:routing                          Ricardo Ortiz (since 2026-11-23 11:30 UTC)" \
	"the picture lists the holders, command first, aligned to the longest role, with since"
run inc-state -C r --json
is "$(printf '%s\n' "$out" | jq -r '.roles | to_entries | map("\(.key)=\(.value.person.name)<\(.value.person.email // "")>@\(.value.since_at)") | .[]')" \
"comms=Chris Stolt<>@2026-11-23T11:10:00Z
ic=Ricardo Ortiz<ricardo@example.com>@2026-11-23T11:00:00Z
ops=Yan<>@2026-11-23T11:25:00Z
ops:abcdefghijabcdefghijabcdefghijab=Zoe<>@2026-11-23T12:00:00Z
ops:database=X Ray<>@2026-11-23T11:20:00Z
ops:db-2=Zoe<>@2026-11-23T12:00:00Z
ops:routing=Ricardo Ortiz<ricardo@example.com>@2026-11-23T11:30:00Z" \
	"--json roles: holder, email and since"

# --- "Name <email>" ---
run inc-handoff -C r ops:edge "Eve Adams <eve@example.com>"
is "$status:$out" "0:@all: Ops:edge -> Eve Adams" \
	"Name <email> is announced with the name only"
is "$(event_field r "$id" '[.person.name, .person.email] | @tsv')" \
	"Eve Adams	eve@example.com" "the event has person and email"
run inc-state -C r --json
is "$(printf '%s\n' "$out" | jq -r '.roles["ops:edge"].person | [.name, .email] | @tsv')" \
	"Eve Adams	eve@example.com" "--json roles carry the email"
fails "the holder again is refused" 1 \
	"inc-handoff: $id: Chris Stolt already holds comms" \
	inc-handoff -C r comms "Chris Stolt"
for bad in "<chris@example.com>" "Chris <>" "Chris <a b>" "Chris <<c@x>" \
    "Chris c@x>" "Chris <c@x> Jr"; do
	fails "a malformed person: $bad" 2 \
		"inc-handoff: person: $bad: use a name or \"Name <email>\"" \
		inc-handoff -C r ops:web "$bad"
done
fails "an empty person" 2 "inc-handoff: person: empty" \
	inc-handoff -C r ops:web ""
fails "a person with a newline" 2 \
	"inc-handoff: person: contains a control character" \
	inc-handoff -C r ops:web "$(printf 'Eve\nIC -> Eve')"
fails "a person with an escape" 2 \
	"inc-handoff: person: contains a control character" \
	inc-handoff -C r ops:web "$(printf 'Eve\033[2J')"

# --- releasing ---
c0=$(commits r)
run inc-handoff -C r COMMS -
is "$status:$out:$err" "0:@all: Comms -> nobody:" "- releases a role"
is "$(event_field r "$id" '[.role, (.person | tostring)] | @tsv')" "comms	null" \
	"the release event has person null"
run inc-state -C r --json
is "$(printf '%s\n' "$out" | jq -r '.roles | has("comms")')" false \
	"a released role is gone from the picture"
fails "releasing an unheld role" 1 "inc-handoff: $id: nobody holds comms" \
	inc-handoff -C r comms -
fails "releasing a role never held" 1 "inc-handoff: $id: nobody holds ops:web" \
	inc-handoff -C r ops:web -
fails "IC cannot be released" 2 \
	"inc-handoff: ic: command cannot be released: hand it to someone" \
	inc-handoff -C r ic -
fails "IC cannot be released, in capitals" 2 \
	"inc-handoff: ic: command cannot be released: hand it to someone" \
	inc-handoff -C r IC -
is "$(commits r)" $((c0 + 1)) "refused releases commit nothing"

# --- invalid roles ---
c0=$(commits r)
for bad in ops: ops:../x boss ops:-x ops:a/b "ops:a b" ops:ab_c "" \
    ops:abcdefghijabcdefghijabcdefghijabc "comms:x" "ic:x"; do
	fails "an invalid role: '$bad'" 2 "inc-handoff: $bad: $invalid_role" \
		inc-handoff -C r "$bad" Zed
done
fails "a role with an escape" 2 "inc-handoff: ops:a\\x1b[2J: $invalid_role" \
	inc-handoff -C r "$(printf 'ops:a\033[2J')" Zed
fails "a role with a newline" 2 "inc-handoff: ops\\nic: $invalid_role" \
	inc-handoff -C r "$(printf 'ops\nic')" Zed
is "$(commits r)" "$c0" "invalid roles commit nothing"
fails "a missing person" 2 "inc-handoff: missing person
$usage" inc-handoff -C r comms
fails "no operands" 2 "inc-handoff: missing role and person
$usage" inc-handoff -C r
fails "too many operands" 2 "inc-handoff: too many operands
$usage" inc-handoff -C r "$id" comms Zed extra

# --- who may hand over what ---
run inc-handoff -C r comms "Chris Stolt <chris@example.com>"
c0=$(commits r)
fails "a non-IC cannot hand over command" 1 \
	"inc-handoff: $id: only the incident commander (Ricardo Ortiz) can hand over command; --force overrides and is recorded" \
	as "Ana Lopez" ana@example.com inc-handoff -C r ic me
fails "a non-IC cannot assign roles" 1 \
	"inc-handoff: $id: only the incident commander (Ricardo Ortiz) can assign roles; --force overrides and is recorded" \
	as "Ana Lopez" ana@example.com inc-handoff -C r ops:web me
fails "a role holder cannot assign another role" 1 \
	"inc-handoff: $id: only the incident commander (Ricardo Ortiz) can assign roles; --force overrides and is recorded" \
	as "Chris Stolt" chris@example.com inc-handoff -C r ops:web me
is "$(commits r)" "$c0" "refused handoffs commit nothing"
run as "Christopher" CHRIS@Example.com inc-handoff -C r comms "Dana <dana@example.com>"
is "$status:$(first "$out")" "0:@all: Comms -> Dana" \
	"the comms holder (matched by email) passes comms on"
is "$(event_field r "$id" '[.actor.name, (.force // "-")] | @tsv')" \
	"Christopher	-" "recorded as the holder's own, not forced"
run as "D. Scully" dana@example.com inc-handoff -C r comms -
is "$status:$out" "0:@all: Comms -> nobody" "the holder may release their own role"
run as "Ana Lopez" ana@example.com inc-handoff -C r --force ops:web me
is "$status:$out" "0:@all: Ops:web -> Ana Lopez" "--force lets a non-IC assign a role"
is "$(event_field r "$id" '[.force, .actor.name, .person.name] | @tsv')" \
	"true	Ana Lopez	Ana Lopez" "the forced handoff is recorded as forced"

# --- handing over command ---
c0=$(commits r)
run inc-handoff -C r ic Ana
is "$status:$(first "$out"):$err" "0:@all: IC -> Ana:" "the IC hands over command"
fails "the old IC can no longer change the state" 1 \
	"inc-state: $id: only the incident commander (Ana) can change its state; --force overrides and is recorded" \
	inc-state -C r 2
fails "the old IC can no longer hand over command" 1 \
	"inc-handoff: $id: only the incident commander (Ana) can hand over command; --force overrides and is recorded" \
	inc-handoff -C r ic me
fails "a name that merely starts like the IC's is not the IC" 1 \
	"inc-state: $id: only the incident commander (Ana) can change its state; --force overrides and is recorded" \
	as Anatoly anatoly@example.com inc-state -C r 2
run as "Ana Lopez" ana@example.com inc-state -C r 2
is "$status:$out" "0:@all: Incident Confirmed" \
	"the new IC, matched by the local part of the email, changes the state"

run as "Ana Lopez" ana@example.com inc-handoff -C r ic "Bob Smith"
is "$status:$(first "$out")" "0:@all: IC -> Bob Smith" "the new IC hands command on"
run as "bob smith" robert@example.org inc-state -C r major
is "$status:$out" "0:@all: Major Incident" "the IC matched by name, ignoring case"
fails "the previous IC is refused" 1 \
	"inc-state: $id: only the incident commander (Bob Smith) can change its state; --force overrides and is recorded" \
	as "Ana Lopez" ana@example.com inc-state -C r 2

run as "Bob Smith" robert@example.org inc-handoff -C r ic "Carol <Carol@Example.com>"
is "$status:$(first "$out")" "0:@all: IC -> Carol" "command to Name <email>"
run as "C. Jones" carol@example.com inc-state -C r 2
is "$status:$out" "0:@all: Incident Confirmed" "the IC matched by email, ignoring case"
run as "C. Jones" carol@example.com inc-handoff -C r ic "Ricardo Ortiz <ricardo@example.com>"
is "$status:$(first "$out")" "0:@all: IC -> Ricardo Ortiz" "command comes back"
is "$(commits r)" $((c0 + 7)) "each handoff and state change is one commit"

c0=$(commits r)
fails "handing command to its holder spelled in lower case is refused" 1 \
	"inc-handoff: $id: ricardo ortiz already holds ic" inc-handoff -C r ic "ricardo ortiz"
is "$(commits r)" "$c0" "and commits nothing"
run inc-handoff -C r ic "Ricardo Ortiz <ricardo@example.com>"
fails "handing command to its holder is refused" 1 \
	"inc-handoff: $id: Ricardo Ortiz already holds ic" \
	inc-handoff -C r ic me

run as "Ana Lopez" ana@example.com inc-handoff -C r -f ic me
is "$status:$(first "$out")" "0:@all: IC -> Ana Lopez" "--force takes command"
is "$(event_field r "$id" '[.role, .person.name, .person.email, .force, .actor.name] | @tsv')" \
	"ic	Ana Lopez	ana@example.com	true	Ana Lopez" "taking command by force is recorded"
fails "an email whose local part only starts the IC's name is not the IC" 1 \
	"inc-state: $id: only the incident commander (Ana Lopez) can change its state; --force overrides and is recorded" \
	as "A. N. Other" ana@other.example.com inc-state -C r 3
run inc-log -C r
is "$(printf '%s\n' "$out" | tail -1)" \
	"2026-11-23 12:00:00  Ana Lopez  IC -> Ana Lopez [forced]" \
	"the log shows it was forced"
run inc-state -C r
like "$(printf '%s\n' "$out" | sed -n 4p)" \
	"^IC +Ana Lopez \\(since 2026-11-23 12:00 UTC\\)$" "the picture shows the new IC"

is "$(git -C r status --porcelain)" "" "the work tree stays clean"
fsck_clean "fsck is clean" r

# names are the same in any case, in the scripts names are written in
new_repo u
uid=$(inc-open -C u "Names" 2>/dev/null)
inc-handoff -C u "$uid" comms "Jörg Müller" >/dev/null
fails "MÜLLER is Müller" 1 "inc-handoff: $uid: JÖRG MÜLLER already holds comms" \
	inc-handoff -C u "$uid" comms "JÖRG MÜLLER"
inc-handoff -C u "$uid" ops "Дмитрий Петров" >/dev/null
fails "ДМИТРИЙ is Дмитрий" 1 "inc-handoff: $uid: дмитрий петров already holds ops" \
	inc-handoff -C u "$uid" ops "дмитрий петров"

# José typed precomposed (NFC) or as e and a combining acute (NFD), as
# some systems and pasted text spell it, is one person
nfc=$(printf 'Jos\303\251 Pe\303\261a') nfd=$(printf 'Jose\314\201 Pen\314\203a')
new_repo j
jid=$(inc-open -C j "Accents" 2>/dev/null)
inc-handoff -C j "$jid" ic "$nfc" >/dev/null
run as "$nfd" jose@example.com inc-state -C j "$jid" confirmed
is "$status:$out:$err" "0:@all: Incident Confirmed:" "José in NFD is the IC named in NFC"
fails "José in NFD already holds command, held in NFC" 1 \
	"inc-handoff: $jid: $nfd already holds ic" \
	as "$nfd" jose@example.com inc-handoff -C j "$jid" ic "$nfd"
run inc-verify -C j
is "$status:$err" "0:" "inc-verify takes José in NFD for the IC named in NFC"

# a name as a script or a mail client gives it: blanks around it, or the
# double quotes around a name with a comma, are not part of it
run inc-handoff -C u "$uid" ic "Bo Chen "
is "$status:$(first "$out")" "0:@all: IC -> Bo Chen" "a trailing blank is no part of the name"
run as "Bo Chen" bo@example.com inc-state -C u "$uid" confirmed
is "$status:$out:$err" "0:@all: Incident Confirmed:" "so Bo Chen is the IC"
run as "Bo Chen" bo@example.com inc-handoff -C u "$uid" ic '"Chen, Bo" <bo@example.com>'
is "$(event_field u "$uid" '[.person.name, .person.email] | @tsv')" \
	"Chen, Bo	bo@example.com" "a quoted name is kept without its quotes"
fails "a name of dots alone is no name" 2 \
	"inc-handoff: person: ...: a name needs a letter or a digit" \
	as "Chen, Bo" bo@example.com inc-handoff -C u "$uid" comms "..."
fails "nor one of punctuation alone, with an email" 2 \
	"inc-handoff: person: .-. <x@example.com>: a name needs a letter or a digit" \
	as "Chen, Bo" bo@example.com inc-handoff -C u "$uid" comms ".-. <x@example.com>"
fails "a name of quotes alone is no name" 2 \
	"inc-handoff: person: \"  \" <x@example.com>: use a name or \"Name <email>\"" \
	as "Chen, Bo" bo@example.com inc-handoff -C u "$uid" comms '"  " <x@example.com>'

# me is the responder in any case, not a person named ME
new_repo m
mid=$(inc-open -C m "Me" 2>/dev/null)
run inc-handoff -C m "$mid" comms ME
is "$status:$(first "$out")" "0:@all: Comms -> Ricardo Ortiz" "ME is the responder"
is "$(event_field m "$mid" '[.person.name, .person.email] | @tsv')" \
	"Ricardo Ortiz	ricardo@example.com" "ME records the responder's name and email"
fails "Me already holds comms" 1 \
	"inc-handoff: $mid: Ricardo Ortiz already holds comms" \
	inc-handoff -C m "$mid" comms Me

# -m: why the role changes hands, kept in the event and the commit's
# body, shown after the hand-off by inc-log and inc-brief's decisions
new_repo why
wid=$(inc-open -C why --at 2026-11-23T11:00:00Z "Payments failing" 2>/dev/null)
run inc-handoff -C why --at 2026-11-23T11:30:00Z -m "Going off shift after six hours." \
	"$wid" ic "José Núñez, Jr. <jose@example.com>"
is "$status:$(first "$out")" "0:@all: IC -> José Núñez, Jr." \
	"-m: the announcement keeps its fixed form"
is "$(event_field why "$wid" .message)" "Going off shift after six hours." \
	"-m: kept in the event"
is "$(git -C why log -1 --format=%b | head -n 1)" "Going off shift after six hours." \
	"-m: the commit's body"
like "$(inc-log -C why "$wid" | tail -n 1)" \
	"IC -> José Núñez, Jr.: Going off shift after six hours.$" \
	"-m: inc-log shows it after the hand-off"
like "$(inc-brief -C why "$wid")" "IC -> José Núñez, Jr.: Going off shift after six hours." \
	"-m: so do the briefing's decisions"
run as "José Núñez, Jr." jose@example.com \
	inc-handoff -C why --at 2026-11-23T11:40:00Z --next -m "Bo has the morning shift." \
	"$wid" ic "Bo Chen"
like "$(inc-log -C why "$wid" | tail -n 1)" "next IC: Bo Chen: Bo has the morning shift.$" \
	"--next -m: said too"
c0=$(commits why)
fails "-m with a control character" 1 \
	"inc-handoff: message: contains a control character" \
	inc-handoff -C why -m "$(printf 'a\033[31mb')" "$wid" comms "Chris Stolt"
is "$(commits why)" "$c0" "-m refused: nothing recorded"

done_testing
