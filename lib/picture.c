/*
 * The incident's picture: what its events add up to, kept as one JSON
 * object so it can be printed with --json and cached as it is. Events are
 * applied in log order (a linear extension of what each had seen: see
 * incident.c); unknown types only count.
 *
 * The decisions that must be one at a time, who is IC, which state and
 * who holds each other role, are kept as multi-value registers:
 * "decisions" holds, for each, the claims no later claim has seen: one,
 * or several made apart, which is a conflict until a decision that has
 * seen them all settles it. A state change made apart from a hand-over
 * of command is one too. The post-mortem's owner is kept so as well.
 */
#define _DEFAULT_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

json_t *
inc__picture_new(const char *id)
{
	return json_pack("{s:s, s:o, s:o, s:i, s:i, s:i, s:i, s:i, s:o, s:o, "
	    "s:o, s:{s:o, s:o}}",
	    "incident", id, "roles", json_object(), "actions", json_array(),
	    "events", 0, "seq", 0, "sitreps", 0, "notes", 0, "updates", 0,
	    "owner", json_null(), "heads", json_array(), "conflicts",
	    json_array(), "decisions", "command", json_array(), "state",
	    json_array());
}

/*
 * A role as announced: IC, Comms, Ops, Ops:database. Roles are written
 * as [a-z0-9:-]; anything else, planted in a log, shows as '?'.
 */
const char *
inc__role_title(char out[64], const char *role)
{
	size_t i;

	if (!strcmp(role, "ic"))
		return "IC";
	for (i = 0; i < 63 && role[i]; i++) {
		out[i] = role[i];
		if (!strchr("abcdefghijklmnopqrstuvwxyz0123456789:-", role[i]))
			out[i] = '?';
	}
	out[i] = '\0';
	if (out[0] >= 'a' && out[0] <= 'z')
		out[0] = (char)(out[0] - 'a' + 'A');
	return out;
}

/* Is the responder name/email the person {"name", "email"}? */
int
inc__person_match(json_t *who, const char *name, const char *email)
{
	const char *person = inc__str(who, "name");
	const char *mail = inc__str(who, "email");
	size_t local;

	if (mail && email && !strcasecmp(mail, email))
		return 1;
	if (!person)
		return 0;
	if ((name && inc__name_equal(person, name)) ||
	    (email && !strcasecmp(person, email)))
		return 1;
	/* "ana" names ana@example.com */
	local = email ? strcspn(email, "@") : 0;
	return local && strlen(person) == local && !strncasecmp(person, email, local);
}

static void
copy(json_t *to, const char *key, json_t *from, const char *from_key)
{
	json_t *v = json_object_get(from, from_key);

	if (v)
		json_object_set(to, key, v);
}

static void
count(json_t *picture, const char *key)
{
	json_object_set_new(picture, key,
	    json_integer(json_integer_value(json_object_get(picture, key)) + 1));
}

/* picture[key] = at, unless it already holds a later time */
static void
latest(json_t *picture, const char *key, json_t *at)
{
	const char *have = json_string_value(json_object_get(picture, key));

	if (!have || strcmp(json_string_value(at), have) >= 0)
		json_object_set(picture, key, at);
}

/*
 * The mitigation that stands: the earliest at or after the newest time
 * the incident was opened again, else the earliest; if it is before that
 * time, the impact came back since (reopened_since_mitigated). By the
 * times, whatever order the events were written in.
 */
static void
mitigation_settle(json_t *picture)
{
	const char *again = inc__str(picture, "reopened_at"), *best = NULL;
	json_t *m;
	size_t i;
	int after = 0;

	json_array_foreach(json_object_get(picture, "mitigations"), i, m) {
		const char *t = json_string_value(m);
		int a = again && t && strcmp(t, again) >= 0;
		if (t && (!best || a > after || (a == after && strcmp(t,
		    best) < 0)))
			best = t, after = a;
	}
	if (best)
		json_object_set_new(picture, "mitigated_at", json_string(best));
	if (best && again && !after)
		json_object_set_new(picture, "reopened_since_mitigated",
		    json_true());
	else
		json_object_del(picture, "reopened_since_mitigated");
}

/* ", then opened again" after the time of a mitigation the impact's
 * return undid, as every output says it; else "" */
const char *
inc__mitigation_undone(json_t *picture)
{
	return json_is_true(json_object_get(picture,
	    "reopened_since_mitigated")) ? ", then opened again" : "";
}

static void
apply_state(json_t *picture, json_t *event, const char *state, json_t *at)
{
	enum inc_state s;
	int64_t was, now;

	if (!state || inc_state_parse(&s, state) < 0)
		return;
	/* resolved again (settling a conflict, or said twice apart): it has
	 * been resolved since the earlier */
	if (s == INC_STATE_RESOLVED && !strcmp(inc__str_or(picture, "state",
	    ""), "resolved") && inc__time_get(&was, picture, "resolved_at") == 0 &&
	    (inc__time_get(&now, event, "at") < 0 || now >= was))
		return;
	/* opened again: when, the newest time, for the mitigation */
	if (s != INC_STATE_RESOLVED && !strcmp(inc__str_or(picture, "state",
	    ""), "resolved") && json_is_string(at) && strcmp(
	    json_string_value(at), inc__str_or(picture, "reopened_at", "")) > 0) {
		json_object_set(picture, "reopened_at", at);
		mitigation_settle(picture);
	}
	json_object_set_new(picture, "state", json_string(inc_state_name(s)));
	json_object_set(picture, "state_changed_at", at);
	if (s >= INC_STATE_CONFIRMED && !json_object_get(picture, "confirmed_at"))
		json_object_set(picture, "confirmed_at", at);
	if (s == INC_STATE_MAJOR && !json_object_get(picture, "major_at"))
		json_object_set(picture, "major_at", at);
	if (s == INC_STATE_RESOLVED)
		json_object_set(picture, "resolved_at", at);
	else
		json_object_del(picture, "resolved_at");
}

