/*
 * An event as an OASIS CAP 1.2 alert (Common Alerting Protocol, OASIS
 * Standard, 1 July 2010): inc-announce -F cap, for a hook to post to an
 * alerting system or a feed. What the standard leaves to the sender is
 * decided here, and said in inc-announce(1): the identifier, the scope,
 * and the urgency, severity and certainty an incident's state stands for.
 */
#define _DEFAULT_SOURCE
#include <string.h>
#include <time.h>

#include "internal.h"

#define CAP_NS "urn:oasis:names:tc:emergency:cap:1.2"
#define CAP_HEADLINE 160 /* characters: the standard's advice */
#define CAP_RESTRICTION "For the incident's responders, not for customers"

/* What the incident was when the event was written: its log up to it. */
struct cap_at {
	json_t *open, *event;
	const char *state, *title, *public_title, *impact;
	const char *maintenance; /* the newest maintenance update's status */
	int drill, published, duplicate, all_clear;
};

/*
 * The incident as of the event with id (the first open counts, a state
 * or title event changes it, the newest customer update's impact
 * stands), or INC_ENOTFOUND when the log has no such event.
 */
static int
cap_walk(struct cap_at *at, json_t *events, const char *id)
{
	size_t i;
	json_t *e;

	memset(at, 0, sizeof(*at));
	json_array_foreach(events, i, e) {
		const char *type = inc__str(e, "type");
		if (!type)
			continue;
		if (!at->open && !strcmp(type, "open")) {
			at->open = e;
			at->state = inc__str(e, "state");
			at->title = inc__str(e, "title");
			at->drill = json_is_true(json_object_get(e, "drill"));
		} else if (!strcmp(type, "state") && inc__str(e, "state")) {
			at->state = inc__str(e, "state");
		} else if (!strcmp(type, "title")) {
			if (inc__str(e, "title"))
				at->title = inc__str(e, "title");
			if (inc__str(e, "public_title"))
				at->public_title = inc__str(e, "public_title");
		} else if (!strcmp(type, "status") ||
		    !strcmp(type, "maintenance")) {
			at->published = 1;
			if (inc__str(e, "impact"))
				at->impact = inc__str(e, "impact");
			if (!strcmp(type, "maintenance") && inc__str(e, "status"))
				at->maintenance = inc__str(e, "status");
		}
		if (!inc__str(e, "id") || strcmp(inc__str(e, "id"), id))
			continue;
		at->event = e;
		at->duplicate = !strcmp(type, "state") &&
		    inc__str(e, "duplicate_of");
		at->all_clear = (!at->duplicate && !strcmp(type, "state") &&
		    at->state && !strcmp(at->state, "resolved")) ||
		    (!strcmp(type, "status") &&
		    !strcmp(inc__str_or(e, "status", ""), "resolved")) ||
		    (!strcmp(type, "maintenance") &&
		    !strcmp(inc__str_or(e, "status", ""), "completed"));
		return 0;
	}
	return inc__fail(INC_ENOTFOUND, "%s: no such event in the incident's "
	    "log", id);
}

/*
 * Urgency, severity and certainty, as inc-announce(1) tabulates them:
 * the urgency and certainty from the state, the severity from the impact
 * the newest customer update gave, else the one the state stands for
 * (as the status site has it); a maintenance by its newest update's
 * status.
 */
static void
cap_grade(const char *out[3], const struct cap_at *at)
{
	static const char *const impacts[][2] = {
		{"none", "Minor"}, {"minor", "Moderate"}, {"major", "Severe"},
		{"critical", "Extreme"}
	};
	const char *status = at->maintenance,
	    *state = at->state ? at->state : "",
	    *impact = at->impact ? at->impact : inc__state_impact(state);

	if (status) {
		out[0] = !strcmp(status, "scheduled") ? "Future" :
		    !strcmp(status, "completed") ? "Past" : "Immediate";
		out[1] = "Minor";
		out[2] = !strcmp(status, "scheduled") ? "Likely" : "Observed";
		return;
	}
	if (at->all_clear || !strcmp(state, "resolved")) {
		out[0] = "Past", out[1] = "Minor", out[2] = "Observed";
		return;
	}
	out[0] = "Immediate";
	out[1] = "Unknown";
	out[2] = !strcmp(state, "confirmed") || !strcmp(state, "major") ?
	    "Observed" : "Possible";
	for (size_t i = 0; i < 4; i++)
		if (!strcmp(impact, impacts[i][0]))
			out[1] = impacts[i][1];
}

/*
 * What a hook was given without the "@all: " that starts its lines,
 * into line: each line joined to the next by sep, an empty one left out
 * when sep is not a newline.
 */
static void
cap_unmentioned(struct inc_buf *line, const char *text, const char *sep)
{
	const char *p = text;
	int lines = !strcmp(sep, "\n"), first = 1;

	while (*p) {
		size_t n = strcspn(p, "\n");
		if (!strncmp(p, "@all: ", 6) && n > 6)
			p += 6, n -= 6;
		if (n || lines)
			inc__buf_printf(line, "%s%.*s", first ? "" : sep,
			    (int)n, p);
		first = first && !n && !lines;
		p += n + (p[n] == '\n');
	}
}

