/*
 * The activity log, modelled on the ICS-214 activity log: for a review
 * after the incident, who did what, in which position, when. The
 * incident and its operational period; the resources assigned (each
 * person with a position, and the position); then, for each person and
 * each position they held, the times they held it and their notable
 * activities, one line an event as inc-log words it. Events written by
 * someone holding no role make a block of their own. Text or JSON.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "internal.h"

/* "2026-11-23 21:30" (UTC, as the header says) */
static void
when(char out[32], json_t *o, const char *key)
{
	inc__time_show(out, o, key, INC__SHOW_MINUTES);
}

/* The same person: the tools' own test of who holds a role, both ways. */
static int
same_person(json_t *a, json_t *b)
{
	const char *na = inc__str(a, "name"), *nb = inc__str(b, "name");

	if (!na || !nb)
		return !na && !nb;
	return inc__person_match(a, nb, inc__str(b, "email")) ||
	    inc__person_match(b, na, inc__str(a, "email"));
}

/*
 * The block of person in role (NULL: holding none), made if there is
 * none yet: {"person", "role", "held": [{"from", "to"}], "activities"}.
 */
static json_t *
block(json_t *blocks, json_t *person, const char *role)
{
	json_t *k;
	size_t i;

	json_array_foreach(blocks, i, k) {
		const char *r = inc__str(k, "role");
		int same_role = role && r ? !strcmp(r, role) : !role && !r;
		if (same_role && same_person(json_object_get(k, "person"), person))
			return k;
	}
	k = json_pack("{s:O?, s:s?, s:[], s:[]}", "person", person, "role",
	    role, "held", "activities");
	if (!k || json_array_append_new(blocks, k) < 0)
		return NULL;
	return k;
}

/* held: role -> the block of its holder; the holding ends at, if held */
static void
let_go(json_t *held, const char *role, json_t *at)
{
	json_t *k = json_object_get(held, role);
	json_t *list = json_object_get(k, "held");

	if (!k)
		return;
	json_object_set(json_array_get(list, json_array_size(list) - 1), "to",
	    at);
	json_object_del(held, role);
}

/* person takes role at (NULL person: released); -1 out of memory */
static int
take(json_t *held, json_t *blocks, const char *role, json_t *person,
    json_t *at)
{
	json_t *k;

	if (person && (k = json_object_get(held, role)) &&
	    same_person(json_object_get(k, "person"), person))
		return 0; /* handed to its holder: still held */
	let_go(held, role, at);
	if (!person)
		return 0;
	if (!(k = block(blocks, person, role)) ||
	    json_array_append_new(json_object_get(k, "held"),
	    json_pack("{s:O?}", "from", at)) < 0)
		return -1;
	return json_object_set(held, role, k);
}

/*
 * The position an event was written in: the group it was written for,
 * the role a handoff passes on or, for what customers are told, Comms,
 * if its writer holds that; else the first the writer holds, command
 * first; NULL if none.
 */
static const char *
position(json_t *held, json_t *e)
{
	static const char *const comms[] = {"status", "contact", "tickets"};
	json_t *actor = json_object_get(e, "actor"), *k;
	const char *type = inc__str_or(e, "type", ""), *role, *best = NULL;
	const char *want = inc__str(e, "group");

	if (!want && !strcmp(type, "handoff"))
		want = inc__str(e, "role");
	for (size_t i = 0; !want && i < sizeof(comms) / sizeof(comms[0]); i++)
		if (!strcmp(type, comms[i]))
			want = "comms";
	json_object_foreach(held, role, k) {
		if (!same_person(json_object_get(k, "person"), actor))
			continue;
		if (want && !strcmp(role, want))
			return role;
		if (!best || inc__role_cmp(role, best) < 0)
			best = role;
	}
	return best;
}

/*
 * The blocks, in the order they began, from the events in log order: the
 * opener holds command from the opening, each handoff ends a holding and
 * begins another. An event goes to the block of the position its writer
 * held before it; a handoff to its own writer, to the one they hold
 * after it. Holdings still held end when the incident was resolved.
 */
