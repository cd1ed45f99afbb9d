/*
 * Reading one incident: every *.jsonl file in its directory, each line one
 * event, ordered by seq (a Lamport clock) then event id. The picture is
 * cached in the git directory, keyed by the id of the incident's tree, so
 * most tools need not read a long log at all.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

int
inc__incident_tree(git_tree **out, inc_repo *repo, git_tree *head,
    const char *id)
{
	char path[256];
	int rc;

	(void)repo;
	*out = NULL;
	if ((rc = inc__id_path(path, sizeof(path), id)) < 0)
		return rc;
	/* a tree on the way that cannot be read is not "no such incident" */
	if (!head || (rc = inc__tree_bypath(out, head, path)) == INC_ENOTFOUND)
		return inc__fail(INC_ENOTFOUND, "%s: no such incident", id);
	return rc;
}

/*
 * Whether every integer in a JSON value is within INC_INT_MAX of 0: a
 * reader computes with them (seq + 1, n - 1), and JSON readers that
 * keep numbers as doubles read them exactly. The key holding the first
 * that is not goes to *key.
 */
static int
integers_sane(json_t *value, const char **key)
{
	const char *k;
	json_t *member;
	size_t i;

	if (json_is_integer(value))
		return json_integer_value(value) <= INC_INT_MAX &&
		    json_integer_value(value) >= -INC_INT_MAX;
	if (json_is_object(value)) {
		json_object_foreach(value, k, member) {
			if (!integers_sane(member, key)) {
				if (!json_is_object(member) && !json_is_array(member))
					*key = k;
				return 0;
			}
		}
	}
	if (json_is_array(value))
		json_array_foreach(value, i, member)
			if (!integers_sane(member, key))
				return 0;
	return 1;
}

/* key renamed to to, if present */
static int
rename_key(json_t *o, const char *key, const char *to)
{
	json_t *v = json_object_get(o, key);

	if (!v)
		return 0;
	if (json_object_set(o, to, v) < 0)
		return -1;
	return json_object_del(o, key);
}

/* {"name": o[key], "email": o[mail]} at key, when o[key] is a name */
static int
person_object(json_t *o, const char *key, const char *mail)
{
	json_t *name = json_object_get(o, key), *email;

	if (json_is_string(name)) {
		email = mail ? json_object_get(o, mail) : NULL;
		if (json_object_set_new(o, key, json_pack("{s:O, s:O*}", "name",
		    name, "email", json_is_string(email) ? email : NULL)) < 0)
			return -1;
	}
	if (mail)
		json_object_del(o, mail); /* absent is fine */
	return 0;
}

/*
 * A version 1 event in version 2's vocabulary (incident-log(5)): recorded
 * is recorded_at, a person {name, email}, an action's due date due_on, a
 * role holder's since since_at. Readers see only version 2.
 */
static int
upgrade_v1(json_t *ev)
{
	const char *type = inc__str(ev, "type");
	json_t *roles = json_object_get(ev, "roles"), *holder;
	const char *role;
	int rc = rename_key(ev, "recorded", "recorded_at");

	if (type && (!strcmp(type, "handoff") || !strcmp(type, "owner")))
		rc |= person_object(ev, "person", "email");
	if (type && !strcmp(type, "action"))
		rc |= person_object(ev, "owner", NULL) |
		    rename_key(ev, "due", "due_on");
	if (type && !strcmp(type, "sitrep") && json_is_object(roles))
		json_object_foreach(roles, role, holder)
			if (json_is_object(holder))
				rc |= person_object(holder, "person", "email") |
				    rename_key(holder, "since", "since_at");
	rc |= json_object_set_new(ev, "v", json_integer(INC_LOG_VERSION));
	return rc ? inc__fail(INC_ERROR, "out of memory") : 0;
}