/* A person as the vocabulary has one: {"name": ..., "email": ...}. */
static json_t *
person_new(json_t *name, json_t *email)
{
	return json_pack("{s:O?, s:O?}", "name", name, "email", email);
}


/* One side of a decision: the event, when, by whom, and what it says. */
static json_t *
side(json_t *event, const char *key, json_t *value)
{
	json_t *s = json_pack("{s:O?, s:s?, s:O?, s:O?}", "event",
	    json_object_get(event, "id"), "type", inc__str(event, "type"), "at",
	    json_object_get(event, "at"), "actor", json_object_get(event, "actor"));

	if (s && json_object_set_new(s, key, value) < 0) {
		json_decref(s);
		return NULL;
	}
	if (!s)
		json_decref(value);
	return s;
}

/* Has the event being applied seen the event id? NULL seen: it has. */
static int
has_seen_id(const struct inc__seen *seen, const char *id)
{
	return !seen || !id || seen->fn(seen->ctx, id);
}

static int
has_seen(const struct inc__seen *seen, json_t *side_)
{
	return has_seen_id(seen, inc__str(side_, "event"));
}

/*
 * A customer update saying resolved and a state change to one not
 * resolved made apart (Comms' late "resolved" on a clone that had not
 * seen the IC reopen it): "update_apart", so that the incident is open
 * again as if reopened after it (inc__picture_reopened), whichever is
 * later by the clock, until an update is posted having seen both.
 */
static void
update_apart(json_t *picture, json_t *event, const struct inc__seen *seen)
{
	json_t *update = json_object_get(picture, "update"), *s;
	int apart = 0;
	size_t i;

	if (strcmp(inc__str_or(update, "status", ""), "resolved") ||
	    !strcmp(inc__str_or(picture, "state", ""), "resolved"))
		apart = 0;
	else if (event == update) /* the update, after the state changes */
		json_array_foreach(json_object_get(json_object_get(picture,
		    "decisions"), "state"), i, s)
			apart |= !has_seen(seen, s);
	else /* a state change, after the update */
		apart = json_is_true(json_object_get(picture, "update_apart")) ||
		    !has_seen_id(seen, inc__str(update, "id"));
	if (apart)
		json_object_set_new(picture, "update_apart", json_true());
	else
		json_object_del(picture, "update_apart");
}

static int
live(json_t *list, json_t *side_)
{
	size_t i;
	json_t *s;

	json_array_foreach(list, i, s)
		if (json_equal(json_object_get(s, "event"),
		    json_object_get(side_, "event")))
			return 1;
	return 0;
}

/* One person, named alike, the emails the same where both are known? */
static int
same_person(json_t *a, json_t *b)
{
	const char *na = inc__str(a, "name"), *nb = inc__str(b, "name");
	const char *ea = inc__str(a, "email"), *eb = inc__str(b, "email");

	if (!na || !nb)
		return !na && !nb;
	return inc__name_equal(na, nb) && (!ea || !eb || !strcasecmp(ea, eb));
}

/* Do the live decisions say different things (claims made apart that
 * agree are no conflict)? key: "ic" or "person" (a person), "state", or
 * "value" (a setting's). */
static int
differ(json_t *list, const char *key)
{
	for (size_t i = 1; i < json_array_size(list); i++) {
		json_t *a = json_object_get(json_array_get(list, 0), key);
		json_t *b = json_object_get(json_array_get(list, i), key);
		if (strcmp(key, "state") && strcmp(key, "value") ?
		    !same_person(a, b) : !json_equal(a, b))
			return 1;
	}
	return 0;
}

/* The settings set apart that conflict when they differ, each by the
 * field of its event: the public title customers read, and the
 * cadences of customer updates and sitreps. */
static const char *const settings[] = {"public_title",
	"update_interval_seconds", "sitrep_interval_seconds", NULL};

/*
 * The conflicts the registers hold now: IC claims made apart that name
 * different people, state changes made apart that say different states,
 * hand-overs of another role made apart that name different people (or
 * one nobody), post-mortem owners named apart that are different people,
 * a setting set apart to different values,
 * and each state change made apart from a hand-over of command, earlier
 * first (kept while both are live; the new decision adds its own).
 */
