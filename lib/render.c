/*
 * What the tools print. Every piece of text that came from a log passes
 * through inc__buf_safe on its way to a terminal; JSON output is compact
 * with sorted keys, one value a line, escaped by jansson.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

#define duration inc__duration
#define put_json inc__put_json

void
inc__duration(char out[32], int64_t s)
{
	if (s < 0)
		s = 0;
	if (s < 60)
		snprintf(out, 32, "%llds", (long long)s);
	else if (s < 3600)
		snprintf(out, 32, "%lldm", (long long)(s / 60));
	else if (s < 86400)
		snprintf(out, 32, "%lldh%02lldm", (long long)(s / 3600),
		    (long long)(s % 3600 / 60));
	else
		snprintf(out, 32, "%lldd%02lldh%02lldm", (long long)(s / 86400),
		    (long long)(s % 86400 / 3600), (long long)(s % 3600 / 60));
}

/* "2026-11-23 21:30 UTC" (with seconds when asked) */
static void
when(char out[32], json_t *object, const char *key, int seconds)
{
	inc__time_show(out, object, key, seconds ? INC__SHOW_SECONDS :
	    INC__SHOW_UTC);
}

/* set while Markdown is rendered: text from the log is then escaped */
static _Thread_local int markdown;
/*
 * set while text is rendered for the incident channel (hooks, chat):
 * what inc__hides_text() names is dropped there, not shown (buf.c says
 * why); controls are still shown escaped
 */
static _Thread_local int channel;

/*
 * Safe text in Markdown, rendered as written: a backslash before every
 * character that means something inline (emphasis, code, links, HTML and
 * autolinks, entities, table cells, strikethrough), and before what would
 * start a heading, quote, list or rule at the start of a line.
 */
static void
put_escaped(struct inc_buf *b, const char *safe)
{
	const char *number_end = NULL;
	int start = 1;

	for (const char *p = safe; *p; p++) {
		int escape = strchr("\\`*_[]<|~&", *p) != NULL || p == number_end;

		if (start && *p != ' ') {
			const char *q = p;
			while (*q >= '0' && *q <= '9')
				q++;
			number_end = q > p && (*q == '.' || *q == ')') ? q : NULL;
			escape |= strchr("#>+-=", *p) != NULL;
			start = 0;
		}
		if (escape)
			inc__buf_put(b, "\\", 1);
		inc__buf_put(b, p, 1);
		start |= *p == '\n';
	}
}

/* A copy of text from the log, made safe; NULL when out of memory. */
static char *
safe_text(const char *text, enum inc_lines lines)
{
	char *shown, *safe;

	if (!channel)
		return inc_text_safe(text ? text : "", lines);
	if (!(shown = inc_text_visible(text ? text : "")))
		return NULL;
	safe = inc_text_safe(shown, lines);
	free(shown);
	return safe;
}

/* Text from the log, made safe (and escaped in Markdown). */
static void
put_text(struct inc_buf *b, const char *text, int oneline)
{
	char *safe;

	if (!markdown && !channel) {
		inc__buf_safe(b, text ? text : "", oneline);
		return;
	}
	if (!(safe = safe_text(text, oneline ? INC_ONE_LINE : INC_LINES))) {
		inc__buf_fail(b, "out of memory");
		return;
	}
	if (markdown)
		put_escaped(b, safe);
	else
		inc__buf_puts(b, safe);
	free(safe);
}

static void
put_safe(struct inc_buf *b, const char *text)
{
	put_text(b, text, 1);
}

/* Markdown table cells: safe, one line, escaped (pipes too). */
static void
put_cell(struct inc_buf *b, const char *text)
{
	int was = markdown;

	markdown = 1;
	put_safe(b, text);
	markdown = was;
}

/*
 * A line of JSON, len bytes at s, but for the C1 controls (U+0080 to
 * U+009F, which jansson leaves as UTF-8 and a terminal may obey, CSI among
 * them): those are written as \u escapes, which read back the same.
 */
static void
put_json_line(struct inc_buf *b, const char *s, size_t len)
{
	const char *end = s + len, *q;

	while ((q = memchr(s, 0xc2, (size_t)(end - s)))) {
		if (q + 1 == end || (unsigned char)q[1] < 0x80 ||
		    (unsigned char)q[1] > 0x9f) {
			inc__buf_put(b, s, (size_t)(q + 1 - s));
			s = q + 1;
			continue;
		}
		inc__buf_put(b, s, (size_t)(q - s));
		inc__buf_printf(b, "\\u%04x", (unsigned char)q[1]);
		s = q + 2;
	}
	inc__buf_put(b, s, (size_t)(end - s));
	inc__buf_put(b, "\n", 1);
}

/* JSON as jansson writes it, C1 controls escaped */
void
inc__put_json(struct inc_buf *b, json_t *value)
{
	char *s = value ? json_dumps(value, INC_JSON_FLAGS | JSON_ENCODE_ANY) :
	    NULL;

	if (!s) {
		inc__buf_fail(b, "out of memory");
		return;
	}
	put_json_line(b, s, strlen(s));
	free(s);
}

static int
finish(char **out, struct inc_buf *b)
{
	return (*out = inc__buf_take(b)) ? 0 : INC_ERROR;
}

static int64_t
age(json_t *picture, int64_t now)
{
	int64_t opened = 0, resolved;

	inc__time_get(&opened, picture, "opened_at");
	if (inc__time_get(&resolved, picture, "resolved_at") == 0)
		return resolved - opened;
	return now - opened;
}

static int
role_rank(const char *role)
{
	return !strcmp(role, "ic") ? 0 : !strcmp(role, "comms") ? 1 :
	    !strcmp(role, "ops") ? 2 : 3;
}

/* command first: IC, Comms, Ops, then the groups by name */
int
inc__role_cmp(const char *x, const char *y)
{
	int rx = role_rank(x), ry = role_rank(y);

	return rx != ry ? rx - ry : strcmp(x, y);
}

static int
by_role(const void *a, const void *b)
{
	return inc__role_cmp(*(const char *const *)a, *(const char *const *)b);
}

/* Role holders, command first: "IC  Ricardo (since ...)", a line each. */
static void
put_roles(struct inc_buf *b, json_t *roles, int md, int indent, int with_since)
{
	const char *keys[64], *role;
	json_t *holder;
	char name[64], since[32];
	size_t n = 0;
	int width = 12;

	json_object_foreach(roles, role, holder)
		if (n < sizeof(keys) / sizeof(keys[0]))
			keys[n++] = role;
	qsort(keys, n, sizeof(keys[0]), by_role);
	for (size_t i = 0; i < n; i++)
		if ((int)strlen(keys[i]) > width)
			width = (int)strlen(keys[i]);
	for (size_t i = 0; i < n; i++) {
		holder = json_object_get(roles, keys[i]);
		if (md)
			inc__buf_printf(b, "- %s: ", inc__role_title(name, keys[i]));
		else
			inc__buf_printf(b, "%*s%-*s ", indent, "", width,
			    inc__role_title(name, keys[i]));
		put_safe(b, inc__who(holder, "person"));
		if (with_since) {
			when(since, holder, "since_at", 0);
			inc__buf_printf(b, " (since %s)", since);
		}
		inc__buf_put(b, "\n", 1);
	}
}

/* "two", "three", or the number */
static void
put_count(struct inc_buf *b, size_t n)
{
	static const char *const words[] = {"no", "one", "two", "three",
	    "four"};

	if (n < sizeof(words) / sizeof(words[0]))
		inc__buf_printf(b, "%s", words[n]);
	else
		inc__buf_printf(b, "%zu", n);
}

/* "HH:MM" of a side's time, after " at ", if it has one */
static void
put_side_time(struct inc_buf *b, json_t *side)
{
	char t[32];
	int64_t at;
	struct tm tm;
	time_t tt;

	if (inc__time_get(&at, side, "at") < 0)
		return;
	tt = (time_t)at;
	gmtime_r(&tt, &tm);
	strftime(t, sizeof(t), "%H:%M", &tm);
	inc__buf_printf(b, " at %s", t);
}

/*
 * "closed as a duplicate of ID by Bo at 10:05, apart from Ana closing it
 * as a duplicate of this one at 10:01: it stays open - set the state
 * explicitly to settle it" (see closed_first in picture.c); in a longer
 * cycle, "closing OTHER as a duplicate of this one", the one before it.
 */
