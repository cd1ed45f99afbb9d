#!/bin/sh
# inc-status --check: customer status updates linted against the process.
. "$(dirname "$0")/lib.sh"

corpus=$SRC/tests/status-corpus
usage=$(usage_of inc-status)
eta='refused: eta: %s: say what is being done and when the next update will come, not when it will be fixed'
cause='refused: cause: %s: say what is broken and what is being done; name the cause once the incident is resolved'
blame='refused: blame: %s: own the problem and say what we are doing about it, not whose fault it is'
impact='advice: impact: say what customers see and how widely (errors, timeouts, slowness, what is unavailable)'
action='advice: action: say what we are doing about it (investigating, rolling back, monitoring)'
workaround='advice: workaround: say what customers can do in the meantime, or plainly that there is no workaround yet'
next='advice: next-update: say when the next update will come ("next update in 30 minutes")'
data='advice: data-loss: say whether any data was lost'
restored='advice: restored: say that service is fully restored'
internal='advice: internal: %s: leave out internal host names, addresses, ticket ids and code names'
hint_cause='advice: maybe-cause: %s: this reads like updates that named a cause: if it does, leave the cause for the resolved update'
hint_blame='advice: maybe-blame: %s: this reads like updates that put the fault on someone else: if it does, own the problem instead'
# f FORMAT WORDS: a finding about "WORDS"
f() {
	printf "$1" "\"$2\""
}

# check FILE [OPTION...]: inc-status --check with FILE on stdin
check() {
	file=$1
	shift
	run sh -c 'f=$1; shift; inc-status --check "$@" <"$f"' - "$file" "$@"
}
# says TEXT [OPTION...]: inc-status --check of TEXT
says() {
	printf '%s\n' "$1" >up
	shift
	check up "$@"
}

