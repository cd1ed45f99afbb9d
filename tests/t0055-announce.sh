#!/bin/sh
# inc-announce: what a hook gets, as each chat service's webhook takes it,
# posted by hooks with curl to a loopback server that checks every payload
# the way the service documents it.
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
is "$out" '{"msgtype":"m.text","body":"IC -> Ana","format":"org.matrix.custom.html","formatted_body":"IC -&gt; Ana"}' \
	"matrix: m.text with an HTML body"
run env INC_ANNOUNCEMENT='@all: IC -> Ana' sh -c "echo '$event' | inc-announce -F text"
is "$out" 'IC -> Ana' "text: as it is"
long=$(awk 'BEGIN { for (i = 0; i < 300; i++) printf "Line %03d of a long sitrep, said in full.\n", i }')
run env INC_ANNOUNCEMENT='@all: Sitrep' INC_TEXT="$long" sh -c "echo '$event' | inc-announce -F discord"
is "$(printf '%s\n' "$out" | wc -l | tr -d ' ')" 7 "discord: a long text in several messages"
is "$(printf '%s\n' "$out" | jq -r '.content' | grep -c '^Line ')" 300 "none of it cut"
is "$(printf '%s\n' "$out" | jq '.content | length <= 2000' | sort -u)" true "each within 2,000 characters"
run env INC_ANNOUNCEMENT='@all: Sitrep' INC_TEXT="$long" sh -c "echo '$event' | inc-announce -F slack"
is "$(printf '%s\n' "$out" | jq -c '[.blocks[].text.text | length <= 3000] | unique')" '[true]' \
	"slack: sections within 3,000 characters"
is "$(printf '%s\n' "$out" | jq -r '[.blocks[].text.text] | join("")' | grep -c '^Line ')" 300 "none of it cut"
fails "no format" 2 "inc-announce: missing --format
$(usage_of inc-announce)" inc-announce
fails "a format no service has" 2 \
	"inc-announce: invalid format (use slack, mattermost, teams, discord, matrix or text)" \
	inc-announce -F irc
run sh -c 'echo "not json" | inc-announce -F slack'
is "$status:$err" "2:inc-announce: standard input: not an event (the JSON a hook gets)" \
	"standard input that is not an event"

# hooks that post to the services, here on loopback
/usr/bin/python3 "$SRC/tests/chat-server.py" "$TRASH/posted" "$TRASH/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$TRASH"' EXIT
i=0
while [ ! -s "$TRASH/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$TRASH/port")
for f in slack mattermost teams discord matrix; do
	git config --global "inc.hook.$f" "inc-announce -L -F $f | while IFS= read -r m; do printf '%s' \"\$m\" | curl -fsS -m 5 -H 'Content-Type: application/json' --data-binary @- http://127.0.0.1:$port/$f >/dev/null; done"
done
id=$(inc-open -C r --at 2026-11-23T10:00:00Z "API <errors> & timeouts" 2>/dev/null)
succeeds "an update with the hooks" inc-status -C r --at 2026-11-23T10:05:00Z "$id" \
	"Some API requests fail with 503 errors & <timeouts>. We are investigating. Retrying is safe."
succeeds "a long sitrep with the hooks" inc-sitrep -C r --at 2026-11-23T10:10:00Z \
	--broken "$long" --impact "Customers in eu-west" --doing "Failing over" "$id"
is "$(sort "$TRASH/posted" | uniq -c | awk '{ print $2, $3, $1 }' | tr '\n' ';')" \
	"/discord ok 9;/matrix ok 3;/mattermost ok 3;/slack ok 3;/teams ok 3;" \
	"every payload passed each service's checks (Discord: the sitrep in several)"
git config --global inc.hook.bad "printf '{\"text\":\"a <b>\"}' | curl -fsS -m 5 -H 'Content-Type: application/json' --data-binary @- http://127.0.0.1:$port/slack >/dev/null"
inc-note -C r "x" >/dev/null 2>&1
like "$(tail -n 1 "$TRASH/posted")" "^/slack: (blocks: 1 to 50|< or > not escaped)$" \
	"the server refuses what the service would"
done_testing