/* One line of a log: must be a whole event of this incident. */
int
inc__check_event(json_t **out, const char *id, const char *where, size_t line,
    const char *text, size_t len)
{
	json_error_t err;
	json_t *ev, *v;
	int64_t t;
	const char *why = NULL, *key = "?";

	*out = NULL;
	if (len > INC_LINE_MAX)
		return inc__fail(INC_EINVALID, "%s:%zu: line too long", where, line);
	if (!inc__utf8_valid(text, len))
		return inc__fail(INC_EINVALID, "%s:%zu: invalid UTF-8", where, line);
	ev = json_loadb(text, len, JSON_REJECT_DUPLICATES, &err);
	if (!ev)
		return inc__fail(INC_EINVALID, "%s:%zu: malformed event: %s", where,
		    line, err.text);
	v = json_object_get(ev, "v");
	if (!json_is_object(ev))
		why = "not a JSON object";
	else if (!integers_sane(ev, &key)) {
		char *safe = inc_text_safe(key, INC_ONE_LINE);
		json_decref(ev);
		inc__fail(INC_EINVALID, "%s:%zu: %.64s: integer out of range "
		    "(beyond 2^53 - 1)", where, line, safe ? safe : "?");
		free(safe);
		return INC_EINVALID;
	}
	else if (!json_is_integer(v) || json_integer_value(v) < 1)
		why = "no log version (v)";
	else if (json_integer_value(v) > INC_LOG_VERSION)
		why = "log version newer than this tool understands";
	else if (json_integer_value(v) == 1 && upgrade_v1(ev) < 0) {
		json_decref(ev);
		return INC_ERROR;
	} else if (!json_is_string(json_object_get(ev, "id")))
		why = "no event id";
	else if (!json_is_string(json_object_get(ev, "type")))
		why = "no event type";
	else if (json_integer_value(json_object_get(ev, "seq")) < 1)
		why = "no seq";
	else if (inc__time_get(&t, ev, "at") < 0 ||
	    inc__time_get(&t, ev, "recorded_at") < 0)
		why = "no valid at or recorded_at time";
	else if (!json_is_string(json_object_get(json_object_get(ev, "actor"),
	    "name")))
		why = "no actor";
	else if (!json_is_string(json_object_get(ev, "incident")) ||
	    strcmp(json_string_value(json_object_get(ev, "incident")), id))
		why = "event of another incident";
	if (why) {
		json_decref(ev);
		return inc__fail(INC_EINVALID, "%s:%zu: %s", where, line, why);
	}
	*out = ev;
	return 0;
}

/*
 * One chunk of a log, size bytes at text (named where in errors): every
 * line a whole event of incident id, appended to events in file order.
 * On a bad line the events before it stay appended.
 */
int
inc__log_parse(json_t *events, const char *id, const char *where,
    const char *text, size_t size)
{
	const char *end = text + size, *nl;
	size_t line = 0;
	json_t *ev;
	int rc = 0;

	for (; text < end; text = nl + 1) {
		line++;
		if (!(nl = memchr(text, '\n', (size_t)(end - text))))
			return inc__fail(INC_EINVALID, "%s:%zu: truncated event "
			    "(no newline)", where, line);
		if ((rc = inc__check_event(&ev, id, where, line, text,
		    (size_t)(nl - text))) < 0)
			return rc;
		if (json_array_append_new(events, ev) < 0)
			return inc__fail(INC_ERROR, "out of memory");
	}
	return 0;
}

/* One log file, appended to the text read so far, and its events parsed. */
static int
read_blob(inc_incident *incident, inc_repo *repo, const char *dir,
    const char *id, const git_tree_entry *e)
{
	git_blob *blob = NULL;
	struct inc_buf *text = &incident->text;
	size_t base = text->len, size;
	char where[512];
	int rc;

	snprintf(where, sizeof(where), "%s/%s", dir, git_tree_entry_name(e));
	if ((rc = git_blob_lookup(&blob, repo->git, git_tree_entry_id(e))) < 0)
		return inc__object_fail(rc, where, "blob", git_tree_entry_id(e));
	size = (size_t)git_blob_rawsize(blob);
	rc = inc__buf_put(text, git_blob_rawcontent(blob), size);
	git_blob_free(blob);
	if (rc == 0)
		rc = inc__log_parse(incident->events, id, where, text->s + base,
		    size);
	return rc;
}

