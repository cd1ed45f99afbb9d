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
	"inc-announce: irc: invalid format (use slack, mattermost, teams, discord, matrix or text)" \
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
# teams: a TextBlock is Markdown, where one newline joins the lines
run env INC_ANNOUNCEMENT='@all: Sitrep: X' INC_TEXT='What is broken:
  The API

Who: Ana' sh -c "echo '$event' | inc-announce -F teams"
is "$(printf '%s' "$out" | jq -c '.attachments[0].content.body[1].text')" '"What is broken:\n\n  The API\n\n\n\nWho: Ana"' \
	"teams: each newline doubled, so each line stays a line"
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
is "$(ls recipe.* | tr '\n' ' ')" "recipe.discord recipe.matrix recipe.slack recipe.teams " \
	"inc-announce(1) has a recipe for each service"
for f in recipe.*; do
	cmp -s "$f" "i7/$f"
	ok_if $? "incident(7)'s $f is inc-announce(1)'s"
done
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
done_testing
