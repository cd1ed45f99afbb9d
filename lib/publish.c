/*
 * The customer status site: a static copy of what Communications told
 * customers (the status events), as HTML pages, an Atom feed and JSON in
 * the shape of Atlassian Statuspage's public API v2. Every time comes from
 * an event and every order is stable, so the same repository always makes
 * the same bytes. Drills never appear.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/file.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <stdint.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

/*
 * The JSON files keep the key order of Statuspage's own API (not sorted,
 * as INC_JSON_FLAGS has it) and are ASCII, whatever charset a web server
 * serves them with.
 */
#define PAGE_JSON_FLAGS (JSON_COMPACT | JSON_ENSURE_ASCII)
#define HISTORY_DAYS 14     /* past incidents on the front page */
#define RECENT_INCIDENTS 50 /* in incidents.json, as Statuspage has it */
#define FEED_ENTRIES 50     /* in the site's and a component's feed */
#define DAY (24 * 60 * 60)
#define PUBLIC_ID_SIZE 24   /* see public_id */

/* an incident's, then a scheduled maintenance's */
static const char *const statuses[] = {
	"investigating", "identified", "monitoring", "resolved",
	"scheduled", "in_progress", "verifying", "completed"
};
static const char *const status_words[] = {
	"Investigating", "Identified", "Monitoring", "Resolved",
	"Scheduled", "In progress", "Verifying", "Completed"
};
enum { RESOLVED = 3, SCHEDULED = 4, IN_PROGRESS = 5, VERIFYING = 6,
	COMPLETED = 7 };
#define ENDED(status) ((status) == RESOLVED || (status) == COMPLETED)
#define UNDERWAY(status) ((status) == IN_PROGRESS || (status) == VERIFYING)
/* impact none, minor, major, critical: the component status it means */
/* and maintenance, as the status indicator has it */
static const char *const impacts[] = {
	"none", "minor", "major", "critical", "maintenance"
};
enum { MAINTENANCE = 4 };
static const char *const component_statuses[] = {
	"operational", "degraded_performance", "partial_outage", "major_outage",
	"under_maintenance"
};
static const char *const component_words[] = {
	"Operational", "Degraded Performance", "Partial Outage", "Major Outage",
	"Under Maintenance"
};
static const char *const indicator_words[] = {
	"All Systems Operational", "Minor Service Outage",
	"Partial System Outage", "Major Service Outage",
	"Service Under Maintenance"
};

/* One customer update, as read from a status event. */
struct update {
	json_t *event;
	const char *id, *message;
	int64_t at;
	int status;     /* index in statuses */
	int given;      /* the impact given, index in impacts, or -1 */
	int impact;     /* the impact it stands for (impact.c) */
	json_t *raw;    /* component names as given, checked, maybe empty */
	json_t *names;  /* as the site shows them (see name_components) */
	/*
	 * the status each raw name (each of names) was given, an index in
	 * component_statuses, or -1 when none: it follows the impact; NULL
	 * when the update gave none
	 */
	int *raw_status, *name_status;
	size_t entry_at, entry_len; /* its Atom entry, in its incident's parts */
	size_t affected_at; /* where its affected_components go, in the parts */
	size_t order;   /* its place in the log: of two at one time, the later */
};

struct incident {
	inc_incident *incident;
	const char *id, *title;
	char public_id[PUBLIC_ID_SIZE]; /* "" without a public title */
	struct update *updates; /* oldest first */
	size_t count;
	int open, status, impact;
	int maintenance; /* a scheduled maintenance, not an incident */
	struct update postmortem; /* message NULL when none published */
	int64_t started, created, updated, monitoring, resolved;
	int64_t scheduled_for, scheduled_until;
	json_t *raw;   /* every name any update gave, as given, in log order */
	json_t *names; /* every component any update named, in that order */
	git_oid tree;  /* the incident's tree: what the cache is keyed by */
	int fresh;     /* not as the cache has it: its parts are made again */
	int pages;     /* its own page and feed are to be written */
	const char *record, *record_end; /* its record in the cache, if any */
	const char *shown_names; /* the names its pages showed (cache) */
	/*
	 * Read from the cache, an incident is its record's head only (what
	 * every run needs of every incident) until need() reads the rest,
	 * its body: the updates, its title, public id and parts.
	 */
	int loaded;
	const char *body, *body_end;
	int64_t body_sum;
	const char **shown_as; /* each raw name as the cache showed it */
	int64_t *raw_at; /* each raw name's first and last update's time */
	int64_t newest;  /* its newest entry's time (an update or post-mortem) */
	int64_t month;   /* the month it began in (see month_of) */
	int in_feed;     /* one of its entries is in a bounded feed */
	/*
	 * consulted: a shown update's affected_components depend on it;
	 * affected: its own were made this run; overlaps_known: the state
	 * kept every incident they depend on (see affected_make)
	 */
	int consulted, affected, overlaps_known;
	char **affected_json; /* each update's, once made (see affected_make) */
	int64_t offset;  /* its record's, in the cache as this run left it */
	int offset_in_run; /* offset is in what this run wrote */
	/*
	 * What the site-wide files show of it, made once (see make_parts):
	 * its summary (newest update) first, then its updates' Atom entries,
	 * then its JSON but its components (from json_at to json_split, and
	 * from there to the end) and its updates' affected_components (each
	 * update's at its affected_at); in the cache, or in own.
	 */
	const char *parts;
	size_t parts_len, summary_len, json_at, json_split;
	struct inc_buf own;
};

#define UPTIME_DAYS 90

/* An impact (or maintenance) beginning on a component, or ending (< 0). */
struct edge {
	int64_t at;
	int impact;
};

/* A component, or a group of them (members > 0). */
struct component {
	const char *name, *description;
	const char *group; /* a member's group name, or NULL */
	char id[13], group_id[13];
	int status, members, position;
	int64_t created, updated;
	char *json; /* as the JSON shows it (component_text), once made */
	/*
	 * the UPTIME_DAYS days to the newest event: seconds at each impact,
	 * and under maintenance (index MAINTENANCE)
	 */
	int64_t (*days)[5];
	/* what each incident and maintenance made of it when, to be days */
	struct edge *edges;
	size_t nedges, edges_size;
};

struct site {
	const char *dir;
	char *stage; /* where the new site is made, or NULL: in dir itself */
	char *name, *url; /* url without a trailing slash; may be empty */
	char page_id[13];
	struct incident *incidents; /* newest first */
	size_t count, updates;
	struct component *components; /* in the order shown */
	size_t ncomponents;
	struct inc__component *declared; /* the team's, maybe none */
	size_t ndeclared;
	char *resolved_text, *completed_text, *duplicate_text, *team, *team_url;
	int64_t updated, first_day; /* first_day: of the uptime bars */
	int64_t oldest;        /* the first update's time (see component_json) */
	int64_t set_up;        /* with no update at all (see set_up_time) */
	int indicator;
	/* the cache (see cache_load) */
	char key[GIT_OID_HEXSZ + 1];
	const char *cache; /* mapped */
	size_t cache_len, nrecords;
	struct record *records;
	size_t *slots, nslots; /* the records by id: an index + 1, or 0 */
	int cache_whole;     /* for this key, and read to its end */
	dev_t cache_dev;     /* the file mapped */
	ino_t cache_ino;
	int pages_known;     /* the site is the one the cache was made for */
	struct inc_buf hidden; /* the records of incidents not shown */
	struct inc_buf added;  /* those of them not in the cache */
	size_t kept;           /* the bytes of the cache's records still used */
	const char *periods;   /* the cache's: "PERIOD SIGNATURE\n" each */
	inc_repo *repo;
	json_t *seen;          /* every component name, as name_components */
	char *memo_raw, *memo_shown; /* the last name seen_names looked up */
	struct incident **by_newest_entry;
	char why[256];         /* why need() failed */
	struct inc_buf shown_periods; /* this run's, for the cache */
	/* the site state, for the next run (see "the site state") */
	int fast;              /* this run read only what changed */
	const char *full_why;  /* else why not */
	size_t total, total_updates; /* every incident's, not those read */
	struct period *quarters; /* newest first */
	size_t nquarters;
	char **seen_by;        /* the incident that gave each of seen first */
	size_t nseen_by;
	struct hidden *hiddens; /* the incidents not shown */
	size_t nhiddens;
	struct mark *feeds;    /* the site's feed's, then each component's */
	struct state *state;   /* the last run's, when this one is fast */
	int warned;            /* an incident's log did not read */
	int64_t live;          /* the bytes of the cache's records in use */
	int64_t stored_size;   /* the cache as this run left it */
	dev_t stored_dev;
	ino_t stored_ino;
	char identity[160];    /* the site as this run left it */
	git_oid incidents_tree; /* HEAD's incidents/ */
	int incidents_tree_known;
	struct inc_buf state_periods; /* the state's quarters, as periods */
};

/* A quarter of the history: how many incidents, and period_sig's. */
struct period {
	int64_t q;
	size_t count;
	uint64_t sig;
};

/* The FEED_ENTRIES-th of a bounded list: what is before it is shown. */
struct mark {
	int has;
	int64_t at;
	const char *id;
};

/* An incident not shown: its record, where it is or will be. */
struct hidden {
	char *id;
	git_oid tree;
	int64_t offset;   /* in the cache read, or -1 */
	int64_t hpos, apos; /* in s->hidden and s->added, or -1 */
};

/*
 * The month of t, as months since year 0 (year * 12 + month - 1), by
 * arithmetic (the civil calendar from days, as H. Hinnant's
 * civil_from_days), not gmtime: it is asked of every incident.
 */
static int64_t
month_of(int64_t t)
{
	int64_t z = (t >= 0 ? t : t - (DAY - 1)) / DAY + 719468;
	int64_t era = (z >= 0 ? z : z - 146096) / 146097;
	int64_t doe = z - era * 146097;
	int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	int64_t mp = (5 * doy + 2) / 153;
	int64_t m = mp < 10 ? mp + 3 : mp - 9;

	return (yoe + era * 400 + (m <= 2)) * 12 + m - 1;
}

static int need(struct site *s, struct incident *in);
struct entry;
static void feed_mark(struct site *s, const struct component *comp,
    const struct entry *v, size_t n);
static void fast_times(struct site *s);
static int fast_load(struct site *s, inc_repo *repo, git_tree *head);
static int fast_check(struct site *s);
static void fast_reset(struct site *s);
static int quarters_count(struct site *s);
static int hidden_add(struct site *s, const char *id, const git_oid *tree,
    int64_t offset, int64_t hpos, int64_t apos);
static int seen_by_add(struct site *s, json_t *seen, size_t before,
    const char *id);
static void state_free(struct state *st);

static int
index_of(const char *value, const char *const *names, int n)
{
	for (int i = 0; value && i < n; i++)
		if (!strcmp(value, names[i]))
			return i;
	return -1;
}

/* --- text --- */

/* 2026-11-23T12:00:00.000Z, as Statuspage writes times */
static json_t *
json_time(int64_t t)
{
	char out[40], rfc[32];

	if (!t)
		return json_null();
	inc__time_format(rfc, t);
	snprintf(out, sizeof(out), "%.19s.000Z", rfc);
	return json_string(out);
}

/* 2026-11-23 12:00 UTC, as people read it */
static void
shown(char out[32], int64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (!gmtime_r(&tt, &tm) ||
	    !strftime(out, 32, "%Y-%m-%d %H:%M UTC", &tm))
		snprintf(out, 32, "-");
}

static void
put_time(struct inc_buf *b, int64_t t)
{
	char rfc[32], human[32];

	inc__time_format(rfc, t);
	shown(human, t);
	inc__buf_printf(b, "<time datetime=\"%s\">%s</time>", rfc,
	    human);
}

/* A stable id of 12 characters from a-z0-9, as Statuspage's look. */
static int
short_id(char out[13], const char *kind, const char *text)
{
	static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
	struct inc_buf b = {0};
	git_oid oid = {{0}};
	int rc;

	inc__buf_printf(&b, "%s\n%s", kind, text);
	if ((rc = inc__buf_error(&b)) == 0 &&
	    (rc = git_odb_hash(&oid, b.s, b.len, GIT_OBJECT_BLOB)) < 0)
		rc = inc__git_fail(rc, kind);
	inc__buf_free(&b);
	out[0] = '\0';
	if (rc < 0)
		return rc;
	for (int i = 0; i < 12; i++)
		out[i] = digits[oid.id[i] % 36];
	out[12] = '\0';
	return 0;
}

/* urn:uuid:... made from text, stable (a name-based UUID, version 5 bits) */
static int
put_uuid(struct inc_buf *b, const char *kind, const char *text)
{
	struct inc_buf in = {0};
	unsigned char *u;
	git_oid oid = {{0}};
	int rc;

	inc__buf_printf(&in, "%s\n%s", kind, text);
	if ((rc = inc__buf_error(&in)) == 0 &&
	    (rc = git_odb_hash(&oid, in.s, in.len, GIT_OBJECT_BLOB)) < 0)
		rc = inc__git_fail(rc, kind);
	inc__buf_free(&in);
	if (rc < 0)
		return rc;
	u = oid.id;
	u[6] = (unsigned char)((u[6] & 0x0f) | 0x50);
	u[8] = (unsigned char)((u[8] & 0x3f) | 0x80);
	return inc__buf_printf(b, "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-"
	    "%02x%02x-%02x%02x%02x%02x%02x%02x", u[0], u[1], u[2], u[3], u[4],
	    u[5], u[6], u[7], u[8], u[9], u[10], u[11], u[12], u[13], u[14],
	    u[15]);
}

/*
 * The id the site gives an incident with a public title, so that no
 * file name, link or field spells the internal title its id was made
 * from (YYYY-MM-DD-HHMM-slug-xxxxxx, see id.c): the id without the slug,
 * YYYY-MM-DD-HHMM-xxxxxx, unique by its random suffix as the id is. An
 * id of another shape (made by hand) gives its date and a hash of it.
 */
static int
public_id(char out[PUBLIC_ID_SIZE], const char *id)
{
	size_t n = strlen(id);
	char hash[13];
	int rc;

	if (n >= 24 && strspn(id + 11, "0123456789") == 4 && id[15] == '-' &&
	    id[n - 7] == '-' && strspn(id + n - 6,
	    "0123456789abcdefghijklmnopqrstuvwxyz") == 6) {
		snprintf(out, PUBLIC_ID_SIZE, "%.15s-%s", id, id + n - 6);
		return 0;
	}
	if ((rc = short_id(hash, "incident", id)) < 0)
		return rc;
	snprintf(out, PUBLIC_ID_SIZE, "%.10s-%s", id, hash);
	return 0;
}

/*
 * The id an incident goes by on the site (its pages' names, links, feed
 * and JSON): its public id when it has a public title, else its id.
 */
static const char *
site_id(const struct incident *in)
{
	return *in->public_id ? in->public_id : in->id;
}

/* --- reading --- */

static int
by_at(const void *a, const void *b)
{
	const struct update *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return x->order < y->order ? -1 : x->order > y->order;
}

static int has_name(json_t *names, json_t *name);

/*
 * A component's name as the site shows it: the declared one it is (case
 * and spaces folded), else the first spelling any update used.
 */
static json_t *
canonical(struct site *s, json_t *seen, const char *name)
{
	const struct inc__component *c = inc__component_find(s->declared,
	    s->ndeclared, name);

	if (c)
		return json_string(c->name);
	for (size_t i = 0; i < json_array_size(seen); i++)
		if (inc__component_same(json_string_value(json_array_get(seen,
		    i)), name))
			return json_incref(json_array_get(seen, i));
	return json_string(name);
}

/*
 * A status event that is a whole update; others (planted) are left out.
 * Its component names as given: they are made the site's by
 * name_components(), after the cache, as they depend on other incidents.
 */
static int
read_update(struct update *u, json_t *e, json_t *raw)
{
	json_t *names = json_object_get(e, "components");
	json_t *given = json_object_get(e, "component_status");

	memset(u, 0, sizeof(*u));
	u->event = e;
	u->id = inc__str(e, "id");
	u->message = inc__str(e, "message");
	if (!strcmp(inc__str_or(e, "type", ""), "maintenance")) {
		u->status = index_of(inc__str(e, "status"), statuses + SCHEDULED,
		    4);
		if (u->status >= 0)
			u->status += SCHEDULED;
	} else {
		u->status = index_of(inc__str(e, "status"), statuses, 4);
	}
	u->given = index_of(inc__str(e, "impact"), impacts, 4);
	if (!u->id || !u->message || u->status < 0 ||
	    inc__time_get(&u->at, e, "at") < 0)
		return 0;
	if (!(u->raw = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	if (json_object_size(given) && !(u->raw_status = calloc(
	    json_array_size(names) + 1, sizeof(*u->raw_status))))
		return inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; i < json_array_size(names); i++) {
		json_t *name = json_array_get(names, i);
		if (!json_string_value(name) ||
		    inc_component_check(json_string_value(name)) < 0)
			continue;
		/* an update's own: a maintenance's components take none */
		if (!has_name(u->raw, name) && u->raw_status)
			u->raw_status[json_array_size(u->raw)] =
			    u->status >= SCHEDULED ? -1 : index_of(inc__str(
			    given, json_string_value(name)), component_statuses,
			    4);
		if (!has_name(u->raw, name))
			json_array_append(u->raw, name);
		if (!has_name(raw, name))
			json_array_append(raw, name);
	}
	return 1;
}

/* Each component name of an update as the site shows it (seen: as below). */
static int
update_names(struct site *s, json_t *seen, struct update *u)
{
	if (!(u->names = json_array()) || (u->raw_status &&
	    !(u->name_status = calloc(json_array_size(u->raw) + 1,
	    sizeof(*u->name_status)))))
		return inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; i < json_array_size(u->raw); i++) {
		json_t *name = canonical(s, seen, json_string_value(
		    json_array_get(u->raw, i)));
		size_t j = 0;
		int added;
		if (!name)
			return inc__fail(INC_ERROR, "out of memory");
		while (j < json_array_size(u->names) &&
		    !json_equal(json_array_get(u->names, j), name))
			j++;
		added = (j == json_array_size(u->names));
		if (added)
			json_array_append_new(u->names, name);
		else
			json_decref(name);
		/* two spellings of one: the status either gave */
		if (u->raw_status && u->name_status && (added ||
		    u->raw_status[i] >= 0))
			u->name_status[j] = u->raw_status[i];
	}
	return 0;
}

/*
 * The component names of an incident's updates as the site shows them:
 * each the declared one it is, else the first spelling of it seen (seen:
 * the incidents before, oldest first, then this one's in log order).
 */
static int
name_components(struct incident *in, struct site *s, json_t *seen)
{
	for (size_t i = 0; i < json_array_size(in->raw); i++) {
		json_t *name = canonical(s, seen, json_string_value(
		    json_array_get(in->raw, i)));
		if (!name)
			return inc__fail(INC_ERROR, "out of memory");
		if (has_name(seen, name))
			json_decref(name);
		else
			json_array_append_new(seen, name);
	}
	for (size_t k = 0; k < in->count; k++) {
		struct update *u = &in->updates[k];
		if (update_names(s, seen, u) < 0)
			return INC_ERROR;
		for (size_t i = 0; i < json_array_size(u->names); i++)
			if (!has_name(in->names, json_array_get(u->names, i)))
				json_array_append(in->names,
				    json_array_get(u->names, i));
	}
	return 0;
}

static int
has_name(json_t *names, json_t *name)
{
	for (size_t i = 0; i < json_array_size(names); i++)
		if (json_equal(json_array_get(names, i), name))
			return 1;
	return 0;
}

static void
incident_free(struct incident *in)
{
	for (size_t i = 0; in->updates && i < in->count; i++) {
		json_decref(in->updates[i].raw);
		json_decref(in->updates[i].names);
		free(in->updates[i].raw_status);
		free(in->updates[i].name_status);
	}
	free(in->updates);
	json_decref(in->raw);
	json_decref(in->names);
	free(in->shown_as);
	free(in->raw_at);
	for (size_t k = 0; in->affected_json && k < in->count; k++)
		free(in->affected_json[k]);
	free(in->affected_json);
	inc__buf_free(&in->own);
	inc_incident_free(in->incident);
}

/*
 * The incident's state at time t, from its open and state events; of
 * those at t, only those before the event at index order in the log (an
 * update and the IC's resolution in the same second: the update came
 * first).
 */
static const char *
state_at(json_t *events, int64_t t, size_t order)
{
	const char *state = NULL;
	int64_t best = INT64_MIN;

	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		const char *type = inc__str(e, "type");
		int64_t at;
		if (!type || (strcmp(type, "open") && strcmp(type, "state")) ||
		    !inc__str(e, "state") || inc__time_get(&at, e, "at") < 0 ||
		    at > t || at < best || (at == t && i > order))
			continue;
		best = at;
		state = inc__str(e, "state");
	}
	return state;
}

/* The newest event that resolved the incident, or NULL. */
static json_t *
resolving_event(json_t *events)
{
	json_t *found = NULL;

	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		if (inc__str(e, "type") && !strcmp(inc__str(e, "type"), "state") &&
		    inc__str(e, "state") && !strcmp(inc__str(e, "state"),
		    "resolved") && inc__str(e, "id"))
			found = e;
	}
	return found;
}

/*
 * When the incident, open now, was opened again after it was last
 * resolved (by the IC, or by an update saying so), or 0: the page
 * changed then, from all clear to the outage, though no update was
 * posted, and a copy that has only the resolution is behind it.
 */
static int64_t
reopened_at(inc_incident *incident)
{
	json_t *events = incident->events, *e;
	int64_t resolved = 0, reopened = 0, at;
	size_t i;

	if (inc_incident_state(incident) == INC_STATE_RESOLVED)
		return 0;
	json_array_foreach(events, i, e) {
		const char *type = inc__str_or(e, "type", "");
		const char *said = !strcmp(type, "state") ? inc__str(e, "state") :
		    !strcmp(type, "status") ? inc__str(e, "status") : NULL;
		if (said && !strcmp(said, "resolved") &&
		    inc__time_get(&at, e, "at") == 0 && at > resolved)
			resolved = at;
	}
	json_array_foreach(events, i, e)
		if (resolved && !strcmp(inc__str_or(e, "type", ""), "state") &&
		    strcmp(inc__str_or(e, "state", ""), "resolved") &&
		    inc__time_get(&at, e, "at") == 0 && at >= resolved &&
		    (!reopened || at < reopened))
			reopened = at;
	return reopened;
}

/* The customer-facing post-mortem recorded last, if any. */
static void
read_postmortem(struct incident *in)
{
	json_t *events = in->incident->events;
	struct update *pm = &in->postmortem;
	int64_t newest = 0;

	/* the newest recorded, a correction backfilled (-t) too */
	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		int64_t at, recorded;
		if (strcmp(inc__str_or(e, "type", ""), "postmortem") ||
		    !inc__str(e, "body") || !inc__str(e, "id") ||
		    inc__time_get(&at, e, "at") < 0)
			continue;
		if (inc__time_get(&recorded, e, "recorded_at") < 0)
			recorded = at;
		if (pm->message && recorded < newest)
			continue;
		newest = recorded;
		pm->event = e;
		pm->id = inc__str(e, "id");
		pm->message = inc__str(e, "body");
		pm->at = at;
		pm->status = in->status;
	}
}

/* A maintenance's start: the one announced, else its first update. */
static int64_t
window_start(const struct incident *in)
{
	return in->scheduled_for ? in->scheduled_for : in->created;
}

/*
 * A scheduled maintenance: its window the newest one announced, begun
 * when it went in progress, ended when completed.
 */
static int
read_maintenance(struct incident *in, struct site *s)
{
	json_t *closing = resolving_event(in->incident->events);
	int64_t resolved_state = 0, first;

	qsort(in->updates, in->count, sizeof(*in->updates), by_at);
	/* resolved without completing it: the site completes it */
	if (in->updates[in->count - 1].status != COMPLETED && closing &&
	    inc_incident_state(in->incident) == INC_STATE_RESOLVED &&
	    inc__time_get(&resolved_state, in->incident->picture,
	    "resolved_at") == 0) {
		struct update *u = &in->updates[in->count++];
		memset(u, 0, sizeof(*u));
		u->event = closing;
		u->id = inc__str(closing, "id");
		u->message = s->completed_text;
		u->at = resolved_state > in->updates[in->count - 2].at ?
		    resolved_state : in->updates[in->count - 2].at;
		u->status = COMPLETED;
		u->given = -1;
		if (!(u->raw = json_array()))
			return inc__fail(INC_ERROR, "out of memory");
	}
	if (inc__maintenance_window(in->incident->events, NULL,
	    &in->scheduled_for, &in->scheduled_until, &first) < 0)
		return INC_ERROR;
	for (size_t i = 0; i < in->count; i++) {
		struct update *u = &in->updates[i];
		if (UNDERWAY(u->status) && !in->started)
			in->started = u->at;
		if (u->status == COMPLETED)
			in->resolved = u->at;
	}
	in->status = in->updates[in->count - 1].status;
	if (in->status != COMPLETED)
		in->resolved = 0;
	in->created = in->updates[0].at;
	in->updated = in->updates[in->count - 1].at;
	/* no start announced: it was due when it was first told of; no
	 * end announced: none is known (scheduled_until stays 0, null) */
	if (!in->started)
		in->started = window_start(in);
	in->impact = MAINTENANCE;
	in->open = !ENDED(in->status);
	return 1;
}

