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

/* "after", when there is one: an array of event ids */
static int
after_valid(json_t *after)
{
	json_t *a;
	size_t i;

	if (!after)
		return 1;
	if (!json_is_array(after))
		return 0;
	json_array_foreach(after, i, a)
		if (!json_is_string(a))
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
	else if (!after_valid(json_object_get(ev, "after")))
		why = "after is not a list of event ids";
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

/*
 * Log order: a linear extension of what each event had seen. An event
 * with "after" comes after the events it names; one without (written
 * before the field was) after every event of a lower seq, as a Lamport
 * clock orders them. Among events free to go next, the earliest at, then
 * the lowest id, goes first: so every clone with the same events has the
 * same order, and an event never comes before one it had seen.
 */
struct node {
	json_t *e;
	const char *id;
	json_int_t seq;
	int64_t at;
	int old;             /* no "after": ordered by seq */
	size_t *pred, npred; /* the events its "after" names */
	size_t *succ, nsucc, capsucc;
	size_t wait;         /* of those, not yet placed */
	size_t pos;          /* in log order */
	int placed;
	unsigned mark;       /* seen(): visited in search number mark */
	struct inc__line line;
};

struct causal {
	struct node *v;
	size_t n;
	size_t *byid;  /* the nodes sorted by id, for find() */
	size_t *order;  /* the nodes in log order */
	size_t current; /* the event being applied */
	unsigned search;
	size_t *stack;
};

static int
before(const struct node *x, const struct node *y)
{
	if (x->at != y->at)
		return x->at < y->at;
	return strcmp(x->id, y->id) < 0;
}

/* a binary heap of the events free to go next, earliest first */
static void
heap_push(size_t *heap, size_t *n, struct node *v, size_t k)
{
	size_t i = (*n)++;

	while (i && before(&v[k], &v[heap[(i - 1) / 2]])) {
		heap[i] = heap[(i - 1) / 2];
		i = (i - 1) / 2;
	}
	heap[i] = k;
}

static size_t
heap_pop(size_t *heap, size_t *n, struct node *v)
{
	size_t top = heap[0], last = heap[--*n], i = 0, c;

	while ((c = 2 * i + 1) < *n) {
		if (c + 1 < *n && before(&v[heap[c + 1]], &v[heap[c]]))
			c++;
		if (!before(&v[heap[c]], &v[last]))
			break;
		heap[i] = heap[c];
		i = c;
	}
	if (*n)
		heap[i] = last;
	return top;
}

static _Thread_local struct node *by_seq_v;

static int
by_seq(const void *a, const void *b)
{
	const struct node *x = &by_seq_v[*(const size_t *)a];
	const struct node *y = &by_seq_v[*(const size_t *)b];

	if (x->seq != y->seq)
		return x->seq < y->seq ? -1 : 1;
	return strcmp(x->id, y->id);
}

static int
edge(struct node *v, size_t from, size_t to)
{
	struct node *f = &v[from];

	if (f->nsucc == f->capsucc) {
		size_t cap = f->capsucc ? 2 * f->capsucc : 4;
		size_t *grown = realloc(f->succ, cap * sizeof(*grown));
		if (!grown)
			return inc__fail(INC_ERROR, "out of memory");
		f->succ = grown, f->capsucc = cap;
	}
	f->succ[f->nsucc++] = to;
	return 0;
}

static _Thread_local struct node *by_id_v;

static int
by_id(const void *a, const void *b)
{
	return strcmp(by_id_v[*(const size_t *)a].id,
	    by_id_v[*(const size_t *)b].id);
}

static int
id_cmp(const void *key, const void *b)
{
	return strcmp(key, by_id_v[*(const size_t *)b].id);
}

/* The node of the event id, into *out: 0, or -1 if there is none. */
static int
find(size_t *out, struct causal *g, const char *id)
{
	const size_t *at;

	if (!id)
		return -1;
	by_id_v = g->v;
	if (!(at = bsearch(id, g->byid, g->n, sizeof(*g->byid), id_cmp)))
		return -1;
	*out = *at;
	return 0;
}

/* The nodes' edges from their "after". */
static int
causal_edges(struct causal *g)
{
	for (size_t i = 0; i < g->n; i++) {
		json_t *after = json_object_get(g->v[i].e, "after"), *a;
		size_t k;
		if (g->v[i].old)
			continue;
		if (!(g->v[i].pred = malloc((json_array_size(after) + 1) *
		    sizeof(size_t))))
			return inc__fail(INC_ERROR, "out of memory");
		json_array_foreach(after, k, a) {
			size_t j;
			if (find(&j, g, json_string_value(a)) < 0)
				continue; /* not in this log: nothing to wait for */
			if (j == i || edge(g->v, j, i) < 0) {
				if (j == i)
					continue;
				return INC_ERROR;
			}
			g->v[i].pred[g->v[i].npred++] = j;
			g->v[i].wait++;
		}
	}
	return 0;
}

/*
 * The order, into order[]: Kahn's algorithm, the earliest free event
 * first. An event without "after" is free once every event of a lower
 * seq is placed. A cycle, which only a forged log can hold, is broken at
 * its event of the lowest seq, then id.
 */
static int
causal_order(struct causal *g, size_t *order)
{
	size_t n = g->n, nheap = 0, placed = 0, low = 0, rel = 0;
	size_t *heap = malloc((2 * n + 1) * sizeof(*heap));
	size_t *seqd = malloc((n + 1) * sizeof(*seqd)), *olds;
	size_t nold = 0;
	struct node *v = g->v;

	if (!heap || !seqd) {
		free(heap);
		free(seqd);
		return inc__fail(INC_ERROR, "out of memory");
	}
	for (size_t i = 0; i < n; i++)
		seqd[i] = i;
	by_seq_v = v;
	qsort(seqd, n, sizeof(*seqd), by_seq);
	olds = heap + n + 1; /* the old events, by seq */
	for (size_t i = 0; i < n; i++)
		if (v[seqd[i]].old)
			olds[nold++] = seqd[i];
	for (size_t i = 0; i < n; i++)
		if (!v[i].old && !v[i].wait)
			heap_push(heap, &nheap, v, i);
	while (placed < n) {
		size_t k;
		/* old events free: none of a lower seq is left */
		while (low < n && v[seqd[low]].placed)
			low++;
		while (rel < nold && (low == n ||
		    v[olds[rel]].seq <= v[seqd[low]].seq)) {
			if (!v[olds[rel]].placed)
				heap_push(heap, &nheap, v, olds[rel]);
			rel++;
		}
		if (nheap) {
			k = heap_pop(heap, &nheap, v);
			if (v[k].placed)
				continue;
		} else {
			k = seqd[low]; /* a cycle: its lowest seq goes */
		}
		v[k].placed = 1;
		v[k].pos = placed;
		order[placed++] = k;
		for (size_t s = 0; s < v[k].nsucc; s++) {
			struct node *to = &v[v[k].succ[s]];
			if (to->wait && !--to->wait && !to->placed)
				heap_push(heap, &nheap, v, v[k].succ[s]);
		}
	}
	free(heap);
	free(seqd);
	return 0;
}

/*
 * Had the event being applied seen the event id? Its "after", followed
 * back (never past id's place in the order); an event without "after"
 * had seen every event of a lower seq.
 */
static int
causal_seen(void *ctx, const char *id)
{
	struct causal *g = ctx;
	struct node *v = g->v, *x;
	size_t top = 0, j;

	if (find(&j, g, id) < 0)
		return 1; /* not in the log: nothing to be apart from */
	x = &v[j];
	if (x->pos >= v[g->current].pos)
		return 0;
	if (v[g->current].old)
		return x->seq < v[g->current].seq;
	g->search++;
	g->stack[top++] = g->current;
	while (top) {
		struct node *k = &v[g->stack[--top]];
		for (size_t p = 0; p < k->npred; p++) {
			struct node *q = &v[k->pred[p]];
			if (q == x || (q->old && x->seq < q->seq))
				return 1;
			if (q->mark == g->search || q->pos < x->pos || q->old)
				continue;
			q->mark = g->search;
			g->stack[top++] = k->pred[p];
		}
	}
	return 0;
}

static void
causal_free(struct causal *g)
{
	for (size_t i = 0; g->v && i < g->n; i++) {
		json_decref(g->v[i].e);
		free(g->v[i].pred);
		free(g->v[i].succ);
	}
	free(g->v);
	free(g->stack);
	free(g->order);
	free(g->byid);
	memset(g, 0, sizeof(*g));
}

/*
 * The events into log order, and each one's line with it (the text holds
 * one line for each event, in the order they were parsed); g keeps what
 * causal_seen needs.
 */
static int
sort_events(inc_incident *incident, struct causal *g)
{
	json_t *events = incident->events;
	/* no text read, no event parsed */
	size_t n = incident->text.s ? json_array_size(events) : 0, off = 0;
	struct inc__line *line = malloc((n ? n : 1) * sizeof(*line));
	size_t *order = g->order = calloc(n ? n : 1, sizeof(*order));
	int rc = INC_ERROR;

	g->n = n;
	g->v = calloc(n ? n : 1, sizeof(*g->v));
	g->stack = malloc((n ? n : 1) * sizeof(*g->stack));
	g->byid = malloc((n ? n : 1) * sizeof(*g->byid));
	if (!line || !order || !g->v || !g->stack || !g->byid) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < n; i++) {
		const char *s = incident->text.s + off;
		struct node *k = &g->v[i];
		k->e = json_incref(json_array_get(events, i));
		k->seq = json_integer_value(json_object_get(k->e, "seq"));
		k->id = inc__str(k->e, "id");
		k->old = !json_object_get(k->e, "after");
		inc__time_get(&k->at, k->e, "at");
		k->line.off = off;
		k->line.len = (size_t)((char *)memchr(s, '\n',
		    incident->text.len - off) - s);
		off += k->line.len + 1;
		g->byid[i] = i;
	}
	by_id_v = g->v;
	qsort(g->byid, n, sizeof(*g->byid), by_id);
	if ((rc = causal_edges(g)) < 0 || (rc = causal_order(g, order)) < 0)
		goto out;
	json_array_clear(events);
	for (size_t i = 0; i < n; i++) {
		json_array_append(events, g->v[order[i]].e);
		line[i] = g->v[order[i]].line;
	}
	incident->line = line, line = NULL;
out:
	free(line);
	return rc;
}

