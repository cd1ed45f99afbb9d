#!/bin/sh
# inc-announce: what a hook gets, as each chat service's webhook takes it,
# the whole text within each service's limits, posted by the recipes of
# inc-announce(1) as written to a loopback server that checks every
# payload the way the service documents it.
. "$(dirname "$0")/lib.sh"

export INC_NOW=2026-11-23T12:00:00Z INC_NO_FSYNC=1
new_repo r

# straight from standard input and the environment
event='{"type":"status","message":"x","id":"1"}'
run env INC_ANNOUNCEMENT='@all: Customer update (Identified): <b> & c' \
	INC_TEXT='API errors
Identified - a & b <c>' sh -c "echo '$event' | inc-announce -L -F slack"
is "$status:$out" '0:{"text":"<!channel> Customer update (Identified): &lt;b&gt; &amp; c","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"<!channel> API errors\nIdentified - a &amp; b &lt;c&gt;"}}]}' \
	"slack: Block Kit, & < > escaped, <!channel> with -L"
run env INC_ANNOUNCEMENT='@all: IC -> Ana' sh -c "echo '$event' | inc-announce -F matrix"
is "$out" '{"msgtype":"m.text","body":"IC -> Ana","format":"org.matrix.custom.html","formatted_body":"IC -&gt; Ana","m.mentions":{}}' \
	"matrix: m.text with an HTML body, mentioning nobody"
# an @room in the text notifies nobody: only -L mentions the room
run env INC_ANNOUNCEMENT='@all: Note: ask @room' sh -c "echo '$event' | inc-announce -F matrix"
is "$(printf '%s' "$out" | jq -c '.["m.mentions"]')" '{}' "matrix: an @room in the text mentions nobody"
run env INC_ANNOUNCEMENT='@all: IC -> Ana' sh -c "echo '$event' | inc-announce -L -F matrix"
is "$(printf '%s' "$out" | jq -c '[.body, .["m.mentions"]]')" '["@room IC -> Ana",{"room":true}]' \
	"matrix: -L mentions the room"
run env INC_ANNOUNCEMENT='@all: IC -> Ana' sh -c "echo '$event' | inc-announce -F text"
is "$out" 'IC -> Ana' "text: as it is"
long=$(awk 'BEGIN { for (i = 0; i < 300; i++) printf "Line %03d of a long sitrep, said in full.\n", i }')
run env INC_ANNOUNCEMENT='@all: Sitrep' INC_TEXT="$long" sh -c "echo '$event' | inc-announce -F discord"
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 7 "discord: a long text in several messages"
is "$(printf '%s\n' "$out" | jq -r '.content' | grep -c '^Line ')" 300 "none of it cut"
is "$(printf '%s\n' "$out" | jq -r '.content | test("^Line [0-9]{3} of") and test("full\\.\\n?$")' | sort -u)" true \
	"each message ends at a line"
fails "no format" 2 "inc-announce: missing --format
$(usage_of inc-announce)" inc-announce
fails "a format no service has" 2 \
	"inc-announce: irc: invalid format (use slack, mattermost, teams, discord, matrix, text or cap)" \
	inc-announce -F irc
# a format is taken in any case, as every value is (incident(7))
run sh -c 'echo "{\"type\":\"note\"}" | INC_ANNOUNCEMENT="@all: IC -> Zoë" inc-announce -F Slack'
is "$status:$out" '0:{"text":"IC -&gt; Zo\u00EB","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"IC -&gt; Zo\u00EB"}}]}' \
	"-F Slack is -F slack"
run sh -c 'echo "not json" | inc-announce -F slack'
is "$status:$err" "2:inc-announce: standard input: not an event (the JSON a hook gets)" \
	"standard input that is not an event"
printf 'caf\351\n' >latin1.txt
run env INC_TEXT_FILE="$TRASH/latin1.txt" sh -c "echo '$event' | inc-announce -F slack"
is "$status:$out:$err" "1::inc-announce: INC_TEXT_FILE: not UTF-8 text" "a text that is not UTF-8"
# INC_TEXT_FILE set is read: one not there is said, naming it, not
# passed over for INC_TEXT (which may hold only the text's start)
run env INC_TEXT_FILE="$TRASH/gone.txt" INC_TEXT='start [...]' \
	sh -c "echo '$event' | inc-announce -F slack"
is "$status:$out:$err" "1::inc-announce: $TRASH/gone.txt: No such file or directory" \
	"an INC_TEXT_FILE that is not there"
run env INC_TEXT_FILE="$TRASH" sh -c "echo '$event' | inc-announce -F slack"
is "$status:$out:$err" "1::inc-announce: $TRASH: Is a directory" \
	"an INC_TEXT_FILE that is a directory"
