/*
 * The IC's event loop (incident(7)) answered from the record: do any
 * groups need support, does anybody need a break or sleep, are customers
 * kept informed, do we understand the impact, is it time for a sitrep, do
 * all groups have the information they need. Each answer is one line of
 * evidence and whether it needs action; nothing here is a guess the log
 * cannot back.
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "internal.h"

#define FATIGUE_HOURS 4

/* POSTMORTEM is asked of a resolved incident, CONFLICTS only when the
 * record has one */
enum {
	GROUPS, PEOPLE, CUSTOMERS, IMPACT, SITREP, INFORMATION, POSTMORTEM,
	CONFLICTS, QUESTIONS
};
static const char *const questions[QUESTIONS] = {"groups", "people",
	"customers", "impact", "sitrep", "information", "postmortem",
	"conflicts"};

struct answer {
	int asked, action;
	struct inc_buf text;
};

static void
sep(struct inc_buf *b)
{
	if (b->len)
		inc__buf_put(b, "; ", 2);
}

/* The text of a log, one line, made safe; at most max bytes of it. */
static void
put_cut(struct inc_buf *b, const char *text, size_t max)
{
	char *safe = inc_text_safe(text ? text : "", INC_ONE_LINE);
	size_t n;

	if (!safe) {
		inc__buf_fail(b, "out of memory");
		return;
	}
	n = strlen(safe);
	if (n > max)
		n = inc__utf8_cut(safe, max);
	inc__buf_put(b, safe, n);
	if (n < strlen(safe))
		inc__buf_put(b, "...", 3);
	free(safe);
}

/* How long a sitrep interval is now: a group silent longer is silent. */
static int64_t
interval(const inc_incident *incident, inc_repo *repo)
{
	json_t *p = incident->picture;
	int64_t due = inc_incident_sitrep_due(incident, repo);
	int64_t last = inc__time_or0(p, "last_sitrep_at");

	if (!last)
		last = inc__time_or0(p, "opened_at");
	return due > last ? due - last : 3600;
}

/* Do any groups need additional support? */
static void
groups(struct answer *a, const inc_incident *incident, inc_repo *repo,
    int64_t now)
{
	json_t *p = incident->picture, *roles = json_object_get(p, "roles");
	json_t *reports = json_object_get(p, "groups"), *holder;
	json_t *needs = json_object_get(p, "needs");
	int64_t quiet = interval(incident, repo), t;
	const char *role;
	char d[32], title[64];
	int any = 0;

	json_object_foreach(roles, role, holder) {
		if (strncmp(role, "ops", 3))
			continue;
		any = 1;
		t = inc__time_or0(json_object_get(reports, role), "last_report_at");
		sep(&a->text);
		inc__buf_printf(&a->text, "%s (", inc__role_title(title, role));
		put_cut(&a->text, inc__who(holder, "person"), 60);
		if (t) {
			inc__duration(d, now - t);
			inc__buf_printf(&a->text, ") last report %s ago", d);
		} else {
			t = inc__time_or0(holder, "since_at");
			inc__duration(d, now - t);
			inc__buf_printf(&a->text, ") no report in %s", d);
		}
		if (now - t > quiet) {
			a->action = 1;
			inc__buf_printf(&a->text, ": silent");
		}
	}
	for (size_t i = 0; i < json_array_size(needs); i++) {
		json_t *need = json_array_get(needs, i);
		if (json_is_true(json_object_get(need, "met")))
			continue;
		a->action = 1;
		sep(&a->text);
		inc__duration(d, now - inc__time_or0(need, "asked_at"));
		inc__buf_printf(&a->text, "need %lld open %s",
		    (long long)json_integer_value(json_object_get(need, "n")), d);
		if (inc__str(need, "group"))
			inc__buf_printf(&a->text, " (%s)", inc__role_title(title,
			    inc__str(need, "group")));
		inc__buf_put(&a->text, ": ", 2);
		put_cut(&a->text, inc__str(need, "text"), 60);
	}
	if (!any && !a->text.len)
		inc__buf_printf(&a->text, "no ops group named yet "
		    "(inc-handoff ops:NAME PERSON)");
	else if (!a->action)
		inc__buf_printf(&a->text, "; no open need");
}

