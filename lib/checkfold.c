/*
 * What inc-check asks of an incident's events, kept in its picture as
 * each event is applied (the picture's "check"), so that a check, and the
 * shell prompt's, reads the picture only, however long the log (an
 * incident fed 30,000 alerts took a third of a second a prompt):
 *
 *   "people"   each person's stretches of work on the incident (their
 *              events, and the roles they held until handed on), merged
 *              where less than INC_BREAK_SECONDS apart, as [from, to]
 *              pairs in order; the newest event they wrote ("wrote"), and
 *              when they last handed a role on ("released");
 *   "held"     each role held now: who ("person"), since when;
 *   "offsets"  each person's UTC offset, of their newest event;
 *   "decided"  every decision (a state, a hand-over of a role, a title,
 *              mitigated, a need and a need met): its id, time, what it
 *              decided, and whether it names the events it had seen;
 *   "news"     those the newest sitrep had not seen: by the events each
 *              names ("after"), followed back, or by the times where the
 *              log cannot tell.
 *
 * check.c's people() and information() read them as they read the
 * events; a maintenance's work, which begins with its window, is read
 * from the events still (the stretches are not cut there).
 */
#define _DEFAULT_SOURCE
#include <stdint.h>
#include <string.h>

#include "internal.h"

/* The stretch from..to added to the stretches of work c, merged with
 * those it comes less than a break from, kept in order. */
int
inc__stretch_add(json_t *c, int64_t from, int64_t to)
{
	size_t i;

	for (i = 0; i < json_array_size(c);) {
		json_t *s = json_array_get(c, i);
		int64_t f = json_integer_value(json_array_get(s, 0));
		int64_t t = json_integer_value(json_array_get(s, 1));
		if (f <= to + INC_BREAK_SECONDS && from <= t + INC_BREAK_SECONDS) {
			from = f < from ? f : from;
			to = t > to ? t : to;
			json_array_remove(c, i);
		} else {
			i++;
		}
	}
	for (i = 0; i < json_array_size(c) && json_integer_value(
	    json_array_get(json_array_get(c, i), 0)) < from; i++)
		;
	return json_array_insert_new(c, i, json_pack("[I, I]",
	    (json_int_t)from, (json_int_t)to));
}

/* A person's time on the incident: an event (from == to) or a role held
 * until handed on. */
static int
span(json_t *check, const char *name, int64_t from, int64_t to)
{
	json_t *people = json_object_get(check, "people"), *p;

	/* a role handed on, by the log's order, before it was taken, by
	 * the times (both backfilled): no time on the incident, as check.c
	 * has it */
	if (!name || from > to)
		return 0;
	if (!(p = json_object_get(people, name)) &&
	    json_object_set_new(people, name, p = json_pack("{s:[], s:i, "
	    "s:i}", "stretches", "wrote", 0, "released", 0)) < 0)
		return -1;
	if (from == to && to > json_integer_value(json_object_get(p, "wrote")))
		json_object_set_new(p, "wrote", json_integer(to));
	if (from != to && to > json_integer_value(json_object_get(p,
	    "released")))
		json_object_set_new(p, "released", json_integer(to));
	return inc__stretch_add(json_object_get(p, "stretches"), from, to);
}

static int
work(json_t *check, json_t *event, const char *type)
{
	json_t *held = json_object_get(check, "held"), *h;
	const char *who = inc__who(event, "actor"), *role;
	int64_t at = inc__time_or0(event, "at");

	if (!strcmp(type, "reading"))
		return 0; /* a measurement, often a monitor's: not work */
	if (span(check, who, at, at) < 0)
		return -1;
	if (who && json_is_integer(json_object_get(event, "utc_offset_seconds")))
		json_object_set(json_object_get(check, "offsets"), who,
		    json_object_get(event, "utc_offset_seconds"));
	if (!strcmp(type, "open") && who)
		json_object_set_new(held, "ic", json_pack("{s:O, s:O?}",
		    "person", json_object_get(event, "actor"), "since_at",
		    json_object_get(event, "at")));
	if (strcmp(type, "handoff") || !(role = inc__str(event, "role")))
		return 0;
	if ((h = json_object_get(held, role)) && span(check, inc__who(h,
	    "person"), inc__time_or0(h, "since_at"), at) < 0)
		return -1;
	json_object_del(held, role);
	if (inc__who(event, "person"))
		json_object_set_new(held, role, json_pack("{s:O, s:O?}",
		    "person", json_object_get(event, "person"), "since_at",
		    json_object_get(event, "at")));
	return 0;
}