run env INC_TEXT_FILE= INC_TEXT='API errors' sh -c "echo '$event' | inc-announce -F text"
is "$status:$out:$err" "0:API errors:" "an empty INC_TEXT_FILE is not set: INC_TEXT"
run env INC_ANNOUNCEMENT="$(cat latin1.txt)" sh -c "echo '$event' | inc-announce -F discord"
is "$status:$out:$err" "1::inc-announce: INC_ANNOUNCEMENT: not UTF-8 text" "an announcement that is not UTF-8"
run env INC_ANNOUNCEMENT='@all: ' sh -c "echo '$event' | inc-announce -F mattermost"
is "$status:$out" '0:{"text":"@\u200Ball: "}' "an announcement of nothing but @all: is said as it is, notifying nobody"

# a channel-wide mention in the text notifies nobody: a zero-width space
# after its @ or <; only -L's own mention notifies the channel
run env INC_ANNOUNCEMENT='@all: Incident Investigating: X
@all: IC -> Chris Stolt @here <!channel> @hereford' sh -c "echo '$event' | inc-announce -F mattermost"
is "$out" '{"text":"Incident Investigating: X\n@\u200Ball: IC -> Chris Stolt @\u200Bhere <\u200B!channel> @hereford"}' \
	"mattermost: @all, @here and <!channel> in the text notify nobody"
run env INC_TEXT='Logins fail @everyone @Here' sh -c "echo '$event' | inc-announce -L -F discord"
is "$out" '{"content":"@here Logins fail @\u200Beveryone @\u200BHere","allowed_mentions":{"parse":["everyone"]}}' \
	"discord -L: only its own @here notifies, not an @everyone in the text"
# Mattermost's parser strips '.', '-', '_' and ':' from a word's ends and
# splits it at '.', '-' and ':', and ends it at any character no letter or
# digit, past ASCII too: each of these notified the channel (a red team)
run env INC_TEXT='ok @here. @channel. @all... @here- @channel_ _@all_ @all-hands @here.Please x.@all-hands @here’s @HERE…' \
	sh -c "echo '$event' | inc-announce -F mattermost"
is "$out" '{"text":"ok @\u200Bhere. @\u200Bchannel. @\u200Ball... @\u200Bhere- @\u200Bchannel_ _@\u200Ball_ @\u200Ball-hands @\u200Bhere.Please x.@\u200Ball-hands @\u200Bhere\u2019s @\u200BHERE\u2026"}' \
	"mattermost: a mention before punctuation notifies nobody"
run env INC_TEXT='ok @hereford @all_ops @channel2 ops@here.com a@all-hands' \
	sh -c "echo '$event' | inc-announce -F mattermost"
is "$out" '{"text":"ok @hereford @all_ops @channel2 ops@here.com a@all-hands"}' \
	"mattermost: a longer name, and an address, are left as they are"
run env INC_TEXT='Logins fail @everyone. @hereford' sh -c "echo '$event' | inc-announce -L -F discord"
is "$out" '{"content":"@here Logins fail @\u200Beveryone. @\u200Bhereford","allowed_mentions":{"parse":["everyone"]}}' \
	"discord -L: @everyone and @here wherever they are, as Discord takes them"
# teams: a TextBlock is Markdown, where one newline joins the lines
run env INC_ANNOUNCEMENT='@all: Sitrep: X' INC_TEXT='What is broken:
  The API

Who: Ana' sh -c "echo '$event' | inc-announce -F teams"
is "$(printf '%s' "$out" | jq -c '.attachments[0].content.body[1].text')" '"What is broken:\n\n  The API\n\n\n\nWho: Ana"' \
	"teams: each newline doubled, so each line stays a line"
# what hides or reorders text (a direction override between words, a
# zero-width space) is left out of every chat message, as on the status
# page, Hebrew kept; a mention it broke is broken again where the service
# needs it; -F text shows it escaped, as a terminal does
rlo=$(printf '\342\200\256') zwsp=$(printf '\342\200\213')
hebrew=$(printf '\327\251\327\234\327\225\327\235')
for f in slack mattermost teams discord matrix text; do
	run env INC_ANNOUNCEMENT="@all: Customer update: fails${rlo} for some" \
		INC_TEXT="Checkout fails${rlo} for some. ${hebrew}. Ask @${zwsp}here" \
		sh -c "echo '$event' | inc-announce -F $f"
	printf '%s\n' "$out" >"bidi.$f"
done
is "$(cat bidi.slack)" '{"text":"Customer update: fails for some","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"Checkout fails for some. \u05E9\u05DC\u05D5\u05DD. Ask @here"}}]}' \
	"slack: no override, the words and the Hebrew as written"
is "$(cat bidi.mattermost)" '{"text":"Checkout fails for some. \u05E9\u05DC\u05D5\u05DD. Ask @\u200Bhere"}' \
	"mattermost: no override; the mention broken again, by one zero-width space"
