/*
 * The impact each customer update of an incident stands for on the
 * status page (none, minor, major, critical), and what it makes of each
 * component, taken one update at a time in the page's order:
 *
 * - the impact given (inc-status -i);
 * - else, when it gives components a status by name (-p NAME=STATUS),
 *   the worst status the incident's components then have, as Statuspage
 *   works an incident's impact out: "-p Copilot=operational" with every
 *   other component operational is no impact, with one still in a major
 *   outage a critical one;
 * - else the newest impact an earlier update gave or so stated;
 * - else the one the incident's state then stands for (inc__state_impact);
 * - but a resolved update that gives none keeps the worst impact the
 *   incident had, so that its history does not show an outage that
 *   ended with every component operational as no impact at all.
 *
 * An update speaks for the components it names, or for all of the
 * incident's when it names none (inc__speaks). Names are compared with
 * case and spaces folded, as the page shows them (component.c).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static const char *const impacts[] = {
	"none", "minor", "major", "critical"
};
static const char *const statuses[] = {
	"operational", "degraded_performance", "partial_outage", "major_outage"
};

/* word's place in list (of n), or -1 */
static int
index_in(const char *word, const char *const *list, int n)
{
	for (int i = 0; word && i < n; i++)
		if (!strcmp(word, list[i]))
			return i;
	return -1;
}

/*
 * What an update makes of a component that was level before it (-1:
 * not named yet; INC__OWN over a status given by name). named: the
 * update names it, with status (an index in statuses, or -1: none);
 * names: how many the update names; given: its -i (or -1); impact: the
 * impact it stands for. One naming none with no -i of its own leaves
 * a status given by name as it was: "We're seeing recovery across all
 * services" does not undo "-p Copilot=operational".
 */
int
inc__speaks(int level, int named, int status, size_t names, int given,
    int impact)
{
	if (named)
		return status >= 0 ? status + INC__OWN : impact;
	return !names && level >= 0 && (given >= 0 || level < INC__OWN) ?
	    impact : level;
}

/* The components an update names, each once: see said_read. */
struct said {
	size_t n;
	struct {
		char *key;  /* its name folded (inc__component_key) */
		int status; /* the status given it (in statuses), or -1 */
	} *c;
};

static void
said_free(struct said *u)
{
	for (size_t i = 0; i < u->n; i++)
		free(u->c[i].key);
	free(u->c);
	u->c = NULL;
	u->n = 0;
}

/*
 * The components update names that a page shows, each once however it
 * is spelt, with the status any spelling was given. Below 0 when out of
 * memory.
 */
static int
said_read(struct said *u, json_t *update)
{
	json_t *names = json_object_get(update, "components");
	json_t *given = json_object_get(update, "component_status");

	u->n = 0;
	if (!(u->c = calloc(json_array_size(names) + 1, sizeof(*u->c))))
		return inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; i < json_array_size(names); i++) {
		const char *name = json_string_value(json_array_get(names, i));
		int status;
		char *key;
		size_t j = 0;
		if (!name || inc_component_check(name) < 0)
			continue;
		if (!(key = inc__component_key(name))) {
			said_free(u);
			inc__fail(INC_ERROR, "out of memory");
			return INC_ERROR;
		}
		status = index_in(inc__str(given, name), statuses, 4);
		while (j < u->n && strcmp(u->c[j].key, key))
			j++;
		if (j < u->n) {
			free(key);
			if (status >= 0)
				u->c[j].status = status;
			continue;
		}
		u->c[u->n].key = key;
		u->c[u->n++].status = status;
	}
	return 0;
}

/* The status u gives the component key: -2 when it does not name it,
 * -1 when it names it with none. */
static int
status_of(const struct said *u, const char *key)
{
	for (size_t i = 0; i < u->n; i++)
		if (!strcmp(u->c[i].key, key))
			return u->c[i].status;
	return -2;
}

/*
 * The worst status of the incident's components once u has spoken, when
 * it gives one by name; those it names with none are left out (they take
 * what this makes its impact). -1 when it gives none.
 */