static int
conflicts(json_t *picture, json_t *decided, const char *key,
    const struct inc__seen *seen)
{
	json_t *d = json_object_get(picture, "decisions");
	json_t *ic = json_object_get(d, "command");
	json_t *state = json_object_get(d, "state");
	json_t *old = json_object_get(picture, "conflicts"), *c, *all = json_array();
	json_t *list;
	const char *role;
	size_t i;

	if (!all)
		return inc__fail(INC_ERROR, "out of memory");
	if (differ(ic, "ic"))
		json_array_append_new(all, json_pack("{s:s, s:O}", "kind", "ic",
		    "sides", ic));
	if (differ(state, "state"))
		json_array_append_new(all, json_pack("{s:s, s:O}", "kind", "state",
		    "sides", state));
	json_object_foreach(json_object_get(d, "roles"), role, list)
		if (differ(list, "person"))
			json_array_append_new(all, json_pack("{s:s, s:s, s:O}",
			    "kind", "role", "role", role, "sides", list));
	if (differ(json_object_get(d, "postmortem_owner"), "person"))
		json_array_append_new(all, json_pack("{s:s, s:O}", "kind", "postmortem-owner",
		    "sides", json_object_get(d, "postmortem_owner")));
	for (i = 0; settings[i]; i++)
		if (differ(json_object_get(d, settings[i]), "value"))
			json_array_append_new(all, json_pack("{s:s, s:s, s:O}",
			    "kind", "setting", "setting", settings[i], "sides",
			    json_object_get(d, settings[i])));
	json_array_foreach(old, i, c) {
		json_t *sides = json_object_get(c, "sides"), *s;
		size_t k;
		/* a duplicate closed apart, or a need raised apart from the
		 * resolution, stands until the state is set (or it is met) */
		if (!strcmp(inc__str_or(c, "kind", ""), "duplicate") ||
		    !strcmp(inc__str_or(c, "kind", ""), "need")) {
			if (!decided || strcmp(key, "state"))
				json_array_append(all, c);
			continue;
		}
		if (strcmp(inc__str_or(c, "kind", ""), "state-handoff"))
			continue;
		json_array_foreach(sides, k, s)
			if (!live(json_object_get(s, "state") ? state : ic, s))
				break;
		if (k == json_array_size(sides))
			json_array_append(all, c);
	}
	/* a new IC claim or state against the other register's live ones */
	if (decided && (!strcmp(key, "ic") || !strcmp(key, "state"))) {
		json_t *other = json_object_get(d, strcmp(key, "ic") ? "command" :
		    "state");
		json_array_foreach(other, i, c) {
			if (strcmp(inc__str_or(!strcmp(key, "ic") ? decided : c,
			    "type", ""), "handoff") || has_seen(seen, c))
				continue;
			json_array_append_new(all, json_pack("{s:s, s:[O, O]}", "kind",
			    "state-handoff", "sides", c, decided));
		}
	}
	return json_object_set_new(picture, "conflicts", all) < 0 ?
	    inc__fail(INC_ERROR, "out of memory") : 0;
}

/*
 * A decision (key "ic", "state", "postmortem_owner", a setting's field,
 * or "role" for a hand-over of another role, named by role) into its
 * register: the claims the event has seen
 * are superseded, those it has not stay beside it.
 */
static int
decide(json_t *picture, const char *key, const char *role, json_t *decided,
    const struct inc__seen *seen)
{
	json_t *d = json_object_get(picture, "decisions"), *list, *kept, *s;
	const char *name = !strcmp(key, "ic") ? "command" : key;
	size_t i;
	int rc;

	if (!decided)
		return inc__fail(INC_ERROR, "out of memory");
	if (!json_is_object(d)) {
		json_object_set_new(picture, "decisions", d = json_object());
		if (!d) {
			json_decref(decided);
			return inc__fail(INC_ERROR, "out of memory");
		}
	}
	/* the register of IC claims is "command": "ic" is a person; those of
	 * the other roles are "roles", by role */
	if (!strcmp(key, "role")) {
		name = role;
		if (!json_is_object(json_object_get(d, "roles")))
			json_object_set_new(d, "roles", json_object());
		d = json_object_get(d, "roles");
		if (!json_is_object(d)) {
			json_decref(decided);
			return inc__fail(INC_ERROR, "out of memory");
		}
	}
	list = json_object_get(d, name);
	if (!(kept = json_array())) {
		json_decref(decided);
		return inc__fail(INC_ERROR, "out of memory");
	}
	json_array_foreach(list, i, s)
		if (!has_seen(seen, s))
			json_array_append(kept, s);
	json_array_append(kept, decided);
	json_object_set_new(d, name, kept);
	rc = conflicts(picture, decided, key, seen);
	json_decref(decided);
	return rc;
}

/* The event's field, when it has it, a decision on that setting. */
static int
decide_setting(json_t *picture, json_t *event, const char *field,
    const struct inc__seen *seen)
{
	json_t *v = json_object_get(event, field);

	return v ? decide(picture, field, NULL, side(event, "value",
	    json_incref(v)), seen) : 0;
}

/* Is the responder the incident commander, or one of those who claimed
 * command apart (until a hand-over settles it)? */
int
inc__is_commander(json_t *picture, const char *name, const char *email)
{
	return inc__is_holder(picture, "ic", name, email);
}

/* "[drill] " before a drill's title (inc-open --drill), else "" */
const char *
inc__drill_mark(json_t *picture)
{
	return json_is_true(json_object_get(picture, "drill")) ? "[drill] " : "";
}

/* Does a conflict of one of the kinds (NULL-terminated) stand? */
int
inc__conflicted(json_t *picture, const char *const *kinds)
{
	json_t *c;
	size_t i;

	json_array_foreach(json_object_get(picture, "conflicts"), i, c)
		for (const char *const *k = kinds; *k; k++)
			if (!strcmp(inc__str_or(c, "kind", ""), *k))
				return 1;
	return 0;
}

/* Does a conflict over a setting (its field: "public_title", ...) stand? */
int
inc__setting_conflicted(json_t *picture, const char *field)
{
	json_t *c;
	size_t i;

	json_array_foreach(json_object_get(picture, "conflicts"), i, c)
		if (!strcmp(inc__str_or(c, "kind", ""), "setting") &&
		    !strcmp(inc__str_or(c, "setting", ""), field))
			return 1;
	return 0;
}

/* Does a conflict over role stand: IC claims, or a state change made
 * apart from a hand-over of command, for ic; hand-overs made apart for
 * another role? */
int
inc__role_conflicted(json_t *picture, const char *role)
{
	json_t *c;
	size_t i;

	if (!strcmp(role, "ic"))
		return inc__conflicted(picture, (const char *const[]){"ic",
		    "state-handoff", NULL});
	json_array_foreach(json_object_get(picture, "conflicts"), i, c)
		if (!strcmp(inc__str_or(c, "kind", ""), "role") &&
		    !strcmp(inc__str_or(c, "role", ""), role))
			return 1;
	return 0;
}

/* Does the responder hold role, or is it one of those the role was
 * handed to apart (until a hand-over settles it)? The register of IC
 * claims is "command", each naming "ic"; another role's, under "roles",
 * each naming "person". */