static json_t *
blocks_of(const inc_incident *incident)
{
	json_t *p = incident->picture, *events = incident->events;
	json_t *blocks = json_array(), *held = json_object(), *e, *k;
	json_t *end = json_object_get(p, "resolved_at");
	struct inc__log_walk walk = {0};
	const char *role;
	size_t i;

	if (!blocks || !held)
		goto fail;
	json_array_foreach(events, i, e) {
		const char *type = inc__str_or(e, "type", "");
		json_t *actor = json_object_get(e, "actor");
		json_t *person = inc__who(e, "person") ?
		    json_object_get(e, "person") : NULL; /* NULL: released */
		json_t *at = json_object_get(e, "at");
		const char *handed = strcmp(type, "handoff") ? NULL :
		    inc__str(e, "role");
		struct inc_buf what = {0};
		int self = handed && person && same_person(person, actor);
		if (!strcmp(type, "open") && !json_object_get(held, "ic") &&
		    take(held, blocks, "ic", actor, at) < 0)
			goto fail;
		if (self && take(held, blocks, handed, person, at) < 0)
			goto fail;
		k = (role = position(held, e)) ? json_object_get(held, role) :
		    block(blocks, actor, NULL);
		if (handed && !self && take(held, blocks, handed, person, at) < 0)
			goto fail;
		inc__put_event_line(&what, &walk, e, p);
		if (!k || what.failed || json_array_append_new(json_object_get(k,
		    "activities"), json_pack("{s:O?, s:O?, s:s}", "at", at,
		    "type", json_object_get(e, "type"), "what", what.s ? what.s :
		    "")) < 0) {
			inc__buf_free(&what);
			goto fail;
		}
		inc__buf_free(&what);
	}
	json_object_foreach(held, role, k) {
		json_t *list = json_object_get(k, "held");
		json_t *last = json_array_get(list, json_array_size(list) - 1);
		const char *from = inc__str(last, "from");
		if (end && (!from || strcmp(from, json_string_value(end)) <= 0))
			json_object_set(last, "to", end);
	}
	json_decref(held);
	return blocks;
fail:
	json_decref(held);
	json_decref(blocks);
	return NULL;
}

/* The resources assigned: the blocks with a position, IC first. */
static int
by_position(const void *a, const void *b)
{
	json_t *x = *(json_t *const *)a, *y = *(json_t *const *)b;
	int c = inc__role_cmp(inc__str(x, "role"), inc__str(y, "role"));
	const char *fx = inc__str(json_array_get(json_object_get(x, "held"), 0),
	    "from");
	const char *fy = inc__str(json_array_get(json_object_get(y, "held"), 0),
	    "from");

	return c ? c : strcmp(fx ? fx : "", fy ? fy : "");
}

static json_t *
resources_of(json_t *blocks)
{
	json_t *list = json_array(), **v, *k;
	size_t i, n = 0;

	if (!list || !(v = calloc(json_array_size(blocks) + 1, sizeof(*v)))) {
		json_decref(list);
		return NULL;
	}
	json_array_foreach(blocks, i, k)
		if (inc__str(k, "role"))
			v[n++] = k;
	qsort(v, n, sizeof(*v), by_position);
	for (i = 0; i < n; i++)
		json_array_append_new(list, json_pack("{s:O, s:O, s:O}",
		    "person", json_object_get(v[i], "person"), "role",
		    json_object_get(v[i], "role"), "held",
		    json_object_get(v[i], "held")));
	free(v);
	if (json_array_size(list) != n) {
		json_decref(list);
		return NULL;
	}
	return list;
}

/*
 * The blocks by person: each person in the order they first appear, with
 * their blocks in the order those began.
 */
static json_t *
by_person(json_t *blocks)
{
	json_t *list = json_array(), *k, *l;
	size_t i, j, n = json_array_size(blocks);
	char *done = calloc(n + 1, 1);

	if (!list || !done) {
		free(done);
		json_decref(list);
		return NULL;
	}
	json_array_foreach(blocks, i, k) {
		if (done[i])
			continue;
		for (j = i; j < n; j++) {
			l = json_array_get(blocks, j);
			if (done[j] || !same_person(json_object_get(k, "person"),
			    json_object_get(l, "person")))
				continue;
			done[j] = 1;
			json_array_append(list, l);
		}
	}
	free(done);
	if (json_array_size(list) != n) {
		json_decref(list);
		return NULL;
	}
	return list;
}

static void
put_held(struct inc_buf *b, json_t *held)
{
	json_t *h;
	size_t i;
	char from[32], to[32];

	json_array_foreach(held, i, h) {
		when(from, h, "from");
		when(to, h, "to");
		inc__buf_printf(b, "%s%s to %s", i ? "; " : "", from,
		    inc__str(h, "to") ? to : "now");
	}
}

