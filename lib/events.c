/*
 * The events the tools record (see incident-log(5)). Each is made in
 * three steps:
 *   1. its fields are checked on their own, before anything is read: bad
 *      input changes nothing and waits for no lock;
 *   2. under the writers' lock, against the incident as it then stands
 *      (kind->allowed): who may do it, what it must not repeat, what it
 *      takes over from the picture;
 *   3. its announcement for the incident channel (kind->announce).
 * record() makes the event from its fields and appends it (append.c).
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

enum kind { OPEN, STATE, HANDOFF, SITREP, NOTE, OWNER, ACTION, DONE, STATUS,
	CONTACT, TICKETS, CADENCE, DUPLICATE, MAINTENANCE, POSTMORTEM, TITLE,
	MITIGATED, NEED, NEED_MET, CAN, READING, NEXT };

static int
forced(struct inc_change *c)
{
	return json_is_true(json_object_get(c->event, "force"));
}

/* the commander, or one of those who claimed command apart */
static int
is_ic(struct inc_change *c, json_t *picture)
{
	return inc__is_commander(picture, c->repo->name, c->repo->email);
}

static int
denied(struct inc_change *c, json_t *picture, const char *what)
{
	const char *ic = inc__who(json_object_get(json_object_get(picture,
	    "roles"), "ic"), "person");

	return inc__fail(INC_EDENIED, "%s: only the incident commander (%s) "
	    "can %s; --force overrides and is recorded", c->id,
	    ic ? ic : "nobody", what);
}

/*
 * The first line of a text, cut at 100 bytes (at a character), "..." where
 * cut: the announcement is UTF-8 as the text is. whole: the line uncut,
 * with no "...", as inc-verify compares older tools' subjects with it.
 */
static int
headline(struct inc_buf *b, int whole, const char *text)
{
	size_t n = strcspn(text, "\n");
	size_t keep = n > 100 && !whole ? inc__utf8_cut(text, 100) : n;

	return inc__buf_printf(b, "%.*s%s", (int)keep, text,
	    (n > 100 || text[n]) && !whole ? "..." : "");
}

/* "2h", "1h30m", "45m" */
static void
interval(char out[32], json_int_t s)
{
	if (s >= 3600 && s % 3600)
		snprintf(out, 32, "%lldh%lldm", (long long)(s / 3600),
		    (long long)(s % 3600 / 60));
	else if (s >= 3600)
		snprintf(out, 32, "%lldh", (long long)(s / 3600));
	else
		snprintf(out, 32, "%lldm", (long long)(s / 60));
}

/*
 * Is who (the picture's {"name", "email"}) the person named, in the same
 * name and, where one is given, the same email? A role handed to its
 * holder, or an owner or the next holder named again, changes nothing.
 */
static int
named(json_t *who, const char *person, const char *email)
{
	const char *name = inc__str(who, "name"), *mail = inc__str(who, "email");

	return person && name && inc__name_equal(person, name) &&
	    (!email || (mail && !strcasecmp(email, mail)));
}

/* --- step 2: allowed now, by whom --- */

/* closing an incident as a duplicate: once, and not of itself */
static int
allowed_duplicate_of(struct inc_change *c, json_t *picture)
{
	const char *of = inc__str(picture, "duplicate_of");

	if (of) {
		char *safe = inc_text_safe(of, INC_ONE_LINE);
		inc__fail(INC_EINVALID, "%s: already a duplicate of %s", c->id,
		    safe ? safe : "another incident");
		free(safe);
		return INC_EINVALID;
	}
	return 0;
}

static int
allowed_state(struct inc_change *c, json_t *picture)
{
	const char *to = inc__str(c->event, "state");
	const char *now = inc__str(picture, "state");

	if (!c->repo->name || (!is_ic(c, picture) && !forced(c)))
		return denied(c, picture, "change its state");
	if (inc__str(c->event, "duplicate_of"))
		return allowed_duplicate_of(c, picture);
	/* while state changes made apart stand, the state may be said again */
	if (now && !strcmp(to, now) && !inc__conflicted(picture,
	    (const char *const[]){"state", "state-handoff", "duplicate", "need",
	    NULL}))
		return inc__fail(INC_EINVALID, "%s: already %s", c->id, to);
	return 0;
}

/*
 * Into names, each component an incident's updates gave a status (its
 * last), or named: as "name": "status" ("" where only named).
 */
static void
components_told(json_t *names, json_t *events)
{
	json_t *e, *v;
	const char *name;
	size_t i, k;

	json_array_foreach(events, i, e) {
		if (strcmp(inc__str_or(e, "type", ""), "status"))
			continue;
		json_array_foreach(json_object_get(e, "components"), k, v)
			if (json_is_string(v) && !json_object_get(names,
			    json_string_value(v)))
				json_object_set_new(names, json_string_value(v),
				    json_string(""));
		json_object_foreach(json_object_get(e, "component_status"), name,
		    v)
			if (json_is_string(v))
				json_object_set(names, name, v);
	}
}

/*
 * A component customers were told is down by the duplicate (its last
 * status not operational) that no update of the primary (picture's
 * incident, id) names: the page would show it operational once the
 * duplicate is closed. NULL when none.
 */
static const char *
component_dropped(json_t *mine, json_t *theirs)
{
	json_t *v;
	const char *name;

	json_object_foreach(theirs, name, v)
		if (*json_string_value(v) && strcmp(json_string_value(v),
		    "operational") && !json_object_get(mine, name))
			return name;
	return NULL;
}

/*
 * The primary of a duplicate: not itself closed as one; a drill only of
 * a drill, a real incident only of a real one (the page never shows a
 * drill, so a real incident merged into one would show all clear while
 * it is open), forced or not; and, unless forced, not one customers
 * were told nothing of when the duplicate was told of: the page would
 * show all clear too; nor one whose updates name no component the
 * duplicate told customers was down: the page would show it operational.
 */
/* The duplicate other told of no component down that c's does not. */
static int
keeps_components(struct inc_change *c, inc_incident *other)
{
	inc_incident *self = NULL;
	json_t *mine = json_object(), *theirs = json_object();
	const char *down;
	char *safe;
	int rc;

	if (!mine || !theirs) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	if ((rc = inc_incident_load(&self, c->repo, c->id, INC_LOAD_EVENTS)) < 0)
		goto out;
	components_told(mine, self->events);
	components_told(theirs, other->events);
	if ((down = component_dropped(mine, theirs))) {
		safe = inc_text_safe(down, INC_ONE_LINE);
		rc = inc__fail(INC_EINVALID, "%s: customers were told %s is %s "
		    "by %s, and no update of this one names it, so the status "
		    "page would show it operational: post an update to this "
		    "one naming it first (inc-status -p), or --force closes it "
		    "anyway", c->id, safe ? safe : "a component",
		    json_string_value(json_object_get(theirs, down)),
		    inc_incident_id(other));
		free(safe);
	}
out:
	inc_incident_free(self);
	json_decref(mine);
	json_decref(theirs);
	return rc;
}

static int
allowed_duplicate(struct inc_change *c, json_t *picture)
{
	const char *of = inc__str(picture, "duplicate_of");
	const char *dup = inc__str(c->event, "duplicate");
	inc_incident *other = NULL;
	json_int_t told;
	int rc, drill;

	if (of) {
		char *safe = inc_text_safe(of, INC_ONE_LINE);
		inc__fail(INC_EINVALID, "%s: a duplicate itself (of %s): name "
		    "that one", c->id, safe ? safe : "another incident");
		free(safe);
		return INC_EINVALID;
	}
	if (!dup)
		return 0;
	if ((rc = inc_incident_load(&other, c->repo, dup, INC_LOAD_EVENTS)) < 0)
		return rc;
	told = json_integer_value(json_object_get(other->picture, "updates"));
	drill = json_is_true(json_object_get(other->picture, "drill"));
	if (!forced(c) && !drill && (rc = keeps_components(c, other)) < 0) {
		inc_incident_free(other);
		return rc;
	}
	inc_incident_free(other);
	if (drill && !json_is_true(json_object_get(picture, "drill")))
		return inc__fail(INC_EINVALID, "%s: a drill, and %s is not: a "
		    "drill is never a duplicate of a real incident (resolve "
		    "the drill instead)", dup, c->id);
	if (!drill && json_is_true(json_object_get(picture, "drill")))
		return inc__fail(INC_EINVALID, "%s: not a drill, and %s is one: "
		    "a real incident is never a duplicate of a drill, which the "
		    "status page does not show", dup, c->id);
	if (forced(c) || json_integer_value(json_object_get(picture,
	    "updates")) > 0 || !strcmp(inc__str_or(picture, "state", ""),
	    "resolved"))
		return 0;
	if (told > 0)
		return inc__fail(INC_EINVALID, "%s: customers were told of %s "
		    "and not of this one, which the status page would then not "
		    "show: post an update to this one first, or close it as "
		    "the duplicate (--force closes it anyway)", c->id, dup);
	return 0;
}

/* Who holds role now ({name, email}), or NULL. */
static json_t *
holder_of(json_t *picture, const char *role)
{
	return json_object_get(json_object_get(json_object_get(picture,
	    "roles"), role), "person");
}

/* Command is the IC's to hand on; another role, the IC's or its holder's
 * (any of those it was handed to apart, until that is settled). */