static void
put_duplicate_cycle(struct inc_buf *b, json_t *c)
{
	json_t *sides = json_object_get(c, "sides");
	json_t *first = json_array_get(sides, 0), *later = json_array_get(sides, 1);
	const char *of = inc__str_or(c, "of", "another incident");
	const char *closing = inc__str_or(first, "duplicate", of);

	inc__buf_printf(b, "closed as a duplicate of ");
	put_safe(b, of);
	inc__buf_printf(b, " by ");
	put_safe(b, inc__str_or(json_object_get(later, "actor"), "name",
	    "someone"));
	put_side_time(b, later);
	inc__buf_printf(b, ", apart from ");
	put_safe(b, inc__str_or(json_object_get(first, "actor"), "name",
	    "someone"));
	inc__buf_printf(b, " closing ");
	if (strcmp(closing, of))
		put_safe(b, closing);
	else
		inc__buf_printf(b, "it");
	inc__buf_printf(b, " as a duplicate of this one");
	put_side_time(b, first);
	inc__buf_printf(b, ": this one stays open - set the state explicitly "
	    "to settle it");
}

/*
 * "need 2 raised apart from the resolution: Bo Chen at 23:06 needs
 * \"Pages team\", Ana Lima resolved at 23:04 - meet it (inc-note --met
 * 2) or set the state explicitly to settle it"
 */
static void
put_need_apart(struct inc_buf *b, json_t *c)
{
	json_t *sides = json_object_get(c, "sides");
	json_t *resolving = json_array_get(sides, 0), *need = json_array_get(sides, 1);
	json_int_t n = json_integer_value(json_object_get(c, "n"));

	inc__buf_printf(b, "need %lld raised apart from the resolution: ",
	    (long long)n);
	put_safe(b, inc__str_or(json_object_get(need, "actor"), "name",
	    "someone"));
	put_side_time(b, need);
	inc__buf_printf(b, " needs \"");
	put_safe(b, inc__str_or(c, "text", ""));
	inc__buf_printf(b, "\", ");
	put_safe(b, inc__str_or(json_object_get(resolving, "actor"), "name",
	    "someone"));
	inc__buf_printf(b, " resolved");
	put_side_time(b, resolving);
	inc__buf_printf(b, " - meet it (inc-note --met %lld) or set the state "
	    "explicitly to settle it", (long long)n);
}

/*
 * Settings set apart: "two public titles set apart: Zoë: "API errors" at
 * 18:00, Seán: "Delays" at 18:05 - set it again to settle it"; a
 * cadence's value "every 30m", or "the team's interval".
 */
static void
put_setting_apart(struct inc_buf *b, json_t *c)
{
	const char *setting = inc__str_or(c, "setting", "");
	json_t *sides = json_object_get(c, "sides"), *s, *v;
	size_t i;
	char every[32];

	put_count(b, json_array_size(sides));
	inc__buf_printf(b, " %s set apart: ", !strcmp(setting,
	    "public_title") ? "public titles" : !strcmp(setting,
	    "sitrep_interval_seconds") ? "sitrep cadences" :
	    "customer update cadences");
	json_array_foreach(sides, i, s) {
		if (i)
			inc__buf_put(b, ", ", 2);
		put_safe(b, inc__str(json_object_get(s, "actor"), "name"));
		inc__buf_put(b, ": ", 2);
		v = json_object_get(s, "value");
		if (json_is_string(v)) {
			inc__buf_put(b, "\"", 1);
			put_safe(b, json_string_value(v));
			inc__buf_put(b, "\"", 1);
		} else if (json_is_integer(v)) {
			inc__duration(every, json_integer_value(v));
			inc__buf_printf(b, "every %s", every);
		} else {
			inc__buf_printf(b, "the team's interval");
		}
		put_side_time(b, s);
	}
	inc__buf_printf(b, " - set it again to settle it");
}

/*
 * A conflict in words: "two ICs claimed command: Alice at 10:01, Bob at
 * 10:02 - hand over explicitly to settle it"; "two Comms hand-overs made
 * apart: Chris at 10:01, nobody at 10:02 - ..."; "two post-mortem owners
 * named apart: Pat at 09:00, Lee at 09:05 - name the owner again ...".
 */
void
inc__put_conflict(struct inc_buf *b, json_t *c)
{
	const char *kind = inc__str_or(c, "kind", "");
	json_t *sides = json_object_get(c, "sides"), *s;
	size_t i;
	char name[64];
	int ic = !strcmp(kind, "ic"), state = !strcmp(kind, "state");
	int role = !strcmp(kind, "role"), owner = !strcmp(kind, "postmortem-owner");

	if (!strcmp(kind, "duplicate")) {
		put_duplicate_cycle(b, c);
		return;
	}
	if (!strcmp(kind, "need")) {
		put_need_apart(b, c);
		return;
	}
	if (!strcmp(kind, "setting")) {
		put_setting_apart(b, c);
		return;
	}
	if (ic || state) {
		put_count(b, json_array_size(sides));
		inc__buf_printf(b, "%s", ic ? " ICs claimed command: " :
		    " state changes made apart: ");
	} else if (role) {
		put_count(b, json_array_size(sides));
		inc__buf_printf(b, " %s hand-overs made apart: ",
		    inc__role_title(name, inc__str_or(c, "role", "")));
	} else if (owner) {
		put_count(b, json_array_size(sides));
		inc__buf_printf(b, " post-mortem owners named apart: ");
	} else {
		inc__buf_printf(b, "a state change and a hand-over of command "
		    "made apart: ");
	}
	json_array_foreach(sides, i, s) {
		json_t *who = json_object_get(s, role || owner ? "person" : "ic");
		if (i)
			inc__buf_put(b, ", ", 2);
		if (json_object_get(s, "state")) {
			put_safe(b, inc__str(json_object_get(s, "actor"), "name"));
			inc__buf_printf(b, " -> ");
			put_safe(b, inc__str(s, "state"));
		} else {
			if (!ic && !role && !owner)
				inc__buf_printf(b, "%s -> ", inc__role_title(name,
				    "ic"));
			put_safe(b, who && inc__str(who, "name") ?
			    inc__str(who, "name") : "nobody");
		}
		put_side_time(b, s);
	}
	inc__buf_printf(b, " - %s to settle it", ic || role ?
	    "hand over explicitly" : owner ? "name the owner again" :
	    state ? "set the state explicitly" :
	    "hand over or set the state explicitly");
}

/* Each conflict a line: before, the conflict, after. */
static void
put_conflicts(struct inc_buf *b, json_t *conflicts, const char *before,
    const char *after)
{
	json_t *c;
	size_t i;

	json_array_foreach(conflicts, i, c) {
		inc__buf_printf(b, "%s", before);
		inc__put_conflict(b, c);
		inc__buf_printf(b, "%s", after);
	}
}

/*
 * The times an incident is judged by, in seconds (-1: not known yet):
 * to detect (from the impact's start to its detection, else to the
 * opening), to mitigate and to resolve (from the impact's start, else
 * the detection, else the opening).
 */
struct spans {
	int64_t detect, mitigate, resolve;
};

static void
spans(struct spans *out, json_t *p)
{
	int64_t began = -1, detected, start, t;

	out->detect = out->mitigate = out->resolve = -1;
	if (inc__time_get(&detected, p, "detected_at") < 0 &&
	    inc__time_get(&detected, p, "opened_at") < 0)
		return;
	start = detected;
	if (inc__time_get(&began, p, "impact_began_at") == 0) {
		out->detect = detected > began ? detected - began : 0;
		start = began;
	}
	/* opened again once mitigated, the impact is back: not mitigated */
	if (inc__time_get(&t, p, "mitigated_at") == 0 && !json_is_true(
	    json_object_get(p, "reopened_since_mitigated")))
		out->mitigate = t > start ? t - start : 0;
	if (inc__time_get(&t, p, "resolved_at") == 0)
		out->resolve = t > start ? t - start : 0;
}

static void
put_span_json(json_t *o, const char *key, int64_t s)
{
	if (s >= 0)
		json_object_set_new(o, key, json_integer(s));
}

/* "detect 5m, mitigate 1h02m, resolve -" */
static void
put_spans(struct inc_buf *b, json_t *p)
{
	struct spans sp;
	char d[3][32];
	int64_t v[3];

	spans(&sp, p);
	v[0] = sp.detect, v[1] = sp.mitigate, v[2] = sp.resolve;
	for (int i = 0; i < 3; i++) {
		if (v[i] < 0)
			snprintf(d[i], 32, "-");
		else
			duration(d[i], v[i]);
	}
	inc__buf_printf(b, "to detect %s, to mitigate %s, to resolve %s", d[0],
	    d[1], d[2]);
}

int
inc_render_picture(char **out, const inc_incident *incident, inc_repo *repo,
    enum inc_format format, int64_t now)
{
	json_t *p = incident->picture;
	struct inc_buf b = {0};
	int64_t due = inc_incident_sitrep_due(incident, repo);
	int64_t update_due = inc_incident_update_due(incident, repo);
	char t[32], d[32];
	enum inc_state s = inc_incident_state(incident);

