#!/bin/sh
# Hooks: announcements out of the terminal, to a chat server on loopback.
. "$(dirname "$0")/lib.sh"

new_repo r
hooked="$TRASH/hooked"

# a hook gets the event on stdin and the announcement in the environment
git config --global inc.hook.log \
	"cat >>'$hooked.events'; printf '%s|%s|%s|%s\n' \"\$INC_HOOK\" \"\$INC_EVENT\" \"\$INC_ID\" \"\$INC_ANNOUNCEMENT\" >>'$hooked.env'"
run inc-open -C r "Checkout is down"
id=$out
is "$status" 0 "inc-open with a hook succeeds"
is "$(wc -l <"$hooked.events")" 1 "the hook ran once"
is "$(jq -r '[.type, .incident, .title] | join(" ")' "$hooked.events")" \
	"open $id Checkout is down" "it got the event as JSON on stdin"
is "$(jq -c . "$hooked.events")" \
	"$(cat r/incidents/*/*/"$id"/*.jsonl | jq -c .)" \
	"the very event that was committed"
is "$(cat "$hooked.env")" "log|open|$id|@all: Incident Investigating: Checkout is down
@all: IC -> Ricardo Ortiz" "and its name, type, incident and announcement in the environment"
is "$out" "$id" "inc-open's stdout is still only the id"

run inc-handoff -C r comms "Chris Stolt"
is "$(tail -n 1 "$hooked.env")" "log|handoff|$id|@all: Comms -> Chris Stolt" \
	"a handoff announces the new role holder"
run inc-state -C r confirmed
is "$(tail -n 1 "$hooked.env")" "log|state|$id|@all: Incident Confirmed" \
	"a state change announces the state"

# the sitrep and the customer update reach hooks as people read them
git config --global --unset inc.hook.log
git config --global inc.hook.text "printf '%s\n' \"\$INC_TEXT\" >'$hooked.text'"
run inc-sitrep -C r -b "Checkout fails" -i "All EU customers" -d "Rolling back"
is "$status" 0 "a sitrep with a hook"
is "$(cat "$hooked.text")" "$out" "the hook's INC_TEXT is the rendered sitrep"
run inc-status -C r -s identified "Checkout fails for EU customers. We are rolling back a deploy. There is no workaround yet."
is "$status" 0 "a customer update with a hook"
is "$(cat "$hooked.text")" "$out" "the hook's INC_TEXT is the update as customers read it"
run inc-note -C r "Rollback started"
is "$(cat "$hooked.text")" "Note: Rollback started

Rollback started" "a note's INC_TEXT is the announcement, then the text"
git config --global --unset inc.hook.text

# a tool run by its full path from a PATH without it (cron's): its own
# directory comes first on the hook's PATH, so inc-announce is found
git config --global inc.hook.tools \
	"printf '%s\n' \"\$PATH\" >'$hooked.path'; inc-announce -F text >'$hooked.said'"
run env PATH=/usr/bin:/bin "$INC_BIN/inc-note" -C r "From cron"
is "$status:$err" "0:" "a note from cron's PATH, with a hook calling inc-announce"
is "$(cat "$hooked.path")" "$(cd "$INC_BIN" && pwd -P):/usr/bin:/bin" \
	"the hook's PATH has the tools' directory first, then the tool's PATH"
is "$(cat "$hooked.said")" "Note: From cron

From cron" "and the hook's inc-announce ran"
git config --global --unset inc.hook.tools