/*
 * An incident as the page shows it: open until its newest update says
 * resolved or the incident itself is resolved, when the site adds the
 * update Statuspage would (the team's text, inc.pageResolvedMessage);
 * open again, investigating, when its state changed to one not resolved
 * after its newest update said resolved (opened again), that update
 * still its newest words and its impact at least the worst it had.
 * An update's impact is as impact.c has it; the incident's is its newest
 * update's. Its components are all that any update named.
 */
static int
read_incident(struct incident *in, inc_incident *incident, struct site *s)
{
	json_t *p = incident->picture, *events = incident->events, *closing;
	int64_t resolved_state = 0, began, again;
	struct inc__impacts w;
	int rc, reopened = 0;

	memset(in, 0, sizeof(*in));
	in->incident = incident;
	in->id = inc_incident_id(incident);
	in->title = inc__str(p, "public_title") ? inc__str(p, "public_title") :
	    inc__str(p, "title") ? inc__str(p, "title") : in->id;
	if (inc__str(p, "public_title") &&
	    (rc = public_id(in->public_id, in->id)) < 0)
		return rc;
	in->impact = 0;
	if (!(in->updates = calloc(json_array_size(events) + 1,
	    sizeof(*in->updates))) || !(in->names = json_array()) ||
	    !(in->raw = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	/* with maintenance events, a maintenance: those are its updates */
	for (size_t i = 0; i < json_array_size(events) && !in->maintenance; i++)
		in->maintenance = !strcmp(inc__str_or(json_array_get(events, i),
		    "type", ""), "maintenance");
	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		if (strcmp(inc__str_or(e, "type", ""), in->maintenance ?
		    "maintenance" : "status"))
			continue;
		if ((rc = read_update(&in->updates[in->count], e, in->raw)) < 0)
			return rc;
		in->updates[in->count].order = i;
		in->count += (size_t)rc;
	}
	if (!in->count)
		return 0;
	if (in->maintenance)
		return read_maintenance(in, s);
	qsort(in->updates, in->count, sizeof(*in->updates), by_at);
	in->status = in->updates[in->count - 1].status;
	in->created = in->updates[0].at;
	in->updated = in->updates[in->count - 1].at;
	if (inc__time_get(&in->started, p, "opened_at") < 0)
		in->started = in->created;
	/*
	 * it began when customers were first hit, if before (inc-open -O),
	 * after 1970 as inc-open takes it
	 */
	if (inc__time_get(&began, p, "impact_began_at") == 0 && began > 0 &&
	    began < in->started)
		in->started = began;
	if (in->status == RESOLVED && (reopened = inc__picture_reopened(p,
	    in->updated))) {
		/* opened again since: open, with those words, until comms
		 * posts again */
		in->status = 0;
	} else if (in->status == RESOLVED) {
		in->resolved = in->updated;
	} else if (inc_incident_state(incident) == INC_STATE_RESOLVED &&
	    inc__time_get(&resolved_state, p, "resolved_at") == 0 &&
	    (closing = resolving_event(events))) {
		struct update *u = &in->updates[in->count++];
		if (resolved_state < in->updated)
			resolved_state = in->updated;
		memset(u, 0, sizeof(*u));
		u->event = closing;
		u->id = inc__str(closing, "id");
		/* closed as a duplicate: its primary goes on telling */
		u->message = json_object_get(p, "duplicate_of") ?
		    s->duplicate_text : s->resolved_text;
		u->at = resolved_state;
		u->order = json_array_size(events);
		u->status = RESOLVED;
		u->given = -1;
		if (!(u->raw = json_array()))
			return inc__fail(INC_ERROR, "out of memory");
		in->status = RESOLVED;
		in->resolved = in->updated = resolved_state;
	}
	if ((rc = inc__impacts_start(&w)) < 0)
		return rc;
	for (size_t i = 0; i < in->count; i++) {
		struct update *u = &in->updates[i];
		if ((rc = inc__impacts_next(&w, u->event, u->status == RESOLVED,
		    state_at(events, u->at, u->order))) < 0)
			break;
		u->impact = in->impact = rc;
		/* when it entered monitoring, the last time it did */
		if (u->status == 2 && (!i || in->updates[i - 1].status != 2))
			in->monitoring = u->at;
	}
	inc__impacts_end(&w);
	if (rc < 0)
		return rc;
	/* opened again: at least the worst impact it had */
	for (size_t i = 0; reopened && i < in->count; i++)
		if (in->updates[i].impact > in->impact)
			in->impact = in->updates[i].impact;
	in->open = in->status != RESOLVED;
	if (in->open && (again = reopened_at(incident)) > in->updated)
		in->updated = again;
	read_postmortem(in);
	/* its post-mortem published changes it, as Statuspage's does */
	if (in->postmortem.message && in->postmortem.at > in->updated)
		in->updated = in->postmortem.at;
	return 1;
}

static int
by_newest(const void *a, const void *b)
{
	const struct incident *x = a, *y = b;

	if (x->started != y->started)
		return x->started > y->started ? -1 : 1;
	return strcmp(y->id, x->id);
}

static int
by_name(const void *a, const void *b)
{
	const struct component *x = a, *y = b;
	int c = strcasecmp(x->name, y->name);

	return c ? c : strcmp(x->name, y->name);
}

/* The component (not a group) named name, or NULL when it is not listed. */
static struct component *
component_named(struct site *s, const char *name)
{
	for (size_t i = 0; name && i < s->ncomponents; i++)
		if (!s->components[i].members &&
		    !strcmp(s->components[i].name, name))
			return &s->components[i];
	return NULL;
}

static struct component *
component_new(struct site *s, const char *kind, const char *name)
{
	struct component *c = &s->components[s->ncomponents++];

	memset(c, 0, sizeof(*c));
	c->name = name;
	c->position = (int)s->ncomponents;
	if (!(c->days = calloc(UPTIME_DAYS, sizeof(*c->days)))) {
		inc__fail(INC_ERROR, "out of memory");
		return NULL;
	}
	return short_id(c->id, kind, name) < 0 ? NULL : c;
}

/*
 * The components listed: the declared ones in their order, each group
 * before its members; or, when none is declared, every one an update
 * named (seen), by name.
 */
static int
list_components(struct site *s, json_t *seen)
{
	size_t n = s->ndeclared ? s->ndeclared * 2 : json_array_size(seen);

	if (!(s->components = calloc(n + 1, sizeof(*s->components))))
		return inc__fail(INC_ERROR, "out of memory");
	if (!s->ndeclared) {
		for (size_t i = 0; i < n; i++)
			if (!component_new(s, "component", json_string_value(
			    json_array_get(seen, i))))
				return INC_ERROR;
		if (n)
			qsort(s->components, n, sizeof(*s->components), by_name);
		for (size_t i = 0; i < n; i++)
			s->components[i].position = (int)i + 1;
		return 0;
	}
	for (size_t i = 0; i < s->ndeclared; i++) {
		struct inc__component *d = &s->declared[i];
		struct component *g = NULL, *c;
		int first = 1;
		for (size_t k = 0; d->group && k < i && first; k++)
			first = !s->declared[k].group ||
			    strcmp(s->declared[k].group, d->group);
		if (d->group && !first)
			continue; /* listed with its group */
		if (d->group && !(g = component_new(s, "group", d->group)))
			return INC_ERROR;
		for (size_t k = i; k < s->ndeclared; k++) {
			struct inc__component *m = &s->declared[k];
			if (k != i && (!g || !m->group || strcmp(m->group,
			    d->group)))
				continue;
			if (!(c = component_new(s, "component", m->name)))
				return INC_ERROR;
			c->description = m->description;
			if (g) {
				c->group = g->name;
				memcpy(c->group_id, g->id, sizeof(c->group_id));
				g->members++;
			}
		}
	}
	return 0;
}

static void
component_seen(struct component *c, int64_t at)
{
	if (!c->created || at < c->created)
		c->created = at;
	if (at > c->updated)
		c->updated = at;
}

/* Room for n more edges of c. */
static int
edges_room(struct component *c, size_t n)
{
	size_t size = c->edges_size ? c->edges_size : 16;
	struct edge *more;

	if (c->nedges + n <= c->edges_size)
		return 0;
	while (size < c->nedges + n)
		size *= 2;
	if (!(more = realloc(c->edges, size * sizeof(*more))))
		return inc__fail(INC_ERROR, "out of memory");
	c->edges = more, c->edges_size = size;
	return 0;
}

/*
 * An incident or maintenance puts a component at an impact (or under
 * maintenance) from one time to another, clipped to the days: two edges,
 * made days by uptime_days.
 */
static int
uptime_add(struct site *s, struct component *c, int impact, int64_t from,
    int64_t to)
{
	int64_t end = s->first_day + (int64_t)UPTIME_DAYS * DAY;

	if (from < s->first_day)
		from = s->first_day;
	if (to > end)
		to = end;
	if (impact <= 0 || from >= to)
		return 0;
	if (edges_room(c, 2) < 0)
		return INC_ERROR;
	c->edges[c->nedges++] = (struct edge){ from, impact };
	c->edges[c->nedges++] = (struct edge){ to, -impact };
	return 0;
}

/* A group's edges joined by a member's. */
static int
edges_join(struct component *g, const struct component *c)
{
	if (!c->nedges) /* none: c->edges, and maybe g->edges, are NULL */
		return 0;
	if (edges_room(g, c->nedges) < 0)
		return INC_ERROR;
	memcpy(g->edges + g->nedges, c->edges, c->nedges * sizeof(*c->edges));
	g->nedges += c->nedges;
	return 0;
}

/* A day's seconds at an impact (or maintenance), from one time to another. */
static void
days_add(struct site *s, struct component *c, int impact, int64_t from,
    int64_t to)
{
	while (from < to) {
		int64_t day = (from - s->first_day) / DAY;
		int64_t next = s->first_day + (day + 1) * DAY;
		int64_t upto = next < to ? next : to;
		c->days[day][impact] += upto - from;
		from = upto;
	}
}

static int
by_time(const void *a, const void *b)
{
	int64_t x = ((const struct edge *)a)->at;
	int64_t y = ((const struct edge *)b)->at;

	return (x > y) - (x < y);
}

/* The worse of two component statuses: any outage over maintenance. */
static int
worse(int a, int b)
{
	if (a == MAINTENANCE || b == MAINTENANCE)
		return a && a != MAINTENANCE ? a : b && b != MAINTENANCE ? b :
		    MAINTENANCE;
	return a > b ? a : b;
}

/*
 * A component's days from its edges: each moment once, at the worst of
 * the impacts (and maintenance) in effect then, so that two incidents at
 * once, or an incident during a maintenance, do not count it twice.
 */
static void
uptime_days(struct site *s, struct component *c)
{
	int count[MAINTENANCE + 1] = { 0 }; /* the impacts in effect */

	if (c->nedges)
		qsort(c->edges, c->nedges, sizeof(*c->edges), by_time);
	for (size_t i = 0; i < c->nedges; i++) {
		int worst = 0, x = c->edges[i].impact;
		for (int k = 1; k <= MAINTENANCE; k++)
			if (count[k])
				worst = worse(worst, k);
		if (worst)
			days_add(s, c, worst, c->edges[i - 1].at,
			    c->edges[i].at);
		count[x > 0 ? x : -x] += x > 0 ? 1 : -1;
	}
	free(c->edges);
	c->edges = NULL, c->nedges = c->edges_size = 0;
}

/*
 * What an update makes of a component (name) that was level before it
 * (see component_impact), INC__OWN over it when given by name: as
 * inc__speaks has it.
 */
static int
update_speaks(const struct update *u, json_t *name, int level)
{
	size_t n = json_array_size(u->names), j = 0;

	while (j < n && !json_equal(json_array_get(u->names, j), name))
		j++;
	return inc__speaks(level, j < n, j < n && u->name_status ?
	    u->name_status[j] : -1, n, u->given, u->impact);
}

/*
 * What an incident's first upto updates make of a component (name): -1
 * when none of them named it; else what the newest update that speaks
 * for it says: the status it gave the component, if it gave one, else
 * its impact (an index in impacts, the component status it means). An
 * update speaks for the components it names, or for all of the
 * incident's when it names none: "-i none -p API" leaves Copilot as it
 * was. One naming none with no impact of its own (-i) leaves a status
 * given by name as it was: "We're seeing recovery across all services"
 * does not undo "-p Copilot=operational".
 */
static int
component_impact(const struct incident *in, json_t *name, size_t upto)
{
	int level = -1;

	for (size_t m = 0; m < upto; m++)
		level = update_speaks(&in->updates[m], name, level);
	return INC__LEVEL(level);
}

/*
 * What each of names (level: one each, INC__OWN over it when given by name:
 * read it with INC__LEVEL) is made of after an incident's updates from *done
 * to upto, as component_impact has it after upto;
 * *done becomes upto. Taken a few updates at a time, in order, a walk
 * over them all costs what one component_impact does, not one each.
 */
static void
component_impacts(int *level, size_t *done, const struct incident *in,
    json_t *names, size_t upto)
{
	for (; *done < upto; ++*done)
		for (size_t i = 0; i < json_array_size(names); i++)
			level[i] = update_speaks(&in->updates[*done],
			    json_array_get(names, i), level[i]);
}

/*
 * A maintenance's components: their times, and the days of its window
 * from when it began (or was due to) to its end, or the newest event.
 */
static int
maintenance_components(struct site *s, struct incident *in)
{
	int rc;

	for (size_t j = 0; j < json_array_size(in->names); j++) {
		struct component *c = component_named(s, json_string_value(
		    json_array_get(in->names, j)));
		if (!c)
			continue;
		component_seen(c, in->created);
		if (in->resolved)
			component_seen(c, in->resolved);
		if (in->status != SCHEDULED && (rc = uptime_add(s, c,
		    MAINTENANCE, in->started, in->resolved ? in->resolved :
		    s->updated)) < 0)
			return rc;
	}
	return 0;
}

/* After the incidents: what maintenance underway puts under it. */
static void
maintenance_status(struct site *s)
{
	for (size_t i = 0; i < s->count; i++) {
		struct incident *in = &s->incidents[i];
		if (!in->maintenance || !UNDERWAY(in->status))
			continue;
		for (size_t j = 0; j < json_array_size(in->names); j++) {
			struct component *c = component_named(s,
			    json_string_value(json_array_get(in->names, j)));
			if (c && c->status == 0)
				c->status = MAINTENANCE;
		}
	}
}

/*
 * Each component's status (the worst the open incidents naming it make
 * of it: see component_impact), times and days: from each update that
 * named it to the next one, or to the end of the incident (the newest
 * event, when open), at what the updates to it make of it.
 */
static int
find_components(struct site *s, json_t *seen)
{
	int rc, *level = NULL, *more; /* each of an incident's names' */
	size_t done;

	for (size_t i = 0; i < s->count; i++) {
		if (s->incidents[i].updated > s->updated)
			s->updated = s->incidents[i].updated;
		/* a fast run has every incident's from the state */
		if (!s->fast && (!s->oldest || s->incidents[i].created <
		    s->oldest))
			s->oldest = s->incidents[i].created;
	}
	s->first_day = s->updated - s->updated % DAY -
	    (int64_t)(UPTIME_DAYS - 1) * DAY;
	if ((rc = list_components(s, seen)) < 0)
		return rc;
	for (size_t i = 0; i < s->count; i++) {
		struct incident *in = &s->incidents[i];
		int64_t end = in->open ? s->updated : in->resolved;
		size_t nn = json_array_size(in->names);
		int worst;
		if (in->maintenance) {
			if ((rc = maintenance_components(s, in)) < 0) {
				free(level);
				return rc;
			}
			continue;
		}
		/* the first and last update naming each component */
		for (size_t j = 0; j < json_array_size(in->raw); j++) {
			int cached = in->shown_as && !in->fresh;
			json_t *name = cached ? NULL : canonical(s, seen,
			    json_string_value(json_array_get(in->raw, j)));
			struct component *c = component_named(s, cached ?
			    in->shown_as[j] : json_string_value(name));
			json_decref(name);
			if (c && in->raw_at && in->raw_at[2 * j]) {
				component_seen(c, in->raw_at[2 * j]);
				component_seen(c, in->raw_at[2 * j + 1]);
			}
		}
		/* the updates, for the uptime days they fall in */
		if (end >= s->first_day && (rc = need(s, in)) < 0) {
			free(level);
			return inc__fail(rc, "%s", s->why);
		}
		if (!(more = realloc(level, (nn + 1) * sizeof(*level)))) {
			free(level);
			return inc__fail(INC_ERROR, "out of memory");
		}
		level = more;
		for (size_t j = 0; j < nn; j++)
			level[j] = -1;
		done = 0;
		for (size_t k = 0; end >= s->first_day && k < in->count; k++) {
			struct update *u = &in->updates[k];
			int64_t next = k + 1 < in->count ? in->updates[k + 1].at :
			    end;
			component_impacts(level, &done, in, in->names, k + 1);
			/* an update that said resolved before it was opened
			 * again lasts while it is open */
			if (u->status == RESOLVED && !(in->open && k + 1 ==
			    in->count))
				continue;
			for (size_t j = 0; j < json_array_size(in->names); j++) {
				struct component *c = component_named(s,
				    json_string_value(json_array_get(in->names,
				    j)));
				if (c && (rc = uptime_add(s, c,
				    INC__LEVEL(level[j]), u->at, next)) < 0) {
					free(level);
					return rc;
				}
			}
		}
		/*
		 * the page: its impact, or worse what it makes of them (an
		 * open one's updates were all walked above: it ends now)
		 */
		worst = in->impact;
		for (size_t j = 0; j < nn; j++) {
			struct component *c = component_named(s,
			    json_string_value(json_array_get(in->names, j)));
			int x = in->open ? INC__LEVEL(level[j]) : -1;
			if (x > worst)
				worst = x;
			if (!c)
				continue;
			if (x > c->status)
				c->status = x;
			if (in->resolved)
				component_seen(c, in->resolved);
		}
		/* an open incident is never all clear, whatever its impact */
		if (in->open && (worst ? worst : 1) > s->indicator)
			s->indicator = worst ? worst : 1;
	}
	free(level);
	maintenance_status(s);
	for (size_t i = 0; i < s->count && !s->indicator; i++)
		if (s->incidents[i].maintenance &&
		    UNDERWAY(s->incidents[i].status))
			s->indicator = MAINTENANCE;
	/*
	 * an incident whose log did not read may be open: the page is not
	 * all clear while it cannot tell
	 */
	if (s->warned && !s->indicator)
		s->indicator = 1;
	if (s->fast) /* every incident's times, not only those read */
		fast_times(s);
	/* a group: its members' worst status, their times, and each
	 * moment of its days once, at the worst of its members then */
	for (size_t i = 0; i < s->ncomponents; i++) {
		struct component *g = &s->components[i];
		for (int m = 1; m <= g->members; m++) {
			struct component *c = &s->components[i + (size_t)m];
			g->status = worse(g->status, c->status);
			if (c->created)
				component_seen(g, c->created);
			if (c->updated)
				component_seen(g, c->updated);
			if ((rc = edges_join(g, c)) < 0)
				return rc;
		}
	}
	for (size_t i = 0; i < s->ncomponents; i++)
		uptime_days(s, &s->components[i]);
	return 0;
}

static void
site_free(struct site *s)
{
	for (size_t i = 0; i < s->count; i++)
		incident_free(&s->incidents[i]);
	for (size_t i = 0; i < s->ncomponents; i++) {
		free(s->components[i].days);
		free(s->components[i].edges);
		free(s->components[i].json);
	}
	free(s->incidents);
	free(s->components);
	inc__components_free(s->declared, s->ndeclared);
	free(s->name);
	free(s->url);
	free(s->resolved_text);
	free(s->completed_text);
	free(s->duplicate_text);
	free(s->team);
	free(s->team_url);
	if (s->cache)
		munmap((void *)(uintptr_t)s->cache, s->cache_len);
	free(s->records);
	free(s->slots);
	inc__buf_free(&s->hidden);
	inc__buf_free(&s->added);
	inc__buf_free(&s->shown_periods);
	json_decref(s->seen);
	free(s->memo_raw);
	free(s->memo_shown);
	free(s->by_newest_entry);
	for (size_t i = 0; i < s->nhiddens; i++)
		free(s->hiddens[i].id);
	free(s->hiddens);
	inc__strv_free(s->seen_by, s->nseen_by);
	free(s->quarters);
	free(s->feeds);
	inc__buf_free(&s->state_periods);
	state_free(s->state);
}

/*
 * A link the page gives customers: http, https or mailto only, never
 * "javascript:" from whoever can push the settings. Another is warned
 * about and left out; the page is still made.
 */
static void
page_link(char *url, const char *key)
{
	if (!*url || inc__html_url_allowed(url, strlen(url)))
		return;
	inc__warn("%s: %s: not an http, https or mailto address (ignored)",
	    key, url);
	*url = '\0';
}

static int
site_settings(struct site *s, inc_repo *repo)
{
	git_config *cfg = NULL;
	int rc;

	if ((rc = inc__config_snapshot(&cfg, repo)) == 0 &&
	    (rc = inc__config_string(&s->name, cfg, "inc.pageName",
	    "Status")) == 0 &&
	    (rc = inc__config_string(&s->url, cfg, "inc.pageUrl", "")) == 0 &&
	    (rc = inc__config_string(&s->resolved_text, cfg,
	    "inc.pageResolvedMessage", "This incident has been resolved.")) == 0 &&
	    (rc = inc__config_string(&s->completed_text, cfg,
	    "inc.pageCompletedMessage", "The scheduled maintenance has been "
	    "completed.")) == 0 &&
	    (rc = inc__config_string(&s->duplicate_text, cfg,
	    "inc.pageDuplicateMessage", "This incident has been merged into "
	    "another one on this page, where updates continue.")) == 0 &&
	    (rc = inc__config_string(&s->team, cfg, "inc.pageTeam", "")) == 0 &&
	    (rc = inc__config_string(&s->team_url, cfg, "inc.pageTeamUrl",
	    "")) == 0)
		rc = inc__components_read(&s->declared, &s->ndeclared, cfg);
	git_config_free(cfg);
	if (rc == 0) {
		page_link(s->url, "inc.pageUrl");
		page_link(s->team_url, "inc.pageTeamUrl");
	}
	return rc;
}

/* The blob of the team's settings in a commit: 1, or 0 with none. */
static int
settings_blob(git_oid *out, const git_commit *commit)
{
	git_tree *tree = NULL;
	int found = git_commit_tree(&tree, commit) == 0 &&
	    inc__team_file_id(out, tree);

	git_tree_free(tree);
	return found;
}

/*
 * When the page was set up, for a site with no update at all: a fresh
 * page is dated then, as Statuspage dates one, and no internal event's
 * time is told. That is when the team's settings (INC_TEAM_FILE) became
 * what HEAD has (the first commit of HEAD's first parents with them
 * since they last changed; one that does not read ends the search),
 * else, with none committed, this run's time.
 */
static int64_t
set_up_time(inc_repo *repo)
{
	git_commit *commit = NULL, *parent = NULL;
	git_oid id, want;
	int64_t at = 0;

	if (git_reference_name_to_id(&id, repo->git, "HEAD") == 0 &&
	    git_commit_lookup(&commit, repo->git, &id) == 0 &&
	    settings_blob(&want, commit)) {
		for (;;) {
			at = git_commit_author(commit)->when.time;
			if (git_commit_parent(&parent, commit, 0) < 0 ||
			    !settings_blob(&id, parent) || !git_oid_equal(&id,
			    &want))
				break;
			git_commit_free(commit);
			commit = parent;
			parent = NULL;
		}
	}
	git_commit_free(parent);
	git_commit_free(commit);
	git_error_clear();
	return at ? at : inc__time_now_ms() / 1000;
}

/* When anything on the page last changed, or it was set up. */
static int64_t
page_updated(const struct site *s)
{
	return s->updated ? s->updated : s->set_up;
}

/* --- the cache --- */

/*
 * What the site was made from, kept in the git directory beside the
 * picture cache (incident-publish), so that a run reads and renders again
 * only the incidents whose log changed: for each incident its tree (which
 * names every byte of its log) and what the site made of it (struct
 * incident, with its component names as given, and its parts: see
 * make_parts), or that it is not shown. The cache is for one key, a hash
 * of the settings the site depends on and of PUBLISH_CACHE_VERSION (raise
 * it when the output changes); one with another key, damaged or missing
 * is made again from the logs, and failing to read or write it is never
 * an error. It also says which site the pages were written into (its
 * device and inode, and its index.html's inode, time and size): only
 * there are the pages of an unchanged incident taken to be written
 * already. Anything else is written, or compared with the file it would
 * replace, as a first run does.
 *
 * The format: "incident-publish VERSION\n" and the key, then records,
 * "R HEADLENGTH HEADSUM BODYLENGTH BODYSUM ", the head and the body (SUM:
 * see record_sum, so that a record damaged on disk is not taken): the
 * head holds what every run needs of every incident (its times, status,
 * component names), checked when the cache is read; the body (title,
 * public id, updates, parts) is read and checked only when a file shows
 * more of the incident (need()), as the bounded files do of a few. Then
 * sites, "S " and a string, and the history's quarters, "P " and a string
 * (see period_sig).
 * A number is its digits and a space, a string its length, a space, its
 * bytes and a NUL (so that it is used where it lies, mapped). A run
 * appends the records of the incidents that changed and the site; a
 * record replaces those of the incident before it, the last site is the
 * one.
 */
#define PUBLISH_CACHE_VERSION 36

struct record {
	const char *id;
	git_oid tree;
	const char *start, *end;  /* the whole record */
	const char *head;         /* its head, after id and tree */
	const char *body;         /* the end of its head, and its body */
	int64_t body_sum;
	uint64_t hash;            /* of its id (see id_hash) */
};

struct cursor {
	const char *p, *end;
	int bad;
};

/* A checksum of a record's bytes: FNV-1a, 8 bytes at a time. */
static int64_t
record_sum(const char *p, size_t n)
{
	uint64_t h = 14695981039346656037ULL, w;

	for (; n >= 8; p += 8, n -= 8) {
		memcpy(&w, p, 8);
		h = (h ^ w) * 1099511628211ULL;
	}
	for (; n; p++, n--)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	return (int64_t)(h >> 8); /* a positive number */
}

/* A number: an optional -, at most 18 digits and a space. */
static int64_t
get_num(struct cursor *c)
{
	const char *p = c->p, *last;
	int64_t v = 0;
	int minus = 0;

	if (c->bad)
		return 0;
	if (p < c->end && *p == '-')
		minus = 1, p++;
	/* at most 18 digits, and the space after them, in the cache */
	last = c->end - p > 19 ? p + 18 : c->end - 1;
	for (; p < last && (unsigned)(*p - '0') <= 9; p++)
		v = v * 10 + (*p - '0');
	if (p == c->p + minus || p >= c->end || *p != ' ') {
		c->bad = 1;
		return 0;
	}
	c->p = p + 1;
	return minus ? -v : v;
}

static const char *
get_str(struct cursor *c)
{
	int64_t n = get_num(c);
	const char *v = c->p;

	if (c->bad || n < 0 || n >= c->end - c->p || c->p[n] != '\0') {
		c->bad = 1;
		return "";
	}
	c->p += n + 1;
	return v;
}

/*
 * v as "%lld" prints it, then end if not NUL: the cache, the state and
 * the history pages hold thousands of numbers, and printf costs.
 */
static void
put_dec(struct inc_buf *b, int64_t v, char end)
{
	char digits[24], *p = digits + sizeof(digits);
	uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;

	if (end)
		*--p = end;
	do
		*--p = (char)('0' + u % 10);
	while (u /= 10);
	if (v < 0)
		*--p = '-';
	inc__buf_put(b, p, (size_t)(digits + sizeof(digits) - p));
}

static void
put_num(struct inc_buf *b, int64_t v)
{
	put_dec(b, v, ' ');
}

static void
put_str(struct inc_buf *b, const char *v)
{
	size_t n = strlen(v);

	put_num(b, (int64_t)n);
	inc__buf_put(b, v, n + 1);
}

/* FNV-1a of an id */
static uint64_t
id_hash(const char *id)
{
	uint64_t h = 14695981039346656037ULL;

	for (const char *p = id; *p; p++)
		h = (h ^ (unsigned char)*p) * 1099511628211ULL;
	return h;
}

/*
 * The slot where id's record is, or would go (h: its id_hash), probed
 * on; the ids, in the mapped cache, are compared only when the hashes
 * are the same.
 */
static size_t
record_slot(const struct site *s, const char *id, uint64_t h)
{
	size_t i;

	for (i = (size_t)h & (s->nslots - 1); s->slots[i] &&
	    (s->records[s->slots[i] - 1].hash != h ||
	    strcmp(s->records[s->slots[i] - 1].id, id));
	    i = (i + 1) & (s->nslots - 1))
		;
	return i;
}

/* The key: what every byte of the site depends on, but the logs. */
static int
site_key(struct site *s)
{
	struct inc_buf b = {0};
	git_oid oid;
	int rc;

	put_num(&b, PUBLISH_CACHE_VERSION);
	put_str(&b, s->name);
	put_str(&b, s->url);
	put_str(&b, s->resolved_text);
	put_str(&b, s->completed_text);
	put_str(&b, s->duplicate_text);
	put_str(&b, s->team);
	put_str(&b, s->team_url);
	for (size_t i = 0; i < s->ndeclared; i++) {
		put_str(&b, s->declared[i].name);
		put_str(&b, s->declared[i].description ?
		    s->declared[i].description : "\n");
		put_str(&b, s->declared[i].group ? s->declared[i].group : "\n");
		put_num(&b, s->declared[i].order);
	}
	if ((rc = inc__buf_error(&b)) == 0 &&
	    (rc = git_odb_hash(&oid, b.s, b.len, GIT_OBJECT_BLOB)) < 0)
		rc = inc__git_fail(rc, "publish");
	if (rc == 0)
		git_oid_tostr(s->key, sizeof(s->key), &oid);
	inc__buf_free(&b);
	return rc;
}

/* Which site this is and its index.html as written; "" if none. */
static void
site_identity(char out[160], const char *dir)
{
	struct inc_buf path = {0};
	struct stat d, f;

	out[0] = '\0';
	if (inc__buf_printf(&path, "%s/index.html", dir) == 0 &&
	    stat(dir, &d) == 0 && stat(path.s, &f) == 0)
		snprintf(out, 160, "%llu %llu %llu %lld.%09ld %lld",
		    (unsigned long long)d.st_dev, (unsigned long long)d.st_ino,
		    (unsigned long long)f.st_ino, (long long)f.st_mtim.tv_sec,
		    (long)f.st_mtim.tv_nsec, (long long)f.st_size);
	inc__buf_free(&path);
}

static void
cache_path(struct inc_buf *b, inc_repo *repo)
{
	inc__buf_printf(b, "%sincident-publish", repo->commondir);
}

/*
 * The mapped cache read from its start: its version and key are this
 * run's, and c is at its first record; or -1.
 */
static int
cache_header(struct site *s, struct cursor *c)
{
	char header[64];

	c->p = s->cache, c->end = s->cache + s->cache_len;
	snprintf(header, sizeof(header), "incident-publish %d\n",
	    PUBLISH_CACHE_VERSION);
	if (s->cache_len < strlen(header) || strncmp(c->p, header,
	    strlen(header)))
		return -1;
	c->p += strlen(header);
	return strcmp(get_str(c), s->key) || c->bad ? -1 : 0;
}

/*
 * The cache's records, when it is for this key; else none. A record
 * read later replaces one read before for the same incident (they are
 * appended: see cache_store), and the site is the one read last.
 */
static void
cache_load(struct site *s, inc_repo *repo)
{
	struct inc_buf path = {0};
	struct cursor c = {0};
	char identity[160];
	const char *site = NULL;
	struct stat st;
	size_t cap = 0;
	int64_t sum;
	void *map;
	int fd = -1;

	cache_path(&path, repo);
	if (inc__buf_error(&path) < 0 || (fd = open(path.s, O_RDONLY |
	    O_CLOEXEC)) < 0 || fstat(fd, &st) < 0 || st.st_size < 1 ||
	    (map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE,
	    fd, 0)) == MAP_FAILED)
		goto out;
	s->cache = map, s->cache_len = (size_t)st.st_size;
	s->cache_dev = st.st_dev, s->cache_ino = st.st_ino;
	if (cache_header(s, &c) < 0)
		goto out;
	while (!c.bad && c.p < c.end) {
		struct record r = {.start = c.p};
		int64_t n, bn;
		if (c.end - c.p > 2 && !strncmp(c.p, "S ", 2)) {
			c.p += 2;
			site = get_str(&c);
			continue;
		}
		if (c.end - c.p > 2 && !strncmp(c.p, "P ", 2)) {
			c.p += 2;
			s->periods = get_str(&c);
			continue;
		}
		if (c.end - c.p < 2 || strncmp(c.p, "R ", 2))
			break;
		c.p += 2;
		n = get_num(&c);
		sum = get_num(&c);
		bn = get_num(&c);
		r.body_sum = get_num(&c);
		if (c.bad || n < 1 || bn < 0 || n > c.end - c.p ||
		    bn > c.end - c.p - n)
			break;
		r.body = c.p + n;
		r.end = r.body + bn;
		/* the head is checked now, the body when it is read */
		if (record_sum(c.p, (size_t)n) != sum) {
			c.p = r.end; /* damaged: as if it were not there */
			continue;
		}
		r.id = get_str(&c);
		r.hash = id_hash(r.id);
		if (c.bad || git_oid_fromstr(&r.tree, get_str(&c)) < 0 ||
		    c.p > r.body)
			break;
		r.head = c.p;
		if (s->nrecords == cap) {
			struct record *more = realloc(s->records, (cap = cap ?
			    cap * 2 : 256) * sizeof(*more));
			if (!more)
				break;
			s->records = more;
		}
		s->records[s->nrecords++] = r;
		c.p = r.end;
	}
	/* a cache cut short (a write that failed) is written anew */
	s->cache_whole = !c.bad && c.p == c.end;
	site_identity(identity, s->dir);
	s->pages_known = site && *identity && !strcmp(site, identity);
	/* by id, the newest of each incident's (read last) */
	for (s->nslots = 16; s->nslots < 2 * s->nrecords; s->nslots *= 2)
		;
	if (!(s->slots = calloc(s->nslots, sizeof(*s->slots)))) {
		s->nrecords = 0;
		goto out;
	}
	for (size_t i = 0; i < s->nrecords; i++)
		s->slots[record_slot(s, s->records[i].id,
		    s->records[i].hash)] = i + 1;
out:
	if (fd >= 0)
		close(fd);
	inc__buf_free(&path);
}