	if (format == INC_FORMAT_JSON) {
		json_t *copy = json_deep_copy(p);
		if (!copy)
			return inc__fail(INC_ERROR, "out of memory");
		json_object_set_new(copy, "v", json_integer(INC_LOG_VERSION));
		json_object_set_new(copy, "age_seconds",
		    json_integer(age(p, now)));
		{
			struct spans sp;
			spans(&sp, p);
			put_span_json(copy, "time_to_detect_seconds", sp.detect);
			put_span_json(copy, "time_to_mitigate_seconds",
			    sp.mitigate);
			put_span_json(copy, "time_to_resolve_seconds", sp.resolve);
		}
		if (due) {
			inc__time_format(t, due);
			json_object_set_new(copy, "sitrep_due_at", json_string(t));
			json_object_set_new(copy, "sitrep_overdue",
			    json_boolean(now >= due));
		}
		if (update_due) {
			inc__time_format(t, update_due);
			json_object_set_new(copy, "update_due_at", json_string(t));
			json_object_set_new(copy, "update_overdue",
			    json_boolean(now >= update_due));
		}
		put_json(&b, copy);
		json_decref(copy);
		return finish(out, &b);
	}
	inc__buf_printf(&b, "%s  %s", inc_incident_id(incident),
	    inc__drill_mark(p));
	put_safe(&b, inc__str(p, "title"));
	when(t, p, "state_changed_at", 0);
	inc__buf_printf(&b, "\nstate        %s (%d) since %s\n",
	    inc_state_name(s), (int)s, t);
	put_conflicts(&b, json_object_get(p, "conflicts"), "conflict     ",
	    "\n");
	if (inc__str(p, "duplicate_of")) {
		inc__buf_printf(&b, "duplicate of ");
		put_safe(&b, inc__str(p, "duplicate_of"));
		inc__buf_put(&b, "\n", 1);
	}
	for (size_t i = 0; i < json_array_size(json_object_get(p,
	    "duplicates")); i++) {
		inc__buf_printf(&b, i ? ", " : "duplicates   ");
		put_safe(&b, json_string_value(json_array_get(json_object_get(p,
		    "duplicates"), i)));
		if (i + 1 == json_array_size(json_object_get(p, "duplicates")))
			inc__buf_put(&b, "\n", 1);
	}
	when(t, p, "opened_at", 0);
	duration(d, age(p, now));
	inc__buf_printf(&b, "opened       %s, %s %s\n", t,
	    s == INC_STATE_RESOLVED ? "resolved after" : "open for", d);
	if (json_object_get(p, "impact_began_at") ||
	    json_object_get(p, "detected_at") ||
	    json_object_get(p, "mitigated_at")) {
		inc__buf_printf(&b, "impact       ");
		if (json_object_get(p, "impact_began_at")) {
			when(t, p, "impact_began_at", 0);
			inc__buf_printf(&b, "began %s; ", t);
		}
		if (json_object_get(p, "detected_at")) {
			when(t, p, "detected_at", 0);
			inc__buf_printf(&b, "detected %s; ", t);
		}
		if (json_object_get(p, "mitigated_at")) {
			when(t, p, "mitigated_at", 0);
			inc__buf_printf(&b, "mitigated %s%s; ", t,
			    inc__mitigation_undone(p));
		}
		inc__buf_printf(&b, "time ");
		put_spans(&b, p);
		inc__buf_put(&b, "\n", 1);
	}
	if (inc__str(p, "public_title")) {
		inc__buf_printf(&b, "public title ");
		put_safe(&b, inc__str(p, "public_title"));
		inc__buf_put(&b, "\n", 1);
	}
	put_roles(&b, json_object_get(p, "roles"), 0, 0, 1);
	if (json_object_get(p, "last_sitrep_at")) {
		when(t, p, "last_sitrep_at", 0);
		inc__buf_printf(&b, "sitrep       last %s", t);
	} else {
		inc__buf_printf(&b, "sitrep       none yet");
	}
	if (due) {
		duration(d, now >= due ? now - due : due - now);
		inc__buf_printf(&b, ", %s %s", now >= due ? "OVERDUE by" :
		    "next due in", d);
	}
	if (due && json_is_integer(json_object_get(p, "sitrep_interval_seconds"))) {
		duration(d, (int64_t)json_integer_value(json_object_get(p,
		    "sitrep_interval_seconds")));
		inc__buf_printf(&b, " (every %s, this incident's cadence)", d);
	}
	if (json_object_get(p, "last_update_at")) {
		when(t, p, "last_update_at", 0);
		inc__buf_printf(&b, "\ncustomers    last update %s", t);
	} else {
		inc__buf_printf(&b, "\ncustomers    no update yet");
	}
	if (update_due) {
		duration(d, now >= update_due ? now - update_due : update_due - now);
		inc__buf_printf(&b, ", %s %s", now >= update_due ?
		    "OVERDUE by" : "next due in", d);
	}
	if (update_due && json_is_integer(json_object_get(p,
	    "update_interval_seconds"))) {
		duration(d, (int64_t)json_integer_value(json_object_get(p,
		    "update_interval_seconds")));
		inc__buf_printf(&b, " (every %s, this incident's cadence)", d);
	}
	inc__buf_put(&b, "\n", 1);
	if (inc__str(p, "summary")) {
		inc__buf_printf(&b, "summary      ");
		put_safe(&b, inc__str(p, "summary"));
		inc__buf_put(&b, "\n", 1);
	}
	return finish(out, &b);
}

static void
put_field(struct inc_buf *b, const char *heading, const char *text, int md)
{
	char *safe;

	inc__buf_printf(b, md ? "\n**%s**\n\n" : "\n%s\n", heading);
	if (!(safe = safe_text(text, INC_LINES))) {
		inc__buf_fail(b, "out of memory");
		return;
	}
	for (char *line = safe, *nl; line; line = nl) {
		if ((nl = strchr(line, '\n')))
			*nl++ = '\0';
		if (md)
			put_escaped(b, line);
		else
			inc__buf_printf(b, "  %s", line);
		inc__buf_put(b, "\n", 1);
	}
	free(safe);
}

/* "Customers contacted: A, B; support tickets: 12", if there is any. */
static void
put_customers(struct inc_buf *b, json_t *o, const char *before)
{
	json_t *contacted = json_object_get(o, "contacted");
	json_t *tickets = json_object_get(o, "tickets");

	if (!json_array_size(contacted) && !json_is_integer(tickets))
		return;
	inc__buf_printf(b, "%s", before);
	for (size_t i = 0; i < json_array_size(contacted); i++) {
		const char *name = json_string_value(json_array_get(contacted, i));
		const char *q = inc__list_quote(name);
		inc__buf_printf(b, "%s%s", i ? ", " : "Customers contacted: ", q);
		put_safe(b, name);
		inc__buf_puts(b, q);
	}
	if (json_is_integer(tickets))
		inc__buf_printf(b, "%s: %lld", json_array_size(contacted) ?
		    "; support tickets" : "Support tickets",
		    (long long)json_integer_value(tickets));
	inc__buf_put(b, "\n", 1);
}

static void
put_sitrep(struct inc_buf *b, json_t *picture, json_t *e, int md)
{
	char t[32];

	when(t, e, "at", 0);
	inc__buf_printf(b, md == 2 ? "### Sitrep: " : md ? "## Sitrep: " :
	    "SITREP: ");
	put_safe(b, inc__drill_mark(picture));
	put_safe(b, inc__str(picture, "title"));
	inc__buf_printf(b, md ? "\n\nIncident `%s`, " : "\nIncident %s, ",
	    inc__str(picture, "incident"));
	put_safe(b, inc__str(e, "state") ? inc__str(e, "state") : "-");
	inc__buf_printf(b, ", as of %s from ", t);
	put_safe(b, inc__str(json_object_get(e, "actor"), "name"));
	inc__buf_put(b, "\n", 1);
	put_field(b, "What is broken:", inc__str(e, "broken"), md);
	put_field(b, "How widespread:", inc__str(e, "impact"), md);
	put_field(b, "What is being done:", inc__str(e, "doing"), md);
	inc__buf_printf(b, md ? "\n**Who is working on it:**\n\n" :
	    "\nWho is working on it:\n");
	put_roles(b, json_object_get(e, "roles"), md, 2, 0);
	if (json_array_size(json_object_get(e, "conflicts"))) {
		inc__buf_printf(b, md ? "\n**Not settled:**\n\n" :
		    "\nNot settled:\n");
		put_conflicts(b, json_object_get(e, "conflicts"), md ? "- " : "  ",
		    "\n");
	}
	put_customers(b, e, "\n");
}

int
inc__render_sitrep(char **out, json_t *picture, json_t *e,
    enum inc_format format)
{
	struct inc_buf b = {0};