static int
by_string(const void *a, const void *b)
{
	return strcmp(json_string_value(*(json_t *const *)a),
	    json_string_value(*(json_t *const *)b));
}

/*
 * The newest of the events applied (those of a seq below `below`, or
 * all): those no other of them had seen, by id.
 */
static int
causal_heads(json_t *picture, struct causal *g, json_int_t below)
{
	json_t *heads = json_array();
	json_int_t old_max = 0;
	json_t **ids = NULL;
	size_t n = 0;
	int rc = 0;
	unsigned search = ++g->search;

	if (!heads || !(ids = malloc((g->n ? g->n : 1) * sizeof(*ids)))) {
		json_decref(heads);
		return inc__fail(INC_ERROR, "out of memory");
	}
	for (size_t i = 0; i < g->n; i++) {
		struct node *k = &g->v[i];
		if (below > 0 && k->seq >= below)
			continue;
		if (k->old && k->seq > old_max)
			old_max = k->seq;
		for (size_t p = 0; p < k->npred; p++)
			g->v[k->pred[p]].mark = search;
	}
	for (size_t i = 0; i < g->n; i++) {
		struct node *k = &g->v[i];
		if ((below <= 0 || k->seq < below) && k->mark != search &&
		    k->seq >= old_max)
			ids[n++] = json_object_get(k->e, "id");
	}
	qsort(ids, n, sizeof(*ids), by_string);
	for (size_t i = 0; i < n; i++)
		if (json_array_append(heads, ids[i]) < 0)
			rc = inc__fail(INC_ERROR, "out of memory");
	if (rc == 0 && json_object_set(picture, "heads", heads) < 0)
		rc = inc__fail(INC_ERROR, "out of memory");
	free(ids);
	json_decref(heads);
	return rc;
}