/* The decision an event makes, as news: NULL for an event that makes
 * none */
static json_t *
decision(json_t *event, const char *type)
{
	json_t *d;

	if (strcmp(type, "state") && strcmp(type, "title") &&
	    strcmp(type, "mitigated") && strcmp(type, "need") &&
	    strcmp(type, "need-met") && (strcmp(type, "handoff") ||
	    !inc__str(event, "role")))
		return NULL;
	d = json_pack("{s:O?, s:O?, s:s, s:b}", "id", json_object_get(event,
	    "id"), "at", json_object_get(event, "at"), "type", type, "causal",
	    json_object_get(event, "after") != NULL);
	if (d && !strcmp(type, "state"))
		json_object_set(d, "state", json_object_get(event, "state"));
	if (d && !strcmp(type, "handoff")) {
		json_object_set(d, "role", json_object_get(event, "role"));
		if (inc__who(event, "person"))
			json_object_set(d, "person", json_object_get(event,
			    "person"));
	}
	return d;
}

/*
 * Had the sitrep seen decision d? By the events it names, followed back
 * (seen, when the sitrep is being applied; NULL, when it was written on
 * top of them all), where both name theirs; else by the times.
 */
static int
sitrep_saw(json_t *d, json_t *sitrep, const struct inc__seen *seen)
{
	const char *id = inc__str(d, "id");

	if (json_is_true(json_object_get(d, "causal")) &&
	    json_is_array(json_object_get(sitrep, "after")))
		return !seen || !id || seen->fn(seen->ctx, id);
	return strcmp(inc__str_or(d, "at", ""), inc__str_or(sitrep, "at",
	    "")) <= 0;
}

/* Before the picture applies the event: see the file's first comment */
int
inc__checkfold(json_t *picture, json_t *event, const struct inc__seen *seen)
{
	const char *type = inc__str(event, "type");
	const char *last = inc__str(picture, "last_sitrep_at");
	json_t *check = json_object_get(picture, "check"), *d, *news, *sitrep;
	size_t i;

	if (!check && json_object_set_new(picture, "check", check = json_pack(
	    "{s:{}, s:{}, s:{}, s:[], s:[]}", "people", "held", "offsets",
	    "decided", "news")) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	if (!type)
		return 0;
	if (work(check, event, type) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	if ((d = decision(event, type))) {
		/* news unless the newest sitrep saw it by the times: one
		 * applied after it names it in no "after" */
		sitrep = json_object_get(picture, "sitrep");
		if (json_array_append(json_object_get(check, "decided"), d) < 0 ||
		    ((!sitrep || (json_is_true(json_object_get(d, "causal")) &&
		    json_is_array(json_object_get(sitrep, "after"))) ||
		    !sitrep_saw(d, sitrep, NULL)) && json_array_append(
		    json_object_get(check, "news"), d) < 0)) {
			json_decref(d);
			return inc__fail(INC_ERROR, "out of memory");
		}
		json_decref(d);
	} else if (!strcmp(type, "sitrep") && (!last || strcmp(inc__str_or(
	    event, "at", ""), last) >= 0)) {
		/* the newest sitrep: the news is what it had not seen */
		if (!(news = json_array()) ||
		    json_object_set_new(check, "news", news) < 0)
			return inc__fail(INC_ERROR, "out of memory");
		json_array_foreach(json_object_get(check, "decided"), i, d)
			if (!sitrep_saw(d, event, seen) &&
			    json_array_append(news, d) < 0)
				return inc__fail(INC_ERROR, "out of memory");
	}
	return 0;
}