/* a time a person was on the incident: an event, or a role held */
struct span {
	const char *name;
	int64_t from, to;
	int holds; /* holds a role now */
};

static int
by_person(const void *a, const void *b)
{
	const struct span *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : (x->from > y->from) - (x->from < y->from);
}

static int
add(struct span **v, size_t *n, size_t *cap, const char *name, int64_t from,
    int64_t to, int holds)
{
	/* a role handed on, by the log's order, before it was taken, by
	 * the times (both backfilled): no time on the incident */
	if (!name || from > to)
		return 0;
	if (!*v || *n == *cap) {
		struct span *grown = realloc(*v, (*cap = *cap > *n ? *cap :
		    *cap ? *cap * 2 : 64) * sizeof(**v));
		if (!grown)
			return inc__fail(INC_ERROR, "out of memory");
		*v = grown;
	}
	(*v)[(*n)++] = (struct span){name, from, to, holds};
	return 0;
}

/*
 * Did from..to take in any of the small hours (midnight to six, the
 * person's time: offset, the UTC offset of their newest event, else this
 * machine's)? A stretch that begins on one day and ends on another went
 * through midnight.
 */
static int
at_night(int64_t from, int64_t to, json_t *offset)
{
	struct tm a, b;
	int64_t off = json_integer_value(offset);
	time_t f = (time_t)(from + off), t = (time_t)(to + off);

	if (json_is_integer(offset) && off > -86400 && off < 86400) {
		gmtime_r(&f, &a);
		gmtime_r(&t, &b);
	} else {
		f = (time_t)from, t = (time_t)to;
		localtime_r(&f, &a);
		localtime_r(&t, &b);
	}
	return a.tm_hour < 6 || b.tm_hour < 6 || to - from >= 86400 ||
	    a.tm_mday != b.tm_mday;
}

/* "; next IC: Ana", when one is named: who relieves a tired commander */
static void
next_ic(struct answer *a, json_t *picture)
{
	const char *who = inc__who(json_object_get(json_object_get(picture,
	    "next"), "ic"), "person");

	if (!who)
		return;
	inc__buf_printf(&a->text, "; next IC: ");
	put_cut(&a->text, who, 60);
}

/*
 * One person's last stretch of work, from..to, said if they are still on
 * the incident (holds a role, or wrote since the last role they handed
 * on and less than a break ago): over inc.fatigueHours or through the
 * night is to act on.
 */
static void
say_person(struct answer *a, const char *name, int64_t from, int64_t to,
    int holds, int64_t wrote, int64_t released, json_t *offsets,
    int hours, int64_t now)
{
	int64_t length = now - from;
	char d[32];

	/* off the incident: no role, and nothing written since the last one
	 * was handed on, or for a break */
	if (!holds && (wrote < now - INC_BREAK_SECONDS || wrote <= released))
		return;
	sep(&a->text);
	put_cut(&a->text, name, 60);
	inc__duration(d, length);
	inc__buf_printf(&a->text, " on for %s", d);
	if (length > (int64_t)hours * 3600) {
		a->action = 1;
		inc__buf_printf(&a->text, ", over %dh: relieve", hours);
	}
	if (at_night(from, to, json_object_get(offsets, name))) {
		a->action = 1;
		inc__buf_printf(&a->text, ", up at night");
	}
}

static int
by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/*
 * people() from the picture's "check" (checkfold.c): each person's
 * stretches, with the roles held now as stretches to now, merged as the
 * events' would be; persons in the order of their names.
 */