	if (format == INC_FORMAT_JSON) {
		json_t *copy = json_deep_copy(e);
		json_object_set(copy, "title", json_object_get(picture, "title"));
		if (json_is_true(json_object_get(picture, "drill")))
			json_object_set_new(copy, "drill", json_true());
		put_json(&b, copy);
		json_decref(copy);
	} else {
		markdown = format == INC_FORMAT_MARKDOWN;
		put_sitrep(&b, picture, e, markdown);
		markdown = 0;
	}
	return finish(out, &b);
}

/* The newest sitrep, by when it was written for. */
int
inc_render_sitrep(char **out, const inc_incident *incident,
    enum inc_format format)
{
	json_t *e = json_object_get(incident->picture, "sitrep");

	if (!e)
		return inc__fail(INC_ENOTFOUND, "%s: no sitrep yet",
		    inc_incident_id(incident));
	return inc__render_sitrep(out, incident->picture, e, format);
}

/* " (ops:database)": the group an event was written for, if any */
static void
put_group(struct inc_buf *b, json_t *e)
{
	char name[64];

	if (!inc__str(e, "group"))
		return;
	inc__buf_printf(b, " (%s)", inc__role_title(name, inc__str(e,
	    "group")));
}

/* "; KEY -> value" for a field an event changes, if it is there */
static void
put_changed(struct inc_buf *b, json_t *e, const char *key, const char *what,
    int sep)
{
	if (!inc__str(e, key))
		return;
	if (sep && b->len && b->s[b->len - 1] != ' ')
		inc__buf_put(b, "; ", 2);
	inc__buf_printf(b, "%s", what);
	put_safe(b, inc__str(e, key));
}

/* the same JSON value, or both absent */
static int
same(json_t *a, json_t *b)
{
	return (!a && !b) || (a && b && json_equal(a, b));
}

/*
 * What a sitrep changed since the one before it (prev, NULL for the
 * first): " (changed: state confirmed -> major; IC Ana -> Bo; impact)",
 * or " (no change)".
 */
static void
put_sitrep_change(struct inc_buf *b, json_t *e, json_t *prev)
{
	static const char *const fields[] = {"broken", "impact", "doing"};
	const char *was, *now;
	size_t start;
	int n = 0;

	if (!prev)
		return;
	inc__buf_printf(b, " (changed: ");
	start = b->len;
	was = inc__str(prev, "state"), now = inc__str(e, "state");
	if (was && now && strcmp(was, now)) {
		inc__buf_printf(b, "state ");
		put_safe(b, was);
		inc__buf_printf(b, " -> ");
		put_safe(b, now);
		n++;
	}
	was = inc__who(json_object_get(json_object_get(prev, "roles"), "ic"),
	    "person");
	now = inc__who(json_object_get(json_object_get(e, "roles"), "ic"),
	    "person");
	if (was && now && strcmp(was, now)) {
		inc__buf_printf(b, "%sIC ", n++ ? "; " : "");
		put_safe(b, was);
		inc__buf_printf(b, " -> ");
		put_safe(b, now);
	}
	if (!same(json_object_get(prev, "roles"),
	    json_object_get(e, "roles")) && !(was && now && strcmp(was, now)))
		inc__buf_printf(b, "%sroles", n++ ? "; " : "");
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++) {
		was = inc__str_or(prev, fields[i], "");
		now = inc__str_or(e, fields[i], "");
		if (strcmp(was, now))
			inc__buf_printf(b, "%s%s", n++ ? "; " : "", fields[i]);
	}
	if (!same(json_object_get(prev, "contacted"),
	    json_object_get(e, "contacted")) ||
	    !same(json_object_get(prev, "tickets"),
	    json_object_get(e, "tickets")))
		inc__buf_printf(b, "%scustomers", n++ ? "; " : "");
	if (!n) {
		b->len = start - strlen(" (changed: ");
		inc__buf_printf(b, " (no change)");
		return;
	}
	inc__buf_put(b, ")", 1);
}

/*
 * The number, in picture's list (needs, actions), of the item a need-met
 * or action-done event closes: the one its writer saw, which a merge may
 * have renumbered; the number it was written with if not found.
 */
static long long
closed_number(json_t *picture, const char *list, json_t *e)
{
	json_t *item = inc__picture_item(picture, list, e);

	return (long long)json_integer_value(json_object_get(item ? item : e,
	    "n"));
}

/*
 * The components a customer update names, after before, each with the
 * status it gave it: "Access (partial outage), Web"; nothing when none.
 */
static void
put_affects(struct inc_buf *b, json_t *e, const char *before)
{
	json_t *components = json_object_get(e, "components");

	for (size_t i = 0; i < json_array_size(components); i++) {
		const char *name = json_string_value(json_array_get(components,
		    i)), *given = inc__component_status_words(inc__str(
		    json_object_get(e, "component_status"), name ? name : ""));
		inc__buf_printf(b, "%s", i ? ", " : before);
		put_safe(b, name);
		/* a status given it: "API (partial outage)" */
		if (given)
			inc__buf_printf(b, " (%s)", given);
	}
}

/*
 * One line saying what an event did, as the log and timeline show it;
 * a sitrep says what changed since prev, the sitrep before it; picture,
 * the incident's, numbers the needs and actions closed.
 */