static int
may_staff(struct inc_change *c, json_t *picture, const char *role,
    const char *what_ic, const char *what)
{
	if (!strcmp(role, "ic") && !is_ic(c, picture) && !forced(c))
		return denied(c, picture, what_ic);
	if (strcmp(role, "ic") && !is_ic(c, picture) && !forced(c) &&
	    !inc__is_holder(picture, role, c->repo->name, c->repo->email))
		return denied(c, picture, what);
	return 0;
}

static int
allowed_handoff(struct inc_change *c, json_t *picture)
{
	const char *role = inc__str(c->event, "role");
	const char *person = inc__who(c->event, "person");
	const char *email = inc__who_email(c->event, "person");
	json_t *holder = holder_of(picture, role);
	int rc;

	if ((rc = may_staff(c, picture, role, "hand over command",
	    "assign roles")) < 0)
		return rc;
	/* a role handed over apart is settled by handing it, even to its
	 * holder or to nobody */
	if (!person && !holder && !inc__role_conflicted(picture, role))
		return inc__fail(INC_EINVALID, "%s: nobody holds %s", c->id, role);
	if (holder && !inc__role_conflicted(picture, role) &&
	    named(holder, person, email))
		return inc__fail(INC_EINVALID, "%s: %s already holds %s", c->id,
		    person, role);
	return 0;
}

/*
 * Who takes a role next: named as a role is handed, by the same people;
 * not its holder, nor again whoever is named next already.
 */
static int
allowed_next(struct inc_change *c, json_t *picture)
{
	const char *role = inc__str(c->event, "role");
	const char *person = inc__who(c->event, "person");
	const char *email = inc__who_email(c->event, "person");
	json_t *next = json_object_get(json_object_get(picture, "next"), role);
	int rc;

	if ((rc = may_staff(c, picture, role, "name the next commander",
	    "name who is next")) < 0)
		return rc;
	if (!person && !next)
		return inc__fail(INC_EINVALID, "%s: nobody is named next for %s",
		    c->id, role);
	if (person && inc__person_match(holder_of(picture, role), person,
	    email))
		return inc__fail(INC_EINVALID, "%s: %s already holds %s", c->id,
		    person, role);
	if (named(json_object_get(next, "person"), person, email))
		return inc__fail(INC_EINVALID, "%s: %s is already named next "
		    "for %s", c->id, person, role);
	return 0;
}

/*
 * A follow-up action, but not on an incident closed as a duplicate: its
 * primary's post-mortem covers it, and lists and watches the actions
 * (inc-postmortem --due); one recorded here would be seen by no one.
 */
static int
allowed_action(struct inc_change *c, json_t *picture)
{
	const char *of = inc__str(picture, "duplicate_of");
	char *safe;
	int rc;

	if (!of)
		return 0;
	safe = inc_text_safe(of, INC_ONE_LINE);
	rc = inc__fail(INC_EINVALID, "%s: closed as a duplicate of %s, whose "
	    "post-mortem covers it: record the action there", c->id,
	    safe ? safe : "another incident");
	free(safe);
	return rc;
}

/* A post-mortem owner named again, as a role handed to its holder. */
static int
allowed_owner(struct inc_change *c, json_t *picture)
{
	const char *person = inc__who(c->event, "person");

	/* named again to settle owners named apart */
	if (named(json_object_get(picture, "owner"), person,
	    inc__who_email(c->event, "person")) &&
	    !inc__conflicted(picture, (const char *const[]){"postmortem-owner", NULL}))
		return inc__fail(INC_EINVALID, "%s: %s already owns the "
		    "post-mortem", c->id, person);
	return 0;
}

/*
 * A sitrep says, as of its writing, who is on it and whom it reached:
 * backfilled (--at before the newest event), as of its time.
 */
static int
allowed_sitrep(struct inc_change *c, json_t *picture)
{
	static const char *const taken[] = {"state", "roles", "contacted",
	    "tickets"};
	json_t *then = NULL;
	int64_t at, last;
	int rc;

	if (c->tree && inc__time_get(&at, c->event, "at") == 0 &&
	    inc__time_get(&last, picture, "last_event_at") == 0 && at < last) {
		if ((rc = inc__picture_at(&then, c->repo, c->tree, c->id,
		    at)) < 0)
			return rc;
		picture = then;
	}
	for (size_t i = 0; i < sizeof(taken) / sizeof(taken[0]); i++)
		if (json_object_get(picture, taken[i]))
			json_object_set(c->event, taken[i],
			    json_object_get(picture, taken[i]));
	/* and the conflicts that stand, if any */
	if (json_array_size(json_object_get(picture, "conflicts")))
		json_object_set(c->event, "conflicts",
		    json_object_get(picture, "conflicts"));
	json_decref(then);
	return 0;
}

/*
 * The IC's to do (or --force's), or, where comms_may, comms' too: else
 * refused, naming whoever may ("only the incident commander (NAME) or
 * comms (NAME) can WHAT").
 */
static int
allowed_ic_or_comms(struct inc_change *c, json_t *picture, int comms_may,
    const char *what)
{
	json_t *roles = json_object_get(picture, "roles");
	json_t *comms = json_object_get(json_object_get(roles, "comms"),
	    "person");
	const char *ic, *who;

	if (c->repo->name && (is_ic(c, picture) || forced(c)))
		return 0;
	if (c->repo->name && comms_may && inc__person_match(comms,
	    c->repo->name, c->repo->email))
		return 0;
	who = inc__who(json_object_get(roles, "comms"), "person");
	if (!comms_may || !who)
		return denied(c, picture, what);
	ic = inc__who(json_object_get(roles, "ic"), "person");
	return inc__fail(INC_EDENIED, "%s: only the incident commander (%s) or "
	    "comms (%s) can %s; --force overrides and is recorded", c->id,
	    ic ? ic : "nobody", who, what);
}

/*
 * Of the count fields, those the event gives that say what the picture
 * does already (is_same), their indexes into same; how many, when the
 * event gives no other. When it does, they are left out of the event,
 * so that only what changes is recorded and announced, and 0 is
 * returned: the event goes on.
 */
static size_t
unchanged(struct inc_change *c, json_t *picture, const char *const *field,
    size_t count, int (*is_same)(struct inc_change *, json_t *,
    const char *), size_t *same)
{
	size_t n = 0, given = 0;

	for (size_t i = 0; i < count; i++) {
		given += json_object_get(c->event, field[i]) != NULL;
		if (is_same(c, picture, field[i]))
			same[n++] = i;
	}
	if (n == given)
		return n;
	for (size_t i = 0; i < n; i++)
		json_object_del(c->event, field[same[i]]);
	return 0;
}

/* Does the event's field say what the picture's does already, byte for
 * byte? */
static int
same_text(struct inc_change *c, json_t *picture, const char *field)
{
	const char *to = inc__str(c->event, field);
	const char *now = inc__str(picture, field);

	return to && now && !strcmp(to, now);
}

/*
 * The title and summary, and the moment of mitigation, are the IC's; the
 * public title, which customers read, the IC's or comms'. What the
 * incident has already is left out of the event (and a summary out of
 * the commit's body), so that only what changes is recorded and
 * announced; nothing changing is refused, as a state said again is:
 * "the title is already "X"", "the title and summary are already so".
 * Public titles set apart that differ are a conflict (picture.c), as
 * cadences set apart are: the last said shows until one is said again,
 * which is then allowed though it is what the incident has.
 */
static int
allowed_title(struct inc_change *c, json_t *picture)
{
	static const char *const field[] = {"title", "public_title", "summary"};
	static const char *const what[] = {"title", "public title", "summary"};
	int public_only = !json_object_get(c->event, "title") &&
	    !json_object_get(c->event, "summary");
	struct inc_buf said = {0};
	size_t same[3], n;
	int rc;

	if ((rc = allowed_ic_or_comms(c, picture, public_only, public_only ?
	    "change the public title" : "change the title or summary")) < 0)
		return rc;
	/* said again to settle public titles set apart */
	if (public_only && inc__setting_conflicted(picture, "public_title"))
		return 0;
	if (!(n = unchanged(c, picture, field, 3, same_text, same))) {
		if (!json_object_get(c->event, "summary"))
			c->body = NULL; /* the commit's body is the summary */
		return 0;
	}
	if (n == 1) {
		inc__buf_printf(&said, "%s is already \"", what[same[0]]);
		headline(&said, 0, inc__str(c->event, field[same[0]]));
		inc__buf_printf(&said, "\"");
	} else {
		for (size_t i = 0; i < n; i++)
			inc__buf_printf(&said, "%s%s", !i ? "" : i + 1 < n ? ", " :
			    " and ", what[same[i]]);
		inc__buf_printf(&said, " are already so");
	}
	rc = inc__buf_error(&said) < 0 ? INC_ERROR : inc__fail(INC_EINVALID,
	    "%s: the %s", c->id, said.s);
	inc__buf_free(&said);
	return rc;
}

static int
allowed_mitigated(struct inc_change *c, json_t *picture)
{
	if (!c->repo->name || (!is_ic(c, picture) && !forced(c)))
		return denied(c, picture, "mark the impact mitigated");
	if (!strcmp(inc__str_or(picture, "state", ""), "resolved"))
		return inc__fail(INC_EINVALID, "%s: already resolved", c->id);
	return 0;
}

/*
 * A report (note, need, CAN) carries the group of its writer: the one
 * named, else the group whose role the writer holds (an ops group first,
 * then ops, then comms), else none: command is not a group.
 */