static const struct record *
record_find(struct site *s, const char *id, const git_oid *tree)
{
	size_t i = s->slots ? s->slots[record_slot(s, id, id_hash(id))] : 0;
	const struct record *r = i ? &s->records[i - 1] : NULL;

	return r && git_oid_equal(&r->tree, tree) ? r : NULL;
}

static int
get_names(json_t **out, struct cursor *c)
{
	int64_t n = get_num(c);

	if (!(*out = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	for (int64_t i = 0; !c->bad && i < n; i++)
		if (json_array_append_new(*out, json_string(get_str(c))) < 0)
			c->bad = 1;
	return 0;
}

static void
put_names_raw(struct inc_buf *b, json_t *names)
{
	put_num(b, (int64_t)json_array_size(names));
	for (size_t i = 0; i < json_array_size(names); i++)
		put_str(b, json_string_value(json_array_get(names, i)));
}

/* The component names an incident's pages show, one a line. */
static void
names_line(struct inc_buf *b, json_t *names)
{
	for (size_t i = 0; i < json_array_size(names); i++)
		inc__buf_printf(b, "%s\n", json_string_value(json_array_get(names,
		    i)));
}

/*
 * An incident from its record's head: 1, or 0 when it is not shown; a
 * record that does not read is as none (below 0, with nothing to free).
 * Its body is read by need(), when a file shows more of it.
 */
static int
record_head(struct incident *in, const struct record *r)
{
	struct cursor c = {r->head, r->body, 0};
	int64_t count, nraw;

	memset(in, 0, sizeof(*in));
	if (!get_num(&c))
		return c.bad ? INC_ERROR : 0;
	in->id = r->id;
	in->tree = r->tree;
	in->record = r->start, in->record_end = r->end;
	in->body = r->body, in->body_end = r->end, in->body_sum = r->body_sum;
	in->maintenance = (int)get_num(&c);
	in->open = (int)get_num(&c);
	in->status = (int)get_num(&c);
	in->impact = (int)get_num(&c);
	in->started = get_num(&c);
	in->created = get_num(&c);
	in->updated = get_num(&c);
	in->monitoring = get_num(&c);
	in->resolved = get_num(&c);
	in->scheduled_for = get_num(&c);
	in->scheduled_until = get_num(&c);
	count = get_num(&c);
	in->newest = get_num(&c);
	if (get_num(&c)) {
		in->postmortem.message = ""; /* its text is in the body */
		in->postmortem.at = get_num(&c);
	}
	nraw = get_num(&c);
	if (c.bad || count < 1 || nraw < 0 || nraw > c.end - c.p ||
	    !(in->raw = json_array()) || !(in->names = json_array()) ||
	    !(in->shown_as = calloc((size_t)nraw + 1, sizeof(*in->shown_as))) ||
	    !(in->raw_at = calloc((size_t)nraw * 2 + 1, sizeof(*in->raw_at))))
		goto bad;
	in->count = (size_t)count;
	for (int64_t i = 0; i < nraw && !c.bad; i++) {
		if (json_array_append_new(in->raw, json_string(get_str(&c))) < 0)
			c.bad = 1;
		in->shown_as[i] = get_str(&c);
		in->raw_at[2 * i] = get_num(&c);
		in->raw_at[2 * i + 1] = get_num(&c);
	}
	in->shown_names = get_str(&c);
	for (const char *p = in->shown_names; !c.bad && *p;) {
		size_t n = strcspn(p, "\n");
		if (!p[n] || json_array_append_new(in->names,
		    json_stringn(p, n)) < 0)
			c.bad = 1;
		p += n + 1;
	}
	if (!c.bad && c.p == r->body && in->status >= 0 && in->status <
	    (int)(sizeof(statuses) / sizeof(*statuses)) && in->impact >= 0 &&
	    in->impact <= MAINTENANCE)
		return 1;
bad:
	incident_free(in);
	memset(in, 0, sizeof(*in));
	return INC_ERROR;
}

/* The statuses an update gave its raw names, as record_put puts them. */
static int
raw_statuses(struct update *u, struct cursor *c)
{
	size_t n = json_array_size(u->raw);

	if (!get_num(c))
		return c->bad ? -1 : 0;
	if (!(u->raw_status = calloc(n + 1, sizeof(*u->raw_status))))
		return -1;
	for (size_t i = 0; i < n && !c->bad; i++) {
		int64_t v = get_num(c);
		if (v < -1 || v > 3)
			c->bad = 1;
		u->raw_status[i] = (int)v;
	}
	if (!c->bad)
		return 0;
	free(u->raw_status);
	u->raw_status = NULL;
	return -1;
}

/*
 * An incident's body from its record, checked: 0, or below 0 when it is
 * damaged (what it read is freed by incident_free).
 */
static int
record_body(struct site *s, struct incident *in)
{
	struct cursor c = {in->body, in->body_end, 0};
	size_t count = in->count;

	if (record_sum(in->body, (size_t)(in->body_end - in->body)) !=
	    in->body_sum || !(in->updates = calloc(count, sizeof(*in->updates))))
		return INC_ERROR;
	in->count = 0;
	in->title = get_str(&c);
	if (snprintf(in->public_id, sizeof(in->public_id), "%s",
	    get_str(&c)) >= (int)sizeof(in->public_id))
		return INC_ERROR;
	for (; in->count < count && !c.bad; in->count++) {
		struct update *u = &in->updates[in->count];
		u->id = get_str(&c);
		u->message = get_str(&c);
		u->at = get_num(&c);
		u->status = (int)get_num(&c);
		u->given = (int)get_num(&c);
		u->impact = (int)get_num(&c);
		if (get_names(&u->raw, &c) < 0 || raw_statuses(u, &c) < 0 ||
		    u->status < 0 || u->status >=
		    (int)(sizeof(statuses) / sizeof(*statuses)) || u->impact < 0 ||
		    u->impact > MAINTENANCE || update_names(s, s->seen, u) < 0)
			return INC_ERROR;
	}
	if (in->postmortem.message) {
		in->postmortem.id = get_str(&c);
		in->postmortem.message = get_str(&c);
		in->postmortem.status = in->status;
	}
	in->parts = get_str(&c);
	in->parts_len = strlen(in->parts);
	in->summary_len = (size_t)get_num(&c);
	for (size_t k = 0; k <= in->count && !c.bad; k++) {
		struct update *u = k < in->count ? &in->updates[k] :
		    &in->postmortem;
		if (k == in->count && !in->postmortem.message)
			break;
		u->entry_at = (size_t)get_num(&c);
		u->entry_len = (size_t)get_num(&c);
		if (u->entry_at > in->parts_len ||
		    u->entry_len > in->parts_len - u->entry_at)
			c.bad = 1;
	}
	in->json_at = (size_t)get_num(&c);
	in->json_split = (size_t)get_num(&c);
	/* the holes: the oldest update's last, each before the one before */
	for (size_t k = 0, before = in->json_split; k < in->count && !c.bad;
	    k++) {
		size_t at = (size_t)get_num(&c);
		if (at <= in->json_at || at >= before)
			c.bad = 1;
		in->updates[k].affected_at = before = at;
	}
	return !c.bad && c.p == in->body_end && in->count == count &&
	    in->summary_len <= in->json_at && in->json_at < in->json_split &&
	    in->json_split < in->parts_len ? 0 : INC_ERROR;
}

static int incident_read(struct incident *in, struct site *s,
    inc_repo *repo, const char *id, const git_oid *tree,
    struct inc_buf *warn);
static int name_components(struct incident *in, struct site *s,
    json_t *seen);
static int make_parts(struct site *s, struct incident *in);
static void raw_times(struct incident *in);

/*
 * An incident whole: its body read from the cache when it was not yet;
 * when that is damaged, the incident is read from its log instead (and
 * its record written anew). Below 0 when that fails: why in s->why.
 */
static int
need(struct site *s, struct incident *in)
{
	struct incident again;
	struct inc_buf warn = {0};
	int rc, pages = in->pages;

	if (in->loaded || !in->record)
		return 0;
	if (record_body(s, in) == 0) {
		in->loaded = 1;
		return 0;
	}
	rc = incident_read(&again, s, s->repo, in->id, &in->tree, &warn);
	if (rc == 0)
		rc = inc__fail(INC_ERROR, "%s: not as its cached record has it",
		    in->id);
	if (rc > 0 && (rc = name_components(&again, s, s->seen)) == 0 &&
	    (rc = make_parts(s, &again)) == 0) {
		raw_times(&again);
		again.newest = in->newest;
		again.month = in->month;
		incident_free(in);
		*in = again;
		in->loaded = in->fresh = 1;
		in->pages = pages;
		inc__buf_free(&warn);
		return 0;
	}
	if (rc == INC_EINVALID && warn.len)
		inc__fail(rc, "%.*s", (int)strcspn(warn.s, "\n"), warn.s);
	snprintf(s->why, sizeof(s->why), "%s", inc_error());
	inc__buf_free(&warn);
	return rc < 0 ? rc : INC_ERROR;
}

/* need() for a file being made in b: a failure fails b. */
static int
need_in(struct inc_buf *b, struct site *s, struct incident *in)
{
	int rc = need(s, in);

	if (rc < 0)
		inc__buf_fail(b, s->why);
	return rc;
}

/* Each raw name's first and last update's time, from the updates. */
static void
raw_times(struct incident *in)
{
	size_t n = json_array_size(in->raw);

	free(in->raw_at);
	if (!(in->raw_at = calloc(n * 2 + 1, sizeof(*in->raw_at))))
		return;
	for (size_t i = 0; i < n; i++) {
		json_t *name = json_array_get(in->raw, i);
		for (size_t k = 0; k < in->count; k++) {
			if (!has_name(in->updates[k].raw, name))
				continue;
			if (!in->raw_at[2 * i] || in->updates[k].at < in->raw_at[2 * i])
				in->raw_at[2 * i] = in->updates[k].at;
			if (in->updates[k].at > in->raw_at[2 * i + 1])
				in->raw_at[2 * i + 1] = in->updates[k].at;
		}
	}
}

/* An incident's record: a head record_head() reads, then its body. */
static void
record_put(struct inc_buf *b, struct site *s, struct incident *in,
    const char *id, const git_oid *tree)
{
	struct inc_buf head = {0}, body = {0};
	char hex[GIT_OID_HEXSZ + 1];

	put_str(&head, id);
	put_str(&head, git_oid_tostr(hex, sizeof(hex), tree));
	put_num(&head, in != NULL);
	if (in) {
		put_num(&head, in->maintenance);
		put_num(&head, in->open);
		put_num(&head, in->status);
		put_num(&head, in->impact);
		put_num(&head, in->started);
		put_num(&head, in->created);
		put_num(&head, in->updated);
		put_num(&head, in->monitoring);
		put_num(&head, in->resolved);
		put_num(&head, in->scheduled_for);
		put_num(&head, in->scheduled_until);
		put_num(&head, (int64_t)in->count);
		put_num(&head, in->newest);
		put_num(&head, in->postmortem.message != NULL);
		if (in->postmortem.message)
			put_num(&head, in->postmortem.at);
		put_num(&head, (int64_t)json_array_size(in->raw));
		for (size_t i = 0; i < json_array_size(in->raw); i++) {
			const char *raw = json_string_value(json_array_get(in->raw,
			    i));
			json_t *as = canonical(s, s->seen, raw);
			put_str(&head, raw);
			put_str(&head, as ? json_string_value(as) : "");
			if (!as)
				inc__buf_fail(&head, "out of memory");
			json_decref(as);
			put_num(&head, in->raw_at ? in->raw_at[2 * i] : 0);
			put_num(&head, in->raw_at ? in->raw_at[2 * i + 1] : 0);
		}
		{
			struct inc_buf names = {0};
			names_line(&names, in->names);
			put_str(&head, names.s ? names.s : "");
			if (inc__buf_error(&names) < 0)
				inc__buf_fail(&head, "out of memory");
			inc__buf_free(&names);
		}
		put_str(&body, in->title);
		put_str(&body, in->public_id);
		for (size_t k = 0; k < in->count; k++) {
			struct update *u = &in->updates[k];
			put_str(&body, u->id);
			put_str(&body, u->message);
			put_num(&body, u->at);
			put_num(&body, u->status);
			put_num(&body, u->given);
			put_num(&body, u->impact);
			put_names_raw(&body, u->raw);
			put_num(&body, u->raw_status != NULL);
			for (size_t i = 0; u->raw_status &&
			    i < json_array_size(u->raw); i++)
				put_num(&body, u->raw_status[i]);
		}
		if (in->postmortem.message) {
			put_str(&body, in->postmortem.id);
			put_str(&body, in->postmortem.message);
		}
		inc__buf_printf(&body, "%zu ", in->parts_len);
		inc__buf_put(&body, in->parts, in->parts_len);
		inc__buf_put(&body, "", 1);
		put_num(&body, (int64_t)in->summary_len);
		for (size_t k = 0; k <= in->count; k++) {
			struct update *u = k < in->count ? &in->updates[k] :
			    &in->postmortem;
			if (k == in->count && !in->postmortem.message)
				break;
			put_num(&body, (int64_t)u->entry_at);
			put_num(&body, (int64_t)u->entry_len);
		}
		put_num(&body, (int64_t)in->json_at);
		put_num(&body, (int64_t)in->json_split);
		for (size_t k = 0; k < in->count; k++)
			put_num(&body, (int64_t)in->updates[k].affected_at);
	}
	if (inc__buf_error(&head) < 0 || inc__buf_error(&body) < 0) {
		inc__buf_fail(b, "out of memory");
	} else {
		inc__buf_printf(b, "R %zu %lld %zu %lld ", head.len,
		    (long long)record_sum(head.s, head.len), body.len,
		    (long long)record_sum(body.s ? body.s : "", body.len));
		inc__buf_put(b, head.s, head.len);
		inc__buf_put(b, body.s ? body.s : "", body.len);
	}
	inc__buf_free(&head);
	inc__buf_free(&body);
}

/* Where the records this run wrote are, the file's bytes before at base. */
static void
store_offsets(struct site *s, int64_t base)
{
	for (size_t i = 0; i < s->count; i++)
		if (s->incidents[i].offset_in_run) {
			s->incidents[i].offset += base;
			s->incidents[i].offset_in_run = 0;
		}
	for (size_t i = 0; i < s->nhiddens; i++)
		if (s->hiddens[i].offset <= -2)
			s->hiddens[i].offset = base - 2 - s->hiddens[i].offset;
}

/*
 * The cache for the site just written: the records of the incidents not
 * as the cache had them, and the site, appended to it; or, when the
 * cache is for other settings, cut short, or more than half records no
 * longer used, all records written anew. Not kept when HEAD moved while
 * the site was made: the logs read might not be those of the trees
 * listed.
 */
static int
cache_store(struct site *s, inc_repo *repo, const git_oid *head)
{
	struct inc_buf b = {0}, path = {0};
	git_tree *now = NULL;
	size_t added = s->added.len, records;
	int whole, fd, rc = -1;

	if (inc__head_tree(&now, repo) < 0 || !now ||
	    !git_oid_equal(git_tree_id(now), head))
		goto out;
	for (size_t i = 0; i < s->count; i++)
		if (s->incidents[i].record && !s->incidents[i].fresh)
			s->kept += (size_t)(s->incidents[i].record_end -
			    s->incidents[i].record);
	/* a fast run read only some records: it appends */
	whole = !s->fast && (!s->cache_whole || s->cache_len > 2 * (s->kept +
	    added) + 4096);
	if (whole) {
		inc__buf_printf(&b, "incident-publish %d\n",
		    PUBLISH_CACHE_VERSION);
		put_str(&b, s->key);
		for (size_t i = 0; i < s->nhiddens; i++)
			s->hiddens[i].offset = (int64_t)b.len + s->hiddens[i].hpos;
		inc__buf_put(&b, s->hidden.s ? s->hidden.s : "", s->hidden.len);
	} else {
		for (size_t i = 0; i < s->nhiddens; i++)
			if (s->hiddens[i].apos >= 0)
				s->hiddens[i].offset = -2 - s->hiddens[i].apos;
		inc__buf_put(&b, s->added.s ? s->added.s : "", s->added.len);
	}
	for (size_t i = 0; i < s->count; i++) {
		struct incident *in = &s->incidents[i];
		in->offset = (int64_t)b.len, in->offset_in_run = 1;
		if (in->record && !in->fresh && whole) {
			inc__buf_put(&b, in->record, (size_t)(in->record_end -
			    in->record));
		} else if (!in->record || in->fresh) {
			record_put(&b, s, in, in->id, &in->tree);
		} else {
			in->offset = in->record - s->cache;
			in->offset_in_run = 0;
		}
	}
	records = b.len;
	site_identity(s->identity, s->dir);
	inc__buf_printf(&b, "S ");
	put_str(&b, s->identity);
	inc__buf_printf(&b, "P ");
	put_str(&b, s->shown_periods.s ? s->shown_periods.s : "");
	cache_path(&path, repo);
	if (inc__buf_error(&b) < 0 || inc__buf_error(&path) < 0)
		goto out;
	/* unsynced: a cache lost in a crash is only made again */
	if (whole) {
		struct stat st;
		if (inc__file_replace(path.s, b.s, b.len, 0, NULL) == 0 &&
		    stat(path.s, &st) == 0 && (size_t)st.st_size == b.len) {
			store_offsets(s, 0);
			s->stored_dev = st.st_dev, s->stored_ino = st.st_ino;
			s->stored_size = (int64_t)b.len;
			s->live = (int64_t)records;
			rc = 0;
		}
	} else if ((fd = open(path.s, O_WRONLY | O_APPEND | O_CLOEXEC)) >= 0) {
		struct stat st;
		/* one write, to the file read (not one that replaced it
		 * meanwhile); cut short, the next run writes it anew */
		if (fstat(fd, &st) == 0 && st.st_dev == s->cache_dev &&
		    st.st_ino == s->cache_ino) {
			int64_t base = (int64_t)st.st_size;
			ssize_t written = write(fd, b.s, b.len);
			if (written == (ssize_t)b.len) {
				store_offsets(s, base);
				s->stored_dev = st.st_dev, s->stored_ino = st.st_ino;
				s->stored_size = base + (int64_t)b.len;
				s->live = (s->fast ? s->live : (int64_t)s->kept) +
				    (int64_t)records;
				rc = 0;
			}
		}
		close(fd);
	}
out:
	git_tree_free(now);
	inc__buf_free(&b);
	inc__buf_free(&path);
	return rc;
}

/*
 * An incident read from its log: 1, or 0 when it is not shown (no
 * update, a drill). A duplicate customers were told of is shown,
 * resolved with inc.pageDuplicateMessage: its primary goes on telling
 * (inc-state refuses a primary they were told nothing of). A log that
 * does not read is said in warn and not shown.
 */
static int
incident_read(struct incident *in, struct site *s, inc_repo *repo,
    const char *id, const git_oid *tree, struct inc_buf *warn)
{
	inc_incident *full = NULL;
	json_t *p;
	int rc;

	memset(in, 0, sizeof(*in));
	if ((rc = inc__incident_read(&full, repo, id, tree)) < 0) {
		if (rc != INC_EINVALID)
			return rc;
		inc__buf_printf(warn, "%s\n", inc_error());
		return INC_EINVALID;
	}
	/* in a cycle of duplicates, the closure made last stands not */
	if ((rc = inc__picture_cycle(full->picture, repo, NULL)) < 0) {
		inc_incident_free(full);
		return rc;
	}
	p = full->picture;
	if ((json_integer_value(json_object_get(p, "updates")) < 1 &&
	    json_integer_value(json_object_get(p, "maintenances")) < 1) ||
	    json_is_true(json_object_get(p, "drill"))) {
		inc_incident_free(full);
		return 0;
	}
	if ((rc = read_incident(in, full, s)) <= 0) {
		incident_free(in);
		memset(in, 0, sizeof(*in));
	}
	in->tree = *tree;
	return rc;
}

/*
 * An incident's component names into seen (see name_components): 1 when
 * one is shown otherwise than the cache's record has it, else 0.
 */
static int
seen_names(struct incident *in, struct site *s, json_t *seen)
{
	int other = !in->record;

	for (size_t i = 0; i < json_array_size(in->raw); i++) {
		const char *raw = json_string_value(json_array_get(in->raw, i));
		json_t *name;
		if (s->memo_raw && !strcmp(raw, s->memo_raw)) {
			/* as the last name looked up: in seen already */
			if (in->shown_as && strcmp(in->shown_as[i],
			    s->memo_shown))
				other = 1;
			continue;
		}
		if (!(name = canonical(s, seen, raw)))
			return inc__fail(INC_ERROR, "out of memory");
		if (in->shown_as && strcmp(in->shown_as[i],
		    json_string_value(name)))
			other = 1;
		/*
		 * seen is only added to, so a name is shown as it is now
		 * for the rest of the run: kept for the next incident's
		 */
		free(s->memo_raw);
		free(s->memo_shown);
		s->memo_raw = strdup(raw);
		s->memo_shown = strdup(json_string_value(name));
		if (!s->memo_raw || !s->memo_shown) {
			free(s->memo_raw);
			free(s->memo_shown);
			s->memo_raw = s->memo_shown = NULL;
		}
		if (has_name(seen, name))
			json_decref(name);
		else
			json_array_append_new(seen, name);
	}
	return other;
}

/* by the newest entry each has in the feeds, newest first */
static int
by_newest_entry(const void *a, const void *b)
{
	const struct incident *x = *(struct incident *const *)a,
	    *y = *(struct incident *const *)b;

	if (x->newest != y->newest)
		return x->newest > y->newest ? -1 : 1;
	return strcmp(y->id, x->id);
}

/*
 * The incidents read in the order the files show them, newest first, and
 * the components made from them.
 */
static int
site_order(struct site *s, json_t *seen)
{
	qsort(s->incidents, s->count, sizeof(*s->incidents), by_newest);
	for (size_t i = 0; i < s->count; i++)
		s->incidents[i].month = month_of(s->incidents[i].started);
	if (!(s->by_newest_entry = calloc(s->count + 1,
	    sizeof(*s->by_newest_entry))))
		return inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; i < s->count; i++)
		s->by_newest_entry[i] = &s->incidents[i];
	qsort(s->by_newest_entry, s->count, sizeof(*s->by_newest_entry),
	    by_newest_entry);
	if (s->fast && fast_check(s) < 0)
		return 1;
	return find_components(s, seen);
}

/*
 * The incidents, oldest first (so a component keeps its first spelling),
 * each from the cache when its tree is the one the cache has, else from
 * its log; an incident's own pages are to be written when it was read
 * from its log, when the names it shows changed, or when the site is not
 * the one the cache was written for.
 */
static int
site_load(struct site *s, inc_repo *repo, git_oid *head_id, char **warnings)
{
	struct inc_buf warn = {0}, names = {0};
	git_tree *head = NULL;
	char **ids = NULL;
	git_oid *trees = NULL;
	json_t *seen = NULL;
	size_t n = 0, seen_before;
	int rc;

	s->repo = repo;
	if ((rc = site_settings(s, repo)) < 0)
		return rc;
	/* with a fallback, inc__config_string() never gives NULL */
	/* NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker) */
	for (size_t len = strlen(s->url); len && s->url[len - 1] == '/'; len--)
		s->url[len - 1] = '\0';
	if (!(seen = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	if ((rc = short_id(s->page_id, "page", *s->url ? s->url :
	    s->name)) < 0 || (rc = site_key(s)) < 0 ||
	    /* s->name and s->url are the caller's, freed by site_free() */
	    /* NOLINTNEXTLINE(clang-analyzer-unix.Malloc) */
	    (rc = inc__head_tree(&head, repo)) < 0)
		goto out;
	if (head) /* none in a repository with no commit yet */
		*head_id = *git_tree_id(head);
	/* only what changed, when the last run's state says enough */
	if (fast_load(s, repo, head) > 0) {
		if ((rc = site_order(s, s->seen)) <= 0)
			goto out;
		fast_reset(s);
	}
	if ((rc = inc__id_list(&ids, &trees, &n, head)) < 0)
		goto out;
	cache_load(s, repo);
	if (!(s->incidents = calloc(n ? n : 1, sizeof(*s->incidents)))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		struct incident *in = &s->incidents[s->count];
		const struct record *r = record_find(s, ids[i], &trees[i]);
		if (r && (rc = record_head(in, r)) == 0) {
			/* not shown, as the cache has it */
			if ((rc = hidden_add(s, ids[i], &trees[i], r->start -
			    s->cache, (int64_t)s->hidden.len, -1)) < 0)
				goto out;
			inc__buf_put(&s->hidden, r->start, (size_t)(r->end -
			    r->start));
			s->kept += (size_t)(r->end - r->start);
			continue;
		}
		if (!r || rc < 0)
			rc = incident_read(in, s, repo, ids[i], &trees[i], &warn);
		if (rc == INC_EINVALID) {
			s->warned = 1;
			continue;
		}
		if (rc < 0)
			goto out;
		if (rc == 0) {
			if ((rc = hidden_add(s, ids[i], &trees[i], -1,
			    (int64_t)s->hidden.len, (int64_t)s->added.len)) < 0)
				goto out;
			record_put(&s->hidden, s, NULL, ids[i], &trees[i]);
			record_put(&s->added, s, NULL, ids[i], &trees[i]);
			continue;
		}
		if (!in->record) {
			in->loaded = 1;
			raw_times(in);
			in->newest = in->postmortem.message && in->postmortem.at >
			    in->updated ? in->postmortem.at : in->updated;
		}
		seen_before = json_array_size(seen);
		if ((rc = seen_names(in, s, seen)) < 0) {
			s->count++; /* freed with the others */
			goto out;
		}
		in->fresh = rc > 0;
		if (in->fresh && in->record) {
			/* a name shown otherwise now: made again, from its log */
			struct incident again;
			incident_free(in);
			if ((rc = incident_read(&again, s, repo, ids[i], &trees[i],
			    &warn)) <= 0) {
				memset(in, 0, sizeof(*in));
				rc = rc < 0 ? rc : inc__fail(INC_ERROR,
				    "%s: not as its cached record has it", ids[i]);
				goto out;
			}
			*in = again;
			in->loaded = in->fresh = 1;
			raw_times(in);
			in->newest = in->postmortem.message && in->postmortem.at >
			    in->updated ? in->postmortem.at : in->updated;
		}
		if (in->loaded && (rc = name_components(in, s, seen)) < 0) {
			s->count++;
			goto out;
		}
		if ((rc = seen_by_add(s, seen, seen_before, ids[i])) < 0) {
			s->count++;
			goto out;
		}
		in->pages = in->fresh || !s->pages_known;
		s->updates += in->count;
		s->count++;
	}
	s->total = s->count, s->total_updates = s->updates;
	s->seen = json_incref(seen);
	if ((rc = site_order(s, seen)) == 0)
		rc = quarters_count(s);
out:
	if (rc == 0 && (rc = inc__buf_error(&warn)) == 0 && warnings &&
	    warn.len)
		*warnings = inc__buf_take(&warn);
	json_decref(seen);
	inc__buf_free(&warn);
	inc__buf_free(&names);
	inc__strv_free(ids, n);
	free(trees);
	git_tree_free(head);
	return rc;
}

/* --- JSON, as Statuspage's public API v2 --- */

static json_t *
page_json(struct site *s)
{
	return json_pack("{s:s, s:s, s:s, s:s, s:o}", "id", s->page_id,
	    "name", s->name, "url", s->url, "time_zone", "Etc/UTC",
	    "updated_at", json_time(page_updated(s)));
}

static json_t *
time_or_epoch(int64_t t)
{
	return t ? json_time(t) : json_string("1970-01-01T00:00:00.000Z");
}

/*
 * A component, or a group with its members' ids (as Statuspage's). One
 * no update named is dated from the page's first update, as one set up
 * with the page and never changed since: no later than any other one,
 * and the same every run (no start_date: it was never used).
 */
static json_t *
component_json(struct site *s, struct component *c)
{
	char date[32];
	json_t *o, *ids;

	inc__time_format(date, c->created);
	date[10] = '\0';
	o = json_pack("{s:s, s:s, s:s, s:o, s:o, s:I, s:s?, s:b, s:s?, s:s?, "
	    "s:s, s:b, s:b}", "id", c->id, "name", c->name, "status",
	    component_statuses[c->status], "created_at",
	    time_or_epoch(c->created ? c->created : s->oldest), "updated_at",
	    time_or_epoch(c->updated ? c->updated : s->oldest),
	    "position", (json_int_t)c->position, "description", c->description,
	    "showcase", !c->members, "start_date", c->created ? date : NULL,
	    "group_id", c->group ? c->group_id : NULL, "page_id", s->page_id,
	    "group", c->members > 0, "only_show_if_degraded", 0);
	if (!o || !c->members)
		return o;
	if (!(ids = json_array()) || json_object_set_new(o, "components",
	    ids) < 0) {
		json_decref(o);
		return NULL;
	}
	for (int m = 1; m <= c->members; m++)
		json_array_append_new(ids, json_string(c[m].id));
	return o;
}

static json_t *
link_json(struct site *s, const char *path)
{
	struct inc_buf b = {0};
	json_t *o = NULL;

	if (inc__buf_printf(&b, "%s%s%s", s->url, *s->url ? "/" : "",
	    path) == 0)
		o = json_string(b.s);
	inc__buf_free(&b);
	return o;
}

/*
 * What incident y does to a component with its first upto updates, which
 * make level of it (component_impact): while it is open and one of them
 * named it, level; MAINTENANCE while a maintenance that named it is
 * underway; else -1, nothing.
 */
static int
contribution(const struct incident *y, size_t upto, int level)
{
	const struct update *last;

	if (level < 0 || !upto)
		return -1;
	last = &y->updates[upto - 1];
	if (y->maintenance)
		return UNDERWAY(last->status) ? MAINTENANCE : -1;
	return ENDED(last->status) ? -1 : level;
}

/* How many of y's updates (oldest first) are before t, or at it too. */
static size_t
updates_to(const struct incident *y, int64_t t, int at_too)
{
	size_t n = 0;

	while (n < y->count && (y->updates[n].at < t ||
	    (at_too && y->updates[n].at == t)))
		n++;
	return n;
}

/*
 * A component's status from what the incidents do to it: the worst
 * impact, else under maintenance (as find_components and
 * maintenance_status make components.json's).
 */
struct page_status {
	int worst, maintenance;
};

static void
status_add(struct page_status *p, int c)
{
	if (c == MAINTENANCE)
		p->maintenance = 1;
	else if (c > p->worst)
		p->worst = c;
}

static const char *
status_text(const struct page_status *p)
{
	return component_statuses[!p->worst && p->maintenance ? MAINTENANCE :
	    p->worst];
}

/*
 * Each update's affected_components, as JSON text: for each component it
 * named, its status on the whole page right before the update and right
 * after it (every incident's updates before its time, or at it too, and
 * this one's before it, or with it), so that the newest tells what
 * components.json does. The incidents that may count are those that
 * named one of its components and were open while its updates were
 * made: each is marked consulted (the site state keeps it for a run
 * that reads only what changed) and read whole.
 */
static int
affected_make(struct site *s, struct incident *in)
{
	struct incident **with = NULL;
	size_t nwith = 0, *upto = NULL; /* of each with: before, at too */
	size_t nn = json_array_size(in->names), *done = NULL;
	int rc = 0, *level = NULL; /* nn each: of each upto, this one's two */

	if (!(in->affected_json = calloc(in->count + 1,
	    sizeof(*in->affected_json))) || !(with = calloc(s->count + 1,
	    sizeof(*with))) || !(upto = calloc(2 * s->count + 2,
	    sizeof(*upto)))) {
		free(with);
		return inc__fail(INC_ERROR, "out of memory");
	}
	for (size_t i = 0; i < s->count; i++) {
		struct incident *y = &s->incidents[i];
		int shared = 0;
		if (y == in || y->created > in->updated ||
		    (!y->open && y->updated < in->created))
			continue;
		for (size_t j = 0; j < json_array_size(in->names) && !shared; j++)
			shared = has_name(y->names, json_array_get(in->names, j));
		if (!shared)
			continue;
		if ((rc = need(s, y)) < 0) {
			rc = inc__fail(rc, "%s", s->why);
			goto out;
		}
		y->consulted = 1;
		with[nwith++] = y;
	}
	/* what the incidents make of in's names, each walked once, in order */
	if (!(done = calloc(2 * nwith + 2, sizeof(*done))) ||
	    !(level = malloc((2 * nwith + 2) * (nn + 1) * sizeof(*level)))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < (2 * nwith + 2) * (nn + 1); i++)
		level[i] = -1;
	for (size_t k = 0; k < in->count; k++) {
		struct update *u = &in->updates[k];
		/* naming none, it lists those of the incident's it changed */
		int all = !json_array_size(u->names);
		json_t *names = all ? in->names : u->names, *list = json_array();
		/* how far each other incident had got at u's time */
		for (size_t w = 0; w < nwith; w++) {
			upto[2 * w] = updates_to(with[w], u->at, 0);
			upto[2 * w + 1] = updates_to(with[w], u->at, 1);
		}
		upto[2 * nwith] = k, upto[2 * nwith + 1] = k + 1;
		for (size_t w = 0; w < 2 * nwith + 2; w++)
			component_impacts(level + w * (nn + 1), &done[w],
			    w < 2 * nwith ? with[w / 2] : in, in->names,
			    upto[w]);
		for (size_t j = 0; list && j < json_array_size(names); j++) {
			json_t *name = json_array_get(names, j);
			struct page_status before = {0, 0}, after = {0, 0};
			char code[13];
			size_t i = 0;
			int c;
			while (i < nn && !json_equal(json_array_get(in->names, i),
			    name))
				i++;
			for (size_t w = 0; w < 2 * nwith + 2; w++) {
				const struct incident *y = w < 2 * nwith ?
				    with[w / 2] : in;
				c = contribution(y, upto[w], i < nn ?
				    INC__LEVEL(level[w * (nn + 1) + i]) :
				    component_impact(y, name, upto[w]));
				if (c >= 0)
					status_add(w % 2 ? &after : &before, c);
			}
			if (all && status_text(&before) == status_text(&after))
				continue;
			if (short_id(code, "component", json_string_value(name)) < 0 ||
			    json_array_append_new(list, json_pack("{s:s, s:O, s:s, "
			    "s:s}", "code", code, "name", name, "old_status",
			    status_text(&before), "new_status",
			    status_text(&after))) < 0) {
				json_decref(list);
				list = NULL;
			}
		}
		if (list && all && !json_array_size(list)) {
			json_decref(list);
			list = json_null();
		}
		in->affected_json[k] = list ? json_dumps(list, PAGE_JSON_FLAGS |
		    JSON_ENCODE_ANY) : NULL;
		json_decref(list);
		if (!in->affected_json[k]) {
			rc = inc__fail(INC_ERROR, "out of memory");
			goto out;
		}
	}
	in->affected = 1;
out:
	free(level);
	free(done);
	free(upto);
	free(with);
	return rc;
}

/*
 * An incident's status as Statuspage's API gives it: "postmortem" once it
 * is resolved and has a published post-mortem (so it is not unresolved);
 * its updates keep theirs, the newest "resolved".
 */
static const char *
status_name(const struct incident *in)
{
	return !in->maintenance && in->status == RESOLVED &&
	    in->postmortem.message ? "postmortem" : statuses[in->status];
}

/*
 * An incident as the API has it, in two objects: its fields to its
 * updates (left empty: see put_incident_parts), and those after its
 * components (see put_incident_json).
 */
static json_t *
incident_json(struct site *s, struct incident *in, json_t **after)
{
	json_t *o, *updates;
	struct inc_buf path = {0};

	*after = NULL;
	if (!(updates = json_array()) || inc__buf_printf(&path,
	    "incidents/%s.html", site_id(in)) < 0)
		goto fail;
	o = json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:s, s:o, s:o, s:s, "
	    "s:o}", "id", site_id(in), "name", in->title, "status",
	    status_name(in), "created_at", json_time(in->created),
	    "updated_at", json_time(in->updated), "monitoring_at",
	    json_time(in->monitoring), "resolved_at", json_time(in->resolved),
	    "impact", impacts[in->impact], "shortlink", link_json(s, path.s),
	    "started_at", json_time(in->started), "page_id", s->page_id,
	    "incident_updates", updates);
	inc__buf_free(&path);
	*after = json_pack("{s:o, s:o}", "postmortem_body",
	    in->postmortem.message ? json_string(in->postmortem.message) :
	    json_null(), "postmortem_published_at",
	    json_time(in->postmortem.at));
	if (*after && in->maintenance && (json_object_set_new(*after,
	    "scheduled_for", json_time(window_start(in))) < 0 ||
	    json_object_set_new(*after, "scheduled_until",
	    json_time(in->scheduled_until)) < 0)) {
		json_decref(*after);
		*after = NULL;
	}
	if (!o || !*after) {
		json_decref(o);
		json_decref(*after);
		return NULL;
	}
	return o;
fail:
	json_decref(updates);
	inc__buf_free(&path);
	return NULL;
}

static int
dump_put(const char *text, size_t size, void *data)
{
	return inc__buf_put(data, text, size) < 0 ? -1 : 0;
}

/* o as JSON, straight into b (a file can be large), and o freed */
static void
dump(struct inc_buf *b, json_t *o)
{
	int rc = o ? json_dump_callback(o, dump_put, b, PAGE_JSON_FLAGS) : -1;

	json_decref(o);
	if (rc < 0)
		inc__buf_fail(b, "out of memory");
}

/*
 * An incident's JSON, but its components, into its parts (make_parts):
 * the first object without its closing brace, the second without its
 * opening one, so that the components go between them as text.
 */
static void
put_incident_parts(struct inc_buf *b, struct site *s, struct incident *in)
{
	json_t *after, *o = incident_json(s, in, &after);
	size_t at = b->len;

	dump(b, o);
	if (b->len >= at + 2)
		b->len -= 2; /* its updates' "]}" */
	/*
	 * each update, newest first, but its affected_components: they
	 * tell the page as other incidents had it too, so they are put in
	 * where affected_at says as they are now (see put_incident_json)
	 */
	for (size_t k = in->count; k-- > 0;) {
		struct update *u = &in->updates[k];
		if (k + 1 < in->count)
			inc__buf_put(b, ",", 1);
		at = b->len;
		dump(b, json_pack("{s:s, s:s, s:s, s:s, s:o, s:o, s:o}", "id",
		    u->id, "status", statuses[u->status], "body", u->message,
		    "incident_id", site_id(in), "created_at", json_time(u->at),
		    "updated_at", json_time(u->at), "display_at",
		    json_time(u->at)));
		if (b->len > at)
			b->len--; /* its "}" */
		inc__buf_printf(b, ",\"affected_components\":");
		u->affected_at = b->len;
		at = b->len;
		dump(b, json_pack("{s:b, s:n, s:n}", "deliver_notifications", 1,
		    "custom_tweet", "tweet_id"));
		if (b->len > at) /* its "{", after the hole */
			b->s[at] = ',';
	}
	inc__buf_put(b, "]", 1);
	in->json_split = b->len;
	at = b->len;
	dump(b, after);
	if (b->len > at) /* its "{" */
		memmove(b->s + at, b->s + at + 1, --b->len - at + 1);
}

/* A component as the JSON shows it, made once a run. */
static void
put_component_json(struct inc_buf *b, struct site *s, struct component *c)
{
	if (!c->json) {
		json_t *o = component_json(s, c);
		if (!o || !(c->json = json_dumps(o, PAGE_JSON_FLAGS))) {
			json_decref(o);
			inc__buf_fail(b, "out of memory");
			return;
		}
		json_decref(o);
	}
	inc__buf_puts(b, c->json);
}

/*
 * An incident as Statuspage's API has it: its JSON kept in its parts,
 * with its components' (which change with other incidents' events) put
 * in between as they are now.
 */
static void
put_incident_json(struct inc_buf *b, struct site *s, struct incident *in)
{
	size_t n = 0;
	size_t at;

	if (need_in(b, s, in) < 0)
		return;
	if (!in->affected && affected_make(s, in) < 0) {
		inc__buf_fail(b, inc_error());
		return;
	}
	at = in->json_at;
	for (size_t k = in->count; k-- > 0;) { /* as put_incident_parts */
		inc__buf_put(b, in->parts + at, in->updates[k].affected_at - at);
		inc__buf_puts(b, in->affected_json[k]);
		at = in->updates[k].affected_at;
	}
	inc__buf_put(b, in->parts + at, in->json_split - at);
	/* in the components' order (their position), as Statuspage's */
	inc__buf_printf(b, ",\"components\":[");
	for (size_t i = 0; i < s->ncomponents; i++) {
		struct component *c = &s->components[i];
		size_t j = 0;
		while (!c->members && j < json_array_size(in->names) &&
		    strcmp(json_string_value(json_array_get(in->names, j)),
		    c->name))
			j++;
		if (c->members || j == json_array_size(in->names))
			continue;
		if (n++)
			inc__buf_put(b, ",", 1);
		put_component_json(b, s, c);
	}
	inc__buf_put(b, "],", 2);
	inc__buf_put(b, in->parts + in->json_split,
	    in->parts_len - in->json_split);
}

/* The components, as a JSON array. */
static void
put_components(struct inc_buf *b, struct site *s)
{
	inc__buf_put(b, "[", 1);
	for (size_t i = 0; i < s->ncomponents; i++) {
		if (i)
			inc__buf_put(b, ",", 1);
		put_component_json(b, s, &s->components[i]);
	}
	inc__buf_put(b, "]", 1);
}

/* The files of Statuspage's public API v2, as its paths have them. */
enum api_file {
	API_SUMMARY, API_STATUS, API_COMPONENTS, API_INCIDENTS, API_UNRESOLVED,
	API_MAINTENANCES, API_UPCOMING, API_ACTIVE, API_FILES
};
static const char *const api_paths[API_FILES] = {
	"summary.json", "status.json", "components.json", "incidents.json",
	"incidents/unresolved.json", "scheduled-maintenances.json",
	"scheduled-maintenances/upcoming.json",
	"scheduled-maintenances/active.json"
};

/*
 * Whether a file shows the incident (the n-th it has shown so far):
 * summary.json and unresolved.json the open incidents, incidents.json
 * the RECENT_INCIDENTS newest; of the scheduled maintenances (maint),
 * summary.json those not completed, upcoming.json those scheduled,
 * active.json those in progress or being verified,
 * scheduled-maintenances.json the RECENT_INCIDENTS newest.
 */
static int
api_shows(enum api_file f, int maint, struct incident *in, size_t n)
{
	if (in->maintenance != maint)
		return 0;
	if (!maint)
		return f == API_INCIDENTS ? n < RECENT_INCIDENTS : in->open;
	return f == API_SUMMARY ? !ENDED(in->status) :
	    f == API_UPCOMING ? in->status == SCHEDULED :
	    f == API_ACTIVE ? UNDERWAY(in->status) : n < RECENT_INCIDENTS;
}

/* The incidents (or maintenances: maint) file f shows, an array. */
static void
put_incidents(struct inc_buf *b, struct site *s, enum api_file f, int maint)
{
	size_t n = 0;

	inc__buf_put(b, "[", 1);
	for (size_t i = 0; i < s->count; i++) {
		if (!api_shows(f, maint, &s->incidents[i], n))
			continue;
		if (n++)
			inc__buf_put(b, ",", 1);
		put_incident_json(b, s, &s->incidents[i]);
	}
	inc__buf_put(b, "]", 1);
}

/*
 * A file of the API, written as text (as jansson would dump it: keys in
 * this order, compact), its incidents as their parts keep them.
 */
static void
api_json(struct inc_buf *b, struct site *s, enum api_file f)
{
	inc__buf_printf(b, "{\"page\":");
	dump(b, page_json(s));
	if (f == API_SUMMARY || f == API_COMPONENTS) {
		inc__buf_printf(b, ",\"components\":");
		put_components(b, s);
	}
	if (f == API_SUMMARY || f == API_UNRESOLVED || f == API_INCIDENTS) {
		inc__buf_printf(b, ",\"incidents\":");
		put_incidents(b, s, f, 0);
	}
	if (f == API_SUMMARY || f >= API_MAINTENANCES) {
		inc__buf_printf(b, ",\"scheduled_maintenances\":");
		put_incidents(b, s, f, 1);
	}
	if (f == API_SUMMARY || f == API_STATUS) {
		inc__buf_printf(b, ",\"status\":");
		dump(b, json_pack("{s:s, s:s}", "indicator",
		    impacts[s->indicator], "description",
		    indicator_words[s->indicator]));
	}
	inc__buf_put(b, "}\n", 2);
}

/* --- HTML --- */

static const char style[] =
    ":root{--ok:#2f7d32;--minor:#9a6700;--major:#c2410c;--critical:#b91c1c;"
    "--muted:#57606a;--line:#d8dee4;--maint:#8250df}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:#f6f8fa;color:#1f2328;font:16px/1.5 system-ui,"
    "-apple-system,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif}\n"
    "header,main,footer{max-width:48rem;margin:0 auto;padding:0 1rem}\n"
    "h1{font-size:1.75rem;margin:1.5rem 0 1rem}\n"
    "h1 a{color:inherit;text-decoration:none}\n"
    "h2{font-size:1.25rem;margin:2rem 0 .75rem}\n"
    "h3{font-size:1.05rem;margin:0 0 .5rem}\n"
    "h1,h2,h3,h4,h5,h6,.meta,.desc,.feed,.window,footer,.postmortem p,"
    ".postmortem li{overflow-wrap:anywhere}\n"
    "a{color:#0969da}\n"
    ".banner{padding:1rem 1.25rem;border-radius:.5rem;color:#fff;"
    "font-size:1.15rem;font-weight:600}\n"
    ".banner.i-none{background:var(--ok)}\n"
    ".banner.i-minor{background:var(--minor)}\n"
    ".banner.i-major{background:var(--major)}\n"
    ".banner.i-critical{background:var(--critical)}\n"
    ".banner.i-maintenance{background:var(--maint)}\n"
    ".c-under_maintenance{color:var(--maint)}\n"
    ".incident.i-maintenance{border-left-color:var(--maint)}\n"
    ".window{margin:0 0 .5rem;font-weight:600}\n"
    ".components{list-style:none;margin:0;padding:0;background:#fff;"
    "border:1px solid var(--line);border-radius:.5rem}\n"
    ".components li{display:flex;flex-wrap:wrap;justify-content:"
    "space-between;gap:.25rem 1rem;padding:.75rem 1rem;border-top:1px solid "
    "var(--line)}\n"
    ".components li:first-child{border-top:0}\n"
    ".name{font-weight:600;overflow-wrap:anywhere}\n"
    ".c-operational{color:var(--ok)}\n"
    ".c-degraded_performance{color:var(--minor)}\n"
    ".c-partial_outage{color:var(--major)}\n"
    ".c-major_outage{color:var(--critical)}\n"
    ".incident{background:#fff;border:1px solid var(--line);border-left:"
    ".35rem solid var(--muted);border-radius:.5rem;padding:.75rem 1rem;"
    "margin:0 0 1rem}\n"
    ".incident.i-minor{border-left-color:var(--minor)}\n"
    ".incident.i-major{border-left-color:var(--major)}\n"
    ".incident.i-critical{border-left-color:var(--critical)}\n"
    ".updates{list-style:none;margin:0;padding:0}\n"
    ".updates li{margin:.75rem 0 0}\n"
    ".updates p{margin:0}\n"
    ".body{white-space:pre-wrap;overflow-wrap:anywhere}\n"
    ".body:dir(rtl){display:block}\n"
    ".meta,footer,.none{color:var(--muted);font-size:.875rem}\n"
    ".day{margin:0 0 1rem}\n"
    ".day>h3{border-bottom:1px solid var(--line);padding-bottom:.25rem}\n"
    ".incident>h4{font-size:1.05rem;margin:0 0 .5rem}\n"
    ".incident h2{margin:0 0 .5rem}\n"
    "footer{margin-top:2.5rem;padding-bottom:2rem}\n"
    ".subscribe{margin:1rem 0;font-weight:600}\n"
    ".feed{flex-basis:100%;font-size:.75rem}\n"
    ".components li.group{background:#f6f8fa}\n"
    ".components li.member{padding-left:2rem}\n"
    ".desc{flex-basis:100%;margin:0;color:var(--muted);font-size:.875rem}\n"
    ".uptime{flex-basis:100%;position:relative}\n"
    ".bars{display:flex;gap:1px;list-style:none;margin:.25rem 0 0;"
    "padding:0;height:2rem}\n"
    ".bars li{flex:1;display:block;padding:0;border:0;border-radius:1px;"
    "background:var(--ok)}\n"
    ".bars li.d-minor{background:var(--minor)}\n"
    ".bars li.d-major{background:var(--major)}\n"
    ".bars li.d-critical{background:var(--critical)}\n"
    ".bars li.d-maintenance{background:var(--maint)}\n"
    ".bars li:hover,.bars li:focus{opacity:.6;outline:none}\n"
    ".tip{display:none;position:absolute;left:0;right:0;top:2.5rem;z-index:1;"
    "padding:.5rem .75rem;background:#1f2328;color:#fff;border-radius:.375rem;"
    "font-size:.875rem}\n"
    ".bars li:hover .tip,.bars li:focus .tip{display:block}\n"
    ".span{display:flex;justify-content:space-between;color:var(--muted);"
    "font-size:.75rem}\n"
    "@media (prefers-color-scheme:dark){:root{--ok:#3fb950;--minor:#d29922;"
    "--major:#f0883e;--critical:#f85149;--muted:#8b949e;--line:#30363d;"
    "--maint:#a371f7}"
    "body{background:#0d1117;color:#e6edf3}"
    ".components,.incident{background:#161b22}"
    ".components li.group{background:#0d1117}a{color:#58a6ff}"
    ".banner{color:#0d1117}.tip{background:#e6edf3;color:#0d1117}}\n";
/* a post-mortem's Markdown, and code: of its own, as one string may be
 * at most 4095 bytes (C99) */
static const char style_postmortem[] =
    ".postmortem{margin-top:1rem;border-top:1px solid var(--line)}\n"
    ".postmortem h4,.postmortem h5,.postmortem h6{margin:1rem 0 .25rem}\n"
    ".postmortem table{display:block;overflow-x:auto;border-collapse:"
    "collapse;margin:.5rem 0}\n"
    ".postmortem th,.postmortem td{border:1px solid var(--line);"
    "padding:.25rem .5rem;text-align:start}\n"
    "code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;"
    "font-size:.875em;overflow-wrap:anywhere}\n"
    ".postmortem pre{overflow-x:auto;margin:.5rem 0;padding:.5rem;"
    "border:1px solid var(--line)}\n"
    ".postmortem pre code{overflow-wrap:normal}\n";

/*
 * base: a page in history/, whose links (the incidents' summaries too,
 * made once for pages at the top) lead from the top of the site.
 */
static void
put_head_base(struct inc_buf *b, struct site *s, const char *title,
    const char *root, int base)
{
	inc__buf_printf(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n%s<meta name=\"viewport\" ",
	    base ? "<base href=\"../\">\n" : "");
	inc__buf_printf(b, "content=\"width=device-width, initial-scale=1\">\n"
	    "<meta name=\"color-scheme\" content=\"light dark\">\n"
	    "<title dir=\"auto\">"); /* the team's words: right to left maybe */
	if (title) {
		inc__html_text(b, title, 0);
		inc__buf_printf(b, " - ");
	}
	inc__html_text(b, s->name, 0);
	inc__buf_printf(b, "</title>\n<link rel=\"alternate\" "
	    "type=\"application/atom+xml\" href=\"%shistory.atom\" "
	    "title=\"", root);
	inc__html_text(b, s->name, 0);
	inc__buf_printf(b, " history\">\n<style>\n");
	inc__buf_put(b, style, sizeof(style) - 1);
	inc__buf_put(b, style_postmortem, sizeof(style_postmortem) - 1);
	inc__buf_printf(b, "</style>\n</head>\n<body>\n<header>"
	    "<h1 dir=\"auto\"><a href=\"%sindex.html\">", root);
	inc__html_text(b, s->name, 0);
	inc__buf_printf(b, "</a></h1>\n<p class=\"subscribe\"><a href=\""
	    "%shistory.atom\">Subscribe to updates</a> (Atom feed)</p>\n"
	    "</header>\n<main>\n", root);
}

static void
put_head(struct inc_buf *b, struct site *s, const char *title,
    const char *root)
{
	put_head_base(b, s, title, root, 0);
}

/* updated: the newest time on the page (an incident's own, on its page) */
static void
put_foot(struct inc_buf *b, struct site *s, const char *root, int64_t updated)
{
	inc__buf_printf(b, "</main>\n<footer>\n<p>Last updated ");
	if (updated)
		put_time(b, updated);
	else
		inc__buf_printf(b, "never");
	inc__buf_printf(b, ". All times are UTC.</p>\n");
	if (*s->team) {
		inc__buf_printf(b, "<p>Published by ");
		if (*s->team_url) {
			inc__buf_printf(b, "<a href=\"");
			inc__html_text(b, s->team_url, 0);
			inc__buf_printf(b, "\" dir=\"auto\">");
		} else {
			inc__buf_printf(b, "<span dir=\"auto\">");
		}
		inc__html_text(b, s->team, 0);
		inc__buf_printf(b, "%s.</p>\n", *s->team_url ? "</a>" :
		    "</span>");
	}
	inc__buf_printf(b, "<p><a href=\""
	    "%sindex.html\">Current status</a> &middot; <a href=\""
	    "%shistory.html\">Incident history</a> &middot; <a href=\""
	    "%shistory.atom\">Atom feed</a> &middot; <a href=\""
	    "%sapi/v2/summary.json\">API (Statuspage v2)</a></p>\n</footer>\n"
	    "</body>\n</html>\n", root, root, root, root);
}

/*
 * "This affects: api, web" for an update, or the incident's components;
 * with the status an update gave one (status: each name's, or NULL),
 * "api (partial outage)".
 */
static void
put_names(struct inc_buf *b, const char *lead, json_t *names,
    const int *status)
{
	for (size_t j = 0; j < json_array_size(names); j++) {
		inc__buf_puts(b, j ? ", " : lead);
		inc__buf_puts(b, "<span dir=\"auto\">");
		inc__html_text(b, json_string_value(json_array_get(names, j)), 0);
		inc__buf_puts(b, "</span>");
		if (status && status[j] >= 0 && status[j] < 4)
			inc__buf_printf(b, " (%s)",
			    inc__component_status_words(
			    component_statuses[status[j]]));
	}
}

static void
put_update(struct inc_buf *b, struct update *u)
{
	inc__buf_printf(b, "<li id=\"u-");
	inc__html_text(b, u->id, 0);
	inc__buf_printf(b, "\"><p><strong>%s</strong> &ndash; "
	    "<span class=\"body\" dir=\"auto\">", status_words[u->status]);
	inc__html_text(b, u->message, 0);
	inc__buf_printf(b, "</span></p>\n<p class=\"meta\">");
	put_time(b, u->at);
	if (json_array_size(u->names))
		put_names(b, ". This affects: ", u->names, u->name_status);
	if (u->impact > 0) /* not "(none impact)", as on a maintenance */
		inc__buf_printf(b, " (%s impact)", impacts[u->impact]);
	inc__buf_printf(b, "</p></li>\n");
}


/* A link to an incident's post-mortem, when it has one. */
static void
put_postmortem_link(struct inc_buf *b, struct incident *in, const char *root)
{
	if (!in->postmortem.message)
		return;
	inc__buf_printf(b, "<p class=\"pm\"><a href=\"%sincidents/", root);
	inc__html_text(b, site_id(in), 0);
	inc__buf_printf(b, ".html#postmortem\">Read the post-mortem</a></p>\n");
}

/*
 * A maintenance's window: "Scheduled for TIME until TIME.", or with no
 * end announced, none shown: "Scheduled for TIME, with no end
 * announced."; begun with no window announced at all, when it began.
 */
static void
put_window(struct inc_buf *b, struct incident *in)
{
	int64_t from = window_start(in);

	if (!in->maintenance)
		return;
	if (in->scheduled_until > from || (in->scheduled_until &&
	    in->status == SCHEDULED)) {
		inc__buf_printf(b, "<p class=\"window\">Scheduled for ");
		put_time(b, from);
		inc__buf_printf(b, " until ");
		put_time(b, in->scheduled_until);
		inc__buf_printf(b, ".</p>\n");
	} else if (in->scheduled_for || in->status == SCHEDULED) {
		inc__buf_printf(b, "<p class=\"window\">Scheduled for ");
		put_time(b, from);
		inc__buf_printf(b, ", with no end announced.</p>\n");
	} else {
		inc__buf_printf(b, "<p class=\"window\">Begun ");
		put_time(b, in->started);
		inc__buf_printf(b, ", with no window announced.</p>\n");
	}
}

/*
 * An incident with every update (or its newest), newest first, its title
 * a heading of level; root leads to the top.
 */
static void
put_incident(struct inc_buf *b, struct incident *in, const char *root,
    int all, int level)
{
	inc__buf_printf(b, "<article class=\"incident i-%s\" id=\"",
	    impacts[in->impact]);
	inc__html_text(b, site_id(in), 0);
	inc__buf_printf(b, "\">\n<h%d dir=\"auto\"><a href=\"%sincidents/",
	    level, root);
	inc__html_text(b, site_id(in), 0);
	inc__buf_printf(b, ".html\">");
	inc__html_text(b, in->title, 0);
	inc__buf_printf(b, "</a></h%d>\n", level);
	put_window(b, in);
	inc__buf_printf(b, "<ol class=\"updates\">\n");
	for (size_t k = in->count; k-- > 0;)
		if (all || k == in->count - 1)
			put_update(b, &in->updates[k]);
	inc__buf_printf(b, "</ol>\n");
	put_postmortem_link(b, in, root);
	inc__buf_printf(b, "</article>\n");
}

/* An incident with its newest update, made once (see make_parts). */
static void
put_summary(struct inc_buf *b, struct site *s, struct incident *in)
{
	if (need_in(b, s, in) == 0)
		inc__buf_put(b, in->parts, in->summary_len);
}

/* "1 h 20 min", "5 min", "40 s" */
static void
put_duration(struct inc_buf *b, int64_t seconds)
{
	if (seconds < 60)
		inc__buf_printf(b, "%lld s", (long long)seconds);
	else if (seconds < 3600)
		inc__buf_printf(b, "%lld min", (long long)(seconds / 60));
	else
		inc__buf_printf(b, "%lld h %lld min", (long long)(seconds / 3600),
		    (long long)(seconds % 3600 / 60));
}

/*
 * Uptime over the days to the newest event, as Statuspage counts it: a
 * major outage (critical impact) is down, a partial outage (major) 30%
 * down, degraded performance (minor) up; in hundredths of a percent.
 */
static int
uptime_basis_points(const struct component *c)
{
	int64_t down = 0, total = (int64_t)UPTIME_DAYS * DAY * 10;

	for (int d = 0; d < UPTIME_DAYS; d++) {
		int64_t day = c->days[d][3] * 10 + c->days[d][2] * 3;
		down += day < DAY * 10 ? day : DAY * 10;
	}
	return (int)((total - down) * 10000 / total);
}

static const char *const day_words[] = {
	"No downtime recorded", "Degraded performance", "Partial outage",
	"Major outage", "Maintenance"
};

/*
 * A bar per day, its worst impact (maintenance when there was no other),
 * and a tooltip that needs no script: each impact's time, maintenance's
 * last. Maintenance is not downtime, as Statuspage counts it.
 */
static void
put_uptime(struct inc_buf *b, struct site *s, const struct component *c)
{
	int bp = uptime_basis_points(c);
	char date[32];

	inc__buf_printf(b, "<div class=\"uptime\"><ol class=\"bars\" "
	    "aria-label=\"Uptime, the last %d days\">", UPTIME_DAYS);
	for (int d = 0; d < UPTIME_DAYS; d++) {
		int worst = c->days[d][MAINTENANCE] ? MAINTENANCE : 0, any = 0;
		/* the newest day shows the status now, even one just begun */
		int now = d == UPTIME_DAYS - 1 ? c->status : 0;
		for (int x = 1; x < MAINTENANCE; x++)
			if (c->days[d][x])
				worst = x;
		worst = worse(worst, now);
		inc__time_format(date, s->first_day + (int64_t)d * DAY);
		date[10] = '\0';
		/* a day with something to tell is a stop for the keyboard */
		inc__buf_printf(b, "<li class=\"d-%s\"%s title=\"%s: %s\">"
		    "<span class=\"tip\">%s: ", impacts[worst],
		    worst ? " tabindex=\"0\"" : "", date, day_words[worst],
		    date);
		if (!worst)
			inc__buf_puts(b, day_words[0]);
		for (int k = 0; k < 4; k++) {
			int x = k < 3 ? 3 - k : MAINTENANCE; /* worst first */
			if (!c->days[d][x])
				continue;
			inc__buf_printf(b, "%s%s ", any++ ? "; " : "",
			    day_words[x]);
			put_duration(b, c->days[d][x]);
		}
		if (now && !c->days[d][now])
			inc__buf_printf(b, "%s%s ongoing", any ? "; " : "",
			    day_words[now]);
		inc__buf_printf(b, "</span></li>");
	}
	inc__buf_printf(b, "</ol>\n<p class=\"span\"><span>%d days ago"
	    "</span><span>%d.%02d%% uptime</span><span>Latest</span></p>"
	    "</div>\n", UPTIME_DAYS, bp / 100, bp % 100);
}

static void
index_html(struct inc_buf *b, struct site *s)
{
	int64_t last_day = s->updated - s->updated % DAY;
	int open = 0;

	put_head(b, s, NULL, "");
	inc__buf_printf(b, "<p class=\"banner i-%s\">%s</p>\n",
	    impacts[s->indicator], indicator_words[s->indicator]);
	if (s->ncomponents)
		inc__buf_printf(b, "<h2>Components</h2>\n"
		    "<ul class=\"components\">\n");
	for (size_t i = 0; i < s->ncomponents; i++) {
		struct component *c = &s->components[i];
		inc__buf_printf(b, "<li%s id=\"c-%s\"><span class=\"name\" "
		    "dir=\"auto\">",
		    c->members ? " class=\"group\"" : c->group ?
		    " class=\"member\"" : "", c->id);
		inc__html_text(b, c->name, 0);
		inc__buf_printf(b, "</span> <span class=\"c-%s\">%s"
		    "</span>\n", component_statuses[c->status],
		    component_words[c->status]);
		if (!c->members) {
			inc__buf_printf(b, "<a class=\"feed\" href=\"components/"
			    "%s.atom\">Subscribe to <span dir=\"auto\">", c->id);
			inc__html_text(b, c->name, 0);
			inc__buf_printf(b, "</span></a>\n");
		}
		if (c->description) {
			inc__buf_printf(b, "<p class=\"desc\" dir=\"auto\">");
			inc__html_text(b, c->description, 0);
			inc__buf_printf(b, "</p>\n");
		}
		if (s->updated) /* days to the newest event: none yet */
			put_uptime(b, s, c);
		inc__buf_printf(b, "</li>\n");
	}
	if (s->ncomponents)
		inc__buf_printf(b, "</ul>\n");
	for (size_t i = 0; i < s->count; i++)
		open += s->incidents[i].open && !s->incidents[i].maintenance;
	if (open)
		inc__buf_printf(b, "<h2>Active incidents</h2>\n");
	for (size_t i = 0; i < s->count; i++)
		if (s->incidents[i].open && !s->incidents[i].maintenance &&
		    need_in(b, s, &s->incidents[i]) == 0)
			put_incident(b, &s->incidents[i], "", 1, 3);
	/* soonest first, as people plan */
	for (size_t i = s->count, any = 0; i-- > 0;) {
		if (!s->incidents[i].open || !s->incidents[i].maintenance)
			continue;
		if (!any++)
			inc__buf_printf(b, "<h2>Scheduled maintenance</h2>\n");
		if (need_in(b, s, &s->incidents[i]) == 0)
			put_incident(b, &s->incidents[i], "", 0, 3);
	}
	inc__buf_printf(b, "<h2>Past incidents</h2>\n%s", s->count ? "" :
	    "<p class=\"none\">No incidents reported.</p>\n");
	for (int d = 0; s->count && d < HISTORY_DAYS; d++) {
		int64_t day = last_day - (int64_t)d * DAY;
		char date[32];
		int any = 0;
		inc__time_format(date, day);
		date[10] = '\0';
		inc__buf_printf(b, "<section class=\"day\">\n<h3>%s</h3>\n", date);
		/* by when it began, as the history and the JSON date it */
		for (size_t i = 0; i < s->count; i++) {
			struct incident *in = &s->incidents[i];
			if (in->open || in->started < day || in->started >= day + DAY)
				continue;
			any = 1;
			put_summary(b, s, in);
		}
		if (!any)
			inc__buf_printf(b, "<p class=\"none\">No incidents "
			    "reported.</p>\n");
		inc__buf_printf(b, "</section>\n");
	}
	put_foot(b, s, "", page_updated(s));
}

/*
 * The history, by quarter as Statuspage pages it: history.html the
 * newest quarter with incidents and a link to each quarter's page,
 * history/YYYY-QN.html, which lists its incidents month by month. A
 * quarter's page depends on its incidents only, so an event rewrites
 * the page of its incident's quarter and history.html, no other.
 */
static const char *const month_names[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

/* The quarter an incident is listed in: by when it began, as ordered. */
static int64_t
period_of(const struct incident *in)
{
	return in->month / 3;
}

/* month m's name (m: as month_of gives it) */
static const char *
month_name(int64_t m)
{
	return month_names[(m % 12 + 12) % 12];
}

static void
period_label(struct inc_buf *b, int64_t q)
{
	inc__buf_puts(b, month_name(q * 3));
	inc__buf_puts(b, " to ");
	inc__buf_puts(b, month_name(q * 3 + 2));
	inc__buf_put(b, " ", 1);
	put_dec(b, q / 4, 0);
}

static void
period_path(struct inc_buf *b, int64_t q)
{
	inc__buf_puts(b, "history/");
	put_dec(b, q / 4, '-');
	inc__buf_put(b, "Q", 1);
	put_dec(b, q % 4 + 1, 0);
	inc__buf_puts(b, ".html");
}

/*
 * The incidents of quarter q (from s->incidents[first], newest first),
 * month by month from the month of its newest incident; the newest time
 * they show in *updated.
 */
static void
put_period(struct inc_buf *b, struct site *s, size_t first, int64_t q,
    int64_t *updated)
{
	size_t i = first;
	int64_t newest = s->incidents[first].month;

	*updated = 0;
	for (int64_t m = newest; m >= q * 3; m--) {
		int any = 0;
		inc__buf_printf(b, "<section class=\"day\">\n<h3>%s %lld</h3>\n",
		    month_name(m), (long long)(m / 12));
		for (; i < s->count && s->incidents[i].month == m;
		    i++) {
			struct incident *in = &s->incidents[i];
			put_summary(b, s, in);
			if (in->updated > *updated)
				*updated = in->updated;
			if (in->postmortem.message && in->postmortem.at > *updated)
				*updated = in->postmortem.at;
			any = 1;
		}
		if (!any)
			inc__buf_printf(b, "<p class=\"none\">No incidents "
			    "reported.</p>\n");
		inc__buf_printf(b, "</section>\n");
	}
}

/* A quarter's page: its incidents, with a way back to the history. */
static void
archive_html(struct inc_buf *b, struct site *s, size_t first, int64_t q)
{
	struct inc_buf title = {0};
	int64_t updated;

	inc__buf_printf(&title, "Incidents, ");
	period_label(&title, q);
	if (inc__buf_error(&title) < 0) {
		inc__buf_fail(b, "out of memory");
		return;
	}
	put_head_base(b, s, title.s, "", 1);
	inc__buf_printf(b, "<h2>");
	inc__html_text(b, title.s, 0);
	inc__buf_printf(b, "</h2>\n<p class=\"meta\"><a href=\"history.html\">"
	    "All incident history</a></p>\n");
	put_period(b, s, first, q, &updated);
	put_foot(b, s, "", updated);
	inc__buf_free(&title);
}

/* The newest quarter's incidents, then a link to each quarter's page. */
static void
history_html(struct inc_buf *b, struct site *s)
{
	int64_t updated;
	size_t i = 0;

	put_head(b, s, "Incident history", "");
	inc__buf_printf(b, "<h2>Incident history</h2>\n");
	if (!s->count) {
		inc__buf_printf(b, "<p class=\"none\">No incidents "
		    "reported.</p>\n");
		put_foot(b, s, "", page_updated(s));
		return;
	}
	put_period(b, s, 0, period_of(&s->incidents[0]), &updated);
	inc__buf_printf(b, "<nav aria-labelledby=\"quarters\">\n"
	    "<h2 id=\"quarters\">By quarter</h2>\n<ul class=\"quarters\">\n");
	/* every quarter's, not only those read (see struct period) */
	for (; i < s->nquarters; i++) {
		int64_t q = s->quarters[i].q;
		size_t n = s->quarters[i].count;
		inc__buf_puts(b, "<li><a href=\"");
		period_path(b, q);
		inc__buf_puts(b, "\">");
		period_label(b, q);
		inc__buf_puts(b, "</a> <span class=\"meta\">");
		put_dec(b, (int64_t)n, ' ');
		inc__buf_puts(b, n == 1 ? "incident</span></li>\n" :
		    "incidents</span></li>\n");
	}
	inc__buf_printf(b, "</ul>\n</nav>\n");
	put_foot(b, s, "", page_updated(s));
}

static void
incident_html(struct inc_buf *b, struct site *s, struct incident *in)
{
	if (need_in(b, s, in) < 0)
		return;
	put_head(b, s, in->title, "../");
	inc__buf_printf(b, "<article class=\"incident i-%s\">\n<h2 dir=\"auto\">",
	    impacts[in->impact]);
	inc__html_text(b, in->title, 0);
	inc__buf_printf(b, "</h2>\n");
	put_window(b, in);
	inc__buf_printf(b, "<p class=\"meta\">%s. Impact: %s.",
	    status_words[in->status], impacts[in->impact]);
	/* a maintenance to come has begun nothing: its window says when */
	if (!in->maintenance || in->status != SCHEDULED) {
		inc__buf_printf(b, " Began ");
		put_time(b, in->started);
		if (in->resolved) {
			inc__buf_printf(b, "; %s ", in->maintenance ?
			    "completed" : "resolved");
			put_time(b, in->resolved);
		}
		inc__buf_printf(b, ".");
	}
	if (json_array_size(in->names))
		put_names(b, in->open ? " This affects: " :
		    " This affected: ", in->names, NULL);
	inc__buf_printf(b, "</p>\n<ol class=\"updates\">\n");
	for (size_t k = in->count; k-- > 0;)
		put_update(b, &in->updates[k]);
	inc__buf_printf(b, "</ol>\n<p class=\"pm\"><a href=\"");
	inc__html_text(b, site_id(in), 0);
	inc__buf_printf(b, ".atom\">Subscribe to this %s</a></p>\n",
	    in->maintenance ? "maintenance" : "incident");
	if (in->postmortem.message) {
		inc__buf_printf(b, "<section class=\"postmortem\" "
		    "id=\"postmortem\">\n<h3>Post-mortem</h3>\n");
		inc__html_markdown(b, in->postmortem.message);
		inc__buf_printf(b, "<p class=\"meta\">Published ");
		put_time(b, in->postmortem.at);
		inc__buf_printf(b, ".</p>\n</section>\n");
	}
	inc__buf_printf(b, "</article>\n");
	/* not the site's: the page changes only when the incident does */
	put_foot(b, s, "../", in->postmortem.message && in->postmortem.at >
	    in->updated ? in->postmortem.at : in->updated);
}

/* --- Atom (RFC 4287) --- */

struct entry {
	struct incident *in;
	struct update *u;
};

static int
by_entry(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;

	if (x->u->at != y->u->at)
		return x->u->at > y->u->at ? -1 : 1;
	/* one incident's updates: the later in its log first, as its page */
	if (x->in == y->in && x->u != &x->in->postmortem &&
	    y->u != &y->in->postmortem && x->u != y->u)
		return x->u > y->u ? -1 : 1;
	return strcmp(y->u->id, x->u->id);
}

static void
put_link(struct inc_buf *b, struct site *s, const char *rel,
    const char *type, const char *path, const char *id)
{
	inc__buf_printf(b, "<link rel=\"%s\" type=\"%s\" href=\"", rel, type);
	if (*s->url) {
		inc__html_text(b, s->url, 0);
		inc__buf_put(b, "/", 1);
	}
	inc__buf_puts(b, path);
	if (id) {
		inc__html_text(b, id, 0);
		inc__buf_printf(b, ".html");
	}
	inc__buf_printf(b, "\"/>\n");
}

/* Does the feed of only (an incident) or of comp take in's entries? */
static int
feed_takes(const struct incident *in, const struct incident *only,
    const struct component *comp)
{
	json_t *name;
	int takes;

	if (only)
		return in == only;
	if (!comp)
		return 1;
	if (!(name = json_string(comp->name)))
		return 0;
	takes = has_name(in->names, name);
	json_decref(name);
	return takes;
}

/*
 * The Atom feed of the whole site, or of one incident (only) or one
 * component (comp), at self.
 */
static int
feed_atom(struct inc_buf *b, struct site *s, struct incident *only,
    struct component *comp, const char *self)
{
	struct entry *v = calloc(s->updates + s->count + 1, sizeof(*v));
	struct inc_buf key = {0};
	char t[32];
	size_t n = 0;
	int rc;

	if (!v)
		return inc__fail(INC_ERROR, "out of memory");
	/*
	 * by their newest entry: once FEED_ENTRIES are taken, an incident
	 * whose newest is older than the last of them has none to give
	 */
	for (size_t i = 0; i < (only ? 1 : s->count); i++) {
		struct incident *in = only ? only : s->by_newest_entry[i];
		if (!feed_takes(in, only, comp))
			continue;
		if (!only && n >= FEED_ENTRIES) {
			qsort(v, n, sizeof(*v), by_entry);
			n = FEED_ENTRIES;
			if (in->newest < v[n - 1].u->at)
				break;
		}
		if ((rc = need(s, in)) < 0) {
			rc = inc__fail(rc, "%s", s->why);
			goto out;
		}
		for (size_t k = 0; k < in->count; k++)
			v[n].in = in, v[n++].u = &in->updates[k];
		if (in->postmortem.message)
			v[n].in = in, v[n++].u = &in->postmortem;
	}
	qsort(v, n, sizeof(*v), by_entry);
	/* its newest entry's, a post-mortem's too (RFC 4287, 4.2.15) */
	inc__time_format(t, n ? v[0].u->at : page_updated(s));
	/*
	 * without the site's address the links are relative to the site:
	 * a feed in incidents/ or components/ says so (RFC 4287, 2.)
	 */
	inc__buf_printf(b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\"%s>"
	    "\n<id>", !*s->url && (only || comp) ? " xml:base=\"../\"" : "");
	inc__buf_printf(&key, "%s\n%s", s->url, s->name);
	if (only || comp)
		inc__buf_printf(&key, "\n%s", self);
	if ((rc = inc__buf_error(&key)) < 0 ||
	    (rc = put_uuid(b, "feed", key.s)) < 0)
		goto out;
	inc__buf_printf(b, "</id>\n<title>");
	inc__html_text(b, s->name, 0);
	if (only || comp) {
		inc__buf_printf(b, ": ");
		inc__html_text(b, only ? only->title : comp->name, 0);
	}
	inc__buf_printf(b, "%s</title>\n<updated>%s</updated>\n<author><name>",
	    only ? "" : " incident history", t);
	inc__html_text(b, s->name, 0);
	inc__buf_printf(b, "</name></author>\n");
	put_link(b, s, "alternate", "text/html", only ? "incidents/" :
	    "index.html", only ? site_id(only) : NULL);
	put_link(b, s, "self", "application/atom+xml", self, NULL);
	/* the site's and a component's: the newest only, as Statuspage's */
	if (!only && n > FEED_ENTRIES)
		n = FEED_ENTRIES;
	if (!only)
		feed_mark(s, comp, v, n);
	for (size_t i = 0; i < n; i++)
		inc__buf_put(b, v[i].in->parts + v[i].u->entry_at,
		    v[i].u->entry_len);
	inc__buf_printf(b, "</feed>\n");
	rc = inc__buf_error(b);
out:
	inc__buf_free(&key);
	free(v);
	return rc;
}

/* An update's Atom entry, the same in every feed that has it. */
static int
put_entry(struct inc_buf *b, struct site *s, struct incident *in,
    struct update *u)
{
	struct inc_buf html = {0};
	int pm = u == &in->postmortem, rc;
	const char *word = pm ? "Post-mortem" : status_words[u->status];
	char t[32];

	inc__time_format(t, u->at);
	inc__buf_printf(b, "<entry>\n<id>");
	if ((rc = put_uuid(b, "update", u->id)) < 0)
		return rc;
	inc__buf_printf(b, "</id>\n<title>");
	inc__html_text(b, in->title, 0);
	inc__buf_printf(b, ": %s</title>\n<updated>%s</updated>\n"
	    "<published>%s</published>\n", word, t, t);
	put_link(b, s, "alternate", "text/html", "incidents/", site_id(in));
	/* the content is HTML, itself escaped for XML */
	if (pm) {
		inc__html_markdown(&html, u->message);
	} else {
		int64_t from, until;
		inc__buf_printf(&html, "<p><strong>%s</strong> - <span "
		    "dir=\"auto\">", word);
		inc__html_text(&html, u->message, 1);
		inc__buf_printf(&html, "</span></p>");
		/* the window it announces, as much as it announces */
		if (!in->maintenance || !u->event || inc__time_get(&from,
		    u->event, "scheduled_for") < 0)
			from = 0;
		if (!in->maintenance || !u->event || inc__time_get(&until,
		    u->event, "scheduled_until") < 0)
			until = 0;
		if (from) {
			inc__buf_printf(&html, "<p>Scheduled for ");
			put_time(&html, from);
			inc__buf_printf(&html, until ? " until " :
			    ", with no end announced.</p>");
		} else if (until) {
			inc__buf_printf(&html, "<p>Scheduled until ");
		}
		if (until) {
			put_time(&html, until);
			inc__buf_printf(&html, ".</p>");
		}
	}
	if (json_array_size(u->names)) {
		put_names(&html, "<p>This affects: ", u->names, u->name_status);
		inc__buf_printf(&html, "</p>");
	}
	if ((rc = inc__buf_error(&html)) == 0) {
		inc__buf_printf(b, "<content type=\"html\">");
		inc__html_text(b, html.s, 0);
		inc__buf_printf(b, "</content>\n</entry>\n");
	}
	inc__buf_free(&html);
	return rc;
}

/*
 * What the site-wide pages and feeds show of an incident, made when it
 * is not as the cache has it: its summary, each update's entry and its
 * JSON.
 */
static int
make_parts(struct site *s, struct incident *in)
{
	struct inc_buf *b = &in->own;
	int rc;

	b->len = 0;
	put_incident(b, in, "", 0, 4); /* under a day's or a month's h3 */
	in->summary_len = b->len;
	for (size_t k = 0; k <= in->count; k++) {
		struct update *u = k < in->count ? &in->updates[k] :
		    &in->postmortem;
		if (k == in->count && !in->postmortem.message)
			break;
		u->entry_at = b->len;
		if ((rc = put_entry(b, s, in, u)) < 0)
			return rc;
		u->entry_len = b->len - u->entry_at;
	}
	in->json_at = b->len;
	put_incident_parts(b, s, in);
	if ((rc = inc__buf_error(b)) < 0)
		return rc;
	in->parts = b->s ? b->s : "";
	in->parts_len = b->len;
	return 0;
}

/* --- files --- */

static int
same_bytes(const char *path, const char *data, size_t len)
{
	struct stat st;
	char *have;
	FILE *f;
	int same;

	if (stat(path, &st) < 0 || !S_ISREG(st.st_mode) ||
	    (size_t)st.st_size != len || !(f = fopen(path, "rb")))
		return 0;
	if (!(have = malloc(len + 1))) {
		fclose(f);
		return 0;
	}
	same = fread(have, 1, len, f) == len && (!len || !memcmp(have, data,
	    len));
	free(have);
	fclose(f);
	return same;
}

/*
 * name gets data whole or not at all: written to a temporary file beside
 * it (hidden: incidents/.ID.html.PID.tmp), synced, then renamed over it;
 * left alone (its inode and time too) when it already holds those bytes.
 * Data that failed to render (see struct inc_buf) is not written, and
 * its error returned.
 */
static int
write_file(struct site *s, const char *name, const struct inc_buf *data)
{
	struct inc_buf path = {0};
	int rc;

	if ((rc = inc__buf_error(data)) == 0 &&
	    (rc = inc__buf_printf(&path, "%s/%s", s->dir, name)) == 0 &&
	    !same_bytes(path.s, data->s, data->len))
		rc = inc__file_replace(path.s, data->s, data->len, 1, s->dir);
	inc__buf_free(&path);
	return rc;
}

static int
make_dir(const char *path, const char *subject)
{
	struct stat st;

	if (mkdir(path, 0777) < 0 && errno != EEXIST)
		return inc__errno_fail(subject);
	if (stat(path, &st) < 0)
		return inc__errno_fail(subject);
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return inc__errno_fail(subject);
	}
	return 0;
}

/* The site's folders, each after the one it is in. */
static const char *const subdirs[] = {
	"incidents", "components", "history", "api", "api/v2", "api/v2/incidents",
	"api/v2/scheduled-maintenances"
};

/*
 * When the site was last made (now: a dead publisher is not a quiet
 * day) and what it holds, apart from the pages, which change only with
 * an event.
 */
static void
heartbeat_json(struct inc_buf *b, struct site *s)
{
	int64_t now = inc__time_now_ms() / 1000;
	size_t open = 0;

	for (size_t i = 0; i < s->count; i++)
		open += (size_t)(s->incidents[i].open &&
		    !s->incidents[i].maintenance);
	dump(b, json_pack("{s:o, s:o, s:s, s:I, s:I}", "checked_at",
	    json_time(now), "updated_at", json_time(page_updated(s)),
	    "indicator", impacts[s->indicator], "incidents",
	    (json_int_t)s->total, "unresolved", (json_int_t)open));
	inc__buf_put(b, "\n", 1);
}

/*
 * What a quarter's page is made from: its quarter and its incidents'
 * trees (so that one leaving or joining it is seen), "PERIOD HEX\n".
 */
static uint64_t
tree_word(const git_oid *tree)
{
	uint64_t w;

	memcpy(&w, tree->id, sizeof(w));
	return w;
}

/* Each quarter's incidents: how many, and their period_sig. */
static int
quarters_count(struct site *s)
{
	free(s->quarters);
	s->nquarters = 0;
	if (!(s->quarters = calloc(s->count + 1, sizeof(*s->quarters))))
		return inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; i < s->count;) {
		struct period *p = &s->quarters[s->nquarters++];
		p->q = period_of(&s->incidents[i]);
		for (; i < s->count && period_of(&s->incidents[i]) == p->q; i++) {
			p->count++;
			p->sig ^= tree_word(&s->incidents[i].tree);
		}
	}
	return 0;
}

static void
period_sig(struct inc_buf *b, const struct period *p)
{
	char hex[17];

	for (int i = 0; i < 16; i++)
		hex[i] = "0123456789abcdef"[(p->sig >> (60 - 4 * i)) & 15];
	hex[16] = '\n';
	put_dec(b, p->q, ' ');
	inc__buf_put(b, hex, sizeof(hex));
}

/*
 * The quarters' pages whose incidents changed (all of them, compared
 * with the files, when the site is not the cache's).
 */
static int
write_periods(struct site *s, struct inc_buf *b)
{
	struct inc_buf name = {0};
	size_t i = 0;
	int rc = 0;

	for (size_t p = 0; rc == 0 && p < s->nquarters; p++) {
		int64_t q = s->quarters[p].q;
		size_t first, at = s->shown_periods.len;
		int fresh = 0;
		while (i < s->count && period_of(&s->incidents[i]) > q)
			i++;
		for (first = i; i < s->count && period_of(&s->incidents[i]) == q;
		    i++)
			fresh |= s->incidents[i].fresh;
		period_sig(&s->shown_periods, &s->quarters[p]);
		if ((rc = inc__buf_error(&s->shown_periods)) < 0)
			break;
		if (first == i) /* none read: unchanged (a fast run) */
			continue;
		if (!fresh && s->pages_known && inc__line_starts(s->periods,
		    s->shown_periods.s + at))
			continue;
		b->len = name.len = 0;
		archive_html(b, s, first, q);
		period_path(&name, q);
		if ((rc = inc__buf_error(&name)) == 0)
			rc = write_file(s, name.s, b);
	}
	inc__buf_free(&name);
	return rc;
}

/* --- the site state: a run that reads only what changed --- */

/*
 * What a run needs of every incident, kept for the next run beside the
 * cache (incident-publish-state, in the git directory), so that it reads
 * only the incidents that changed and those a bounded file shows, not
 * every incident: the id of the incidents tree it was made from, the
 * counts, the first update's time, each component's first and last
 * time, each quarter's count and period_sig, the first spelling of each
 * component name and the incident that gave it, the FEED_ENTRIES-th of each bounded list (the
 * newest incidents, maintenances, the site's and each component's feed
 * entries), and the incidents those files may show (R: the open ones,
 * the newest quarter's, those of the front page's days and of the
 * uptime days, those in a bounded list, those not shown) with where
 * their records are in the cache and why they are there (KEEP_).
 *
 * A run with a state for its settings, its site and the cache as the
 * state left it diffs the incidents tree it was made from against HEAD's
 * (only the changed years and months are read), reads R's records (but
 * those there only for what the new events moved past) and the changed
 * incidents' logs, and takes the counts, times and quarters
 * from the state, less each changed incident as it was and plus it as it
 * is. Whenever it cannot be sure the files come out as a run reading
 * every incident makes them, it reads every incident instead (the
 * reason in inc_publish_stats): an incident gone or changed outside R, a
 * log that does not read, a component name given first by a changed
 * incident or unknown to the state, a change in a quarter older than
 * the newest, a time a changed incident set and no longer sets, a
 * bounded list that might need an incident not read, anything odd in
 * the state or the cache. The state is used once (removed as a run
 * starts) and written only by a run that finished with no warning.
 *
 * The format: "incident-publish-state 5\n", the length and record_sum
 * of the rest, then numbers and strings as in the cache.
 */
#define STATE_VERSION 5

struct state_component {
	const char *name;
	int64_t created, updated;
	struct mark feed;
};

/*
 * Why an incident is in R (see state_keeps): those in R only for the
 * newest quarter or for the days the front page and the uptime bars show
 * need not be read by a run that has moved past them (see fast_load).
 * KEEP_OVERLAPS: the JSON showed it, and every incident its updates'
 * affected_components counted is in R (see fast_overlaps).
 */
enum { KEEP_ALWAYS = 1, KEEP_QUARTER = 2, KEEP_DAYS = 4, KEEP_OVERLAPS = 8 };

struct known {
	const char *id;
	git_oid tree;
	int64_t offset;
	int why;                           /* KEEP_ bits */
	int64_t started, updated, resolved; /* for KEEP_DAYS */
};

struct state {
	char *text;
	size_t len;
	const char *key, *identity, *tree;
	int64_t dev, ino, size, live, total, updates, updated, oldest;
	struct mark incidents, maintenances, feed;
	size_t nseen;
	const char **seen, **seen_by;
	size_t ncomponents;
	struct state_component *components;
	size_t nquarters;
	struct period *quarters;
	size_t nknown;
	struct known *known;
};

/* An incident whose tree changed since the state's. */
struct change {
	char *id;
	git_oid tree;
	int added;
};

static void
state_free(struct state *st)
{
	if (!st)
		return;
	free(st->text);
	free(st->seen);
	free(st->seen_by);
	free(st->components);
	free(st->quarters);
	free(st->known);
	free(st);
}

static void
state_path(struct inc_buf *b, inc_repo *repo)
{
	inc__buf_printf(b, "%sincident-publish-state", repo->commondir);
}

static void
mark_get(struct mark *m, struct cursor *c)
{
	m->has = (int)get_num(c);
	m->at = get_num(c);
	m->id = get_str(c);
}

static void
mark_put(struct inc_buf *b, const struct mark *m)
{
	put_num(b, m->has);
	put_num(b, m->has ? m->at : 0);
	put_str(b, m->has && m->id ? m->id : "");
}

/* A count of things of size bytes that the rest of c can hold. */
static size_t
get_count(struct cursor *c, size_t size)
{
	int64_t n = get_num(c);

	if (c->bad || n < 0 || n > (c->end - c->p) / (int64_t)size) {
		c->bad = 1;
		return 0;
	}
	return (size_t)n;
}

/* The state file, read whole and checked; NULL when there is none. */
static struct state *
state_read(inc_repo *repo)
{
	struct inc_buf path = {0};
	struct state *st = calloc(1, sizeof(*st));
	struct cursor c = {0};
	char header[64];
	struct stat sb;
	int64_t n, sum;
	FILE *f = NULL;

	state_path(&path, repo);
	snprintf(header, sizeof(header), "incident-publish-state %d\n",
	    STATE_VERSION);
	if (!st || inc__buf_error(&path) < 0 || !(f = fopen(path.s, "rb")) ||
	    fstat(fileno(f), &sb) < 0 || sb.st_size < 1 ||
	    sb.st_size > 64 * 1024 * 1024 ||
	    !(st->text = malloc((size_t)sb.st_size + 1)) ||
	    fread(st->text, 1, (size_t)sb.st_size, f) != (size_t)sb.st_size)
		goto bad;
	st->len = (size_t)sb.st_size;
	st->text[st->len] = '\0';
	if (st->len < strlen(header) || strncmp(st->text, header,
	    strlen(header)))
		goto bad;
	c.p = st->text + strlen(header), c.end = st->text + st->len;
	n = get_num(&c);
	sum = get_num(&c);
	if (c.bad || n != c.end - c.p || record_sum(c.p, (size_t)n) != sum)
		goto bad;
	st->key = get_str(&c);
	st->identity = get_str(&c);
	st->tree = get_str(&c);
	st->dev = get_num(&c);
	st->ino = get_num(&c);
	st->size = get_num(&c);
	st->live = get_num(&c);
	st->total = get_num(&c);
	st->updates = get_num(&c);
	st->updated = get_num(&c);
	st->oldest = get_num(&c);
	mark_get(&st->incidents, &c);
	mark_get(&st->maintenances, &c);
	mark_get(&st->feed, &c);
	st->nseen = get_count(&c, 4);
	if (!(st->seen = calloc(st->nseen + 1, sizeof(*st->seen))) ||
	    !(st->seen_by = calloc(st->nseen + 1, sizeof(*st->seen_by))))
		goto bad;
	for (size_t i = 0; i < st->nseen; i++) {
		st->seen[i] = get_str(&c);
		st->seen_by[i] = get_str(&c);
	}
	st->ncomponents = get_count(&c, 8);
	if (!(st->components = calloc(st->ncomponents + 1,
	    sizeof(*st->components))))
		goto bad;
	for (size_t i = 0; i < st->ncomponents; i++) {
		struct state_component *sc = &st->components[i];
		sc->name = get_str(&c);
		sc->created = get_num(&c);
		sc->updated = get_num(&c);
		mark_get(&sc->feed, &c);
	}
	st->nquarters = get_count(&c, 6);
	if (!(st->quarters = calloc(st->nquarters + 1, sizeof(*st->quarters))))
		goto bad;
	for (size_t i = 0; i < st->nquarters; i++) {
		struct period *p = &st->quarters[i];
		char *end;
		const char *sig;
		p->q = get_num(&c);
		p->count = (size_t)get_num(&c);
		sig = get_str(&c);
		p->sig = strtoull(sig, &end, 16);
		if (!*sig || *end || p->count < 1 || (i && p->q >= p[-1].q))
			c.bad = 1;
	}
	st->nknown = get_count(&c, 6);
	if (!(st->known = calloc(st->nknown + 1, sizeof(*st->known))))
		goto bad;
	for (size_t i = 0; i < st->nknown && !c.bad; i++) {
		st->known[i].id = get_str(&c);
		if (git_oid_fromstr(&st->known[i].tree, get_str(&c)) < 0)
			c.bad = 1;
		st->known[i].offset = get_num(&c);
		st->known[i].why = (int)get_num(&c);
		st->known[i].started = get_num(&c);
		st->known[i].updated = get_num(&c);
		st->known[i].resolved = get_num(&c);
		if (st->known[i].why < 1 || st->known[i].why > 15)
			c.bad = 1;
	}
	if (c.bad || c.p != c.end)
		goto bad;
	fclose(f);
	inc__buf_free(&path);
	return st;
bad:
	if (f)
		fclose(f);
	inc__buf_free(&path);
	state_free(st);
	return NULL;
}

/*
 * Is an incident of these times on the front page's days or the uptime
 * bars' of a site whose newest event is at newest?
 */
static int
in_days(int64_t newest, int64_t started, int64_t updated, int64_t resolved)
{
	int64_t last_day = newest - newest % DAY,
	    first_day = last_day - (int64_t)(UPTIME_DAYS - 1) * DAY;

	return started >= last_day - (int64_t)(HISTORY_DAYS - 1) * DAY ||
	    updated >= first_day || resolved >= first_day;
}

/*
 * Why an incident belongs in R (see above), KEEP_ bits, or 0: a file of
 * the next run may show it. rank: it is in the newest RECENT_INCIDENTS of
 * its kind.
 */
static int
state_keeps(struct site *s, struct incident *in, int rank)
{
	return (in->open || rank || in->in_feed || in->consulted ?
	    KEEP_ALWAYS : 0) | (in->affected ? KEEP_OVERLAPS : 0) |
	    (period_of(in) == period_of(&s->incidents[0]) ? KEEP_QUARTER : 0) |
	    (in_days(s->updated, in->started, in->updated, in->resolved) ?
	    KEEP_DAYS : 0);
}

static void
known_put(struct inc_buf *b, const char *id, const git_oid *tree,
    int64_t offset, int why, const struct incident *in)
{
	char hex[GIT_OID_HEXSZ + 1];

	put_str(b, id);
	put_str(b, git_oid_tostr(hex, sizeof(hex), tree));
	put_num(b, offset);
	put_num(b, why);
	put_num(b, in ? in->started : 0);
	put_num(b, in ? in->updated : 0);
	put_num(b, in ? in->resolved : 0);
}

/* The state for the next run (see above), after cache_store(). */
static void
state_store(struct site *s, inc_repo *repo)
{
	struct inc_buf b = {0}, all = {0}, path = {0};
	struct mark marks[2] = {{0}}, none = {0};
	size_t ranked[2] = {0}, nknown = 0, ncomponents = 0;
	char hex[GIT_OID_HEXSZ + 1];

	if (s->nseen_by != json_array_size(s->seen) || !s->count)
		return;
	put_str(&b, s->key);
	put_str(&b, s->identity);
	put_str(&b, git_oid_tostr(hex, sizeof(hex), &s->incidents_tree));
	put_num(&b, (int64_t)s->stored_dev);
	put_num(&b, (int64_t)s->stored_ino);
	put_num(&b, s->stored_size);
	put_num(&b, s->live);
	put_num(&b, (int64_t)s->total);
	put_num(&b, (int64_t)s->total_updates);
	put_num(&b, s->updated);
	put_num(&b, s->oldest);
	for (size_t i = 0; i < s->count; i++) {
		struct incident *in = &s->incidents[i];
		int kind = in->maintenance;
		if (++ranked[kind] == RECENT_INCIDENTS) {
			marks[kind].has = 1;
			marks[kind].at = in->started;
			marks[kind].id = in->id;
		}
	}
	mark_put(&b, &marks[0]);
	mark_put(&b, &marks[1]);
	mark_put(&b, s->feeds ? &s->feeds[0] : &none);
	put_num(&b, (int64_t)s->nseen_by);
	for (size_t i = 0; i < s->nseen_by; i++) {
		put_str(&b, json_string_value(json_array_get(s->seen, i)));
		put_str(&b, s->seen_by[i]);
	}
	for (size_t i = 0; i < s->ncomponents; i++)
		ncomponents += !s->components[i].members;
	put_num(&b, (int64_t)ncomponents);
	for (size_t i = 0; i < s->ncomponents; i++) {
		struct component *c = &s->components[i];
		if (c->members)
			continue;
		put_str(&b, c->name);
		put_num(&b, c->created);
		put_num(&b, c->updated);
		mark_put(&b, s->feeds ? &s->feeds[1 + i] : &none);
	}
	put_num(&b, (int64_t)s->nquarters);
	for (size_t i = 0; i < s->nquarters; i++) {
		char sig[32];
		put_num(&b, s->quarters[i].q);
		put_num(&b, (int64_t)s->quarters[i].count);
		snprintf(sig, sizeof(sig), "%016llx",
		    (unsigned long long)s->quarters[i].sig);
		put_str(&b, sig);
	}
	ranked[0] = ranked[1] = 0;
	for (size_t i = 0; i < s->count; i++) {
		struct incident *in = &s->incidents[i];
		int why = state_keeps(s, in, ranked[in->maintenance]++ <
		    RECENT_INCIDENTS);
		if (!why)
			continue;
		known_put(&all, in->id, &in->tree, in->offset, why, in);
		nknown++;
	}
	for (size_t i = 0; i < s->nhiddens; i++, nknown++)
		known_put(&all, s->hiddens[i].id, &s->hiddens[i].tree,
		    s->hiddens[i].offset, KEEP_ALWAYS, NULL);
	put_num(&b, (int64_t)nknown);
	inc__buf_put(&b, all.s ? all.s : "", all.len);
	all.len = 0;
	inc__buf_printf(&all, "incident-publish-state %d\n", STATE_VERSION);
	put_num(&all, (int64_t)b.len);
	put_num(&all, record_sum(b.s ? b.s : "", b.len));
	inc__buf_put(&all, b.s ? b.s : "", b.len);
	state_path(&path, repo);
	if (inc__buf_error(&b) == 0 && inc__buf_error(&all) == 0 &&
	    inc__buf_error(&path) == 0)
		inc__file_replace(path.s, all.s, all.len, 0, NULL);
	inc__buf_free(&b);
	inc__buf_free(&all);
	inc__buf_free(&path);
}

/* The FEED_ENTRIES-th entry of a bounded feed, and the incidents shown. */
static void
feed_mark(struct site *s, const struct component *comp,
    const struct entry *v, size_t n)
{
	struct mark *m;

	if (!s->feeds && !(s->feeds = calloc(s->ncomponents + 1,
	    sizeof(*s->feeds))))
		return;
	m = &s->feeds[comp ? 1 + (size_t)(comp - s->components) : 0];
	m->has = n == FEED_ENTRIES;
	if (m->has)
		m->at = v[n - 1].u->at, m->id = v[n - 1].u->id;
	for (size_t i = 0; i < n; i++)
		v[i].in->in_feed = 1;
}

static int
hidden_add(struct site *s, const char *id, const git_oid *tree,
    int64_t offset, int64_t hpos, int64_t apos)
{
	struct hidden *h;

	if (!(s->nhiddens & (s->nhiddens - 1))) {
		struct hidden *more = realloc(s->hiddens, (s->nhiddens ?
		    s->nhiddens * 2 : 1) * sizeof(*more));
		if (!more)
			return inc__fail(INC_ERROR, "out of memory");
		s->hiddens = more;
	}
	h = &s->hiddens[s->nhiddens];
	if (!(h->id = strdup(id)))
		return inc__fail(INC_ERROR, "out of memory");
	h->tree = *tree;
	h->offset = offset, h->hpos = hpos, h->apos = apos;
	s->nhiddens++;
	return 0;
}

/* The names seen gained from before on: given first by incident id. */
static int
seen_by_add(struct site *s, json_t *seen, size_t before, const char *id)
{
	for (size_t k = before; k < json_array_size(seen); k++) {
		char **more = realloc(s->seen_by, (s->nseen_by + 1) *
		    sizeof(*more));
		if (!more)
			return inc__fail(INC_ERROR, "out of memory");
		s->seen_by = more;
		if (!(s->seen_by[s->nseen_by] = strdup(id)))
			return inc__fail(INC_ERROR, "out of memory");
		s->nseen_by++;
	}
	return 0;
}

/* Two ids in the order of their trees: incidents/YYYY/MM/ID/. */
static int
tree_order(const char *a, const char *b)
{
	for (;; a++, b++) {
		unsigned char x = *a ? (unsigned char)*a : '/';
		unsigned char y = *b ? (unsigned char)*b : '/';
		if (x != y)
			return x < y ? -1 : 1;
		if (!*a || !*b)
			return *a ? 1 : *b ? -1 : 0;
	}
}

static int
change_add(struct change **v, size_t *n, const char *id, const git_oid *tree,
    int added)
{
	struct change *more = realloc(*v, (*n + 1) * sizeof(*more));

	if (!more)
		return -1;
	*v = more;
	if (!(more[*n].id = strdup(id)))
		return -1;
	more[*n].tree = *tree, more[*n].added = added;
	(*n)++;
	return 0;
}

/*
 * The incidents whose tree differs between old and now (level 0: the
 * years, 1: a year's months, 2: a month's incidents; old NULL: none),
 * by reading only the trees that differ: 0, or 1 when one is gone, the
 * trees do not read or an incident is not where its id says.
 */
static int
tree_changes(git_repository *git, const git_oid *old, const git_oid *now,
    int level, const char *where, struct change **v, size_t *n)
{
	git_tree *o = NULL, *t = NULL;
	int rc = 0;

	if ((old && git_tree_lookup(&o, git, old) < 0) ||
	    git_tree_lookup(&t, git, now) < 0 || *n > 1000) {
		rc = 1;
		goto out;
	}
	for (size_t i = 0; o && rc == 0 && i < git_tree_entrycount(o); i++) {
		const git_tree_entry *e = git_tree_entry_byindex(o, i);
		if (git_tree_entry_type(e) == GIT_OBJECT_TREE &&
		    !git_tree_entry_byname(t, git_tree_entry_name(e)))
			rc = 1; /* gone */
	}
	for (size_t i = 0; rc == 0 && i < git_tree_entrycount(t); i++) {
		const git_tree_entry *e = git_tree_entry_byindex(t, i);
		const char *name = git_tree_entry_name(e);
		const git_tree_entry *was = o ? git_tree_entry_byname(o, name) :
		    NULL;
		char next[16];
		if (git_tree_entry_type(e) != GIT_OBJECT_TREE) {
			/* not read; one that was a tree is gone; in a year or
			 * a month, odd */
			rc = (was && git_tree_entry_type(was) == GIT_OBJECT_TREE) ||
			    (level && (!was || !git_oid_equal(git_tree_entry_id(
			    was), git_tree_entry_id(e))));
			continue;
		}
		if (was && git_tree_entry_type(was) != GIT_OBJECT_TREE) {
			rc = 1;
			break;
		}
		if (was && git_oid_equal(git_tree_entry_id(was),
		    git_tree_entry_id(e)))
			continue;
		if (level < 2) {
			if (strlen(name) != (level ? 2u : 4u)) {
				rc = 1;
				break;
			}
			snprintf(next, sizeof(next), "%s%s%s", where, level ?
			    "-" : "", name);
			rc = tree_changes(git, was ? git_tree_entry_id(was) : NULL,
			    git_tree_entry_id(e), level + 1, next, v, n);
			continue;
		}
		if (!inc__id_valid(name))
			continue; /* not an incident */
		if (strncmp(name, where, 7) || name[7] != '-' ||
		    change_add(v, n, name, git_tree_entry_id(e), !was) < 0)
			rc = 1;
	}
out:
	git_tree_free(o);
	git_tree_free(t);
	return rc;
}

/* A record where the state says it is, when it is the one it says. */
static int
record_at(struct record *r, const struct site *s, const struct known *k)
{
	struct cursor c;
	int64_t n, bn, sum;

	memset(r, 0, sizeof(*r));
	if (k->offset < 0 || (size_t)k->offset + 2 > s->cache_len)
		return -1;
	c.p = s->cache + k->offset, c.end = s->cache + s->cache_len, c.bad = 0;
	if (strncmp(c.p, "R ", 2))
		return -1;
	r->start = c.p;
	c.p += 2;
	n = get_num(&c);
	sum = get_num(&c);
	bn = get_num(&c);
	r->body_sum = get_num(&c);
	if (c.bad || n < 1 || bn < 0 || n > c.end - c.p ||
	    bn > c.end - c.p - n)
		return -1;
	r->body = c.p + n;
	r->end = r->body + bn;
	if (record_sum(c.p, (size_t)n) != sum)
		return -1;
	r->id = get_str(&c);
	if (c.bad || git_oid_fromstr(&r->tree, get_str(&c)) < 0 ||
	    c.p > r->body || strcmp(r->id, k->id) ||
	    !git_oid_equal(&r->tree, &k->tree))
		return -1;
	r->head = c.p;
	return 0;
}

/*
 * Are an incident's component names shown as the state has them: each
 * one the state's seen has, given first by an incident before it that did
 * not change (so seen is as it was, for every incident)?
 */
static int
names_known(struct site *s, struct incident *in, const struct change *v,
    size_t n)
{
	struct state *st = s->state;

	for (size_t j = 0; j < json_array_size(in->raw); j++) {
		const char *raw = json_string_value(json_array_get(in->raw, j));
		json_t *name = in->shown_as ? NULL : canonical(s, s->seen, raw);
		const char *spelt = in->shown_as ? in->shown_as[j] :
		    json_string_value(name);
		size_t i = 0;
		for (; spelt && i < st->nseen && strcmp(st->seen[i], spelt); i++)
			;
		json_decref(name);
		if (!spelt || i == st->nseen ||
		    tree_order(st->seen_by[i], in->id) >= 0)
			return 0;
		for (size_t k = 0; k < n; k++)
			if (!strcmp(v[k].id, st->seen_by[i]))
				return 0;
	}
	return 1;
}

static void
time_seen(int64_t *lo, int64_t *hi, int64_t at)
{
	if (!*lo || at < *lo)
		*lo = at;
	if (at > *hi)
		*hi = at;
}

/* The times an incident gives component name, as find_components(). */
static void
component_times(struct site *s, struct incident *in, const char *name,
    int64_t *lo, int64_t *hi)
{
	json_t *n = json_string(name);
	int named = n && has_name(in->names, n);

	*lo = *hi = 0;
	json_decref(n);
	if (in->maintenance) {
		if (named)
			time_seen(lo, hi, in->created);
		if (named && in->resolved)
			time_seen(lo, hi, in->resolved);
		return;
	}
	for (size_t j = 0; j < json_array_size(in->raw); j++) {
		json_t *as = in->shown_as ? NULL : canonical(s, s->seen,
		    json_string_value(json_array_get(in->raw, j)));
		const char *spelt = in->shown_as ? in->shown_as[j] :
		    json_string_value(as);
		if (spelt && !strcmp(spelt, name) && in->raw_at &&
		    in->raw_at[2 * j]) {
			time_seen(lo, hi, in->raw_at[2 * j]);
			time_seen(lo, hi, in->raw_at[2 * j + 1]);
		}
		json_decref(as);
	}
	if (named && in->resolved)
		time_seen(lo, hi, in->resolved);
}

/*
 * A first and last time (*lo, *hi) of every incident, from those with
 * one incident as it was (olo, ohi; 0: none) and as it is: 0, or -1 when
 * the old one set it and the new one does not (the others' is not known).
 */
static int
times_again(int64_t *lo, int64_t *hi, int64_t olo, int64_t ohi, int64_t nlo,
    int64_t nhi)
{
	if ((ohi && ohi >= *hi && nhi < ohi) ||
	    (olo && olo <= *lo && (!nlo || nlo > olo)))
		return -1;
	if (nhi > *hi)
		*hi = nhi;
	if (nlo && (!*lo || nlo < *lo))
		*lo = nlo;
	return 0;
}

/* One incident more (sign 1) or less (-1) in its quarter. */
static int
quarter_move(struct site *s, const struct incident *in, int sign)
{
	int64_t q = month_of(in->started) / 3;
	size_t i = 0;

	while (i < s->nquarters && s->quarters[i].q > q)
		i++;
	if (i < s->nquarters && s->quarters[i].q == q) {
		s->quarters[i].sig ^= tree_word(&in->tree);
		if (sign < 0 && --s->quarters[i].count == 0)
			memmove(&s->quarters[i], &s->quarters[i + 1],
			    (--s->nquarters - i) * sizeof(*s->quarters));
		else if (sign > 0)
			s->quarters[i].count++;
		return 0;
	}
	if (sign < 0)
		return -1;
	memmove(&s->quarters[i + 1], &s->quarters[i], (s->nquarters - i) *
	    sizeof(*s->quarters));
	s->quarters[i].q = q;
	s->quarters[i].count = 1;
	s->quarters[i].sig = tree_word(&in->tree);
	s->nquarters++;
	return 0;
}

/*
 * The state less an incident as it was (old, NULL when it was not
 * shown) and plus it as it is (now, likewise): 0, or -1 when that is not
 * known without reading every incident.
 */
static int
state_again(struct site *s, struct incident *old, struct incident *now)
{
	struct state *st = s->state;
	int64_t newest = st->nquarters ? st->quarters[0].q : 0;
	int64_t zero = 0;

	if ((old && month_of(old->started) / 3 < newest) ||
	    (now && month_of(now->started) / 3 < newest))
		return -1; /* a quarter not read */
	for (size_t i = 0; i < st->ncomponents; i++) {
		struct state_component *sc = &st->components[i];
		int64_t olo = 0, ohi = 0, nlo = 0, nhi = 0;
		if (old)
			component_times(s, old, sc->name, &olo, &ohi);
		if (now)
			component_times(s, now, sc->name, &nlo, &nhi);
		if (times_again(&sc->created, &sc->updated, olo, ohi, nlo,
		    nhi) < 0)
			return -1;
	}
	if (times_again(&zero, &s->updated, 0, old ? old->updated : 0, 0,
	    now ? now->updated : 0) < 0)
		return -1;
	zero = 0;
	if (times_again(&s->oldest, &zero, old ? old->created : 0, 0,
	    now ? now->created : 0, 0) < 0)
		return -1;
	if (old) {
		s->total--;
		s->total_updates -= old->count;
		if (quarter_move(s, old, -1) < 0)
			return -1;
	}
	if (now) {
		s->total++;
		s->total_updates += now->count;
		if (quarter_move(s, now, 1) < 0)
			return -1;
	}
	return 0;
}

/* Every incident's component times, from the state (see find_components). */
static void
fast_times(struct site *s)
{
	struct state *st = s->state;

	for (size_t i = 0; i < s->ncomponents; i++) {
		struct component *c = &s->components[i];
		for (size_t k = 0; !c->members && c->name && k < st->ncomponents;
		    k++)
			if (!strcmp(st->components[k].name, c->name)) {
				c->created = st->components[k].created;
				c->updated = st->components[k].updated;
				break;
			}
	}
}

/* Does the state list the components this run lists? */
static int
components_known(struct site *s)
{
	struct state *st = s->state;

	if (st->ncomponents != (s->ndeclared ? s->ndeclared : st->nseen))
		return 0;
	for (size_t i = 0; i < st->ncomponents; i++) {
		const char *name = st->components[i].name;
		size_t k = 0;
		if (s->ndeclared)
			for (; k < s->ndeclared && strcmp(s->declared[k].name,
			    name); k++)
				;
		else
			for (; k < st->nseen && strcmp(st->seen[k], name); k++)
				;
		if (k == (s->ndeclared ? s->ndeclared : st->nseen))
			return 0;
	}
	return 1;
}

/* Not the fast run after all: as before fast_load(). */
static void
fast_reset(struct site *s)
{
	for (size_t i = 0; i < s->count; i++)
		incident_free(&s->incidents[i]);
	free(s->incidents);
	s->incidents = NULL;
	s->count = s->updates = s->total = s->total_updates = 0;
	free(s->by_newest_entry);
	s->by_newest_entry = NULL;
	if (s->cache)
		munmap((void *)(uintptr_t)s->cache, s->cache_len);
	s->cache = NULL, s->cache_len = 0;
	inc__buf_free(&s->added);
	for (size_t i = 0; i < s->nhiddens; i++)
		free(s->hiddens[i].id);
	free(s->hiddens);
	s->hiddens = NULL, s->nhiddens = 0;
	json_decref(s->seen);
	s->seen = NULL;
	inc__strv_free(s->seen_by, s->nseen_by);
	s->seen_by = NULL, s->nseen_by = 0;
	free(s->quarters);
	s->quarters = NULL, s->nquarters = 0;
	s->fast = s->pages_known = s->cache_whole = 0;
	s->updated = s->oldest = s->live = 0;
	s->periods = NULL;
	inc__buf_free(&s->state_periods);
	state_free(s->state);
	s->state = NULL;
}

/* The cache as the state left it, mapped: 0, or -1. */
static int
fast_cache(struct site *s, inc_repo *repo)
{
	struct state *st = s->state;
	struct inc_buf path = {0};
	struct cursor c = {0};
	struct stat sb;
	void *map;
	int fd = -1, rc = -1;

	cache_path(&path, repo);
	if (inc__buf_error(&path) < 0 || (fd = open(path.s, O_RDONLY |
	    O_CLOEXEC)) < 0 || fstat(fd, &sb) < 0 ||
	    (int64_t)sb.st_dev != st->dev || (int64_t)sb.st_ino != st->ino ||
	    (int64_t)sb.st_size != st->size || st->size < 1 ||
	    /* to be written anew, by a run that reads every record */
	    st->size > 2 * st->live + 8192 ||
	    (map = mmap(NULL, (size_t)sb.st_size, PROT_READ, MAP_PRIVATE, fd,
	    0)) == MAP_FAILED)
		goto out;
	s->cache = map, s->cache_len = (size_t)sb.st_size;
	s->cache_dev = sb.st_dev, s->cache_ino = sb.st_ino;
	rc = cache_header(s, &c);
out:
	if (fd >= 0)
		close(fd);
	inc__buf_free(&path);
	return rc;
}

/*
 * The incidents R and those that changed, with the rest from the state
 * (see above): 1, or 0 when every incident is to be read (why in
 * s->full_why).
 */
static int
fast_load(struct site *s, inc_repo *repo, git_tree *head)
{
	const git_tree_entry *top = head ? git_tree_entry_byname(head,
	    INC_DIR) : NULL;
	struct inc_buf path = {0}, warn = {0};
	struct change *v = NULL;
	struct state *st;
	char identity[160];
	git_oid was;
	size_t n = 0;
	int rc, touched = 0, old_quarter;
	int64_t newest;

	if (top && git_tree_entry_type(top) == GIT_OBJECT_TREE) {
		s->incidents_tree = *git_tree_entry_id(top);
		s->incidents_tree_known = 1;
	}
	st = s->state = state_read(repo);
	/* used once: a run that stops before writing its own leaves none */
	state_path(&path, repo);
	if (inc__buf_error(&path) == 0)
		unlink(path.s);
	path.len = 0;
	inc__buf_printf(&path, "%sincident-publish-writing", repo->commondir);
	site_identity(identity, s->dir);
	s->full_why = !st ? "no site state" :
	    strcmp(st->key, s->key) ? "the settings changed" :
	    !*identity || strcmp(identity, st->identity) ?
	    "not the site the state is for" :
	    inc__buf_error(&path) < 0 || access(path.s, F_OK) == 0 ?
	    "a run was cut short" :
	    !s->incidents_tree_known || st->total < 1 ||
	    git_oid_fromstr(&was, st->tree) < 0 ? "no incidents" :
	    !components_known(s) ? "the components changed" :
	    fast_cache(s, repo) < 0 ? "the cache is not as the state has it" :
	    NULL;
	inc__buf_free(&path);
	if (s->full_why)
		goto full;
	if (!git_oid_equal(&was, &s->incidents_tree) &&
	    tree_changes(repo->git, &was, &s->incidents_tree, 0, "", &v,
	    &n) != 0) {
		s->full_why = "an incident is gone or its tree does not read";
		goto full;
	}
	s->fast = s->pages_known = s->cache_whole = 1;
	s->total = (size_t)st->total, s->total_updates = (size_t)st->updates;
	s->updated = st->updated;
	s->oldest = st->oldest;
	s->live = st->live;
	if (!(s->incidents = calloc(st->nknown + n + 1, sizeof(*s->incidents))) ||
	    !(s->quarters = calloc(st->nquarters + n + 1,
	    sizeof(*s->quarters))) || !(s->seen = json_array()))
		goto oom;
	memcpy(s->quarters, st->quarters, st->nquarters * sizeof(*s->quarters));
	s->nquarters = st->nquarters;
	for (size_t i = 0; i < st->nquarters; i++)
		period_sig(&s->state_periods, &st->quarters[i]);
	for (size_t i = 0; i < st->nseen; i++)
		if (json_array_append_new(s->seen, json_string(st->seen[i])) < 0 ||
		    seen_by_add(s, s->seen, i, st->seen_by[i]) < 0)
			goto oom;
	if (inc__buf_error(&s->state_periods) < 0)
		goto oom;
	s->periods = s->state_periods.s ? s->state_periods.s : "";
	newest = st->nquarters ? st->quarters[0].q : -1;
	/* what changed: as it was, less; as it is, more */
	for (size_t c = 0; c < n; c++) {
		struct incident old, *now = &s->incidents[s->count];
		struct record r;
		size_t i = 0;
		int was_shown = 0;
		memset(&old, 0, sizeof(old));
		while (i < st->nknown && strcmp(st->known[i].id, v[c].id))
			i++;
		if ((i == st->nknown) != v[c].added) {
			s->full_why = "an incident the state does not hold changed";
			goto full;
		}
		if (i < st->nknown) {
			if (record_at(&r, s, &st->known[i]) < 0 ||
			    (was_shown = record_head(&old, &r)) < 0) {
				s->full_why = "a record is not where the state has it";
				goto full;
			}
			s->live -= r.end - r.start;
		}
		rc = incident_read(now, s, repo, v[c].id, &v[c].tree, &warn);
		if (rc < 0) {
			s->full_why = "an incident's log does not read";
			incident_free(&old);
			goto full;
		}
		if (rc == 0) {
			if (hidden_add(s, v[c].id, &v[c].tree, -1, -1,
			    (int64_t)s->added.len) < 0) {
				incident_free(&old);
				goto oom;
			}
			record_put(&s->added, s, NULL, v[c].id, &v[c].tree);
		} else {
			now->loaded = now->fresh = now->pages = 1;
			raw_times(now);
			now->newest = now->postmortem.message &&
			    now->postmortem.at > now->updated ?
			    now->postmortem.at : now->updated;
			s->count++; /* freed with the others */
			/* a name new to seen is not in the state's: below */
			if (name_components(now, s, s->seen) < 0) {
				incident_free(&old);
				goto oom;
			}
			s->updates += now->count;
		}
		if ((was_shown && !names_known(s, &old, v, n)) ||
		    (rc > 0 && !names_known(s, now, v, n))) {
			s->full_why = "a component name changed";
			incident_free(&old);
			goto full;
		}
		touched |= (was_shown && month_of(old.started) / 3 == newest) ||
		    (rc > 0 && month_of(now->started) / 3 == newest);
		if (state_again(s, was_shown ? &old : NULL, rc > 0 ? now : NULL) < 0) {
			s->full_why = "a time or quarter needs every incident";
			incident_free(&old);
			goto full;
		}
		incident_free(&old);
	}
	if (!s->nquarters || !s->total || s->quarters[0].q < st->quarters[0].q ||
	    s->updated < st->updated) {
		s->full_why = "the newest quarter or time went back";
		goto full;
	}
	/*
	 * R, but what changed, and but those that were there only for the
	 * days now past or for the newest quarter when a new quarter began
	 * and nothing changed in that one (its page stays, and the history
	 * shows the new quarter's incidents)
	 */
	old_quarter = s->nquarters && st->nquarters && !touched &&
	    s->quarters[0].q > st->quarters[0].q;
	for (size_t i = 0; i < st->nknown; i++) {
		struct known *k = &st->known[i];
		struct incident *in = &s->incidents[s->count];
		struct record r;
		size_t c = 0;
		if (!(k->why & KEEP_ALWAYS) &&
		    !(k->why & KEEP_QUARTER && !old_quarter) &&
		    !(k->why & KEEP_DAYS && in_days(s->updated, k->started,
		    k->updated, k->resolved)))
			continue;
		while (c < n && strcmp(v[c].id, k->id))
			c++;
		if (c < n)
			continue;
		if (record_at(&r, s, k) < 0 || (rc = record_head(in, &r)) < 0) {
			s->full_why = "a record is not where the state has it";
			goto full;
		}
		if (rc == 0) {
			if (hidden_add(s, k->id, &k->tree, k->offset, -1, -1) < 0)
				goto oom;
			continue;
		}
		in->overlaps_known = (k->why & KEEP_OVERLAPS) != 0;
		s->updates += in->count;
		s->count++;
	}
	for (size_t c = 0; c < n; c++)
		free(v[c].id);
	free(v);
	inc__buf_free(&warn);
	return 1;
oom:
	s->full_why = "out of memory";
full:
	for (size_t c = 0; c < n; c++)
		free(v[c].id);
	free(v);
	inc__buf_free(&warn);
	{
		const char *why = s->full_why;
		fast_reset(s);
		s->full_why = why;
	}
	return 0;
}

/* How many of the loaded incidents of a kind rank at or before m. */
static size_t
ranked_at(struct site *s, int maintenance, const struct mark *m)
{
	size_t n = 0;

	for (size_t i = 0; i < s->count; i++) {
		struct incident *in = &s->incidents[i];
		if (in->maintenance == maintenance && (in->started > m->at ||
		    (in->started == m->at && strcmp(in->id, m->id) >= 0)))
			n++;
	}
	return n;
}

/* How many entries of a feed (of component name, or NULL: the site's)
 * the loaded incidents give at or before m; below 0 when one does not
 * read. */
static int64_t
entries_at(struct site *s, const char *name, const struct mark *m)
{
	json_t *n = name ? json_string(name) : NULL;
	int64_t count = 0;

	for (size_t i = 0; i < s->count && count >= 0; i++) {
		struct incident *in = &s->incidents[i];
		if ((name && !has_name(in->names, n)) || in->newest < m->at)
			continue;
		if (need(s, in) < 0) {
			count = -1;
			break;
		}
		for (size_t k = 0; k <= in->count; k++) {
			struct update *u = k < in->count ? &in->updates[k] :
			    &in->postmortem;
			if (k == in->count && !in->postmortem.message)
				break;
			count += u->at > m->at || (u->at == m->at &&
			    strcmp(u->id, m->id) >= 0);
		}
	}
	json_decref(n);
	return count;
}

/*
 * Can the JSON's incidents tell their updates' affected_components from
 * the incidents this run read? Those it did not read ended before the
 * uptime days (or in_days() would have them): they count only for an
 * update older than that, which one the last run showed had told of
 * (the state kept those it counted: overlaps_known). 0, or -1 (why in
 * s->full_why).
 */
static int
fast_overlaps(struct site *s)
{
	int64_t first_day = s->updated - s->updated % DAY -
	    (int64_t)(UPTIME_DAYS - 1) * DAY;
	size_t ranked[2] = {0, 0};

	for (size_t i = 0; i < s->count; i++) {
		struct incident *in = &s->incidents[i];
		int maint = in->maintenance;
		int on_page = ranked[maint]++ < RECENT_INCIDENTS ||
		    (maint ? !ENDED(in->status) : in->open);
		if (on_page && !in->overlaps_known && in->created < first_day &&
		    json_array_size(in->names)) {
			s->full_why = "an update shown may need an incident not "
			    "read";
			return -1;
		}
	}
	return 0;
}

/*
 * Do the bounded lists show only incidents this run read? Each showed
 * its FEED_ENTRIES (RECENT_INCIDENTS) newest, up to a mark: the others
 * are older than it, so the lists are as they would be when this run
 * has as many at or before it. 0, or -1 (why in s->full_why).
 */
static int
fast_check(struct site *s)
{
	struct state *st = s->state;

	if ((st->incidents.has && ranked_at(s, 0, &st->incidents) <
	    RECENT_INCIDENTS) || (st->maintenances.has && ranked_at(s, 1,
	    &st->maintenances) < RECENT_INCIDENTS) || (st->feed.has &&
	    entries_at(s, NULL, &st->feed) < FEED_ENTRIES)) {
		s->full_why = "a bounded list needs an incident not read";
		return -1;
	}
	for (size_t i = 0; i < st->ncomponents; i++)
		if (st->components[i].feed.has && entries_at(s,
		    st->components[i].name, &st->components[i].feed) <
		    FEED_ENTRIES) {
			s->full_why = "a component's feed needs an incident "
			    "not read";
			return -1;
		}
	return fast_overlaps(s);
}

/* Whether the site has a history.html the front page can link to. */
static int
has_history(struct site *s)
{
	struct inc_buf path = {0};
	struct stat st;
	int has;

	has = inc__buf_printf(&path, "%s/history.html", s->dir) == 0 &&
	    stat(path.s, &st) == 0 && S_ISREG(st.st_mode);
	inc__buf_free(&path);
	return has;
}

/* The quarters' pages, then history.html, which links to them. */
static int
write_history(struct site *s, struct inc_buf *b)
{
	int rc;

	if ((rc = write_periods(s, b)) < 0)
		return rc;
	b->len = 0;
	history_html(b, s);
	return write_file(s, "history.html", b);
}

/*
 * Was the page's shown (an incident in its incidents.json) made from
 * events this copy's record of in holds? Each update there has the id of
 * the event it was made from (the site's own resolution message has the
 * IC's resolution's), and a post-mortem there is one this copy has or
 * one older. 1 yes, 0 no, or a negative code.
 */
static int
page_made_from(struct site *s, struct incident *in, json_t *shown)
{
	inc_incident *read = NULL;
	json_t *events, *updates, *u;
	int64_t at;
	size_t i, k;
	int rc;

	/* open there as of a time after this copy resolved it: opened
	 * again on a copy further on (see reopened_at) */
	if (!in->open && strcmp(inc__str_or(shown, "status", ""), "resolved") &&
	    strcmp(inc__str_or(shown, "status", ""), "postmortem") &&
	    strcmp(inc__str_or(shown, "status", ""), "completed"))
		return 0;
	if (!in->incident && (rc = inc__incident_read(&read, s->repo, in->id,
	    &in->tree)) < 0)
		return rc;
	events = (in->incident ? in->incident : read)->events;
	rc = 1;
	/* a post-mortem there later than this copy's: one this copy has,
	 * that a correction dated earlier (-t) took the place of, or not */
	if (inc__time_get(&at, shown, "postmortem_published_at") == 0 &&
	    (!in->postmortem.message || at > in->postmortem.at)) {
		json_array_foreach(events, k, u) {
			int64_t t;
			if (!strcmp(inc__str_or(u, "type", ""), "postmortem") &&
			    inc__str(u, "body") && inc__time_get(&t, u, "at") ==
			    0 && t == at)
				break;
		}
		if (k == json_array_size(events))
			rc = 0;
	}
	updates = json_object_get(shown, "incident_updates");
	for (i = 0; rc == 1 && i < json_array_size(updates); i++) {
		const char *id = inc__str_or(json_array_get(updates, i), "id",
		    "");
		for (k = 0; k < json_array_size(events); k++)
			if (!strcmp(inc__str_or(json_array_get(events, k), "id",
			    ""), id))
				break;
		if (k == json_array_size(events))
			rc = 0;
	}
	inc_incident_free(read);
	return rc;
}

/*
 * Does the page's shown hold an update this copy's record of in lacks?
 * One recorded on another clone with an earlier time (-t) leaves the page
 * as of a time before this copy's newest update, so the times do not
 * tell. A resolved update shown while this copy has it resolved too is
 * left out: it may be the site's own resolution message, and the page
 * would say all clear either way. 1 yes, 0 no, or a negative code.
 */
static int
update_unknown(struct site *s, struct incident *in, json_t *shown)
{
	json_t *u;
	size_t i, k;
	int rc;

	if ((rc = need(s, in)) < 0)
		return rc;
	json_array_foreach(json_object_get(shown, "incident_updates"), i, u) {
		const char *id = inc__str_or(u, "id", "");
		if (!in->open && !strcmp(inc__str_or(u, "status", ""),
		    "resolved"))
			continue;
		for (k = 0; k < in->count; k++)
			if (in->updates[k].id && !strcmp(in->updates[k].id, id))
				break;
		if (k == in->count)
			return 1;
	}
	return 0;
}

/*
 * Does the site in dir show what this copy has not: an incident it does
 * not show, or one with an update or post-mortem this copy's record
 * lacks, as of a time later than this copy's newest update (not the
 * site's own resolution message: the IC's resolution is in the record,
 * though an update since, or opening it again, took the message off) or
 * earlier (update_unknown)? Then a clone further on published it, and
 * this copy would set it back (all clear while the outage goes on, an
 * update gone): INC_ECONFLICT. No site there, or not one of ours, is
 * none.
 */
static int
site_ahead(struct site *s, const char *dir)
{
	/* the incidents there, and the maintenances, which incidents.json
	 * leaves out */
	static const char *const lists[][2] = {
		{"incidents.json", "incidents"},
		{"scheduled-maintenances.json", "scheduled_maintenances"},
	};
	struct inc_buf path = {0};
	json_t *site = NULL, *in;
	char theirs_at[32], ours_at[32], pid[PUBLIC_ID_SIZE], *safe;
	int64_t theirs;
	size_t i, k, l;
	int rc = 0, ahead = 0;

	for (l = 0; l < sizeof(lists) / sizeof(*lists) && !ahead; l++) {
		json_decref(site);
		path.len = 0;
		if (inc__buf_printf(&path, "%s/api/v2/%s", dir, lists[l][0]) < 0)
			break;
		if (!(site = json_load_file(path.s, 0, NULL)))
			continue;
		json_array_foreach(json_object_get(site, lists[l][1]), i, in) {
			const char *id = inc__str_or(in, "id", "");
			/* both ids begin with its date: the public id is made
			 * only for the incidents of that day (of thousands, a
			 * few) */
			for (k = 0; k < s->count; k++)
				if (!strncmp(s->incidents[k].id, id, 10) &&
				    (!strcmp(s->incidents[k].id, id) ||
				    (public_id(pid, s->incidents[k].id) == 0 &&
				    !strcmp(pid, id))))
					break;
			if (!*id || (k < s->count && (inc__time_get(&theirs, in,
			    "updated_at") < 0 || (theirs <=
			    s->incidents[k].updated && (rc = update_unknown(s,
			    &s->incidents[k], in)) <= 0) || (rc = page_made_from(s,
			    &s->incidents[k], in)) != 0))) {
				if (rc < 0)
					break;
				rc = 0;
				continue;
			}
			ahead = 1;
			break;
		}
		if (rc < 0)
			break;
	}
	if (!ahead)
		goto out;
	safe = inc_text_safe(inc__str_or(in, "id", ""), INC_ONE_LINE);
	if (k == s->count) {
		rc = inc__fail(INC_ECONFLICT, "%s: the page there shows %s, "
		    "which this copy does not: sync first (inc-sync), or "
		    "publish this copy over it with -f", dir, safe ? safe :
		    "an incident");
	} else if (theirs <= s->incidents[k].updated) {
		rc = inc__fail(INC_ECONFLICT, "%s: the page there shows %s "
		    "with an update this copy does not have: sync first "
		    "(inc-sync), or publish this copy over it with -f", dir,
		    safe ? safe : "an incident");
	} else {
		inc__time_format(theirs_at, theirs);
		inc__time_format(ours_at, s->incidents[k].updated);
		rc = inc__fail(INC_ECONFLICT, "%s: the page there shows %s "
		    "as of %s, this copy as of %s: sync first (inc-sync), "
		    "or publish this copy over it with -f", dir, safe ?
		    safe : "an incident", theirs_at, ours_at);
	}
	free(safe);
out:
	json_decref(site);
	inc__buf_free(&path);
	return rc;
}

#define SITE_LOCK ".inc-publish.lock"
#define SITE_LOCK_WAIT_MS 60000 /* for another run into the directory */

/*
 * Runs into one site directory take turns (two machines' cron, a slow
 * run overlapping the next): flock(2) on DIR/.inc-publish.lock, held from
 * the check that the page is not ahead of this copy (site_ahead) to the
 * last file written, so that a run that passed the check never writes
 * over a page another run made meanwhile. Waited for a minute at most.
 */
static int
site_lock(int *fd, const char *dir)
{
	struct inc_buf path = {0};
	struct timespec pause = {0, 100 * 1000 * 1000};
	int waited = 0;

	*fd = -1;
	if (inc__buf_printf(&path, "%s/" SITE_LOCK, dir) < 0)
		return INC_ERROR;
	*fd = open(path.s, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0666);
	inc__buf_free(&path);
	if (*fd < 0)
		return inc__errno_fail(dir);
	while (flock(*fd, LOCK_EX | LOCK_NB) < 0) {
		if ((errno != EWOULDBLOCK && errno != EINTR) ||
		    waited >= SITE_LOCK_WAIT_MS) {
			int e = errno;
			close(*fd);
			*fd = -1;
			return e == EWOULDBLOCK ? inc__fail(INC_ECONFLICT, "%s: "
			    "another inc-publish has been writing there for %d "
			    "s; nothing published", dir, SITE_LOCK_WAIT_MS /
			    1000) : inc__fail(INC_ERROR, "%s/" SITE_LOCK ": %s",
			    dir, strerror(e));
		}
		nanosleep(&pause, NULL);
		waited += 100;
	}
	return 0;
}

/*
 * The files that changed, each replaced whole, in an order that keeps
 * every link leading to a page that is there: the incidents' own pages
 * and feeds (only those whose incident changed), the components' feeds,
 * the site's feed, the JSON, then what customers look at first, the
 * front page, before the history (on a fresh site after it), and
 * heartbeat.json last, only once all else is written: a run that failed
 * part way (a full disk) leaves it stale for a monitor to see, never
 * fresh over a front page that still says all is well.
 */
int
inc_publish(struct inc_publish_stats *out, inc_repo *repo, const char *dir,
    int force, char **warnings)
{
	struct site s = {.dir = dir};
	struct inc_buf b = {0}, sub = {0}, name = {0}, writing = {0};
	git_oid head = {{0}};
	int rc, fd, marked = 0, history, lock = -1;

	memset(out, 0, sizeof(*out));
	if (warnings)
		*warnings = NULL;
	if (!dir || !*dir)
		return inc__fail(INC_EINVALID, "no directory to publish to");
	if ((rc = site_load(&s, repo, &head, warnings)) < 0)
		goto out;
	/*
	 * no update at all: the page and its components date from when it
	 * was set up (no site state is kept for it, so oldest is this run's)
	 */
	if (!s.updated)
		s.oldest = s.set_up = set_up_time(repo);
	if ((rc = make_dir(dir, dir)) < 0 || (rc = site_lock(&lock, dir)) < 0 ||
	    (!force && (rc = site_ahead(&s, dir)) < 0))
		goto out;
	if ((rc = inc__buf_printf(&writing, "%sincident-publish-writing",
	    repo->commondir)) < 0)
		goto out;
	for (size_t i = 0; i < sizeof(subdirs) / sizeof(*subdirs); i++) {
		sub.len = 0;
		if ((rc = inc__buf_printf(&sub, "%s/%s", dir, subdirs[i])) < 0 ||
		    (rc = make_dir(sub.s, sub.s)) < 0)
			goto out;
		/*
		 * what a killed inc-publish left, so no web server serves it;
		 * incidents/ (thousands of pages) only when a run may have
		 * been killed writing there or the site is not the cache's
		 */
		if (i || !s.pages_known || access(writing.s, F_OK) == 0)
			inc__file_sweep(sub.s, 1);
	}
	inc__file_sweep(dir, 1); /* under the lock: none is another run's */
	for (size_t i = 0; rc == 0 && i < s.count; i++) {
		if (s.incidents[i].fresh)
			rc = make_parts(&s, &s.incidents[i]);
		if (s.incidents[i].pages && !marked++ &&
		    (fd = open(writing.s, O_WRONLY | O_CREAT | O_CLOEXEC,
		    0666)) >= 0)
			close(fd);
	}
	for (size_t i = 0; rc == 0 && i < s.count; i++) {
		if (!s.incidents[i].pages)
			continue;
		b.len = name.len = 0;
		incident_html(&b, &s, &s.incidents[i]);
		if ((rc = inc__buf_printf(&name, "incidents/%s.html",
		    site_id(&s.incidents[i]))) == 0)
			rc = write_file(&s, name.s, &b);
		b.len = name.len = 0;
		if (rc == 0 && (rc = inc__buf_printf(&name, "incidents/%s.atom",
		    site_id(&s.incidents[i]))) == 0 && (rc = feed_atom(&b, &s,
		    &s.incidents[i], NULL, name.s)) == 0)
			rc = write_file(&s, name.s, &b);
	}
	if (rc == 0 && marked)
		unlink(writing.s);
	/*
	 * the status as API clients see it, before the feeds: it links to
	 * incident pages only. api/v2/ as Statuspage's; summary.json and
	 * incidents.json at the top of the site too
	 */
	for (int f = 0; rc == 0 && f < API_FILES; f++) {
		b.len = name.len = 0;
		api_json(&b, &s, (enum api_file)f);
		if ((rc = inc__buf_printf(&name, "api/v2/%s", api_paths[f])) == 0)
			rc = write_file(&s, name.s, &b);
		if (rc == 0 && (f == API_SUMMARY || f == API_INCIDENTS))
			rc = write_file(&s, api_paths[f], &b);
	}
	for (size_t i = 0; rc == 0 && i < s.ncomponents; i++) {
		if (s.components[i].members)
			continue;
		b.len = name.len = 0;
		if ((rc = inc__buf_printf(&name, "components/%s.atom",
		    s.components[i].id)) == 0 && (rc = feed_atom(&b, &s, NULL,
		    &s.components[i], name.s)) == 0)
			rc = write_file(&s, name.s, &b);
	}
	if (rc == 0) {
		b.len = 0;
		if ((rc = feed_atom(&b, &s, NULL, NULL, "history.atom")) == 0)
			rc = write_file(&s, "history.atom", &b);
	}
	/* the front page before the history, but on a fresh site after it */
	if (rc == 0 && !(history = has_history(&s)))
		rc = write_history(&s, &b);
	if (rc == 0) {
		b.len = 0;
		index_html(&b, &s);
		rc = write_file(&s, "index.html", &b);
	}
	if (rc == 0 && history)
		rc = write_history(&s, &b);
	if (rc == 0) {
		b.len = 0;
		heartbeat_json(&b, &s);
		rc = write_file(&s, "heartbeat.json", &b);
	}
	if (rc == 0) {
		if (cache_store(&s, repo, &head) == 0 && !s.warned &&
		    s.incidents_tree_known)
			state_store(&s, repo);
		out->incidents = s.total, out->updates = s.total_updates;
		out->fast = s.fast;
		out->full_why = s.fast ? NULL : s.full_why;
	}
out:
	if (rc < 0 && warnings) {
		free(*warnings);
		*warnings = NULL;
	}
	inc__buf_free(&b);
	inc__buf_free(&sub);
	inc__buf_free(&name);
	inc__buf_free(&writing);
	site_free(&s);
	if (lock >= 0)
		close(lock);
	return rc;
}

/* The id the site would give the incident id with a public title. */
int
inc__public_id(char out[24], const char *id)
{
	return public_id(out, id);
}