is "$(jq -r '.attachments[0].content.body | map(.text) | join("|")' bidi.teams)" \
	"Customer update: fails for some|Checkout fails for some. ${hebrew}. Ask @here" "teams: the headline and the text"
is "$(jq -r .content bidi.discord)" "Checkout fails for some. ${hebrew}. Ask @${zwsp}here" \
	"discord: no override; the mention broken again"
is "$(jq -r '.body + "|" + .formatted_body' bidi.matrix)" \
	"Checkout fails for some. ${hebrew}. Ask @here|Checkout fails for some. ${hebrew}. Ask @here" \
	"matrix: the body and its HTML"
is "$(cat bidi.text)" "Checkout fails\\u{202e} for some. ${hebrew}. Ask @\\u{200b}here" \
	"text: shown escaped, as on a terminal"
# text: escapes shown, not obeyed, wherever it goes
run env INC_TEXT="$(printf 'a\033]0;pwned\007b')" sh -c "echo '$event' | inc-announce -F text"
is "$out" 'a\x1b]0;pwned\x07b' "text: control characters escaped"

# A real long text: a post-mortem and some 300 customer updates, as
# published on status pages (tests/status-corpus/real.tsv), with names
# with accents, emoji (a woman technologist of a skin tone is 4 code
# points, a flag 2), & < > and what Slack would take for a mention.
{
	printf 'Post-mortem, read by Zoë Ødegård & José Núñez <sre@example.com> 🔥 👩🏽‍💻 🇪🇺\n'
	printf 'Not a mention: <!channel> <!here> @here &amp; &lt;\n\n'
	awk -F '\t' '$1 ~ /2nmfnbknhlnv/ { print $4; print ""; exit }' "$SRC/tests/status-corpus/real.tsv"
	cut -f 4 "$SRC/tests/status-corpus/real.tsv" | sed 's/$/\n/'
} >real.txt
size=$(wc -c <real.txt)
ok_if() { if [ "$1" = 0 ]; then ok "$2"; else not_ok "$2"; fi; }
# the parts of each payload put back together: the text, with -L's mention
whole() { # whole FORMAT < payloads
	case $1 in
	slack) jq -j '.blocks[].text.text' | sed '1s/^<!channel> //' |
		sed 's/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g' ;;
	mattermost) jq -j .text | sed '1s/^@channel //; s/\xe2\x80\x8b//g' ;;
	teams) jq -j '.attachments[0].content.body[-1].text' | sed -z 's/\n\n/\n/g' ;;
	discord) jq -j .content | sed '1s/^@here //; s/\xe2\x80\x8b//g' ;;
	matrix) jq -j .body | sed '1s/^@room //' ;;
	esac
}
for f in slack mattermost teams discord matrix; do
	env INC_ANNOUNCEMENT='@all: Post-mortem <published>' INC_TEXT_FILE="$TRASH/real.txt" \
		inc-announce -L -F "$f" <<-EOF >"$f.out" 2>"$f.err"
	$event
	EOF
	status=$?
	whole "$f" <"$f.out" >"$f.whole"
	cmp -s real.txt "$f.whole"
	ok_if $? "$f: $size bytes in $(wc -l <"$f.out" | tr -d ' ') payloads, put back together, are the whole text (status $status)"
done
is "$(jq -c '[(.blocks | length), ([.blocks[].text.text | length] | max <= 3000), ([.blocks[].text.text | length] | add <= 10000), .text]' slack.out | head -n 2 | tr '\n' ' ')" \
	'[4,true,true,"<!channel> Post-mortem &lt;published&gt; (1/8)"] [3,true,true,"Post-mortem &lt;published&gt; (2/8)"] ' \
	"slack: messages of several sections, counted, the channel told once"
is "$(jq -r '.blocks[].text.text' slack.out | grep -c '&[a-z]*$')" 0 "no escape cut at the end of a section"
is "$(jq -c '[.allowed_mentions.parse, (.content | startswith("@here "))]' discord.out | uniq -c | awk '{ print $1, $2 }' | tr '\n' ' ')" \
	'1 [["everyone"],true] 36 [[],false] ' "discord: the mention in the first message only"
is "$(jq -r '.formatted_body' matrix.out | grep -c '<[^b/]')" 0 "matrix: the text's < escaped in the HTML"

# glyphs are not cut: a run of 👩🏽‍💻 (4 code points) with no space
glyphs=$(awk 'BEGIN { for (i = 0; i < 700; i++) printf "👩🏽‍💻" }')
run env INC_TEXT="$glyphs" sh -c "echo '$event' | inc-announce -F discord"
is "$(printf '%s\n' "$out" | jq -r '.content | [startswith("👩🏽‍💻"), endswith("👩🏽‍💻"), length <= 2000] | map(tostring) | join(" ")' | sort | uniq -c | awk '{ print $1, $2, $3, $4 }')" \
	"3 true true true" "discord: 700 glyphs of 7 UTF-16 units in 3 messages, none cut"