static int
people_kept(struct answer *a, json_t *check, int hours, int64_t now)
{
	json_t *persons = json_object_get(check, "people");
	json_t *held = json_object_get(check, "held"), *h, *p, *c;
	const char **names, *name, *role;
	size_t n = 0, i;
	int rc = 0;

	if (!(names = calloc(json_object_size(persons) + json_object_size(held)
	    + 1, sizeof(*names))))
		return inc__fail(INC_ERROR, "out of memory");
	json_object_foreach(persons, name, p)
		names[n++] = name;
	json_object_foreach(held, role, h)
		if (inc__who(h, "person") && !json_object_get(persons,
		    inc__who(h, "person")))
			names[n++] = inc__who(h, "person");
	qsort(names, n, sizeof(*names), by_name);
	for (i = 0; i < n && rc == 0; i++) {
		int64_t wrote, released, from, to;
		int holds = 0;
		json_t *last;
		if (i && !strcmp(names[i], names[i - 1]))
			continue; /* one holding two roles */
		p = json_object_get(persons, names[i]);
		wrote = json_integer_value(json_object_get(p, "wrote"));
		released = json_integer_value(json_object_get(p, "released"));
		if (!(c = json_deep_copy(json_object_get(p, "stretches"))) &&
		    !(c = json_array())) {
			rc = inc__fail(INC_ERROR, "out of memory");
			break;
		}
		json_object_foreach(held, role, h) {
			int64_t since = inc__time_or0(h, "since_at");
			if (!inc__who(h, "person") || strcmp(inc__who(h,
			    "person"), names[i]))
				continue;
			holds = 1;
			if (since == now && now > wrote)
				wrote = now; /* as an event written now */
			if (inc__stretch_add(c, since, now) < 0)
				rc = inc__fail(INC_ERROR, "out of memory");
		}
		if (rc == 0 && (last = json_array_get(c, json_array_size(c) - 1))) {
			from = json_integer_value(json_array_get(last, 0));
			to = json_integer_value(json_array_get(last, 1));
			say_person(a, names[i], from, to, holds, wrote, released,
			    json_object_get(check, "offsets"), hours, now);
		}
		json_decref(c);
	}
	free(names);
	return rc;
}

/*
 * Does anybody need a break or sleep? Each person's stretch of work:
 * the events they wrote and the roles they held, merged where less than
 * a break apart; the last stretch of each person still on the incident
 * is said, over inc.fatigueHours or through the night is to act on.
 * A maintenance's work begins with its window (its first notice not
 * "scheduled"): announcing it days ahead, and holding command while
 * nothing is done, is no work to tire anybody. Read from the picture
 * (checkfold.c), but for a maintenance, whose stretches are cut where
 * its work began: from the events.
 */