static void
put_event(struct inc_buf *b, json_t *e, json_t *prev, json_t *picture)
{
	const char *type = inc__str(e, "type");
	char name[64], t[32];

	if (!strcmp(type, "open")) {
		inc__buf_printf(b, "opened (");
		put_safe(b, inc__str(e, "state") ? inc__str(e, "state") :
		    "investigating");
		inc__buf_printf(b, "): ");
		put_safe(b, inc__drill_mark(e));
		put_safe(b, inc__str(e, "title"));
		if (inc__str(e, "impact_began_at")) {
			when(t, e, "impact_began_at", 1);
			inc__buf_printf(b, "; impact began %s", t);
		}
		if (inc__str(e, "detected_at")) {
			when(t, e, "detected_at", 1);
			inc__buf_printf(b, "; detected %s", t);
		}
	} else if (!strcmp(type, "note") &&
	    json_is_true(json_object_get(e, "backfill"))) {
		inc__buf_printf(b, "note");
		put_group(b, e);
		inc__buf_printf(b, " (backfilled): ");
		put_safe(b, inc__str(e, "text"));
	} else if (!strcmp(type, "state")) {
		inc__buf_printf(b, "state -> ");
		put_safe(b, inc__str(e, "state"));
		if (inc__str(e, "duplicate_of")) {
			inc__buf_printf(b, " as a duplicate of ");
			put_safe(b, inc__str(e, "duplicate_of"));
		}
		if (inc__str(e, "message")) {
			inc__buf_put(b, ": ", 2);
			put_safe(b, inc__str(e, "message"));
		}
	} else if (!strcmp(type, "handoff")) {
		const char *role = inc__str(e, "role");
		inc__buf_printf(b, "%s -> ", role ? inc__role_title(name, role) : "?");
		put_safe(b, inc__who(e, "person") ? inc__who(e, "person") : "nobody");
		if (inc__str(e, "message")) {
			inc__buf_put(b, ": ", 2);
			put_safe(b, inc__str(e, "message"));
		}
	} else if (!strcmp(type, "sitrep")) {
		inc__buf_printf(b, "sitrep");
		put_sitrep_change(b, e, prev);
		inc__buf_printf(b, ": ");
		put_safe(b, inc__str(e, "broken"));
	} else if (!strcmp(type, "note")) {
		inc__buf_printf(b, "note");
		put_group(b, e);
		inc__buf_printf(b, ": ");
		put_safe(b, inc__str(e, "text"));
	} else if (!strcmp(type, "duplicate")) {
		inc__buf_printf(b, "duplicate: ");
		put_safe(b, inc__str(e, "duplicate"));
	} else if (!strcmp(type, "owner")) {
		inc__buf_printf(b, "post-mortem owner -> ");
		put_safe(b, inc__who(e, "person"));
	} else if (!strcmp(type, "action")) {
		inc__buf_printf(b, "action: ");
		put_safe(b, inc__str(e, "text"));
		inc__buf_printf(b, " (owner ");
		put_safe(b, inc__who(e, "owner"));
		inc__buf_printf(b, ", due ");
		put_safe(b, inc__str(e, "due_on"));
		inc__buf_put(b, ")", 1);
	} else if (!strcmp(type, "action-done")) {
		json_t *action = inc__picture_item(picture, "actions", e);
		inc__buf_printf(b, "action %lld done",
		    closed_number(picture, "actions", e));
		if (inc__str(action, "text")) {
			inc__buf_printf(b, ": ");
			put_safe(b, inc__str(action, "text"));
		}
	} else if (!strcmp(type, "maintenance")) {
		inc__buf_printf(b, "maintenance (");
		put_safe(b, inc__str_or(e, "status", "?"));
		if (inc__str(e, "scheduled_for")) {
			when(t, e, "scheduled_for", 0);
			inc__buf_printf(b, ", from %s", t);
		}
		if (inc__str(e, "scheduled_until")) {
			when(t, e, "scheduled_until", 0);
			inc__buf_printf(b, ", until %s", t);
		}
		inc__buf_printf(b, "): ");
		put_safe(b, inc__str(e, "message"));
	} else if (!strcmp(type, "postmortem")) {
		/* its first line, as its announcement has it */
		const char *body = inc__str_or(e, "body", "");
		size_t n = strcspn(body, "\n");
		char *first = strndup(body, n);
		inc__buf_printf(b, "post-mortem published: ");
		if (!first)
			inc__buf_fail(b, "out of memory");
		else
			put_safe(b, first);
		if (body[n])
			inc__buf_printf(b, " ...");
		free(first);
	} else if (!strcmp(type, "cadence")) {
		static const char *const what[][2] = {
			{"sitrep_interval_seconds", "sitreps"},
			{"update_interval_seconds", "customer updates"}};
		char d[32];
		int first = 1;
		inc__buf_printf(b, "cadence:");
		for (size_t i = 0; i < 2; i++) {
			json_t *v = json_object_get(e, what[i][0]);
			if (!v)
				continue;
			if (json_is_integer(v))
				duration(d, (int64_t)json_integer_value(v));
			inc__buf_printf(b, "%s %s %s%s", first ? "" : ",",
			    what[i][1], json_is_integer(v) ? "every " :
			    "at the team's interval", json_is_integer(v) ? d : "");
			first = 0;
		}
	} else if (!strcmp(type, "status")) {
		inc__buf_printf(b, "customer update (");
		put_safe(b, inc__str_or(e, "status", "?"));
		if (inc__str(e, "impact")) {
			inc__buf_printf(b, ", ");
			put_safe(b, inc__str(e, "impact"));
			inc__buf_printf(b, " impact");
		}
		inc__buf_printf(b, "): ");
		put_safe(b, inc__str(e, "message"));
		put_affects(b, e, " This affects: ");
	} else if (!strcmp(type, "contact")) {
		inc__buf_printf(b, "customer contacted: ");
		put_safe(b, inc__str(e, "customer"));
	} else if (!strcmp(type, "tickets")) {
		inc__buf_printf(b, "support tickets: %lld",
		    (long long)json_integer_value(json_object_get(e, "count")));
	} else if (!strcmp(type, "title")) {
		put_changed(b, e, "title", "title -> ", 0);
		put_changed(b, e, "public_title", "public title -> ", 1);
		put_changed(b, e, "summary", "summary -> ", 1);
	} else if (!strcmp(type, "mitigated")) {
		inc__buf_printf(b, "impact mitigated");
		if (inc__str(e, "message")) {
			inc__buf_put(b, ": ", 2);
			put_safe(b, inc__str(e, "message"));
		}
	} else if (!strcmp(type, "need")) {
		inc__buf_printf(b, "need");
		put_group(b, e);
		inc__buf_printf(b, ": ");
		put_safe(b, inc__str(e, "text"));
	} else if (!strcmp(type, "need-met")) {
		inc__buf_printf(b, "need %lld met",
		    closed_number(picture, "needs", e));
	} else if (!strcmp(type, "reading")) {
		inc__buf_printf(b, "reading: ");
		put_safe(b, inc__str(e, "metric"));
		inc__buf_printf(b, " = ");
		put_safe(b, inc__str(e, "value"));
	} else if (!strcmp(type, "next")) {
		const char *role = inc__str(e, "role");
		inc__buf_printf(b, "next %s: ", role ? inc__role_title(name, role) :
		    "?");
		put_safe(b, inc__who(e, "person") ? inc__who(e, "person") :
		    "nobody named");
		if (inc__str(e, "message")) {
			inc__buf_put(b, ": ", 2);
			put_safe(b, inc__str(e, "message"));
		}
	} else if (!strcmp(type, "can")) {
		inc__buf_printf(b, "CAN report");
		put_group(b, e);
		inc__buf_printf(b, ": condition: ");
		put_safe(b, inc__str(e, "condition"));
		inc__buf_printf(b, "; actions: ");
		put_safe(b, inc__str_or(e, "actions", "-"));
		inc__buf_printf(b, "; needs: ");
		put_safe(b, inc__str_or(e, "needs", "none"));
	} else {
		inc__buf_printf(b, "(");
		put_safe(b, type);
		inc__buf_printf(b, " event)");
	}
	if (json_is_true(json_object_get(e, "force")))
		inc__buf_printf(b, " [forced]");
}

/*
 * An event of a loaded incident as JSON: its line as the log has it, which
 * is what the tools wrote (compact, keys sorted, so ending in this
 * version's "v") and spares writing it again; but an older version's line
 * (upgraded when read), or one with a control character (a tab or CR
 * between tokens, which a hand may have put there), as jansson writes it.
 */
static void
put_event_json(struct inc_buf *b, const inc_incident *incident, size_t i)
{
	static const char tail[] = "\"v\":" INC_STR(INC_LOG_VERSION) "}";
	const char *s;
	size_t len;

	if (incident->line) {
		s = incident->text.s + incident->line[i].off;
		len = incident->line[i].len;
	}
	if (!incident->line || len < sizeof(tail) - 1 ||
	    memcmp(s + len - (sizeof(tail) - 1), tail, sizeof(tail) - 1)) {
		put_json(b, json_array_get(incident->events, i));
		return;
	}
	for (size_t k = 0; k < len; k++) {
		if ((unsigned char)s[k] < 0x20) {
			put_json(b, json_array_get(incident->events, i));
			return;
		}
	}
	put_json_line(b, s, len);
}

/*
 * Is the event dated before one shown above it, and dated before it was
 * recorded (given an earlier --at)? *latest is the latest at so far. An
 * event recorded live is never backfilled, though another writer's fast
 * clock dated one above it later.
 */
static int
backfilled(json_t *e, const char **latest)
{
	const char *at = inc__str_or(e, "at", "");
	int64_t dated, recorded;

	if (*latest && strcmp(at, *latest) < 0)
		/* a note backfilled before the open says so itself */
		return !json_is_true(json_object_get(e, "backfill")) &&
		    inc__time_get(&dated, e, "at") == 0 &&
		    inc__time_get(&recorded, e, "recorded_at") == 0 &&
		    dated < recorded;
	*latest = at;
	return 0;
}

void
inc__put_event_line(struct inc_buf *b, struct inc__log_walk *walk, json_t *e,
    json_t *picture)
{
	put_event(b, e, walk->sitrep, picture);
	if (!strcmp(inc__str_or(e, "type", ""), "sitrep"))
		walk->sitrep = e;
	if (backfilled(e, &walk->latest))
		inc__buf_printf(b, " [backfilled]");
}

int
inc_render_log(char **out, const inc_incident *incident,
    enum inc_format format)
{
	struct inc_buf b = {0};
	struct inc__log_walk walk = {0};
	char t[32];

	for (size_t i = 0; i < json_array_size(incident->events); i++) {
		json_t *e = json_array_get(incident->events, i);
		if (format == INC_FORMAT_JSON) {
			put_event_json(&b, incident, i);
			continue;
		}
		when(t, e, "at", 1);
		inc__buf_printf(&b, "%s  ", t);
		put_safe(&b, inc__str(json_object_get(e, "actor"), "name"));
		inc__buf_put(&b, "  ", 2);
		inc__put_event_line(&b, &walk, e, incident->picture);
		inc__buf_put(&b, "\n", 1);
	}
	return finish(out, &b);
}

static int
by_from(const void *a, const void *b)
{
	json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	int c = strcmp(inc__str(x, "from"), inc__str(y, "from"));

	return c ? c : by_role(&(const char *){inc__str(x, "role")},
	    &(const char *){inc__str(y, "role")});
}

/*
 * Who held which role when, from the handoffs in log order, as table rows
 * sorted by when each holding began.
 */
