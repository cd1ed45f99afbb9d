/*
 * The incident briefing, modelled on the ICS-201 incident briefing: what
 * an incoming commander (or anyone asking "can somebody fill me in?")
 * needs, from the record alone. Text, Markdown or JSON; a role's part
 * (comms, ops) leaves out what that role does not need.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

/* "2026-11-23 21:30 UTC" */
static void
when(char out[32], json_t *o, const char *key)
{
	inc__time_show(out, o, key, INC__SHOW_UTC);
}

static _Thread_local int md; /* Markdown: headings and list items */

static void
heading(struct inc_buf *b, const char *title)
{
	inc__buf_printf(b, md ? "\n## %s\n\n" : "\n%s\n", title);
}

static void
item(struct inc_buf *b)
{
	inc__buf_printf(b, md ? "- " : "  ");
}

/* Text from the log, one line, safe; in Markdown, its markup escaped. */
static void
put(struct inc_buf *b, const char *text)
{
	char *safe = inc_text_safe(text ? text : "", INC_ONE_LINE);

	if (!safe) {
		inc__buf_fail(b, "out of memory");
		return;
	}
	for (const char *p = safe; md && *p; p++) {
		if (strchr("\\`*_[]<|~&#>", *p))
			inc__buf_put(b, "\\", 1);
		inc__buf_put(b, p, 1);
	}
	if (!md)
		inc__buf_printf(b, "%s", safe);
	free(safe);
}

/* The JSON briefing: the facts, each section a key. */
static json_t *
brief_json(const inc_incident *incident, json_t *groups, json_t *decisions,
    int64_t sitrep_due, int64_t update_due)
{
	json_t *p = incident->picture, *o, *needs = json_array();
	json_t *actions = json_array();
	json_t *other = json_object_get(groups, "");
	char t[32];

	for (size_t i = 0; i < json_array_size(json_object_get(p, "needs")); i++) {
		json_t *n = json_array_get(json_object_get(p, "needs"), i);
		if (!json_is_true(json_object_get(n, "met")))
			json_array_append(needs, n);
	}
	for (size_t i = 0; i < json_array_size(json_object_get(p, "actions"));
	    i++) {
		json_t *a = json_array_get(json_object_get(p, "actions"), i);
		if (!json_is_true(json_object_get(a, "done")))
			json_array_append(actions, a);
	}
	o = json_pack("{s:i, s:s, s:O?, s:O?, s:O?, s:s, s:O?, s:O?, s:O?, "
	    "s:O?, s:O?, s:O?, s:O, s:O, s:o, s:o, s:O?, s:O?, s:O?, s:O?, "
	    "s:O?, s:O?}",
	    "v", INC_LOG_VERSION, "incident", inc_incident_id(incident),
	    "title", json_object_get(p, "title"),
	    "public_title", json_object_get(p, "public_title"),
	    "summary", json_object_get(p, "summary"),
	    "state", inc_state_name(inc_incident_state(incident)),
	    "opened_at", json_object_get(p, "opened_at"),
	    "impact_began_at", json_object_get(p, "impact_began_at"),
	    "detected_at", json_object_get(p, "detected_at"),
	    "mitigated_at", json_object_get(p, "mitigated_at"),
	    "roles", json_object_get(p, "roles"),
	    "next", json_object_get(p, "next"), "groups", groups,
	    "decisions", decisions, "needs", needs, "pending_actions", actions,
	    "sitrep", json_object_get(p, "sitrep"),
	    "update", json_object_get(p, "update"),
	    "contacted", json_object_get(p, "contacted"),
	    "tickets", json_object_get(p, "tickets"),
	    "conflicts", json_object_get(p, "conflicts"),
	    "readings", json_object_get(p, "readings"));
	if (o && sitrep_due) {
		inc__time_format(t, sitrep_due);
		json_object_set_new(o, "sitrep_due_at", json_string(t));
	}
	if (o && update_due) {
		inc__time_format(t, update_due);
		json_object_set_new(o, "update_due_at", json_string(t));
	}
	if (o && other) {
		json_object_set(o, "ungrouped", other);
		json_object_del(groups, "");
	}
	if (o && json_is_true(json_object_get(p, "drill")))
		json_object_set_new(o, "drill", json_true());
	if (o && json_object_get(p, "last_event_at"))
		json_object_set(o, "last_event_at", json_object_get(p,
		    "last_event_at"));
	return o;
}