# and neither are Slack's escapes: & at every place a cut could fall
amps=$(awk 'BEGIN { for (i = 0; i < 1300; i++) printf "&<>" }')
run env INC_TEXT="$amps" sh -c "echo '$event' | inc-announce -F slack"
is "$(printf '%s\n' "$out" | jq -r '.blocks[].text.text | test("^(&amp;|&lt;|&gt;)+$") and length <= 3000' | sort -u)" \
	true "slack: 3,900 escaped characters split between entities"

# -F cap: one OASIS CAP 1.2 alert, made from the incident's log; each
# checked by xmllint, well-formed and valid against the standard's schema
# (tests/cap-v1.2.xsd), and what no schema says checked here
export INC_NOW=2026-11-24T00:00:00Z
new_repo c
git -C c config inc.pageUrl https://status.example.com/
git config --global inc.hook.zkeep 'cat >>"$HOME/events"'
cid=$(inc-open -C c --at 2026-11-23T21:30:00Z "API <errors> & timeouts" 2>/dev/null)
inc-status -C c --at 2026-11-23T21:35:00Z "$cid" -i major "Some API requests fail with 503 errors. We are investigating. Retrying is safe. Next update in 30 minutes." >/dev/null 2>&1
inc-state -C c --at 2026-11-23T22:10:00Z "$cid" resolved >/dev/null 2>&1
git config --global --unset inc.hook.zkeep
cpid=$(printf '%s' "$cid" | sed 's/^\(.\{15\}\)-.*\(-[0-9a-z]\{6\}\)$/\1\2/')
nth() { sed -n "$1p" "$HOME/events"; } # the hook's event N
eid() { nth "$1" | jq -r .id; }
cap() { # cap N [VAR=VALUE...]: the alert of the Nth event, as a hook makes it
	n=$1
	shift
	nth "$n" >event.json
	run env INC_REPO=c "$@" inc-announce -F cap <event.json
	printf '%s\n' "$out" >alert.xml
}
field() { # field PATH: an element's text in alert.xml, as XML reads it
	xmllint --xpath "string(/*[local-name()='alert']/$(printf '%s' "$1" |
		sed "s#\([a-zA-Z]*\)#*[local-name()='\1']#g"))" alert.xml
}
# valid NAME: alert.xml valid, and what the standard says and no schema
# can: a restriction when the scope is Restricted, references with an
# Update or a Cancel
valid() {
	xmllint --noout --schema "$SRC/tests/cap-v1.2.xsd" alert.xml 2>xmllint.err &&
		{ [ "$(field scope)" != Restricted ] || [ -n "$(field restriction)" ]; } &&
		case $(field msgType) in
		Update|Cancel) [ -n "$(field references)" ] ;;
		esac
	ok_if $? "$1: valid CAP 1.2 (xmllint --schema)"
}
cap 1 INC_ANNOUNCEMENT="@all: Incident Investigating: API <errors> & timeouts
@all: IC -> Ricardo Ortiz" INC_TEXT="@all: Incident Investigating: API <errors> & timeouts
@all: IC -> Ricardo Ortiz"
is "$status:$out" "0:<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">
  <identifier>$cpid.$(eid 1)</identifier>
  <sender>status.example.com</sender>
  <sent>2026-11-23T21:30:00-00:00</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <scope>Restricted</scope>
  <restriction>For the incident's responders, not for customers</restriction>
  <incidents>$cpid</incidents>
  <info>
    <category>Infra</category>
    <event>API &lt;errors&gt; &amp; timeouts</event>
    <urgency>Immediate</urgency>
    <severity>Moderate</severity>
    <certainty>Possible</certainty>
    <headline>Incident Investigating: API &lt;errors&gt; &amp; timeouts; IC -&gt; Ricardo Ortiz</headline>
    <description>Incident Investigating: API &lt;errors&gt; &amp; timeouts
IC -&gt; Ricardo Ortiz</description>
  </info>
</alert>" "cap: the opening, an Alert for the responders, exactly"
valid "cap: the opening"
sed 's#-00:00</sent>#Z</sent>#' alert.xml >zulu.xml
xmllint --noout --schema "$SRC/tests/cap-v1.2.xsd" zulu.xml 2>/dev/null
is $? 3 "the schema refuses a time in Z, as CAP does"
cap 2 INC_ANNOUNCEMENT="@all: Customer update (Investigating): Some API requests fail" \
	INC_TEXT="API <errors> & timeouts