static void
put_role_history(struct inc_buf *b, json_t *events, json_t *picture)
{
	json_t *held = json_object(), *rows = json_array(), *h;
	json_t *first = json_array_get(events, 0);
	json_t *end = json_object_get(picture, "resolved_at");
	const char *role;
	char name[64], from[32], to[32];
	size_t n;
	json_t **v = NULL;

	if (!held || !rows)
		goto fail;
	json_object_set_new(held, "ic", json_pack("{s:O?, s:O?}", "person",
	    json_object_get(first, "actor"), "since", json_object_get(first,
	    "at")));
	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		if (strcmp(inc__str(e, "type"), "handoff") || !(role = inc__str(e, "role")))
			continue;
		if ((h = json_object_get(held, role)))
			json_array_append_new(rows, json_pack("{s:s, s:O?, s:O?, s:O?}",
			    "role", role, "person", json_object_get(h, "person"),
			    "from", json_object_get(h, "since"),
			    "to", json_object_get(e, "at")));
		json_object_del(held, role);
		if (inc__who(e, "person"))
			json_object_set_new(held, role, json_pack("{s:O, s:O}",
			    "person", json_object_get(e, "person"),
			    "since", json_object_get(e, "at")));
	}
	json_object_foreach(held, role, h)
		json_array_append_new(rows, json_pack("{s:s, s:O?, s:O?, s:O?}",
		    "role", role, "person", json_object_get(h, "person"),
		    "from", json_object_get(h, "since"), "to", end));
	n = json_array_size(rows);
	if (!(v = malloc((n ? n : 1) * sizeof(*v))))
		goto fail;
	for (size_t i = 0; i < n; i++)
		v[i] = json_array_get(rows, i);
	qsort(v, n, sizeof(*v), by_from);
	for (size_t i = 0; i < n; i++) {
		when(from, v[i], "from", 0);
		when(to, v[i], "to", 0);
		inc__buf_printf(b, "| %s | ", inc__role_title(name,
		    inc__str(v[i], "role")));
		put_cell(b, inc__who(v[i], "person"));
		inc__buf_printf(b, " | %s | %s |\n", from,
		    inc__str(v[i], "to") ? to : "now");
	}
	free(v);
	json_decref(rows);
	json_decref(held);
	return;
fail:
	json_decref(rows);
	json_decref(held);
	inc__buf_fail(b, "out of memory");
}

/*
 * How many readings of its metric each reading stands for in a timeline:
 * a monitor may record one a minute, so between two other events each
 * metric shows only its last reading, "of N"; 0 for a reading folded so.
 * NULL when out of memory.
 */
static size_t *
readings_folded(json_t *events)
{
	size_t n = json_array_size(events);
	size_t *of = calloc(n ? n : 1, sizeof(*of));
	json_t *last = json_object(); /* metric: the index shown */

	for (size_t i = n; of && last && i-- > 0;) {
		json_t *e = json_array_get(events, i), *shown;
		char key[INC_TITLE_MAX + 1];
		if (strcmp(inc__str_or(e, "type", ""), "reading")) {
			of[i] = 1;
			json_object_clear(last);
			continue;
		}
		/* metrics are one whatever their case */
		snprintf(key, sizeof(key), "%s", inc__str_or(e, "metric", ""));
		for (char *k = key; *k; k++)
			if (*k >= 'A' && *k <= 'Z')
				*k = (char)(*k - 'A' + 'a');
		if ((shown = json_object_get(last, key))) {
			of[json_integer_value(shown)]++;
		} else {
			of[i] = 1;
			json_object_set_new(last, key, json_integer((json_int_t)i));
		}
	}
	json_decref(last);
	if (!last) {
		free(of);
		return NULL;
	}
	return of;
}

/*
 * A timeline table's rows, in log order, backfilled rows marked, runs
 * of readings folded (readings_folded).
 */
static void
put_timeline(struct inc_buf *b, json_t *events, json_t *picture)
{
	const char *latest = NULL;
	json_t *prev = NULL; /* the sitrep before */
	size_t *of = readings_folded(events);
	char t[32];

	if (!of) {
		inc__buf_fail(b, "out of memory");
		return;
	}
	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		struct inc_buf what = {0};
		if (!of[i])
			continue;
		when(t, e, "at", 1);
		inc__buf_printf(b, "| %s | ", t);
		put_cell(b, inc__str(json_object_get(e, "actor"), "name"));
		markdown = 0; /* the cell escapes it */
		put_event(&what, e, prev, picture);
		if (!strcmp(inc__str_or(e, "type", ""), "sitrep"))
			prev = e;
		markdown = 1;
		inc__buf_put(b, " | ", 3);
		if (what.failed)
			inc__buf_fail(b, what.failed);
		put_cell(b, what.s);
		if (backfilled(e, &latest))
			inc__buf_printf(b, " (backfilled)");
		if (of[i] > 1)
			inc__buf_printf(b, " (the last of %zu readings)", of[i]);
		inc__buf_put(b, " |\n", 3);
		inc__buf_free(&what);
	}
	free(of);
}

/* The incidents closed as duplicates of this one, with their events. */
static void
put_duplicates(struct inc_buf *b, json_t *duplicates)
{
	json_t *d;
	size_t i;

	if (!json_array_size(duplicates))
		return;
	inc__buf_printf(b, "\n## Duplicates\n");
	json_array_foreach(duplicates, i, d) {
		json_t *p = json_object_get(d, "picture");
		inc__buf_printf(b, "\n### `");
		put_safe(b, inc__str(d, "id"));
		inc__buf_printf(b, "`");
		if (!p) {
			inc__buf_printf(b, "\n\n_Not in this repository yet._\n");
			continue;
		}
		inc__buf_printf(b, ": ");
		put_safe(b, inc__str(p, "title"));
		inc__buf_printf(b, "\n\n| Time | Who | What |\n|---|---|---|\n");
		put_timeline(b, json_object_get(d, "events"), p);
	}
}

/*
 * The impact as the sitreps told it: the one text, or each as it changed,
 * with its time (the closing sitrep's "none now" is not the whole story).
 */
static void
put_impacts(struct inc_buf *b, json_t *events)
{
	const char *told = NULL;
	size_t changes = 0, shown = 0;
	char t[32];

	for (int pass = 0; pass < 2; pass++) {
		told = NULL;
		for (size_t i = 0; i < json_array_size(events); i++) {
			json_t *e = json_array_get(events, i);
			const char *impact = inc__str(e, "impact");
			if (strcmp(inc__str_or(e, "type", ""), "sitrep") ||
			    !impact || (told && !strcmp(told, impact)))
				continue;
			told = impact;
			if (!pass) {
				changes++;
				continue;
			}
			if (changes > 1) {
				when(t, e, "at", 0);
				inc__buf_printf(b, "%s- %s: ", shown++ ? "\n" :
				    "", t);
			}
			put_text(b, impact, changes > 1);
		}
		if (!changes) {
			inc__buf_printf(b, "_No sitrep recorded the impact._");
			return;
		}
		if (!pass && changes > 1)
			inc__buf_printf(b, "As the sitreps told it:\n\n");
	}
}

static void
span(char out[32], json_t *picture, const char *from, const char *to)
{
	int64_t a, b;

	if (inc__time_get(&a, picture, from) < 0 ||
	    inc__time_get(&b, picture, to) < 0)
		snprintf(out, 32, "-");
	else
		duration(out, b - a);
}

int
inc_render_postmortem(char **out, const inc_incident *incident,
    enum inc_format format)
{
	json_t *p = incident->picture, *events = incident->events;
	json_t *actions = json_object_get(p, "actions");
	size_t n = json_array_size(events);
	struct inc_buf b = {0};
	char t[32], t2[32], d[32];