/*
 * From the events: each group's latest report (a note, need or CAN), the
 * latest of no group's (key "", the IC's or a responder's with no role),
 * and the decisions (state changes, hand-overs of command, new titles,
 * mitigation), in log order, forced ones marked.
 */
static int
from_events(json_t **out_groups, json_t **out_decisions,
    const inc_incident *incident)
{
	json_t *groups = json_object(), *decisions = json_array();
	json_t *other = NULL;

	if (!groups || !decisions) {
		json_decref(groups);
		json_decref(decisions);
		return inc__fail(INC_ERROR, "out of memory");
	}
	for (size_t i = 0; i < json_array_size(incident->events); i++) {
		json_t *e = json_array_get(incident->events, i);
		const char *type = inc__str_or(e, "type", "");
		const char *group = inc__str(e, "group");
		if (!strcmp(type, "note") || !strcmp(type, "can") ||
		    !strcmp(type, "need")) {
			json_t *r = json_pack("{s:s, s:O?, s:O?, s:O?}", "type",
			    type, "text", json_object_get(e, !strcmp(type, "can") ?
			    "condition" : "text"), "at", json_object_get(e, "at"),
			    "by", json_object_get(e, "actor"));
			if (group) {
				json_object_set_new(groups, group, r);
			} else {
				json_decref(other);
				other = r;
			}
		}
		if (!strcmp(type, "state") || !strcmp(type, "title") ||
		    !strcmp(type, "mitigated") || (!strcmp(type, "handoff") &&
		    !strcmp(inc__str_or(e, "role", ""), "ic")))
			json_array_append_new(decisions, json_pack("{s:s, s:O?, "
			    "s:O?, s:O?, s:O?, s:O?, s:O?, s:b}", "type", type,
			    "state", json_object_get(e, "state"), "title",
			    json_object_get(e, "title"), "message",
			    json_object_get(e, "message"), "at", json_object_get(e,
			    "at"), "by", json_object_get(e, "actor"), "ic",
			    json_object_get(e, "person"), "force",
			    json_is_true(json_object_get(e, "force"))));
	}
	if (other) /* last, after the groups */
		json_object_set_new(groups, "", other);
	*out_groups = groups, *out_decisions = decisions;
	return 0;
}

static void
situation(struct inc_buf *b, const inc_incident *incident, json_t *decisions)
{
	json_t *p = incident->picture;
	char t[32];

	heading(b, "Situation");
	item(b);
	inc__buf_printf(b, "State: %s", inc_state_name(inc_incident_state(
	    incident)));
	when(t, p, "opened_at");
	inc__buf_printf(b, " (opened %s", t);
	for (size_t i = 0; i < json_array_size(decisions); i++) {
		json_t *d = json_array_get(decisions, i);
		if (!inc__str(d, "state"))
			continue;
		when(t, d, "at");
		inc__buf_printf(b, ", %s", t);
		inc__buf_printf(b, " -> ");
		put(b, inc__str(d, "state"));
	}
	inc__buf_printf(b, ")\n");
	if (inc__str(p, "public_title")) {
		item(b);
		inc__buf_printf(b, "Customers read: ");
		put(b, inc__str(p, "public_title"));
		inc__buf_put(b, "\n", 1);
	}
	item(b);
	inc__buf_printf(b, "Summary: ");
	put(b, inc__str_or(p, "summary", "none written (inc-state --summary TEXT)"));
	inc__buf_put(b, "\n", 1);
	if (json_object_get(p, "impact_began_at")) {
		when(t, p, "impact_began_at");
		item(b);
		inc__buf_printf(b, "Impact began: %s\n", t);
	}
	if (json_object_get(p, "detected_at")) {
		when(t, p, "detected_at");
		item(b);
		inc__buf_printf(b, "Detected: %s\n", t);
	}
	if (json_object_get(p, "mitigated_at")) {
		when(t, p, "mitigated_at");
		item(b);
		inc__buf_printf(b, "Mitigated: %s%s\n", t,
		    inc__mitigation_undone(p));
	}
}