static int
people(struct answer *a, const inc_incident *incident, inc_repo *repo,
    int64_t now)
{
	json_t *events = incident->events, *held = NULL, *h;
	json_t *offsets = NULL; /* each writer's newest UTC offset */
	json_t *check = json_object_get(incident->picture, "check");
	inc_incident *read = NULL;
	struct span *v = NULL;
	size_t n = 0, cap = 0, kept = 0;
	int64_t began = inc__work_began(incident);
	int hours = FATIGUE_HOURS, rc = 0;
	git_config *cfg = NULL;
	const char *role;

	if (inc__config_snapshot(&cfg, repo) < 0 ||
	    inc__config_positive(&hours, cfg, "inc.fatigueHours",
	    FATIGUE_HOURS, NULL) < 0)
		inc__warn("%s (using %d hours)", inc_error(), hours);
	git_config_free(cfg);
	if (check && began <= 0) {
		rc = people_kept(a, check, hours, now);
		goto said;
	}
	if (!events && (rc = inc_incident_load(&read, repo,
	    inc_incident_id(incident), INC_LOAD_EVENTS)) < 0)
		return rc;
	if (read)
		events = read->events;
	if (!(held = json_object()) || !(offsets = json_object())) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	for (size_t i = 0; rc == 0 && i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		const char *type = inc__str_or(e, "type", "");
		const char *who = inc__who(e, "actor");
		int64_t at = inc__time_or0(e, "at");
		if (!strcmp(type, "reading"))
			continue; /* a measurement, often a monitor's: not work */
		rc = add(&v, &n, &cap, who, at, at, 0);
		if (who && json_is_integer(json_object_get(e,
		    "utc_offset_seconds")))
			json_object_set(offsets, who, json_object_get(e,
			    "utc_offset_seconds"));
		/* names borrowed from the events, which outlive held */
		if (!strcmp(type, "open") && who)
			json_object_set_new(held, "ic", json_pack("{s:O, s:I}",
			    "name", json_object_get(json_object_get(e, "actor"),
			    "name"), "since", (json_int_t)at));
		if (strcmp(type, "handoff") || !(role = inc__str(e, "role")))
			continue;
		if ((h = json_object_get(held, role)) && rc == 0)
			rc = add(&v, &n, &cap, inc__str(h, "name"),
			    json_integer_value(json_object_get(h, "since")), at, 0);
		json_object_del(held, role);
		if (inc__who(e, "person"))
			json_object_set_new(held, role, json_pack("{s:O, s:I}",
			    "name", json_object_get(json_object_get(e, "person"),
			    "name"), "since", (json_int_t)at));
	}
	json_object_foreach(held, role, h)
		if (rc == 0)
			rc = add(&v, &n, &cap, inc__str(h, "name"), json_integer_value(
			    json_object_get(h, "since")), now, 1);
	if (rc < 0)
		goto out;
	for (size_t i = 0; i < n; i++) /* the stretches since it began */
		if (v[i].to >= began) {
			v[kept] = v[i];
			if (v[kept].from < began)
				v[kept].from = began;
			kept++;
		}
	n = kept;
	if (n)
		qsort(v, n, sizeof(*v), by_person);
	for (size_t i = 0, k; i < n; i = k) {
		int64_t from = v[i].from, to = v[i].to;
		int64_t wrote = 0, released = 0;
		int holds = 0;
		for (k = i; k < n && !strcmp(v[k].name, v[i].name); k++) {
			if (v[k].from > to + INC_BREAK_SECONDS)
				from = v[k].from; /* a new stretch */
			if (v[k].to > to)
				to = v[k].to;
			holds |= v[k].holds;
			if (v[k].from == v[k].to) {
				if (v[k].to > wrote)
					wrote = v[k].to; /* an event they wrote */
			} else if (!v[k].holds && v[k].to > released) {
				released = v[k].to; /* a role they handed on */
			}
		}
		say_person(a, v[i].name, from, to, holds, wrote, released,
		    offsets, hours, now);
	}
said:
	if (rc == 0 && !a->text.len)
		inc__buf_printf(&a->text, "nobody active");
	if (rc == 0)
		next_ic(a, incident->picture);
out:
	json_decref(held);
	json_decref(offsets);
	inc_incident_free(read);
	free(v);
	return rc;
}

/* Are customers being kept informed? */
static void
customers(struct answer *a, const inc_incident *incident, inc_repo *repo,
    int64_t now)
{
	json_t *p = incident->picture, *update = json_object_get(p, "update");
	json_t *contacted = json_object_get(p, "contacted");
	int64_t due = inc_incident_update_due(incident, repo);
	char d[32];

	if (update) {
		inc__duration(d, now - inc__time_or0(p, "last_update_at"));
		inc__buf_printf(&a->text, "last update %s ago (", d);
		put_cut(&a->text, inc__str(update, "status"), 20);
		if (inc_incident_reopened(incident))
			inc__buf_printf(&a->text, ", before it was opened again");
		inc__buf_printf(&a->text, "): ");
		put_cut(&a->text, inc__str(update, "message"), 60);
	} else if (json_integer_value(json_object_get(p, "maintenances")) > 0) {
		inc__buf_printf(&a->text, "a scheduled maintenance: its "
		    "notices are inc-status --maintenance, none due on a clock");
	} else {
		inc__buf_printf(&a->text, "no update yet");
	}
	if (due && now >= due) {
		a->action = 1;
		inc__duration(d, now - due);
		inc__buf_printf(&a->text, "; next LATE by %s", d);
	} else if (due) {
		inc__duration(d, due - now);
		inc__buf_printf(&a->text, "; next due in %s", d);
	}
	for (size_t i = 0; i < json_array_size(contacted); i++) {
		const char *name = json_string_value(json_array_get(contacted, i));
		inc__buf_printf(&a->text, "%s%s", i ? ", " : "; contacted: ",
		    inc__list_quote(name));
		put_cut(&a->text, name, 40);
		inc__buf_puts(&a->text, inc__list_quote(name));
	}
	if (json_is_integer(json_object_get(p, "tickets")))
		inc__buf_printf(&a->text, "; %lld tickets", (long long)
		    json_integer_value(json_object_get(p, "tickets")));
}

