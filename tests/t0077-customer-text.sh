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
is "$status:$err" "0:@all: Maintenance (Scheduled, from 2026-11-25 02:00 UTC, until 2026-11-25 04:00 UTC; api): We will upgrade the database." \
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

# a component's real name may have a comma (GitHub's "Issues, PRs,
# Dashboard, Projects"): declared, it is one component everywhere; it
# was refused, left off the page with a warning naming inc.component
new_repo t
mkdir t/incidents
printf '{"components": ["API", "Issues, PRs, Dashboard, Projects", "Paiements (Zürich)"]}\n' >t/incidents/settings.json
git -C t add incidents && git -C t commit -q -m settings
tid=$(inc-open -C t "Checkout errors" 2>/dev/null)
run inc-status -C t -p "paiements (zürich)" -p "issues, prs, dashboard, projects=degraded" "Checkout fails for some cards. We are rolling back a deploy. Retrying is safe. Next update in 30 minutes."
is "$status" 0 "an update names it"
is "$(event_field t "$tid" '[.components, .component_status] | tostring')" \
	'[["Paiements (Zürich)","Issues, PRs, Dashboard, Projects"],{"Issues, PRs, Dashboard, Projects":"degraded_performance"}]' \
	"as declared, with its status"
fails "a name with a comma not declared" 2 \
	"inc-status: Billing, EU: unknown component (use API, 'Issues, PRs, Dashboard, Projects' or Paiements (Zürich))" \
	inc-status -C t -p "Billing, EU" "Billing fails."
run inc-publish -C t -q tsite
is "$status:$err" "0:" "the site is published, nothing said"
is "$(jq -r '[.components[] | "\(.name)=\(.status)"] | join(";")' tsite/api/v2/components.json)" \
	"API=operational;Issues, PRs, Dashboard, Projects=degraded_performance;Paiements (Zürich)=degraded_performance" \
	"with every component, the one with a comma whole"
run inc-init -C t --set 'components=["Git Operations", "Issues, PRs, Dashboard, Projects"]'
is "$status" 0 "inc-init --set takes it too"

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
# and the JSON has no end for it (null, as Statuspage's API has a window
# with none), not an end at its start
is "$(jq -c --arg m "$m4" '.scheduled_maintenances[] | select(.id == $m) | [.scheduled_for, .scheduled_until, .started_at]' begun/api/v2/scheduled-maintenances.json)" \
	'["2026-11-23T11:55:00.000Z",null,"2026-11-23T11:55:00.000Z"]' \
	"begun unannounced: due when first told of, scheduled_until null"
# begun with a start announced and no end: that start, and no end
m7=$(inc-open -C r --at 2026-11-23T11:50:00Z "Fan swap" 2>/dev/null)
succeeds "begun with --from alone" inc-status -C r --at 2026-11-23T11:56:00Z \
	--maintenance in_progress --from "2026-11-23 11:52" --incident "$m7" "Swapping the fans."
run inc-publish -C r -q begun
is "$(jq -c --arg m "$m7" '.scheduled_maintenances[] | select(.id == $m) | [.scheduled_for, .scheduled_until]' begun/api/v2/scheduled-maintenances.json)" \
	'["2026-11-23T11:52:00.000Z",null]' "--from alone: that start, scheduled_until null"
like "$(cat begun/index.html)" '<p class="window">Scheduled for <time datetime="2026-11-23T11:52:00Z">2026-11-23 11:52 UTC</time>, with no end announced.</p>' \
	"the page shows the start announced, and no end"
like "$(cat "begun/incidents/$m7.atom")" 'Swapping the fans\.&lt;/span&gt;&lt;/p&gt;&lt;p&gt;Scheduled for &lt;time datetime=&quot;2026-11-23T11:52:00Z&quot;&gt;2026-11-23 11:52 UTC&lt;/time&gt;, with no end announced\.&lt;/p&gt;</content>' \
	"so does its feed entry"
# and an end announced alone, later: the entry says that end
succeeds "then its end alone" inc-status -C r --at 2026-11-23T11:57:00Z \
	--maintenance verifying --until "2026-11-23 12:30" --incident "$m7" "Checking the fans."
run inc-publish -C r -q begun
like "$(cat "begun/incidents/$m7.atom")" 'Checking the fans\.&lt;/span&gt;&lt;/p&gt;&lt;p&gt;Scheduled until &lt;time datetime=&quot;2026-11-23T12:30:00Z&quot;&gt;2026-11-23 12:30 UTC&lt;/time&gt;\.&lt;/p&gt;</content>' \
	"the entry of an end alone says it"