Investigating - Some API requests fail"
is "$status:$out" "0:<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<alert xmlns=\"urn:oasis:names:tc:emergency:cap:1.2\">
  <identifier>$cpid.$(eid 2)</identifier>
  <sender>status.example.com</sender>
  <sent>2026-11-23T21:35:00-00:00</sent>
  <status>Actual</status>
  <msgType>Update</msgType>
  <scope>Public</scope>
  <references>status.example.com,$cpid.$(eid 1),2026-11-23T21:30:00-00:00</references>
  <incidents>$cpid</incidents>
  <info>
    <category>Infra</category>
    <event>API &lt;errors&gt; &amp; timeouts</event>
    <urgency>Immediate</urgency>
    <severity>Severe</severity>
    <certainty>Possible</certainty>
    <headline>Customer update (Investigating): Some API requests fail</headline>
    <description>API &lt;errors&gt; &amp; timeouts
Investigating - Some API requests fail</description>
    <web>https://status.example.com/incidents/$cid.html</web>
  </info>
</alert>" "cap: a customer update, a Public Update referring to the opening, the impact as severity, exactly"
valid "cap: a customer update"
cap 3 INC_ANNOUNCEMENT="@all: Incident Resolved"
is "$status:$(field msgType) $(field info/responseType) $(field info/urgency) $(field info/severity) $(field info/certainty) $(field scope)" \
	"0:Update AllClear Past Minor Observed Restricted" "cap: the resolution, an Update that gives the all-clear, not a Cancel"
is "$(field references)" "status.example.com,$cpid.$(eid 1),2026-11-23T21:30:00-00:00" \
	"cap: each later alert refers to the first (sender,identifier,sent)"
valid "cap: the resolution"
# -C names the repository, as for every tool, and wins over INC_REPO
printf '%s\n' "$out" >alert-repo.xml
nth 3 >event.json
run env INC_REPO=/nonexistent INC_ANNOUNCEMENT="@all: Incident Resolved" \
	inc-announce -C c -F cap <event.json
is "$status:$out" "0:$(cat alert-repo.xml)" "cap: -C names the repository read, the same alert"
fails "cap: -C with no repository there" 1 "inc-announce: $TRASH/none: No such file or directory" \
	inc-announce -C "$TRASH/none" -F cap <event.json
run inc-announce -C "$TRASH/none" -F text <event.json
is "$status:$out" "0:state" "-C is not read for a chat format (the event's type, with no announcement)"
# hostile text: markup, the end of a CDATA section, controls, direction
# overrides, noncharacters: escaped, shown, never obeyed in the XML
hostile=$(printf 'a <b>&amp;</b> ]]> \033[31mred\033[0m \001 \r \342\200\256evil\342\200\254 \357\277\276 "q" '"'"'s')
cap 2 INC_ANNOUNCEMENT="$hostile" INC_TEXT="$hostile
line 2"
valid "cap: hostile text"
is "$(field info/description)" 'a <b>&amp;</b> ]]> \x1b[31mred\x1b[0m \x01 \x0d \u{202e}evil\u{202c}  "q" '"'"'s
line 2' "cap: hostile text escaped, controls and direction controls shown, not in the XML"
is "$(LC_ALL=C tr -d '\n\t -~' <alert.xml | wc -c | tr -d ' ')" 0 "cap: nothing but printable ASCII, tabs and newlines in the XML of an ASCII text"
is "$(field info/headline)" 'a <b>&amp;</b> ]]> \x1b[31mred\x1b[0m \x01 \x0d \u{202e}evil\u{202c}  "q" '"'"'s' \
	"cap: the headline too"
long=$(awk 'BEGIN { for (i = 0; i < 40; i++) printf "word " }')
cap 2 INC_ANNOUNCEMENT="@all: $long"
is "$(field info/headline)" "$(printf '%s' "$long" | cut -c 1-159)…" \
	"cap: a long announcement cut to 160 characters, with an ellipsis"
# a drill is an exercise, for the responders, its updates too
dcid=$(inc-open -C c --drill --at 2026-11-23T21:40:00Z "Failover drill" 2>/dev/null)
# (a drill is only ever a duplicate of a drill)
dcid2=$(inc-open -C c --drill --at 2026-11-23T21:41:00Z "Failover drill, again" 2>/dev/null)
git config --global inc.hook.zkeep 'cat >>"$HOME/events"'
inc-status -C c --at 2026-11-23T21:45:00Z "$dcid" "Some logins fail. We are investigating. Retrying is safe. Next update in 30 minutes." >/dev/null 2>&1
inc-state -C c --force --at 2026-11-23T21:50:00Z "$dcid" duplicate "$dcid2" >/dev/null 2>&1
git config --global --unset inc.hook.zkeep
cap 4
is "$status:$(field status) $(field msgType) $(field scope) $(field note) $(field info/web)" \
	"0:Exercise Update Restricted A drill: a practice incident, not a real one " \
	"cap: a drill's customer update is an Exercise, for the responders, with no link to the page"
valid "cap: a drill"
cap 5
is "$status:$(field status) $(field msgType)" "0:Exercise Cancel" \
	"cap: an incident closed as a duplicate cancels its alerts"