/* The latest health-metric readings: "5xx rate 2% 3m ago (was 30%)". */
static void
readings(struct answer *a, json_t *list, int64_t now)
{
	char d[32];

	for (size_t i = 0; i < json_array_size(list); i++) {
		json_t *r = json_array_get(list, i);
		inc__buf_printf(&a->text, i ? ", " : "; readings: ");
		put_cut(&a->text, inc__str(r, "metric"), 40);
		inc__buf_put(&a->text, " ", 1);
		put_cut(&a->text, inc__str(r, "value"), 40);
		inc__duration(d, now - inc__time_or0(r, "at"));
		inc__buf_printf(&a->text, " %s ago", d);
		if (inc__str(r, "previous_value")) {
			inc__buf_printf(&a->text, " (was ");
			put_cut(&a->text, inc__str(r, "previous_value"), 40);
			inc__buf_put(&a->text, ")", 1);
		}
	}
}

/*
 * Does an impact say how many, with a number or a word for all or none
 * ("all users", "every app in eu-west", "none outside eu-west")?
 */
static int
counted(const char *text)
{
	static const char *const words[] = {"all", "every", "everyone",
	    "everybody", "entire", "whole", "none", "nobody"};
	const char *p = text;
	size_t n;

	if (strpbrk(text, "0123456789"))
		return 1;
	while (*p) {
		for (n = 0; isalpha((unsigned char)p[n]); n++)
			;
		for (size_t i = 0; n && i < sizeof(words) / sizeof(words[0]); i++)
			if (strlen(words[i]) == n && !strncasecmp(p, words[i], n))
				return 1;
		p += n ? n : 1;
	}
	return 0;
}

/* Do we fully understand the impact? */
static void
impact(struct answer *a, const inc_incident *incident, int64_t now)
{
	json_t *last = json_object_get(incident->picture, "sitrep");
	const char *text = inc__str(last, "impact");

	if (!text) {
		a->action = 1;
		inc__buf_printf(&a->text, "no sitrep has stated the impact yet");
	} else {
		if (!counted(text)) {
			a->action = 1;
			inc__buf_printf(&a->text, "the last sitrep gives no number: ");
		} else {
			inc__buf_printf(&a->text, "the last sitrep: ");
		}
		put_cut(&a->text, text, 80);
	}
	readings(a, json_object_get(incident->picture, "readings"), now);
}

/* Is it time for a sitrep? */
static void
sitrep(struct answer *a, const inc_incident *incident, inc_repo *repo,
    int64_t now)
{
	int64_t due = inc_incident_sitrep_due(incident, repo);
	int64_t last = inc__time_or0(incident->picture, "last_sitrep_at");
	char d[32];

	if (last) {
		inc__duration(d, now - last);
		inc__buf_printf(&a->text, "last %s ago", d);
	} else {
		inc__buf_printf(&a->text, "none yet");
	}
	if (due && now >= due) {
		a->action = 1;
		inc__duration(d, now - due);
		inc__buf_printf(&a->text, "; DUE, %s late", d);
	} else if (due) {
		inc__duration(d, due - now);
		inc__buf_printf(&a->text, "; next due in %s", d);
	}
}

/* A decision as news: "state -> major", "Comms -> Ana", "a need" */
static void
put_decision(struct inc_buf *b, int n, const char *type, const char *state,
    const char *role, const char *person)
{
	char title[64];

	if (!strcmp(type, "state")) {
		inc__buf_printf(b, "%sstate -> ", n ? ", " : "");
		put_cut(b, state, 20);
	} else if (!strcmp(type, "handoff")) {
		inc__buf_printf(b, "%s%s -> ", n ? ", " : "",
		    inc__role_title(title, role));
		put_cut(b, person ? person : "nobody", 40);
	} else {
		inc__buf_printf(b, "%s%s", n ? ", " : "",
		    !strcmp(type, "title") ? "title" :
		    !strcmp(type, "mitigated") ? "mitigated" :
		    !strcmp(type, "need") ? "a need" : "a need met");
	}
}