static void
put_text(struct inc_buf *b, const inc_incident *incident, json_t *resources,
    json_t *blocks, json_t *to)
{
	json_t *p = incident->picture, *k, *a;
	char name[64], t[32];
	size_t i, j;
	int width = 12;

	inc__buf_printf(b, "ACTIVITY LOG (ICS 214): ");
	inc__buf_safe(b, inc__drill_mark(p), 1);
	inc__buf_safe(b, inc__str(p, "title"), 1);
	inc__buf_printf(b, "\nIncident %s\n", inc_incident_id(incident));
	when(t, p, "opened_at");
	inc__buf_printf(b, "Operational period: %s to ", t);
	when(t, to, "at");
	inc__buf_printf(b, "%s UTC%s\n", t, json_object_get(p, "resolved_at") ?
	    "" : " (now: not resolved)");

	inc__buf_printf(b, "\nResources assigned\n");
	json_array_foreach(resources, i, k)
		if ((int)strlen(inc__role_title(name, inc__str(k, "role"))) > width)
			width = (int)strlen(name);
	json_array_foreach(resources, i, k) {
		inc__buf_printf(b, "  %-*s ", width, inc__role_title(name,
		    inc__str(k, "role")));
		inc__buf_safe(b, inc__who(k, "person"), 1);
		inc__buf_put(b, "\n", 1);
	}
	if (!json_array_size(resources))
		inc__buf_printf(b, "  none\n");

	inc__buf_printf(b, "\nActivity log\n");
	json_array_foreach(blocks, i, k) {
		inc__buf_printf(b, "\nName:     ");
		inc__buf_safe(b, inc__who(k, "person"), 1);
		inc__buf_printf(b, "\nPosition: %s\n", inc__str(k, "role") ?
		    inc__role_title(name, inc__str(k, "role")) : "none");
		if (inc__str(k, "role")) {
			inc__buf_printf(b, "Held:     ");
			put_held(b, json_object_get(k, "held"));
			inc__buf_put(b, "\n", 1);
		}
		json_array_foreach(json_object_get(k, "activities"), j, a) {
			when(t, a, "at");
			inc__buf_printf(b, "  %s  %s\n", t, inc__str(a, "what"));
		}
		if (!json_array_size(json_object_get(k, "activities")))
			inc__buf_printf(b, "  no activity recorded\n");
	}
}

int
inc_activity(char **out, const inc_incident *incident,
    enum inc_format format, int64_t now)
{
	json_t *p = incident->picture, *blocks = NULL, *ordered = NULL;
	json_t *resources = NULL, *to = NULL, *o = NULL;
	struct inc_buf b = {0};
	char t[32];

	*out = NULL;
	if (json_object_get(p, "resolved_at")) {
		to = json_pack("{s:O}", "at", json_object_get(p, "resolved_at"));
	} else {
		inc__time_format(t, now);
		to = json_pack("{s:s}", "at", t);
	}
	if (!to || !(blocks = blocks_of(incident)) ||
	    !(ordered = by_person(blocks)) ||
	    !(resources = resources_of(ordered))) {
		inc__buf_fail(&b, "out of memory");
		goto done;
	}
	if (format != INC_FORMAT_JSON) {
		put_text(&b, incident, resources, ordered, to);
		goto done;
	}
	o = json_pack("{s:i, s:s, s:O?, s:{s:O?, s:O, s:b}, s:O, s:O}",
	    "v", INC_LOG_VERSION, "incident", inc_incident_id(incident),
	    "title", json_object_get(p, "title"),
	    "period", "from", json_object_get(p, "opened_at"),
	    "to", json_object_get(to, "at"),
	    "resolved", json_object_get(p, "resolved_at") != NULL,
	    "resources", resources, "logs", ordered);
	if (o && json_is_true(json_object_get(p, "drill")))
		json_object_set_new(o, "drill", json_true());
	if (o)
		inc__put_json(&b, o);
	else
		inc__buf_fail(&b, "out of memory");
done:
	json_decref(o);
	json_decref(resources);
	json_decref(ordered);
	json_decref(blocks);
	json_decref(to);
	return (*out = inc__buf_take(&b)) ? 0 : INC_ERROR;
}
