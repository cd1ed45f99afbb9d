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
#include <sys/stat.h>
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
#define DAY (24 * 60 * 60)

static const char *const statuses[] = {
	"investigating", "identified", "monitoring", "resolved"
};
static const char *const status_words[] = {
	"Investigating", "Identified", "Monitoring", "Resolved"
};
enum { RESOLVED = 3 };
/* impact none, minor, major, critical: the component status it means */
static const char *const impacts[] = { "none", "minor", "major", "critical" };
static const char *const component_statuses[] = {
	"operational", "degraded_performance", "partial_outage", "major_outage"
};
static const char *const component_words[] = {
	"Operational", "Degraded Performance", "Partial Outage", "Major Outage"
};
static const char *const indicator_words[] = {
	"All Systems Operational", "Minor Service Outage",
	"Partial System Outage", "Major Service Outage"
};

/* One customer update, as read from a status event. */
struct update {
	json_t *event;
	const char *id, *message;
	int64_t at;
	int status;     /* index in statuses */
	int impact;     /* index in impacts, or -1 when not given */
	json_t *names;  /* component names, maybe empty */
};

struct incident {
	inc_incident *incident;
	const char *id, *title;
	struct update *updates; /* oldest first */
	size_t count;
	int open, status, impact;
	int64_t started, created, updated, monitoring, resolved;
	json_t *names; /* every component any update named, in that order */
};

struct component {
	const char *name;
	char id[13];
	int status;
	int64_t created, updated;
};

struct site {
	const char *dir;
	char *name, *url; /* url without a trailing slash; may be empty */
	char page_id[13];
	struct incident *incidents; /* newest first */
	size_t count, updates;
	struct component *components; /* by name */
	size_t ncomponents;
	int64_t updated;
	int indicator;
};

static int
index_of(const char *value, const char *const *names, int n)
{
	for (int i = 0; value && i < n; i++)
		if (!strcmp(value, names[i]))
			return i;
	return -1;
}

/* --- text --- */

/*
 * Text for HTML and XML alike: & < > " ' escaped, and what XML 1.0
 * forbids (controls other than tab, newline and return, U+FFFE, U+FFFF)
 * dropped, with C1 controls, DEL and bytes that are not UTF-8. With br,
 * a newline becomes <br>.
 */
static void
put_text_br(struct inc_buf *b, const char *text, int br)
{
	const unsigned char *s = (const unsigned char *)(text ? text : "");

	while (*s) {
		unsigned long c;
		size_t n = inc__utf8_next(&c, (const char *)s,
		    strnlen((const char *)s, 4));
		if (!n) {
			s++; /* not UTF-8: dropped */
			continue;
		}
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
		    (c >= 0x7f && c <= 0x9f) || c == 0xfffe || c == 0xffff)
			; /* dropped */
		else if (c == '&')
			inc__buf_put(b, "&amp;", 5);
		else if (c == '<')
			inc__buf_put(b, "&lt;", 4);
		else if (c == '>')
			inc__buf_put(b, "&gt;", 4);
		else if (c == '"')
			inc__buf_put(b, "&quot;", 6);
		else if (c == '\'')
			inc__buf_put(b, "&#39;", 5);
		else if (c == '\n' && br)
			inc__buf_put(b, "<br>", 4);
		else
			inc__buf_put(b, (const char *)s, n);
		s += n;
	}
}

static void
put_text(struct inc_buf *b, const char *text)
{
	put_text_br(b, text, 0);
}

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

/* --- reading --- */