static void
incident_clear(inc_incident *incident)
{
	json_decref(incident->picture);
	json_decref(incident->events);
	json_decref(incident->duplicates);
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
	struct causal g = {0};
	struct inc__seen seen = {causal_seen, &g};
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
		if (git_tree_entry_type(e) != GIT_OBJECT_BLOB ||
		    !inc__is_log_name(name))
			continue;
		if (git_tree_entry_filemode(e) == GIT_FILEMODE_LINK) {
			rc = inc__fail(INC_EINVALID, "%s/%s: a symbolic link, not a "
			    "log file", dir, name);
			goto out;
		}
		if ((rc = read_blob(incident, repo, dir, id, e)) < 0)
			goto out;
	}
	if ((rc = sort_events(incident, &g)) < 0)
		goto out;
	/* the events as sorted: g.n of them, g.order[i] the node of each */
	for (size_t i = 0; i < g.n; i++) {
		json_t *e = json_array_get(incident->events, i);
		/* those below: the events they had seen are below too */
		if (below > 0 && json_integer_value(json_object_get(e, "seq")) >=
		    below)
			continue;
		g.current = g.order[i];
		if ((rc = inc__picture_fold(incident->picture, e, &seen)) < 0)
			goto out;
	}
	if ((rc = causal_heads(incident->picture, &g, below)) < 0)
		goto out;
	if (below == 0 && !json_object_get(incident->picture, "opened_at"))
		rc = inc__fail(INC_EINVALID, "%s: no open event", dir);