static int
allowed_report(struct inc_change *c, json_t *picture)
{
	static const char *const order[] = {"ops:", "ops", "comms"};
	json_t *roles = json_object_get(picture, "roles"), *holder;
	const char *role;

	if (inc__str(c->event, "group") || !c->repo->name)
		return 0;
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++)
		json_object_foreach(roles, role, holder)
			if ((i == 0 ? !strncmp(role, order[i], 4) :
			    !strcmp(role, order[i])) &&
			    inc__person_match(json_object_get(holder, "person"),
			    c->repo->name, c->repo->email))
				return json_object_set_new(c->event, "group",
				    json_string(role)) < 0 ?
				    inc__fail(INC_ERROR, "out of memory") : 0;
	return 0;
}

/*
 * Item n of the picture's list (a need, an action), which must exist and
 * not be flag yet (met, done), as of a time not before it was made (the
 * item's field made_at, by inc__at_before). The event names it by the id
 * of the event that made it too ("of"): numbers follow log order, and a
 * merge may put items made apart before it, so n alone could come to
 * name another.
 */
static int
open_item(struct inc_change *c, json_t *picture, const char *list,
    const char *what, const char *flag, const char *made_at)
{
	json_int_t n = json_integer_value(json_object_get(c->event, "n"));
	json_t *item = json_array_get(json_object_get(picture, list),
	    (size_t)(n - 1));
	json_t *made = json_object_get(item, "event");
	int64_t then;

	if (!item)
		return inc__fail(INC_ENOTFOUND, "%s: no %s %lld", c->id, what,
		    (long long)n);
	if (json_is_true(json_object_get(item, flag)))
		return inc__fail(INC_EINVALID, "%s: %s %lld is already %s",
		    c->id, what, (long long)n, flag);
	if (inc__time_get(&then, item, made_at) == 0 &&
	    inc__at_before(c->event, then))
		return inc__fail(INC_EINVALID, "%s: %s is before %s %lld was "
		    "recorded (%s)", c->id, inc__str(c->event, "at"), what,
		    (long long)n, inc__str(item, made_at));
	if (json_is_string(made) && json_object_set(c->event, "of", made) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	return 0;
}

static int
allowed_need_met(struct inc_change *c, json_t *picture)
{
	return open_item(c, picture, "needs", "need", "met", "asked_at");
}

static int
allowed_done(struct inc_change *c, json_t *picture)
{
	return open_item(c, picture, "actions", "action", "done", "made_at");
}

/* Does the event's interval say what the picture's does already (null:
 * the team's, which the picture says by having none)? */
static int
same_interval(struct inc_change *c, json_t *picture, const char *field)
{
	json_t *to = json_object_get(c->event, field);
	json_t *now = json_object_get(picture, field);

	if (json_is_null(to))
		return !now;
	return json_is_integer(to) && json_is_integer(now) &&
	    json_integer_value(to) == json_integer_value(now);
}

/*
 * The sitreps' cadence is the IC's; the updates', the IC's or comms'. An
 * interval the incident has already is left out of the event, and
 * refused when it is all there is: "sitreps are already every 30m".
 */
static int
allowed_cadence(struct inc_change *c, json_t *picture)
{
	static const char *const field[] = {"sitrep_interval_seconds",
	    "update_interval_seconds"};
	static const char *const what[] = {"sitreps", "customer updates"};
	int sitreps = json_object_get(c->event, field[0]) != NULL;
	struct inc_buf said = {0};
	size_t same[2], n;
	char every[32];
	int rc;

	if ((rc = allowed_ic_or_comms(c, picture, !sitreps, sitreps ?
	    "set its cadence" : "set the customer updates' cadence")) < 0)
		return rc;
	/* said again to settle cadences set apart */
	if (inc__setting_conflicted(picture, field[!sitreps]))
		return 0;
	if (!(n = unchanged(c, picture, field, 2, same_interval, same)))
		return 0;
	for (size_t i = 0; i < n; i++) {
		json_t *to = json_object_get(c->event, field[same[i]]);
		if (json_is_integer(to))
			interval(every, json_integer_value(to));
		inc__buf_printf(&said, "%s%s are already %s%s", i ? "; " : "",
		    what[same[i]], json_is_integer(to) ? "every " :
		    "at the team's interval", json_is_integer(to) ? every : "");
	}
	rc = inc__buf_error(&said) < 0 ? INC_ERROR : inc__fail(INC_EINVALID,
	    "%s: %s", c->id, said.s);
	inc__buf_free(&said);
	return rc;
}

static int
push(char ***v, size_t *n, const char *s)
{
	char **grown = realloc(*v, (*n + 2) * sizeof(**v));

	if (!grown)
		return inc__fail(INC_ERROR, "out of memory");
	*v = grown;
	if (!((*v)[*n] = strdup(s)))
		return inc__fail(INC_ERROR, "out of memory");
	(*v)[++*n] = NULL;
	return 0;
}

/* Every value of the multivar key in git config, as a vector. */
static int
config_values(char ***out, size_t *count, inc_repo *repo, const char *key)
{
	git_config *cfg = NULL;
	git_config_iterator *it = NULL;
	git_config_entry *entry;
	char **v = NULL;
	size_t n = 0;
	int rc;

	if ((rc = git_repository_config_snapshot(&cfg, repo->git)) < 0 ||
	    (rc = git_config_multivar_iterator_new(&it, cfg, key, NULL)) < 0) {
		rc = inc__git_fail(rc, key);
		goto out;
	}
	while ((rc = git_config_next(&entry, it)) == 0)
		if ((rc = push(&v, &n, entry->value)) < 0)
			goto out;
	rc = rc == GIT_ITEROVER ? 0 : inc__git_fail(rc, key);
out:
	git_config_iterator_free(it);
	git_config_free(cfg);
	if (rc < 0) {
		inc__strv_free(v, n);
		return rc;
	}
	*out = v, *count = n;
	return 0;
}

/*
 * Who an update must not blame: everyone who holds a role in the incident
 * and every inc.blame value in git config (vendors, teams, people).
 */
static int
blame_names(char ***out, size_t *count, inc_repo *repo, json_t *picture)
{
	json_t *roles = json_object_get(picture, "roles"), *holder;
	const char *role;
	char **v = NULL, **blame = NULL;
	size_t n = 0, nblame = 0;
	int rc = 0;

	json_object_foreach(roles, role, holder)
		if (inc__who(holder, "person") && (rc = push(&v, &n, inc__who(holder,
		    "person"))) < 0)
			goto out;
	if ((rc = config_values(&blame, &nblame, repo, "inc.blame")) < 0)
		goto out;
	for (size_t i = 0; i < nblame && rc == 0; i++)
		rc = push(&v, &n, blame[i]);
	if (rc == 0 && !v && !(v = calloc(1, sizeof(*v))))
		rc = inc__fail(INC_ERROR, "out of memory");
out:
	inc__strv_free(blame, nblame);
	if (rc < 0) {
		inc__strv_free(v, n);
		return rc;
	}
	*out = v, *count = n;
	return 0;
}

/*
 * The names that are ours, never blamed: every inc.lint.us, and the
 * status page's name (without a closing "Status") and its team's name
 * (inc.pageName, inc.pageTeam), as customers know the service by them.
 */
static int
names_of_ours(char ***out, size_t *count, inc_repo *repo)
{
	static const char *const keys[] = {"inc.pageName", "inc.pageTeam"};
	git_config *cfg = NULL;
	char *name = NULL;
	int rc;

	if ((rc = config_values(out, count, repo, "inc.lint.us")) < 0)
		return rc;
	if ((rc = inc__config_snapshot(&cfg, repo)) < 0)
		goto out;
	for (size_t i = 0; rc == 0 && i < sizeof(keys) / sizeof(*keys); i++) {
		size_t len;
		if ((rc = inc__config_string(&name, cfg, keys[i], "")) < 0)
			break;
		len = strlen(name);
		if (len > 7 && !strcasecmp(name + len - 7, " status"))
			name[len - 7] = '\0';
		if (*name && strcasecmp(name, "status"))
			rc = push(out, count, name);
		free(name);
		name = NULL;
	}
out:
	git_config_free(cfg);
	if (rc < 0) {
		inc__strv_free(*out, *count);
		*out = NULL, *count = 0;
	}
	return rc;
}

/*
 * The window the maintenance events of events leave with event among
 * them, merged as inc-publish merges it (inc__maintenance_window), the
 * start the first event's time when none is given. Refused when it would
 * not end after it begins; a window given no end has none to check.
 */
static int
window_check(const char *id, json_t *events, json_t *event)
{
	int64_t from, until, first;
	char start[32], end[32];
	int rc;

	if ((rc = inc__maintenance_window(events, event, &from, &until,
	    &first)) < 0)
		return rc;
	if (!from)
		from = first;
	if (!until || until > from)
		return 0;
	inc__time_format(start, from);
	inc__time_format(end, until);
	return inc__fail(INC_EINVALID, "%s: the window would end at %s, not "
	    "after its start at %s (give --from and --until together)", id,
	    end, start);
}

/*
 * A maintenance and an incident are apart on the status site: customer
 * updates in a maintenance's log, or maintenance events in an incident's,
 * would not be published, so neither is recorded. The window the event
 * leaves must end after it begins.
 */
static int
allowed_maintenance(struct inc_change *c, json_t *picture)
{
	json_t *events = NULL;
	int rc;

	if (json_integer_value(json_object_get(picture, "updates")) > 0)
		return inc__fail(INC_EINVALID, "%s: has customer updates: a "
		    "maintenance is an incident of its own (inc-open one)",
		    c->id);
	if (json_integer_value(json_object_get(picture, "maintenances")) > 0 &&
	    c->tree && (rc = inc__log_read(NULL, &events, c->repo, c->tree,
	    c->id, 0)) < 0)
		return rc;
	rc = window_check(c->id, events, c->event);
	json_decref(events);
	return rc;
}

/*
 * A customer update passes the rules for such updates (lint.c), with
 * the names of the people in the incident and inc.blame not to blame, the
 * incident's previous update and the modes of inc.lint.*; a resolved
 * incident may name its cause. Its findings go to c->findings and into
 * the event: what refuses it stops it unless --force, advice never does.
 * A next update it promises is kept as next_update_at.
 */
static int
allowed_status(struct inc_change *c, json_t *picture)
{
	struct inc_lint_args args = {0};
	char **names = NULL, **us = NULL, **internal = NULL, *findings = NULL;
	char t[32];
	size_t n = 0, nus = 0, ninternal = 0;
	int found, rc;
	int64_t at;

	if (json_integer_value(json_object_get(picture, "maintenances")) > 0)
		return inc__fail(INC_EINVALID, "%s: a scheduled maintenance: its "
		    "updates are inc-status --maintenance, and a problem during "
		    "it is an incident of its own (inc-open one)", c->id);
	args.resolved = !strcmp(inc__str_or(picture, "state", ""), "resolved") ||
	    !strcmp(inc__str(c->event, "status"), "resolved");
	args.monitoring = !strcmp(inc__str(c->event, "status"), "monitoring");
	args.previous = json_string_value(json_object_get(json_object_get(
	    picture, "update"), "message"));
	if ((rc = inc_lint_modes(&args, c->repo)) < 0 ||
	    (rc = names_of_ours(&us, &nus, c->repo)) < 0)
		return rc;
	if ((rc = config_values(&internal, &ninternal, c->repo,
	    "inc.lint.internalName")) < 0 ||
	    (rc = blame_names(&names, &n, c->repo, picture)) < 0) {
		inc__strv_free(us, nus);
		inc__strv_free(internal, ninternal);
		return rc;
	}
	if (inc__time_get(&at, c->event, "at") == 0)
		args.at = at;
	args.names = (const char *const *)names;
	args.us = (const char *const *)us;
	args.internal = (const char *const *)internal;
	found = inc_lint(&findings, inc__str(c->event, "message"), &args,
	    INC_FORMAT_TEXT);
	inc__strv_free(names, n);
	inc__strv_free(us, nus);
	inc__strv_free(internal, ninternal);
	if (found < 0)
		return found;
	free(c->findings);
	c->findings = NULL;
	json_object_del(c->event, "findings");
	json_object_del(c->event, "next_update_at");
	if (args.next_update_seconds > 0 && !args.resolved &&
	    inc__time_get(&at, c->event, "at") == 0) {
		inc__time_format(t, at + args.next_update_seconds);
		json_object_set_new(c->event, "next_update_at", json_string(t));
	}
	if (!*findings) {
		free(findings);
		return 0;
	}
	c->findings = findings;
	c->refused = found && !forced(c);
	if (c->refused)
		return inc__fail(INC_EINVALID, "%s: refused by %d finding%s: "
		    "nothing recorded (--force records it anyway, findings kept)",
		    c->id, found, found > 1 ? "s" : "");
	json_object_set_new(c->event, "findings", json_string(findings));
	return 0;
}

/* Was the incident of picture p opened with the key of c's open? */
static int
same_key(struct inc_change *c, json_t *p)
{
	return !strcmp(inc__str_or(p, "key", ""), inc__str(c->event, "key")) &&
	    json_is_true(json_object_get(p, "drill")) ==
	    json_is_true(json_object_get(c->event, "drill"));
}

/*
 * Was the active incident of picture p opened with the key, or one
 * closed as its duplicate (the alert's incident, closed as a duplicate
 * of the one a person declared first)?
 */
static int
has_key(struct inc_change *c, json_t *p, git_tree *head)
{
	json_t *ids = json_object_get(p, "duplicates"), *dup;
	int found = same_key(c, p);

	for (size_t i = 0; !found && i < json_array_size(ids); i++) {
		const char *id = json_string_value(json_array_get(ids, i));
		if (!id || !inc__id_valid(id) ||
		    inc__picture(&dup, c->repo, head, id) < 0)
			continue; /* not here, or damaged: named elsewhere */
		found = same_key(c, dup) &&
		    !strcmp(inc__str_or(dup, "duplicate_of", ""),
		    inc__str_or(p, "incident", ""));
		json_decref(dup);
	}
	return found;
}

/*
 * An open with a key (inc-open --key, an alert's): none while an active
 * incident has it, or has a duplicate that has it, a drill's only a
 * drill, checked under the lock so that an alert fired twice at once
 * opens one.
 */
static int
allowed_open(struct inc_change *c, json_t *picture)
{
	inc_incident **list;
	git_tree *head = NULL;
	size_t n;
	int rc;

	(void)picture;
	if (!inc__str(c->event, "key"))
		return 0;
	if ((rc = inc_list(&list, &n, c->repo, INC_ACTIVE, NULL)) < 0)
		return rc;
	if ((rc = inc__head_tree(&head, c->repo)) < 0) {
		inc_list_free(list, n);
		return rc;
	}
	for (size_t i = 0; i < n && !c->open_already; i++)
		if (has_key(c, list[i]->picture, head) &&
		    !(c->open_already = strdup(inc_incident_id(list[i]))))
			rc = inc__fail(INC_ERROR, "out of memory");
	git_tree_free(head);
	inc_list_free(list, n);
	if (rc == 0 && c->open_already)
		rc = inc__fail(INC_EINVALID, "%s: open already",
		    inc__str(c->event, "key"));
	return rc;
}

/* --- step 3: the announcement --- */

static int
announce_open(struct inc_change *c, json_t *picture)
{
	enum inc_state s = INC_STATE_INVESTIGATING;
	const char *ic = inc__who(c->event, "actor"); /* the writer */
	const char *title = inc__str_or(c->event, "title", "");

	(void)picture;
	inc_state_parse(&s, inc__str_or(c->event, "state", ""));
	if (s == INC_STATE_MAJOR)
		return inc__buf_printf(&c->announce, "@all: Major Incident: %s\n"
		    "@all: IC -> %s", title, ic ? ic : "");
	return inc__buf_printf(&c->announce, "@all: Incident %c%s: %s\n"
	    "@all: IC -> %s", toupper((unsigned char)inc_state_name(s)[0]),
	    inc_state_name(s) + 1, title, ic ? ic : "");
}

static int
announce_state(struct inc_change *c, json_t *picture)
{
	const char *to = inc__str_or(c->event, "state", "");

	(void)picture;
	if (inc__str(c->event, "duplicate_of"))
		return inc__buf_printf(&c->announce, "@all: Incident Resolved: "
		    "a duplicate of %s", inc__str(c->event, "duplicate_of"));
	if (!strcmp(to, "major"))
		return inc__buf_printf(&c->announce, "@all: Major Incident");
	return inc__buf_printf(&c->announce, "@all: Incident %c%s",
	    toupper((unsigned char)to[0]), to[0] ? to + 1 : "");
}

static int
announce_duplicate(struct inc_change *c, json_t *picture)
{
	(void)picture;
	return inc__buf_printf(&c->announce, "Duplicate: %s",
	    inc__str_or(c->event, "duplicate", ""));
}

/* "@all: Comms -> Chris", a role handed; "@all: Next IC: Ana", named */
static int
announce_role(struct inc_change *c, json_t *picture)
{
	const char *person = inc__who(c->event, "person");
	int next = !strcmp(c->kind->type, "next");
	char title[64];

	(void)picture;
	return inc__buf_printf(&c->announce, next ? "@all: Next %s: %s" :
	    "@all: %s -> %s", inc__role_title(title, inc__str_or(c->event,
	    "role", "")), person ? person : next ? "nobody named" : "nobody");
}

/* The kind's prefix, and the first line of its field if it has one. */
static int
announce_field(struct inc_change *c, json_t *picture)
{
	(void)picture;
	if (inc__buf_printf(&c->announce, "%s", c->kind->prefix) < 0)
		return INC_ERROR;
	return c->kind->field ? headline(&c->announce, c->whole,
	    inc__str_or(c->event, c->kind->field, "")) : 0;
}

/* By the incident's title: a post-mortem's first line is mostly a heading. */
static int
announce_postmortem(struct inc_change *c, json_t *picture)
{
	if (inc__buf_printf(&c->announce, "@all: Post-mortem published: ") < 0)
		return INC_ERROR;
	return headline(&c->announce, c->whole, c->older ?
	    inc__str_or(c->event, "body", "") : inc__str_or(picture, "title", ""));
}

static int
announce_owner(struct inc_change *c, json_t *picture)
{
	const char *person = inc__who(c->event, "person");

	(void)picture;
	return inc__buf_printf(&c->announce, "@all: Post-mortem owner -> %s",
	    person ? person : "");
}

static int
announce_action(struct inc_change *c, json_t *picture)
{
	const char *owner = inc__who(c->event, "owner");

	return inc__buf_printf(&c->announce, "Action %zu -> %s: %s (due %s)",
	    json_array_size(json_object_get(picture, "actions")) + 1,
	    owner ? owner : "", inc__str_or(c->event, "text", ""),
	    inc__str_or(c->event, "due_on", ""));
}

static int
announce_done(struct inc_change *c, json_t *picture)
{
	json_int_t n = json_integer_value(json_object_get(c->event, "n"));
	json_t *action = json_array_get(json_object_get(picture, "actions"),
	    (size_t)(n - 1));

	return inc__buf_printf(&c->announce, "Action %lld done: %s", (long long)n,
	    inc__str_or(action, "text", ""));
}

static int
announce_status(struct inc_change *c, json_t *picture)
{
	const char *s = inc__str_or(c->event, "status", "");

	(void)picture;
	if (inc__buf_printf(&c->announce, "@all: Customer update (%c%s): ",
	    toupper((unsigned char)s[0]), s[0] ? s + 1 : "") < 0)
		return INC_ERROR;
	return headline(&c->announce, c->whole,
	    inc__str_or(c->event, "message", ""));
}

static int
announce_contact(struct inc_change *c, json_t *picture)
{
	(void)picture;
	return inc__buf_printf(&c->announce, "Customer contacted: %s",
	    inc__str_or(c->event, "customer", ""));
}

static int
announce_tickets(struct inc_change *c, json_t *picture)
{
	(void)picture;
	return inc__buf_printf(&c->announce, "Support tickets: %lld",
	    (long long)json_integer_value(json_object_get(c->event, "count")));
}

static int
announce_cadence(struct inc_change *c, json_t *picture)
{
	static const char *const what[][2] = {
		{"sitrep_interval_seconds", "Sitreps"},
		{"update_interval_seconds", "Customer updates"}};
	char every[32];
	int first = 1;

	(void)picture;
	for (size_t i = 0; i < 2; i++) {
		json_t *v = json_object_get(c->event, what[i][0]);
		if (!v)
			continue;
		if (json_is_integer(v))
			interval(every, json_integer_value(v));
		inc__buf_printf(&c->announce, "%s%s %s%s", first ? "@all: " :
		    "; ", what[i][1], json_is_integer(v) ? "every " :
		    "at the team's interval", json_is_integer(v) ? every : "");
		first = 0;
	}
	return inc__buf_error(&c->announce);
}

static int
announce_maintenance(struct inc_change *c, json_t *picture)
{
	static const char *const words[][2] = {
		{"scheduled", "Scheduled"}, {"in_progress", "In progress"},
		{"verifying", "Verifying"}, {"completed", "Completed"}
	};
	const char *s = inc__str_or(c->event, "status", ""), *word = s;
	json_t *names = json_object_get(c->event, "components"), *name;
	char t[32];
	size_t i;

	(void)picture;
	for (i = 0; i < sizeof(words) / sizeof(*words); i++)
		if (!strcmp(s, words[i][0]))
			word = words[i][1];
	inc__buf_printf(&c->announce, "@all: Maintenance (%s", word);
	/* the window and what it takes down, in UTC as customers read it:
	 * a local time taken for UTC shows at once, in chat too (older
	 * tools said neither) */
	for (i = 0; i < 2 && !c->older; i++) {
		const char *key = i ? "scheduled_until" : "scheduled_for";
		if (!inc__str(c->event, key))
			continue;
		inc__time_show(t, c->event, key, INC__SHOW_UTC);
		inc__buf_printf(&c->announce, ", %s %s", i ? "until" : "from",
		    t);
	}
	json_array_foreach(c->older ? NULL : names, i, name)
		inc__buf_printf(&c->announce, "%s%s", i ? ", " : "; ",
		    json_string_value(name) ? json_string_value(name) : "");
	if (inc__buf_printf(&c->announce, "): ") < 0)
		return INC_ERROR;
	return headline(&c->announce, c->whole,
	    inc__str_or(c->event, "message", ""));
}

static int
announce_title(struct inc_change *c, json_t *picture)
{
	const char *title = inc__str(c->event, "title");
	const char *public_title = inc__str(c->event, "public_title");

	(void)picture;
	if (title)
		return inc__buf_printf(&c->announce, "@all: Title -> %s", title);
	if (public_title)
		return inc__buf_printf(&c->announce, "@all: Public title -> %s",
		    public_title);
	if (inc__buf_printf(&c->announce, "@all: Summary -> ") < 0)
		return INC_ERROR;
	return headline(&c->announce, c->whole,
	    inc__str_or(c->event, "summary", ""));
}

static int
announce_need(struct inc_change *c, json_t *picture)
{
	char title[64];
	const char *group = inc__str(c->event, "group");

	if (inc__buf_printf(&c->announce, "@all: Need %zu%s%s: ",
	    json_array_size(json_object_get(picture, "needs")) + 1,
	    group ? " from " : "", group ? inc__role_title(title, group) :
	    "") < 0)
		return INC_ERROR;
	return headline(&c->announce, c->whole,
	    inc__str_or(c->event, "text", ""));
}

static int
announce_need_met(struct inc_change *c, json_t *picture)
{
	json_int_t n = json_integer_value(json_object_get(c->event, "n"));
	json_t *need = json_array_get(json_object_get(picture, "needs"),
	    (size_t)(n - 1));

	if (inc__buf_printf(&c->announce, "Need %lld met: ", (long long)n) < 0)
		return INC_ERROR;
	return headline(&c->announce, c->whole, inc__str_or(need, "text", ""));
}

static int
announce_can(struct inc_change *c, json_t *picture)
{
	char title[64];
	const char *group = inc__str(c->event, "group");

	(void)picture;
	if (inc__buf_printf(&c->announce, "CAN%s%s: ", group ? " from " : "",
	    group ? inc__role_title(title, group) : "") < 0)
		return INC_ERROR;
	return headline(&c->announce, c->whole,
	    inc__str_or(c->event, "condition", ""));
}

static int
announce_reading(struct inc_change *c, json_t *picture)
{
	(void)picture;
	if (inc__buf_printf(&c->announce, "Reading: %s = ",
	    inc__str_or(c->event, "metric", "")) < 0)
		return INC_ERROR;
	return headline(&c->announce, c->whole,
	    inc__str_or(c->event, "value", ""));
}

static const struct inc__event_kind kinds[] = {
	[OPEN] = {"open", allowed_open, announce_open, NULL, NULL},
	[STATE] = {"state", allowed_state, announce_state, NULL, NULL},
	[HANDOFF] = {"handoff", allowed_handoff, announce_role, NULL, NULL},
	[SITREP] = {"sitrep", allowed_sitrep, announce_field, "@all: Sitrep: ",
	    "broken"},
	[NOTE] = {"note", allowed_report, announce_field, "Note: ", "text"},
	[OWNER] = {"owner", allowed_owner, announce_owner, NULL, NULL},
	[ACTION] = {"action", allowed_action, announce_action, NULL, NULL},
	[DONE] = {"action-done", allowed_done, announce_done, NULL, NULL},
	[STATUS] = {"status", allowed_status, announce_status, NULL, NULL},
	[CONTACT] = {"contact", NULL, announce_contact, NULL, NULL},
	[TICKETS] = {"tickets", NULL, announce_tickets, NULL, NULL},
	[CADENCE] = {"cadence", allowed_cadence, announce_cadence, NULL, NULL},
	/* in the primary's log: another incident was closed as its duplicate
	 * (the other's own "state" event, resolved, says duplicate_of) */
	[DUPLICATE] = {"duplicate", allowed_duplicate, announce_duplicate, NULL, NULL},
	[MAINTENANCE] = {"maintenance", allowed_maintenance, announce_maintenance,
	    NULL, NULL},
	[POSTMORTEM] = {"postmortem", NULL, announce_postmortem, NULL, NULL},
	[TITLE] = {"title", allowed_title, announce_title, NULL, NULL},
	[MITIGATED] = {"mitigated", allowed_mitigated, announce_field,
	    "@all: Impact Mitigated", NULL},
	[NEED] = {"need", allowed_report, announce_need, NULL, NULL},
	[NEED_MET] = {"need-met", allowed_need_met, announce_need_met, NULL, NULL},
	[CAN] = {"can", allowed_report, announce_can, NULL, NULL},
	/* a measurement: no group's report */
	[READING] = {"reading", NULL, announce_reading, NULL, NULL},
	[NEXT] = {"next", allowed_next, announce_role, NULL, NULL},
};

/*
 * The event of c->kind with fields (taken over, and NULL when they could
 * not be made) appended as one commit; c->event is the caller's to free.
 */
static int
record(char **out_announcement, struct inc_change *c, json_t *fields,
    const struct inc_write *how)
{
	int rc;

	if (!fields)
		return inc__fail(INC_ERROR, "out of memory");
	if ((rc = inc__event_new(&c->event, c->repo, c->id, c->kind->type,
	    how)) == 0) {
		if (json_object_update(c->event, fields) < 0)
			rc = inc__fail(INC_ERROR, "out of memory");
		else
			rc = inc__append(out_announcement, c);
	}
	json_decref(fields);
	return rc;
}

/* An event the caller needs nothing more of. */
static int
record_simple(char **out_announcement, inc_repo *repo, const char *id,
    enum kind kind, const char *body, json_t *fields,
    const struct inc_write *how)
{
	struct inc_change c = {.repo = repo, .id = id, .kind = &kinds[kind],
	    .body = body};
	int rc = record(out_announcement, &c, fields, how);

	json_decref(c.event);
	return rc;
}

/* The kind of events of type, NULL for a type the tools never wrote. */
const struct inc__event_kind *
inc__event_kind(const char *type)
{
	for (size_t i = 0; type && i < sizeof(kinds) / sizeof(*kinds); i++)
		if (!strcmp(kinds[i].type, type))
			return &kinds[i];
	return NULL;
}

/*
 * The subject the writers give the commit of event, announced from
 * picture, the incident as its writer saw it; whole, older and raw,
 * as older tools made it (see struct inc_change, inc__commit_subject).
 * 1 when its type is none the tools write, and out is empty.
 */
int
inc__event_subject(struct inc_buf *out, inc_repo *repo, json_t *event,
    json_t *picture, int whole, int older, int raw)
{
	struct inc_change c = {.repo = repo, .id = inc__str(event, "incident"),
	    .event = event, .kind = inc__event_kind(inc__str(event, "type")),
	    .whole = whole, .older = older};
	int rc;

	if (!c.kind || !c.id)
		return 1;
	if ((rc = inc__change_announce(&c, picture)) == 0)
		rc = inc__commit_subject(out, c.id, c.announce.s ?
		    c.announce.s : "", whole, raw);
	inc__buf_free(&c.announce);
	return rc < 0 ? INC_ERROR : 0;
}

/* --- step 1, and the events as the tools ask for them --- */

/*
 * One line a script may pass with blanks around it (a name, a metric):
 * the JSON string without them; NULL when out of memory, which json_pack()
 * then refuses.
 */
static json_t *
trimmed(const char *text)
{
	size_t n;

	while (*text == ' ' || *text == '\t')
		text++;
	for (n = strlen(text); n && (text[n - 1] == ' ' || text[n - 1] == '\t');
	    n--)
		;
	return json_stringn(text, n);
}

/*
 * A person as {"name": NAME, "email": EMAIL}: "me", in any case, is the
 * responder, "Name <email>" is split, anything else is a name (email left
 * out); the name as inc__person_name() trims it: "Bo Chen " must still be
 * Bo Chen.
 */
static int
person_value(json_t **out, inc_repo *repo, const char *what, const char *text)
{
	const char *lt, *gt, *name, *end;
	int rc;

	*out = NULL;
	if (inc__person_is_me(text)) {
		if ((rc = inc__identity(repo)) < 0)
			return rc;
		*out = json_pack("{s:s, s:s}", "name", repo->name, "email",
		    repo->email);
		return *out ? 0 : inc__fail(INC_ERROR, "out of memory");
	}
	if ((rc = inc_person_check(what, text)) < 0)
		return rc;
	/* inc_person_check() refused NULL, out of the analyzer's sight */
	/* NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker) */
	lt = strchr(text, '<'), gt = strrchr(text, '>');
	name = inc__person_name(text, &end);
	if (!lt || !gt)
		*out = json_pack("{s:s%}", "name", name, (size_t)(end - name));
	else
		*out = json_pack("{s:s%, s:s%}", "name", name,
		    (size_t)(end - name), "email", lt + 1, (size_t)(gt - lt - 1));
	return *out ? 0 : inc__fail(INC_ERROR, "out of memory");
}

int
inc_open(char **out_id, char **out_announcement, inc_repo *repo,
    const struct inc_open_args *args, const struct inc_write *how)
{
	struct inc_change c = {.repo = repo, .kind = &kinds[OPEN],
	    .creating = 1, .body = args->summary};
	json_t *fields;
	char *id = NULL, t[32];
	int64_t at;
	int rc;

	*out_id = NULL;
	if ((rc = inc_text_check("title", args->title, INC_TITLE_MAX, INC_ONE_LINE)) < 0 ||
	    (args->summary && (rc = inc_text_check("summary", args->summary,
	    INC_TEXT_MAX, INC_LINES)) < 0) || (args->key &&
	    (rc = inc_text_check("key", args->key, INC_NAME_MAX,
	    INC_ONE_LINE)) < 0))
		return rc;
	if (args->state == INC_STATE_RESOLVED)
		return inc__fail(INC_EINVALID, "resolved: an incident cannot be "
		    "opened resolved");
	if ((rc = inc__id_new(&id, args->title,
	    how->at ? how->at : inc_time_now())) < 0)
		return rc;
	c.id = id;
	at = how->at ? how->at : inc_time_now();
	if ((args->impact_began && args->impact_began > at) ||
	    (args->detected && args->detected > at)) {
		free(id);
		return inc__fail(INC_EINVALID, "%s: after the opening: the impact "
		    "began and was detected before it", args->detected &&
		    args->detected > at ? "detected" : "impact began");
	}
	if (args->impact_began && args->detected &&
	    args->impact_began > args->detected) {
		free(id);
		return inc__fail(INC_EINVALID, "impact began: after it was "
		    "detected");
	}
	fields = json_pack("{s:s, s:s, s:s*}", "title", args->title, "state",
	    inc_state_name(args->state), "summary", args->summary);
	if (fields && args->impact_began) {
		inc__time_format(t, args->impact_began);
		json_object_set_new(fields, "impact_began_at", json_string(t));
	}
	if (fields && args->detected) {
		inc__time_format(t, args->detected);
		json_object_set_new(fields, "detected_at", json_string(t));
	}
	if (fields && args->drill)
		json_object_set_new(fields, "drill", json_true());
	if (fields && args->key)
		json_object_set_new(fields, "key", json_string(args->key));
	if ((rc = record(out_announcement, &c, fields, how)) == 0) {
		*out_id = id, id = NULL;
	} else if (c.open_already) { /* nothing recorded: that one's id */
		*out_id = c.open_already, c.open_already = NULL;
		rc = 1;
	}
	json_decref(c.event);
	free(c.open_already);
	free(id);
	return rc;
}

int
inc_set_state(char **out_announcement, inc_repo *repo, const char *id,
    enum inc_state state, const char *message, const struct inc_write *how)
{
	int rc;

	if (message && (rc = inc_text_check("message", message, INC_TEXT_MAX, INC_LINES)) < 0)
		return rc;
	return record_simple(out_announcement, repo, id, STATE, message,
	    json_pack("{s:s, s:s*}", "state", inc_state_name(state), "message",
	    message), how);
}

/*
 * id closed as a duplicate of primary: a "state" event resolving it with
 * duplicate_of, and a "duplicate" event in the primary's log naming it,
 * recorded together or not at all (a batch).
 */
int
inc_duplicate(char **out_announcement, inc_repo *repo, const char *id,
    const char *primary, const char *message, const struct inc_write *how)
{
	char *second = NULL;
	int rc;

	*out_announcement = NULL;
	if (message && (rc = inc_text_check("message", message, INC_TEXT_MAX,
	    INC_LINES)) < 0)
		return rc;
	if (!strcmp(id, primary))
		return inc__fail(INC_EINVALID, "%s: cannot be a duplicate of "
		    "itself", id);
	if ((rc = inc_batch_begin(repo)) < 0)
		return rc;
	if ((rc = record_simple(out_announcement, repo, id, STATE, message,
	    json_pack("{s:s, s:s, s:s*}", "state", "resolved", "duplicate_of",
	    primary, "message", message), how)) == 0)
		rc = record_simple(&second, repo, primary, DUPLICATE, NULL,
		    json_pack("{s:s}", "duplicate", id), how);
	free(second);
	if (rc < 0) {
		inc_batch_end(repo, INC_BATCH_ABANDON);
		free(*out_announcement);
		*out_announcement = NULL;
		return rc;
	}
	if ((rc = inc_batch_end(repo, INC_BATCH_RECORD)) < 0) {
		free(*out_announcement);
		*out_announcement = NULL;
	}
	return rc;
}

int
inc_handoff(char **out_announcement, inc_repo *repo, const char *id,
    const char *role, const char *person, const char *message,
    const struct inc_write *how)
{
	json_t *who = NULL, *fields;
	char lower[INC_ROLE_MAX + 1];
	int rc;

	if ((rc = inc_role_parse(lower, role)) < 0 || (message &&
	    (rc = inc_text_check("message", message, INC_TEXT_MAX,
	    INC_LINES)) < 0))
		return rc;
	if (!strcmp(person, "-")) {
		if (!strcmp(lower, "ic"))
			return inc__fail(INC_EINVALID, "ic: command cannot be "
			    "released: hand it to someone");
	} else if ((rc = person_value(&who, repo, "person", person)) < 0) {
		return rc;
	}
	/* a person released is null */
	fields = json_pack("{s:s, s:o?, s:s*}", "role", lower, "person", who,
	    "message", message);
	return record_simple(out_announcement, repo, id, HANDOFF, message,
	    fields, how);
}

int
inc_next(char **out_announcement, inc_repo *repo, const char *id,
    const char *role, const char *person, const char *message,
    const struct inc_write *how)
{
	json_t *who = NULL;
	char lower[INC_ROLE_MAX + 1];
	int rc;

	if ((rc = inc_role_parse(lower, role)) < 0 || (message &&
	    (rc = inc_text_check("message", message, INC_TEXT_MAX,
	    INC_LINES)) < 0) || (strcmp(person, "-") &&
	    (rc = person_value(&who, repo, "person", person)) < 0))
		return rc;
	/* nobody named next any more is null */
	return record_simple(out_announcement, repo, id, NEXT, message,
	    json_pack("{s:s, s:o?, s:s*}", "role", lower, "person", who,
	    "message", message), how);
}

int
inc_sitrep(char **out_announcement, char **out_report, inc_repo *repo,
    const char *id, const struct inc_sitrep_args *args,
    enum inc_format format, const struct inc_write *how)
{
	json_t *after = NULL;
	struct inc_change c = {.repo = repo, .id = id, .kind = &kinds[SITREP],
	    .picture = &after, .hooks_later = 1};
	struct inc_buf body = {0};
	char *text = NULL;
	int rc;

	if ((rc = inc_text_check("what is broken", args->broken, INC_TEXT_MAX, INC_LINES)) < 0 || (rc = inc_text_check("how widespread", args->impact,
	    INC_TEXT_MAX, INC_LINES)) < 0 || (rc = inc_text_check("what is being done",
	    args->doing, INC_TEXT_MAX, INC_LINES)) < 0)
		return rc;
	if ((rc = inc__buf_printf(&body, "What is broken: %s\nHow widespread: "
	    "%s\nWhat is being done: %s", args->broken, args->impact,
	    args->doing)) == 0) {
		c.body = body.s;
		rc = record(out_announcement, &c, json_pack("{s:s, s:s, s:s}",
		    "broken", args->broken, "impact", args->impact, "doing",
		    args->doing), how);
	}
	if (rc == 0 && (rc = inc__render_sitrep(out_report, after, c.event,
	    format)) < 0) {
		free(*out_announcement);
		*out_announcement = NULL;
	}
	/* the incident channel gets the sitrep as people read it */
	if (rc == 0 && inc__render_channel(&text, after, c.event) == 0)
		rc = inc__hooks_queue(repo, c.event, *out_announcement, text);
	free(text);
	json_decref(after);
	inc__buf_free(&body);
	json_decref(c.event);
	return rc;
}

int
inc_note(char **out_announcement, inc_repo *repo, const char *id,
    const char *text, const struct inc_write *how)
{
	struct inc_report_args args = {.text = text};

	return inc_report(out_announcement, repo, id, INC_REPORT_NOTE, &args,
	    how);
}

/* A group as a report names it: ic, comms, ops or ops:NAME. */
static int
group_check(char out[INC_ROLE_MAX + 1], const char *group)
{
	return group ? inc_group_parse(out, group) : 0;
}

int
inc_report(char **out_announcement, inc_repo *repo, const char *id,
    enum inc_report kind, const struct inc_report_args *args,
    const struct inc_write *how)
{
	char group[INC_ROLE_MAX + 1];
	json_t *fields;
	int rc;

	if ((rc = group_check(group, args->group)) < 0)
		return rc;
	if (args->group && kind == INC_REPORT_READING)
		return inc__fail(INC_EINVALID, "a reading is a measurement, no "
		    "group's report");
	if (args->backfill && kind != INC_REPORT_NOTE)
		return inc__fail(INC_EINVALID, "only a note may be backfilled");
	if (args->backfill && !how->at)
		return inc__fail(INC_EINVALID, "a backfilled note needs the time "
		    "it happened (--at)");
	if (kind == INC_REPORT_READING) {
		if ((rc = inc_text_check("metric", args->metric, INC_TITLE_MAX,
		    INC_ONE_LINE)) < 0 || (rc = inc_text_check("reading",
		    args->text, INC_TITLE_MAX, INC_ONE_LINE)) < 0)
			return rc;
		fields = json_pack("{s:o, s:o}", "metric", trimmed(args->metric),
		    "value", trimmed(args->text));
	} else if (kind == INC_REPORT_CAN) {
		if ((rc = inc_text_check("condition", args->text, INC_TEXT_MAX,
		    INC_LINES)) < 0 || (args->actions && (rc = inc_text_check(
		    "actions", args->actions, INC_TEXT_MAX, INC_LINES)) < 0) ||
		    (args->needs && (rc = inc_text_check("needs", args->needs,
		    INC_TEXT_MAX, INC_LINES)) < 0))
			return rc;
		fields = json_pack("{s:s, s:s*, s:s*}", "condition", args->text,
		    "actions", args->actions, "needs", args->needs);
	} else {
		if ((rc = inc_text_check(kind == INC_REPORT_NEED ? "need" : "note",
		    args->text, INC_TEXT_MAX, INC_LINES)) < 0)
			return rc;
		fields = json_pack("{s:s}", "text", args->text);
	}
	if (fields && args->group)
		json_object_set_new(fields, "group", json_string(group));
	if (fields && args->backfill)
		json_object_set_new(fields, "backfill", json_true());
	return record_simple(out_announcement, repo, id, kind == INC_REPORT_CAN ?
	    CAN : kind == INC_REPORT_NEED ? NEED : kind == INC_REPORT_READING ?
	    READING : NOTE, args->text, fields, how);
}

int
inc_need_met(char **out_announcement, inc_repo *repo, const char *id,
    long number, const struct inc_write *how)
{
	if (number < 1)
		return inc__fail(INC_EINVALID, "%ld: invalid need number", number);
	return record_simple(out_announcement, repo, id, NEED_MET, NULL,
	    json_pack("{s:I}", "n", (json_int_t)number), how);
}

int
inc_retitle(char **out_announcement, inc_repo *repo, const char *id,
    const struct inc_title_args *args, const struct inc_write *how)
{
	int rc;

	if (!args->title && !args->public_title && !args->summary)
		return inc__fail(INC_EINVALID, "nothing to change: a title, a "
		    "public title or a summary");
	if ((args->title && (rc = inc_text_check("title", args->title,
	    INC_TITLE_MAX, INC_ONE_LINE)) < 0) ||
	    (args->public_title && (rc = inc_text_check("public title",
	    args->public_title, INC_TITLE_MAX, INC_ONE_LINE)) < 0) ||
	    (args->summary && (rc = inc_text_check("summary", args->summary,
	    INC_TEXT_MAX, INC_LINES)) < 0))
		return rc;
	return record_simple(out_announcement, repo, id, TITLE, args->summary,
	    json_pack("{s:s*, s:s*, s:s*}", "title", args->title,
	    "public_title", args->public_title, "summary", args->summary), how);
}

int
inc_mitigated(char **out_announcement, inc_repo *repo, const char *id,
    const char *message, const struct inc_write *how)
{
	int rc;

	if (message && (rc = inc_text_check("message", message, INC_TEXT_MAX,
	    INC_LINES)) < 0)
		return rc;
	return record_simple(out_announcement, repo, id, MITIGATED, message,
	    json_pack("{s:s*}", "message", message), how);
}

int
inc_pm_owner(char **out_announcement, inc_repo *repo, const char *id,
    const char *person, const struct inc_write *how)
{
	json_t *who = NULL;
	int rc;

	if ((rc = person_value(&who, repo, "owner", person)) < 0)
		return rc;
	return record_simple(out_announcement, repo, id, OWNER, NULL,
	    json_pack("{s:o}", "person", who), how);
}

int
inc_pm_action(char **out_announcement, inc_repo *repo, const char *id,
    const char *text, const char *owner, const char *due,
    const struct inc_write *how)
{
	json_t *who = NULL, *fields;
	char today[32];
	int rc;

	if ((rc = inc_text_check("action", text, 1000, INC_ONE_LINE)) < 0 ||
	    (rc = person_value(&who, repo, "action owner", owner)) < 0)
		return rc;
	if ((rc = inc_due_check(due)) < 0) {
		json_decref(who);
		return rc;
	}
	fields = json_pack("{s:s, s:o, s:s}", "text", text, "owner", who,
	    "due_on", due);
	if ((rc = record_simple(out_announcement, repo, id, ACTION, text,
	    fields, how)) < 0)
		return rc;
	/* overdue as inc-postmortem --due counts it: before today (UTC) */
	inc__time_format(today, inc_time_now());
	today[10] = '\0';
	if (strcmp(due, today) < 0)
		inc__warn("%s: the due date is already past (recorded all the "
		    "same)", due);
	return 0;
}

/* The post-mortem customers read, in Markdown; the newest one stands. */
int
inc_pm_publish(char **out_announcement, inc_repo *repo, const char *id,
    const char *markdown, const struct inc_write *how)
{
	int rc;

	if ((rc = inc_text_check("post-mortem", markdown, INC_TEXT_MAX,
	    INC_LINES)) < 0)
		return rc;
	return record_simple(out_announcement, repo, id, POSTMORTEM, markdown,
	    json_pack("{s:s}", "body", markdown), how);
}

int
inc_pm_done(char **out_announcement, inc_repo *repo, const char *id,
    long number, const struct inc_write *how)
{
	if (number < 1)
		return inc__fail(INC_EINVALID, "%ld: invalid action number", number);
	return record_simple(out_announcement, repo, id, DONE, NULL,
	    json_pack("{s:I}", "n", (json_int_t)number), how);
}

/*
 * The components an update names, as the team declared them (case and
 * spaces folded) when it declared any: a name not declared fails with
 * the choices. Each named once. Those given a status (NAME=STATUS, where
 * statuses says they may be) have it in *out_status, by name (NULL when
 * none has one); one given two statuses fails.
 */
static int
status_components(json_t **out, json_t **out_status, inc_repo *repo,
    const char **given, int statuses)
{
	struct inc__component *declared = NULL;
	git_config *cfg = NULL;
	size_t n = 0;
	int rc = 0;

	*out_status = NULL;
	if (!(*out = json_array()) || !(*out_status = json_object()))
		return inc__fail(INC_ERROR, "out of memory");
	for (const char **p = given; rc == 0 && p && *p; p++)
		rc = inc_component_check(*p);
	if (rc == 0 && given && *given &&
	    (rc = inc__config_snapshot(&cfg, repo)) == 0)
		rc = inc__components_read(&declared, &n, cfg);
	for (const char **p = given; rc == 0 && p && *p; p++) {
		const struct inc__component *c;
		const char *name, *status, *had;
		char *part;
		int seen = 0;
		if ((rc = inc__component_given(&part, &status, *p, declared, n,
		    statuses)) < 0)
			break;
		c = inc__component_find(declared, n, part);
		name = c ? c->name : part;
		if (n && !c) {
			rc = inc__component_unknown(part, declared, n);
			free(part);
			break;
		}
		for (size_t i = 0; i < json_array_size(*out) && !seen; i++)
			if (inc__component_same(json_string_value(
			    json_array_get(*out, i)), name))
				seen = 1, name = json_string_value(
				    json_array_get(*out, i));
		if (!seen && json_array_append_new(*out, json_string(name)) < 0)
			rc = inc__fail(INC_ERROR, "out of memory");
		had = inc__str(*out_status, name);
		if (rc == 0 && status && had && strcmp(had, status))
			rc = inc__invalid(*p, "%s is given two statuses (%s "
			    "and %s)", name, had, status);
		else if (rc == 0 && status && json_object_set_new(*out_status,
		    name, json_string(status)) < 0)
			rc = inc__fail(INC_ERROR, "out of memory");
		free(part);
	}
	if (rc == 0 && !json_object_size(*out_status)) {
		json_decref(*out_status);
		*out_status = NULL;
	}
	inc__components_free(declared, n);
	git_config_free(cfg);
	return rc;
}

/*
 * The impact the page gives an update recorded out of the order of
 * times, which the picture cannot say (impact.c): from the log, into
 * picture's page_impact. A log that cannot be read leaves it unsaid.
 */
static int
unordered_impact(json_t *picture, inc_repo *repo, json_t *update)
{
	inc_incident *incident = NULL;
	int impact;

	if (!json_is_true(json_object_get(json_object_get(picture,
	    "page_impact"), "unordered")) || inc_incident_load(&incident, repo,
	    inc__str(update, "incident"), INC_LOAD_EVENTS) < 0)
		return 0;
	impact = inc__impact_of(incident->events, inc__str_or(update, "id",
	    ""));
	inc_incident_free(incident);
	if (impact < -1)
		return impact;
	if (impact >= 0 && json_object_set_new(picture, "page_impact",
	    json_pack("{s:b, s:i}", "unordered", 1, "impact", impact)) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	return 0;
}

int
inc_status(char **out_announcement, char **out_update, char **out_findings,
    inc_repo *repo, const char *id, const struct inc_status_args *args,
    const struct inc_write *how)
{
	json_t *after = NULL, *components = NULL, *statuses = NULL;
	const char *status, *impact = NULL;
	char *text = NULL;
	struct inc_change c = {.repo = repo, .id = id, .kind = &kinds[STATUS],
	    .body = args->message, .picture = &after, .hooks_later = 1};
	int rc;

	*out_update = *out_findings = NULL;
	if ((rc = inc_text_check("update", args->message, INC_TEXT_MAX, INC_LINES)) < 0)
		return rc;
	if ((rc = inc_status_parse(&status, args->status)) < 0 ||
	    (args->impact && (rc = inc_impact_parse(&impact, args->impact)) < 0))
		return rc;
	if ((rc = status_components(&components, &statuses, repo,
	    args->components, 1)) < 0)
		goto out;
	rc = record(out_announcement, &c, json_pack("{s:s, s:s, s:s*, s:O*, "
	    "s:O*}", "message", args->message, "status", status, "impact",
	    impact, "components", json_array_size(components) ?
	    components : NULL, "component_status", statuses), how);
	/* the findings of what was recorded or refused; not of a failure */
	if (rc == 0 || c.refused)
		*out_findings = c.findings;
	else
		free(c.findings);
	if (rc == 0 && ((rc = unordered_impact(after, repo, c.event)) < 0 ||
	    (rc = inc__render_update(out_update, after, c.event)) < 0)) {
		free(*out_announcement);
		*out_announcement = NULL;
	}
	/* the incident channel gets the update as customers read it */
	if (rc == 0 && inc__render_channel(&text, after, c.event) == 0)
		rc = inc__hooks_queue(repo, c.event, *out_announcement, text);
out:
	free(text);
	json_decref(after);
	json_decref(components);
	json_decref(statuses);
	json_decref(c.event);
	return rc;
}

/* scheduled, in_progress (or in-progress), verifying or completed */
int
inc_maintenance_parse(const char **out, const char *text)
{
	static const char *const statuses[] = {
		"scheduled", "in_progress", "verifying", "completed"
	};

	for (size_t i = 0; text && i < 4; i++)
		if (!strcasecmp(text, statuses[i]) ||
		    (i == 1 && !strcasecmp(text, "in-progress"))) {
			*out = statuses[i];
			return 0;
		}
	return inc__invalid(text, "invalid maintenance status (use "
	    "scheduled, in_progress, verifying or completed)");
}

int
inc_maintenance(char **out_announcement, inc_repo *repo, const char *id,
    const struct inc_maintenance_args *args, const struct inc_write *how)
{
	json_t *components = NULL, *statuses = NULL, *fields;
	struct inc_change c = {.repo = repo, .id = id,
	    .kind = &kinds[MAINTENANCE], .body = args->message};
	const char *status = ""; /* set unless refused */
	char from[32], until[32];
	int rc;

	*out_announcement = NULL;
	if ((rc = inc_maintenance_parse(&status, args->status)) < 0)
		return rc;
	if ((rc = inc_text_check("maintenance", args->message, INC_TEXT_MAX,
	    INC_LINES)) < 0)
		return rc;
	if (!strcmp(status, "scheduled") && (!args->from || !args->until))
		return inc__fail(INC_EINVALID, "a scheduled maintenance needs "
		    "--from and --until");
	if (args->from && args->until && args->until <= args->from)
		return inc__fail(INC_EINVALID, "the maintenance ends before it "
		    "begins");
	if ((rc = status_components(&components, &statuses, repo,
	    args->components, 0)) < 0)
		goto out;
	inc__time_format(from, args->from);
	inc__time_format(until, args->until);
	fields = json_pack("{s:s, s:s, s:s*, s:s*, s:O*}", "message",
	    args->message, "status", status, "scheduled_for", args->from ?
	    from : NULL, "scheduled_until", args->until ? until : NULL,
	    "components", json_array_size(components) ? components : NULL);
	rc = record(out_announcement, &c, fields, how);
out:
	json_decref(components);
	json_decref(statuses);
	json_decref(c.event);
	return rc;
}

int
inc_maintenance_check(inc_repo *repo, const char *id,
    const struct inc_maintenance_args *args, const struct inc_write *how)
{
	inc_incident *incident = NULL;
	json_t *event;
	char at[32], from[32], until[32];
	int rc;

	inc__time_format(at, how->at ? how->at : inc_time_now());
	inc__time_format(from, args->from);
	inc__time_format(until, args->until);
	/* the new event's id, unknown yet, after those of its second */
	event = json_pack("{s:s, s:s, s:s, s:s, s:s, s:s*, s:s*}", "type",
	    "maintenance", "id", "~", "at", at, "message", "", "status",
	    "scheduled", "scheduled_for", args->from ? from : NULL,
	    "scheduled_until", args->until ? until : NULL);
	if (!event)
		return inc__fail(INC_ERROR, "out of memory");
	if ((rc = inc_incident_load(&incident, repo, id, INC_LOAD_EVENTS)) == 0)
		rc = window_check(id, incident->events, event);
	inc_incident_free(incident);
	json_decref(event);
	return rc;
}

/*
 * Communications reached out to a top customer, named without the blanks
 * around the name ("Globex " pasted from a list is Globex).
 */
int
inc_status_contact(char **out_announcement, inc_repo *repo, const char *id,
    const char *customer, const struct inc_write *how)
{
	int rc;

	if ((rc = inc_text_check("customer", customer, INC_NAME_MAX, INC_ONE_LINE)) < 0)
		return rc;
	return record_simple(out_announcement, repo, id, CONTACT, NULL,
	    json_pack("{s:o}", "customer", trimmed(customer)), how);
}

/* How many support tickets the incident has raised so far. */
int
inc_status_tickets(char **out_announcement, inc_repo *repo, const char *id,
    long count, const struct inc_write *how)
{
	if (count < 0)
		return inc__fail(INC_EINVALID, "%ld: not a number of tickets", count);
	return record_simple(out_announcement, repo, id, TICKETS, NULL,
	    json_pack("{s:I}", "count", (json_int_t)count), how);
}

/* How often sitreps and customer updates are due in this incident. */
int
inc_cadence(char **out_announcement, inc_repo *repo, const char *id,
    int64_t sitrep_seconds, int64_t update_seconds,
    const struct inc_write *how)
{
	const int64_t v[2] = {sitrep_seconds, update_seconds};
	static const char *const field[2] = {"sitrep_interval_seconds",
	    "update_interval_seconds"};
	json_t *fields = json_object();

	for (size_t i = 0; fields && i < 2; i++) {
		if (v[i] == INC_CADENCE_KEEP)
			continue;
		if (v[i] != INC_CADENCE_TEAM && (v[i] < 60 || v[i] > 7 * 86400)) {
			json_decref(fields);
			return inc__fail(INC_EINVALID, "%lld: not an interval from "
			    "1m to 7d", (long long)v[i]);
		}
		json_object_set_new(fields, field[i], v[i] == INC_CADENCE_TEAM ?
		    json_null() : json_integer((json_int_t)v[i]));
	}
	if (fields && !json_object_size(fields)) {
		json_decref(fields);
		return inc__fail(INC_EINVALID, "%s: no cadence given", id);
	}
	return record_simple(out_announcement, repo, id, CADENCE, NULL, fields,
	    how);
}