static void
organisation(struct inc_buf *b, json_t *p)
{
	json_t *roles = json_object_get(p, "roles"), *holder;
	const char *role;
	char title[64], t[32];

	heading(b, "Organisation");
	json_object_foreach(roles, role, holder) {
		item(b);
		inc__buf_printf(b, "%s: ", inc__role_title(title, role));
		put(b, inc__who(holder, "person"));
		when(t, holder, "since_at");
		inc__buf_printf(b, " (since %s)\n", t);
	}
	json_object_foreach(json_object_get(p, "next"), role, holder) {
		item(b);
		inc__buf_printf(b, "Next %s: ", inc__role_title(title, role));
		put(b, inc__who(holder, "person"));
		when(t, holder, "named_at");
		inc__buf_printf(b, " (named %s)\n", t);
	}
}

/* The latest health-metric readings, each with the one before it. */
static void
health(struct inc_buf *b, json_t *p)
{
	json_t *list = json_object_get(p, "readings");
	char t[32];

	if (!json_array_size(list))
		return;
	heading(b, "Health readings");
	for (size_t i = 0; i < json_array_size(list); i++) {
		json_t *r = json_array_get(list, i);
		item(b);
		put(b, inc__str(r, "metric"));
		inc__buf_printf(b, ": ");
		put(b, inc__str(r, "value"));
		when(t, r, "at");
		inc__buf_printf(b, " at %s", t);
		if (inc__str(r, "previous_value")) {
			inc__buf_printf(b, " (was ");
			put(b, inc__str(r, "previous_value"));
			when(t, r, "previous_at");
			inc__buf_printf(b, " at %s)", t);
		}
		inc__buf_put(b, "\n", 1);
	}
}

static void
group_reports(struct inc_buf *b, json_t *groups, const char *only)
{
	const char *group;
	json_t *r;
	char title[64], t[32];
	int any = 0;

	heading(b, "What each group is doing");
	json_object_foreach(groups, group, r) {
		if (only && strcmp(only, group))
			continue;
		any = 1;
		item(b);
		when(t, r, "at");
		inc__buf_printf(b, "%s, %s, ", *group ? inc__role_title(title,
		    group) : "No group", t);
		put(b, inc__who(r, "by"));
		inc__buf_printf(b, ": %s", !strcmp(inc__str_or(r, "type", ""),
		    "can") ? "CAN: " : !strcmp(inc__str_or(r, "type", ""), "need") ?
		    "need: " : "");
		put(b, inc__str(r, "text"));
		inc__buf_put(b, "\n", 1);
	}
	if (!any) {
		item(b);
		inc__buf_printf(b, "no group has reported yet\n");
	}
}

