#!/bin/sh
# inc-open: declaring an incident.
. "$(dirname "$0")/lib.sh"

new_repo r
run inc-open -C r -m "5xx from the API" "API errors in EU"
is "$status" 0 "open exits 0"
id=$out
like "$id" '^20[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9]{4}-api-errors-in-eu-[0-9a-z]{6}$' \
	"prints only the new id"
is "$err" "@all: Incident Investigating: API errors in EU
@all: IC -> Ricardo Ortiz" "announces on stderr"
is "$(commits r)" 1 "one commit"
is "$(git -C r log -1 --format=%s)" "$id: Incident Investigating: API errors in EU" \
	"the commit subject is the announcement"
is "$(git -C r log -1 --format='%an <%ae>')" "Ricardo Ortiz <ricardo@example.com>" \
	"authored by the responder"
is "$(git -C r log -1 --format='%(trailers:key=Incident,valueonly)' | head -1)" "$id" \
	"the Incident trailer names it"
is "$(cat r/incidents/*/*/"$id"/*.jsonl | jq -r '[.type,.title,.summary,.state,.incident,.actor.name,.v,.seq]|@tsv')" \
	"open	API errors in EU	5xx from the API	investigating	$id	Ricardo Ortiz	2	1" \
	"the raw event reads with jq"
is "$(git -C r status --porcelain)" "" "the work tree stays clean"
fsck_clean "fsck is clean" r

# the id spells a title's accented letters without their accents; other
# scripts, signs and runs of punctuation are one hyphen
id=$(inc-open -C r "Café in Zoë's région: Straße × Œuvre ½ 東京 down" 2>/dev/null)
like "$id" '^20[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9]{4}-cafe-in-zoe-s-region-strasse-oeuvre-down-[0-9a-z]{6}$' \
	"accented letters keep their base letter in the id"
id=$(inc-open -C r "東京 ½" 2>/dev/null)
like "$id" '^20[0-9]{2}-[0-9]{2}-[0-9]{2}-[0-9]{4}-incident-[0-9a-z]{6}$' \
	"a title with no Latin letter gives \"incident\""

# a long title is cut to 40 characters at a word's end, where one is in
# the second half; one long word is cut where it must be
id=$(inc-open -C r "Database primary out of disk after a very long migration" 2>/dev/null)
like "$id" '^[0-9-]{15}-database-primary-out-of-disk-after-a-[0-9a-z]{6}$' \
	"a long title is cut at a word's end"
id=$(inc-open -C r "DB-7 disk full after bad migration by Bo, again" 2>/dev/null)
like "$id" '^[0-9-]{15}-db-7-disk-full-after-bad-migration-by-bo-[0-9a-z]{6}$' \
	"a word that ends at the 40th character is kept whole"
id=$(inc-open -C r "Supercalifragilisticexpialidociousness of the cache" 2>/dev/null)
like "$id" '^[0-9-]{15}-supercalifragilisticexpialidociousness-[0-9a-z]{6}$' \
	"the end of a word in the second half"
id=$(inc-open -C r "Pneumonoultramicroscopicsilicovolcanoconiosis strikes" 2>/dev/null)
like "$id" '^[0-9-]{15}-pneumonoultramicroscopicsilicovolcanocon-[0-9a-z]{6}$' \
	"a word longer than 40 is cut at 40"

# --- --key: an alert firing again, or twice at once, opens one incident
new_repo k
kid=$(inc-open -C k --key "HighErrorRate/api" "API error rate above 5%" 2>/dev/null)
c0=$(commits k)
run inc-open -C k --key "HighErrorRate/api" "API error rate above 5%"
is "$status:$out:$err" "0:$kid:inc-open: HighErrorRate/api: open already as $kid; nothing recorded" \
	"the same key while its incident is active: its id, nothing recorded"
is "$(commits k)" "$c0" "no commit"
is "$(event_field k "$kid" .key)" "HighErrorRate/api" "the open event keeps the key"
for i in 1 2 3 4 5 6; do
	inc-open -C k --key "DiskFull/db1" "Disk full on db1" >"k.out.$i" 2>/dev/null &
done
wait
is "$(sort -u k.out.* | wc -l | tr -d ' '):$(inc-ls -C k | grep -c 'Disk full on db1')" "1:1" \
	"six firing at once open one incident, and all say its id"
drid=$(inc-open -C k --drill --key "HighErrorRate/api" "API error rate drill" 2>/dev/null)
is "$([ -n "$drid" ] && [ "$drid" != "$kid" ] && echo another)" another \
	"a drill with the key is another incident"
inc-state -C k "$kid" resolved >/dev/null 2>&1
run inc-open -C k --key "HighErrorRate/api" "API error rate above 5%"
like "$status:$out" "^0:[0-9-]{15}-api-error-rate-above-5-[0-9a-z]{6}\$" "resolved, the key opens a new one"
is "$([ "$out" != "$kid" ] && echo new)" new "with a new id"
# the alert's incident closed as a duplicate of the one a person declared
# first: the alert firing again finds the person's, while it is active
pid=$(inc-open -C k "Slack is down for everyone" 2>/dev/null)
aid=$(inc-open -C k --key "EdgeConnFail/us-east-1" "Websocket failures" 2>/dev/null)
inc-state -C k "$aid" duplicate "$pid" >/dev/null 2>&1
c0=$(commits k)
run inc-open -C k --key "EdgeConnFail/us-east-1" "Websocket failures"
is "$status:$out:$err" "0:$pid:inc-open: EdgeConnFail/us-east-1: open already as $pid; nothing recorded" \
	"the key of a duplicate: its primary's id, nothing recorded"