valid "cap: a Cancel"
# a maintenance goes by its newest update's status, its notes too
mid=$(inc-open -C c --at 2026-11-23T20:00:00Z "DB upgrade" 2>/dev/null)
git config --global inc.hook.zkeep 'cat >>"$HOME/events"'
inc-status -C c --at 2026-11-23T20:01:00Z --maintenance scheduled --from 2026-11-24T02:00:00Z \
	--until 2026-11-24T03:00:00Z "$mid" "We will upgrade the database." >/dev/null 2>&1
inc-note -C c --at 2026-11-23T20:02:00Z "$mid" "Replicas checked" >/dev/null 2>&1
git config --global --unset inc.hook.zkeep
# the events the hook kept: 1 the opening, 2 its customer update, 3 its
# resolution, 4 the drill's update, 5 its closing as a duplicate, 6 the
# duplicate recorded in the first, 7 the maintenance, 8 its note
cap 7
is "$status:$(field scope) $(field info/urgency) $(field info/severity) $(field info/certainty)" \
	"0:Public Future Minor Likely" "cap: a maintenance scheduled, for customers"
valid "cap: a maintenance"
cap 8
is "$status:$(field scope) $(field info/urgency) $(field info/severity) $(field info/certainty)" \
	"0:Restricted Future Minor Likely" "cap: a note of a maintenance scheduled"
# the sender: inc.announce.capSender, else the status page's host
git -C c config inc.announce.capSender alerts.example.com
cap 1
is "$(field sender)" "alerts.example.com" "cap: inc.announce.capSender is the sender"
git -C c config inc.announce.capSender 'ops, team'
cap 1
is "$status:$out:$err" "1::inc-announce: inc.announce.capSender: ops, team: no space, comma, < or & in a CAP sender" \
	"cap: a sender CAP does not take"
git -C c config --unset inc.announce.capSender
git -C c config --unset inc.pageUrl
cap 1
is "$status:$out:$err" "1::inc-announce: inc.announce.capSender: not set, nor inc.pageUrl: a CAP alert names its sender" \
	"cap: no sender"
git -C c config inc.pageUrl https://status.example.com/
printf '{"type":"note","incident":"%s","id":"0123456789abcdef"}\n' "$cid" >event.json
run env INC_REPO=c inc-announce -F cap <event.json
is "$status:$out:$err" "1::inc-announce: 0123456789abcdef: no such event in the incident's log" \
	"cap: an event the incident's log does not have"
run sh -c 'echo "{\"type\":\"note\"}" | inc-announce -F cap'
is "$status:$out:$err" "2::inc-announce: standard input: not an event of an incident (no id or incident)" \
	"cap: an event with no incident"
export INC_NOW=2026-11-23T12:00:00Z

# hooks that post to the services, here on loopback, as inc-announce(1)
# writes them: its recipes, with the services' addresses changed
/usr/bin/python3 "$SRC/tests/chat-server.py" "$TRASH/posted" "$TRASH/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$TRASH"' EXIT
i=0
while [ ! -s "$TRASH/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$TRASH/port")
recipes() { # recipes PAGE: its hook examples, one a file recipe.NAME
	awk '/^\.Bd -literal/ { on = 1; r = ""; next }
	/^\.Ed/ { if (r ~ /^git config --global inc\.hook\./) {
		split(r, w, /[ .]/); f = "recipe." w[6]; printf "%s\n", r >f; close(f) }
		on = 0; next }
	on { gsub(/\\e/, "\\"); r = r (r == "" ? "" : "\n") $0 }' "$1"
}
mkdir i7 && (cd i7 && recipes "$SRC/man/incident.7")
recipes "$SRC/man/inc-announce.1"
is "$(ls recipe.* | tr '\n' ' ')" "recipe.cap recipe.discord recipe.matrix recipe.slack recipe.teams " \
	"inc-announce(1) has a recipe for each service"
for f in recipe.*; do
	cmp -s "$f" "i7/$f"
	ok_if $? "incident(7)'s $f is inc-announce(1)'s"