# The corpus: every good update is recorded with no refusal, every bad
# one refused with exactly the findings expected of it, and the updates
# of advice/ recorded with exactly the advice expected.
n=0
for f in "$corpus"/good/*.txt; do
	n=$((n + 1))
	check "$f"
	is "$status:$err:$(printf '%s\n' "$out" | grep -c '^refused')" "0::0" \
		"good/$(basename "$f"): no refusal"
done
[ "$n" -ge 30 ] && ok "at least 30 good updates ($n)" ||
	not_ok "at least 30 good updates ($n)"
n=0
for f in "$corpus"/bad/*.txt; do
	n=$((n + 1))
	check "$f"
	is "$status:$err:$out" "1::$(cat "${f%.txt}.expect")" \
		"bad/$(basename "$f"): exactly the findings expected"
done
[ "$n" -ge 25 ] && ok "at least 25 bad updates ($n)" ||
	not_ok "at least 25 bad updates ($n)"
for f in "$corpus"/advice/*.txt; do
	check "$f"
	is "$status:$err:$out" "0::$(cat "${f%.txt}.expect")" \
		"advice/$(basename "$f"): recorded, with the advice expected"
done
n=$(grep -vc '^#' "$corpus/real.tsv")
[ "$n" -ge 300 ] && ok "at least 300 real updates ($n)" ||
	not_ok "at least 300 real updates ($n)"
for f in "$corpus"/*.tsv; do
	case $f in
	*.second.tsv) # a second reading: number, url, labels
		like "$(grep -v '^#' "$f" | awk -F '\t' 'NF != 3 || $1 != NR ||
		    $2 !~ /^https?:\/\// ||
		    $3 !~ /^(-|((eta|cause|blame),?)+)$/ { print "bad row " NR }')" \
		    '^$' "$(basename "$f"): every row has its number, url and labels" ;;
	*)
		like "$(grep -v '^#' "$f" | awk -F '\t' 'NF != 4 ||
		    $1 !~ /^https?:\/\// || $2 !~ /^(open|resolved)$/ ||
		    $3 !~ /^(-|((eta|cause|blame),?)+)$/ { print "bad row " NR }')" \
		    '^$' "$(basename "$f"): every real update has its url, status and labels" ;;
	esac
done

# The rules, one example each, as a responder would write them.
printf '%s\n' "Checkout is failing. We are rolling back. Retry in the" \
	"meantime. It will be back up in 30 minutes. Next update in 20 minutes." >up
check up
is "$status:$out" "1:$(f "$eta" "will be back up in 30 minutes")" \
	"an ETA over a line break is quoted with a space"
says "Checkout is failing since 14:00 UTC. At 14:05 UTC we saw timeouts too, and for the last 30 minutes orders have been slow. We are rolling back. No workaround yet. Next update in 30 minutes."
is "$status:$out" "0:" "past times and the time of the next update are fine"
says "Checkout fails. We are rolling back and expect it to be fixed shortly. No workaround yet. Next update in 30 minutes."
is "$status:$out" "1:$(f "$eta" "to be fixed shortly")" "\"shortly\" is an ETA"
says "Checkout fails. We are rolling back; it should be back by 15:00 UTC. No workaround yet."
like "$out" '^refused: eta: "should be back by 15:00 UTC"' "\"should be back by\" is an ETA"
says "Checkout fails. We are rolling back and it will work again within the hour. No workaround yet. Next update in 30 minutes."
is "$status:$out" "1:$(f "$eta" "within the hour")" "\"within the hour\" is an ETA"
says "Logins are failing because of a bug in our session store. We are deploying a fix. Please retry. Next update in 1 hour."
is "$status:$out" "1:$(f "$cause" "because of")" "a presumed cause"
check up --resolved
is "$status:$out" "0:$data
$restored" "--resolved: a resolved incident may name its cause"
check up -r
is "$status:$out" "0:$data
$restored" "-r is --resolved"
says "Logins fail. While we investigate the root cause, please retry. Next update in 30 minutes."
is "$status:$out" "0:" "\"while we investigate the root cause\" presumes nothing"
says "Logins fail. We have identified the root cause and are deploying a fix. Please retry. Next update in 30 minutes."
is "$status:$out" "0:" "\"we have identified the root cause\" presumes nothing"
says "Logins fail. The errors are related to a database change. We are reverting it. Please retry. Next update in 30 minutes."
is "$status:$out" "1:$(f "$cause" "are related to")" "\"related to\" is a cause"
says "Logins fail as a result of a certificate expiry. We are renewing it. Please retry. Next update in 30 minutes."
is "$status:$out" "1:$(f "$cause" "as a result of")" "\"as a result of\" is a cause"
says "A storage failure is disrupting logins. We are failing over. Please retry. Next update in 30 minutes."
is "$status:$out" "1:$(f "$cause" "A storage failure is disrupting")" "\"X failure is disrupting\" is a cause"
says "Emails are delayed: a spike in sign-ups created a backlog. We are adding workers. No workaround yet. Next update in 30 minutes."
is "$status:$out" "1:$(f "$cause" "spike in sign-ups created a backlog")" "a spike that \"created a backlog\" is a cause"
says "This incident has been resolved." -r
is "$status:$out" "0:$data" "a resolved update is recorded, never asked for a workaround"
# a monitoring update: the fix is in place; what customers may still
# see is asked, no workaround
says "A fix has been implemented and we are monitoring the results. Next update in 1 hour." -s monitoring
is "$status:$out" "0:advice: impact: say what customers may still see while the fix is watched (errors clearing, delays, a retry needed), or that service is back to normal" \
	"-s monitoring: asked what customers may still see, never for a workaround"
says "A fix is in place and errors are clearing. We are monitoring. Next update in 1 hour." -s monitoring
is "$status:$out" "0:" "-s monitoring: the fix and what customers still see: nothing to advise"
says "A fix is in place and all systems are operating normally. We are monitoring. Next update in 1 hour." -s Monitoring
is "$status:$out" "0:" "-s monitoring: service back to normal says what customers see"
says "Logins are back to normal for everyone. Next update in 1 hour." -s monitoring
is "$status:$out" "0:advice: action: say that a fix is in place and that we are monitoring it" \
	"-s monitoring: asked to say the fix is in place"
says "A fix has been implemented and we are monitoring the results. Next update in 1 hour."
is "$status:$out" "0:$impact
$workaround" "without -s monitoring the same update is asked for both"
says "Logins failed between 10:00 and 10:40 UTC. It is over." -s resolved
is "$status:$out" "0:$data
$restored" "-s resolved with --check is -r"
says "Logins failed between 10:00 and 10:40 UTC. It is over." -r
is "$status:$out" "0:$data
$restored" "resolved: advised to say that data is safe and service fully restored"
says "Logins failed because AWS had an outage. It has been resolved. No action is needed." -r
is "$status:$out" "1:$(f "$blame" "because AWS had an outage")
$data" "--resolved still refuses blame"
says "Logins failed between 10:00 and 10:40 UTC. We have fixed it, and a lasting fix ships tomorrow. No data was lost." -r
is "$status:$out" "1:$(f "$eta" "tomorrow")
$restored" "--resolved still refuses an ETA"
says "We are working with AWS and our database provider to restore logins, which are failing for some customers. No workaround yet. Next update in 1 hour."
is "$status:$out" "0:" \
	"naming a vendor neutrally is fine (no hint on a sentence the patterns call neutral)"
says "Logins fail due to an issue with an upstream provider. We are investigating. No workaround yet. Next update in 1 hour."
like "$out" "$(f "$blame" "due to an issue with an upstream provider")" "\"an upstream provider\" is blamed"
says "Our cloud provider is having an outage, so logins fail. We are investigating. No workaround yet. Next update in 1 hour."
like "$out" "$(f "$blame" "Our cloud provider is having an outage")" "\"our cloud provider\" is blamed"
says "SMS are delayed. Our carrier partner is experiencing an outage. No workaround yet. Next update in 1 hour."
like "$out" "$(f "$blame" "Our carrier partner is experiencing an outage")" "\"our carrier partner\" is blamed"
says "Pushes fail: GitHub has reported an incident. We are monitoring. No workaround yet. Next update in 1 hour."
like "$out" "$(f "$blame" "GitHub has reported an incident")" "\"GitHub has reported an incident\" is blamed"
says "Hello."
is "$status:$out" "0:$impact
$action
$workaround
$next" "an update that says nothing: advice only, in order, recorded"
says "Logins fail on db-3.prod.internal (10.0.3.7), see OPS-1234. We are restarting it. Please retry. Next update in 1 hour."
is "$status:$out" "0:$(f "$internal" "db-3.prod.internal")
$(f "$internal" "10.0.3.7")
$(f "$internal" "OPS-1234")" "internal names, addresses and tickets: advice"

# --internal (-J): the team's code names, in any case, whole words, the
# words of a name apart as written; and the phrases that name a project
says "Some customers see 502 errors on image uploads while we move traffic off the Nightingale cluster. We are adding capacity; retrying is safe. Next update in 30 minutes." \
	--internal nightingale
is "$status:$out" "0:$(f "$internal" "Nightingale")" "--internal: a code name is advice"
says "Builds on Atlassian Bamboo and ATLAS-backed runners are slow. We are rerouting them; no workaround yet. Next update in 1 hour." \
	-J Atlas
is "$status:$out" "0:$(f "$internal" "ATLAS")" \
	"whole words only: Atlas is not in Atlassian, ATLAS-backed is"
says "Logins fail in the EU since the ØRSTED GATE rollout; Ørsted-Gate nodes are being drained and Orsted Gate is unaffected. Please retry. Next update in 30 minutes." \
	-J "Ørsted Gate" -J "Zürich Relay"
is "$status:$out" "0:$(f "$internal" "ØRSTED GATE")
$(f "$internal" "Ørsted-Gate")" "-J: an accented name of two words, in either case, with a space or hyphen"
says "Payments fail for some customers of project Bluebird. We are rolling back a change; please retry failed payments. Next update in 30 minutes."
is "$status:$out" "0:$(f "$internal" "project Bluebird")" "\"project Bluebird\" names an internal project"
says "Uploads are delayed: the code-named Kestrel pipeline is behind, as is the work codenamed Ævar. We are draining the queue; nothing is lost and no action is needed. Next update in 1 hour."
is "$status:$out" "0:$(f "$internal" "code-named Kestrel")
$(f "$internal" "codenamed Ævar")" "code names, accented too"
says "Project boards and the Postgres clusters load slowly. We are investigating; no workaround yet. Next update in 1 hour."
is "$status:$out" "0:" "a product's own words are no code name"
says "Requests to nightingale.corp fail. We are restarting it. Please retry. Next update in 1 hour." \
	-J nightingale -M internal=refuse
is "$status:$out" "1:refused: internal: \"nightingale.corp\": leave out internal host names, addresses, ticket ids and code names" \
	"a name inside a host name is found once; the rule can refuse"
says "The Nightingale cluster is down. We are restarting it. Please retry. Next update in 1 hour." \
	-J nightingale -M internal=off
is "$status:$out" "0:" "-M internal=off: not looked for"
fails "an empty --internal" 2 "inc-status: --internal: empty" \
	sh -c 'inc-status -c --internal "" </dev/null'

# refused_as: each line "RULES|TEXT" on stdin ("-r TEXT": a resolved
# update) is refused for exactly those rules ("-": none)
refused_as() {
	while IFS='|' read -r want text; do
		r=
		case $text in -r\ *) r=-r text=${text#-r } ;; esac
		says "$text" -j $r
		got=$(printf '%s\n' "$out" | jq -r '[.[] |
		    select(.mode == "refuse") | .rule] | unique | join(",")')
		is "${got:--}" "$want" "$want: ${r:+$r }$text"
	done
}

# The wording of real updates of small providers (tests/status-corpus,
# the second set): the rules each refuses, exactly ("-": none)
refused_as <<'EOF'
eta|Email deliveries will be resumed shortly.
eta|We hope to have them restored very soon.
eta|We anticipate these sites will be down for the rest of the day.
eta|The repair work is expected to continue throughout Sunday.
eta|Power might be restored as quickly as 1-1½ hours.
eta|If you see an error, please try again in 20-30 minutes.
eta|Metadata will be refreshed over the next 24 - 48 hours.
-|Pages fail. We will update when we see recovery or in another hour.
-|Logins fail for some users. Please retry later.
-|We do not have any further ETA at this time.
cause|Root cause: a failed switch in one rack.
cause|We have narrowed the issue down to routes over one carrier.
cause|The server encountered hardware errors.
cause|An error occurred with the container host.
cause|Accidental power break.
cause|Logins fail because of a fibre cable break.
cause|We are seeing a malicious attack on our network.
-|The root cause has been identified and we are working on a fix.
-|This is related to https://status.example.com/incidents/abc which was resolved by mistake.
-|Follow https://community.example.com/Mitigation-steps-ISP-Issues-in-Brazil to mitigate.
blame,cause|The issue appears to be on NTT's side.
blame,cause|This circuit is affected by a major Openreach outage.
blame,cause|An excavator dug up and damaged a line.
blame|Linode's team has identified the issue.
blame|We still await upstream fix.
blame|Upstream resolved.
blame|Our ISP has restored service.
blame|We raised a fault and are awaiting an update from them.
blame|The fault has been reported to TENET's service desk.
blame|The provider failed to inform us of the maintenance.
-|We have engaged our cloud provider. Next update in 30 minutes.
-|The Frankfurt team is investigating slow page loads.
-|Our Support team has escalated this to Engineering.
EOF

# The kinds of wording of the third set (blind.tsv, tuned on after it was
# measured): the rules each refuses, exactly ("-": none)
refused_as <<'EOF'
eta|We will be starting the remaining servers shortly.
eta|The issue should soon be resolved.
eta|We expect the backlog to clear within 2 hours of the fix being deployed.
-|The estimated repair time was 4 hours.
-|The rebuild took longer than expected.
-|Restoration work will begin by the end of the week.
-|Within the next 24 hours we will provide an estimated restoration schedule.
-|The change has been rescheduled for next week.
-|The team noticed the problem within five minutes of the servers going down.
cause|This could be a power problem.
cause|We possibly have a router down.
cause|High load is causing slow responses.
cause|Temperatures in the server room are rising.
cause|There was a fire at the data centre.
cause|We have experienced a CPU failure on this node.
-|The issue is causing delays for some users.
blame|According to our DNS provider, the attack continues.
-|-r This morning's incident was due to human error in a deployment package.
cause|The outage is due to human error during maintenance.
-|We are adding checks so that a human error cannot reach production.
blame|-r The outage was caused by a vendor error.
-|-r At 07:20 UTC the team triggered a manual downgrade of the service.
-|At 07:20 UTC the team triggered a failover to the standby database.
blame|-r The database team triggered the outage.
-|-r 1:35 PM ET: Customers notified us they could no longer log in.
cause|A resource limitation was identified that caused authentication services to restart.
-|An update was identified that we will roll out tonight to all users.
cause|The issue has been identified as DNS server connection issues.
-|The issue has been identified and a fix is being implemented.
-|We'll post another update as soon as more information becomes available or within the next 30 minutes.
eta|We will post an update once the service is available, which should be within the next 30 minutes.
-|Unless there is a recurrence, we will mark this incident resolved in one hour.
eta|The service should be resolved in one hour.
eta|There may be a period (expected 20 minutes) during which printing is not stable.
-|-r The restore took the expected 20 minutes.
blame|Our 3rd party email validation service was experiencing intermittent issues.
blame|The web service company we rely on is working to fix the errors.
blame|There was a delay in authentication codes from our external email provider.
-|There was a delay in authentication codes for some users.
blame|-r One of our larger customers modified a very large number of print queues.
-|Customers created a large number of tickets during the outage.
cause|Our VPS was unexpectedly taken down, which is currently causing service disruption.
-|We are seeing an issue which is causing errors for some users.
blame,cause|A CloudFlare issue is impacting the following services.
blame,cause|Emails are delayed as Mailgun is experiencing a major outage.
cause|We have confirmed that the problem is a networking issue.
-|We have confirmed that the problem is resolved for most users.
cause|There was an issue with rate limits that blocked the bot from connecting.
cause|Website is up but the database seems down.
-|The website seems down for some users.
-|-r The database was down for ten minutes.
cause|We had a hard disk crash the other day.
eta|We expect to release a fix by 8 a.m. Wed., Oct. 24.
-|-r The fix was released at 8 a.m. today.
eta|Expect it to be down for at least one more week.
-|-r The site was down for 2 hours.
eta|We will be slowly restoring service throughout the day.
-|We will post updates throughout the day.
blame|We are waiting for our network provider to get this fixed.
blame|Waiting on Frontier to come fix things.
-|Waiting on the database to finish its restore.
blame|A master case has been submitted with CDK.
blame|Minor networking hiccough at the hosting provider.
blame|We are seeing increased response times from our payment processor, IPPAY.
-|We are seeing increased response times for payments.
eta|This issue will be corrected in an upcoming release.
-|-r The bug was fixed in the next release.
blame|Per our upstream, the fibre repair is under way.
blame|Our provider reports service has been restored.
blame|Hetzner reports a network outage in Falkenstein.
blame|A vendor technician will be arriving on site.
blame|The utility company has dispatched crews.
blame|We have chased the supplier, who is yet to give us an update.
blame|There is an issue with our payment processor.
blame|Our CDN provider (Bunny) is investigating.
blame|The fault belongs to the colo facility.
blame|The data centre that hosts our servers lost power.
-|We are working with our provider to resolve the issue.
-|Customers may see errors on their end; please retry.
-|The team reports that the fix is deployed.
-|First reports came in at 09:10 UTC.
-|Kernel instability was initially blamed for the crashes.
-|Due to this, we have reopened our case. Logins fail for some users.
-|Our administrators are restoring mail. They have begun investigating the root cause.
EOF

# The kinds of wording of the fourth set (blind-2.tsv, tuned on after it
# was measured): dates and clocks with a dot, and the times a resolved
# update tells after the fix ("-r" before a text: resolved)
refused_as <<'EOF'
eta|The mirror will stay down until this Sunday.
eta|Our server will be down until 13th Nov.
eta|We expect the repair to be completed by 20.00hrs.
eta|We anticipate the service will be fully restored by 9.30pm this evening.
eta|I will only be able to fix it by next Sunday.
-|Version 9.30 of the agent is affected. We are investigating.
-|-r The response team identified the issue by 08:54 UTC and mitigated it.
-|-r We will replace the core routers next week to prevent a recurrence.
-|-r An RFO will be available within 72 hours upon request.
eta|-r The remaining backlog of emails may take up to 12 hours to clear.
eta|-r Cached DNS records may persist for some users for up to 60 minutes.
eta|-r A permanent fix ships tomorrow.
blame|Sorry, my web host had some unscheduled emergency maintenance.
blame|Our provider had to do some unexpected maintenance on our server.
blame|The issue is on the host's end.
blame,cause|The provider has advised that a fibre break is suspected.
blame,cause|The fibre was damaged by an unrelated third party.
blame|Downtime came from provider-mandated maintenance.
cause|Work on a new driveway is suspected to be the cause of the break.
cause|The SSL certificate has expired.
cause|This attack is mainly impacting US East.
cause|We believe this is an issue with the storage layer.
-|Automated monitoring triggered a notification of degraded performance.
-|-r A faulty router was to blame for the outage; it has been replaced.
EOF

# The kinds of wording of the fifth set (blind-3.tsv, tuned on after it
# was measured), each with a clean look-alike
refused_as <<'EOF'
cause|A problem with one of our storage units has led to a disruption in mail.
-|This has led to delays for some users.
cause|An issue on the backend caused app sync to fail.
-|The issue caused some logins to fail.
cause|This appears to be a load issue.
cause|Looks like a database issue, looking into this.
-|We are investigating what appears to be a DNS issue.
cause|Probably a bad switch.
cause|The auth cluster is unwell.
cause|The webmail server hardware failed during the upgrade.
-|The server failed to respond to some requests.
cause|Logs indicate the disk is full.
cause|I ran out of inodes on the disk.
cause|The filesystem has been found to be severely corrupted.
cause|Indeed the certificate seems to have expired.
-|Some certs will show up as expired for a while.
cause|Flow is experiencing unusual load and some services may be slower than usual.
-|We are seeing high load again. Users may notice slowness.
blame|Update from Microsoft: the affected mail is not being processed.
blame|We have not received the all clear from Microsoft.
blame|Microsoft's remediation efforts are ongoing.
blame|Services have now been restored by Microsoft.
blame|This has been resolved upstream by our hosting provider.
blame|-r Some card payments were declined by an error returned by the payment processor.
blame|Update: MetroNet has resolved the infrastructure issues.
blame|We just have to wait til the Dyno devs resolve the issue.
blame|Not much we can do on our side until they resolve this.
blame|Awaiting the civil works crew to complete the two new joints.
blame|Utility power has not been restored yet.
-|Users will see errors until they refresh the page.
-|The Frankfurt team has restored service.
-|Some users saw user errors after the release.
eta|Will need to wait a week.
eta|The outage will continue until at least August 24.
eta|Our server will be down until November 13.
-|Estimated Time of Restoration: Unknown. Next update at 14:00 UTC.
-|ETA: unknown. Next update in 30 minutes.
-|Please wait 10 minutes and retry.
blame,cause|Due to a Fastly world-wide incident, most sites are down.
-|-r We have published a Reason for Outage report.
blame|-r This was the result of an outage affecting one of our service providers.
blame|-r Microsoft have determined that a code change caused the issue.
blame|Our UPS vendor has an estimated time of arrival of 1 hour and 30 minutes.
blame|A ticket has been lodged with upstream.
blame|At 15:50 MetroNet (the campus internet provider) experienced a regional outage.
-|At 15:50 Mail (the web client) is slow for some users.
-|Several users reported experiencing delays with Drop and Go deliveries.
cause|For some reason, automatic renewal simply didn't happen.
cause|We are investigating a DNS issue that's causing the site to return errors.
-|We are investigating an issue that's causing the site to return errors.
cause|This is down to the sheer size of our mail platform.
-|Error rates are down to the usual level.
-|-r Some racks in the Kestrel data center lost power for ten minutes.
blame|The fault lies at the Equinix data centre.
-|Shortly after the cable is cut, phones in the building will be out of service.
blame,cause|The cable was cut by a digger this morning.
-|The root cause for yesterday and today's interruptions had been identified and is being worked on.
eta|The router will go down for 5-10 minutes.
-|The router went down for 5-10 minutes this morning.
eta|Some of our systems could come online this weekend.
-|We will be back with an update this afternoon.
EOF

# The kinds of wording of the sixth set (blind-4.tsv, tuned on after it
# was measured), each also found in another set, with clean look-alikes
refused_as <<'EOF'
blame|Our webhost is suffering from a database outage.
blame|Our current host provider experiencing a major outage, sites are being migrated.
-|Our current host provider is the same as last year.
blame|Rackspace seems to have had quite a few issues lately.
blame|Heroku seems to be recovering.
-|The dashboard seems to be recovering.
blame,cause|Hetzner established that the UPS systems had switched off.
blame|Hetzner claims they have it under control now.
blame,cause|It is the Discord API outage that is stopping the bot.
-|Discord notifications are delayed for some users.
blame,cause|Discord was encountering large-scale DDoS attacks.
blame|We are awaiting confirmation from our banking partner that they have resolved the issue.
-|We are working with our banking partner to restore card payments.
blame|Our CDN partner is experiencing an issue with the database.
blame|A major cloud provider is having an outage.
-|A major cloud provider hosts our API.
cause|A core switch became unresponsive at 16:54 local time.
cause|Two of the server nodes were unresponsive during the reboot.
-|The website was unresponsive for some users this morning.
blame|HostGator had a service disruption affecting many sites.
-|Customers hosted with HostGator may see delays.
cause|We are investigating a core switch crash which caused a brief interruption.
cause|We experiencing database crash at 1.10 PM, and system currently down.
-|The app crash some users saw is being investigated.
eta|We know some users still see slowness but we hope to solve this soon.
-|We will share what we learn soon.
EOF

# The kinds of wording of the seventh set (blind-5.tsv, tuned on after it
# was measured) and of the sixth set's misses: a supplier's hand on our
# things, its say and its estimate relayed, authorities' orders, waits
# foretold, a failing part named, fire and lightning; with clean
# look-alikes
refused_as <<'EOF'
blame,cause|The IP got blocked by my hosting provider.
-|The IP got blocked by our firewall after the attack.
blame|My VPS provider restarted my server overnight.
-|Our provider restarts a server only with notice.
blame,cause|Our data host ran into some problems after an upgrade.
blame|Intercom changed the target email address.
blame|Turns out they switched the wrong drive.
-|We replaced the failed drive this morning.
blame|I've submitted a support ticket to the host, awaiting their advice.
blame|We are awaiting approval from the Fire Service before powering on.
blame|At the request of the Fire Service, we powered down all servers.
blame|Ticketpro accepts full responsibility for today's failure.
blame,eta|The electric board claims power will return this evening.
blame|The electrician has completed his work at the relay site.
blame|Oncor does not have a specific ETA for repair completion.
-|We do not have a specific ETA for the repair yet.
blame|Chorus advises: faults will be prioritised.
-|Investigation notes: the alerts did not fire.
blame,cause|Fibre cables were damaged by the piling works contractor.
blame|Google support were unable to correct this.
blame|We were able to determine the issue was at AWS.
blame|Yeah, something wrong with Digital Ocean.
blame|Some server issues occurred on the hosting.
cause|There is a cable cut causing an outage in the hosting region.
blame,cause|We see errors arising from one of our banking partners.
blame|Microsoft has just posted an advisory about the failure.
blame,cause|According to their status page, they are suffering a DDoS attack.
blame|We take down all generators as instructed by the fire department.
blame|The building electricians accidently tripped the main breaker.
blame|Our fiber supplier has performed measurements to find the break.
blame|Amazon Simple Storage Service identified the cause of the errors.
eta|We should be back operating normally soon.
eta|We have been informed that this should be in approximately one and a half hours.
eta|It will be several hours before all of those messages get processed.
-|It was several hours before the messages were processed.
eta|We estimate it will take until approximately 6 pm today to deliver them.
eta|We expect to be down at least a couple of hours.
cause|This is an issue with our server and we're working on fixing it.
-|This is an issue we are investigating.
cause|It's a host problem, not an infrastructure one.
-|This is a known issue.
blame,cause|We're looking into it now, but it seems a Netlify issue.
blame,cause|Hetzner established that the UPS systems in the two data centers had switched off.
cause|We continue to work on the hosts that are affected by the contention issue.
-|Some users are affected by this issue.
cause|We identified a recent change responsible for the incorrect calculation.
cause|A transformer in our data center caught fire.
cause|The storm knocked out power to the tower.
blame,cause|An outage on a major cloud provider is causing downtime on our API.
blame,cause|This error seems to have been caused by downtime on the database I'm dependent on.
-|We depend on many tools.
blame,cause|Maintenance caused errors on a third-party data tool.
-|A fuel truck has been dispatched to the generators.
cause|One of our servers seems to have issues, working on it.
cause|I am still working on the server itself, seems to have been some filesystem issues.
-|We are experiencing an instance failure in one region.
cause|Something seems to have gone wrong with the box since then.
cause|At the moment, the server seems to be overloaded by the number of users.
blame,cause|A contractor has cut two different locations of internet fiber.
-|We cut over to the backup fiber.
-|Investigation notes: Github issue tracking this incident.
-|The site stopped responding at 9:59pm, as per Uptime-Robot.
blame,cause|The outage was caused by a GitHub outage.
blame|My webhost, HostGator, experienced a major network outage.
blame|Fastly, our CDN provider, had an outage this morning.
-|We use Stripe, PayPal, and Adyen for payments.
EOF

# The kinds of wording of the eighth set (blind-6.tsv, status pages of
# well-known services, tuned on after it was measured): load, a faulty
# job, a part's trouble and a named party's incident as what did it; an
# upstream service, a supplier facing an outage; a backlog to clear, an
# estimate of what is left, a fix to be deployed at a time
refused_as <<'EOF'
cause|The database processor is under heavy load, resulting in system slowness.
cause|The team has identified an issue with a stored procedure in the database.
-|We have identified an issue with logins.
cause|The configuration error responsible has been identified and is being fixed.
cause|An internal system underwent scheduled maintenance resulting in unexpected impacts.
cause|There is an issue with database connectivity.
-|There is an issue with logins.
blame,cause|We are aware of issues with our upstream cloud provider that may be affecting our services.
cause|A recent backfill task caused tokens to become invalid.
blame,cause|SparkPost, one of our email vendors, has reported an incident causing HTTP 502 errors.
-|We are experiencing an issue causing errors.
cause|We noticed a burst of SSL traffic that affected sites for 25 minutes.
cause|We're still having problems with one of the database servers.
blame|Web host had a meltdown.
blame|We are adding handling for when our up-stream email service fails.
blame,cause|The root cause was a failure in our caching provider (Fastly).
blame|Vercel is facing an outage right now.
blame,cause|We saw timeouts due to an AWS platform issue.
eta|The delay is now down to 2.5 minutes, and we expect to clear that backlog shortly.
eta|We estimate another hour and a half until they're all processed.
eta|The patch is to be deployed at approximately 10:00pm US Pacific Time today.
-|The fix was deployed at 10:00pm.
-|Discrepancy reported within the Monetize dashboard.
blame|The fault has been escalated within Neotel.
-|Hello, I'll work on this issue tomorrow. Thanks for the alert.
-|We will get back to you within an hour.
eta|The fix will be back in an hour.
cause|We are seeing increased traffic, causing slower responses.
cause|We are experiencing a backlog in our push service, which is causing delays.
-|We are investigating an issue, which is causing errors.
EOF

# The clean updates of the ninth set (blind-7.tsv, tuned on after it was
# measured) that were refused: a supplier's platform where customers
# are, a cause looked into or ruled out, a customer's own event; and its
# kinds of wording: a part or a job named as the trouble, a guessed
# faulty part, a supplier's own update or recovery, an adjective
# between "had a" and "failure"
refused_as <<'EOF'
-|The team was alerted to an issue with Apple iOS notifications.
blame|Push notifications fail: there is an issue with Apple.
-|The team is investigating a potential denial of service attack pattern.
-|There is no evidence of a denial of service attack.
cause|We see signs of a denial of service attack.
-|We recommend using your backup plan if you have a service starting soon.
eta|We are restarting the servers soon.
cause|The same database server causing issues yesterday is causing more problems today.
cause|A recent deployment introduced a regression and broke image builds.
cause|Issue has been identified in a rogue process causing database CPU issues.
cause|There was a logic error in the shipped code.
cause|We are currently facing a database performance issue impacting some pages.
cause|Our troubleshooting points to us suspect there might be faulty optics between the sites.
cause|Suddenly, the disk on one of the encoding servers crashed.
cause|We are continuing to load shed the DDoS.
-|Our team is investigating an issue with the Managed Database clusters.
blame|A network attack was launched by a fraudulent customer.
blame|During a scheduled Azure update, the Forms service was restarted.
blame|Shopify API response times have stabilized.
blame,cause|The instance is down due to outages with the host.
blame|Last night our hosting provider had a catastrophic failure in the hard drives.
EOF

# a fix "can be" soon, a step of the recovery soon or over the weekend,
# "~30 minutes"; in a resolved update, VMs still booting and data still
# to backfill are what remains; a notice, a report or a process that
# "can take" a while are not estimates of the fix
refused_as <<'EOF'
eta|Hopefully it can be fixed soon.
-|You can retry soon.
eta|The data will be backfilled shortly.
-|Customers will be notified shortly.
-|An update will be posted shortly.
eta|Restoring the database should be done over the weekend.
-|Our engineers worked over the weekend.
eta|It will take up to another ~30 minutes for the restore.
eta|-r This incident has been resolved and the data will be backfilled shortly.
eta|-r It will take up to another ~30 minutes for all VMs to fully boot.
-|-r A DNS change can take up to 24 hours to propagate.
EOF

# a guessed or named trouble without "caused by": a part overloaded, a
# fault "that might cause this issue", an update that caused errors; a
# supplier with what we use it for between, or downstream of us
refused_as <<'EOF'
cause|We've identified a potential misconfiguration that might cause this issue.
-|We are investigating anything that might cause this issue.
cause|A recent internal infrastructure update caused unexpected rate-limiting on our platform.
cause|One of the DNS servers is overloaded.
-|Our team is working to restore the DNS servers.
blame|An upstream provider we use for authentication services is having a service degradation.
blame|The third-party service we rely on is down.
blame|Our external file service is experiencing intermittent issues.
blame|A downstream provider was rate limiting us.
-|Our downstream services were slow.
EOF

# a flood of requests overwhelming us, a part dropping packets, a failed
# upgrade; a case opened with a supplier, its word or its fix waited
# for, a supplier "which is causing" it, load from a supplier
refused_as <<'EOF'
cause|An unusually high volume of automated requests targeted our public routes, overwhelming parts of our infrastructure.
cause|We are seeing an issue with this router dropping packets randomly.
cause|A small routine upgrade procedure failed on the webmail server.
-|The update failed to install for some users.
blame|We are opening a case with our service provider, Amazon Web Services.
blame|We will monitor until we hear from Microsoft that the problem has been fully resolved.
blame|It seems a correction from our hosting provider will be necessary.
blame,cause|We see packet loss on some routes via one of our transit providers, which is causing some disruption.
-|We are working with our provider, which has been very responsive.
blame,cause|We saw a spike of requests from our payment provider.
cause|We saw a spike of requests from Europe.
EOF

# a resolution anticipated soon; a trouble that names nothing ("due to
# technical difficulties") or another incident is no cause
refused_as <<'EOF'
eta|We anticipate a resolution to this issue shortly.
-|We expect a resolution as soon as possible.
-|Due to technical problems, some sections do not appear.
-|The site is down due to an unforeseen issue.
cause|Due to an issue with our database, payments fail.
cause|Due to an unexpected issue while deploying a fresh version, workspaces fail.
-|We suspect that this is linked to this incident.
cause|This is related to the incident at our data centre.
cause|We are experiencing an outage do to loss of connectivity between our services.
cause|Workers are not running bacuse of the missing Redis image.
cause|Uploads fail becuase the disk is full.
-|Here is what you can do to work around the issue.
cause|The errors originate from a bug introduced in yesterday's release.
cause|An expired TLS certificate on the edge is responsible.
cause|A bad deploy is likely responsible for the errors.
-|The team responsible for the API is investigating.
cause|Sign-ins fail for some users following a configuration change to our identity service.
cause|Logins fail after this morning's deploy.
-|We deployed a fix. Following the deployment, error rates are returning to normal.
-|We will monitor after a deploy of the fix.
-|Some users may see errors after an update is completed.
cause|The issue is a bad configuration push to our edge servers.
-|The issue is a bad one and we are on it.
blame|Webhooks are delayed and AWS is down.
-|We are working with AWS and Cloudflare on the delays.
EOF

# "Update:" labels an update, it does not speak of the next one; a
# trouble "associated with" a part, an issue identified "as" or "to be"
# one, an update that "resulted in" errors, a fault with "one of the
# machines"; a supplier's interruption, its part, its word waited for,
# customers' requests; working with a vendor's team, or a software
# utility, is no blame
refused_as <<'EOF'
eta|Update: The process can take several hours to complete.
eta|Update 14:05 UTC: The process can take several hours to complete.
-|Update: next update in 30 minutes.
cause|We've identified that it is associated with an issue accessing its in-memory storage system.
cause|We've identified the issue to be with re-connection logic of our in-memory storage.
cause|A recent update to our servers resulted in elevated memory usage.
cause|We have discovered a fault with one of the machines on our Sydney Datacenter.
cause|At 3:30 we experienced an intermittent hardware failure, which prevented some transactions from processing.
blame|Our cloud provider, Amazon Web Services, experienced an outage on December 7.
blame|Our hosting provider had a brief network interruption between availability zones.
blame|We are waiting to hear more from our upstream vendor.
blame|-r The errors were due to degradation on the part of third-party vendors.
blame|-r The issue was traced to a surge in the number of customer requests to one of our workers.
blame|We have notified our storage service partner.
-|We have notified our customers.
-|We are working with the AWS team to restore service.
blame|The AWS team is working on a fix.
-|We disabled the problematic monitoring utility and applied optimizations.
blame|Our power utility is working to restore power.
EOF

# a vendor's product, by its name or by what it is, in trouble, and a
# vendor's fix pushed or rolled out: blame; a product of our own with a
# capital is not a vendor's, nor a fix of ours
refused_as <<'EOF'
blame|GitHub Actions is currently experiencing an outage, so builds will not run.
blame|GitHub actions is experiencing an outage.
blame|Google Cloud Storage is currently experiencing an outage.
blame|Azure DevOps is experiencing degraded performance.
blame|Stripe Connect is having issues; payouts are delayed.
-|Acme Pipelines is currently experiencing an outage. Builds do not start.
-|We are seeing delays sending mail to Gmail accounts.
blame|Stripe has rolled out a fix; payouts are catching up.
blame|Twilio has mitigated the issue with its SMS gateway.
blame|GitHub pushed a fix and Actions runs are starting again.
-|We have rolled out a fix and are monitoring the results.
EOF

# a cause named with words between it and what it does, or "appears to
# be" the cause; a cause still unknown is not presumed
refused_as <<'EOF'
cause|A network partition between our data centers is causing replication lag.
cause|An expired certificate is preventing logins.
cause|A spike in traffic overwhelmed our API servers.
cause|The root cause appears to be a bug in the latest release.
cause|The root cause is likely a failed disk.
-|The cause appears to be unknown at this time. We are investigating.
-|The root cause is likely to be identified once the logs are read.
-|This outage is causing errors for some customers.
EOF

# a fix of ours promised for a day is an ETA; an update or a look
# promised for it is not
refused_as <<'EOF'
eta|We will have it back up today.
eta|I'll get that fixed tomorrow.
eta|We plan to restore the remaining mailboxes tonight.
-|We will post an update today.
-|We'll get back to you today.
-|We will look into it this afternoon.
EOF

# the trouble placed with a supplier, or in what comes from one; what
# merely comes from a third party is no blame; in a resolved update, a
# time yet to be taken is what remains
refused_as <<'EOF'
blame|The issue is with one of our vendors.
blame|The problem lies with our hosting provider.
blame,cause|Reports are low due to an issue with the log delivery from one of our CDN vendors.
blame,cause|Some payments were delayed due to an issue at our FPS Indirect partners gateway.
blame|We are investigating an issue with delays in sending emails from a third party email provider.
-|The issue is with our deployment.
-|We sync data from third-party services every hour.
-|The service could not accept requests from third-party services.
blame,cause|The fibre was cut by a third party.
eta|-r These events may take several days to restore.
-|-r It took several days to restore the events.
EOF

# a power cut told plainly, a rotation of ours that failed; a supplier
# of a kind named before it ("our underlying carrier")
refused_as <<'EOF'
cause|The power went out at the data center.
-|If the power goes out, our generators take over.
cause|A routine credential rotation has failed for our audit logs service.
-|The key rotation did not affect customers.
blame|We have identified the root cause with our underlying carrier.
EOF

# what a cause makes worse ("causing degraded performance", "which
# gradually led to degradation"); a certificate authority's outage; a
# supplier's progress watched; an expected resolution given a date; an
# estimated time told as a thing of now, not of the past
refused_as <<'EOF'
cause|Our search cluster is causing degraded performance.
-|This issue is causing degraded performance for some users.
cause|A configuration change was deployed, which gradually led to degradation of service.
-|This issue gradually led to degradation of service.
blame|Please recreate your cluster to bypass the LetsEncrypt outage.
blame|We are continuing to monitor the external service's progress.
-|We are continuing to monitor our progress.
eta|Timeline: Started March 5. Expected resolution: March 17.
-|There is no expected resolution date yet.
eta|The estimated restoration time is 3 PM.
-|The estimated repair time was 4 hours.
EOF

# a part's state named, then what it led to after a comma (the comma
# joins ", resulting in" to what came before, yet it starts a clause)
refused_as <<'EOF'
cause|The cache layer behind our CDN became impaired, resulting in short windows of high latency.
cause|The database is down, leading to errors.
-|We are investigating errors, resulting in failed logins for some users.
EOF

# the formal words of large services' pages: a card processor or an
# aggregator as a supplier, kinds joined by "and", a fix waited for
# from them or done on their end, a supplier's operator at work, a
# card scheme or game store named, their hand in it ("applied by",
# "operated by"); a slowdown coming from a part; a step of recovery
# promised shortly; report performance is no report
refused_as <<'EOF'
blame|Our card processor is experiencing an outage.
blame,cause|Order failures are due to an outage at our mapping and geolocation vendor.
blame|The platform is hosted by an external provider and we are waiting for them to restore service.
blame|Our partner has acknowledged the problem and is working on a fix on their end.
-|Customers may need to clear the cache on their end.
blame|The datacenter operator in Frankfurt is still working on the affected data hall.
blame|Our storage vendor has escalated the issue internally.
blame|American Express is working to restore their authorization service.
blame,cause|Mail to Gmail is delayed due to rate limiting applied by Google.
blame|-r The outage was caused by storm damage to a mast operated by our wholesale supplier.
cause|Early analysis shows the slowdown is coming from lock contention on the primary database.
-|The errors are coming from users on old app versions.
eta|We are deploying a fix now and event pages should load normally for everyone shortly.
eta|Remaining accounts should see normal report performance within the next 20 minutes.
-|We will publish a full report within 5 business days.
eta|It is set to be resolved in planned maintenance.
cause|A surge of activity has resurfaced that is being actively managed.
-|We saw a spike in errors at 10:00 UTC.
blame,cause|Services are degraded because of previous impact from AWS.
blame|We are seeing elevated errors from AWS S3.
eta|We expect those changes to improve responsiveness over the next 15-25 minutes, and we will continue to monitor performance.
-|We will continue to monitor performance over the next 24 hours.
eta|-r The issue is resolved. Users may receive the delayed emails over the next few hours.
-|-r The issue is resolved. We received the first reports at 10:00 UTC.
EOF

# a fifth written set: a change of ours named as the source, the source
# or origin named, an expired certificate; whose move it is (the ball in
# their court, the fix that must come from them, resolution that depends
# on them, not on our side, waiting on them); a supplier told by what it
# does ("our upstream data warehouse provider"); a time to finish, a
# fix rolling out soon, a scheduled end, a forecast of return; what
# remains to be credited after the fix; "write again in an hour" is an
# update
refused_as <<'EOF'
cause|Ingest dropped datapoints when a bad schema migration locked the series table.
cause|Windows jobs are failing. Regression from agent v5.8.0, pinning back.
cause|It's a pagination bug I shipped on Tuesday.
cause|This happened after we updated our email system last night.
-|We deployed a fix. Following the deployment, error rates are returning to normal.
cause|A failed storage controller in AZ use2-az1 is the source.
-|We are still looking for the source.
cause|The problem with the PDF download has its origin in a full hard disk.
cause|The SSL certificate for our API has expired.
-|Some certificates will show up as expired until you restart the app.
blame|Ball is in the networking team's court now.
blame|Escalated to the registry operator, the fix has to come from them.
blame|Resolution depends on NPCI, and we will update riders once their systems recover.
blame|We are dependent on the exchange restoring its market data feed.
blame|-r The instability was in the SPI system of the Central Bank, not in our app.
blame|The software supplier is working towards a resolution and we are waiting on them.
blame|Our upstream data warehouse provider has not yet fully recovered.
blame|-r Total outage 3h12m, entirely on the supplier side.
blame|AWS eu-north-1 has not yet fully recovered.
blame|One customer's import job pushed 40 million rows in an hour and flooded the shared queue.
eta|Redeploying, about 15 min to finish.
-|-r It took approximately 30 minutes to clear the backlog.
eta|A fix has been validated and will be rolling out to production soon.
eta|Scheduled end: 15:00 JST (may be extended).
eta|-r The issue is resolved. Pending settlements will be credited to your account by end of day.
-|Sends are slow this morning. We'll write again in an hour either way.
cause|We have identified a recent WAN update as the likely underlying cause.
cause|We are currently rolling back the related configuration to restore service.
-|As a precaution, we have rolled back the most recent release.
EOF

# a sixth written set, the formal words of large services' pages: a
# supplier's own news of its fix, a vendor's region not yet mitigated,
# trouble at a partner bank, a registry or a colocation facility, a
# vendor's product errors in its cloud, a resolution on their side,
# waiting on a provider to bring capacity, mailbox providers by name;
# what a cache does in a time
refused_as <<'EOF'
blame|AWS has not yet fully mitigated the incident in us-east-1.
blame|Chase has not yet restored access to its data connections.
blame|Discover is working to resolve the issue.
blame|TPG has confirmed a fault with upstream router.
blame,cause|UPI payments are failing due to degraded performance at a few partner banks.
blame,cause|The declines are caused by an outage at our card issuing processor.
blame|-r The failures were due to an outage at the domain registry, which has been resolved.
blame|-r The outage was caused by a power failure at the third-party colocation facility.
blame,cause|Uploads fail because of increased S3 error rates in AWS us-east-1.
-|We've deployed a fix for the connection errors in aws-us-west-2.
blame,cause|This is a result of an Azure networking event in East US 2.
-|This is not related to the Twitch Drops event we're running.
blame|-r The failures were caused by downtime at the issuing bank, which has now been resolved on their side.
blame|We're waiting on our compute provider to bring additional capacity online.
blame|-r The deferrals were caused by rate limiting on Yahoo's mail servers.
-|Emails to Yahoo and AOL recipients are being deferred.
eta|We've deployed a fix and expect caches to refresh globally in approximately 40 minutes.
-|Please refresh in 5 minutes.
-|-r One of the notification processors was experiencing a failure.
-|Developers are working to resolve the issue.
-|Crews have not yet restored power to the site.
-|Moderators have confirmed the problem.
EOF

# a seventh written set: a failing part doing harm, the source "of the
# problem", a part timing out then what it led to, a single account's
# requests, waiting on a vendor (not "not waiting for"), a vendor
# contacted that is looking into it, a vendor's named incident doing
# harm; "write access ... within the next 3 hours" is no update
refused_as <<'EOF'
cause|A failing ingester is disrupting writes and reads for a subset of stacks.
cause|A stuck invalidation job in our CDN pipeline is the source of the problem.
-|We are still looking into what is the source of the problem.
cause|Blob storage reads are timing out, resulting in empty recordings.
blame,cause|Slow transformations are due to a burst of requests from a single account.
blame|We are waiting on AWS, who have not yet fully recovered.
-|We are not waiting for Heroku any more.
blame|We've contacted GitHub and they are looking into it.
blame,cause|A Google Cloud networking incident is disrupting connectivity between zones.
blame|Bacs is working on the problem.
eta|We expect write access to return within the next 3 hours.
EOF

# an eighth written set, whole incidents: service that starts working
# again by a time (not work that starts by one), delivered normally
# shortly, uploads, imports and refunds still to come after the fix, a
# company that has not yet given a recovery time or works towards a
# resolution, a company's engineers who rolled back their change (not
# "The Frankfurt team"), a cause at our provider, a surge from one
# customer's integration, declines coming from a part, "as result of",
# "keeping an eye on it tonight"
refused_as <<'EOF'
eta|We expect data to start working again by 21:00 GMT.
-|We will start work on the migration by 10:00 UTC.
cause,eta|The broken node has been replaced and messages should be delivered normally shortly.
eta|-r Card payments work again. Offline payments stored on readers will be uploaded over the next 30 minutes.
eta|-r Orders arrive again. Refunds for cancelled orders will reach customers within 3-5 working days.
blame|Verilens has not yet given us a recovery time.
blame|Clearvia is working towards a resolution.
blame|Keystrata engineers have rolled back their firmware update.
-|The Frankfurt team has restored service.
blame|-r The problem was caused by an overloaded edge location at our CDN provider.
blame|-r Webhook delays were caused by a traffic surge from one customer's integration.
cause|The declines are coming from a failing gateway at our data center.
cause|The calendar service is failing as result of a configuration error.
-|Notifications are coming through again. We're keeping an eye on it tonight.
blame,cause|The timeouts are caused by an outage at Verilens, the third-party ID verification service we use.
-|We are investigating, and the third-party status page shows no incident.
EOF

# a ninth written set: a supplier for something working towards a
# resolution, a company bringing its API back, the repair in the hands of
# an operator, "the source appears to be", a failed unit far before what
# it causes, a customer's origin sending a flood, load-shedding by a
# utility; an index rebuild and events loaded after the fix; an
# adjective "Scheduled" is no time to come
refused_as <<'EOF'
blame|Our hardware provider for those runners is working towards a resolution.
blame|USPS is working to bring its rates API back online.
blame|Repairs to the primary path are in the hands of the cable operator.
cause|The source appears to be our container registry, which is returning 500 errors.
cause|A failed cooling unit in our Slough facility is causing elevated inlet temperatures.
blame,cause|Latency is due to a misbehaving customer origin sending a flood of requests.
blame,cause|The outage is due to load-shedding by the national power utility.
eta|-r Search works again. The index rebuild should complete in approximately 3 hours.
eta|-r Tracking works again. Events from today are still being loaded and should all appear by 8pm tonight.
-|Scheduled workflows did not trigger between 04:00 and 04:25 UTC.
eta|The migration is scheduled for 22:00 UTC tonight and should restore service.
EOF

# a tenth to twelfth written set: a failure that reduced capacity, the
# source of the slowness, a part's change that failed midway or is
# resulting in errors, findings that point to a cause, a surge that
# backed up a queue, power lost, a part that filled up, one of the parts
# degraded, an issue at our datacenter, rate limited, "a consequence
# of", a cable cut through, water got in; a supplier's change or event,
# its word relayed, its site's failure, its team still at work, trouble
# on its side or its network; estimates at a duration, "approx. 1
# hour", early this evening; with clean look-alikes
refused_as <<'EOF'
cause|A hardware failure in one of our macOS fleets has reduced available capacity.
-|This failure has reduced capacity for some users.
cause|An overloaded index gateway is the source of the slowness.
cause|An incomplete certificate rotation on our edge servers in Asia is resulting in elevated error rates.
cause|A configuration push to that PoP failed midway, leaving resolvers with incomplete zone data.
-|The update failed to install on some customers' devices.
-|Deployments to our EU cluster are failing for some customers.
cause|Early findings point to an expired intermediate certificate on one of our API endpoints as the reason uploads are being rejected.
cause|A sudden surge of inbound mail backed up the mail processing queue.
cause|Power to the affected racks was lost.
cause|Apologies, the database filled up right before I went on a trip.
cause|CI runners filled the shared disk so GitLab can't write.
cause|One of the storage arrays in our Manchester rack is degraded, so instances are slow.
cause|There are ongoing issues at our primary datacenter with networking.
-|There is an issue with the website.
cause|We were rate limited on the Steam Authentication servers.
cause|This is a consequence of a failed database failover.
-|Some messages are delayed as a result of this issue.
blame,cause|Contractors cut through our cable on the High Street.
cause|Some homes are without gas after water got into our pipes.
cause|The SSL certificate for mapserv.utah.gov has expired.
blame,cause|Log ingestion delays are due to an ongoing AWS Kinesis service event in us-west-2.
blame,cause|The errors were caused by a misconfiguration pushed by our CDN partner.
blame,cause|The increased error rate is due to a database configuration change that was applied by another internal team.
blame|Our data center operator in SGP1 is continuing work to restore power to the affected hall.
blame|Our infrastructure provider for macOS hosts is still working to bring capacity back online.
blame|Our supplier has not yet given us a time for the fix.
blame,eta|The facility says they expect to have us back up within 2 hours.
blame|The supplier of our video platform has told us they are working on it.
blame,cause|Node DE-FRA-12 is offline. The data centre had a power failure in hall 3.
blame|NBN Co have identified an outage on their network.
blame,cause|NYC packet loss is caused by a faulty optic on our upstream's side.
blame|Tracking updates are delayed. FedEx's tracking API is returning errors.
blame,cause|The issue has been traced to one of our card network partners.
blame|Chase is aware of the issue and is working toward a fix.
-|Networking is aware of the issue and is working on it.
blame|Microsoft had been temporarily rate-limiting one of our outbound IPs.
blame|Back up. My host (Hetzner) had a network blip in Falkenstein.
-|We are coordinating with Microsoft's team to investigate.
-|Apple Pay is working again for Co-op Bank cards.
blame|Everything should come back to life once AWS is working again.
blame|Postmark had a delay on their side.
blame,eta|-r Back up. My host (Hetzner) had a network blip. Feeds that were missed will be re-fetched over the next hour or so.
-|Other identity providers are working normally.
-|Messages triggered by segment membership may be delayed.
eta|We estimate time to clear at around 2 hours.
eta|They are replacing it now and estimate 30 minutes.
eta|Server web12 is down. It will be online in approx. 1 hour.
eta|We are working to get supplies back on, which we expect will be by early this evening.
blame,eta|The bank expects to process the file this afternoon.
eta|-r Verifications that failed will be retried automatically and should complete within 2 hours.
-|We will post an update this afternoon.
EOF

# a thirteenth and fourteenth written set (whole incidents; forums, chat
# and notices): a change that broke it or is rejecting cards, a bug in
# our last update, a lock held, "that's what's breaking", "The reason
# is", the outage on a leased circuit, an expired certificate stopping
# the app, a vendor's outage impacting us; a supplier that recovered,
# lifted the throttling, reinstated us, paused our account, let a
# certificate lapse, had a wobble and took us with it, sorted their end
# out, or whose building had the power failure, a library upstream
# with a breaking change, a single customer's workload, a team's change,
# "the company that runs it", "Transitly, the vendor that operates";
# "Back in 10", "give it 15 minutes", "they say Thursday", "a repair
# time of 3 to 4 hours", delays for the next 30 minutes, water back
# within the hour; a quoted error message named after it; a state
# tonight, thanks given, devices on a carrier's network are not
refused_as <<'EOF'
blame,cause|The update from Microsoft last night broke login with our single sign-on.
blame,cause|Our payment processor pushed an update that's rejecting cards.
cause|A recent update to our web client is causing connection failures for some users.
cause|The leaderboard is not loading. The reason is a bug in our last update.
cause|EU Main is lagging hard, it's a memory leak from the last plugin update we pushed.
cause|A database migration I deployed is holding a lock on the invoices table.
blame,cause|Discord is having an API outage and that's what's breaking the draft bot.
cause|The outage is on the backhaul circuit we lease, not on our own equipment.
cause|An expired security certificate is stopping the app from connecting to our servers.
blame,cause|Customers in our EU region are impacted by an ongoing AWS outage in eu-west-1.
blame|-r AWS has fully recovered and Jira is operating normally.
blame|Microsoft has lifted the throttling.
blame|-r Sending is back on. The provider reinstated us at 16:40.
blame|Our email sending provider has paused our account pending a review.
blame|-r Website's back. Turns out our old web host let the SSL certificate lapse without telling anyone.
blame|-r Stream's back. Cloudflare had a wobble and took us with it.
blame|-r Card machine is working again after Square sorted their end out.
blame,cause|Nightly builds fail because the macOS runners are broken on their side.
blame|-r Server is up again, the datacenter fixed their network.
blame|Servers offline. The datacenter have a problem with power.
blame|-r This was caused by a breaking change in an upstream Go library.
blame,cause|The degradation is caused by heavy I/O from a single customer workload.
blame,cause|The outage is the result of a power failure in Hall 2 of the data centre operator's building.
blame|The processor says its engineers are restoring the system.
blame|The provider has missed that target and we do not yet have a new time from them.
blame,cause|The problems are the result of a configuration change made by the central Networks team.
blame|Let's Encrypt has posted that they are still working on a fix.
blame|EE has confirmed a data outage on its network.
blame|Our phone lines are down. BT have been informed.
blame|-r Registration is working again - the company that runs it had an outage.
blame,cause|Real-time information is unavailable because of a server outage at Transitly, the vendor that operates our vehicle tracking system.
eta|Server's down, I'm on it. Back in 10.
eta|Chicago servers are down. Rebooting them now, give it 15 minutes.
blame,eta|The broadband at the hall is down. It's been reported to BT and they say Thursday.
blame,cause,eta|NTN's technician has located a fiber break on their line and they are estimating a repair time of 3 to 4 hours.
eta|Some customers may see higher delay for the next 30 minutes or so.
eta|Most customers should have water back within the hour.
eta|A fix is rolling out and we expect everyone to be able to send messages again shortly.
eta|-r Payment confirmations are catching up and should reach everyone by the end of today.
-|You may see a 'Database connection failed' message. IT Services are investigating.
-|Training server is down tonight.
-|Server's having lag spikes tonight. Found the cause, working on it.
-|We are looking, we will come back to you soon with more information.
-|-r Tiles are served again. Thanks to our hosting sponsor for shipping a replacement disk so quickly.
-|We're seeing the issue mainly on devices using the built-in SIM on the EE network in the UK.
-|Moderators have confirmed the problem.
EOF

# a fifteenth and sixteenth written set (formal services; the web's
# mix): a regression in upstream, a release of our dependency, a
# customer's integration that began sending, a supplier of a system
# that has advised, a supplier that told us they expect, a website host
# in trouble; a system available again from a time, able to log in
# again within minutes, unavailable for the rest of today, routes that
# reconverge after the fix; another issue's number, a bulletin to come,
# an alarm raised are none
refused_as <<'EOF'
blame|-r Closing: this was a regression in upstream libfoo 1.9.2, fixed in 1.9.3.
blame,cause|The install failures are caused by the 2.0 release of our dependency tomlparse.
blame|-r Root cause: a single customer's integration began sending roughly 40x its normal request volume.
blame|The supplier of the e-prescribing system has advised that their engineers are working on the problem.
blame,eta|The supplier of our library system has told us they expect the catalogue to be available again by Monday morning.
blame|Our website host is experiencing an outage.
cause|A recent commit broke Windows paths.
eta|IT expect the e-prescribing system to be available again from 14:30.
eta|Players should be able to log in again within the next 15-30 minutes.
eta|We anticipate that the file shares will be unavailable for the rest of today.
blame,eta|-r Zayo have restored the circuit. Customers may see some routes reconverge over the next 15 minutes.
-|This is related to #2281, which we're already tracking.
-|Engineers are on site. We will issue a further bulletin at 13:00.
-|At 02:14 we received high temperature alarms in Hall B. All customer equipment remains online.
EOF

# a seventeenth and eighteenth written set (the informal and relayed
# end; mid-sized companies' pages) and the real sets' rest: a supplier's
# word in scare quotes or backticks (not the words of an error message
# the quote holds), the company that hosts or that we use, a supplier
# attacked, decided, making it difficult, destroyed by a fire, whose
# errors they were, crippled; a repair crew called out (not our own),
# waiting on the datacentre or on a supplier, a fix or a restoration by
# one, an update pushed by a vendor, an import run by one merchant (not
# "some customers"), a supplier handling it or clearing a block, a
# provider issue (not "a host problem": a host is as often ours), a
# streaming host, a service used for something testing solutions; an
# ETA "in like 10 mins", "back in a bit" (not "a bit of downtime"), "for
# a short while", "should be about an hour", one reckoned, a fix time
# quoted, an estimated clear time, "before tea time"; a maintenance
# window announced is none (one that overran is an incident), nor a
# word to "inform again" or "more info", nor a power cut reported by
# customers
refused_as <<'EOF'
blame|Yeah, sorry, my web host had some "unscheduled emergency maintenance".
-|You may see the error "Our provider had an outage" on the login page.
blame|`npm` is down.
blame|We have asked the company that hosts our database to see if there is anything they can do.
blame|The company we use for this is experiencing difficulties.
-|The company we use for payroll has nothing to do with this outage.
blame|-r Our hosting provider was hacked.
blame|-r The disk was swapped out by Bytemark.
-|-r The disk was swapped out by our engineers.
blame|Reported to bytemark.
blame|OpenDNS has decided to ban all French-based traffic.
blame|AWS makes it very difficult for me to renew the certificate.
blame,cause|The infrastructure was destroyed by the OVH fire.
blame|These errors were generated by BunnyCDN.
blame|-r Some sort of computer crash crippled our blog-hosting company.
blame|We have an emergency repair crew on site working to restore service.
-|Our repair crews are working with our upstream carrier on this.
blame|We are still waiting on the datacentre to get back to us.
blame|Waiting on our podcast host to sort out their feed issue.
blame|-r Calls are working again following the restoration of service by our telephony supplier.
blame|-r cPanel released a fixed build and we have applied it to all servers.
blame,cause|Parcels were returned because of a software update pushed to handheld devices by our scanner vendor.
blame|-r This was triggered by a bulk import run by one merchant.
cause|Due to unusual volume, messages sent by some customers were delayed.
blame|Our upstream network provider is handling it.
blame|-r Microsoft cleared the block they had placed on our IP range.
blame,cause|I suspect it is a provider issue.
cause|It's a host problem, not a network one.
blame|Our streaming host has been down since 6pm.
blame|The external service used for file uploads is now testing solutions.
eta|Server is down, should be back up in like 10 mins.
eta|Fixing it now, back in a bit.
-|There will be a bit of downtime while we migrate.
eta|The site will be offline for a short while.
eta|Tech is heading out, should be about an hour and a half.
blame,eta|The upstream guys reckon another 2 hours before the link is back.
eta|Their engineers are quoting a 4 hour fix time.
eta|BT Wholesale's estimated clear time is 14:00 today.
eta|We hope to have everyone reconnected before tea time.
-|We are carrying out planned maintenance on our card systems tonight between 00:30 and 02:30.
-|Scheduled maintenance: the customer portal will be unavailable on Sunday from 01:00 to 04:00 BST.
-|Servers will go down for scheduled maintenance on Thursday at 09:00 UTC for approximately 2 hours.
eta|The planned maintenance has overrun; we now expect to finish by 14:00.
-|Our technicians are working on it. We will inform again at 16:00.
-|An engineer is on the way. More info in an hour.
-|You can still report a power cut by calling 105.
-|We are aware of reports of a power cut in parts of north Hull.
blame,cause|The data centre operator has reported a power outage affecting the entire facility.
EOF

# the real sets' last misses: a wait guessed with no number ("might be
# hours"), a fix set to come in planned maintenance, got or had done by
# a time ("get the servers back online within", "to have some service
# restored by mid-afternoon"), a backlog that may take hours to be
# delivered (not the usual lag: refunds that can take days to appear),
# a fix rolled out this weekend, a solution this evening, a site taken
# offline for a short while or a further period of slowness, back on
# the air shortly; whoever was contacted and is now looking into it
# (not our own engineers paged), a supplier customers are warned off, a
# named department having trouble (not our team), and a supplier told
# apart by what it serves; the written sets': a time quoted in a
# clause of its own after one told in the past, a day named bare, a
# typical duration (not how long a query sometimes takes), current
# expectations; a supplier's part degraded (not a registry's stage of
# ours), someone rate-limiting us, a supplier that cancelled or
# confirmed a failure, a partner named by what it does
refused_as <<'EOF'
eta|I'm not sure how long it's going to be down for. Might be hours, might be days.
-|Some of these records might be days old.
eta|Issues have been resolved for all areas except PDF generation which is set to be resolved in planned maintenance.
-|The flag was set to false by the migration, which has been reverted.
eta|We believe we can get this issue resolved and get the servers back online within about 45 minutes.
-|We got the servers back online within about 45 minutes.
eta|Our assessment points to being able to have some service restored by mid-afternoon on Sunday.
-|We have now restored some service, by mid-afternoon on Sunday.
eta|Some emails are stuck in outbound queues and may take a few hours to be delivered.
-|Refunds can take 3-5 working days to appear depending on your bank.
eta|We may roll some fixes out this weekend.
eta|If they don't, we'll come up with a solution this evening.
eta|I need to take it offline for a short while.
eta|There may be an additional period of slow loading in Inbox for some minutes.
eta|The repeater will be back on the air shortly.
blame|We contacted our server admins and they are looking into it.
-|We paged the on-call engineer and she is looking into it.
blame|This is just a reminder that nobody should buy stuff from Cloudatcost.
blame|To make it short: never use Brinkster.
blame|We know, and the Cloud team is having issues replacing the certificate.
-|Our team is having trouble reproducing the issue.
blame|Our provider for SMS in the US is having an outage.
blame,cause|The ISP related to the Fedora community cage is likely affected by a fiber cut.
eta|We've been on the phone to them since 7 and their engineers are quoting a 4 hour fix time.
-|We were on the phone to them at 7 and their engineers had quoted a 4 hour fix time.
blame,eta|The bank has told us settlement will complete Monday.
eta|They expect to resume sailings on Thursday.
-|Mission name should be back now, but the queries are running slow, sometimes takes 5min.
eta|Server restarts usually take 30-45 minutes.
eta|Current expectations for the server to be finished with maintenance are approximately 2 to 4 hours from right now.
blame|Our supplier's storage cluster is degraded.
-|Performance for manifest reads on the registry's CNY stage dropped.
blame|Turns out the feed host was rate-limiting us; they've lifted it.
blame|Our ferry operator has cancelled sailings after a vessel breakdown.
blame|-r Our database provider confirmed a storage failure in one availability zone.
blame,cause|This is because of an issue with our identity verification partner.
EOF

# a nineteenth and twentieth written set (support staff of consumer
# companies; technical services in the English of other languages): a
# company with a plural verb (not a place: "customers in Houston are"),
# a data centre in a city or called DC, a supplier named by what it does
# for us, our upstream, a change made without notice, an update a vendor
# pushed, a load that comes from a customer, a strike at a supplier,
# "nothing wrong with our servers", "no influence on it"; ETAs at 18h,
# 14.30 or 11.30 CEST, "this arvo", "looking at roughly 45 mins", "a
# couple of hours yet", an estimated restoration time advised with its
# time, "it returns at", "takes still around"; none for a window with
# its start and end, a failover announced, an incident kept open, the
# customer's own flight, news promised ("let you know where we're at"),
# a state tonight; causes put as "the reason is that", "origin of the
# problem is", "comes from", a leak that crashed, heavy snow disrupting,
# a cache purged by mistake, a queue filled by a loop, our app crashed
# (not "Cause it is", meaning because)
refused_as <<'EOF'
blame|Just so you know, Royal Mail are having problems at their Manchester mail centre.
-|Some customers in Houston are having trouble making calls.
blame|Dear customers, IMAP is unreachable. The datacenter in Nuremberg has a network outage.
blame,eta|DC says 30-45 mins for the network fix.
blame|DC fixed the network, all boxes reachable.
-|DC power to rack 4 was restored at 10:05.
blame|Apologies, the booking form is down. The company who run the booking system for us are looking into it.
blame|IPv6 is not working. Our upstream has acknowledged a fault.
blame,cause|Domain transfers are failing because NASK changed the EPP extension without any announcement.
blame,cause|Some users can't open the app because of an update Roku pushed out last night.
-|Update: Fixes Deployed, Cooldown in Effect.
blame,cause|The lag on the Paris servers comes from a customer who was running a crypto miner.
blame,cause|Deliveries in London are late today due to industrial action at our subcontractor's depot.
blame|-r There was nothing wrong with our servers during this time.
blame|IMAP is down. We have no influence on it, sorry.
eta|We now expect the services to be available again at 18h today.
eta|The IT team expects Moodle back online at 14.30.
-|The invoice total was 14.30 for most customers.
eta|Updates are still trickling through and should all be there by this arvo.
eta|Devs say we're looking at roughly 45 mins.
eta|The lads in IT reckon it's a couple of hours yet before they're back.
eta|NBN advise an estimated restoration time of 4pm AEST.
-|We will provide an estimated restoration time once the engineers have assessed the fault.
eta|According to them it returns at 14h00 BRT.
eta|The replacement switch is installed, the configuration takes still around 25 minutes.
-|The learning platform will be unavailable between 6pm and 9pm on Wednesday for an upgrade.
-|Our app and website will be unavailable from 10pm on Friday 7 March to 2am on Saturday 8 March.
eta|Customers will be unable to log in from now until 17:00.
-|We will perform a database failover tonight at 23:00 UTC.
-|We are watching the BGP sessions and keep the incident open for the next 24 hours.
-|If your flight is within 24 hours you can manage your booking in the app.
-|Engineers have been working through the night. We'll let you know where we're at by 10am.
-|Playback is buffering for loads of you tonight. We're adding more capacity right now.
eta|-r The email problem is fixed. Emails that were held up should all land in your inbox over the next 2-3 hours.
cause|The reason is that one of our runner pools lost its autoscaling group.
cause|Origin of the problem is a filesystem that went read-only.
-|The reason is not yet known.
cause|The slowness of web14 comes from a compromised WordPress site.
cause|Servers are down for a restart after a memory leak crashed the game world.
cause|Heavy snow across Cumbria is disrupting deliveries from our depots.
cause|The CDN cache was purged by mistake during a deploy.
cause|The outbound call queue was filled by an alert loop from our staging environment.
cause|Our driver app crashed this morning, resulting in a lot of drivers heading out late.
-|Yes it is a known issue. Cause it is a big job, please bear with us.
eta|We'll keep this status update open and hopefully provide the all-clear in the next 30 minutes.
-|We'll keep this status update open and provide another update in the next 30 minutes.
EOF

# a twenty-first and twenty-second written set (the formal pages of
# large companies; small teams writing fast): a supplier that sorted or
# closed its trouble, "nothing on our end", a vendor's own fault "not
# us", a company with a plural verb after two capitalised words or a
# known vendor, a supplier's support not replying, the third party that
# operates something for us, a manufacturer or an agency, the receiving
# banks, our upstream as a noun, a trouble at a supplier (a power cut,
# capacity constraints), trouble that originated with an outside agency,
# on the side of a vendor, false alerts from one, a contractor digging
# through a cable, the datacenter that messed up (not one that went
# down); ETAs "allow up to 24 hours", "come back online within the
# hour", a quarter of an hour, an estimated time given us, "saying 4-6
# hrs", the early afternoon, back by 11, a part arriving Thursday (not a
# payment due today); none for a maintenance the service will undergo,
# trading paused between two times, "Back shortly with an update", a
# comment promised, "post back here in an hour"; causes after the
# failure of a part, a part that fell over or overheats, one named "as
# the source", linked to a change, "which is why", our own update, a
# migration that locked a table, damage in a storm, a leak that took
# switches down (not a router that went down for minutes)
refused_as <<'EOF'
blame|-r cloudflare sorted their thing, the 5xx errors are gone.
blame|-r Phones are back. Our line supplier closed their major incident ten minutes ago.
blame|-r curseforge is back up, nothing on our end was ever broken.
blame|Monitoring is screaming but I'm pretty sure it's Pingdom itself not us.
blame,eta|Internet down at the office. Virgin Media say an engineer will be out tomorrow.
blame|Still no internet at the clinic. Vodafone have the fault and are working on it.
blame|Still down. Hetzner support haven't replied to the ticket yet.
blame|Voice chat remains degraded. The third party that operates our voice infrastructure is still working on a fix.
blame|The manufacturer has identified a fault in their latest firmware update.
blame|We have escalated this to the receiving banks and are awaiting confirmation from them.
blame|Intermittent drops on the north loop. Raised it with our upstream, waiting to hear back.
blame,cause|Download speeds are slow owing to capacity constraints at our content delivery partner.
blame|-r Earlier delays originated with the clearing house, which has since restored normal processing.
blame,cause|Video calls drop after a few minutes because of an expired certificate on the side of our video platform vendor.
blame|-r The reported outage came down to false alerts from our external monitoring vendor.
blame|Service down on the east side as a contractor digging for the new sewer line went straight thru our fiber feed.
blame|Sorry folks, the datacenter messed up a network change.
-|Everything up until the moment the datacenter went down is preserved.
eta|Please allow up to 24 hours for every storefront to display them.
eta|The remaining pages should come back online within the hour.
-|Please check back in an hour.
eta|Codes should start working again over the next quarter of an hour.
blame,eta|The wholesale network operator has given us an estimated repair time of 18:00.
eta|We anticipate full restoration in the early afternoon, Central European Time.
eta|We've got a fix lined up and expect everyone back in by 11.
eta|Zoom room in the main hall isn't working. New unit arrives Thursday.
-|If your payment is due today you will not be charged a late fee.
-|Our streaming service will undergo planned maintenance on Tuesday from 03:00 to 05:00 GMT.
-|Trading will be paused between 22:00 and 22:30 ET on Friday while we upgrade our order system.
-|Our stream may cut out between 3 and 4am tonight while we move to a new server.
-|Checkout down. Investigating. Back shortly with an update.
-|Builds are stuck in the queue. We're going through it with support and will post back here in an hour.
-|@jamie and I are looking, will comment here again within the hour.
cause|The tax return service is unavailable following the failure of a storage array.
cause|Stream's been buffering all evening. The encoder machine is overheating.
cause|API is erroring on a third of requests. One of the database servers fell over.
cause|We've identified an unusually high volume of automated requests as the source.
cause|Our engineers have linked this to a storage permissions change made yesterday.
cause|A metadata job skipped subtitle tracks, which is why they are not appearing.
cause|App crashing on launch: it's the update we shipped this morning.
cause|Sync is paused. A migration I ran last night locked the notes table.
cause|The main repeater's antenna got damaged in the storm.
cause|Roof leak in the server room has taken down two switches.
-|The router went down for 5-10 minutes this morning.
EOF

# a twenty-fourth written set (incidents told in sequences of updates):
# a supplier's news of its fault after words that tell which one ("The
# acquirer mentioned in our last update has confirmed a fault"), its
# fix that did not hold, a CDN or registrar that told us, a vendor made
# to throttle us, a contractor that isolated the wrong circuit, a
# company named by two words with a plural verb, an authority that
# expects; not crews, staff or technicians, nor a bank's own team we
# work with, nor an attack by "a virus maker"; and the twenty-third and
# twenty-fourth sets' false refusals: a window "from 9 p.m. tonight"
# (the dot after "p.m." does not end the sentence), a state tonight we
# know about, estimated times to be posted, a cause found and not
# named, more for you or news at a time
refused_as <<'EOF'
blame,eta|The acquirer mentioned in our last update has confirmed a fault and tells us a fix should be deployed by 14:30 UTC.
blame|The acquirer's 14:30 fix did not hold and declines have come back.
blame,eta|The CDN has told us they expect their edge nodes to be fully restored within 90 minutes.
blame|-r Follow-up: the DNS provider we mentioned earlier has published an incident report confirming a fault.
blame|The resulting bounce rate caused Microsoft to throttle our shared sending IPs.
blame|-r The building management company has confirmed that its contractor isolated the wrong circuit.
-|Crews have confirmed a fault on the main and are on site.
blame,eta|The health authority expects the prescription service to be restored by lunchtime.
-|We're working with the bank's technical team to look into it.
-|The patient portal will be unavailable from 9 p.m. tonight until approximately 1 a.m. while we apply an urgent security update.
eta|We expect it back by 5 p.m. Thanks for your patience.
-|Oceania players: we know about the high ping and rubber-banding tonight. Next update in an hour.
-|We have crews assessing damage. Estimated restoration times will be posted by 6 a.m. once assessments are complete.
-|The cause of today's BGP session flaps on our Chicago routers has been identified. Engineers are working on a fix.
cause|The cause of the flaps was identified as a failing line card.
-|Our on-call team is on it and we'll have more for you within 20 minutes.
-|No change yet. We'll be back with news at 17:15.
EOF

# the real sets' blame not found before: a critical dependency's issue,
# a vendor's part not recognizing ours, trouble affecting some ISPs, an
# interruption with one of a supplier's partner banks, a supplier that
# announced its fix, knows of the trouble or is slow to respond, a
# misconfiguration from a provider, an incident created with one,
# trouble "with upstream provider"; an ISP likely affected by a cut, an
# external dependency's outage, a free tier discontinued, another
# group's server compromised, a rogue VM, a domain taken by another
# party, a utility interruption at the data center; a data centre that
# was having problems or lost its power, an outage on a named vendor, a
# named organisation's infrastructure in trouble, traffic from their
# systems or outside our terms, their mistakes, a contractor who cut the
# fibre; "not my fault", traffic routed away from the impacted ISP, a
# vendor's way of working, a launch from a single merchant, something
# upstream, a supplier hit by lightning; waiting for them, their DNS
# server, word relayed that they are at work, a named company's issues
# notified, a named hosting company investigating, an issue raised with
# the server administrator; with clean look-alikes
refused_as <<'EOF'
blame|We are still under going an issue with a critical dependency.
blame|The issue with a dependency is resolved.
blame,cause|Our DB is down because for some reason EC2 isn't recognizing the volumes.
-|We are currently investigating an issue where our API is not responding.
blame|We are observing intermittent connectivity affecting some EU ISPs.
blame,cause|Payouts are late due to a service interruption with one of their partner banks.
blame|Discord has announced the rollout is complete.
blame|Dedicated server hosting company already know so they are working on it.
blame|The issue needs manual intervention at the datacenter, but the NOC is slow to respond.
blame|Network missconfiguration from our provider.
blame|An incident has been created with our hosting provider.
blame|We are investigating an issue impacting connectivity in BLR1 region with upstream provider.
blame|We are asking our provider to fix this.
-|We are working with our provider to resolve this.
-|Earlier we reported an issue with the People and contacts subtype.
blame,cause|Our ISP is likely affected by a fiber cut.
blame,cause|The problem was caused by an outage of the USPS Address Validation API, which is an external dependency.
blame|-r The service we had been using for transactional emails discontinued their free tier.
blame,cause|Another group's server sharing the same network as our machines was compromised last Friday.
blame,cause|The incident was caused by a rogue VM flooding the network.
blame|-r After some investigation, we realized that another party had taken our domain.
blame|We experienced a temporary utility interruption at the data center.
blame|-r The datacenter that was having problems let us know quickly.
blame,cause|We are down because of an outage on Heroku.
blame|There is an ongoing large outage on a french datacenter where the server is hosted.
blame|-r The data center lost most of its power.
blame,cause|Fedora infrastructure is having an outage resulting in some build jobs failing.
blame|-r We deployed two more gateways to mitigate the risk of additional Google Cloud Central outages.
blame,cause|We are scaling up to mitigate the DDoS level of traffic coming from their systems.
blame|-r The issue was quickly identified as traffic which was outside of our terms of service.
blame,cause|Sorry, the complete data center went into maintainance due to a cooling leakage.
blame|-r They have done mistakes in their backup handling.
blame,cause|A contractor not affiliated with the school system has cut two locations of internet fiber.
blame|Last night we had a malfunction with one of our suppliers.
-|Our own infrastructure is having an outage.
blame|The reason why it's down is partially not my fault.
blame|-r We disabled the IP range of the rogue third party clients.
blame|-r Network engineers routed traffic away from the impacted ISP.
blame,cause|Current evidence suggests this is related to how Gmail loads tracking pixels.
blame|A large-scale outage of CDK has been reported across multiple sites.
blame,cause|The failures were caused by a sales launch from a single merchant.
blame|-r Linode, our hosting service, has to reboot all instances in their fleet.
blame|It might be something upstream with our static site host.
blame|-r Downtime was a result of provider-mandated maintenance.
blame|The utility company supplying power to the farm where our server is housed was hit by lightning.
-|We are routing traffic away from the affected region.
blame|-r We waited for them to replace the hardware and restore the network.
blame,cause|We experienced a high volume of traffic from Spotify due to their using the Episode URL.
blame|-r We believe this may be because their DNS server cached the reply longer than our TTL.
blame|We've been told they are working to fix the problem.
blame|Data Center support notified us that they are reducing the bandwidth on each server.
blame,cause|We received notification that ScanCom Ltd is currently experiencing network issues, and this may cause a delay.
blame|We will inform you once the operator has come to a resolution.
blame|Capitol Hosting is investigating both failures.
-|Residential broadband is working normally.
blame|-r A critical ticket has been submitted and we hope Capitol Hosting can resolve the issues quickly.
blame,cause|We believe this is an error with our billing platform Xero, which sends our invoices.
blame|I have now raised the issue with the server administrator.
EOF

# the real sets' causes in kinds more than one writer uses: record
# usage, a cleft, a link between parts, a leak that flooded, a fault
# that has our power out, an address blocked, an impact had, errors
# from an increased error rate, my internet disconnected, a bottleneck
# hit, a thing disabled in error, destroyed by a fire, an autorenewal
# that screwed up, a cut found, someone who wiped it, space run out of,
# a part that kept crashing, "it's just overloaded"; with look-alikes
refused_as <<'EOF'
cause|We are currently experiencing record usage of our mobile banking app.
blame,cause|It is the Discord API outage that is stopping her from working properly.
cause|We have ongoing intermittent issues with the communication between the proxies and the backend services.
cause|A leak in a bathroom upstairs flooded our electrical panel and phone lines.
cause|There's a transformer pole down, which has our power completely out.
cause|The site is not available in Russia since the IP address is being blocked.
cause|A widespread move to homeworking is having a dramatic impact on voice and data networks.
-|This issue is having an impact on deliveries.
cause|Initial indications are that these are coming from an increased error rate communicating with our primary storage.
cause|Oops - going up now. My internet was partially disconnected.
cause|Our network is hitting occasional bottlenecks.
cause|Roster provisioning customers were disabled last night in error.
cause|During a routine maintenance operation the database was inadvertently disabled.
cause|The infrastructure behind our site was destroyed by the fire at our data centre.
cause|Looks like the letsencrypt autorenewal screwed up.
cause|Repairs are underway in Dallas, but a second cut has been found in Crandall.
cause|An attacker wiped the forums.
cause|Someone created several million blobs and I ran out of inodes on the disk.
cause|One of the three router pods kept crashing.
cause|Very likely it's just overloaded.
blame|They've basically just borked our VPS.
-|We're working on switching the site to a different host.
EOF

# more of the real sets' causes: "there's been an ongoing issue with",
# "it is an issue with bandwidth", an issue found on our storage
# configuration, issues with an update under way, an upgrade that hit
# errors, a database being migrated, a node facing a hardware issue,
# "something to do with the router", a crash during a heat wave, a
# connection severed, an allowance exceeded, hosting providers changed
refused_as <<'EOF'
cause|It's not just your machine, there's been an ongoing issue with the object storage in this area.
cause|The company says it is an issue with bandwidth.
cause|A serious issue has been found on our distributed storage configuration.
cause|We are experiencing some issues with the Production code update that is currently underway.
-|We are experiencing some issues with the update feature.
cause|A planned upgrade hit unexpected errors.
cause|Currently the database is being migrated.
-|The database is being restored from a backup.
cause|We observed that one of our dashboard nodes was facing an underlying hardware issue.
cause|It has something to do with the router and the DNS.
blame,cause|The hosting company got a crash during the French heat wave.
cause|Sprint-Nextel had severed its internet connection to Cogent.
cause|Numerous infection attempts have resulted in us far exceeding our allocated bandwidth allowance.
cause|The website recently changed hosting providers.
cause|Nefarious actor wiped the forums.
eta|We will have it fixed in 2 days.
-|We had it fixed in 2 days.
EOF

# a quoted error message is the software's words, not ours; a statement
# quoted is not
refused_as <<'EOF'
-|Affected users may see the following error: "Transaction rejected because the lookup failed."
-|Some users see the error “Payment failed due to a timeout” when paying.
cause|Users see “Service unavailable”. This is due to a database failure.
blame,cause|Our provider said "a fibre cut is causing the outage".
EOF

# the examples lib/phrases.h gives for its patterns, found as it says
refused_as <<'EOF'
cause|We are diagnosing whether it is a failed CPU.
cause|We have lost we believe a core 10G switch.
blame,cause|Zayo maintenance on the dark fiber within the network is interrupting service.
blame|All we are waiting on is someone to point the DNS to our new server.
blame,cause|AWS detected a hardware issue and brought the instance down.
blame|We are still actively engaged with our vendor while their engineering teams work on the issue.
-|We are working with our provider while we investigate.
blame|We saw a high volume of traffic from our payment provider.
-|Please switch to the failed-over region.
cause|We are experiencing issues with our Active Directory domain, preventing technicians from logging in.
-|We are seeing errors, preventing some logins.
blame|AWS Availability Zone use1-az4 in US-EAST-1 region is impaired.
EOF

# the incident itself as the reason, what it brings to support, and a
# symptom named after another are no cause; a part or a load still is
refused_as <<'EOF'
-|Because this affects authentication, users may be logged out.
-|Due to an influx of support requests, response times may be longer than usual.
-|Some API requests may fail due to timeouts.
-|Requests to the dashboard are timing out because of high latency.
cause|Requests fail due to latency in our database.
cause|The API is slow due to a high volume of requests.
EOF

# an ETA said to be unknown is none; a vendor's product told as its own
refused_as <<'EOF'
-|ETA for resolution is currently unknown.
-|The ETA is not yet known.
eta|ETA for a fix is 2 hours.
blame|Apple's push notification service is degraded.
blame|Microsoft's Azure Front Door service is experiencing issues.
-|Apple's customers are unable to pay.
-|This was caused by the same issue as our earlier incident today.
cause|This was caused by the same faulty switch as last week.
EOF

# a fault found in a part, a part misconfigured; not one looked for,
# denied or supposed; a wait foretold with "could"
refused_as <<'EOF'
cause|We have identified a memory leak in one of our services and are deploying a fix.
cause|A misconfigured load balancer is dropping a portion of requests.
-|We are checking for a memory leak.
-|We have not yet identified a regression.
-|If a misconfigured server is found, we will fix it.
eta|It could be a few more hours before everything is back to normal.
eta|It could take several days to restore all data.
-|We could not restore it within 2 hours.
EOF

# a failure of a part or a supplier said to do the harm is a cause; a
# failure that names nothing is not
refused_as <<'EOF'
cause|A failure in one of our storage clusters is causing slow uploads.
blame,cause|An outage at our payment provider is affecting card payments.
cause|Database failure is affecting logins.
-|A failure is affecting some customers.
-|The failure is affecting logins.
EOF

# updates written as large services write them: a cause named before a
# long phrase and then what it does, errors coming from a part, a wrong
# setting at work, a supplier's word, state or incident passed on, a
# customer's own load; the impact narrowed to a place, an update's time
# after a fix mentioned, a display issue "stemming from this incident"
refused_as <<'EOF'
cause|A configuration change deployed at 10:05 UTC is causing authentication failures for some API clients.
cause|A hardware failure on a storage node in our Amsterdam data center is affecting a small number of volumes.
cause|A power disruption at one of our Chicago facilities has taken a subset of dedicated servers offline.
cause|An expired TLS certificate on one of our API gateways is preventing some clients from establishing connections.
cause|Intermittent errors in the Messaging API stem from a memory leak in one of our routing services.
cause|We believe the intermittent 503 errors are coming from a recently introduced rate limiter.
-|The errors are coming from the incident we reported earlier.
cause|We have determined that an incorrect DNS record published during this morning's maintenance is sending traffic to an inactive endpoint.
cause|A faulty network switch in the LON1 region has been identified as the source of the packet loss.
cause|The team suspects a caching problem in our session layer.
cause|Database connection pool exhaustion is leading to timeouts across several dashboard pages.
cause|We are seeing an unusually high volume of traffic, which is slowing down page loads for some users.
-|An issue in the EU region is affecting logins.
blame|The third-party service we use for address validation is returning errors.
blame|AWS has not yet fully recovered in us-east-1.
blame,cause|This looks to be related to the ongoing Azure Active Directory incident.
blame|Our partner bank is returning errors for outgoing SEPA transfers.
blame|We are seeing recovery, though our provider has not yet confirmed that the issue on their end is fully resolved.
blame,cause|We have tracked the elevated queue times to a customer running an unusually large bulk import.
-|We have narrowed the impact to customers in the Frankfurt and Paris regions.
-|Our API is returning errors.
-|Our engineering teams are coordinating with Microsoft Azure engineers while we investigate.
eta|We are targeting 21:00 UTC for restoration of full service.
eta|The fix is propagating and should reach all data centers shortly.
eta|If you were unable to sign in, please try again in 15 to 20 minutes.
-|We are working to resolve this as soon as possible and will provide an update at 15:45 UTC.
-|Invoices scheduled between 00:00 and 02:00 UTC may not yet appear.
-|This is a display issue stemming from this incident.
-|Traffic from customers in Europe is being rerouted.
-|Requests from users on the legacy plan may fail.
blame|Heavy traffic from a single customer is slowing the API.
blame,cause|The slow load times trace back to packet loss on one of our transit carriers in Singapore.
cause|The 503 errors on Object Storage in fr-par come from a saturated metadata database.
-|The errors come from the incident we reported earlier.
cause|We've determined that a faulty network switch in one of our data centers is behind the sync slowdowns.
cause|We believe the notification delays relate to a certificate renewal on our push notification gateway.
cause|Ticket save failures are being driven by an unusually large import.
blame,cause|Builds are failing for images pulled from Docker Hub due to their ongoing outage.
blame,cause|Connections to the bank are failing as a result of an outage on the bank's side.
blame|One of the payment schemes we connect to is having a problem.
blame|The regional network operator is working to restore its primary link.
cause|Storm Ingunn has damaged several masts in Trondelag.
cause|A technician unplugged the wrong power feed during maintenance.
-|We have removed the incorrect emails from our outgoing queues.
cause|An engineer ran a maintenance script against the wrong cluster.
-|Some payments were credited to the wrong account.
EOF

# --us: our own name is never blamed
says "Cloudflare is investigating an issue with DNS. Lookups fail. Retry. Next update in 1 hour."
like "$out" '^refused: blame: "Cloudflare is investigating an"' "a vendor investigating is blamed"
says "Cloudflare is investigating an issue with DNS. Lookups fail. Retry. Next update in 1 hour." -U cloudflare
is "$status:$out" "0:" "-u: on our own page it is us"
says "Learner Community had an outage. We are restoring it. Please retry. Next update in 1 hour."
like "$out" '^refused: blame: "Community had an outage"' "a product's name is taken for a supplier's"
says "Learner Community had an outage. We are restoring it. Please retry. Next update in 1 hour." -U community
is "$status:$out" "0:" "-U: unless it is listed as a name of ours"
says "The Wistia Application had an outage. We are restoring it. Please retry. Next update in 1 hour." -U wistia
is "$status:$out" "0:" "-U: a name of ours just before the blamed words"

# next-update: a promise by a clock time in no zone is no promise
zone='advice: next-update: %s: name the time zone ("by 22:00 UTC") or give a relative time ("in 30 minutes"): customers are in many zones, and a time in none is not kept as the next update'"'"'s'
for promise in "Next update by 22:00.|update by 22:00" \
    "We will update you again at 10 pm.|update you again at 10 pm" \
    "Next update at 5pm.|update at 5pm" "Next update by 22:00 UTC.|" \
    "Next update by 22:00 (UTC).|" "Next update at 10 pm ET.|" \
    "Next update at 17:00Z.|" \
    "Next update in 30 minutes.|" "Next update: 22:00.|Next update: 22:00" \
    "Next update at midnight.|update at midnight" "Next update: 22:00 UTC.|" \
    "Next update at 22:00 local time.|update at 22:00 local time" \
    "Next update by noon UTC.|" "Next update in half an hour.|"; do
	says "Checkout fails. We are rolling back. No workaround yet. ${promise%|*}"
	want=
	[ -n "${promise#*|}" ] && want=$(f "$zone" "${promise#*|}")
	is "$status:$out" "0:$want" "a time in a promise: '${promise%|*}'"
done
# nor one in a zone whose name is more than one zone's
for promise in "Next update by 12:30 IST.|update by 12:30 IST" \
    "Next update at 1 pm CST.|update at 1 pm CST" \
    "Next update at 10:00 (IST).|update at 10:00"; do
	says "Checkout fails. We are rolling back. No workaround yet. ${promise%|*}"
	is "$status:$out" "0:advice: next-update: \"${promise#*|}\": give the time in UTC (\"by 22:00 UTC\") or a relative time (\"in 30 minutes\"): that zone's name is not one zone (CST is America's and China's, IST India's, Ireland's and Israel's), and a time in it is not kept as the next update's" \
	    "a time in a zone not known: '${promise%|*}'"
done
says "UPDATE at 7:28 PM: checkout fails. We are rolling back. No workaround yet."
is "$status:$out" "0:" "'Update at 7:28 PM:' labels the update, promises none"

# still-open: an update that says the incident is over, not posted as
# resolved
still='advice: still-open: %s: this says the incident is over: post it with -s resolved, so that the page shows it ended and subscribers hear so'
for over in "This incident has been resolved.|has been resolved" \
    "Service has been fully restored|has been fully restored" \
    "The login errors are now resolved. No action is needed.|are now resolved" \
    "Checkout is working again: the issue has been resolved.|has been resolved" \
    "We are marking this incident as resolved.|marking this incident as resolved" \
    "Fastly has observed recovery of all services and has resolved this incident.|has resolved this incident" \
    "The team has resolved the issue.|has resolved the issue" \
    "The on-call team has fixed the problem; checkout works again.|has fixed the problem" \
    "Our engineers have now fully resolved the outage.|have now fully resolved the outage" \
    "The login issue has been fixed.|has been fixed" \
    "The issue is fixed.|issue is fixed"; do
	says "${over%|*}" -M impact=off -M action=off -M workaround=off -M next-update=off -M data-loss=off -M restored=off
	is "$status:$out" "0:$(f "$still" "${over#*|}")" "still-open: '${over%|*}'"
done
says "This incident has been resolved." -s monitoring -M impact=off -M action=off -M next-update=off -M data-loss=off
is "$status:$out" "0:$(f "$still" "has been resolved")" "still-open: a monitoring update too"
for open in "Logins fail. We are rolling back. We will update once it is resolved." \
    "Logins fail. Please retry until this is resolved." \
    "Logins fail. Some users report it resolved; we are still rolling back." \
    "Logins fail. Some users report the issue has been resolved; we are still rolling back." \
    "Logins fail. We will post again once the issue has been resolved." \
    "Logins fail. Service has been restored for most customers; we are rolling back." \
    "Logins fail. The database issue has been resolved, but logins still fail." \
    "Logins fail. It appears to have been resolved; we are checking." \
    "Logins work again. Service has been restored and we will continue to monitor it." \
    "Logins fail. We will mark this incident resolved in one hour." \
    "Power has been fully restored to the data center; we are starting the servers." \
    "Logins fail. We will post again once the team has fixed the issue." \
    "Logins fail. The team believes it has resolved the issue; we are checking." \
    "Logins fail. The team has not resolved the issue yet." \
    "Logins work again. The team has fixed the issue and we are monitoring logins." \
    "Logins fail. The upgrade has fixed the issue for some customers."; do
	says "$open" -M impact=off -M action=off -M workaround=off -M next-update=off
	is "$status:$out" "0:" "not still-open: '$open'"
done
says "This incident has been resolved." -r
is "$status:$out" "0:$data" "still-open: never a resolved update"
says "This incident has been resolved."
is "$status:$out" "0:$(f "$still" "has been resolved")
$data" "still-open: advised as a resolved update is, not for a workaround or the next update"
says "This incident has been resolved." -M still-open=off -M impact=off -M action=off -M workaround=off -M next-update=off
is "$status:$out" "0:" "-M still-open=off: not looked for"
says "This incident has been resolved." -j -M impact=off -M action=off -M workaround=off -M next-update=off -M data-loss=off
is "$(printf '%s' "$out" | jq -c 'map([.rule, .mode, .words])')" \
	'[["still-open","advise","has been resolved"]]' "still-open: --json"

# --json: the same findings, for programs
says "Checkout fails. We are rolling back. ETA 17:00 UTC. Please retry. Next update in 1 hour." --json
is "$status:$(printf '%s' "$out" | jq -c 'map([.rule, .mode, .words])')" \
	'1:[["eta","refuse","ETA 17:00 UTC"]]' "--json: rule, mode and words"
says "Hello." -j
is "$(printf '%s' "$out" | jq -r 'map(.rule + "=" + .mode) | join(" ")')" \
	"impact=advise action=advise workaround=advise next-update=advise" \
	"-j is --json; a missing part has no words"

# --mode: each rule refuses, advises or is off
says "Checkout fails. We are rolling back. ETA 17:00 UTC. Please retry. Next update in 1 hour." --mode eta=advise
is "$status:$out" "0:advice: eta: \"ETA 17:00 UTC\": say what is being done and when the next update will come, not when it will be fixed" \
	"--mode eta=advise: printed, not refused"
says "Checkout fails. We are rolling back. ETA 17:00 UTC. Please retry. Next update in 1 hour." -M eta=off
is "$status:$out" "0:" "-M eta=off: not looked for"
says "Hello." -M workaround=refuse -M impact=off -M action=off -M next-update=off
is "$status:$out" "1:refused: workaround: say what customers can do in the meantime, or plainly that there is no workaround yet" \
	"an advice can refuse"
fails "an unknown rule" 2 "inc-status: eat: no such rule (eta, cause, blame, impact, action, workaround, next-update, data-loss, restored, internal, repeat, maybe-cause, maybe-blame, still-open)" \
	sh -c 'inc-status -c -M eat=off </dev/null'
fails "an unknown mode" 2 "inc-status: never: not a rule mode (refuse, advise or off)" \
	sh -c 'inc-status -c -M eta=never </dev/null'
fails "a mode without =" 2 "inc-status: eta: not rule=mode" \
	sh -c 'inc-status -c -M eta </dev/null'

# --name: people, teams and vendors not to name, in any case, whole words
printf '%s\n' "Logins are failing after ricardo's change; ops-db and" \
	"Chris" "Stolt are rolling it back. Ricardos, retry." >up
check up --name Ricardo -n "Chris Stolt" --name ops-db
is "$status:$out" "1:$(f "$blame" ricardo)
$(f "$blame" ops-db)
$(f "$blame" "Chris Stolt")
$next" "--name and -n: each name found, as written, whole words only"
check up
is "$status:$out" "0:$next" "without --name nobody is blamed here"
fails "an empty --name" 2 "inc-status: --name: empty" \
	sh -c 'inc-status -c --name "" </dev/null'
fails "a --name with a control character" 2 \
	"inc-status: --name: contains a control character" \
	sh -c 'inc-status -c --name "$(printf "a\033b")" </dev/null'

# A control character or a direction control is refused by --check as
# posting refuses it (it passed --check, then failed the post), and the
# message shows it safely
printf 'The API is down. We are investigating. ETA\033 tomorrow. Back\n' >up
printf 'by\342\200\2565pm or by\302\2335pm. No workaround yet.\n' >>up
check up
is "$status:$out:$err" "2::inc-status: update: contains a control character" \
	"--check refuses a control character, as posting does"
# a direction control is taken, as posting takes it, and shown escaped
printf 'The API is down. We are investigating. Back by\342\200\2565pm.\n' >up
printf 'No workaround yet.\n' >>up
check up
is "$status:$out" "1:$(f "$eta" "Back by\\u{202e}5pm")
$next" "a direction control is escaped"
printf 'The API is down.\r\nWe are investigating; no workaround yet.\r\n' >up
check up
is "$status:$out" "0:$next" "CRLF line ends are fine"

# Input that is no update
head -c 71680 /dev/zero | tr '\0' x >big
fails "a 70 KiB update" 2 "inc-status: update: too long (more than 65536 bytes)" \
	sh -c 'inc-status -c <big'
printf 'bad \377 byte\n' >bad
fails "invalid UTF-8" 2 "inc-status: update: invalid UTF-8" \
	sh -c 'inc-status -c <bad'
printf 'nul\000byte\n' >nul
fails "a NUL byte" 2 "inc-status: update: contains a NUL byte" \
	sh -c 'inc-status -c <nul'
fails "an empty update" 2 "inc-status: update: empty" \
	sh -c 'inc-status -c </dev/null'
printf ' \n\t\n' >blank
fails "a blank update" 2 "inc-status: update: empty" \
	sh -c 'inc-status -c <blank'

# Options and usage
run inc-status --help
is "$status:$out:$err" "0:$usage:" "--help prints the usage on stdout"
run inc-status -h
is "$status:$out:$err" "0:$usage:" "-h is --help"
run inc-status --version
is "$status:$out:$err" "0:inc-status (incident) 0.1.0:" "--version"
run inc-status -V
is "$status:$out" "0:inc-status (incident) 0.1.0" "-V is --version"
fails "no update text" 2 "inc-status: missing update text (give it as operands, or - to read it from standard input)
$usage" inc-status
fails "--name without --check" 2 "inc-status: --name, --resolved, --mode, --us and --internal go with --check
$usage" inc-status -n Ricardo "Uploads fail."
fails "--resolved without --check says how a resolved update is posted" 2 "inc-status: --resolved: goes with --check; a resolved update is posted with -s resolved
$usage" inc-status -r "Uploads work again. No data was lost."
fails "--internal without --check" 2 "inc-status: --name, --resolved, --mode, --us and --internal go with --check
$usage" inc-status -J Nightingale "Uploads fail."
fails "an operand" 2 "inc-status: no operands expected (the update comes from stdin)
$usage" sh -c 'inc-status --check update.txt </dev/null'
fails "an unknown option" 2 "inc-status: unrecognized option '--bogus'
$usage" inc-status --bogus
fails "an unknown short option" 2 "inc-status: invalid option -- 'Z'
$usage" inc-status -Z
fails "--name without its argument" 2 "inc-status: option requires an argument -- 'n'
$usage" inc-status -c -n
fails "--help to a full disk" 1 "inc-status: stdout: No space left on device" \
	sh -c 'inc-status --help >/dev/full'
fails "findings to a full disk" 2 "inc-status: stdout: No space left on device" \
	sh -c 'inc-status -c <"$1" >/dev/full' - "$corpus/bad/01.txt"

# --check opens no repository: none is needed, none is made
mkdir empty-home
run sh -c 'HOME=$1 XDG_DATA_HOME= INC_REPO=/nonexistent GIT_DIR=/nonexistent \
	inc-status -C /nonexistent -c <"$2"' - "$TRASH/empty-home" "$corpus/good/01.txt"
is "$status:$out:$err" "0::" "-C is accepted and ignored; no repository is opened"
is "$(ls -A empty-home)" "" "nothing is created in HOME"

# When recording: the team's internal names (incidents/settings.json,
# internal_names) and the user's (git config inc.lint.internalName) count
export INC_NOW=2026-11-23T12:00:00Z
new_repo r
mkdir -p r/incidents
printf '%s\n' '{"internal_names": ["Nightingale", "Ørsted Gate"]}' \
	>r/incidents/settings.json
git -C r add incidents/settings.json && git -C r commit -qm settings
id=$(inc-open -C r --at 2026-11-23T11:00:00Z "Upload errors" 2>/dev/null)
git -C r config --add inc.lint.internalName Kestrel
git -C r config --add inc.lint.internalName "blue falcon"
run inc-status -C r "$id" "Image uploads fail with 502 errors for some customers: the Nightingale cluster and the ørsted gate relays are overloaded, and Kestrel and Blue Falcon jobs are paused. We are adding capacity; retrying is safe. Next update in 30 minutes."
is "$status:$err" "0:inc-status: $(f "$internal" "Nightingale")
inc-status: $(f "$internal" "ørsted gate")
inc-status: $(f "$internal" "Kestrel")
inc-status: $(f "$internal" "Blue Falcon")
@all: Customer update (Investigating): Image uploads fail with 502 errors for some customers: the Nightingale cluster and the ørsted gate ..." \
	"recording: the team's names and the user's, advice only"
is "$(event_field r "$id" '.type + ": " + .findings')" "status: $(f "$internal" "Nightingale")
$(f "$internal" "ørsted gate")
$(f "$internal" "Kestrel")
$(f "$internal" "Blue Falcon")" "the advice is kept in the event (jq)"
git -C r config inc.lint.internal refuse
run inc-status -C r "$id" "Uploads fail: Kestrel jobs are paused. We are adding capacity; retrying is safe. Next update in 30 minutes."
is "$status:$err" "1:inc-status: refused: internal: \"Kestrel\": leave out internal host names, addresses, ticket ids and code names
inc-status: $id: refused by 1 finding: nothing recorded (--force records it anyway, findings kept)" \
	"inc.lint.internal=refuse refuses it"

# The hints: where the patterns found no cause or blame, a model learnt
# from the corpus (lib/hints.c) may advise; it never refuses unless told.
says "A configuration change rolled out to our edge network is producing 502 errors for some customers. We are working on it."
is "$status:$err:$out" "0::$(f "$hint_cause" "A configuration change rolled out to our edge network is producing 502 errors for some customers")
$workaround
$next" \
	"maybe-cause: advice quoting the sentence the model reads as a cause"
check up -j
is "$(printf '%s\n' "$out" | jq -r '.[] | "\(.rule) \(.mode)"')" \
	"maybe-cause advise
workaround advise
next-update advise" "maybe-cause in --json, as advice"
check up -r
is "$status:$out" "0:$data
$restored" "no maybe-cause for a resolved update"
check up -M maybe-cause=off
is "$status:$out" "0:$workaround
$next" "-M maybe-cause=off: no hint"
check up -M cause=off
is "$status:$out" "0:$workaround
$next" "a hint is off with its rule"
check up -M maybe-cause=refuse
is "$status:$out" "1:$(f "$hint_cause" "A configuration change rolled out to our edge network is producing 502 errors for some customers" | sed 's/^advice/refused/')
$workaround
$next" \
	"-M maybe-cause=refuse refuses"
says "Logins fail because of a configuration change rolled out to our edge network. We are rolling it back. No workaround yet. Next update in 30 minutes."
is "$status:$out" "1:$(f "$cause" "because of")" \
	"no hint where the pattern found the cause"
grep -h 'FileStack, is experiencing' "$corpus/blind-7.tsv" | cut -f4 >up
check up
like "$out" "^advice: maybe-blame: \".*Labflow’s external service that processes file uploads and file viewing, FileStack, is experiencing intermittent issues\": this reads like updates that put the fault" \
	"maybe-blame: a supplier's trouble the patterns miss"
# the model is what the corpus gives: make lint-model was run after the
# last change to a set (the held-out sets and second readings never
# taught it)
set --
for f in "$corpus"/*.tsv; do
	case $f in *.second.tsv) continue ;; esac
	grep -qxF "${f##*/}" "$corpus/held-out" || set -- "$@" "$f"
done
run train-hints "$@"
if [ "$status" = 0 ] && printf '%s\n' "$out" | cmp -s - "$SRC/lib/hints-model.h"; then
	ok "lib/hints-model.h is what the corpus gives (make lint-model)"
else
	not_ok "lib/hints-model.h is what the corpus gives (make lint-model)"
fi

if [ -f "$SRC/man/inc-status.1" ]; then
	ok "inc-status has a man page"
else
	not_ok "inc-status has a man page"
fi

done_testing