/*
 * Do all groups have the information they need? What was decided that
 * the last sitrep had not seen (by the events it names, followed back;
 * by the times, where the log cannot tell): the picture keeps it as
 * "news" (checkfold.c).
 */
static void
information(struct answer *a, const inc_incident *incident)
{
	json_t *news = json_object_get(json_object_get(incident->picture,
	    "check"), "news"), *e;
	const char *last = inc__str(incident->picture, "last_sitrep_at");
	int n = 0;
	size_t i;

	if (last)
		json_array_foreach(news, i, e)
			put_decision(&a->text, n++, inc__str_or(e, "type", ""),
			    inc__str(e, "state"), inc__str_or(e, "role", ""),
			    inc__who(e, "person"));
	if (!last) {
		a->action = 1;
		inc__buf_printf(&a->text, "no sitrep yet: the groups know only "
		    "what they were told");
	} else if (n) {
		a->action = 1;
		inc__buf_printf(&a->text, " since the last sitrep: send one");
	} else {
		inc__buf_printf(&a->text, "nothing decided since the last sitrep");
	}
}

/*
 * Is the post-mortem of a resolved incident on time? What inc-postmortem
 * --due lists (no owner, an action overdue) is to act on; else who owns
 * it and how many actions are still open.
 */
static int
postmortem(struct answer *a, const inc_incident *incident, int64_t now)
{
	json_t *p = incident->picture, *owed, *actions = json_object_get(p,
	    "actions");
	size_t open = 0;

	if (inc__pm_owed(&owed, incident, now) < 0)
		return INC_ERROR;
	if (inc__str(p, "duplicate_of")) {
		inc__buf_printf(&a->text, "a duplicate of ");
		put_cut(&a->text, inc__str(p, "duplicate_of"), 80);
		inc__buf_printf(&a->text, ": its post-mortem covers this one");
	} else if (inc__who(p, "owner")) {
		inc__buf_printf(&a->text, "owner ");
		put_cut(&a->text, inc__who(p, "owner"), 60);
	}
	for (size_t i = 0; i < json_array_size(owed); i++) {
		sep(&a->text);
		inc__buf_printf(&a->text, "%s", json_string_value(
		    json_array_get(owed, i)));
	}
	a->action = json_array_size(owed) > 0;
	for (size_t i = 0; i < json_array_size(actions); i++)
		open += !json_is_true(json_object_get(json_array_get(actions, i),
		    "done"));
	if (!a->action && !inc__str(p, "duplicate_of") && open)
		inc__buf_printf(&a->text, "; %zu action%s open, none overdue",
		    open, open == 1 ? "" : "s");
	else if (!a->action && !inc__str(p, "duplicate_of"))
		inc__buf_printf(&a->text, "; no action open");
	json_decref(owed);
	return 0;
}

/*
 * Are decisions made apart still standing side by side (two ICs, two
 * states, a role handed to two people)? Nothing is settled for the IC:
 * each is said, with how to settle it.
 */
static void
conflicts(struct answer *a, const inc_incident *incident)
{
	json_t *list = json_object_get(incident->picture, "conflicts"), *c;
	size_t i;

	json_array_foreach(list, i, c) {
		sep(&a->text);
		inc__put_conflict(&a->text, c);
	}
	a->action = a->asked = json_array_size(list) > 0;
}

static int
render(char **out, int *out_action, const inc_incident *incident,
    struct answer *answers, enum inc_format format)
{
	struct inc_buf b = {0};
	json_t *all = NULL, *list;
	int any = 0;