static void
needs_and_actions(struct inc_buf *b, json_t *p, int with_actions)
{
	json_t *needs = json_object_get(p, "needs");
	json_t *actions = json_object_get(p, "actions");
	char title[64];
	int any = 0;

	heading(b, with_actions ? "Open needs and pending actions" :
	    "Open needs");
	for (size_t i = 0; i < json_array_size(needs); i++) {
		json_t *n = json_array_get(needs, i);
		if (json_is_true(json_object_get(n, "met")))
			continue;
		any = 1;
		item(b);
		inc__buf_printf(b, "need %lld", (long long)json_integer_value(
		    json_object_get(n, "n")));
		if (inc__str(n, "group"))
			inc__buf_printf(b, " (%s)", inc__role_title(title,
			    inc__str(n, "group")));
		inc__buf_printf(b, ": ");
		put(b, inc__str(n, "text"));
		inc__buf_put(b, "\n", 1);
	}
	for (size_t i = 0; with_actions && i < json_array_size(actions); i++) {
		json_t *a = json_array_get(actions, i);
		if (json_is_true(json_object_get(a, "done")))
			continue;
		any = 1;
		item(b);
		inc__buf_printf(b, "action %zu: ", i + 1);
		put(b, inc__str(a, "text"));
		inc__buf_printf(b, " (");
		put(b, inc__who(a, "owner"));
		inc__buf_printf(b, ", due ");
		put(b, inc__str(a, "due_on"));
		inc__buf_printf(b, ")\n");
	}
	if (!any) {
		item(b);
		inc__buf_printf(b, "none\n");
	}
}

static void
decided(struct inc_buf *b, json_t *decisions)
{
	char t[32];

	heading(b, "Decisions");
	for (size_t i = 0; i < json_array_size(decisions); i++) {
		json_t *d = json_array_get(decisions, i);
		const char *type = inc__str_or(d, "type", "");
		when(t, d, "at");
		item(b);
		inc__buf_printf(b, "%s, ", t);
		put(b, inc__who(d, "by"));
		if (!strcmp(type, "state")) {
			inc__buf_printf(b, ": state -> ");
			put(b, inc__str(d, "state"));
		} else if (!strcmp(type, "title")) {
			inc__buf_printf(b, ": title -> ");
			put(b, inc__str_or(d, "title", "(public title or summary)"));
		} else if (!strcmp(type, "handoff")) {
			inc__buf_printf(b, ": IC -> ");
			put(b, inc__who(d, "ic") ? inc__who(d, "ic") : "nobody");
		} else {
			inc__buf_printf(b, ": impact mitigated");
		}
		if (json_is_true(json_object_get(d, "force")))
			inc__buf_printf(b, " [forced]");
		if (inc__str(d, "message")) {
			inc__buf_printf(b, ": ");
			put(b, inc__str(d, "message"));
		}
		inc__buf_put(b, "\n", 1);
	}
	if (!json_array_size(decisions)) {
		item(b);
		inc__buf_printf(b, "none recorded since the opening\n");
	}
}

static void
last_sitrep(struct inc_buf *b, json_t *p)
{
	json_t *s = json_object_get(p, "sitrep");
	char t[32];

	heading(b, "Last sitrep");
	item(b);
	if (!s) {
		inc__buf_printf(b, "none yet\n");
		return;
	}
	when(t, s, "at");
	inc__buf_printf(b, "%s: broken: ", t);
	put(b, inc__str(s, "broken"));
	inc__buf_printf(b, "; impact: ");
	put(b, inc__str(s, "impact"));
	inc__buf_printf(b, "; doing: ");
	put(b, inc__str(s, "doing"));
	inc__buf_put(b, "\n", 1);
}

static void
told(struct inc_buf *b, json_t *p)
{
	json_t *u = json_object_get(p, "update");
	json_t *contacted = json_object_get(p, "contacted");
	char t[32];

	heading(b, "What customers were told");
	item(b);
	if (u) {
		when(t, u, "at");
		inc__buf_printf(b, "%s (", t);
		put(b, inc__str(u, "status"));
		inc__buf_printf(b, "): ");
		put(b, inc__str(u, "message"));
		inc__buf_put(b, "\n", 1);
	} else {
		inc__buf_printf(b, "nothing yet\n");
	}
	if (json_array_size(contacted)) {
		item(b);
		inc__buf_printf(b, "Contacted: ");
		for (size_t i = 0; i < json_array_size(contacted); i++) {
			const char *name = json_string_value(json_array_get(
			    contacted, i));
			inc__buf_printf(b, "%s%s", i ? ", " : "",
			    inc__list_quote(name));
			put(b, name);
			inc__buf_puts(b, inc__list_quote(name));
		}
		inc__buf_put(b, "\n", 1);
	}
	if (json_is_integer(json_object_get(p, "tickets"))) {
		item(b);
		inc__buf_printf(b, "Support tickets: %lld\n", (long long)
		    json_integer_value(json_object_get(p, "tickets")));
	}
}