# a window is merged from all its events, as the site merges it: a later
# --from after its end, or --until before its start, left the site with
# a window that ended before it began
m5=$(inc-open -C r --at 2026-11-23T11:55:00Z "Storage upgrade" 2>/dev/null)
succeeds "a window announced" inc-status -C r --at 2026-11-23T11:56:00Z \
	--maintenance scheduled --from "2026-11-25 02:00" --until "2026-11-25 04:00" \
	--incident "$m5" "We will upgrade the storage."
before=$(commits r)
fails "--from after the window's end" 2 \
	"inc-status: $m5: the window would end at 2026-11-25T04:00:00Z, not after its start at 2026-11-25T05:00:00Z (give --from and --until together)" \
	inc-status -C r --maintenance in_progress --from "2026-11-25 05:00" --incident "$m5" "Moved."
fails "--until before the window's start" 2 \
	"inc-status: $m5: the window would end at 2026-11-25T01:00:00Z, not after its start at 2026-11-25T02:00:00Z (give --from and --until together)" \
	inc-status -C r --maintenance verifying --until "2026-11-25 01:00" --incident "$m5" "Moved."
fails "--until at the window's start" 2 \
	"inc-status: $m5: the window would end at 2026-11-25T02:00:00Z, not after its start at 2026-11-25T02:00:00Z (give --from and --until together)" \
	inc-status -C r --maintenance completed --until "2026-11-25 02:00" --incident "$m5" "Done."
is "$(commits r)" "$before" "none recorded"
succeeds "both moved together" inc-status -C r --at 2026-11-23T11:57:00Z --maintenance scheduled \
	--from "2026-11-25 05:00" --until "2026-11-25 07:00" --incident "$m5" "Moved by three hours."
succeeds "then its start alone, within it" inc-status -C r --at 2026-11-23T11:58:00Z \
	--maintenance in_progress --from "2026-11-25 06:00" --incident "$m5" "Begun."
fails "then its end alone, before the start given last" 2 \
	"inc-status: $m5: the window would end at 2026-11-25T05:30:00Z, not after its start at 2026-11-25T06:00:00Z (give --from and --until together)" \
	inc-status -C r --maintenance verifying --until "2026-11-25 05:30" --incident "$m5" "Checking."
run inc-publish -C r -q windows
is "$(jq -c --arg m "$m5" '.scheduled_maintenances[] | select(.id == $m) | [.scheduled_for, .scheduled_until]' windows/api/v2/scheduled-maintenances.json)" \
	'["2026-11-25T06:00:00.000Z","2026-11-25T07:00:00.000Z"]' "the site's window is the one checked"
# begun with no start announced, it starts when its first event was
m6=$(inc-open -C r --at 2026-11-23T11:40:00Z "Cable move" 2>/dev/null)
fails "an end before it began" 2 \
	"inc-status: $m6: the window would end at 2026-11-23T11:00:00Z, not after its start at 2026-11-23T11:45:00Z (give --from and --until together)" \
	inc-status -C r --at 2026-11-23T11:45:00Z --maintenance in_progress --until "2026-11-23 11:00" --incident "$m6" "Begun."
succeeds "an end after it began" inc-status -C r --at 2026-11-23T11:45:00Z --maintenance in_progress \
	--until "2026-11-23 13:00" --incident "$m6" "Begun."

# an empty option value is a usage error, named (-k "" exited 1, as if
# recording had failed; -s "" said "inc-status: : invalid status")
before=$(commits r)
for o in -k:--contacted --contacted:--contacted -T:--tickets -s:--status \
	-i:--impact -p:--component -t:--at -E:--every -M:--mode -U:--us \
	-J:--internal -n:--name --maintenance:--maintenance --from:--from \
	--until:--until --incident:--incident -C:-C; do
	fails "inc-status ${o%%:*} ''" 2 "inc-status: ${o#*:}: empty" \
		inc-status -C r "${o%%:*}" "" "$id" "Some text."
done
fails "inc-status --contacted=" 2 "inc-status: --contacted: empty" inc-status -C r --contacted= "$id"
fails "-k of spaces" 2 "inc-status: --contacted: empty" inc-status -C r -k "   " "$id"
fails "-k with a control character" 2 "inc-status: --contacted: contains a control character" \
	inc-status -C r -k "$(printf 'Acme\033[2J')" "$id"