done
# the CAP recipe as written, alone in a home of its own, its curl one
# that keeps what it is given: one valid alert an event
home=$HOME
export HOME="$TRASH/caphome" PATH="$TRASH/capbin:$PATH"
mkdir -p "$HOME" "$TRASH/capbin"
printf '#!/bin/sh\ncat >>"$HOME/posted.xml"; printf "%%s\\n" "$*" >>"$HOME/curl.args"\n' >"$TRASH/capbin/curl"
chmod +x "$TRASH/capbin/curl"
git config --global user.name "Ricardo Ortiz"
git config --global user.email ricardo@example.com
git config --global inc.autoSync false
sh recipe.cap
capid=$(inc-open -C c --drill --at 2026-11-23T11:00:00Z "Recipe drill" 2>/dev/null)
inc-note -C c --at 2026-11-23T11:01:00Z "$capid" "Failing over" >/dev/null 2>&1
csplit -s -z -f posted. "$HOME/posted.xml" '/^<?xml/' '{*}'
for f in posted.*; do
	xmllint --noout --schema "$SRC/tests/cap-v1.2.xsd" "$f" 2>/dev/null || echo "$f: not valid"
	printf '%s\n' "$(xmllint --xpath "concat(//*[local-name()='status'], ' ', //*[local-name()='msgType'])" "$f")"
done >capposted.txt
is "$(cat capposted.txt)" "Exercise Alert
Exercise Update" "cap: the recipe posts one valid alert an event, a drill's an Exercise"
is "$(sort -u "$HOME/curl.args")" "-fs -m 5 --retry 5 -H Content-Type: application/xml --data-binary @- https://alerts.example.com/cap/incidents" \
	"cap: posted as XML"
export HOME="$home" PATH="${PATH#"$TRASH/capbin:"}"
u=http://127.0.0.1:$port
sed "s#https://hooks.slack.com/services/T000/B000/XXXX#$u/slack#" recipe.slack >hooks.sh
sed "s#slack#mattermost#g; s#$u/slack#$u/mattermost#" hooks.sh >>hooks.sh.m && cat hooks.sh.m >>hooks.sh
sed "s#'https://prod-00[^']*'#$u/teams#" recipe.teams >>hooks.sh
sed "s#https://discord.com/api/webhooks/000/XXXX#$u/discord#" recipe.discord >>hooks.sh
sed "s#https://matrix.example.com#$u/matrix#" recipe.matrix >>hooks.sh
is "$(grep -c "$u/" hooks.sh)" 5 "five hooks, each to the loopback server"
sh hooks.sh
git config --global inc.hookTimeout 60
git config --global inc.hook.zcopy 'cat "$INC_TEXT_FILE" >"$HOME/said"'
export MATRIX_TOKEN=token MATRIX_ROOM='!room:example.com'
id=$(inc-open -C r --at 2026-11-23T10:00:00Z "API <errors> & timeouts" 2>/dev/null)
rm posted
: >posted.json
succeeds "an update with the hooks" inc-status -C r --at 2026-11-23T10:05:00Z "$id" \
	"Some API requests fail with 503 errors & <timeouts>. We are investigating. Retrying is safe."
is "$(sort "$TRASH/posted" | uniq -c | awk '{ print $2, $3, $1 }' | tr '\n' ';')" \
	"/discord ok 1;/matrix ok 1;/mattermost ok 1;/slack ok 1;/teams ok 1;" \
	"an update: one message to each service, taken"
rm posted
: >posted.json
# incident(7)'s mail recipe, its mail(1) a program that keeps what it is
# given: the whole sitrep, however long, as the chat services get it
mkdir bin
printf '#!/bin/sh\ncat >"$HOME/mailed"\n' >bin/mail
chmod +x bin/mail
PATH=$TRASH/bin:$PATH
sh i7/recipe.mail
succeeds "the real long text as a sitrep, with the hooks" inc-sitrep -C r --at 2026-11-23T10:10:00Z \
	--broken "$(sed -n 1,150p real.txt)" --impact "$(sed 1,150d real.txt)" --doing "Failing over" "$id"
is "$(sort "$TRASH/posted" | uniq -c | awk '{ print $2, $3, $1 }' | tr '\n' ';')" \
	"/discord ok 38;/matrix ok 3;/mattermost ok 5;/slack ok 8;/teams ok 4;" \
	"every payload passed each service's checks"
grep -q '^/discord$' "$TRASH/posted.429" 2>/dev/null
ok_if $? "discord answered the burst with 429: the recipe waited (curl --retry) and sent again, nothing lost"
for f in slack mattermost teams discord matrix; do
	jq -c --arg p "/$f" 'select(.path == $p) | .payload' posted.json | whole "$f" >"$f.posted"
	cmp -s "$HOME/said" "$f.posted"
	ok_if $? "$f: what was posted, put back together, is the whole sitrep ($(wc -c <"$HOME/said" | tr -d ' ') bytes)"
done
cmp -s "$HOME/said" "$HOME/mailed"
ok_if $? "mail: incident(7)'s recipe mails the whole sitrep ($(wc -c <"$HOME/mailed" | tr -d ' ') bytes)"
git config --global --unset inc.hook.mail

# the server refuses what the services would
post() { # post PATH JSON [METHOD]
	printf '%s' "$2" | curl -sS -m 30 -o /dev/null -w '%{http_code}' -X "${3:-POST}" \
		-H 'Authorization: Bearer t' -H 'Content-Type: application/json' --data-binary @- "$u$1"
}
x3001=$(awk 'BEGIN { for (i = 0; i < 3001; i++) printf "x" }')
is "$(post /slack '{"text":"a <b>","blocks":[{"type":"section","text":{"type":"mrkdwn","text":"a"}}]}'):$(tail -n 1 posted)" \
	"400:/slack: < or > not escaped" "slack: < not escaped"
is "$(post /slack "{\"text\":\"a\",\"blocks\":[{\"type\":\"section\",\"text\":{\"type\":\"mrkdwn\",\"text\":\"$x3001\"}}]}"):$(tail -n 1 posted)" \
	"400:/slack: a section's text: 1 to 3000 characters" "slack: a section of 3,001 characters"
five=$(printf '{"type":"section","text":{"type":"mrkdwn","text":"%s"}},' "$(printf '%s' "$x3001" | cut -c 2-)" \
	"$(printf '%s' "$x3001" | cut -c 2-)" "$(printf '%s' "$x3001" | cut -c 2-)" "$(printf '%s' "$x3001" | cut -c 2-)" "x")
is "$(post /slack "{\"text\":\"a\",\"blocks\":[${five%,}]}"):$(tail -n 1 posted)" \
	"400:/slack: blocks: over 12000 characters in all" "slack: 12,001 characters in a message's sections"
is "$(post /discord "{\"content\":\"$(printf '%s' "$x3001" | cut -c 1002-)🔥\",\"allowed_mentions\":{\"parse\":[]}}"):$(tail -n 1 posted)" \
	"400:/discord: content: 1 to 2000 characters" "discord: 2,000 characters and an emoji"
is "$(post /teams "$(jq -c '.attachments[0].content.body[-1].text += "\($x)\($x)\($x)"' --arg x "$(cat real.txt | head -c 3000)" teams.out | head -n 1)"):$(tail -n 1 posted)" \
	"400:/teams: over 28 KB: 413 Request Entity Too Large" "teams: a message over 28 KB"
m=/matrix/_matrix/client/v3/rooms/r/send/m.room.message
is "$(post $m/t1 "$(head -n 1 matrix.out)" PUT):$(post $m/t1 "$(head -n 1 matrix.out)" PUT):$(tail -n 1 posted)" \
	"200:400:/matrix: transaction id used twice: not posted again" "matrix: a transaction id used twice"
is "$(post $m/t2 "$(head -n 1 matrix.out)"):$(tail -n 1 posted)" \
	"400:/matrix: Matrix sends a message with PUT" "matrix: PUT, not POST"
is "$(post $m/t3 "$(jq -c '.body += .formatted_body' matrix.out | head -n 1)" PUT):$(tail -n 1 posted)" \
	"400:/matrix: event over 65536 bytes: M_TOO_LARGE" "matrix: an event too large"
is "$(post /mattermost "{\"text\":\"$(awk 'BEGIN { for (i = 0; i < 16384; i++) printf "é" }')\"}"):$(tail -n 1 posted)" \
	"400:/mattermost: text: 1 to 16383 runes" "mattermost: 16,384 runes"
# a public alert never spells the internal title: a post-mortem's
# announcement names the incident, by its title for customers there
new_repo pt
git -C pt config inc.pageUrl https://status.example.com/
ptid=$(INC_NOW=2026-04-05T08:00:00Z inc-open -C pt "db-7 disk full after bad migration by Bo" 2>/dev/null)
INC_NOW=2026-04-05T08:01:00Z inc-state -C pt "$ptid" --public-title "Elevated error rates for Git Operations" >/dev/null 2>&1
INC_NOW=2026-04-05T08:05:00Z inc-status -C pt "$ptid" -i critical "Pushes fail for some customers. We are investigating. There is no workaround yet. Next update in 30 minutes." >/dev/null 2>&1
INC_NOW=2026-04-05T08:30:00Z inc-state -C pt "$ptid" resolved >/dev/null 2>&1
git config --global inc.hook.zpm 'cat >"$HOME/pm.json"; printf "%s" "$INC_ANNOUNCEMENT" >"$HOME/pm.ann"'
printf '# What happened\n\nGit operations failed for 25 minutes.\n' |
	INC_NOW=2026-04-06T10:00:00Z inc-postmortem -C pt -P - "$ptid" >/dev/null 2>&1
git config --global --unset inc.hook.zpm
run env INC_REPO=pt INC_ANNOUNCEMENT="$(cat "$HOME/pm.ann")" inc-announce -F cap <"$HOME/pm.json"
printf '%s\n' "$out" >alert.xml
is "$status:$(field scope):$(field info/headline)" \
	"0:Public:Post-mortem published: Elevated error rates for Git Operations" \
	"a post-mortem's public alert: its headline by the title for customers"
is "$(grep -c 'db-7' alert.xml)" 0 "the internal title nowhere in it"
valid "cap: a post-mortem with a public title"

done_testing