int
inc__is_holder(json_t *picture, const char *role, const char *name,
    const char *email)
{
	int ic = !strcmp(role, "ic");
	json_t *d = json_object_get(picture, "decisions");
	json_t *list = ic ? json_object_get(d, "command") :
	    json_object_get(json_object_get(d, "roles"), role);
	json_t *s;
	size_t i;

	if (inc__person_match(json_object_get(json_object_get(json_object_get(
	    picture, "roles"), role), "person"), name, email))
		return 1;
	if (json_array_size(list) < 2)
		return 0;
	json_array_foreach(list, i, s)
		if (inc__person_match(json_object_get(s, ic ? "ic" : "person"),
		    name, email))
			return 1;
	return 0;
}

/*
 * A group's report (note, need, CAN): picture.groups[group] keeps the
 * last one's time and who wrote it, for "which group has been silent".
 */
static void
report(json_t *picture, json_t *event, json_t *at)
{
	const char *group = inc__str(event, "group");
	json_t *groups = json_object_get(picture, "groups"), *g;

	if (!group || !json_is_string(at))
		return;
	if (!groups)
		json_object_set_new(picture, "groups", groups = json_object());
	g = json_object_get(groups, group);
	if (g && strcmp(json_string_value(at), inc__str_or(g, "last_report_at",
	    "")) < 0)
		return;
	json_object_set_new(groups, group, json_pack("{s:O, s:O?}",
	    "last_report_at", at, "by", json_object_get(event, "actor")));
}

/*
 * The item of the picture's list (needs, actions) that a need-met or
 * action-done event closes: the one made by the event it names in "of",
 * else (written before "of" was) the one numbered "n"; NULL if none.
 * "of" is what its writer saw, which "n" no longer is once items made
 * apart in other clones are merged before it.
 */
json_t *
inc__picture_item(json_t *picture, const char *list, json_t *event)
{
	json_t *items = json_object_get(picture, list), *item;
	json_t *of = json_object_get(event, "of");
	json_int_t n;
	size_t i;

	if (of) { /* naming no item of this list, it closes none */
		if (json_is_string(of))
			json_array_foreach(items, i, item)
				if (json_equal(json_object_get(item, "event"), of))
					return item;
		return NULL;
	}
	n = json_integer_value(json_object_get(event, "n"));
	return n >= 1 ? json_array_get(items, (size_t)(n - 1)) : NULL;
}

/*
 * The latest reading of each health metric (its name compared without
 * case), with the one before it, so that a trend shows: "5xx rate 2%
 * (was 30%)".
 */
static void
reading(json_t *picture, json_t *event, json_t *at)
{
	const char *metric = inc__str(event, "metric");
	json_t *list = json_object_get(picture, "readings"), *r;
	size_t i;

	if (!metric || !inc__str(event, "value") || !json_is_string(at))
		return;
	if (!list)
		json_object_set_new(picture, "readings", list = json_array());
	for (i = 0; i < json_array_size(list); i++)
		if (!strcasecmp(inc__str_or(json_array_get(list, i), "metric", ""),
		    metric))
			break;
	if ((r = json_array_get(list, i))) {
		json_object_set(r, "previous_value", json_object_get(r, "value"));
		json_object_set(r, "previous_at", json_object_get(r, "at"));
	} else {
		json_array_append_new(list, r = json_object());
	}
	json_object_set(r, "metric", json_object_get(event, "metric"));
	json_object_set(r, "value", json_object_get(event, "value"));
	json_object_set(r, "at", at);
	if (json_object_get(event, "actor"))
		json_object_set(r, "by", json_object_get(event, "actor"));
}

/* Nobody named next for role any more (and no "next" when nobody is). */
static void
next_del(json_t *picture, const char *role)
{
	json_t *list = json_object_get(picture, "next");

	json_object_del(list, role);
	if (list && !json_object_size(list))
		json_object_del(picture, "next");
}

/* Who takes each role next, until they take it or nobody is named. */
static int
next(json_t *picture, json_t *event, json_t *at)
{
	const char *role = inc__str(event, "role");
	json_t *list = json_object_get(picture, "next");
	json_t *person = json_object_get(event, "person");

	if (!role)
		return 0;
	if (!json_is_string(json_object_get(person, "name"))) {
		next_del(picture, role);
		return 0;
	}
	if (!list)
		json_object_set_new(picture, "next", list = json_object());
	return json_object_set_new(list, role, json_pack("{s:O, s:O}", "person",
	    person, "named_at", at)) < 0 ? inc__fail(INC_ERROR,
	    "out of memory") : 0;
}

/*
 * A need raised apart from the resolution (an ops lead, not synced
 * since, finds the fix incomplete): a conflict of kind "need", which
 * keeps the incident active, until the need is met or the state is set
 * having seen it. resolving: the state decision's side.
 */