static int
stated(const struct inc__impacts *w, const struct said *u)
{
	json_t *v;
	const char *key;
	int worst = -1;

	for (size_t i = 0; i < u->n; i++)
		if (u->c[i].status > worst)
			worst = u->c[i].status;
	if (worst < 0)
		return -1;
	json_object_foreach(w->levels, key, v) {
		int level = (int)json_integer_value(v);
		if (status_of(u, key) == -2 && INC__LEVEL(level) > worst)
			worst = INC__LEVEL(level);
	}
	return worst;
}

int
inc__impacts_start(struct inc__impacts *w)
{
	memset(w, 0, sizeof(*w));
	w->given = w->worst = -1;
	if (!(w->levels = json_object()))
		return inc__fail(INC_ERROR, "out of memory");
	return 0;
}

void
inc__impacts_end(struct inc__impacts *w)
{
	json_decref(w->levels);
	w->levels = NULL;
}

/*
 * The impact the next update stands for (see the top), taken into w:
 * resolved, whether it resolves the incident; state, the incident's
 * then. Below 0 when out of memory.
 */
int
inc__impacts_next(struct inc__impacts *w, json_t *update, int resolved,
    const char *state)
{
	int given = index_in(inc__str(update, "impact"), impacts, 4), impact;
	int said, rc = 0;
	struct said u;
	const char *key;
	json_t *v;

	if (said_read(&u, update) < 0)
		return INC_ERROR;
	said = given < 0 && !resolved ? stated(w, &u) : -1;
	if (given >= 0 || said >= 0)
		w->given = given >= 0 ? given : said;
	if (resolved && w->count && given < 0)
		impact = w->worst;
	else if (w->given >= 0)
		impact = w->given;
	else
		impact = index_in(inc__state_impact(state), impacts, 4);
	json_object_foreach(w->levels, key, v)
		if (json_integer_set(v, inc__speaks((int)json_integer_value(v),
		    status_of(&u, key) > -2, status_of(&u, key), u.n, given,
		    impact)) < 0)
			rc = INC_ERROR;
	for (size_t i = 0; i < u.n; i++)
		if (!json_object_get(w->levels, u.c[i].key) &&
		    json_object_set_new(w->levels, u.c[i].key, json_integer(
		    inc__speaks(-1, 1, u.c[i].status, u.n, given, impact))) < 0)
			rc = INC_ERROR;
	said_free(&u);
	if (rc < 0)
		return inc__fail(INC_ERROR, "out of memory");
	if (impact > w->worst)
		w->worst = impact;
	w->count++;
	return impact;
}

/*
 * A customer update folded into the incident's picture, in log order:
 * the walk above, kept as "page_impact" ({"impact", "given", "worst",
 * "count", "levels", "at"}), so that a writer can say the impact the page
 * will give the update it records without reading the log. One the page
 * leaves out (no id, no message, no status it knows) is left out. The
 * page takes updates in the order of their times, each with the state
 * the incident then had: one older than an update folded before it, or
 * than the incident's state (backfilled with inc-status -t, or written on
 * a clone whose clock is behind) cannot be folded in its place: the walk
 * is given up ({"unordered": true}: no impact known) rather than say one
 * the page does not give, and a writer reads the log for it instead
 * (inc__impact_of).
 */
int
inc__impacts_fold(json_t *picture, json_t *update)
{
	static const char *const update_statuses[] = {
		"investigating", "identified", "monitoring", "resolved"
	};
	json_t *kept = json_object_get(picture, "page_impact");
	struct inc__impacts w;
	int64_t at, newest;
	int impact;

	if (!inc__str(update, "id") || !inc__str(update, "message") ||
	    index_in(inc__str(update, "status"), update_statuses, 4) < 0 ||
	    inc__time_get(&at, update, "at") < 0)
		return 0;
	if (json_is_true(json_object_get(kept, "unordered")))
		return 0;
	/* older than an update folded, or than the state it would take */
	if ((json_is_object(json_object_get(kept, "levels")) &&
	    inc__time_get(&newest, kept, "at") == 0 && at < newest) ||
	    (inc__time_get(&newest, picture, "state_changed_at") == 0 &&
	    at < newest))
		return json_object_set_new(picture, "page_impact",
		    json_pack("{s:b}", "unordered", 1)) < 0 ?
		    inc__fail(INC_ERROR, "out of memory") : 0;
	if (!json_is_object(json_object_get(kept, "levels"))) {
		if (inc__impacts_start(&w) < 0)
			return INC_ERROR;
	} else {
		/* changed in place, as the rest of the picture is */
		w.levels = json_incref(json_object_get(kept, "levels"));
		w.given = (int)json_integer_value(json_object_get(kept, "given"));
		w.worst = (int)json_integer_value(json_object_get(kept, "worst"));
		w.count = (size_t)json_integer_value(json_object_get(kept,
		    "count"));
	}
	impact = inc__impacts_next(&w, update, !strcmp(inc__str(update,
	    "status"), "resolved"), inc__str(picture, "state"));
	if (impact >= 0 && json_object_set_new(picture, "page_impact",
	    json_pack("{s:i, s:i, s:i, s:I, s:O, s:O}", "impact", impact,
	    "given", w.given, "worst", w.worst, "count", (json_int_t)w.count,
	    "levels", w.levels, "at", json_object_get(update, "at"))) < 0)
		impact = inc__fail(INC_ERROR, "out of memory");
	inc__impacts_end(&w);
	return impact < 0 ? impact : 0;
}