is "$(commits r)" "$before" "nothing recorded"
run inc-status -C r -k "شركة النور" "$id"
is "$status:$out" "0:Customer contacted: شركة النور" "-k with a name, right to left: recorded"

# right-to-left text: each element that holds text from the log says
# dir="auto", so Arabic and Hebrew read right to left with their
# punctuation in place; the page itself stays as it is
new_repo q
git -C q config --add inc.component "بوابة الدفع"
git -C q config "component.بوابة الدفع.description" "תשלומים בכרטיס אשראי."
git -C q config --add inc.component API
qid=$(inc-open -C q --at 2026-11-23T11:00:00Z "انقطاع في لوحة التحكم" 2>/dev/null)
succeeds "an Arabic update" inc-status -C q --at 2026-11-23T11:05:00Z -f -p "بوابة الدفع" "$qid" \
	"لوحة التحكم غير متاحة (خطأ 503). نحن نحقق في المشكلة."
run inc-publish -C q -q qsite
is "$status" 0 "published"
page=$(cat "qsite/incidents/$qid.html")
like "$page" '<h2 dir="auto">انقطاع في لوحة التحكم</h2>' "the title"
like "$page" '<span class="body" dir="auto">لوحة التحكم غير متاحة \(خطأ 503\)\. نحن نحقق في المشكلة\.</span>' \
	"the update"
like "$page" 'This affects: <span dir="auto">بوابة الدفع</span>' "a component it names"
like "$(cat qsite/index.html)" "<h3 dir=\"auto\"><a href=\"incidents/$qid.html\">انقطاع في لوحة التحكم</a></h3>" \
	"the title on the front page"
like "$(cat qsite/index.html)" '<span class="name" dir="auto">بوابة الدفع</span>' "a component's name"
like "$(cat qsite/index.html)" '<p class="desc" dir="auto">תשלומים בכרטיס אשראי\.</p>' "its description"
like "$(cat qsite/index.html)" 'Subscribe to <span dir="auto">بوابة الدفع</span></a>' "its feed's link"
like "$(cat qsite/index.html)" '<html lang="en">' "the page keeps its own language"
# checked by a real HTML parser: every text of the log, right to left,
# is inside an element with dir="auto"; nothing of the page's own is
cat >rtl.py <<'EOF'
import sys
from html.parser import HTMLParser
VOID = {"meta", "link", "br", "base", "img", "input", "hr"}
class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.bad, self.seen, self.whole = [], 0, 0, 0
    def handle_starttag(self, tag, attrs):
        if tag in ("html", "body", "main", "header", "article", "section", "ol", "li") and \
                ("dir", "auto") in attrs and tag in ("html", "body", "main", "header"):
            self.whole += 1
        if tag not in VOID:
            self.stack.append(("dir", "auto") in attrs)
    def handle_endtag(self, tag):
        if tag not in VOID and self.stack:
            self.stack.pop()
    def handle_data(self, data):
        if any("\u0590" <= c <= "\u08ff" for c in data) and \
                self.stack and not any(self.stack[-3:]):
            self.bad += 1
            print("no dir=auto around:", data.strip()[:40])
        self.seen += any("\u0590" <= c <= "\u08ff" for c in data)
for f in sys.argv[1:]:
    p = P()
    p.feed(open(f, encoding="utf-8").read())
    print(f.split("/")[-1].split(".")[-1], p.seen > 0, p.bad, p.whole)
EOF
is "$(/usr/bin/python3 rtl.py qsite/index.html "qsite/incidents/$qid.html" qsite/history.html)" \
	"html True 0 0
html True 0 0
html True 0 0" "a parser finds the right-to-left text in each page, each time in an element that says dir=auto, and no whole page so"


# a post-mortem's Markdown: links, emphasis, code and tables, as GitHub
# writes them; an excerpt of GitLab's public post-mortem of its database
# outage of January 31, 2017
cat >gitlab.md <<'EOF'
# Postmortem of database outage of January 31