is "$(commits k)" "$c0" "no commit"
inc-state -C k "$pid" resolved >/dev/null 2>&1
run inc-open -C k --key "EdgeConnFail/us-east-1" "Websocket failures"
is "$status:$(inc-ls -C k | grep -c 'Websocket failures')" "0:1" \
	"the primary resolved, the key opens a new one"
# the Alertmanager receiver of inc-open(1)'s examples, run as written: a
# repeat finds the incident, and the resolved notification opens none
sed -n '/^#!\/bin\/sh$/,/^esac$/p' "$SRC/man/inc-open.1" | sed 's/\\e/\\/g' >receiver
payload() {
	printf '{"groupKey":"{}:{alertname=\\"HighErrorRate\\"}","status":"%s","commonAnnotations":{"summary":"API error rate above 5%%"}}' "$1"
}
new_repo am
fired=$(payload firing | INC_REPO="$TRASH/am" sh receiver 2>/dev/null)
again=$(payload firing | INC_REPO="$TRASH/am" sh receiver 2>/dev/null)
is "$(inc-ls -C am -j | jq -r .key):$again" '{}:{alertname="HighErrorRate"}:'"$fired" \
	"the receiver: a repeat finds the incident (inc-ls --json gives its key)"
payload resolved | INC_REPO="$TRASH/am" sh receiver >/dev/null 2>&1
is "$(inc-log -C am "$fired" | tail -1 | sed 's/.*  note: /note: /')" "note: alert resolved: API error rate above 5%" \
	"its resolved notification is a note on the incident"
inc-state -C am "$fired" resolved >/dev/null 2>&1
payload resolved | INC_REPO="$TRASH/am" sh receiver >/dev/null 2>&1
is "$?:$(inc-ls -C am | wc -l | tr -d ' ')" "0:0" \
	"and, the incident resolved by the IC, opens no new one"
# a route grouping by every label: a group key over the 200 bytes of a
# key, taken by its digest, the same at each notification
long='{}/{severity=\"page\"}:{alertname=\"KubePodCrashLooping\", cluster=\"prod-eu-west-1\", container=\"checkout-api\", instance=\"10.42.3.17:8080\", job=\"kube-state-metrics\", namespace=\"payments-prod\", pod=\"checkout-api-7d9f8b6c5-x2k9p\"}'
page() {
	printf '{"groupKey":"%s","status":"%s","commonAnnotations":{"summary":"Pod crash looping"}}' "$long" "$1"
}
fired=$(page firing | INC_REPO="$TRASH/am" sh receiver 2>/dev/null)
again=$(page firing | INC_REPO="$TRASH/am" sh receiver 2>/dev/null)
digest=$(page firing | jq -j .groupKey | sha256sum | cut -d' ' -f1)
is "$(inc-ls -C am -j | jq -r '[.key, .title] | join("|")'):$again" \
	"$digest|Pod crash looping:$fired" \
	"the receiver: a group key over 200 bytes opens an incident by its digest, found again"
page resolved | INC_REPO="$TRASH/am" sh receiver >/dev/null 2>&1
is "$(inc-log -C am "$fired" | tail -1 | sed 's/.*  note: /note: /')" \
	"note: alert resolved: Pod crash looping" "and its resolved notification finds it"
inc-state -C am "$fired" resolved >/dev/null 2>&1
# two alerts whose summaries differ: no summary in commonAnnotations
printf '%s' '{"groupKey":"{}:{alertname=\"HighErrorRate\"}","status":"firing",
 "commonLabels":{"alertname":"HighErrorRate"},"commonAnnotations":{},
 "alerts":[{"annotations":{"summary":"5xx above 5% on api-1"}},
           {"annotations":{"summary":"5xx above 5% on api-2"}}]}' |
    INC_REPO="$TRASH/am" sh receiver >/dev/null 2>&1
is "$(inc-ls -C am -j | jq -r .title)" "HighErrorRate" \
	"summaries that differ: the incident is titled by the alert name"
inc-state -C am "$(inc-ls -C am -j | jq -r .incident)" resolved >/dev/null 2>&1
printf '%s' '{"groupKey":"{}:{cluster=\"eu\"}","status":"firing",
 "commonLabels":{"cluster":"eu"},"commonAnnotations":{},
 "alerts":[{"annotations":{"summary":"Disk full on db-1"}},
           {"annotations":{"summary":"5xx above 5% on api-2"}}]}' |
    INC_REPO="$TRASH/am" sh receiver >/dev/null 2>&1
is "$(inc-ls -C am -j | jq -r .title)" "Disk full on db-1" \
	"alerts of several names: the first alert's summary"
inc-state -C am "$(inc-ls -C am -j | jq -r .incident)" resolved >/dev/null 2>&1
# a summary over the 200 bytes of a title (here 150 two-byte letters):
# cut at a letter, the incident opened all the same
summary=$(printf 'é%.0s' $(seq 1 150))
printf '{"groupKey":"{}:{alertname=\\"Long\\"}","status":"firing","commonAnnotations":{"summary":"%s"}}' \
    "$summary" | INC_REPO="$TRASH/am" sh receiver >/dev/null 2>&1
is "$(inc-ls -C am -j | jq -r '.title | utf8bytelength')" 200 \
	"a summary over 200 bytes: the title is cut to 200, and the incident opened"
fails "a key of two lines" 2 "inc-open: --key: contains a control character" \
	inc-open -C k --key "$(printf 'a\nb')" "Title"

done_testing