	for (int i = 0; i < QUESTIONS; i++) {
		any |= answers[i].action;
		if (answers[i].text.failed)
			inc__buf_fail(&b, answers[i].text.failed);
	}
	*out_action = any;
	if (format == INC_FORMAT_JSON) {
		all = json_pack("{s:i, s:s, s:s, s:b, s:[]}", "v", INC_LOG_VERSION,
		    "incident", inc_incident_id(incident), "state",
		    inc_state_name(inc_incident_state(incident)), "action", any,
		    "questions");
		if (all && json_is_true(json_object_get(incident->picture,
		    "drill")))
			json_object_set_new(all, "drill", json_true());
		list = json_object_get(all, "questions");
		for (int i = 0; all && i < QUESTIONS; i++)
			if (answers[i].asked)
				json_array_append_new(list, json_pack("{s:s, s:b, "
				    "s:s}", "question", questions[i], "action",
				    answers[i].action, "answer", answers[i].text.s ?
				    answers[i].text.s : ""));
		if (!all) {
			inc__buf_fail(&b, "out of memory");
		} else {
			char *s = json_dumps(all, INC_JSON_FLAGS);
			if (!s)
				inc__buf_fail(&b, "out of memory");
			else
				inc__buf_printf(&b, "%s\n", s);
			free(s);
		}
		json_decref(all);
	} else {
		inc__buf_printf(&b, "%s  %s: %s", inc_incident_id(incident),
		    inc_state_name(inc_incident_state(incident)),
		    inc__drill_mark(incident->picture));
		put_cut(&b, inc__str(incident->picture, "title"), 200);
		inc__buf_put(&b, "\n", 1);
		for (int i = 0; i < QUESTIONS; i++)
			if (answers[i].asked)
				inc__buf_printf(&b, "%-12s %-6s %s\n", questions[i],
				    answers[i].action ? "ACTION" : "ok",
				    answers[i].text.s ? answers[i].text.s : "");
	}
	return (*out = inc__buf_take(&b)) ? 0 : INC_ERROR;
}

/* The questions asked of one incident, answered; free them with unask. */
static int
ask(struct answer *answers, const inc_incident *incident, inc_repo *repo,
    int64_t now)
{
	int rc = 0;

	memset(answers, 0, sizeof(*answers) * QUESTIONS);
	for (int i = 0; i < POSTMORTEM; i++)
		answers[i].asked = 1;
	/* resolved apart from another decision, it is not over yet */
	conflicts(&answers[CONFLICTS], incident);
	if (inc_incident_state(incident) == INC_STATE_RESOLVED) {
		for (int i = 0; i < POSTMORTEM; i++)
			inc__buf_printf(&answers[i].text, "resolved");
		/* what is left to do is the post-mortem */
		answers[POSTMORTEM].asked = 1;
		rc = postmortem(&answers[POSTMORTEM], incident, now);
	} else if (inc__work_began(incident) == INT64_MAX) {
		/* announced ahead: nobody works on it, nothing is owed yet */
		for (int i = 0; i < POSTMORTEM; i++)
			if (i != CUSTOMERS)
				inc__buf_printf(&answers[i].text, "a scheduled "
				    "maintenance, not begun");
		customers(&answers[CUSTOMERS], incident, repo, now);
	} else {
		groups(&answers[GROUPS], incident, repo, now);
		rc = people(&answers[PEOPLE], incident, repo, now);
		customers(&answers[CUSTOMERS], incident, repo, now);
		impact(&answers[IMPACT], incident, now);
		sitrep(&answers[SITREP], incident, repo, now);
		information(&answers[INFORMATION], incident);
	}
	return rc;
}

static void
unask(struct answer *answers)
{
	for (int i = 0; i < QUESTIONS; i++)
		inc__buf_free(&answers[i].text);
}

int
inc_check(char **out, int *out_action, const inc_incident *incident,
    inc_repo *repo, enum inc_format format, int64_t now)
{
	struct answer answers[QUESTIONS];
	int rc;

	*out = NULL, *out_action = 0;
	if ((rc = ask(answers, incident, repo, now)) == 0)
		rc = render(out, out_action, incident, answers, format);
	unask(answers);
	return rc;
}