static int
need_apart(json_t *picture, json_t *need, json_t *resolving)
{
	json_t *c = json_pack("{s:s, s:O?, s:O?, s:[O, {s:O?, s:s, s:O?, s:O?}]}",
	    "kind", "need", "n", json_object_get(need, "n"), "text",
	    json_object_get(need, "text"), "sides", resolving, "event",
	    json_object_get(need, "event"), "type", "need", "at",
	    json_object_get(need, "asked_at"), "actor", json_object_get(need,
	    "by"));

	if (!c || json_array_append_new(json_object_get(picture, "conflicts"),
	    c) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	return 0;
}

/*
 * Resolved: each need still open that the resolution had not seen, or
 * (the event a need) that had not seen the resolution, is a conflict.
 */
static int
needs_apart(json_t *picture, json_t *event, const struct inc__seen *seen)
{
	json_t *resolving = NULL, *need, *s;
	int is_state = !strcmp(inc__str_or(event, "type", ""), "state");
	size_t i;
	int rc = 0;

	if (strcmp(inc__str_or(picture, "state", ""), "resolved"))
		return 0;
	json_array_foreach(json_object_get(json_object_get(picture,
	    "decisions"), "state"), i, s)
		if (!strcmp(inc__str_or(s, "state", ""), "resolved"))
			resolving = s;
	if (!resolving)
		return 0;
	json_array_foreach(json_object_get(picture, "needs"), i, need) {
		if (json_is_true(json_object_get(need, "met")))
			continue;
		if (is_state ? has_seen_id(seen, inc__str(need, "event")) :
		    !json_equal(json_object_get(need, "event"),
		    json_object_get(event, "id")) || has_seen(seen, resolving))
			continue;
		if ((rc = need_apart(picture, need, resolving)) < 0)
			break;
	}
	return rc;
}

/* A need met settles the conflict it made. */
static void
need_settled(json_t *picture, json_t *need)
{
	json_t *list = json_object_get(picture, "conflicts");

	for (size_t i = 0; i < json_array_size(list); i++) {
		json_t *c = json_array_get(list, i);
		if (!strcmp(inc__str_or(c, "kind", ""), "need") &&
		    json_equal(json_object_get(c, "n"), json_object_get(need,
		    "n")))
			json_array_remove(list, i--);
	}
}

/*
 * Two incidents closed apart, each as a duplicate of the other: a cycle
 * neither closer saw (inc-state refuses one in a clone). Both logs hold
 * both closures, ours as a "state" event with duplicate_of and theirs as
 * a "duplicate" event, so each incident settles it alike: the closure
 * made first stands, as if they had been made one after the other, and
 * the later one does not, which leaves its incident open with a conflict
 * of kind "duplicate" until its state is set again. Nothing closes both.
 * A longer cycle is settled alike, from the pictures of all its
 * incidents: see inc__picture_cycle.
 *
 * Was the closure a, of incident ida, made before b, of idb? The earlier
 * time; at the same time, that of the incident whose id sorts first.
 */
static int
closed_before(json_t *a, const char *ida, json_t *b, const char *idb)
{
	const char *ta = inc__str_or(a, "at", ""), *tb = inc__str_or(b, "at", "");
	int64_t x, y;

	if (inc__time_get(&x, a, "at") == 0 && inc__time_get(&y, b, "at") == 0 &&
	    x != y)
		return x < y;
	if (strcmp(ta, tb))
		return strcmp(ta, tb) < 0;
	return strcmp(ida, idb) < 0;
}

/* Closure a (the event, or ours as "duplicate_closure" keeps it) before b? */
static int
closed_first(json_t *picture, json_t *a, json_t *b)
{
	const char *me = inc__str_or(picture, "incident", "");

	return closed_before(a, inc__str(a, "duplicate") ? inc__str(a,
	    "duplicate") : me, b, inc__str(b, "duplicate") ? inc__str(b,
	    "duplicate") : me);
}

/* What closing it as a duplicate changes, kept to undo it: see reopen. */
static const char *const closure_keys[] = {"state", "state_changed_at",
    "resolved_at", "confirmed_at", "major_at", NULL};

static json_t *
closure(json_t *picture, json_t *event)
{
	json_t *c = side(event, "state", json_string("resolved")), *was;

	if (!c || !(was = json_object()) ||
	    json_object_set_new(c, "was", was) < 0)
		return json_decref(c), NULL;
	for (const char *const *k = closure_keys; *k; k++)
		json_object_set(was, *k, json_object_get(picture, *k) ?
		    json_object_get(picture, *k) : json_null());
	return c;
}

/*
 * The conflict the later closure (the state event, or ours) of this
 * incident as a duplicate of of leaves; theirs, a side of a "duplicate"
 * event, closed its incident as a duplicate of this one (of itself, in a
 * cycle of two).
 */
static int
cycle(json_t *picture, const char *of, json_t *theirs, json_t *later)
{
	json_t *c = json_pack("{s:s, s:s?, s:[O, O]}", "kind", "duplicate",
	    "of", of, "sides", theirs, later);

	if (!c || json_array_append_new(json_object_get(picture, "conflicts"),
	    c) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	return 0;
}

/* Ours was the later closure: it is undone, and says so (see cycle). */
static int
reopen(json_t *picture, json_t *mine, json_t *theirs)
{
	json_t *was = json_object_get(mine, "was"), *v;
	json_t *of = json_incref(json_object_get(picture, "duplicate_of"));
	int rc;

	for (const char *const *k = closure_keys; *k; k++)
		if (!(v = json_object_get(was, *k)) || json_is_null(v))
			json_object_del(picture, *k);
		else
			json_object_set(picture, *k, v);
	json_incref(mine);
	json_object_del(picture, "duplicate_closure");
	json_object_del(picture, "duplicate_of");
	json_object_del(mine, "was");
	rc = cycle(picture, json_string_value(of), theirs, mine);
	json_decref(mine);
	json_decref(of);
	return rc;
}

/* Theirs was the later closure: it is no duplicate of ours. */
static void
drop_duplicate(json_t *picture, const char *id)
{
	json_t *list = json_object_get(picture, "duplicates");

	json_object_del(json_object_get(picture, "duplicated_by"), id);
	for (size_t i = 0; i < json_array_size(list); i++)
		if (!strcmp(json_string_value(json_array_get(list, i)), id))
			json_array_remove(list, i--);
}

/*
 * A cycle of three or more closed apart (A as a duplicate of B on one
 * clone, B of C on another, C of A on a third) is in no one log, as one
 * of two is (see closed_first): each log holds its own closure and the
 * one made as a duplicate of it. So it is settled from the pictures of
 * the others (members: the one this incident was closed as a duplicate
 * of, the one that was closed as a duplicate of, and so on, to the last,
 * which was closed as a duplicate of this one), each time the picture
 * is read (see inc__picture_cycle), and never cached with it. As for
 * two, the closure made last does not stand, which leaves its incident
 * open with the conflict of kind "duplicate" until its state is set
 * again, and the incident before it in the cycle is no duplicate of it.
 */
int
inc__picture_cycle_settle(json_t *picture, json_t *members)
{
	json_t *p = json_array_get(members, json_array_size(members) - 1);
	json_t *last = picture, *m, *theirs;
	const char *id = inc__str_or(p, "incident", "");
	size_t i;

	/* whose closure came last? */
	json_array_foreach(members, i, m)
		if (closed_before(json_object_get(last, "duplicate_closure"),
		    inc__str_or(last, "incident", ""), json_object_get(m,
		    "duplicate_closure"), inc__str_or(m, "incident", "")))
			last = m;
	theirs = json_object_get(json_object_get(picture, "duplicated_by"), id);
	if (last == picture && theirs)
		return reopen(picture, json_object_get(picture,
		    "duplicate_closure"), theirs);
	if (last == p)
		drop_duplicate(picture, id);
	return 0;
}

/*
 * Not resolved, or resolved with a conflict over the incident standing;
 * post-mortem owners named apart leave it resolved: the post-mortem
 * comes after it.
 */
int
inc__picture_active(json_t *picture)
{
	json_t *c;
	size_t i;

	if (!inc__str(picture, "resolved_at"))
		return 1;
	json_array_foreach(json_object_get(picture, "conflicts"), i, c)
		if (strcmp(inc__str_or(c, "kind", ""), "postmortem-owner") &&
		    strcmp(inc__str_or(c, "kind", ""), "setting"))
			return 1;
	return 0;
}

/*
 * Was the incident's state changed, after customers were told at told
 * that it is resolved, to one not resolved, or apart from telling them
 * (see update_apart): opened again? Never while it is resolved.
 */
int
inc__picture_reopened(json_t *picture, int64_t told)
{
	int64_t changed;

	return strcmp(inc__str_or(picture, "state", ""), "resolved") &&
	    ((inc__time_get(&changed, picture, "state_changed_at") == 0 &&
	    changed > told) || json_is_true(json_object_get(picture,
	    "update_apart")));
}

int
inc__picture_apply(json_t *picture, json_t *event)
{
	return inc__picture_fold(picture, event, NULL);
}

int
inc__picture_fold(json_t *picture, json_t *event,
    const struct inc__seen *seen)
{
	const char *type = json_string_value(json_object_get(event, "type"));
	json_t *at = json_object_get(event, "at");
	json_t *actor = json_object_get(event, "actor");
	json_int_t seq = json_integer_value(json_object_get(event, "seq"));
	json_t *roles = json_object_get(picture, "roles");

	count(picture, "events");
	if (seq > json_integer_value(json_object_get(picture, "seq")))
		json_object_set_new(picture, "seq", json_integer(seq));
	latest(picture, "last_event_at", at);
	if (!seen) { /* it has seen every event before it */
		json_t *heads = json_array(), *id = json_object_get(event, "id");
		if (!heads || (id && json_array_append(heads, id) < 0) ||
		    json_object_set_new(picture, "heads", heads) < 0)
			return inc__fail(INC_ERROR, "out of memory");
	}
	/* what inc-check reads instead of the events: see checkfold.c */
	if (inc__checkfold(picture, event, seen) < 0)
		return INC_ERROR;
	if (!type)
		return 0;
	if (!strcmp(type, "open") && !json_object_get(picture, "opened_at")) {
		copy(picture, "title", event, "title");
		copy(picture, "summary", event, "summary");
		copy(picture, "impact_began_at", event, "impact_began_at");
		copy(picture, "detected_at", event, "detected_at");
		if (json_is_true(json_object_get(event, "drill")))
			json_object_set_new(picture, "drill", json_true());
		copy(picture, "key", event, "key");
		json_object_set(picture, "opened_at", at);
		json_object_set(picture, "opened_by", actor);
		json_object_set_new(roles, "ic", json_pack("{s:O, s:O}",
		    "person", actor, "since_at", at));
		apply_state(picture, event,
		    json_string_value(json_object_get(event, "state")), at);
		if (!json_object_get(picture, "state"))
			apply_state(picture, event, "investigating", at);
		if (decide(picture, "ic", NULL, side(event, "ic", person_new(
		    json_object_get(actor, "name"), json_object_get(actor,
		    "email"))), seen) < 0 ||
		    decide(picture, "state", NULL, side(event, "state",
		    json_string(inc__str(picture, "state"))), seen) < 0)
			return INC_ERROR;
	} else if (!strcmp(type, "state")) {
		enum inc_state s;
		const char *of;
		json_t *theirs;
		if (!inc__str(event, "state") ||
		    inc_state_parse(&s, inc__str(event, "state")) < 0)
			return 0;
		of = s == INC_STATE_RESOLVED ? inc__str(event, "duplicate_of") :
		    NULL;
		theirs = of ? json_object_get(json_object_get(picture,
		    "duplicated_by"), of) : NULL;
		/* closed apart as a duplicate of one closed first as ours */
		if (theirs && has_seen(seen, theirs))
			theirs = NULL;	/* made after it: no cycle */
		if (theirs && !closed_first(picture, event, theirs)) {
			json_t *mine = side(event, "state", json_string(
			    "resolved"));
			int rc = mine ? cycle(picture, of, theirs, mine) :
			    inc__fail(INC_ERROR, "out of memory");
			json_decref(mine);
			return rc;
		}
		if (of && json_object_set_new(picture, "duplicate_closure",
		    closure(picture, event)) < 0)
			return inc__fail(INC_ERROR, "out of memory");
		apply_state(picture, event, inc_state_name(s), at);
		/* closed as a duplicate of another, or opened again */
		if (of) {
			copy(picture, "duplicate_of", event, "duplicate_of");
			if (theirs)
				drop_duplicate(picture, of);
		} else {
			json_object_del(picture, "duplicate_of");
			json_object_del(picture, "duplicate_closure");
		}
		if (decide(picture, "state", NULL, side(event, "state",
		    json_string(inc_state_name(s))), seen) < 0)
			return INC_ERROR;
		update_apart(picture, event, seen);
		if (s == INC_STATE_RESOLVED && needs_apart(picture, event,
		    seen) < 0)
			return INC_ERROR;
	} else if (!strcmp(type, "handoff")) {
		const char *role = json_string_value(json_object_get(event, "role"));
		json_t *person = json_object_get(event, "person");
		if (!role)
			return 0;
		if (decide(picture, strcmp(role, "ic") ? "role" : "ic", role,
		    side(event, strcmp(role, "ic") ? "person" : "ic",
		    json_is_string(json_object_get(person, "name")) ?
		    json_incref(person) : json_null()), seen) < 0)
			return INC_ERROR;
		if (!json_is_string(json_object_get(person, "name")))
			json_object_del(roles, role);
		else if (json_object_set_new(roles, role, json_pack("{s:O, s:O}",
		    "person", person, "since_at", at)) < 0)
			return inc__fail(INC_ERROR, "out of memory");
		else if (inc__person_match(json_object_get(json_object_get(
		    json_object_get(picture, "next"), role), "person"),
		    inc__str(person, "name"), inc__str(person, "email")))
			next_del(picture, role);
	} else if (!strcmp(type, "next")) {
		if (next(picture, event, at) < 0)
			return INC_ERROR;
	} else if (!strcmp(type, "reading")) {
		reading(picture, event, at);
	} else if (!strcmp(type, "sitrep")) {
		const char *last = json_string_value(json_object_get(picture,
		    "last_sitrep_at"));
		count(picture, "sitreps");
		if (!last || strcmp(json_string_value(at), last) >= 0)
			json_object_set(picture, "sitrep", event);
		latest(picture, "last_sitrep_at", at);
	} else if (!strcmp(type, "status")) {
		const char *last = json_string_value(json_object_get(picture,
		    "last_update_at"));
		count(picture, "updates");
		if (inc__impacts_fold(picture, event) < 0)
			return INC_ERROR;
		if (!last || strcmp(json_string_value(at), last) >= 0) {
			json_object_set(picture, "update", event);
			update_apart(picture, event, seen);
			/* the newest impact given, as the status page keeps it */
			if (json_is_string(json_object_get(event, "impact")))
				json_object_set(picture, "impact",
				    json_object_get(event, "impact"));
		}
		latest(picture, "last_update_at", at);
	} else if (!strcmp(type, "maintenance")) {
		const char *last = json_string_value(json_object_get(picture,
		    "last_maintenance_at"));
		count(picture, "maintenances"); /* published, as updates are */
		/* the newest notice's status: scheduled, in_progress, ... */
		if (json_is_string(json_object_get(event, "status")) &&
		    (!last || strcmp(json_string_value(at), last) >= 0)) {
			json_object_set(picture, "maintenance_status",
			    json_object_get(event, "status"));
			json_object_set(picture, "last_maintenance_at", at);
			/* scheduled (again): its work has not begun */
			if (!strcmp(inc__str(event, "status"), "scheduled"))
				json_object_del(picture, "maintenance_began_at");
		}
		/* its work began with its first notice not "scheduled" */
		if (json_is_string(json_object_get(event, "status")) &&
		    strcmp(inc__str(event, "status"), "scheduled")) {
			const char *began = json_string_value(json_object_get(
			    picture, "maintenance_began_at"));
			if (!began || strcmp(json_string_value(at), began) < 0)
				json_object_set(picture, "maintenance_began_at",
				    at);
		}
	} else if (!strcmp(type, "note")) {
		count(picture, "notes");
		report(picture, event, at);
	} else if (!strcmp(type, "duplicate")) {
		json_t *list = json_object_get(picture, "duplicates"), *dup =
		    json_object_get(event, "duplicate"), *by;
		json_t *mine = json_object_get(picture, "duplicate_closure");
		size_t i;
		if (!json_is_string(dup))
			return 0;
		/* it was closed apart as a duplicate of the one closed as
		 * ours: the one closed first stands */
		if (mine && !has_seen(seen, mine) && !strcmp(inc__str_or(picture,
		    "duplicate_of", ""), json_string_value(dup))) {
			json_t *theirs;
			int rc;
			if (!closed_first(picture, event, mine))
				return 0;
			if (!(theirs = side(event, "duplicate", json_incref(dup))))
				return inc__fail(INC_ERROR, "out of memory");
			rc = reopen(picture, mine, theirs);
			json_decref(theirs);
			if (rc < 0)
				return INC_ERROR;
		}
		if (!(by = json_object_get(picture, "duplicated_by")))
			json_object_set_new(picture, "duplicated_by",
			    by = json_object());
		if (json_object_set_new(by, json_string_value(dup), side(event,
		    "duplicate", json_incref(dup))) < 0)
			return inc__fail(INC_ERROR, "out of memory");
		if (!list)
			json_object_set_new(picture, "duplicates", list = json_array());
		for (i = 0; i < json_array_size(list); i++)
			if (json_equal(json_array_get(list, i), dup))
				break;
		if (i == json_array_size(list))
			json_array_append(list, dup);
	} else if (!strcmp(type, "title")) {
		copy(picture, "title", event, "title");
		copy(picture, "public_title", event, "public_title");
		copy(picture, "summary", event, "summary");
		if (decide_setting(picture, event, "public_title", seen) < 0)
			return INC_ERROR;
	} else if (!strcmp(type, "mitigated")) {
		json_t *all = json_object_get(picture, "mitigations");
		if (!all)
			json_object_set_new(picture, "mitigations",
			    all = json_array());
		if (json_is_string(at))
			json_array_append(all, at);
		mitigation_settle(picture);
	} else if (!strcmp(type, "need") || !strcmp(type, "can")) {
		const char *text = inc__str(event, !strcmp(type, "need") ?
		    "text" : "needs");
		json_t *needs = json_object_get(picture, "needs");
		report(picture, event, at);
		if (!text || !strcasecmp(text, "none") || !strcmp(text, "-") ||
		    !strcasecmp(text, "n/a") || !strcasecmp(text, "nothing"))
			return 0; /* a CAN report that needs nothing */
		if (!needs)
			json_object_set_new(picture, "needs", needs = json_array());
		json_array_append_new(needs, json_pack("{s:I, s:O?, s:s, s:O?, "
		    "s:O?, s:O?, s:b}", "n", (json_int_t)json_array_size(needs) + 1,
		    "event", json_object_get(event, "id"), "text", text,
		    "group", json_object_get(event, "group"), "by", actor,
		    "asked_at", at, "met", 0));
		if (needs_apart(picture, event, seen) < 0)
			return INC_ERROR;
	} else if (!strcmp(type, "need-met")) {
		json_t *need = inc__picture_item(picture, "needs", event);
		if (need) {
			json_object_set_new(need, "met", json_true());
			json_object_set(need, "met_at", at);
			need_settled(picture, need);
		}
	} else if (!strcmp(type, "contact")) {
		json_t *list = json_object_get(picture, "contacted"), *who =
		    json_object_get(event, "customer");
		size_t i;
		if (!json_is_string(who))
			return 0;
		if (!list)
			json_object_set_new(picture, "contacted", list = json_array());
		/* each customer once, "Acme Corp" and "acme corp" alike */
		for (i = 0; i < json_array_size(list); i++)
			if (inc__name_equal(json_string_value(json_array_get(list,
			    i)), json_string_value(who)))
				break;
		if (i == json_array_size(list))
			json_array_append(list, who);
	} else if (!strcmp(type, "cadence")) {
		static const char *const field[] = {"sitrep_interval_seconds",
		    "update_interval_seconds"};
		for (size_t i = 0; i < 2; i++) {
			json_t *v = json_object_get(event, field[i]);
			if (json_is_integer(v) && json_integer_value(v) > 0)
				json_object_set(picture, field[i], v);
			else if (json_is_null(v))
				json_object_del(picture, field[i]);
			if (decide_setting(picture, event, field[i], seen) < 0)
				return INC_ERROR;
		}
	} else if (!strcmp(type, "tickets")) {
		copy(picture, "tickets", event, "count");
	} else if (!strcmp(type, "owner")) {
		json_t *person = json_object_get(event, "person");
		copy(picture, "owner", event, "person");
		if (decide(picture, "postmortem_owner", NULL, side(event, "person",
		    json_is_string(json_object_get(person, "name")) ?
		    json_incref(person) : json_null()), seen) < 0)
			return INC_ERROR;
	} else if (!strcmp(type, "action")) {
		json_t *actions = json_object_get(picture, "actions");
		json_array_append_new(actions, json_pack("{s:I, s:O?, s:O?, s:O?, "
		    "s:O?, s:O?, s:b}", "n", (json_int_t)json_array_size(actions) +
		    1, "event", json_object_get(event, "id"),
		    "text", json_object_get(event, "text"),
		    "owner", json_object_get(event, "owner"),
		    "due_on", json_object_get(event, "due_on"), "made_at", at,
		    "done", 0));
	} else if (!strcmp(type, "action-done")) {
		json_t *action = inc__picture_item(picture, "actions", event);
		if (action) {
			json_object_set_new(action, "done", json_true());
			json_object_set(action, "done_at", at);
		}
	}
	return 0;
}

/* A maintenance event as inc-publish shows one: its time and id. */
struct window_event {
	int64_t at;
	const char *id;
	json_t *event;
};

static int
by_time(const void *a, const void *b)
{
	const struct window_event *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return strcmp(x->id, y->id);
}

/*
 * The window a maintenance's events give it (events, and also more when
 * not NULL): in time order (then id), each of scheduled_for and
 * scheduled_until the newest given, 0 when none is; *first the first
 * event's time. Only events inc-publish shows count: of type
 * maintenance, with a known status, an id, a message and a time.
 */
int
inc__maintenance_window(json_t *events, json_t *more, int64_t *from,
    int64_t *until, int64_t *first)
{
	static const char *const statuses[] = {
		"scheduled", "in_progress", "verifying", "completed"
	};
	size_t n = 0, total = json_array_size(events) + (more != NULL);
	struct window_event *v = calloc(total + 1, sizeof(*v));
	int64_t t;

	*from = *until = *first = 0;
	if (!v)
		return inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; i < total; i++) {
		json_t *e = i < json_array_size(events) ?
		    json_array_get(events, i) : more;
		const char *status = inc__str_or(e, "status", "");
		int known = 0;
		for (size_t k = 0; k < 4; k++)
			known |= !strcmp(status, statuses[k]);
		if (!known || strcmp(inc__str_or(e, "type", ""), "maintenance") ||
		    !inc__str(e, "id") || !inc__str(e, "message") ||
		    inc__time_get(&v[n].at, e, "at") < 0)
			continue;
		v[n].id = inc__str(e, "id");
		v[n++].event = e;
	}
	qsort(v, n, sizeof(*v), by_time);
	for (size_t i = 0; i < n; i++) {
		if (inc__time_get(&t, v[i].event, "scheduled_for") == 0)
			*from = t;
		if (inc__time_get(&t, v[i].event, "scheduled_until") == 0)
			*until = t;
	}
	if (n)
		*first = v[0].at;
	free(v);
	return 0;
}