/*
 * Text from the log as XML element content, the "@all: " of its lines
 * left out: made safe as for a terminal (escapes shown, not obeyed: no
 * control or direction character gets into the XML), then escaped. The
 * headline is one line of at most 160 characters, cut with an ellipsis.
 */
static void
cap_text(struct inc_buf *b, const char *text, int headline)
{
	struct inc_buf line = {0};
	size_t chars = 0, at = 0, cut = 0;
	unsigned long c;
	char *safe;

	cap_unmentioned(&line, text ? text : "", headline ? "; " : "\n");
	if (inc__buf_error(&line) < 0 || !(safe = inc_text_safe(line.s ?
	    line.s : "", headline ? INC_ONE_LINE : INC_LINES))) {
		inc__buf_free(&line);
		inc__buf_fail(b, "out of memory");
		return;
	}
	inc__buf_free(&line);
	while (headline && safe[at] && chars < CAP_HEADLINE) {
		size_t n = inc__utf8_next(&c, safe + at, strlen(safe + at));
		at += n ? n : 1;
		if (++chars == CAP_HEADLINE - 1)
			cut = at;
	}
	if (headline && safe[at]) {
		inc__html_escape(b, safe, cut, 0);
		inc__buf_puts(b, "\xe2\x80\xa6"); /* U+2026 */
	} else {
		inc__html_text(b, safe, 0);
	}
	free(safe);
}

/*
 * The sender: inc.announce.capSender, else the host of the status
 * page's address (inc.pageUrl); none is INC_EINVALID.
 */
static int
cap_sender(char **out, char **page, inc_repo *repo)
{
	git_config *cfg = NULL;
	char *url = NULL;
	const char *host;
	int rc;

	*out = *page = NULL;
	if (!repo)
		return inc__fail(INC_ENOTFOUND, "no repository: the incident's "
		    "log is read to make a CAP alert");
	if ((rc = inc__config_snapshot(&cfg, repo)) == 0 &&
	    (rc = inc__config_string(out, cfg, "inc.announce.capSender",
	    NULL)) == 0)
		rc = inc__config_string(&url, cfg, "inc.pageUrl", "");
	git_config_free(cfg);
	if (rc < 0)
		goto out;
	if (url && *url && inc__html_url_allowed(url, strlen(url)) &&
	    strncmp(url, "mailto:", 7)) {
		*page = url;
		url = NULL;
	}
	if (!*out && *page && strstr(*page, "://")) {
		host = strstr(*page, "://") + 3;
		if (strcspn(host, "@/?#") < strcspn(host, "/?#"))
			host += strcspn(host, "@") + 1;
		if (!(*out = strndup(host, strcspn(host, ":/?#")))) {
			rc = inc__fail(INC_ERROR, "out of memory");
			goto out;
		}
	}
	if (!*out || !**out)
		rc = inc__fail(INC_EINVALID, "inc.announce.capSender: not set, "
		    "nor inc.pageUrl: a CAP alert names its sender");
	else if ((rc = inc_text_check("inc.announce.capSender", *out,
	    INC_NAME_MAX, INC_ONE_LINE)) == 0 && (*out)[strcspn(*out,
	    " \t,<&")])
		rc = inc__fail(INC_EINVALID, "inc.announce.capSender: %s: no "
		    "space, comma, < or & in a CAP sender", *out);
out:
	free(url);
	if (rc < 0) {
		free(*out);
		free(*page);
		*out = *page = NULL;
	}
	return rc;
}

/*
 * Is s what an identifier may be made of? CAP's rule is no space, comma,
 * < or &; the ids the tools make are letters, digits and '-'.
 */
static int
cap_token(const char *s)
{
	return s && *s && strspn(s, "abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:") == strlen(s);
}

/* An event's time as CAP writes one: UTC as -00:00, never Z. */
static int
cap_time(char out[32], json_t *event)
{
	int64_t t;

	if (inc__time_get(&t, event, "at") < 0)
		return inc__fail(INC_EINVALID, "%s: no time in the event",
		    inc__str_or(event, "id", "event"));
	inc__time_format(out, t);
	snprintf(out + 19, 32 - 19, "-00:00");
	return 0;
}

/*
 * text for customers: the internal title, wherever it is spelt (a
 * post-mortem's announcement names it), as their title says it.
 */
static void
cap_public_text(struct inc_buf *b, const char *text, const char *title,
    const char *public_title)
{
	const char *at;
	size_t n = title ? strlen(title) : 0;

	while (n && text && (at = strstr(text, title))) {
		inc__buf_put(b, text, (size_t)(at - text));
		inc__buf_puts(b, public_title);
		text = at + n;
	}
	inc__buf_puts(b, text ? text : "");
}