static void
due_next(struct inc_buf *b, json_t *p, int64_t sitrep_due,
    int64_t update_due, int64_t now, int sitrep, int update)
{
	char d[32];
	size_t n = json_array_size(json_object_get(p, "conflicts"));

	if (!sitrep && !update && !n) /* a group's part: nothing due of it */
		return;
	heading(b, "Due next");
	if (sitrep) {
		item(b);
		if (!sitrep_due) {
			inc__buf_printf(b, "sitrep: none due\n");
		} else {
			inc__duration(d, now >= sitrep_due ? now - sitrep_due :
			    sitrep_due - now);
			inc__buf_printf(b, "sitrep: %s %s\n", now >= sitrep_due ?
			    "OVERDUE by" : "in", d);
		}
	}
	if (update) {
		item(b);
		if (!update_due) {
			inc__buf_printf(b, "customer update: none due\n");
		} else {
			inc__duration(d, now >= update_due ? now - update_due :
			    update_due - now);
			inc__buf_printf(b, "customer update: %s %s\n",
			    now >= update_due ? "OVERDUE by" : "in", d);
		}
	}
	if (n) {
		item(b);
		inc__buf_printf(b, "%zu conflict%s in the record (inc-state -j "
		    "shows them)\n", n, n > 1 ? "s" : "");
	}
}

int
inc_brief(char **out, const inc_incident *incident, inc_repo *repo,
    const char *role, enum inc_format format, int64_t now)
{
	json_t *p = incident->picture, *groups = NULL, *decisions = NULL;
	int64_t sitrep_due = inc_incident_sitrep_due(incident, repo);
	int64_t update_due = inc_incident_update_due(incident, repo);
	int all = !role || !strcmp(role, "ic");
	int comms = role && !strcmp(role, "comms");
	int ops = role && !strncmp(role, "ops", 3);
	struct inc_buf b = {0};
	int rc;

	*out = NULL;
	if ((rc = from_events(&groups, &decisions, incident)) < 0)
		return rc;
	if (format == INC_FORMAT_JSON) {
		json_t *o = brief_json(incident, groups, decisions, sitrep_due,
		    update_due);
		char *s = o ? json_dumps(o, INC_JSON_FLAGS) : NULL;
		if (s)
			inc__buf_printf(&b, "%s\n", s);
		else
			inc__buf_fail(&b, "out of memory");
		free(s);
		json_decref(o);
		goto done;
	}
	md = format == INC_FORMAT_MARKDOWN;
	inc__buf_printf(&b, md ? "# Briefing: " : "BRIEFING: ");
	put(&b, inc__drill_mark(p));
	put(&b, inc__str(p, "title"));
	inc__buf_printf(&b, md ? "\n\nIncident `%s`\n" : "\nIncident %s\n",
	    inc_incident_id(incident));
	situation(&b, incident, decisions);
	health(&b, p);
	organisation(&b, p);
	if (all || ops)
		group_reports(&b, groups, all ? NULL : role);
	if (all)
		decided(&b, decisions);
	if (all || ops)
		needs_and_actions(&b, p, all);
	last_sitrep(&b, p);
	if (all || comms)
		told(&b, p);
	due_next(&b, p, sitrep_due, update_due, now, all, all || comms);
	md = 0;
done:
	json_decref(groups);
	json_decref(decisions);
	return (*out = inc__buf_take(&b)) ? 0 : INC_ERROR;
}