On January 31st 2017, we experienced a major service outage for one of our products, the online service [GitLab.com](https://gitlab.com/). The outage was caused by an *accidental removal of data* from our primary database server.

## Root cause analysis

While trying to get `pg_basebackup` to work, an engineer ran `rm -rf /var/opt/gitlab/postgresql/data` on **db1**, the primary, instead of on db2. The [first report](https://about.gitlab.com/2017/02/01/gitlab-dot-com-database-incident/) has the timeline; raising `max_wal_senders` meant a restart.

| Backup or replication | Enabled | Working |
| --- | :---: | --- |
| Daily `pg_dump` to S3 | yes | no: PostgreSQL 9.2 binaries against **9.6** |
| Azure disk snapshots | no | - |
| LVM snapshots, every 24 hours | yes | yes |

Questions: [write to us](mailto:support@gitlab.com).
EOF
run inc-postmortem -C q --at 2026-11-23T11:30:00Z -P gitlab.md "$qid"
is "$status" 0 "a post-mortem with links, code and a table"
run inc-publish -C q -q qsite
pm=$(sed -n '/<section class="postmortem"/,/<\/section>/p' "qsite/incidents/$qid.html")
like "$pm" '<h4 dir="auto">Postmortem of database outage of January 31</h4>' "a heading"
like "$pm" '<p dir="auto">On January 31st 2017, we experienced a major service outage for one of our products, the online service <a href="https://gitlab.com/" rel="nofollow">GitLab.com</a>. The outage was caused by an <em>accidental removal of data</em> from our primary database server.</p>' \
	"a link, nofollow, and emphasis"
like "$pm" 'an engineer ran <code>rm -rf /var/opt/gitlab/postgresql/data</code> on <strong>db1</strong>, the primary' \
	"code and strong"
like "$pm" '<table dir="auto">
<thead>
<tr><th dir="auto">Backup or replication</th><th dir="auto" style="text-align:center">Enabled</th><th dir="auto">Working</th></tr>
</thead>
<tbody>
<tr><td dir="auto">Daily <code>pg_dump</code> to S3</td><td dir="auto" style="text-align:center">yes</td><td dir="auto">no: PostgreSQL 9.2 binaries against <strong>9.6</strong></td></tr>
<tr><td dir="auto">Azure disk snapshots</td><td dir="auto" style="text-align:center">no</td><td dir="auto">-</td></tr>
<tr><td dir="auto">LVM snapshots, every 24 hours</td><td dir="auto" style="text-align:center">yes</td><td dir="auto">yes</td></tr>
</tbody>
</table>' "a table: its header, alignment and rows, cells with inline markup"
like "$pm" '<a href="mailto:support@gitlab.com" rel="nofollow">write to us</a>' "a mailto: link"
# CommonMark's reference renderer makes the same paragraphs of it
if command -v cmark >/dev/null; then
	is "$(printf '%s\n' "$pm" | grep '^<p dir' | sed 's/ dir="auto"//g; s/ rel="nofollow"//g')" \
		"$(cmark gitlab.md | grep '^<p>.*</p>$')" "cmark renders its paragraphs alike"
else
	skip "cmark renders its paragraphs alike (cmark is not installed)"
fi

# a code block as real post-mortems quote one (Cloudflare's WAF rule of
# 2019-07-02), shown as written; a numbered list that goes on after a
# paragraph keeps its numbers
cat >fence.md <<'EOF'
The rule that was deployed:

```yaml
match: (?:(?:\"|'|\]|\}|\\|\d|(?:nan|infinity|true|false|null|undefined|symbol|math)|\`|\-|\+)+[)]*;?((?:\s|-|~|!|{}|\|\||\+)*.*(?:.*=.*)))
  <script>alert(1)</script>
1. not a list
```

What we did:

1. Disabled the WAF globally.
2. Reverted the rule.

Then:

3. Re-enabled the WAF.
EOF
run inc-postmortem -C q --at 2026-11-23T11:40:00Z -P fence.md "$qid"
run inc-publish -C q -q qsite
pm=$(sed -n '/<section class="postmortem"/,/<\/section>/p' "qsite/incidents/$qid.html")
like "$pm" '<pre dir="auto"><code>match: \(\?:\(\?:\\&quot;\|&#39;\|\\\]' \
	"a fenced code block: in <pre><code>, its info string left out, escaped"
like "$pm" '  &lt;script&gt;alert\(1\)&lt;/script&gt;
1\. not a list
</code></pre>' "its lines and their indentation as written, no list made in it"
like "$pm" '<ol dir="auto" start="3">
<li dir="auto">Re-enabled the WAF.</li>' "a numbered list begun at 3 starts at 3"
xmllint --noout "qsite/incidents/$qid.atom" 2>/dev/null && ok "the feed is well-formed XML with it" ||
	not_ok "the feed is well-formed XML with it"

# a rule between sections, and a diagram, as post-mortems have them: a
# rule is a rule, not a list item; an image is a link to it, by its text
cat >rule.md <<'EOF'
The timeline is below.

* * *

![Request rate during the outage](https://example.com/graph.png)
---
- - -
**not a rule**

- an item
that goes on
---
EOF
# postmortem_of TITLE FILE OPENED UPDATED POSTED: an incident opened,
# updated and given FILE as its post-mortem at those minutes past 11,
# then published; its page's post-mortem section in $pm
postmortem_of() {
	pid=$(inc-open -C q --at "2026-11-23T11:$3:00Z" "$1" 2>/dev/null)
	inc-status -C q --at "2026-11-23T11:$4:00Z" -f "$pid" \
		"Some customers see errors. We are investigating." >/dev/null 2>&1
	run inc-postmortem -C q --at "2026-11-23T11:$5:00Z" -P "$2" "$pid"
	run inc-publish -C q -q qsite
	pm=$(sed -n '/<section class="postmortem"/,/<\/section>/p' \
	    "qsite/incidents/$pid.html")
}
postmortem_of Rules rule.md 00 05 41
like "$pm" '<p dir="auto">The timeline is below.</p>
<hr>
<h5 dir="auto"><a href="https://example.com/graph.png" rel="nofollow">Request rate during the outage</a></h5>
<hr>
<p dir="auto"><strong>not a rule</strong></p>' \
	"* * * and - - - are rules, --- under a line makes it a heading; an image is a link by its text"
like "$pm" '<li dir="auto">an item
that goes on</li>
</ul>
<hr>' "a list item's line that goes on is in the item, and --- under it a rule"
if command -v cmark >/dev/null; then
	is "$(printf '%s\n' "$pm" | grep -c '^<hr>$'):$(printf '%s\n' "$pm" |
	    grep -c '^<h5')" "$(cmark rule.md | grep -c '^<hr />$'):$(cmark \
	    rule.md | grep -c '^<h2>')" "as many rules and headings as cmark makes"
else
	skip "as many rules and headings as cmark makes (cmark is not installed)"
fi

# action items as post-mortems write them in an editor: wrapped at 72
# columns, one level of items nested under another
cat >items.md <<'EOF'
Corrective actions:

- Change the shell prompt on every database host so that production
  and staging cannot be told apart by mistake (owner: Zoë Ó Briain).
- Test restores of the backups every week,
not only when they are needed.
  1. Monitor the size of the nightly dump.
  2. Alert when replication lag passes five minutes.
- Write down the replica rebuild procedure.
EOF
postmortem_of Items items.md 20 25 42
like "$pm" '<ul dir="auto">
<li dir="auto">Change the shell prompt on every database host so that production
  and staging cannot be told apart by mistake \(owner: Zoë Ó Briain\).</li>
<li dir="auto">Test restores of the backups every week,
not only when they are needed.
<ol dir="auto">
<li dir="auto">Monitor the size of the nightly dump.</li>
<li dir="auto">Alert when replication lag passes five minutes.</li>
</ol>
</li>
<li dir="auto">Write down the replica rebuild procedure.</li>
</ul>' "a list item's wrapped lines are in it, and a list nested under it too"
if command -v cmark >/dev/null; then
	is "$(printf '%s\n' "$pm" | sed -n '/^<ul/,/^<\/ul>/p' |
	    sed 's/ dir="auto"//g; s/^  *//')" "$(cmark items.md |
	    sed -n '/^<ul>/,/^<\/ul>/p')" "cmark makes the same lists of it"
else
	skip "cmark makes the same lists of it (cmark is not installed)"
fi

# hostile Markdown: nothing from it is HTML, no address but http, https
# and mailto is a link, and what does not close shows as written
cat >hostile.md <<'EOF'
[x](javascript:alert(1)) and [y](JAVASCRIPT:alert(1)) and [z](data:text/html;base64,PHNjcmlwdD4=) and [w](//evil.example/)
<script>alert(1)</script> <img src=x onerror=alert(1)>
[v](https://ok.example/"onmouseover="alert(1)) and [**u**](https://ok.example/?a=1&b=2) and [t](https://ok.example/<2>)
*unbalanced and `no closing one and **half and _under and 2 * 3 and snake_case_name
| <b>head</b> | [c](javascript:alert(1)) |
| --- | --- |
| `<i>` | \| piped \*star\* |
EOF
# a file is read as standard input is: whole, or refused
printf 'hello\000world\n' >nul.md
before=$(commits q)
fails "a post-mortem file with a NUL byte" 1 "inc-postmortem: nul.md: contains a NUL byte" \
	inc-postmortem -C q -P nul.md "$qid"
head -c 70000 /dev/zero | tr '\0' x >big.md
fails "a post-mortem file over 64 KiB" 1 "inc-postmortem: big.md: too long (more than 65536 bytes)" \
	inc-postmortem -C q -P big.md "$qid"
fails "an empty --publish" 2 "inc-postmortem: --publish: empty (a file, or - for standard input)" \
	inc-postmortem -C q -P "" "$qid"
# a file that cannot be read is named, as given, not standard input
fails "a post-mortem file that is not there" 1 \
	"inc-postmortem: none.md: No such file or directory" \
	inc-postmortem -C q -P none.md "$qid"
mkdir postmortems
fails "a directory for the post-mortem file" 1 \
	"inc-postmortem: postmortems: Is a directory" \
	inc-postmortem -C q -P postmortems "$qid"
fails "a directory on standard input" 1 "inc-postmortem: stdin: Is a directory" \
	sh -c 'inc-postmortem -C q -P - "$1" <postmortems' - "$qid"
is "$(commits q)" "$before" "none of them records anything"
run inc-postmortem -C q --at 2026-11-23T11:40:00Z -P hostile.md "$qid"
is "$status" 0 "a hostile post-mortem is recorded"
run inc-publish -C q -q qsite
pm=$(sed -n '/<section class="postmortem"/,/<\/section>/p' "qsite/incidents/$qid.html")
like "$pm" '<p dir="auto">\[x\]\(javascript:alert\(1\)\) and \[y\]\(JAVASCRIPT:alert\(1\)\) and \[z\]\(data:text/html;base64,PHNjcmlwdD4=\) and \[w\]\(//evil.example/\)$' \
	"javascript:, data: and an address with no scheme: shown as written"
like "$pm" '^&lt;script&gt;alert\(1\)&lt;/script&gt; &lt;img src=x onerror=alert\(1\)&gt;$' "HTML: shown as written"
like "$pm" '^<a href="https://ok.example/&quot;onmouseover=&quot;alert\(1\)" rel="nofollow">v</a> and <a href="https://ok.example/\?a=1&amp;b=2" rel="nofollow"><strong>u</strong></a> and \[t\]\(https://ok.example/&lt;2&gt;\)$' \
	"an address is escaped in its attribute; one with < is no link"
like "$pm" '^\*unbalanced and `no closing one and \*\*half and _under and 2 \* 3 and snake_case_name</p>$' \
	"what does not close: as written"
like "$pm" '<tr><th dir="auto">&lt;b&gt;head&lt;/b&gt;</th><th dir="auto">\[c\]\(javascript:alert\(1\)\)</th></tr>' \
	"a table's cells escaped"
like "$pm" '<tr><td dir="auto"><code>&lt;i&gt;</code></td><td dir="auto">\| piped \*star\*</td></tr>' \
	"a backslash makes | and * themselves"
# a real HTML parser finds in the post-mortem only the elements and
# attributes it may have, and links to http, https and mailto only
cat >allowed.py <<'EOF'
import sys
from html.parser import HTMLParser
TAGS = {"section", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "a", "em",
        "strong", "code", "table", "thead", "tbody", "tr", "th", "td", "time"}
ATTRS = {"class", "id", "dir", "href", "rel", "style", "datetime"}
class P(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bad, self.links = [], []
    def handle_starttag(self, tag, attrs):
        if tag not in TAGS:
            self.bad.append(tag)
        for k, v in attrs:
            if k not in ATTRS:
                self.bad.append(tag + " " + k)
            if k == "href":
                self.links.append(v)
                if not v.lower().startswith(("http:", "https:", "mailto:")):
                    self.bad.append(v)
p = P()
p.feed(sys.stdin.read())
print(len(p.links), " ".join(p.bad) or "clean")
EOF
is "$(printf '%s\n' "$pm" | /usr/bin/python3 allowed.py)" "2 clean" \
	"a parser finds two links, and only the elements and attributes allowed"

done_testing