out:
	causal_free(&g);
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
 * Its version changes whenever the picture gains a field (2: drill, 3:
 * the vocabulary of log version 2, 4: cadence, 5: heads, decisions,
 * conflicts, duplicates, 6: title, mitigated, needs, groups, 7: readings,
 * next holders, 8: the event that made each need and action, 9:
 * customers contacted listed once in any case, 10: the registers of the
 * other roles' hand-overs, and their conflicts, 11: the newest impact a
 * customer update gave, 12: the impact the page gives the newest, 13:
 * the time of that update, 14: resolved_at kept when resolved again,
 * 15: two incidents closed apart as duplicates of each other, 16: a
 * resolved update made apart from a reopening, and a need from a
 * resolution, 17: the key an incident was opened with, 18: when a
 * maintenance's work began, 19: post-mortem owners named apart, a
 * register and a conflict, 20: settings set apart, the same, 21: when
 * each action was made, and a mitigation after a reopening, 22: what
 * inc-check reads of the events, "check", and the mitigations by their
 * times), so a picture cached by an older tool is made again.
 */
#define INC_CACHE_VERSION 22

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
 * An incident's events and picture from its tree's log, as
 * inc_incident_load() gives them with INC_LOAD_EVENTS but with no
 * duplicates and nothing cached: for a reader that has the tree already
 * and will not need the picture again (inc_publish).
 */
int
inc__incident_read(inc_incident **out, inc_repo *repo, const char *id,
    const git_oid *tree_id)
{
	git_tree *tree = NULL;
	inc_incident *incident;
	int rc;

	*out = NULL;
	if (!(incident = calloc(1, sizeof(*incident))))
		return inc__fail(INC_ERROR, "out of memory");
	if ((rc = git_tree_lookup(&tree, repo->git, tree_id)) < 0) {
		char dir[256];
		inc__id_path(dir, sizeof(dir), id);
		rc = inc__object_fail(rc, dir, "tree", tree_id);
	} else if ((rc = read_events(incident, repo, tree, id, 0)) == 0) {
		*out = incident, incident = NULL;
	}
	inc_incident_free(incident);
	git_tree_free(tree);
	return rc;
}