static int
by_at(const void *a, const void *b)
{
	const struct update *x = a, *y = b;

	if (x->at != y->at)
		return x->at < y->at ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* A status event that is a whole update; others (planted) are left out. */
static int
read_update(struct update *u, json_t *e)
{
	json_t *names = json_object_get(e, "components");

	memset(u, 0, sizeof(*u));
	u->event = e;
	u->id = inc__str(e, "id");
	u->message = inc__str(e, "message");
	u->status = index_of(inc__str(e, "status"), statuses, 4);
	u->impact = index_of(inc__str(e, "impact"), impacts, 4);
	if (!u->id || !u->message || u->status < 0 ||
	    inc__time_get(&u->at, e, "at") < 0)
		return 0;
	if (!(u->names = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; i < json_array_size(names); i++)
		if (json_is_string(json_array_get(names, i)))
			json_array_append(u->names, json_array_get(names, i));
	return 1;
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
	for (size_t i = 0; i < in->count; i++)
		json_decref(in->updates[i].names);
	free(in->updates);
	json_decref(in->names);
	inc_incident_free(in->incident);
}

/*
 * An incident as the page shows it: open until its newest update says
 * resolved or the incident itself is resolved; its impact the newest one
 * given; its components all that any update named.
 */
static int
read_incident(struct incident *in, inc_incident *incident)
{
	json_t *p = incident->picture, *events = incident->events;
	int64_t resolved_state = 0;
	int rc;

	memset(in, 0, sizeof(*in));
	in->incident = incident;
	in->id = inc_incident_id(incident);
	in->title = inc__str(p, "public_title") ? inc__str(p, "public_title") :
	    inc__str(p, "title") ? inc__str(p, "title") : in->id;
	in->impact = 0;
	if (!(in->updates = calloc(json_array_size(events) + 1,
	    sizeof(*in->updates))) || !(in->names = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		if (!inc__str(e, "type") || strcmp(inc__str(e, "type"), "status"))
			continue;
		if ((rc = read_update(&in->updates[in->count], e)) < 0)
			return rc;
		in->count += (size_t)rc;
	}
	qsort(in->updates, in->count, sizeof(*in->updates), by_at);
	for (size_t i = 0; i < in->count; i++) {
		struct update *u = &in->updates[i];
		if (u->impact >= 0)
			in->impact = u->impact;
		if (u->status == 2)
			in->monitoring = u->at;
		for (size_t k = 0; k < json_array_size(u->names); k++)
			if (!has_name(in->names, json_array_get(u->names, k)))
				json_array_append(in->names,
				    json_array_get(u->names, k));
	}
	if (!in->count)
		return 0;
	in->status = in->updates[in->count - 1].status;
	in->created = in->updates[0].at;
	in->updated = in->updates[in->count - 1].at;
	if (inc__time_get(&in->started, p, "opened_at") < 0)
		in->started = in->created;
	if (in->status == RESOLVED) {
		in->resolved = in->updated;
	} else if (inc_incident_state(incident) == INC_STATE_RESOLVED &&
	    inc__time_get(&resolved_state, p, "resolved_at") == 0) {
		in->status = RESOLVED;
		in->resolved = resolved_state;
		if (resolved_state > in->updated)
			in->updated = resolved_state;
	}
	in->open = in->status != RESOLVED;
	return in->count ? 1 : 0;
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

static struct component *
component_named(struct site *s, const char *name)
{
	for (size_t i = 0; i < s->ncomponents; i++)
		if (!strcmp(s->components[i].name, name))
			return &s->components[i];
	return NULL;
}

/* The component named name, added when first seen; NULL when out of memory. */
static struct component *
component_add(struct site *s, size_t *cap, const char *name, int64_t at)
{
	struct component *c = component_named(s, name), *grown;

	if (!c) {
		if (s->ncomponents == *cap) {
			*cap = *cap * 2 + 8;
			grown = realloc(s->components, *cap * sizeof(*grown));
			if (!grown) {
				inc__fail(INC_ERROR, "out of memory");
				return NULL;
			}
			s->components = grown;
		}
		c = &s->components[s->ncomponents++];
		memset(c, 0, sizeof(*c));
		c->name = name;
		c->created = at;
		if (short_id(c->id, "component", name) < 0)
			return NULL;
	}
	if (at < c->created)
		c->created = at;
	if (at > c->updated)
		c->updated = at;
	return c;
}

static int
find_components(struct site *s)
{
	size_t cap = 0;

	for (size_t i = 0; i < s->count; i++) {
		struct incident *in = &s->incidents[i];
		for (size_t k = 0; k < in->count; k++) {
			struct update *u = &in->updates[k];
			for (size_t j = 0; j < json_array_size(u->names); j++)
				if (!component_add(s, &cap, json_string_value(
				    json_array_get(u->names, j)), u->at))
					return INC_ERROR;
		}
	}
	if (s->ncomponents)
		qsort(s->components, s->ncomponents, sizeof(*s->components),
		    by_name);
	for (size_t i = 0; i < s->count; i++) {
		struct incident *in = &s->incidents[i];
		for (size_t j = 0; j < json_array_size(in->names); j++) {
			struct component *c = component_named(s,
			    json_string_value(json_array_get(in->names, j)));
			if (in->open && in->impact > c->status)
				c->status = in->impact;
			if (in->resolved > c->updated)
				c->updated = in->resolved;
		}
		if (in->open && in->impact > s->indicator)
			s->indicator = in->impact;
		if (in->updated > s->updated)
			s->updated = in->updated;
	}
	return 0;
}

static void
site_free(struct site *s)
{
	for (size_t i = 0; i < s->count; i++)
		incident_free(&s->incidents[i]);
	free(s->incidents);
	free(s->components);
	free(s->name);
	free(s->url);
}

static int
site_load(struct site *s, inc_repo *repo, char **warnings)
{
	inc_incident **list = NULL;
	git_config *cfg = NULL;
	size_t n = 0;
	int rc;

	if ((rc = inc__config_snapshot(&cfg, repo)) == 0 &&
	    (rc = inc__config_string(&s->name, cfg, "inc.pageName",
	    "Status")) == 0)
		rc = inc__config_string(&s->url, cfg, "inc.pageUrl", "");
	git_config_free(cfg);
	if (rc < 0)
		return INC_ERROR;
	/* with a fallback, inc__config_string() never gives NULL */
	/* NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker) */
	for (size_t len = strlen(s->url); len && s->url[len - 1] == '/'; len--)
		s->url[len - 1] = '\0';
	if ((rc = short_id(s->page_id, "page", *s->url ? s->url :
	    s->name)) < 0 ||
	    /* s->name and s->url are the caller's, freed by site_free() */
	    /* NOLINTNEXTLINE(clang-analyzer-unix.Malloc) */
	    (rc = inc_list(&list, &n, repo, INC_ALL, warnings)) < 0)
		goto out;
	if (!(s->incidents = calloc(n ? n : 1, sizeof(*s->incidents)))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		json_t *p = list[i]->picture;
		inc_incident *full = NULL;
		if (json_integer_value(json_object_get(p, "updates")) < 1 ||
		    json_is_true(json_object_get(p, "drill")))
			continue;
		if ((rc = inc_incident_load(&full, repo,
		    inc_incident_id(list[i]), INC_LOAD_EVENTS)) < 0)
			goto out;
		if (json_is_true(json_object_get(full->picture, "drill"))) {
			inc_incident_free(full);
			continue;
		}
		rc = read_incident(&s->incidents[s->count], full);
		if (rc > 0) {
			s->updates += s->incidents[s->count].count;
			s->count++;
		} else {
			incident_free(&s->incidents[s->count]);
		}
		if (rc < 0)
			goto out;
	}
	qsort(s->incidents, s->count, sizeof(*s->incidents), by_newest);
	rc = find_components(s);
out:
	inc_list_free(list, n);
	return rc;
}

/* --- JSON, as Statuspage's public API v2 --- */

static json_t *
page_json(struct site *s)
{
	return json_pack("{s:s, s:s, s:s, s:s, s:o}", "id", s->page_id,
	    "name", s->name, "url", s->url, "time_zone", "Etc/UTC",
	    "updated_at", s->updated ? json_time(s->updated) :
	    json_string("1970-01-01T00:00:00.000Z"));
}

static json_t *
component_json(struct site *s, struct component *c)
{
	char date[32];

	inc__time_format(date, c->created);
	date[10] = '\0';
	return json_pack("{s:s, s:s, s:s, s:o, s:o, s:I, s:n, s:b, s:s, s:n, "
	    "s:s, s:b, s:b}", "id", c->id, "name", c->name, "status",
	    component_statuses[c->status], "created_at", json_time(c->created),
	    "updated_at", json_time(c->updated), "position",
	    (json_int_t)(c - s->components) + 1, "description", "showcase", 1,
	    "start_date", date, "group_id", "page_id", s->page_id, "group", 0,
	    "only_show_if_degraded", 0);
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

/* What update k of an incident did to each component it named. */
static json_t *
affected_json(struct incident *in, size_t k)
{
	struct update *u = &in->updates[k];
	json_t *list;
	int impact = 0, before, after;

	if (!json_array_size(u->names))
		return json_null();
	for (size_t i = 0; i < k; i++)
		if (in->updates[i].impact >= 0)
			impact = in->updates[i].impact;
	before = k && in->updates[k - 1].status == RESOLVED ? 0 : impact;
	after = u->status == RESOLVED ? 0 : u->impact >= 0 ? u->impact : impact;
	if (!(list = json_array()))
		return NULL;
	for (size_t j = 0; j < json_array_size(u->names); j++) {
		json_t *name = json_array_get(u->names, j);
		char code[13];
		int named = 0;
		for (size_t i = 0; i < k && !named; i++)
			named = has_name(in->updates[i].names, name);
		if (short_id(code, "component", json_string_value(name)) < 0) {
			json_decref(list);
			return NULL;
		}
		json_array_append_new(list, json_pack("{s:s, s:O, s:s, s:s}",
		    "code", code, "name", name, "old_status",
		    component_statuses[named ? before : 0], "new_status",
		    component_statuses[after]));
	}
	return list;
}

static json_t *
incident_json(struct site *s, struct incident *in)
{
	json_t *o, *updates = json_array(), *components = json_array();
	struct inc_buf path = {0};

	if (!updates || !components || inc__buf_printf(&path,
	    "incidents/%s.html", in->id) < 0)
		goto fail;
	for (size_t k = in->count; k-- > 0;) {
		struct update *u = &in->updates[k];
		json_t *affected = affected_json(in, k);
		if (!affected || json_array_append_new(updates, json_pack("{s:s, "
		    "s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:b, s:n, s:n}", "id", u->id,
		    "status", statuses[u->status], "body", u->message,
		    "incident_id", in->id, "created_at", json_time(u->at),
		    "updated_at", json_time(u->at), "display_at", json_time(u->at),
		    "affected_components", affected, "deliver_notifications", 1,
		    "custom_tweet", "tweet_id")) < 0)
			goto fail;
	}
	for (size_t j = 0; j < json_array_size(in->names); j++) {
		struct component *c = component_named(s, json_string_value(
		    json_array_get(in->names, j)));
		if (json_array_append_new(components, component_json(s, c)) < 0)
			goto fail;
	}
	o = json_pack("{s:s, s:s, s:s, s:o, s:o, s:o, s:o, s:s, s:o, s:o, s:s, "
	    "s:o, s:o}", "id", in->id, "name", in->title, "status",
	    statuses[in->status], "created_at", json_time(in->created),
	    "updated_at", json_time(in->updated), "monitoring_at",
	    json_time(in->monitoring), "resolved_at", json_time(in->resolved),
	    "impact", impacts[in->impact], "shortlink", link_json(s, path.s),
	    "started_at", json_time(in->started), "page_id", s->page_id,
	    "incident_updates", updates, "components", components);
	inc__buf_free(&path);
	return o;
fail:
	json_decref(updates);
	json_decref(components);
	inc__buf_free(&path);
	return NULL;
}

static void
dump(struct inc_buf *b, json_t *o)
{
	char *s = o ? json_dumps(o, PAGE_JSON_FLAGS) : NULL;

	json_decref(o);
	if (!s) {
		inc__buf_fail(b, "out of memory");
		return;
	}
	inc__buf_printf(b, "%s\n", s);
	free(s);
}

static void
summary_json(struct inc_buf *b, struct site *s)
{
	json_t *components = json_array(), *incidents = json_array();

	for (size_t i = 0; components && i < s->ncomponents; i++)
		json_array_append_new(components, component_json(s,
		    &s->components[i]));
	for (size_t i = 0; incidents && i < s->count; i++)
		if (s->incidents[i].open)
			json_array_append_new(incidents, incident_json(s,
			    &s->incidents[i]));
	dump(b, json_pack("{s:o, s:o, s:o, s:[], s:{s:s, s:s}}",
	    "page", page_json(s), "components", components, "incidents",
	    incidents, "scheduled_maintenances", "status", "indicator",
	    impacts[s->indicator], "description",
	    indicator_words[s->indicator]));
}

static void
incidents_json(struct inc_buf *b, struct site *s)
{
	json_t *incidents = json_array();

	for (size_t i = 0; incidents && i < s->count && i < RECENT_INCIDENTS; i++)
		json_array_append_new(incidents, incident_json(s,
		    &s->incidents[i]));
	dump(b, json_pack("{s:o, s:o}", "page", page_json(s),
	    "incidents", incidents));
}

/* --- HTML --- */

static const char style[] =
    ":root{--ok:#2f7d32;--minor:#9a6700;--major:#c2410c;--critical:#b91c1c;"
    "--muted:#57606a;--line:#d8dee4}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:#f6f8fa;color:#1f2328;font:16px/1.5 system-ui,"
    "-apple-system,\"Segoe UI\",Roboto,Helvetica,Arial,sans-serif}\n"
    "header,main,footer{max-width:48rem;margin:0 auto;padding:0 1rem}\n"
    "h1{font-size:1.75rem;margin:1.5rem 0 1rem}\n"
    "h1 a{color:inherit;text-decoration:none}\n"
    "h2{font-size:1.25rem;margin:2rem 0 .75rem}\n"
    "h3{font-size:1.05rem;margin:0 0 .5rem}\n"
    "a{color:#0969da}\n"
    ".banner{padding:1rem 1.25rem;border-radius:.5rem;color:#fff;"
    "font-size:1.15rem;font-weight:600}\n"
    ".banner.i-none{background:var(--ok)}\n"
    ".banner.i-minor{background:var(--minor)}\n"
    ".banner.i-major{background:var(--major)}\n"
    ".banner.i-critical{background:var(--critical)}\n"
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
    ".meta,footer,.none{color:var(--muted);font-size:.875rem}\n"
    ".day{margin:0 0 1rem}\n"
    ".day>h3{border-bottom:1px solid var(--line);padding-bottom:.25rem}\n"
    ".incident h2{margin:0 0 .5rem}\n"
    "footer{margin-top:2.5rem;padding-bottom:2rem}\n";

static void
put_head(struct inc_buf *b, struct site *s, const char *title,
    const char *root)
{
	inc__buf_printf(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	    "content=\"width=device-width, initial-scale=1\">\n<title>");
	if (title) {
		put_text(b, title);
		inc__buf_printf(b, " - ");
	}
	put_text(b, s->name);
	inc__buf_printf(b, "</title>\n<link rel=\"alternate\" "
	    "type=\"application/atom+xml\" href=\"%shistory.atom\" "
	    "title=\"", root);
	put_text(b, s->name);
	inc__buf_printf(b, " history\">\n<style>\n%s</style>\n</head>\n"
	    "<body>\n<header><h1><a href=\"%sindex.html\">", style, root);
	put_text(b, s->name);
	inc__buf_printf(b, "</a></h1></header>\n<main>\n");
}

static void
put_foot(struct inc_buf *b, struct site *s, const char *root)
{
	inc__buf_printf(b, "</main>\n<footer>\n<p>Last updated ");
	if (s->updated)
		put_time(b, s->updated);
	else
		inc__buf_printf(b, "never");
	inc__buf_printf(b, ". All times are UTC.</p>\n<p><a href=\""
	    "%sindex.html\">Current status</a> &middot; <a href=\""
	    "%shistory.html\">Incident history</a> &middot; <a href=\""
	    "%shistory.atom\">Atom feed</a> &middot; <a href=\""
	    "%ssummary.json\">summary.json</a> &middot; <a href=\""
	    "%sincidents.json\">incidents.json</a></p>\n</footer>\n"
	    "</body>\n</html>\n", root, root, root, root, root);
}

/* "This affects: api, web" for an update, or the incident's components */
static void
put_names(struct inc_buf *b, const char *lead, json_t *names)
{
	for (size_t j = 0; j < json_array_size(names); j++) {
		inc__buf_printf(b, "%s", j ? ", " : lead);
		put_text(b, json_string_value(json_array_get(names, j)));
	}
}

static void
put_update(struct inc_buf *b, struct update *u)
{
	inc__buf_printf(b, "<li id=\"u-");
	put_text(b, u->id);
	inc__buf_printf(b, "\"><p><strong>%s</strong> &ndash; "
	    "<span class=\"body\">", status_words[u->status]);
	put_text(b, u->message);
	inc__buf_printf(b, "</span></p>\n<p class=\"meta\">");
	put_time(b, u->at);
	if (json_array_size(u->names))
		put_names(b, ". This affects: ", u->names);
	if (u->impact >= 0)
		inc__buf_printf(b, " (%s impact)", impacts[u->impact]);
	inc__buf_printf(b, "</p></li>\n");
}

/* An incident with every update, newest first; root leads to the top. */
static void
put_incident(struct inc_buf *b, struct incident *in, const char *root,
    int all)
{
	inc__buf_printf(b, "<article class=\"incident i-%s\" id=\"",
	    impacts[in->impact]);
	put_text(b, in->id);
	inc__buf_printf(b, "\">\n<h3><a href=\"%sincidents/", root);
	put_text(b, in->id);
	inc__buf_printf(b, ".html\">");
	put_text(b, in->title);
	inc__buf_printf(b, "</a></h3>\n<ol class=\"updates\">\n");
	for (size_t k = in->count; k-- > 0;)
		if (all || k == in->count - 1)
			put_update(b, &in->updates[k]);
	inc__buf_printf(b, "</ol>\n</article>\n");
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
		inc__buf_printf(b, "<li><span class=\"name\">");
		put_text(b, c->name);
		inc__buf_printf(b, "</span> <span class=\"c-%s\">%s"
		    "</span></li>\n", component_statuses[c->status],
		    component_words[c->status]);
	}
	if (s->ncomponents)
		inc__buf_printf(b, "</ul>\n");
	for (size_t i = 0; i < s->count; i++)
		open += s->incidents[i].open;
	if (open)
		inc__buf_printf(b, "<h2>Active incidents</h2>\n");
	for (size_t i = 0; i < s->count; i++)
		if (s->incidents[i].open)
			put_incident(b, &s->incidents[i], "", 1);
	inc__buf_printf(b, "<h2>Past incidents</h2>\n%s", s->count ? "" :
	    "<p class=\"none\">No incidents reported.</p>\n");
	for (int d = 0; s->count && d < HISTORY_DAYS; d++) {
		int64_t day = last_day - (int64_t)d * DAY;
		char date[32];
		int any = 0;
		inc__time_format(date, day);
		date[10] = '\0';
		inc__buf_printf(b, "<section class=\"day\">\n<h3>%s</h3>\n", date);
		for (size_t i = 0; i < s->count; i++) {
			struct incident *in = &s->incidents[i];
			if (in->open || in->created < day || in->created >= day + DAY)
				continue;
			any = 1;
			put_incident(b, in, "", 0);
		}
		if (!any)
			inc__buf_printf(b, "<p class=\"none\">No incidents "
			    "reported.</p>\n");
		inc__buf_printf(b, "</section>\n");
	}
	put_foot(b, s, "");
}

/* Every incident, newest first, each with its newest update. */
static void
history_html(struct inc_buf *b, struct site *s)
{
	put_head(b, s, "Incident history", "");
	inc__buf_printf(b, "<h2>Incident history</h2>\n");
	if (!s->count)
		inc__buf_printf(b, "<p class=\"none\">No incidents "
		    "reported.</p>\n");
	for (size_t i = 0; i < s->count; i++)
		put_incident(b, &s->incidents[i], "", 0);
	put_foot(b, s, "");
}

static void
incident_html(struct inc_buf *b, struct site *s, struct incident *in)
{
	put_head(b, s, in->title, "../");
	inc__buf_printf(b, "<article class=\"incident i-%s\">\n<h2>",
	    impacts[in->impact]);
	put_text(b, in->title);
	inc__buf_printf(b, "</h2>\n<p class=\"meta\">%s. Impact: %s. "
	    "Began ", status_words[in->status], impacts[in->impact]);
	put_time(b, in->started);
	if (in->resolved) {
		inc__buf_printf(b, "; resolved ");
		put_time(b, in->resolved);
	}
	inc__buf_printf(b, ".");
	if (json_array_size(in->names))
		put_names(b, in->open ? " This affects: " :
		    " This affected: ", in->names);
	inc__buf_printf(b, "</p>\n<ol class=\"updates\">\n");
	for (size_t k = in->count; k-- > 0;)
		put_update(b, &in->updates[k]);
	inc__buf_printf(b, "</ol>\n</article>\n");
	put_foot(b, s, "../");
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
	return strcmp(y->u->id, x->u->id);
}

static void
put_link(struct inc_buf *b, struct site *s, const char *rel,
    const char *type, const char *path, const char *id)
{
	inc__buf_printf(b, "<link rel=\"%s\" type=\"%s\" href=\"", rel, type);
	if (*s->url) {
		put_text(b, s->url);
		inc__buf_put(b, "/", 1);
	}
	inc__buf_printf(b, "%s", path);
	if (id) {
		put_text(b, id);
		inc__buf_printf(b, ".html");
	}
	inc__buf_printf(b, "\"/>\n");
}

static int
feed_atom(struct inc_buf *b, struct site *s)
{
	struct entry *v = calloc(s->updates + 1, sizeof(*v));
	struct inc_buf html = {0}, key = {0};
	char t[32];
	size_t n = 0;
	int rc;

	if (!v)
		return inc__fail(INC_ERROR, "out of memory");
	for (size_t i = 0; i < s->count; i++)
		for (size_t k = 0; k < s->incidents[i].count; k++)
			v[n].in = &s->incidents[i],
			v[n++].u = &s->incidents[i].updates[k];
	qsort(v, n, sizeof(*v), by_entry);
	inc__time_format(t, s->updated);
	inc__buf_printf(b, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
	    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"en\">\n<id>");
	inc__buf_printf(&key, "%s\n%s", s->url, s->name);
	if ((rc = inc__buf_error(&key)) < 0 ||
	    (rc = put_uuid(b, "feed", key.s)) < 0)
		goto out;
	inc__buf_printf(b, "</id>\n<title>");
	put_text(b, s->name);
	inc__buf_printf(b, " incident history</title>\n<updated>%s"
	    "</updated>\n<author><name>", t);
	put_text(b, s->name);
	inc__buf_printf(b, "</name></author>\n");
	put_link(b, s, "alternate", "text/html", "index.html", NULL);
	put_link(b, s, "self", "application/atom+xml", "history.atom", NULL);
	for (size_t i = 0; i < n; i++) {
		struct update *u = v[i].u;
		inc__time_format(t, u->at);
		html.len = 0;
		inc__buf_printf(b, "<entry>\n<id>");
		if ((rc = put_uuid(b, "update", u->id)) < 0)
			goto out;
		inc__buf_printf(b, "</id>\n<title>");
		put_text(b, v[i].in->title);
		inc__buf_printf(b, ": %s</title>\n<updated>%s</updated>\n"
		    "<published>%s</published>\n", status_words[u->status], t, t);
		put_link(b, s, "alternate", "text/html", "incidents/",
		    v[i].in->id);
		/* the content is HTML, itself escaped for XML */
		inc__buf_printf(&html, "<p><strong>%s</strong> - ",
		    status_words[u->status]);
		put_text_br(&html, u->message, 1);
		inc__buf_printf(&html, "</p>");
		if (json_array_size(u->names)) {
			put_names(&html, "<p>This affects: ", u->names);
			inc__buf_printf(&html, "</p>");
		}
		if ((rc = inc__buf_error(&html)) < 0)
			goto out;
		inc__buf_printf(b, "<content type=\"html\">");
		put_text(b, html.s);
		inc__buf_printf(b, "</content>\n</entry>\n");
	}
	inc__buf_printf(b, "</feed>\n");
	rc = inc__buf_error(b);
out:
	inc__buf_free(&html);
	inc__buf_free(&key);
	free(v);
	return rc;
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
 * dir/name gets data whole or not at all: written to a temporary file
 * beside it, synced, then renamed over it; left alone when it already
 * holds those bytes. subject names what the user knows when the
 * directory itself cannot be written. Data that failed to render (see
 * struct inc_buf) is not written, and its error returned.
 */
static int
write_file(const char *dir, const char *name, const struct inc_buf *data,
    const char *subject)
{
	struct inc_buf path = {0};
	int rc;

	if ((rc = inc__buf_error(data)) < 0 ||
	    (rc = inc__buf_printf(&path, "%s/%s", dir, name)) < 0)
		goto out;
	/* hidden while written: incidents/.ID.html.PID.tmp */
	if (!same_bytes(path.s, data->s, data->len))
		rc = inc__file_replace(path.s, data->s, data->len, 1, subject);
out:
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

int
inc_publish(struct inc_publish_stats *out, inc_repo *repo, const char *dir,
    char **warnings)
{
	struct site s = {.dir = dir};
	struct inc_buf b = {0}, sub = {0}, name = {0};
	int rc;

	memset(out, 0, sizeof(*out));
	if (warnings)
		*warnings = NULL;
	if (!dir || !*dir)
		return inc__fail(INC_EINVALID, "no directory to publish to");
	if ((rc = site_load(&s, repo, warnings)) < 0 ||
	    (rc = make_dir(dir, dir)) < 0 ||
	    (rc = inc__buf_printf(&sub, "%s/incidents", dir)) < 0 ||
	    (rc = make_dir(sub.s, sub.s)) < 0)
		goto out;
	/* what a killed inc-publish left, so no web server serves it long */
	inc__file_sweep(dir);
	inc__file_sweep(sub.s);
	/* incidents first and the front page last, so links lead somewhere */
	for (size_t i = 0; rc == 0 && i < s.count; i++) {
		b.len = name.len = 0;
		incident_html(&b, &s, &s.incidents[i]);
		if ((rc = inc__buf_printf(&name, "incidents/%s.html",
		    s.incidents[i].id)) == 0)
			rc = write_file(dir, name.s, &b, dir);
	}
	if (rc == 0) {
		b.len = 0;
		if ((rc = feed_atom(&b, &s)) == 0)
			rc = write_file(dir, "history.atom", &b, dir);
	}
	if (rc == 0) {
		b.len = 0;
		incidents_json(&b, &s);
		rc = write_file(dir, "incidents.json", &b, dir);
	}
	if (rc == 0) {
		b.len = 0;
		summary_json(&b, &s);
		rc = write_file(dir, "summary.json", &b, dir);
	}
	if (rc == 0) {
		b.len = 0;
		history_html(&b, &s);
		rc = write_file(dir, "history.html", &b, dir);
	}
	if (rc == 0) {
		b.len = 0;
		index_html(&b, &s);
		rc = write_file(dir, "index.html", &b, dir);
	}
	if (rc == 0)
		out->incidents = s.count, out->updates = s.updates;
out:
	if (rc < 0 && warnings) {
		free(*warnings);
		*warnings = NULL;
	}
	inc__buf_free(&b);
	inc__buf_free(&sub);
	inc__buf_free(&name);
	site_free(&s);
	return rc;
}