/* An update the page shows, in its place: by time, then log order. */
struct placed {
	json_t *event;
	int64_t at;
	size_t order;
};

static int
by_time(const void *a, const void *b)
{
	const struct placed *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

/*
 * The incident's state at time t, from its open and state events; of
 * those at t, only those before the event at index order in the log, as
 * inc-publish has it.
 */
static const char *
state_then(json_t *events, int64_t t, size_t order)
{
	const char *state = NULL;
	int64_t best = INT64_MIN, at;

	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		const char *type = inc__str(e, "type");
		if (!type || (strcmp(type, "open") && strcmp(type, "state")) ||
		    !inc__str(e, "state") || inc__time_get(&at, e, "at") < 0 ||
		    at > t || at < best || (at == t && i > order))
			continue;
		best = at;
		state = inc__str(e, "state");
	}
	return state;
}

/*
 * The impact the page gives the update id of an incident's events (in
 * log order), its updates walked in the order of their times as
 * inc-publish walks them: for one whose picture gave the walk up. -1
 * when the page gives it none (not shown, or a maintenance's); below -1
 * when out of memory.
 */
int
inc__impact_of(json_t *events, const char *id)
{
	static const char *const update_statuses[] = {
		"investigating", "identified", "monitoring", "resolved"
	};
	size_t n = 0, count = json_array_size(events);
	struct placed *v = calloc(count + 1, sizeof(*v));
	struct inc__impacts w;
	int impact = -1, rc = 0;

	if (!v || inc__impacts_start(&w) < 0) {
		free(v);
		return inc__fail(INC_ERROR, "out of memory");
	}
	/* with maintenance events, a maintenance: those are its updates */
	for (size_t i = 0; i < json_array_size(events); i++)
		if (!strcmp(inc__str_or(json_array_get(events, i), "type", ""),
		    "maintenance"))
			count = 0;
	for (size_t i = 0; i < count; i++) {
		json_t *e = json_array_get(events, i);
		const char *type = inc__str(e, "type");
		if (type && !strcmp(type, "status") && inc__str(e, "id") &&
		    inc__str(e, "message") && index_in(inc__str(e, "status"),
		    update_statuses, 4) >= 0 &&
		    inc__time_get(&v[n].at, e, "at") == 0) {
			v[n].event = e;
			v[n++].order = i;
		}
	}
	qsort(v, n, sizeof(*v), by_time);
	for (size_t i = 0; i < n && rc >= 0; i++) {
		rc = inc__impacts_next(&w, v[i].event, !strcmp(inc__str(
		    v[i].event, "status"), "resolved"), state_then(events,
		    v[i].at, v[i].order));
		if (!strcmp(inc__str(v[i].event, "id"), id))
			impact = rc;
	}
	inc__impacts_end(&w);
	free(v);
	return rc < 0 ? rc : impact;
}

/* The impact the page gives the newest update folded (see above), or NULL. */
const char *
inc__picture_impact(json_t *picture)
{
	json_t *impact = json_object_get(json_object_get(picture,
	    "page_impact"), "impact");

	return json_is_integer(impact) && json_integer_value(impact) >= 0 &&
	    json_integer_value(impact) < 4 ?
	    impacts[json_integer_value(impact)] : NULL;
}