	/* the timeline in log order, as every view has it */
#define sorted(i) json_array_get(events, i)
	if (format == INC_FORMAT_JSON) {
		json_t *all = json_pack("{s:i, s:O, s:O}", "v", INC_LOG_VERSION,
		    "picture", p, "timeline", events);
		if (all && incident->duplicates)
			json_object_set(all, "duplicates", incident->duplicates);
		put_json(&b, all);
		json_decref(all);
		return finish(out, &b);
	}
	markdown = 1;
	inc__buf_printf(&b, "# Post-mortem: ");
	put_safe(&b, inc__drill_mark(p));
	put_safe(&b, inc__str(p, "title"));
	when(t, p, "opened_at", 0);
	inc__buf_printf(&b, "\n\n- Incident: `%s`\n- Opened: %s by ",
	    inc_incident_id(incident), t);
	put_safe(&b, inc__str(json_object_get(p, "opened_by"), "name"));
	when(t, p, "confirmed_at", 0);
	span(d, p, "opened_at", "confirmed_at");
	inc__buf_printf(&b, "\n- Confirmed: %s (time to confirm: %s)\n", t, d);
	if (json_object_get(p, "impact_began_at")) {
		when(t, p, "impact_began_at", 0);
		inc__buf_printf(&b, "- Impact began: %s\n", t);
	}
	if (json_object_get(p, "detected_at")) {
		when(t, p, "detected_at", 0);
		inc__buf_printf(&b, "- Detected: %s\n", t);
	}
	if (json_object_get(p, "mitigated_at")) {
		when(t, p, "mitigated_at", 0);
		inc__buf_printf(&b, "- Mitigated: %s%s\n", t,
		    inc__mitigation_undone(p));
	}
	when(t2, p, "resolved_at", 0);
	/* from where time_to_resolve_seconds counts, as the line below */
	span(d, p, json_object_get(p, "impact_began_at") ? "impact_began_at" :
	    json_object_get(p, "detected_at") ? "detected_at" : "opened_at",
	    "resolved_at");
	inc__buf_printf(&b, "- Resolved: %s (time to resolve: %s)\n", t2, d);
	if (json_object_get(p, "impact_began_at") ||
	    json_object_get(p, "detected_at") ||
	    json_object_get(p, "mitigated_at")) {
		inc__buf_printf(&b, "- Time ");
		put_spans(&b, p);
		inc__buf_printf(&b, ", from %s\n", json_object_get(p,
		    "impact_began_at") ? "when the impact began" :
		    json_object_get(p, "detected_at") ? "its detection" :
		    "the opening");
	}
	inc__buf_printf(&b, "- Highest state: %s\n- Post-mortem owner: ",
	    json_object_get(p, "major_at") ? "major" :
	    json_object_get(p, "confirmed_at") ? "confirmed" : "investigating");
	if (inc__who(p, "owner"))
		put_safe(&b, inc__who(p, "owner"));
	else
		inc__buf_printf(&b, "nobody yet (inc-postmortem --owner NAME)");
	inc__buf_put(&b, "\n", 1);
	if (inc__str(p, "duplicate_of")) {
		inc__buf_printf(&b, "- Closed as a duplicate of: `");
		put_safe(&b, inc__str(p, "duplicate_of"));
		inc__buf_printf(&b, "` (its post-mortem covers this one)\n");
	}
	put_conflicts(&b, json_object_get(p, "conflicts"),
	    "- **Not settled:** ", "\n");
	inc__buf_printf(&b, "\n## Summary\n\n");
	if (inc__str(p, "summary"))
		put_text(&b, inc__str(p, "summary"), 0);
	else
		inc__buf_printf(&b, "_To be written._");
	inc__buf_printf(&b, "\n\n## Impact\n\n");
	put_impacts(&b, events);
	inc__buf_printf(&b, "\n\n## Apology\n\n_To be written: "
	    "apologise to the customers affected._\n\n"
	    "## Understanding of the events\n\n_To be written: what "
	    "happened and why, as the timeline shows it._\n\n"
	    "## Remediation\n\n_To be written: what we changed and will "
	    "change so that it does not happen again._\n\n"
	    "## Follow-up actions\n\n");
	if (json_array_size(actions) == 0)
		inc__buf_printf(&b, "_None recorded yet: inc-postmortem "
		    "--action TEXT --owner NAME --by DATE._\n");
	else
		inc__buf_printf(&b, "| # | Action | Owner | Due | Done |\n"
		    "|---|---|---|---|---|\n");
	for (size_t i = 0; i < json_array_size(actions); i++) {
		json_t *a = json_array_get(actions, i);
		inc__buf_printf(&b, "| %zu | ", i + 1);
		put_cell(&b, inc__str(a, "text"));
		inc__buf_put(&b, " | ", 3);
		put_cell(&b, inc__who(a, "owner"));
		inc__buf_put(&b, " | ", 3);
		put_cell(&b, inc__str(a, "due_on"));
		when(t, a, "done_at", 0);
		inc__buf_printf(&b, " | %s |\n",
		    json_is_true(json_object_get(a, "done")) ? t : "no");
	}
	inc__buf_printf(&b, "\n## Roles\n\n| Role | Person | From | "
	    "To |\n|---|---|---|---|\n");
	put_role_history(&b, events, p);
	inc__buf_printf(&b, "\n## Timeline (UTC)\n\n| Time | Who | "
	    "What |\n|---|---|---|\n");
	put_timeline(&b, events, p);
	put_duplicates(&b, incident->duplicates);
	inc__buf_printf(&b, "\n## Sitreps\n");
	for (size_t i = 0; i < n; i++) {
		if (!strcmp(inc__str(sorted(i), "type"), "sitrep")) {
			inc__buf_put(&b, "\n", 1);
			put_sitrep(&b, p, sorted(i), 2);
		}
	}
	if (!json_integer_value(json_object_get(p, "sitreps")))
		inc__buf_printf(&b, "\n_None recorded._\n");
	inc__buf_printf(&b, "\n## Customer updates\n\n");
	for (size_t i = 0; i < n; i++) {
		if (strcmp(inc__str(sorted(i), "type"), "status"))
			continue;
		when(t, sorted(i), "at", 0);
		inc__buf_printf(&b, "- %s (", t);
		put_safe(&b, inc__str_or(sorted(i), "status", "?"));
		inc__buf_printf(&b, "): ");
		put_safe(&b, inc__str(sorted(i), "message"));
		put_affects(&b, sorted(i), " This affects: ");
		inc__buf_put(&b, "\n", 1);
	}
	if (!json_integer_value(json_object_get(p, "updates")))
		inc__buf_printf(&b, "_None recorded._\n");
	put_customers(&b, p, "\n");
	markdown = 0;
#undef sorted
	return finish(out, &b);
}

int
inc_render_row(char **out, const inc_incident *incident, inc_repo *repo,
    enum inc_format format, int64_t now)
{
	json_t *p = incident->picture;
	int64_t due = inc_incident_sitrep_due(incident, repo);
	int64_t update = inc_incident_update_due(incident, repo);
	json_t *ic_person = json_object_get(json_object_get(json_object_get(p,
	    "roles"), "ic"), "person");
	const char *ic = inc__str(ic_person, "name");
	struct inc_buf b = {0};
	char d[32], t[32];

	duration(d, age(p, now));
	if (format == INC_FORMAT_JSON) {
		json_t *row = json_pack("{s:i, s:s, s:O?, s:s, s:O?, s:O?, s:I, "
		    "s:b}", "v", INC_LOG_VERSION, "incident",
		    inc_incident_id(incident), "title", json_object_get(p,
		    "title"), "state", inc_state_name(inc_incident_state(incident)),
		    "ic", ic_person, "opened_at", json_object_get(p, "opened_at"),
		    "age_seconds", (json_int_t)age(p, now), "sitrep_overdue",
		    due && now >= due);
		if (row && due) {
			inc__time_format(t, due);
			json_object_set_new(row, "sitrep_due_at", json_string(t));
		}
		if (row && json_is_true(json_object_get(p, "drill")))
			json_object_set_new(row, "drill", json_true());
		if (row && json_object_get(p, "duplicate_of"))
			json_object_set(row, "duplicate_of",
			    json_object_get(p, "duplicate_of"));
		if (row && json_is_string(json_object_get(p, "key")))
			json_object_set(row, "key", json_object_get(p, "key"));
		if (row)
			json_object_set_new(row, "conflicts", json_integer(
			    (json_int_t)json_array_size(json_object_get(p,
			    "conflicts"))));
		if (row) {
			json_object_set_new(row, "update_overdue",
			    json_boolean(update && now >= update));
			if (update) {
				inc__time_format(t, update);
				json_object_set_new(row, "update_due_at",
				    json_string(t));
			}
		}
		put_json(&b, row);
		json_decref(row);
		return finish(out, &b);
	}
	/* cells apart by tabs, for inc_render_table (put_safe writes none) */
	inc__buf_printf(&b, "%s\t%s\t", inc_incident_id(incident),
	    inc_state_name(inc_incident_state(incident)));
	put_safe(&b, ic ? ic : "-");
	inc__buf_printf(&b, "\t%s\t%s\t%s\t", d, !due ? "-" :
	    now >= due ? "due" : "ok", !update ? "-" :
	    now >= update ? "due" : "ok");
	if (json_array_size(json_object_get(p, "conflicts")))
		inc__buf_printf(&b, "[conflict] ");
	if (json_object_get(p, "duplicate_of"))
		inc__buf_printf(&b, "[duplicate] ");
	put_safe(&b, inc__drill_mark(p));
	put_safe(&b, inc__str(p, "title"));
	inc__buf_put(&b, "\n", 1);
	return finish(out, &b);
}

static void
put_spaces(struct inc_buf *b, size_t n)
{
	while (n--)
		inc__buf_put(b, " ", 1);
}

/*
 * The lines of inc_render_row, a header in their form first if any, as
 * one table: each column as wide as its widest cell (counted in the
 * columns of a terminal), and no narrower than it always was, so that
 * a long id or name moves its whole column, not its row alone. AGE is
 * set right; the title, last, is left as it is.
 */