/* an event, the keys it is sorted by, and its line */
struct keyed {
	json_int_t seq;
	const char *id;
	json_t *e;
	struct inc__line line;
};

static int
by_log_order(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;

	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
	return strcmp(x->id, y->id);
}

/*
 * The events into log order, and each one's line with it: the text holds
 * one line for each event, in the order they were parsed.
 */
static int
sort_events(inc_incident *incident)
{
	json_t *events = incident->events;
	/* no text read, no event parsed */
	size_t n = incident->text.s ? json_array_size(events) : 0, off = 0;
	struct keyed *v = malloc((n ? n : 1) * sizeof(*v));
	struct inc__line *line = malloc((n ? n : 1) * sizeof(*line));

	if (!v || !line) {
		free(v);
		free(line);
		return inc__fail(INC_ERROR, "out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		const char *s = incident->text.s + off;
		v[i].e = json_incref(json_array_get(events, i));
		v[i].seq = json_integer_value(json_object_get(v[i].e, "seq"));
		v[i].id = inc__str(v[i].e, "id");
		v[i].line.off = off;
		v[i].line.len = (size_t)((char *)memchr(s, '\n',
		    incident->text.len - off) - s);
		off += v[i].line.len + 1;
	}
	qsort(v, n, sizeof(*v), by_log_order);
	json_array_clear(events);
	for (size_t i = 0; i < n; i++) {
		json_array_append_new(events, v[i].e);
		line[i] = v[i].line;
	}
	free(v);
	incident->line = line;
	return 0;
}

static void
incident_clear(inc_incident *incident)
{
	json_decref(incident->picture);
	json_decref(incident->events);
	inc__buf_free(&incident->text);
	free(incident->line);
	memset(incident, 0, sizeof(*incident));
}

/*
 * The events of an incident, in log order, and its picture: of them all,
 * or (below > 0) of those whose seq is below that, with or without an
 * open among them.
 */
static int
read_events(inc_incident *incident, inc_repo *repo, git_tree *tree,
    const char *id, json_int_t below)
{
	char dir[256];
	int rc = 0;

	incident->events = json_array();
	incident->picture = inc__picture_new(id);
	if (!incident->events || !incident->picture) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	inc__id_path(dir, sizeof(dir), id);
	for (size_t i = 0; i < git_tree_entrycount(tree); i++) {
		const git_tree_entry *e = git_tree_entry_byindex(tree, i);
		const char *name = git_tree_entry_name(e);
		size_t n = strlen(name);
		if (git_tree_entry_type(e) != GIT_OBJECT_BLOB || n < 7 ||
		    strcmp(name + n - 6, ".jsonl"))
			continue;
		if (git_tree_entry_filemode(e) == GIT_FILEMODE_LINK) {
			rc = inc__fail(INC_EINVALID, "%s/%s: a symbolic link, not a "
			    "log file", dir, name);
			goto out;
		}
		if ((rc = read_blob(incident, repo, dir, id, e)) < 0)
			goto out;
	}
	if ((rc = sort_events(incident)) < 0)
		goto out;
	for (size_t i = 0; i < json_array_size(incident->events); i++) {
		json_t *e = json_array_get(incident->events, i);
		if (below > 0 && json_integer_value(json_object_get(e, "seq")) >=
		    below)
			break; /* in log order: the rest are not below either */
		if ((rc = inc__picture_apply(incident->picture, e)) < 0)
			goto out;
	}
	if (below == 0 && !json_object_get(incident->picture, "opened_at"))
		rc = inc__fail(INC_EINVALID, "%s: no open event", dir);
out:
	if (rc < 0)
		incident_clear(incident);
	return rc;
}

static void
cache_path(char *out, size_t size, inc_repo *repo, const char *id)
{
	snprintf(out, size, "%sincident-cache/%s", repo->commondir, id);
}

/*
 * The cache is derived and disposable: any failure here is not an error.
 * Its version changes whenever the picture gains a field (2: drill), so
 * a picture cached by an older tool is made again (4: title, mitigated,
 * needs, groups).
 */
#define INC_CACHE_VERSION 4

static json_t *
cache_load(inc_repo *repo, const char *id, const git_oid *tree)
{
	char path[4096], want[GIT_OID_HEXSZ + 1];
	json_t *entry, *picture = NULL;
	const char *have;

	cache_path(path, sizeof(path), repo, id);
	if (!(entry = json_load_file(path, JSON_REJECT_DUPLICATES, NULL)))
		return NULL;
	git_oid_tostr(want, sizeof(want), tree);
	have = json_string_value(json_object_get(entry, "tree"));
	if (have && !strcmp(have, want) &&
	    json_object_get(entry, "version") &&
	    json_integer_value(json_object_get(entry, "version")) ==
	    INC_CACHE_VERSION)
		picture = json_incref(json_object_get(entry, "picture"));
	json_decref(entry);
	return json_is_object(picture) ? picture : (json_decref(picture), NULL);
}

int
inc__cache_store(inc_repo *repo, const char *id, const git_oid *tree,
    json_t *picture)
{
	char path[4096], hex[GIT_OID_HEXSZ + 1], *text = NULL;
	json_t *entry;
	int rc;

	snprintf(path, sizeof(path), "%sincident-cache", repo->commondir);
	if (mkdir(path, 0777) < 0 && errno != EEXIST)
		return -1;
	cache_path(path, sizeof(path), repo, id);
	git_oid_tostr(hex, sizeof(hex), tree);
	entry = json_pack("{s:s, s:i, s:O}", "tree", hex, "version",
	    INC_CACHE_VERSION, "picture", picture);
	/* unsynced: a cache lost in a crash is only made again */
	rc = entry && (text = json_dumps(entry, JSON_COMPACT)) &&
	    inc__file_replace(path, text, strlen(text), 0, NULL) == 0 ? 0 : -1;
	free(text);
	json_decref(entry);
	return rc;
}

/* The picture of the incident whose tree is tree: cached, or read. */
int
inc__picture_of(json_t **out, inc_repo *repo, const char *id,
    const git_oid *tree_id)
{
	git_tree *tree = NULL;
	inc_incident read = {0};
	int rc;

	if ((*out = cache_load(repo, id, tree_id)))
		return 0;
	if ((rc = git_tree_lookup(&tree, repo->git, tree_id)) < 0) {
		char dir[256];
		inc__id_path(dir, sizeof(dir), id);
		return inc__object_fail(rc, dir, "tree", tree_id);
	}
	if ((rc = read_events(&read, repo, tree, id, 0)) == 0) {
		inc__cache_store(repo, id, tree_id, read.picture);
		*out = json_incref(read.picture);
	}
	incident_clear(&read);
	git_tree_free(tree);
	return rc;
}

/*
 * The picture of an incident's tree read from its log, never from the
 * cache: of all its events (below 0), or of those whose seq is below.
 */
int
inc__picture_read(json_t **out, inc_repo *repo, git_tree *tree,
    const char *id, json_int_t below)
{
	inc_incident read = {0};
	int rc;

	*out = NULL;
	if ((rc = read_events(&read, repo, tree, id, below)) == 0)
		*out = json_incref(read.picture);
	incident_clear(&read);
	return rc;
}

int
inc__picture(json_t **out, inc_repo *repo, git_tree *head, const char *id)
{
	git_tree *tree = NULL;
	int rc;

	*out = NULL;
	if ((rc = inc__incident_tree(&tree, repo, head, id)) < 0)
		return rc;
	rc = inc__picture_of(out, repo, id, git_tree_id(tree));
	git_tree_free(tree);
	return rc;
}

int
inc_incident_load(inc_incident **out, inc_repo *repo, const char *id,
    enum inc_load what)
{
	int with_events = what == INC_LOAD_EVENTS;
	inc_incident *incident = NULL;
	git_tree *head = NULL, *tree = NULL;
	int rc;

	*out = NULL;
	if (!(incident = calloc(1, sizeof(*incident))))
		return inc__fail(INC_ERROR, "out of memory");
	if ((rc = inc__head_tree(&head, repo)) < 0)
		goto out;
	if (with_events) {
		if ((rc = inc__incident_tree(&tree, repo, head, id)) < 0 ||
		    (rc = read_events(incident, repo, tree, id, 0)) < 0)
			goto out;
		inc__cache_store(repo, id, git_tree_id(tree), incident->picture);
	} else if ((rc = inc__picture(&incident->picture, repo, head, id)) < 0) {
		goto out;
	}
	*out = incident, incident = NULL;
out:
	git_tree_free(tree);
	git_tree_free(head);
	inc_incident_free(incident);
	return rc;
}

void
inc_incident_free(inc_incident *incident)
{
	if (!incident)
		return;
	incident_clear(incident);
	free(incident);
}

const char *
inc_incident_id(const inc_incident *incident)
{
	return json_string_value(json_object_get(incident->picture, "incident"));
}

enum inc_state
inc_incident_state(const inc_incident *incident)
{
	enum inc_state s = INC_STATE_INVESTIGATING;
	const char *name = json_string_value(json_object_get(incident->picture,
	    "state"));

	if (name)
		inc_state_parse(&s, name);
	return s;
}

const char *
inc_incident_holder(const inc_incident *incident, const char *role)
{
	return inc__who(json_object_get(json_object_get(incident->picture,
	    "roles"), role), "person");
}

/*
 * When the next of something regular is due (seconds since the epoch), or
 * 0 for a resolved incident: the interval in git config KEY (KEY followed
 * by "Major" in a major incident) after the newest LAST, or the opening.
 * Each interval is read once per process, and a bad one warned about.
 */
int64_t
inc__due(const inc_incident *incident, inc_repo *repo, int minutes[2],
    const char *key, const char *last_key)
{
	enum inc_state s = inc_incident_state(incident);
	int major = s == INC_STATE_MAJOR;
	git_config *cfg = NULL;
	int64_t last;
	char name[64];

	if (s == INC_STATE_RESOLVED)
		return 0;
	if (!minutes[major]) {
		snprintf(name, sizeof(name), "%s%s", key, major ? "Major" : "");
		minutes[major] = major ? 30 : 60;
		if (inc__config_snapshot(&cfg, repo) < 0 ||
		    inc__config_positive(&minutes[major], cfg, name,
		    minutes[major], NULL) < 0)
			inc__warn("%s (using %d minutes)", inc_error(),
			    minutes[major]);
		git_config_free(cfg);
	}
	if (inc__time_get(&last, incident->picture, last_key) < 0 &&
	    inc__time_get(&last, incident->picture, "opened_at") < 0)
		return 0;
	return last + (int64_t)minutes[major] * 60;
}

/* The next sitrep: inc.sitrepInterval, 60 minutes; a major incident 30. */
int64_t
inc_incident_sitrep_due(const inc_incident *incident, inc_repo *repo)
{
	return inc__due(incident, repo, repo->sitrep_minutes,
	    "inc.sitrepInterval", "last_sitrep_at");
}

/* The next customer update: inc.updateInterval, 60 minutes; major 30. */
int64_t
inc_incident_update_due(const inc_incident *incident, inc_repo *repo)
{
	return inc__due(incident, repo, repo->update_minutes,
	    "inc.updateInterval", "last_update_at");
}