# a one-line curl posts to a chat server (here a real one on loopback)
/usr/bin/python3 "$SRC/tests/http-sink.py" "$TRASH/posted" "$TRASH/port" &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$TRASH"' EXIT
i=0
while [ ! -s "$TRASH/port" ] && [ $i -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
port=$(cat "$TRASH/port")
git config --global inc.hook.chat \
	"jq -c '{text: env.INC_ANNOUNCEMENT}' | curl -fsS -m 5 -H 'Content-Type: application/json' --data-binary @- http://127.0.0.1:$port/hooks/incident >/dev/null"
run inc-handoff -C r ops "Ana <ana@example.com>"
is "$status" 0 "the handoff with a curl hook succeeds"
is "$err" "" "and says nothing more"
is "$(cat "$TRASH/posted")" 'application/json {"text":"@all: Ops -> Ana"}' \
	"the chat server got the announcement as JSON"
git config --global --unset inc.hook.chat

# what hides or reorders text (a direction override between words, a
# zero-width space) never reaches a chat: the announcement, the text and
# inc-announce's payloads come without it, Hebrew kept; the event on
# stdin is as it was recorded
rlo=$(printf '\342\200\256') zwsp=$(printf '\342\200\213')
hebrew=$(printf '\327\251\327\234\327\225\327\235')
: >"$TRASH/posted"
git config --global inc.hook.chat \
	"tee '$hooked.raw' | jq -c '{text: env.INC_ANNOUNCEMENT, body: env.INC_TEXT}' | curl -fsS -m 5 -H 'Content-Type: application/json' --data-binary @- http://127.0.0.1:$port/hooks/incident >/dev/null"
git config --global inc.hook.slack \
	"inc-announce -F slack | while IFS= read -r m; do printf '%s' \"\$m\" | curl -fsS -m 5 -H 'Content-Type: application/json' --data-binary @- http://127.0.0.1:$port/slack >/dev/null || exit; done"
run inc-status -C r -s identified "$id" \
	"Checkout fails${rlo} for EU customers. ${hebrew}. We are rolling${zwsp} back. There is no workaround yet. Next update in 30 minutes."
is "$status:$(printf "%s\n" "$err" | grep -c warning)" "0:0" "a customer update with an override, posted by two hooks"
is "$(LC_ALL=C grep -ci "$rlo\\|$zwsp\\|\\\\u202e\\|\\\\u200b" "$TRASH/posted")" 0 \
	"no override or zero-width space in what the chat server got, raw or escaped"
is "$(od -An -tx1 -v "$TRASH/posted" | tr -s ' \n' '  ' | grep -c ' e2 80 ae')" 0 \
	"od: no byte of U+202E"
is "$(sed -n 1p "$TRASH/posted" | sed 's/^application\/json //' | jq -r .text)" \
	"@all: Customer update (Identified): Checkout fails for EU customers. ${hebrew}. We are rolling back. There is no workaround yet. Ne..." \
	"INC_ANNOUNCEMENT: the words as written, the Hebrew kept"
is "$(sed -n 1p "$TRASH/posted" | sed 's/^application\/json //' | jq -r .body)" \
	"$(printf '%s\n' "$out" | sed 's/\\u{202e}//; s/\\u{200b}//')" \
	"INC_TEXT: the update as the terminal shows it, without the escapes"
is "$(grep -c '^application/json {"text":"Customer update (Identified): Checkout fails for EU customers. \\u05E9\\u05DC\\u05D5\\u05DD. We are rolling back. ' "$TRASH/posted")" 1 \
	"inc-announce's Slack payload too"
is "$(jq -r .message "$hooked.raw")" \
	"Checkout fails${rlo} for EU customers. ${hebrew}. We are rolling${zwsp} back. There is no workaround yet. Next update in 30 minutes." \
	"the event on the hook's stdin is as recorded"
: >"$TRASH/posted"
run inc-sitrep -C r -b "Checkout fails${rlo} in the EU" -i "All ${hebrew} customers" \
	-d "Rolling${zwsp} back" "$id"
is "$(sed -n 1p "$TRASH/posted" | sed 's/^application\/json //' | jq -r .body)" \
	"$(printf '%s\n' "$out" | sed 's/\\u{202e}//; s/\\u{200b}//')" \
	"a sitrep's INC_TEXT: as the terminal shows it, without the escapes"
is "$(LC_ALL=C grep -ci "$rlo\\|$zwsp\\|\\\\u202e\\|\\\\u200b" "$TRASH/posted")" 0 \
	"no override or zero-width space posted of a sitrep"
git config --global --unset inc.hook.chat
git config --global --unset inc.hook.slack

# failing and hanging hooks never lose the record, and say so
git config --global inc.hook.broken "exit 3"
before=$(commits r)
run inc-note -C r "Error rate is falling"
is "$status" 0 "a failing hook: the tool still succeeds"
is "$err" "inc-note: warning: hook broken: exit status 3 (the event is recorded)" \
	"the failure is one warning line"
is "$(commits r)" $((before + 1)) "the event is committed"
git config --global --unset inc.hook.broken
git config --global inc.hook.slow "sleep 60 & echo \$! >'$TRASH/sleeper'; wait"
git config --global inc.hookTimeout 1
before=$(commits r)
started=$(date +%s)
run inc-note -C r "Still watching"
is "$status" 0 "a hanging hook: the tool still succeeds"
is "$err" "inc-note: warning: hook slow: stopped when the 1 s for hooks ran out (the event is recorded)" \
	"it is stopped after inc.hookTimeout and reported"
is "$(commits r)" $((before + 1)) "the event is committed"
if [ $(($(date +%s) - started)) -lt 30 ]; then
	ok "the tool did not wait for the hook to end"
else
	not_ok "the tool did not wait for the hook to end"
fi
# killed, it is gone once reaped (a zombie still answers kill -0)
i=0
while kill -0 "$(cat "$TRASH/sleeper")" 2>/dev/null && [ $i -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
if [ -s "$TRASH/sleeper" ] && ! kill -0 "$(cat "$TRASH/sleeper")" 2>/dev/null; then
	ok "the hook's process group is gone, its children too"
else
	not_ok "the hook's process group is gone, its children too"
fi
# Ctrl-C at a slow hook (SIGINT to the terminal's foreground job, which
# the hook, in a process group of its own, does not get): the event was
# pushed before the hooks ran; the hook is stopped with its process
# group, the hooks after it are not run, said in one line, and the tool
# ends by SIGINT, as a Ctrl-C ends it (130). The push waited for the
# hooks, and the tool died with them: recorded and announced, never
# pushed, nothing said.
git config --global --unset inc.hook.slow
git init -q --bare shared.git
new_repo ctrl
git -C ctrl remote add origin "$TRASH/shared.git"
cid=$(inc-open -C ctrl "Calls fail" 2>/dev/null)
git -C ctrl push -q origin main
git -C ctrl config inc.autoSync true
git config --global inc.hook.a "cat >/dev/null; sleep 30 & echo \$! >'$TRASH/sleeper'; : >'$TRASH/started'; wait"
git config --global inc.hook.b ": >'$TRASH/b-ran'"
rm -f "$TRASH/sleeper" "$TRASH/started"
started=$(date +%s)
python3 -c '
import os, signal, subprocess, sys, time
p = subprocess.Popen(sys.argv[2:], start_new_session=True,
    preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
for _ in range(600):
    if os.path.exists(sys.argv[1]) or p.poll() is not None:
        break
    time.sleep(0.05)
os.killpg(p.pid, signal.SIGINT)
rc = p.wait()
sys.exit(128 - rc if rc < 0 else rc)
' "$TRASH/started" inc-handoff -C ctrl "$cid" ic "Ana Lima <ana@example.com>" \
    >"$TRASH/.out" 2>"$TRASH/.err"
is "$?:$(head -1 "$TRASH/.out")" "130:@all: IC -> Ana Lima" \
	"Ctrl-C at a slow hook: the tool has said what it recorded, and ends by SIGINT"
is "$(sed -n 3p "$TRASH/.out")" "BRIEFING: Calls fail" \
	"the new IC's briefing printed before the hooks, so not cut short"
is "$(cat "$TRASH/.err")" "inc-handoff: warning: hook a: stopped by SIGINT (the event is recorded); hook b: not run: interrupted by SIGINT (the event is recorded)" \
	"what was cut short is said in one line"
if [ $(($(date +%s) - started)) -lt 10 ]; then
	ok "the tool did not wait for the hook"
else
	not_ok "the tool did not wait for the hook"
fi
i=0
while kill -0 "$(cat "$TRASH/sleeper")" 2>/dev/null && [ $i -lt 50 ]; do
	sleep 0.1
	i=$((i + 1))
done
if [ -s "$TRASH/sleeper" ] && ! kill -0 "$(cat "$TRASH/sleeper")" 2>/dev/null &&
    [ ! -e "$TRASH/b-ran" ]; then
	ok "the hook's process group is gone, and the hook after it never ran"
else
	not_ok "the hook's process group is gone, and the hook after it never ran"
fi
i=0
while [ "$(git -C shared.git rev-parse main)" != "$(git -C ctrl rev-parse HEAD)" ] &&
    [ $i -lt 100 ]; do
	sleep 0.1
	i=$((i + 1))
done
is "$(git -C shared.git log -1 --format=%s main)" "$cid: IC -> Ana Lima" \
	"the hand-over is pushed all the same"
git config --global --unset inc.hook.a
git config --global --unset inc.hook.b
git config --global --unset inc.hookTimeout # a nested write may take 1 s

# a lock left by the event is released before hooks run: a hook can write
git config --global inc.hook.nested \
	"[ \"\$INC_EVENT\" = state ] && inc-note -C '$TRASH/r' 'noted by a hook' >/dev/null 2>&1; true"
run inc-state -C r major
is "$status" 0 "a hook that writes an event itself"
is "$(event_field r "$id" .text)" "noted by a hook" \
	"its event is recorded too: the lock was released first"
git config --global --unset inc.hook.nested

# hooks never come from the repository: a pulled repository cannot run code
git -C r config inc.hook.evil "touch '$TRASH/pwned'"
printf '[inc "hook"]\n\tevil2 = touch %s/pwned\n' "$TRASH" >r/.gitconfig
git -C r config include.path ../.gitconfig
run inc-note -C r "Checking the repository's config is ignored"
is "$status" 0 "a note with hooks in the repository's config"
if [ -e "$TRASH/pwned" ]; then
	not_ok "a hook in the repository's own config never runs"
else
	ok "a hook in the repository's own config never runs"
fi
is "$err" "" "and nothing is said about it"

# a timeout that is not a number is said, and the default used
git config --global inc.hook.quiet true
git config --global inc.hookTimeout soon
run inc-note -C r "A bad timeout"
is "$status|$err" "0|inc-note: warning: inc.hookTimeout: not a whole number above 0 of seconds: using 10" \
	"a bad inc.hookTimeout: a warning, the default, the event recorded"
git config --global --unset inc.hook.quiet

# all the hooks of one run share inc.hookTimeout: a batch of notes with a
# slow hook is not held up by the hook's time for each note
git config --global inc.hook.slow "sleep 1"
git config --global inc.hookTimeout 2
i=0
while [ $i -lt 40 ]; do echo "alert $i"; i=$((i + 1)); done >alerts
before=$(commits r)
started=$(date +%s)
run sh -c 'inc-note -C r -I "$1" <alerts' - "$id"
took=$(($(date +%s) - started))
is "$status" 0 "a batch with a slow hook succeeds"
is "$(commits r)" $((before + 40)) "every note is recorded"
if [ "$took" -lt 15 ]; then
	ok "the hooks took their budget, not a second a note ($took s)"
else
	not_ok "the hooks took their budget, not a second a note ($took s)"
fi
is "$(printf '%s\n' "$err" | grep -c '^inc-note: warning: ')" 1 \
	"one warning line"
like "$err" \
	'^inc-note: warning: (.*; )?hook slow: not run: the 2 s for hooks ran out \(the event is recorded\)$' \
	"it says the later hooks were not run"
git config --global --unset inc.hook.slow

# a hook that leaves a process in the background does not keep the
# tool's stderr open: whoever reads it gets its end when the tool ends
git config --global inc.hook.bg "echo posting; sleep 20 & echo \$! >'$TRASH/bg'"
started=$(date +%s)
said=$(inc-note -C r "$id" "In the background" 2>&1)
took=$(($(date +%s) - started))
if [ "$took" -lt 10 ]; then
	ok "a backgrounded child does not hold the tool's stderr ($took s)"
else
	not_ok "a backgrounded child does not hold the tool's stderr ($took s)"
fi
is "$(printf '%s\n' "$said" | grep -x posting)" "posting" \
	"the hook's own output still reaches stderr"
kill "$(cat "$TRASH/bg")" 2>/dev/null
git config --global --unset inc.hook.bg
git config --global --unset inc.hookTimeout

# a hook that never stops writing is still stopped in time
git config --global inc.hook.chatty "yes"
git config --global inc.hookTimeout 1
started=$(date +%s)
run sh -c 'inc-note -C r "$1" "Chatty" 2>/dev/null' - "$id"
took=$(($(date +%s) - started))
if [ "$status" = 0 ] && [ "$took" -lt 10 ]; then
	ok "a hook that never stops writing is stopped ($took s)"
else
	not_ok "a hook that never stops writing is stopped ($took s)"
fi
git config --global --unset inc.hook.chatty
git config --global --unset inc.hookTimeout

# a sitrep over 128 KiB reaches hooks: all of it in INC_TEXT_FILE, the
# start of it in INC_TEXT, cut at 64 KiB
git config --global inc.hook.big \
	"cp \"\$INC_TEXT_FILE\" '$hooked.file'; printf '%s' \"\$INC_TEXT\" >'$hooked.text'"
big=$(head -c 60000 /dev/zero | tr '\0' a)
run inc-sitrep -C r -b "$big" -i "$big" -d "$big" "$id"
is "$status|$(printf '%s\n' "$err" | grep -c warning)" "0|0" \
	"a sitrep of 180 KB: the hook runs, without a warning"
is "$(cat "$hooked.file")" "$out" "INC_TEXT_FILE holds the whole sitrep"
is "$(wc -c <"$hooked.text")" 65536 "INC_TEXT is cut to 64 KiB"
is "$(tail -n 1 "$hooked.text")" "[...]" "and ends with a line [...]"
is "$(head -c 65530 "$hooked.text")" "$(head -c 65530 "$hooked.file")" \
	"the start of the whole text"
git config --global --unset inc.hook.big
git config --global inc.hook.path "printf '%s' \"\$INC_TEXT_FILE\" >'$hooked.path'"
succeeds "a note with a hook that keeps the path" inc-note -C r "$id" "x"
if [ -s "$hooked.path" ] && [ ! -e "$(cat "$hooked.path")" ]; then
	ok "INC_TEXT_FILE is removed once the hook ends"
else
	not_ok "INC_TEXT_FILE is removed once the hook ends"
fi
git config --global --unset inc.hook.path

# a hook that cannot be started says why, not "exit status 127"
git config --global inc.hook.chat true
head -c 50000 /dev/zero | tr '\0' b >note
head -c 80000 /dev/zero | tr '\0' c >env
# with a stack of 256 KiB exec takes 128 KiB of arguments and environment
run sh -c 'ulimit -s 256 && BIG=$(cat env) inc-note -C r "$1" - <note' - "$id"
is "$status|$(printf '%s\n' "$err" | grep warning)" \
	"0|inc-note: warning: hook chat: cannot run /bin/sh: Argument list too long (the event is recorded)" \
	"an environment too big for exec is reported as such"
git config --global --unset inc.hook.chat

# without hooks nothing runs and nothing is said
git config --global --unset inc.hookTimeout
succeeds "no hooks configured" inc-note -C r "Quiet"
is "$err" "" "silently"

# git's own commit hooks do not run for an event's commit (incident(7)):
# a pre-commit hook that refuses everything refuses no event
new_repo gh
mkdir githooks
printf '#!/bin/sh\necho "secret found" >&2\nexit 1\n' >githooks/pre-commit
chmod +x githooks/pre-commit
git -C gh config core.hooksPath "$TRASH/githooks"
gid=$(inc-open -C gh "Checkout errors" 2>/dev/null)
run inc-note -C gh "$gid" "rotated the key AKIAIOSFODNN7EXAMPLE"
is "$status:$(git -C gh log -1 --format=%s)" "0:$gid: Note: rotated the key AKIAIOSFODNN7EXAMPLE" \
	"git's pre-commit hook does not run: the event is recorded, as documented"

done_testing