int
inc_render_table(char **out, const char *rows)
{
	static const size_t least[] = {44, 13, 16, 7, 7, 7};
	enum { COLUMNS = sizeof(least) / sizeof(least[0]), AGE = 3 };
	size_t width[COLUMNS], k, w;
	struct inc_buf b = {0};
	const char *s, *eol, *tab;

	memcpy(width, least, sizeof(width));
	for (s = rows; *s; s = eol + (*eol == '\n')) {
		eol = s + strcspn(s, "\n");
		for (k = 0; k < COLUMNS && (tab = memchr(s, '\t',
		    (size_t)(eol - s))); k++, s = tab + 1)
			if ((w = inc__text_columns(s, (size_t)(tab - s))) >
			    width[k])
				width[k] = w;
	}
	for (s = rows; *s; s = eol + (*eol == '\n')) {
		eol = s + strcspn(s, "\n");
		for (k = 0; k < COLUMNS && (tab = memchr(s, '\t',
		    (size_t)(eol - s))); k++, s = tab + 1) {
			w = inc__text_columns(s, (size_t)(tab - s));
			if (k == AGE)
				put_spaces(&b, width[k] - w);
			inc__buf_put(&b, s, (size_t)(tab - s));
			put_spaces(&b, k == AGE ? 2 : width[k] - w + 1);
		}
		inc__buf_put(&b, s, (size_t)(eol - s) + (*eol == '\n'));
	}
	return finish(out, &b);
}

/* A --due list's row of a drill says so: "drill": true. */
static void
drill_marked(json_t *row, const inc_incident *incident)
{
	if (row && json_is_true(json_object_get(incident->picture, "drill")))
		json_object_set_new(row, "drill", json_true());
}

/*
 * "ID  STATE  WHAT overdue by 10m" ("ID  STATE  [drill] WHAT ..." for a
 * drill, and "drill": true in JSON), or nothing when it is not yet due.
 */
static int
render_overdue(char **out, const inc_incident *incident, int64_t due,
    const char *last, const char *what, enum inc_format format, int64_t now)
{
	struct inc_buf b = {0};
	char t[32], d[32];

	if (!due || now < due)
		return finish(out, &b);
	inc__time_format(t, due);
	duration(d, now - due);
	if (format == INC_FORMAT_JSON) {
		json_t *row = json_pack("{s:i, s:s, s:s, s:s, s:O?, s:I}", "v",
		    INC_LOG_VERSION, "incident", inc_incident_id(incident),
		    "state", inc_state_name(inc_incident_state(incident)),
		    "due_at", t, last, json_object_get(incident->picture, last),
		    "overdue_seconds", (json_int_t)(now - due));
		drill_marked(row, incident);
		put_json(&b, row);
		json_decref(row);
	} else {
		inc__buf_printf(&b, "%s  %s  %s%s overdue by %s\n",
		    inc_incident_id(incident),
		    inc_state_name(inc_incident_state(incident)),
		    inc__drill_mark(incident->picture), what, d);
	}
	return finish(out, &b);
}

int
inc_render_sitrep_due(char **out, const inc_incident *incident,
    inc_repo *repo, enum inc_format format, int64_t now)
{
	return render_overdue(out, incident, inc_incident_sitrep_due(incident,
	    repo), "last_sitrep_at", "sitrep", format, now);
}

/* A customer update as customers read it. */
int
inc__render_update(char **out, json_t *picture, json_t *e)
{
	const char *status = inc__str(e, "status"), *impact;
	json_t *components = json_object_get(e, "components");
	struct inc_buf b = {0};
	char t[32];

	/* customers read the public title, where there is one */
	put_safe(&b, inc__drill_mark(picture));
	put_safe(&b, inc__str_or(picture, "public_title",
	    inc__str(picture, "title")));
	if (status && status[0] >= 'a' && status[0] <= 'z')
		inc__buf_printf(&b, "\n%c", status[0] - 'a' + 'A'), status++;
	else
		inc__buf_put(&b, "\n", 1);
	put_safe(&b, status ? status : "?");
	inc__buf_put(&b, " - ", 3);
	put_text(&b, inc__str(e, "message"), 0);
	put_affects(&b, e, "\nThis affects: ");
	/* as the status page says it (impact.c); no "(none impact)" */
	impact = inc__picture_impact(picture);
	if (impact && strcmp(impact, "none")) {
		inc__buf_printf(&b, "%s(", json_array_size(components) ? " " :
		    "\n");
		put_safe(&b, impact);
		inc__buf_put(&b, " impact)", 8);
	}
	when(t, e, "at", 0);
	inc__buf_printf(&b, "\nPosted %s\n", t);
	return finish(out, &b);
}

/*
 * A sitrep or a customer update (e) as the incident channel gets it:
 * as people read it, without what inc__hides_text() names.
 */
int
inc__render_channel(char **out, json_t *picture, json_t *e)
{
	int rc;

	channel = 1;
	if (!strcmp(inc__str_or(e, "type", ""), "sitrep"))
		rc = inc__render_sitrep(out, picture, e, INC_FORMAT_TEXT);
	else
		rc = inc__render_update(out, picture, e);
	channel = 0;
	return rc;
}

int
inc_render_update_due(char **out, const inc_incident *incident,
    inc_repo *repo, enum inc_format format, int64_t now)
{
	return render_overdue(out, incident, inc_incident_update_due(incident,
	    repo), "last_update_at", "customer update", format, now);
}

/*
 * What a resolved incident's post-mortem owes, as inc-postmortem --due
 * and inc-check say it: "no post-mortem owner", owners named apart (the
 * conflict in words), "action 2 overdue since
 * 2026-11-20 (owner Pat)" (an action not done whose due date is before
 * today, UTC); an empty array when nothing, or when it is not resolved,
 * or a duplicate (its post-mortem is its primary's).
 */
int
inc__pm_owed(json_t **out, const inc_incident *incident, int64_t now)
{
	json_t *p = incident->picture, *reasons = json_array();
	json_t *actions = json_object_get(p, "actions");
	char today[32];

	*out = NULL;
	inc__time_format(today, now);
	today[10] = '\0';
	if (!reasons)
		return inc__fail(INC_ERROR, "out of memory");
	if (inc_incident_state(incident) != INC_STATE_RESOLVED ||
	    json_object_get(p, "duplicate_of")) {
		*out = reasons;
		return 0;
	}
	if (!inc__who(p, "owner"))
		json_array_append_new(reasons, json_string("no post-mortem "
		    "owner"));
	for (size_t i = 0; i < json_array_size(json_object_get(p,
	    "conflicts")); i++) {
		json_t *c = json_array_get(json_object_get(p, "conflicts"), i);
		struct inc_buf line = {0};
		if (strcmp(inc__str_or(c, "kind", ""), "postmortem-owner"))
			continue;
		inc__put_conflict(&line, c);
		if (line.failed || json_array_append_new(reasons,
		    json_string(line.s)) < 0) {
			inc__buf_free(&line);
			json_decref(reasons);
			return inc__fail(INC_ERROR, "out of memory");
		}
		inc__buf_free(&line);
	}
	for (size_t i = 0; i < json_array_size(actions); i++) {
		json_t *a = json_array_get(actions, i);
		struct inc_buf line = {0};
		if (json_is_true(json_object_get(a, "done")) ||
		    !inc__str(a, "due_on") ||
		    strcmp(inc__str(a, "due_on"), today) >= 0)
			continue;
		/* the due date is shown safe too: a log may hold anything */
		inc__buf_printf(&line, "action %zu overdue since ", i + 1);
		put_safe(&line, inc__str(a, "due_on"));
		inc__buf_printf(&line, " (owner ");
		put_safe(&line, inc__who(a, "owner"));
		inc__buf_put(&line, ")", 1);
		if (line.failed || json_array_append_new(reasons,
		    json_string(line.s)) < 0) {
			inc__fail(INC_ERROR, "%s", line.failed ? line.failed :
			    "out of memory");
			inc__buf_free(&line);
			json_decref(reasons);
			return INC_ERROR;
		}
		inc__buf_free(&line);
	}
	*out = reasons;
	return 0;
}

int
inc_render_pm_overdue(char **out, const inc_incident *incident,
    inc_repo *repo, enum inc_format format, int64_t now)
{
	json_t *reasons;
	struct inc_buf b = {0};

	(void)repo;
	*out = NULL;
	if (inc__pm_owed(&reasons, incident, now) < 0)
		return INC_ERROR;
	if (json_array_size(reasons) && format == INC_FORMAT_JSON) {
		json_t *row = json_pack("{s:i, s:s, s:O}", "v", INC_LOG_VERSION,
		    "incident", inc_incident_id(incident), "reasons", reasons);
		drill_marked(row, incident);
		put_json(&b, row);
		json_decref(row);
	} else if (json_array_size(reasons)) {
		inc__buf_printf(&b, "%s %s", inc_incident_id(incident),
		    *inc__drill_mark(incident->picture) ? " [drill]" : "");
		for (size_t i = 0; i < json_array_size(reasons); i++)
			inc__buf_printf(&b, " %s%s", json_string_value(
			    json_array_get(reasons, i)),
			    i + 1 < json_array_size(reasons) ? ";" : "\n");
	}
	json_decref(reasons);
	return finish(out, &b);
}