int
inc_cap_alert(char **out, inc_repo *repo, const char *id,
    const char *event_id, const char *announcement, const char *text)
{
	inc_incident *incident = NULL;
	struct inc_buf b = {0}, said = {0}, said_text = {0};
	struct cap_at at;
	char *sender = NULL, *page = NULL, sent[32], first[32], pid[24];
	const char *grade[3], *type, *title;
	int rc, public;

	*out = NULL;
	if ((rc = cap_sender(&sender, &page, repo)) < 0 ||
	    (rc = inc_incident_load(&incident, repo, id, INC_LOAD_EVENTS)) < 0 ||
	    (rc = cap_walk(&at, incident->events, event_id)) < 0)
		goto out;
	if (!at.open) {
		rc = inc__fail(INC_EINVALID, "%s: no open event before %s", id,
		    event_id);
		goto out;
	}
	if ((rc = cap_time(sent, at.event)) < 0 ||
	    (rc = cap_time(first, at.open)) < 0 ||
	    (rc = inc__public_id(pid, id)) < 0)
		goto out;
	if (!cap_token(pid) || !cap_token(inc__str(at.event, "id")) ||
	    !cap_token(inc__str(at.open, "id"))) {
		rc = inc__fail(INC_EINVALID, "%s: an id CAP does not take in an "
		    "identifier", id);
		goto out;
	}
	type = inc__str_or(at.event, "type", "");
	public = !at.drill && (!strcmp(type, "status") ||
	    !strcmp(type, "maintenance") || !strcmp(type, "postmortem"));
	title = public && at.public_title ? at.public_title : at.title;
	cap_grade(grade, &at);

	inc__buf_printf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	    "<alert xmlns=\"" CAP_NS "\">\n");
	inc__buf_printf(&b, "  <identifier>%s.%s</identifier>\n", pid,
	    inc__str(at.event, "id"));
	inc__buf_puts(&b, "  <sender>");
	inc__html_text(&b, sender, 0);
	inc__buf_printf(&b, "</sender>\n  <sent>%s</sent>\n"
	    "  <status>%s</status>\n  <msgType>%s</msgType>\n", sent,
	    at.drill ? "Exercise" : "Actual", at.event == at.open ? "Alert" :
	    at.duplicate ? "Cancel" : "Update");
	inc__buf_printf(&b, "  <scope>%s</scope>\n", public ? "Public" :
	    "Restricted");
	if (!public)
		inc__buf_puts(&b, "  <restriction>" CAP_RESTRICTION
		    "</restriction>\n");
	if (at.drill)
		inc__buf_puts(&b, "  <note>A drill: a practice incident, not a "
		    "real one</note>\n");
	else if (at.duplicate) {
		char dup[24];
		if ((rc = inc__public_id(dup, inc__str(at.event,
		    "duplicate_of"))) < 0)
			goto out;
		inc__buf_printf(&b, "  <note>Closed as a duplicate of %s, where "
		    "its alerts continue</note>\n", dup);
	}
	if (at.event != at.open) {
		inc__buf_puts(&b, "  <references>");
		inc__html_text(&b, sender, 0);
		inc__buf_printf(&b, ",%s.%s,%s</references>\n", pid,
		    inc__str(at.open, "id"), first);
	}
	inc__buf_printf(&b, "  <incidents>%s</incidents>\n  <info>\n"
	    "    <category>Infra</category>\n    <event>", pid);
	cap_text(&b, title ? title : pid, 1);
	inc__buf_puts(&b, "</event>\n");
	if (at.all_clear)
		inc__buf_puts(&b, "    <responseType>AllClear</responseType>\n");
	inc__buf_printf(&b, "    <urgency>%s</urgency>\n"
	    "    <severity>%s</severity>\n    <certainty>%s</certainty>\n",
	    grade[0], grade[1], grade[2]);
	/* for customers, the internal title is nowhere spelt */
	if (public && at.public_title) {
		cap_public_text(&said, announcement, at.title, at.public_title);
		announcement = said.s;
		cap_public_text(&said_text, text, at.title, at.public_title);
		text = said_text.s;
	}
	inc__buf_puts(&b, "    <headline>");
	cap_text(&b, announcement, 1);
	inc__buf_puts(&b, "</headline>\n    <description>");
	cap_text(&b, text, 0);
	inc__buf_puts(&b, "</description>\n");
	if (page && at.published && !at.drill) {
		size_t n = strlen(page);
		inc__buf_puts(&b, "    <web>");
		inc__html_escape(&b, page, n && page[n - 1] == '/' ? n - 1 : n,
		    0);
		inc__buf_puts(&b, "/incidents/");
		inc__html_text(&b, json_is_string(json_object_get(
		    incident->picture, "public_title")) ? pid : id, 0);
		inc__buf_puts(&b, ".html</web>\n");
	}
	inc__buf_puts(&b, "  </info>\n</alert>\n");
	if ((rc = inc__buf_error(&b)) == 0)
		*out = inc__buf_take(&b);
out:
	inc__buf_free(&b);
	inc__buf_free(&said);
	inc__buf_free(&said_text);
	inc_incident_free(incident);
	free(sender);
	free(page);
	return rc;
}