/*
 * One short line for a shell prompt, the same answer as inc_check's:
 * "INC 2 major: sitrep 12m late, update 3m late, 1 need", then the other
 * questions that need action, by name ("INC 1 confirmed: impact,
 * information"), or "INC 1 confirmed: ok"; nothing when no incident is
 * active (a resolved one named is said when its post-mortem or a
 * conflict needs action). Drills say so: "INC 1 [drill] major: ok" when
 * every incident said is one, "INC 2 (1 [drill]) major: ok" when some
 * are.
 */
int
inc_check_prompt(char **out, int *out_action, inc_incident *const *list,
    size_t n, inc_repo *repo, int64_t now)
{
	struct inc_buf b = {0};
	struct answer answers[QUESTIONS];
	enum inc_state worst = INC_STATE_RESOLVED;
	int64_t sitrep_late = -1, update_late = -1, due;
	long needs = 0;
	size_t active = 0, conflicted = 0, drills = 0;
	int named[QUESTIONS] = {0}, rc, any, said = 0, first = -1, more = 0;
	char d[32];

	*out = NULL, *out_action = 0;
	for (size_t i = 0; i < n; i++) {
		json_t *open = json_object_get(list[i]->picture, "needs");
		enum inc_state s = inc_incident_state(list[i]);
		long open_needs = 0;
		if ((rc = ask(answers, list[i], repo, now)) < 0) {
			unask(answers);
			inc__buf_free(&b);
			return rc;
		}
		any = 0;
		for (int q = 0; q < QUESTIONS; q++)
			any |= answers[q].action;
		for (size_t k = 0; k < json_array_size(open); k++)
			open_needs += !json_is_true(json_object_get(
			    json_array_get(open, k), "met"));
		/* what the timers, needs and conflicts below do not say */
		for (int q = 0; q < QUESTIONS; q++)
			named[q] |= answers[q].action && q != SITREP &&
			    q != CUSTOMERS && q != CONFLICTS &&
			    !(q == GROUPS && open_needs);
		unask(answers);
		if (!inc__picture_active(list[i]->picture) && !any)
			continue;
		*out_action |= any;
		active++;
		needs += open_needs;
		conflicted += json_array_size(json_object_get(list[i]->picture,
		    "conflicts")) > 0;
		drills += json_is_true(json_object_get(list[i]->picture,
		    "drill"));
		if (s > worst)
			worst = s;
		if ((due = inc_incident_sitrep_due(list[i], repo)) && now >= due &&
		    now - due > sitrep_late)
			sitrep_late = now - due;
		if ((due = inc_incident_update_due(list[i], repo)) && now >= due &&
		    now - due > update_late)
			update_late = now - due;
	}
	if (!active)
		return (*out = strdup("")) ? 0 : inc__fail(INC_ERROR,
		    "out of memory");
	inc__buf_printf(&b, "INC %zu ", active);
	if (drills == active)
		inc__buf_printf(&b, "[drill] ");
	else if (drills)
		inc__buf_printf(&b, "(%zu [drill]) ", drills);
	inc__buf_printf(&b, "%s:", inc_state_name(worst));
	if (sitrep_late >= 0) {
		inc__duration(d, sitrep_late);
		inc__buf_printf(&b, " sitrep %s late", d);
		said++;
	}
	if (update_late >= 0) {
		inc__duration(d, update_late);
		inc__buf_printf(&b, "%s update %s late", said++ ? "," : "", d);
	}
	if (needs)
		inc__buf_printf(&b, "%s %ld need%s", said++ ? "," : "", needs,
		    needs > 1 ? "s" : "");
	if (conflicted)
		inc__buf_printf(&b, "%s %zu in conflict", said++ ? "," : "",
		    conflicted);
	/* the first of the others by name, how many more by number */
	for (int q = 0; q < QUESTIONS; q++)
		if (named[q] && first < 0)
			first = q;
		else if (named[q])
			more++;
	if (first >= 0)
		inc__buf_printf(&b, "%s %s", said ? "," : "", questions[first]);
	if (more)
		inc__buf_printf(&b, " (+%d more)", more);
	if (!*out_action)
		inc__buf_printf(&b, " ok");
	inc__buf_put(&b, "\n", 1);
	return (*out = inc__buf_take(&b)) ? 0 : INC_ERROR;
}