/*
 * The picture and the events (in log order) of an incident's tree, read
 * from its log, never from the cache: of all its events (below 0), or of
 * those whose seq is below. Either out may be NULL.
 */
int
inc__log_read(json_t **picture, json_t **events, inc_repo *repo,
    git_tree *tree, const char *id, json_int_t below)
{
	inc_incident read = {0};
	int rc;

	if (picture)
		*picture = NULL;
	if (events)
		*events = NULL;
	if ((rc = read_events(&read, repo, tree, id, below)) == 0) {
		if (picture)
			*picture = json_incref(read.picture);
		if (events)
			*events = json_incref(read.events);
	}
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

/*
 * The incidents closed as duplicates of this one, their events with them,
 * for the post-mortem; one that cannot be read (not merged here yet, or
 * damaged) is named alone.
 */
static int
load_duplicates(inc_incident *incident, inc_repo *repo, git_tree *head)
{
	json_t *ids = json_object_get(incident->picture, "duplicates"), *dup;
	const char *self = inc__str_or(incident->picture, "incident", "");
	size_t i;

	if (!json_array_size(ids))
		return 0;
	if (!(incident->duplicates = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	for (i = 0; i < json_array_size(ids); i++) {
		const char *id = json_string_value(dup = json_array_get(ids, i));
		inc_incident read = {0};
		git_tree *tree = NULL;
		json_t *entry = json_pack("{s:O}", "id", dup);
		int reopened = 0;
		if (!entry)
			return inc__fail(INC_ERROR, "out of memory");
		if (id && inc__id_valid(id) &&
		    inc__incident_tree(&tree, repo, head, id) == 0 &&
		    read_events(&read, repo, tree, id, 0) == 0) {
			json_object_set(entry, "picture", read.picture);
			json_object_set(entry, "events", read.events);
			/* opened again since: no longer a duplicate of this one */
			reopened = strcmp(inc__str_or(read.picture,
			    "duplicate_of", ""), self) != 0;
		}
		incident_clear(&read);
		git_tree_free(tree);
		if (reopened) {
			json_decref(entry);
			json_array_remove(ids, i--);
		} else if (json_array_append_new(incident->duplicates,
		    entry) < 0) {
			return inc__fail(INC_ERROR, "out of memory");
		}
	}
	return 0;
}

/*
 * The picture of the incident whose tree is tree as it stood at a time:
 * of its events in log order up to then (a sitrep backfilled with --at
 * says the state and roles of its time).
 */
int
inc__picture_at(json_t **out, inc_repo *repo, git_tree *tree,
    const char *id, int64_t at)
{
	inc_incident all = {0};
	json_t *e, *picture;
	int64_t t;
	size_t i;
	int rc;

	*out = NULL;
	if ((rc = read_events(&all, repo, tree, id, 0)) < 0)
		return rc;
	if (!(picture = inc__picture_new(id)))
		rc = inc__fail(INC_ERROR, "out of memory");
	json_array_foreach(all.events, i, e)
		if (rc == 0 && inc__time_get(&t, e, "at") == 0 && t <= at)
			rc = inc__picture_apply(picture, e);
	incident_clear(&all);
	if (rc < 0)
		json_decref(picture);
	else
		*out = picture;
	return rc;
}

/*
 * The picture's duplicates, less those opened again since (no longer a
 * duplicate of this one, as their own pictures say): for a reader that
 * does not read their events.
 */
static void
prune_duplicates(json_t *picture, inc_repo *repo, git_tree *head)
{
	json_t *ids = json_object_get(picture, "duplicates"), *dup;
	const char *self = inc__str_or(picture, "incident", "");

	for (size_t i = 0; i < json_array_size(ids); i++) {
		const char *id = json_string_value(json_array_get(ids, i));
		if (!id || !inc__id_valid(id) ||
		    inc__picture(&dup, repo, head, id) < 0)
			continue; /* not merged here yet, or damaged: named */
		if (strcmp(inc__str_or(dup, "duplicate_of", ""), self))
			json_array_remove(ids, i--);
		json_decref(dup);
	}
}

/* Is id that of one of the pictures in list? */
static int
listed(json_t *list, const char *id)
{
	json_t *p;
	size_t i;

	json_array_foreach(list, i, p)
		if (!strcmp(inc__str_or(p, "incident", ""), id))
			return 1;
	return 0;
}

/*
 * A cycle of duplicates closed apart, of three or more, settled from the
 * pictures of the others at head (NULL: HEAD's) as
 * inc__picture_cycle_settle has it: 1 when the incident is in such a
 * cycle, else 0. A cycle of two is settled in its logs already: its
 * later closure has no duplicate_of here.
 */
int
inc__picture_cycle(json_t *picture, inc_repo *repo, git_tree *head)
{
	const char *self = inc__str_or(picture, "incident", ""), *of;
	json_t *members = NULL, *p = picture, *found;
	git_tree *own = NULL;
	int rc = 0;

	if (!json_object_get(picture, "duplicate_closure"))
		return 0;
	if (!(members = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	if (!head && inc__head_tree(&own, repo) < 0)
		goto out;
	/* the chain of duplicates from this one: back to it, or not */
	while ((of = inc__str(p, "duplicate_of")) && json_object_get(p,
	    "duplicate_closure") && strcmp(of, self)) {
		/* a cycle without this one, or not merged here, or damaged */
		if (listed(members, of) || !inc__id_valid(of) ||
		    inc__picture(&found, repo, head ? head : own, of) < 0)
			goto out;
		if (json_array_append_new(members, p = found) < 0) {
			rc = inc__fail(INC_ERROR, "out of memory");
			goto out;
		}
	}
	if (of && json_object_get(p, "duplicate_closure") &&
	    json_array_size(members) &&
	    (rc = inc__picture_cycle_settle(picture, members)) == 0)
		rc = 1;
out:
	json_decref(members);
	git_tree_free(own);
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
		if ((rc = inc__picture_cycle(incident->picture, repo,
		    head)) < 0 || (rc = load_duplicates(incident, repo,
		    head)) < 0)
			goto out;
	} else if ((rc = inc__picture(&incident->picture, repo, head, id)) < 0 ||
	    (rc = inc__picture_cycle(incident->picture, repo, head)) < 0) {
		goto out;
	} else {
		prune_duplicates(incident->picture, repo, head);
	}
	*out = incident, incident = NULL;
	rc = 0;
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
 * 0 for a resolved incident: the incident's own interval (field, set by a
 * cadence event), else the one in git config KEY (KEY followed by "Major"
 * in a major incident; the team's settings set it for everyone), after
 * the newest LAST, or the opening, or START when that is later. Each
 * configured interval is read once per process (again once a merge has
 * changed the team's settings: inc__repo_settings_reload), and a bad one
 * warned about.
 */
int64_t
inc__due(const inc_incident *incident, inc_repo *repo, int minutes[2],
    const char *key, const char *last_key, const char *field, int64_t start)
{
	enum inc_state s = inc_incident_state(incident);
	int major = s == INC_STATE_MAJOR;
	json_t *own = json_object_get(incident->picture, field);
	git_config *cfg = NULL;
	int64_t last, interval;
	char name[64];

	if (s == INC_STATE_RESOLVED)
		return 0;
	if (!json_is_integer(own) && !minutes[major]) {
		snprintf(name, sizeof(name), "%s%s", key, major ? "Major" : "");
		minutes[major] = major ? 30 : 60;
		if (inc__config_snapshot(&cfg, repo) < 0 ||
		    inc__config_minutes(&minutes[major], cfg, name,
		    minutes[major]) < 0)
			inc__warn("%s (using %d minutes)", inc_error(),
			    minutes[major]);
		git_config_free(cfg);
	}
	interval = json_is_integer(own) && json_integer_value(own) > 0 ?
	    (int64_t)json_integer_value(own) : (int64_t)minutes[major] * 60;
	if (inc__time_get(&last, incident->picture, last_key) < 0 &&
	    inc__time_get(&last, incident->picture, "opened_at") < 0)
		return 0;
	return (last > start ? last : start) + interval;
}

/*
 * When a maintenance's work began: the time of its first notice not
 * "scheduled" (in_progress, ...) since it was last scheduled; INT64_MAX
 * while its newest notice says scheduled; 0 for an incident, whose work
 * begins when it is opened.
 */
int64_t
inc__work_began(const inc_incident *incident)
{
	const char *status = inc__str(incident->picture, "maintenance_status");
	int64_t began;

	if (!status)
		return 0;
	if (!strcmp(status, "scheduled"))
		return INT64_MAX;
	return inc__time_get(&began, incident->picture,
	    "maintenance_began_at") == 0 ? began : 0;
}

/*
 * The next sitrep: inc.sitrepInterval, 60 minutes; a major incident 30;
 * none while a maintenance is only scheduled (its window not begun:
 * there is no work to report on), an interval after it begins.
 */
int64_t
inc_incident_sitrep_due(const inc_incident *incident, inc_repo *repo)
{
	int64_t began = inc__work_began(incident);

	if (began == INT64_MAX)
		return 0;
	return inc__due(incident, repo, repo->sitrep_minutes,
	    "inc.sitrepInterval", "last_sitrep_at", "sitrep_interval_seconds",
	    began);
}

/* Does the newest customer update say resolved: at *told (with no time
 * known, after any state change)? */
static int
told_resolved(int64_t *told, const inc_incident *incident)
{
	json_t *update = json_object_get(incident->picture, "update");

	if (strcmp(inc__str_or(update, "status", ""), "resolved"))
		return 0;
	if (inc__time_get(told, update, "at") < 0)
		*told = INT64_MAX;
	return 1;
}

/*
 * Was the incident opened again (its state changed to one not resolved)
 * after the newest customer update told customers it is resolved?
 */
int
inc_incident_reopened(const inc_incident *incident)
{
	int64_t told;

	return told_resolved(&told, incident) &&
	    inc__picture_reopened(incident->picture, told);
}

int
inc_incident_maintenance(const inc_incident *incident)
{
	return inc__str(incident->picture, "maintenance_status") != NULL;
}

int
inc_incident_update_resolved(const inc_incident *incident)
{
	int64_t told;

	if (inc__str(incident->picture, "maintenance_status"))
		return !strcmp(inc__str(incident->picture, "maintenance_status"),
		    "completed");
	return told_resolved(&told, incident) &&
	    !inc__picture_reopened(incident->picture, told);
}

/*
 * The next customer update: inc.updateInterval, 60 minutes; major 30; or
 * sooner, when the last update promised the next one sooner; none once
 * customers were told it is resolved, as the status page then shows it,
 * though the incident is still open (monitored), but at once when it is
 * opened again after that (its state changed to one not resolved: the
 * page shows it open again with those words); none for a scheduled
 * maintenance, which takes no customer update: its notices are
 * maintenance events, posted when its window is announced, moves,
 * begins or ends, not on a clock.
 */
int64_t
inc_incident_update_due(const inc_incident *incident, inc_repo *repo)
{
	int64_t due, promised;

	if (inc_incident_reopened(incident) && inc__time_get(&due,
	    incident->picture, "state_changed_at") == 0)
		return due;
	if (inc_incident_update_resolved(incident) ||
	    json_integer_value(json_object_get(incident->picture,
	    "maintenances")) > 0)
		return 0;
	due = inc__due(incident, repo, repo->update_minutes,
	    "inc.updateInterval", "last_update_at", "update_interval_seconds",
	    0);
	if (due && inc__time_get(&promised, json_object_get(incident->picture,
	    "update"), "next_update_at") == 0 && promised < due)
		return promised;
	return due;
}
