/*
 * Proving a history: every commit of HEAD, parents before children, is
 * compared with each of its parents below incidents/, descending only
 * into trees whose ids differ and reading each object once (what a commit
 * read is kept for its child), so the work is linear in the history and
 * in what changed. Every log file must only grow by appending; the lines
 * a commit appends are checked as readers check them, their event ids
 * kept in a hash set; a commit adds exactly one event, named in its
 * author and message, and a merge adds none. Before the walk, tips this
 * clone saw earlier (--since, every tip its remote-tracking branches had,
 * and the last verified one) must still be in HEAD's history, but for a
 * rebase of one's own unpushed events that kept each as it was. Only
 * what is new since the last verified tip is walked, its state taken
 * from a cache this user's key signs (see "The state of the last
 * verified tip"), unless args->full.
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

/* how far at may pass recorded, and recorded the commit time: --at allows
 * a minute of clock difference too */
#define SKEW_SECONDS 60
/* recorded further ahead of now is no clock's error: an offence */
#define FUTURE_SECONDS (60 * 60)
#define VERIFIED_REFS "refs/incident/verified/"

/*
 * A set of strings, open addressing; it owns its copies, kept in blocks
 * of STRSET_BLOCK bytes rather than one allocation each: a long history
 * leaves no small long-lived allocation among the short-lived ones, whose
 * free space would otherwise splinter as the set grows.
 */
#define STRSET_BLOCK (64 * 1024)

struct strblock {
	struct strblock *next;
	size_t used, size;
	char s[];
};

struct strset {
	char **v;
	size_t n, cap;
	struct strblock *blocks; /* the newest first */
};

static uint64_t
hash(const char *s, size_t len)
{
	uint64_t h = 14695981039346656037ULL;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

/* Room for n strings in all, made at once (a cache loaded). */
static int
strset_reserve(struct strset *set, size_t n)
{
	size_t cap = set->cap ? set->cap : 1024, i;
	char **v;

	while ((n + 1) * 2 > cap)
		cap *= 2;
	if (cap == set->cap)
		return 0;
	if (!(v = calloc(cap, sizeof(*v))))
		return inc__fail(INC_ERROR, "out of memory");
	for (size_t k = 0; k < set->cap; k++) {
		if (!set->v[k])
			continue;
		for (i = hash(set->v[k], strlen(set->v[k])) & (cap - 1); v[i];
		    i = (i + 1) & (cap - 1))
			;
		v[i] = set->v[k];
	}
	free(set->v);
	set->v = v, set->cap = cap;
	return 0;
}

/* 1 when added, 0 when it was there, or INC_ERROR. */
static int
strset_add(struct strset *set, const char *s)
{
	struct strblock *b;
	size_t len = strlen(s), i;

	if ((set->n + 1) * 2 > set->cap)
		strset_reserve(set, set->n + 1);
	if ((set->n + 1) * 2 > set->cap)
		return INC_ERROR; /* out of memory, said */
	for (i = hash(s, len) & (set->cap - 1); set->v[i];
	    i = (i + 1) & (set->cap - 1))
		if (!strcmp(set->v[i], s))
			return 0;
	if (!(b = set->blocks) || len + 1 > b->size - b->used) {
		size_t size = len + 1 > STRSET_BLOCK ? len + 1 : STRSET_BLOCK;
		if (!(b = malloc(sizeof(*b) + size)))
			return inc__fail(INC_ERROR, "out of memory");
		b->next = set->blocks;
		b->used = 0;
		b->size = size;
		set->blocks = b;
	}
	set->v[i] = memcpy(b->s + b->used, s, len + 1);
	b->used += len + 1;
	set->n++;
	return 1;
}

static int
strset_has(const struct strset *set, const char *s)
{
	size_t i;

	if (!set->cap)
		return 0;
	for (i = hash(s, strlen(s)) & (set->cap - 1); set->v[i];
	    i = (i + 1) & (set->cap - 1))
		if (!strcmp(set->v[i], s))
			return 1;
	return 0;
}

static void
strset_free(struct strset *set)
{
	struct strblock *b, *next;

	for (b = set->blocks; b; b = next) {
		next = b->next;
		free(b);
	}
	free(set->v);
}

/*
 * The objects a commit read, kept for the next one: walked parents
 * first, a commit's old side (its parent, the parent's trees, each chunk
 * before the append) is what the commit before read as its new side, so
 * each is inflated once, not twice. Small and searched in order; past
 * MEMO_MAX objects or MEMO_BYTES of blobs (a merge of many incidents)
 * objects are read again instead.
 */
#define MEMO_MAX 64
#define MEMO_BYTES (8 * 1024 * 1024) /* of blobs, at most */

struct memo {
	git_object *obj[MEMO_MAX];
	size_t n, bytes;
};

struct verify {
	inc_repo *repo;
	const struct inc_verify_args *args;
	struct inc_verify_result *res;
	struct strset event_ids, incidents;
	struct memo memo[2]; /* what this commit read, what the last one did */
	/* the commit being checked */
	git_commit *commit;
	const git_oid *oid;
	git_tree **parents; /* each parent's incidents tree (NULL: none) */
	size_t nparents;
	size_t added;       /* events it adds */
	json_t *event;      /* the first of them */
	int subject_differs; /* its subject is not the one the event gives */
	int event_v1;        /* its event was written in log version 1 */
	char event_path[600], changed[600];
	size_t event_line;
	/*
	 * Each incident's picture as of the last commit that changed it,
	 * with the id of its tree there: {ID: {"tree": HEX, "picture": ..}}.
	 * A commit whose parent has that tree checks its event against the
	 * picture and adds it; any other (after a merge) reads it afresh.
	 */
	json_t *pictures;
	json_t *picture;          /* the incident being changed, before */
	json_t *last;             /* {PATH: the seq of its last line} */
	git_tree *incident_before; /* its tree in the parent, or NULL */
	int64_t now;
	int ahead_said;     /* an event recorded ahead of now was warned of */
	int offended;       /* the error is an offence, in res */
	const git_oid *head; /* the tip walked to */
};

/* The first offence: kept in the result, and as the error. */
static int
offence(struct verify *v, const git_oid *commit, const char *path,
    size_t line, const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

static int
offence(struct verify *v, const git_oid *commit, const char *path,
    size_t line, const char *fmt, ...)
{
	struct inc_verify_result *r = v->res;
	char reason[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(reason, sizeof(reason), fmt, ap);
	va_end(ap);
	v->offended = 1;
	git_oid_tostr(r->commit, sizeof(r->commit), commit);
	free(r->path);
	free(r->reason);
	r->path = strdup(path);
	r->reason = strdup(reason);
	r->line = line;
	if (!r->path || !r->reason)
		return inc__fail(INC_ERROR, "out of memory");
	if (line)
		return inc__fail(INC_EINVALID, "%s: %s:%zu: %s", r->commit, path,
		    line, reason);
	return inc__fail(INC_EINVALID, "%s: %s: %s", r->commit, path, reason);
}

/* Where the memo holds the object of that id, or m->n. */
static size_t
memo_find(const struct memo *m, const git_oid *id)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		if (git_oid_equal(git_object_id(m->obj[i]), id))
			break;
	return i;
}

static size_t
blob_size(git_object *o)
{
	return git_object_type(o) == GIT_OBJECT_BLOB ?
	    (size_t)git_blob_rawsize((git_blob *)o) : 0;
}

/* 1 when the memo had room for the object (and has it), else 0. */
static int
memo_keep(struct memo *m, git_object *o)
{
	size_t size = blob_size(o);

	if (m->n == MEMO_MAX || size > MEMO_BYTES - m->bytes)
		return 0;
	m->obj[m->n++] = o;
	m->bytes += size;
	return 1;
}

static void
memo_clear(struct memo *m)
{
	for (size_t i = 0; i < m->n; i++)
		git_object_free(m->obj[i]);
	m->n = m->bytes = 0;
}

/* A commit checked: what it read becomes what the last one read. */
static void
memo_next(struct verify *v)
{
	memo_clear(&v->memo[1]);
	v->memo[1] = v->memo[0];
	v->memo[0].n = v->memo[0].bytes = 0;
}

/*
 * An object, as git_object_lookup gives it (the caller frees it), read
 * only if neither this commit nor the last one did.
 */
static int
lookup(git_object **out, struct verify *v, const git_oid *id,
    git_object_t type)
{
	struct memo *now = &v->memo[0], *last = &v->memo[1];
	git_object *o;
	size_t i;
	int rc;

	if ((i = memo_find(now, id)) < now->n) {
		o = now->obj[i];
	} else if ((i = memo_find(last, id)) < last->n) {
		o = last->obj[i];
		if (memo_keep(now, o)) { /* moved: this commit read it too */
			last->obj[i] = last->obj[--last->n];
			last->bytes -= blob_size(o);
		}
	} else {
		if ((rc = git_object_lookup(&o, v->repo->git, id, type)) < 0)
			return rc;
		if (!memo_keep(now, o)) {
			*out = o;
			return 0;
		}
	}
	if (type != GIT_OBJECT_ANY && git_object_type(o) != type)
		return git_object_lookup(out, v->repo->git, id, type);
	return git_object_dup(out, o);
}

static int
commit_lookup(git_commit **out, struct verify *v, const git_oid *id)
{
	git_object *o = NULL;
	int rc = lookup(&o, v, id, GIT_OBJECT_COMMIT);

	*out = (git_commit *)o;
	return rc;
}

static int
tree_lookup(git_tree **out, struct verify *v, const git_oid *id)
{
	git_object *o = NULL;
	int rc = lookup(&o, v, id, GIT_OBJECT_TREE);

	*out = (git_tree *)o;
	return rc;
}

static int
blob_lookup(git_blob **out, struct verify *v, const git_oid *id)
{
	git_object *o = NULL;
	int rc = lookup(&o, v, id, GIT_OBJECT_BLOB);

	*out = (git_blob *)o;
	return rc;
}

static int
is_log(const git_tree_entry *e)
{
	return git_tree_entry_type(e) == GIT_OBJECT_BLOB &&
	    inc__is_log_name(git_tree_entry_name(e));
}

static int
wanted(struct verify *v, const char *id)
{
	if (!v->args->ids)
		return 1;
	for (const char *const *p = v->args->ids; *p; p++)
		if (!strcmp(*p, id))
			return 1;
	return 0;
}

/* The incidents tree of a commit, or NULL when it has none. */
static int
incidents_tree(git_tree **out, struct verify *v, const git_commit *commit)
{
	git_tree *root = NULL;
	const git_tree_entry *e;
	int rc;

	*out = NULL;
	if ((rc = tree_lookup(&root, v, git_commit_tree_id(commit))) < 0)
		return inc__git_fail(rc, "tree");
	e = git_tree_entry_byname(root, INC_DIR);
	if (e && git_tree_entry_type(e) == GIT_OBJECT_TREE &&
	    (rc = tree_lookup(out, v, git_tree_entry_id(e))) < 0)
		rc = inc__git_fail(rc, INC_DIR);
	git_tree_free(root);
	return rc < 0 ? rc : 0;
}

/* The first log file in a tree at depth (see compare), for a deletion. */
static int
first_log(char *out, size_t size, inc_repo *repo, const git_tree *tree,
    int depth, const char *path)
{
	for (size_t i = 0; i < git_tree_entrycount(tree); i++) {
		const git_tree_entry *e = git_tree_entry_byindex(tree, i);
		char sub[600];
		git_tree *t = NULL;
		int found;
		snprintf(sub, sizeof(sub), "%.299s/%.299s", path,
		    git_tree_entry_name(e));
		if (depth == 3) {
			if (is_log(e)) {
				snprintf(out, size, "%s", sub);
				return 1;
			}
			continue;
		}
		if (git_tree_entry_type(e) != GIT_OBJECT_TREE ||
		    git_tree_lookup(&t, repo->git, git_tree_entry_id(e)) < 0)
			continue;
		found = first_log(out, size, repo, t, depth + 1, sub);
		git_tree_free(t);
		if (found)
			return 1;
	}
	return 0;
}

static size_t
count_lines(const char *s, size_t n)
{
	size_t lines = 0;
	const char *end = s + n;

	while (s < end && (s = memchr(s, '\n', (size_t)(end - s))))
		s++, lines++;
	return lines;
}

struct line {
	const char *s;
	size_t n;
};

static int
by_text(const void *a, const void *b)
{
	const struct line *x = a, *y = b;
	int c = memcmp(x->s, y->s, x->n < y->n ? x->n : y->n);

	return c ? c : (x->n > y->n) - (x->n < y->n);
}

static struct line *
split(const char *s, size_t n, size_t *count)
{
	struct line *v = malloc((count_lines(s, n) + 2) * sizeof(*v));
	const char *end = s + n, *nl;

	*count = 0;
	if (!v)
		return NULL;
	for (; s < end; s = nl + 1) {
		if (!(nl = memchr(s, '\n', (size_t)(end - s))))
			nl = end;
		v[*count].s = s;
		v[(*count)++].n = (size_t)(nl - s);
	}
	qsort(v, *count, sizeof(*v), by_text);
	return v;
}

/* The same lines in another order? Only asked once something is wrong. */
static int
reordered(const char *a, const char *b, size_t n)
{
	size_t na, nb;
	struct line *x = split(a, n, &na), *y = split(b, n, &nb);
	int same = x && y && na == nb;

	for (size_t i = 0; same && i < na; i++)
		same = !by_text(&x[i], &y[i]);
	free(x);
	free(y);
	return same;
}

/*
 * Whether some other parent of a merge has this very version of a file;
 * if not, *lines is the longest any parent has, where the merge's own
 * begin.
 */
static int
in_other_parent(struct verify *v, const char *path, const git_oid *blob,
    size_t *lines)
{
	for (size_t i = 1; i < v->nparents; i++) {
		git_tree_entry *e = NULL;
		git_blob *b = NULL;
		int same;
		if (!v->parents[i] ||
		    git_tree_entry_bypath(&e, v->parents[i], path) < 0)
			continue;
		same = git_oid_equal(git_tree_entry_id(e), blob);
		if (!same && git_blob_lookup(&b, v->repo->git,
		    git_tree_entry_id(e)) == 0) {
			size_t n = count_lines(git_blob_rawcontent(b),
			    (size_t)git_blob_rawsize(b));
			if (n > *lines)
				*lines = n;
			git_blob_free(b);
		}
		git_tree_entry_free(e);
		if (same)
			return 1;
	}
	return 0;
}

/* The seq of the last line of text[0..end), which ends in a newline. */
static json_int_t
last_seq(const char *text, size_t end)
{
	size_t start = end ? end - 1 : 0;
	json_int_t seq;
	json_t *ev;

	while (start > 0 && text[start - 1] != '\n')
		start--;
	if (end == 0 || !(ev = json_loadb(text + start, end - 1 - start, 0, NULL)))
		return 0;
	seq = json_integer_value(json_object_get(ev, "seq"));
	json_decref(ev);
	return seq;
}

/*
 * The picture that decides whether an event was allowed: what the
 * writer saw, the incident in the parent. An event rebased onto others
 * (its seq not above all the parent's) was written before them: it is
 * judged by the events ordered before it.
 */
static int
deciding_picture(json_t **out, struct verify *v, const char *id,
    json_int_t seq)
{
	json_int_t max = json_integer_value(json_object_get(v->picture, "seq"));
	int rc;

	if (seq > max || !v->incident_before) {
		*out = json_incref(v->picture);
		return 0;
	}
	if ((rc = inc__log_read(out, NULL, v->repo, v->incident_before, id,
	    seq)) < 0)
		return rc == INC_EINVALID ? INC_ERROR : rc;
	return 0;
}

static int
is_ic(json_t *picture, json_t *actor)
{
	return inc__is_commander(picture, inc__str(actor, "name"),
	    inc__str(actor, "email"));
}

/*
 * Is the subject s (n bytes) the one the writers gave an event, cut and
 * uncut (whole)? Today's, or an older version's: those cut the text
 * elsewhere (at a byte, not a character) or not at all, and marked a
 * drill's announcements "[drill] " for fewer kinds or none. So after the
 * id, the drill's mark left out, the subject, a "..." at its end left
 * out, must be a prefix of the uncut one, at least as long as today's
 * cut, and end "..." where it stops short.
 */
static int
subject_fits(const char *s, size_t n, const char *cut, const char *whole,
    size_t id, int drill)
{
	size_t cn = strlen(cut), wn = strlen(whole);
	int dots;

	if (n == cn && !memcmp(s, cut, n))
		return 1;
	if (n < id || cn < id || wn < id || memcmp(s, cut, id) ||
	    memcmp(s, whole, id))
		return 0;
	s += id, n -= id, cut += id, cn -= id, whole += id, wn -= id;
	if (drill && n >= 8 && !memcmp(s, "[drill] ", 8))
		s += 8, n -= 8;
	if (drill && cn >= 8 && !memcmp(cut, "[drill] ", 8))
		cut += 8, cn -= 8;
	if (drill && wn >= 8 && !memcmp(whole, "[drill] ", 8))
		whole += 8, wn -= 8;
	if ((dots = (n >= 3 && !memcmp(s + n - 3, "...", 3))))
		n -= 3;
	if (cn >= 3 && !memcmp(cut + cn - 3, "...", 3))
		cn -= 3;
	return n <= wn && !memcmp(s, whole, n) && n >= cn && (dots || n == wn);
}

/*
 * Is the subject of the commit adding ev the one the writers gave it,
 * announced from picture, what its writer saw? A post-mortem was
 * announced by its Markdown's first line before it was by the title, a
 * maintenance notice without its window and components before it had
 * them, and subjects held the characters that hide or reorder text raw before
 * they were shown as \u{202e}. An event of log version 1 is not
 * compared: its vocabulary, and the words it was announced in, were
 * others.
 */
static int
subject_matches(int *out, struct verify *v, json_t *ev, json_t *picture)
{
	const char *msg = git_commit_message(v->commit);
	const char *type = inc__str_or(ev, "type", "");
	size_t n, id = strlen(inc__str_or(ev, "incident", "")) + 2;
	int drill = json_is_true(json_object_get(picture, "drill")) ||
	    json_is_true(json_object_get(ev, "drill")), rc = 0;

	msg = msg ? msg : "";
	n = strcspn(msg, "\n");
	/* log version 1: the tools then announced in words of their own */
	if (v->event_v1) {
		*out = 1;
		return 0;
	}
	*out = 0;
	for (int k = 0; k < 4 && !*out && rc == 0; k++) {
		struct inc_buf cut = {0}, whole = {0};
		int older = k & 1, raw = k >> 1;
		if (older && strcmp(type, "postmortem") &&
		    strcmp(type, "maintenance"))
			continue;
		if ((rc = inc__event_subject(&cut, v->repo, ev, picture, 0,
		    older, raw)) == 0 && (rc = inc__event_subject(&whole,
		    v->repo, ev, picture, 1, older, raw)) == 0)
			*out = subject_fits(msg, n, cut.s, whole.s, id, drill);
		inc__buf_free(&cut);
		inc__buf_free(&whole);
	}
	if (rc == 1) /* a type the tools do not write: nothing to compare */
		*out = 1;
	return rc < 0 ? rc : 0;
}

/*
 * What the writers check before they append an event, checked again:
 * see incident-log(5), "What inc-verify proves".
 */
static int
check_rules(struct verify *v, const char *path, size_t line, json_t *ev,
    const char *text, size_t from)
{
	json_t *picture = v->picture, *decide = NULL, *actor;
	const char *type = inc__str(ev, "type"), *id = inc__str(ev, "incident");
	const char *opened = inc__str(picture, "opened_at"), *why = NULL;
	json_int_t seq = json_integer_value(json_object_get(ev, "seq"));
	json_int_t max = json_integer_value(json_object_get(picture, "seq"));
	json_t *known = json_object_get(v->last, path);
	json_int_t before = known ? json_integer_value(known) :
	    last_seq(text, from);
	int force = json_is_true(json_object_get(ev, "force")), rc, same;
	int64_t at, open_at;

	if (!picture)
		return 0; /* not the first event of its commit: refused already */
	if (!strcmp(type, "open")) {
		if (opened)
			return offence(v, v->oid, path, line, "incident opened twice");
		if (seq != 1)
			return offence(v, v->oid, path, line, "seq %lld out of "
			    "Lamport order (an open's is 1)", (long long)seq);
	} else if (!opened) {
		return offence(v, v->oid, path, line, "event before the incident "
		    "was opened");
	}
	if (seq > max + 1)
		return offence(v, v->oid, path, line, "seq %lld out of Lamport "
		    "order (the incident's highest was %lld)", (long long)seq,
		    (long long)max);
	if (before && seq <= before)
		return offence(v, v->oid, path, line, "seq %lld out of Lamport "
		    "order (the line before has %lld)", (long long)seq,
		    (long long)before);
	if (opened && seq <= 1)
		return offence(v, v->oid, path, line, "seq %lld out of Lamport "
		    "order (not after the open)", (long long)seq);
	inc__time_get(&at, ev, "at");
	if (opened && inc__time_get(&open_at, picture, "opened_at") == 0 &&
	    at < open_at - INC_SKEW_SECONDS &&
	    !(!strcmp(type, "note") && json_is_true(json_object_get(ev,
	    "backfill"))))
		return offence(v, v->oid, path, line, "event dated before the "
		    "incident was opened");
	actor = json_object_get(ev, "actor");
	if ((rc = deciding_picture(&decide, v, id, seq)) < 0)
		return rc;
	/* said once the commit is known to be the tools' (check_commit) */
	if ((rc = subject_matches(&same, v, ev, decide)) < 0) {
		json_decref(decide);
		return rc;
	}
	v->subject_differs = !same;
	if (!force && (!strcmp(type, "state") || !strcmp(type, "handoff") ||
	    !strcmp(type, "title") || !strcmp(type, "mitigated"))) {
		const char *role = inc__str_or(ev, "role", "");
		if (is_ic(decide, actor))
			;
		else if (!strcmp(type, "state"))
			why = "state changed by someone not the incident commander "
			    "(and not forced)";
		else if (strcmp(type, "handoff"))
			why = "title or mitigation recorded by someone not the "
			    "incident commander (and not forced)";
		else if (!strcmp(role, "ic"))
			why = "command handed over by someone not the incident "
			    "commander (and not forced)";
		else if (!inc__is_holder(decide, role, inc__str(actor, "name"),
		    inc__str(actor, "email")))
			why = "role assigned by someone neither the incident "
			    "commander nor its holder (and not forced)";
	}
	json_decref(decide);
	if (why)
		return offence(v, v->oid, path, line, "%s", why);
	if (json_object_set_new(v->last, path, json_integer(seq)) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	return inc__picture_apply(picture, ev);
}

struct occurrences {
	git_repository *git;
	char needle[128];
	size_t n;
};

/* How often needle is in each log below incidents/ (a git_tree_walk). */
static int
count_occurrences(const char *root, const git_tree_entry *entry, void *data)
{
	struct occurrences *o = data;
	const char *t, *end;
	size_t nlen = strlen(o->needle);
	git_blob *b = NULL;

	(void)root;
	if (!is_log(entry) ||
	    git_blob_lookup(&b, o->git, git_tree_entry_id(entry)) < 0)
		return 0;
	t = git_blob_rawcontent(b);
	end = t + git_blob_rawsize(b);
	for (; t && (size_t)(end - t) >= nlen; t++)
		if (!(t = memchr(t, '"', (size_t)(end - t))))
			break;
		else if ((size_t)(end - t) >= nlen && !memcmp(t, o->needle, nlen))
			o->n++;
	git_blob_free(b);
	return 0;
}

/*
 * An event id seen before, on a line that is the same append made in
 * two lines of history (a cherry-pick of an event, then a merge of the
 * branch it was picked from): HEAD's tree has the very line at that
 * place, and the id nowhere else. As every log only grew, each line
 * ever appended is still at its place in HEAD's tree, so the two were
 * at the same place, and the logs hold the event once.
 */
static int
same_append(struct verify *v, const char *path, size_t line,
    const char *text, size_t len, const char *evid)
{
	git_commit *head = NULL;
	git_tree *tree = NULL, *logs = NULL;
	git_tree_entry *entry = NULL;
	git_blob *b = NULL;
	struct occurrences o = {.git = v->repo->git};
	const char *t, *end;
	int same = 0;

	if (!v->head || git_commit_lookup(&head, v->repo->git, v->head) < 0 ||
	    git_commit_tree(&tree, head) < 0 ||
	    git_tree_entry_bypath(&entry, tree, path) < 0 ||
	    git_blob_lookup(&b, v->repo->git, git_tree_entry_id(entry)) < 0)
		goto out;
	t = git_blob_rawcontent(b);
	end = t + git_blob_rawsize(b);
	for (size_t n = 1; t && t < end && n < line; n++)
		if ((t = memchr(t, '\n', (size_t)(end - t))))
			t++;
	if (!t || (size_t)(end - t) <= len || memcmp(t, text, len) ||
	    t[len] != '\n')
		goto out;
	git_tree_entry_free(entry);
	entry = NULL;
	snprintf(o.needle, sizeof(o.needle), "\"id\":\"%.100s\"", evid);
	if (git_tree_entry_bypath(&entry, tree, INC_DIR) == 0 &&
	    git_tree_lookup(&logs, v->repo->git, git_tree_entry_id(entry)) == 0 &&
	    git_tree_walk(logs, GIT_TREEWALK_PRE, count_occurrences, &o) == 0)
		same = o.n == 1;
out:
	git_blob_free(b);
	git_tree_entry_free(entry);
	git_tree_free(logs);
	git_tree_free(tree);
	git_commit_free(head);
	return same;
}

/* The lines a non-merge commit appends: each a new, valid event. */
static int
check_lines(struct verify *v, const char *path, const char *id,
    const char *text, size_t size, size_t from, size_t line)
{
	const char *p = text + from, *end = text + size, *nl;
	int64_t at, recorded, committed = git_commit_time(v->commit);
	json_t *ev;
	int rc, again;

	for (; p < end; p = nl + 1) {
		line++;
		if (!(nl = memchr(p, '\n', (size_t)(end - p))))
			return offence(v, v->oid, path, line, "truncated event (no "
			    "newline)");
		/* no path in its message: only the reason, after ":LINE: " */
		if ((rc = inc__check_event(&ev, id, "", line, p,
		    (size_t)(nl - p))) < 0) {
			const char *why = strstr(inc_error(), ": ");
			if (rc != INC_EINVALID)
				return rc;
			return offence(v, v->oid, path, line, "%s", why ? why + 2 :
			    inc_error());
		}
		if (++v->added > 1) {
			json_decref(ev);
			return offence(v, v->oid, path, line, "commit adds more than "
			    "one event");
		}
		v->event = ev;
		/* read as version 2 now: was it written as 1? ("v" is last
		 * in a line the tools write, its keys sorted) */
		v->event_v1 = nl - p >= 7 && !memcmp(nl - 7, ",\"v\":1}", 7);
		snprintf(v->event_path, sizeof(v->event_path), "%s", path);
		v->event_line = line;
		if ((rc = strset_add(&v->event_ids, json_string_value(
		    json_object_get(ev, "id")))) < 0)
			return rc;
		if (rc == 0 && !same_append(v, path, line, p, (size_t)(nl - p),
		    json_string_value(json_object_get(ev, "id"))))
			return offence(v, v->oid, path, line, "duplicate event id");
		again = rc == 0;
		if ((rc = strset_add(&v->incidents, id)) < 0)
			return rc;
		inc__time_get(&at, ev, "at");
		inc__time_get(&recorded, ev, "recorded_at");
		if (at > recorded + SKEW_SECONDS)
			return offence(v, v->oid, path, line, "event dated after it "
			    "was recorded");
		if (recorded > committed + SKEW_SECONDS)
			return offence(v, v->oid, path, line, "event recorded after "
			    "its commit");
		if (recorded > v->now + FUTURE_SECONDS)
			return offence(v, v->oid, path, line, "event recorded in the "
			    "future");
		if (recorded > v->now + INC_SKEW_SECONDS && !v->ahead_said) {
			char hex[GIT_OID_HEXSZ + 1], how[32];
			git_oid_tostr(hex, sizeof(hex), v->oid);
			inc__duration(how, recorded - v->now);
			inc__warn("%s: %s:%zu: event recorded %s ahead of this "
			    "machine's clock: is a clock wrong?", hex, path, line,
			    how);
			v->ahead_said = 1;
		}
		if ((rc = check_rules(v, path, line, ev, text, from)) < 0)
			return rc;
		if (!again)
			v->res->events++;
	}
	return 0;
}

/*
 * Did a log file only grow, from o to n (o a prefix of n)? 0 when it did;
 * else the line of n, from 1, where they part, and *what says how: an
 * event edited, removed or reordered. inc-sync asks it too.
 */
size_t
inc__log_rewritten(const char **what, const char *o, size_t olen,
    const char *n, size_t nlen)
{
	size_t d;

	*what = NULL;
	if (nlen >= olen && !memcmp(o, n, olen))
		return 0;
	for (d = 0; d < olen && d < nlen && o[d] == n[d]; d++)
		;
	while (d > 0 && n[d - 1] != '\n') /* back to the line's start */
		d--;
	if (nlen >= olen && reordered(o, n, olen))
		*what = "events reordered";
	else	/* fewer lines, not fewer bytes: 80% made 8% is an edit */
		*what = count_lines(n, nlen) < count_lines(o, olen) ?
		    "event removed" : "event edited";
	return count_lines(n, d) + 1;
}

/* One log file: the parent's version (old, or none) a prefix of this one. */
static int
check_file(struct verify *v, size_t parent, const git_tree_entry *old,
    const git_tree_entry *new, const char *path, const char *id)
{
	git_blob *ob = NULL, *nb = NULL;
	const char *o = "", *n, *what;
	size_t olen = 0, nlen, d;
	int rc;

	if ((old && (rc = blob_lookup(&ob, v, git_tree_entry_id(old))) < 0) ||
	    (rc = blob_lookup(&nb, v, git_tree_entry_id(new))) < 0) {
		rc = inc__git_fail(rc, path);
		goto out;
	}
	if (ob) {
		o = git_blob_rawcontent(ob);
		olen = (size_t)git_blob_rawsize(ob);
	}
	n = git_blob_rawcontent(nb);
	nlen = (size_t)git_blob_rawsize(nb);
	if (!v->changed[0])
		snprintf(v->changed, sizeof(v->changed), "%s", path);
	if ((d = inc__log_rewritten(&what, o, olen, n, nlen))) {
		rc = offence(v, v->oid, path, d, "%s", what);
		goto out;
	}
	if (v->nparents > 1) {
		/* a merge takes each file from one side: it writes nothing */
		d = count_lines(o, olen);
		if (parent == 0 && !in_other_parent(v, path + sizeof(INC_DIR),
		    git_tree_entry_id(new), &d))
			rc = offence(v, v->oid, path, d + 1, "merge adds an event");
		else
			rc = 0;
		goto out;
	}
	rc = check_lines(v, path, id, n, nlen, olen, count_lines(o, olen));
out:
	git_blob_free(ob);
	git_blob_free(nb);
	return rc;
}

static int compare(struct verify *v, size_t parent, git_tree *old,
    git_tree *new, int depth, const char *path, const char *id);

/*
 * An incident's directory in a commit that is not a merge, against its
 * parent's (old, or NULL): checked with its picture as of the parent,
 * which is then kept with the new tree.
 */
static int
compare_incident(struct verify *v, git_tree *old, git_tree *new,
    const char *path, const char *id)
{
	json_t *kept = json_object_get(v->pictures, id), *entry;
	const char *tree = inc__str(kept, "tree");
	char hex[GIT_OID_HEXSZ + 1] = "";
	int rc;

	if (old)
		git_oid_tostr(hex, sizeof(hex), git_tree_id(old));
	if (old && tree && !strcmp(tree, hex)) {
		/* taken, not shared: the event added changes them */
		v->picture = json_incref(json_object_get(kept, "picture"));
		v->last = json_incref(json_object_get(kept, "last"));
		json_object_del(v->pictures, id);
	} else {
		if (!old)
			v->picture = inc__picture_new(id);
		else if ((rc = inc__log_read(&v->picture, NULL, v->repo, old,
		    id, 0)) < 0)
			return rc == INC_EINVALID ? INC_ERROR : rc;
		v->last = json_object();
	}
	if (!v->picture || !v->last) {
		json_decref(v->picture);
		json_decref(v->last);
		v->picture = v->last = NULL;
		return inc__fail(INC_ERROR, "out of memory");
	}
	v->incident_before = old;
	rc = compare(v, 0, old, new, 3, path, id);
	v->incident_before = NULL;
	git_oid_tostr(hex, sizeof(hex), git_tree_id(new));
	if (rc == 0 && (!(entry = json_pack("{s:s, s:O, s:O}", "tree", hex,
	    "picture", v->picture, "last", v->last)) ||
	    json_object_set_new(v->pictures, id, entry) < 0))
		rc = inc__fail(INC_ERROR, "out of memory");
	json_decref(v->picture);
	json_decref(v->last);
	v->picture = v->last = NULL;
	return rc;
}

/*
 * A tree below incidents/ (depth 0 incidents/ itself, 1 a year, 2 a month,
 * 3 an incident's directory of log files) against its parent's (old, or
 * NULL), descending only where the ids differ.
 */
static int
compare(struct verify *v, size_t parent, git_tree *old, git_tree *new,
    int depth, const char *path, const char *id)
{
	char sub[600];
	int rc = 0;

	for (size_t i = 0; old && i < git_tree_entrycount(old); i++) {
		const git_tree_entry *o = git_tree_entry_byindex(old, i), *n;
		git_tree *t = NULL;
		int gone;
		if (depth == 2 && !wanted(v, git_tree_entry_name(o)))
			continue;
		n = new ? git_tree_entry_byname(new, git_tree_entry_name(o)) : NULL;
		if (depth == 3) {
			if (!is_log(o) || (n && is_log(n)))
				continue;
			snprintf(sub, sizeof(sub), "%s/%s", path,
			    git_tree_entry_name(o));
			return offence(v, v->oid, sub, 0, "log file deleted");
		}
		if (git_tree_entry_type(o) != GIT_OBJECT_TREE ||
		    (n && git_tree_entry_type(n) == GIT_OBJECT_TREE))
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, git_tree_entry_name(o));
		if ((rc = git_tree_lookup(&t, v->repo->git,
		    git_tree_entry_id(o))) < 0)
			return inc__git_fail(rc, sub);
		gone = first_log(sub, sizeof(sub), v->repo, t, depth + 1, sub);
		git_tree_free(t);
		if (gone)
			return offence(v, v->oid, sub, 0, "log file deleted");
	}
	for (size_t i = 0; new && i < git_tree_entrycount(new); i++) {
		const git_tree_entry *n = git_tree_entry_byindex(new, i), *o;
		git_tree *ot = NULL, *nt = NULL;
		const char *name = git_tree_entry_name(n);
		if (depth == 2 && !wanted(v, name))
			continue;
		o = old ? git_tree_entry_byname(old, name) : NULL;
		if (o && git_tree_entry_type(o) != git_tree_entry_type(n))
			o = NULL;
		if (o && git_oid_equal(git_tree_entry_id(o), git_tree_entry_id(n)))
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, name);
		if (depth == 3) {
			if (is_log(n) &&
			    git_tree_entry_filemode(n) == GIT_FILEMODE_LINK)
				return offence(v, v->oid, sub, 0, "a symbolic link, "
				    "not a log file");
			if (is_log(n) && (rc = check_file(v, parent, o && is_log(o) ?
			    o : NULL, n, sub, id)) < 0)
				return rc;
			continue;
		}
		if (git_tree_entry_type(n) != GIT_OBJECT_TREE)
			continue;
		/* incidents/YYYY/MM/ID: the year and month of its id, where
		 * every reader looks for it (a second log of one id, put
		 * under another month, is one no reader sees) */
		if (depth == 2 && inc__id_valid(name) &&
		    !inc__id_in_dir(name, path))
			return offence(v, v->oid, sub, 0, "an incident's log "
			    "under a month not its id's");
		if ((o && (rc = tree_lookup(&ot, v, git_tree_entry_id(o))) < 0) ||
		    (rc = tree_lookup(&nt, v, git_tree_entry_id(n))) < 0)
			rc = inc__git_fail(rc, sub);
		else if (depth == 2 && v->nparents <= 1)
			rc = compare_incident(v, ot, nt, sub, name);
		else
			rc = compare(v, parent, ot, nt, depth + 1, sub,
			    depth == 2 ? name : id);
		git_tree_free(ot);
		git_tree_free(nt);
		if (rc < 0)
			return rc;
	}
	return 0;
}

/*
 * A trailer's value, as the writers write them: "Key: value" lines in the
 * message's last paragraph. Not git's trailer rules, which stop at a line
 * starting "---" that a note may hold. *value is NULL when the key is not
 * there or is there twice; the caller frees it.
 */
static int
trailer(char **value, const char *message, const char *key)
{
	const char *end = message + strlen(message), *p, *line, *nl;
	size_t n = strlen(key);

	*value = NULL;
	while (end > message && (end[-1] == '\n' || end[-1] == ' '))
		end--;
	for (p = end; p > message && !(p[-1] == '\n' && p - 1 > message &&
	    p[-2] == '\n'); p--)
		;
	for (line = p; line < end; line = nl + 1) {
		if (!(nl = memchr(line, '\n', (size_t)(end - line))))
			nl = end;
		if ((size_t)(nl - line) < n + 2 || strncmp(line, key, n) ||
		    strncmp(line + n, ": ", 2))
			continue;
		if (*value) {
			free(*value);
			*value = NULL;
			return 0; /* twice: neither is the one */
		}
		if (!(*value = strndup(line + n + 2, (size_t)(nl - line - n - 2))))
			return inc__fail(INC_ERROR, "out of memory");
	}
	return 0;
}

/*
 * The author as the writers made it: git_signature_new() trims the
 * actor's name and email as libgit2 does ("Martin Luther King Jr."
 * becomes "... Jr"), and so does every reader of the commit.
 */
static int
author_is_actor(const git_signature *author, json_t *actor)
{
	git_signature *made = NULL;
	int same;

	if (git_signature_new(&made, inc__str_or(actor, "name", ""),
	    inc__str_or(actor, "email", ""), 0, 0) < 0)
		return 0;
	same = !strcmp(author->name, made->name) &&
	    !strcmp(author->email, made->email);
	git_signature_free(made);
	return same;
}

/* The commit that adds an event: its author and message name it. */
static int
check_commit(struct verify *v)
{
	const git_signature *author = git_commit_author(v->commit);
	const char *message = git_commit_message(v->commit);
	const char *id = inc__str_or(v->event, "incident", ""), *subject;
	const char *keys[3][2] = {
		{"Incident", id},
		{"Event", inc__str_or(v->event, "type", "")},
		{"Event-Id", inc__str_or(v->event, "id", "")}
	};
	size_t n = strlen(id);
	char *t = NULL;
	int rc = 0;

	if (!author_is_actor(author, json_object_get(v->event, "actor")))
		return offence(v, v->oid, v->event_path, v->event_line,
		    "author is not the event's actor");
	subject = git_commit_summary(v->commit);
	if (!subject || strncmp(subject, id, n) || strncmp(subject + n, ": ", 2))
		return offence(v, v->oid, v->event_path, v->event_line,
		    "subject does not name the incident");
	for (int i = 0; i < 3 && rc == 0; i++) {
		if ((rc = trailer(&t, message ? message : "", keys[i][0])) < 0)
			break;
		if (!t || strcmp(t, keys[i][1]))
			rc = offence(v, v->oid, v->event_path, v->event_line,
			    "%s trailer does not match the event", keys[i][0]);
		free(t);
		t = NULL;
	}
	if (rc == 0 && v->subject_differs)
		rc = offence(v, v->oid, v->event_path, v->event_line,
		    "subject does not match the event");
	return rc;
}

static int
check_signature(struct verify *v)
{
	int rc = inc__signature_check(v->repo, v->oid);

	if (rc == INC_EINVALID)
		return offence(v, v->oid, v->changed[0] ? v->changed : INC_DIR, 0,
		    "%s", inc_error());
	return rc;
}

static void
commit_done(struct verify *v)
{
	for (size_t i = 0; v->parents && i < v->nparents; i++)
		git_tree_free(v->parents[i]);
	free(v->parents);
	v->parents = NULL;
	v->nparents = 0;
	json_decref(v->event);
	v->event = NULL;
	git_commit_free(v->commit);
	v->commit = NULL;
}

static int
check_one(struct verify *v, const git_oid *oid)
{
	git_tree *tree = NULL;
	int rc, touched = 0;

	v->oid = oid;
	v->added = 0;
	v->subject_differs = 0;
	v->changed[0] = '\0';
	if ((rc = commit_lookup(&v->commit, v, oid)) < 0)
		return inc__git_fail(rc, "commit");
	if ((rc = incidents_tree(&tree, v, v->commit)) < 0)
		goto out;
	v->nparents = git_commit_parentcount(v->commit);
	if (!(v->parents = calloc(v->nparents + 1, sizeof(*v->parents)))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	for (size_t i = 0; i < v->nparents; i++) {
		git_commit *p = NULL;
		if ((rc = commit_lookup(&p, v, git_commit_parent_id(v->commit,
		    (unsigned int)i))) < 0) {
			rc = inc__git_fail(rc, "parent");
			goto out;
		}
		rc = incidents_tree(&v->parents[i], v, p);
		git_commit_free(p);
		if (rc < 0)
			goto out;
	}
	for (size_t i = 0; i < (v->nparents ? v->nparents : 1); i++) {
		git_tree *p = v->nparents ? v->parents[i] : NULL;
		if ((!p && !tree) || (p && tree &&
		    git_oid_equal(git_tree_id(p), git_tree_id(tree))))
			continue;
		touched |= i == 0;
		if ((rc = compare(v, i, p, tree, 0, INC_DIR, NULL)) < 0)
			goto out;
	}
	if (!touched || !v->changed[0])
		goto out;
	if (v->nparents <= 1 && !v->added) {
		rc = offence(v, oid, v->changed, 0, "commit adds no event");
		goto out;
	}
	if (v->nparents <= 1 && (rc = check_commit(v)) < 0)
		goto out;
	if (v->args->signatures)
		rc = check_signature(v);
out:
	git_tree_free(tree);
	commit_done(v);
	memo_next(v);
	return rc;
}

/* A tip seen before must still be HEAD's, or one of its ancestors. */
static int
still_ancestor(const git_oid *head, const git_oid *tip, inc_repo *repo)
{
	if (!head)
		return 0;
	return git_oid_equal(head, tip) ||
	    git_graph_descendant_of(repo->git, head, tip) == 1;
}

/*
 * The newest entry of a remote-tracking branch's reflog that a run found
 * a fast-forward, as "NEW-ID TIME" (its new id and its time), in the
 * git directory as incident-cache/verify-reflog-HASH (HASH of the
 * branch's name), unsynced: lost, every entry is checked again. It is
 * kept as the reflog is, where anyone who can write the repository could
 * as well rewrite the reflog; --full reads neither it nor the cache.
 */
static void
reflog_mark_path(char *out, size_t size, struct verify *v,
    const char *refname)
{
	snprintf(out, size, "%sincident-cache/verify-reflog-%016llx",
	    v->repo->commondir, (unsigned long long)hash(refname,
	    strlen(refname)));
}

static void
reflog_mark_text(char *out, size_t size, const git_reflog_entry *e)
{
	const git_signature *who = git_reflog_entry_committer(e);
	char hex[GIT_OID_HEXSZ + 1];

	git_oid_tostr(hex, sizeof(hex), git_reflog_entry_id_new(e));
	snprintf(out, size, "%s %lld\n", hex, who ? (long long)who->when.time :
	    0LL);
}

/* How many of the newest entries are newer than the one marked: all
 * when none is marked, or the marked one is no longer in the reflog */
static size_t
reflog_unchecked(struct verify *v, const char *refname, git_reflog *log)
{
	size_t n = git_reflog_entrycount(log), len;
	char path[4096], mark[GIT_OID_HEXSZ + 32], text[GIT_OID_HEXSZ + 32];
	FILE *f;

	if (v->args->full)
		return n;
	reflog_mark_path(path, sizeof(path), v, refname);
	if (!(f = fopen(path, "r")))
		return n;
	len = fread(mark, 1, sizeof(mark) - 1, f);
	fclose(f);
	mark[len] = '\0';
	for (size_t i = 0; i < n; i++) {
		reflog_mark_text(text, sizeof(text), git_reflog_entry_byindex(log,
		    i));
		if (!strcmp(text, mark))
			return i;
	}
	return n;
}

/*
 * Every update a remote-tracking branch had was a fast-forward: each
 * entry of its reflog since the one an earlier run marked, oldest first.
 */
static int
check_reflog(struct verify *v, const char *refname)
{
	git_reflog *log = NULL;
	char hex[GIT_OID_HEXSZ + 1], path[4096], text[GIT_OID_HEXSZ + 32];
	size_t i;
	int rc;

	/* none (a fresh clone's): nothing to check, and nothing to make */
	if ((rc = git_reference_has_log(v->repo->git, refname)) <= 0)
		return rc < 0 ? inc__git_fail(rc, refname) : 0;
	if ((rc = git_reflog_read(&log, v->repo->git, refname)) < 0)
		return inc__git_fail(rc, refname);
	for (i = reflog_unchecked(v, refname, log); i-- > 0;) {
		const git_reflog_entry *e = git_reflog_entry_byindex(log, i);
		const git_oid *old = git_reflog_entry_id_old(e);
		const git_oid *new = git_reflog_entry_id_new(e);
		if (git_oid_is_zero(old) || git_oid_is_zero(new) ||
		    still_ancestor(new, old, v->repo))
			continue;
		git_oid_tostr(hex, sizeof(hex), new);
		rc = offence(v, old, refname, 0, "history rewritten (forced "
		    "update to %s)", hex);
		break;
	}
	/* the newest checked, for the next run (a failure is no error) */
	if (rc == 0 && git_reflog_entrycount(log) > 0) {
		reflog_mark_text(text, sizeof(text), git_reflog_entry_byindex(log,
		    0));
		snprintf(path, sizeof(path), "%sincident-cache",
		    v->repo->commondir);
		if (mkdir(path, 0777) == 0 || errno == EEXIST) {
			reflog_mark_path(path, sizeof(path), v, refname);
			inc__file_replace(path, text, strlen(text), 0, NULL);
		}
	}
	git_reflog_free(log);
	return rc;
}

#define SEEN_REFS "refs/incident/seen/"

/*
 * A verified tip no longer in HEAD's history: the commits dropped (in
 * its history, not in HEAD's) and the lines they appended, against the
 * lines HEAD's own new commits (in its history, not in the tip's)
 * append. A rebase of one's own unpushed events (git pull --rebase)
 * drops commits whose every line is in HEAD's history as the very same
 * bytes, and none of which was ever pushed or fetched.
 */
struct rewrite {
	struct strset lines;   /* the lines HEAD's new commits append */
	struct strset ids;     /* and their event ids */
	struct strset dropped; /* the dropped commits, as hex */
	struct strset dropped_ids; /* the ids of their events */
	struct strset authored; /* their authors, dates and messages */
	size_t commits, events; /* dropped, as the walk counts them */
	int is_head;           /* walking HEAD's side, not the dropped one */
	git_oid saved;         /* the verified tip dropped */
};

static void
rewrite_free(struct rewrite *rw)
{
	strset_free(&rw->lines);
	strset_free(&rw->ids);
	strset_free(&rw->dropped);
	strset_free(&rw->dropped_ids);
	strset_free(&rw->authored);
}

/*
 * What a rebase keeps of a commit: its author, author date and message,
 * as one string (free it).
 */
static char *
authored(git_commit *c)
{
	const git_signature *a = git_commit_author(c);
	struct inc_buf b = {0};

	inc__buf_printf(&b, "%s\n%s\n%lld\n%s", a->name, a->email,
	    (long long)a->when.time, git_commit_message(c) ?
	    git_commit_message(c) : "");
	return inc__buf_take(&b);
}

/* An event's id, from its line; NULL when it has none. Free it. */
static char *
line_id(const char *line, size_t len)
{
	json_t *ev = json_loadb(line, len, 0, NULL);
	const char *id = json_string_value(json_object_get(ev, "id"));
	char *copy = id ? strdup(id) : NULL;

	json_decref(ev);
	return copy;
}

/* One line appended by commit to path, at line number n. */
static int
rewrite_line(struct verify *v, struct rewrite *rw, const git_oid *commit,
    const char *path, size_t n, const char *text, size_t len)
{
	char *line = strndup(text, len), *id = line_id(text, len);
	int rc = 0;

	if (!line)
		rc = inc__fail(INC_ERROR, "out of memory");
	else if (rw->is_head) {
		if ((rc = strset_add(&rw->lines, line)) >= 0 && id)
			rc = strset_add(&rw->ids, id);
	} else if (!strset_has(&rw->lines, line)) {
		if (id && strset_has(&rw->ids, id))
			rc = offence(v, commit, path, n, "event changed in a rewrite "
			    "(HEAD's history has its id on another line)");
		else
			rc = offence(v, commit, path, n, "event lost in a rewrite "
			    "(it is no longer in HEAD's history)");
	} else {
		rw->events++;
		if (id)
			rc = strset_add(&rw->dropped_ids, id);
	}
	free(line);
	free(id);
	return rc < 0 ? rc : 0;
}

/*
 * The lines one commit (not a merge: it adds none of its own) appends
 * to the logs below incidents/, against its first parent, to rewrite_line; a file
 * that did not only grow is the walk's to name (HEAD's side) or was
 * seen by the verify that saved the tip (the dropped side).
 */
static int
commit_lines(struct verify *v, struct rewrite *rw, git_commit *c)
{
	git_commit *p = NULL;
	git_tree *t = NULL, *pt = NULL;
	git_diff *diff = NULL;
	int rc;

	if (git_commit_parentcount(c) > 1)
		return 0;
	if ((git_commit_parentcount(c) == 1 &&
	    ((rc = git_commit_parent(&p, c, 0)) < 0 ||
	    (rc = git_commit_tree(&pt, p)) < 0)) ||
	    (rc = git_commit_tree(&t, c)) < 0 ||
	    (rc = git_diff_tree_to_tree(&diff, v->repo->git, pt, t, NULL)) < 0) {
		rc = inc__git_fail(rc, "history");
		goto out;
	}
	for (size_t i = 0; rc == 0 && i < git_diff_num_deltas(diff); i++) {
		const git_diff_delta *d = git_diff_get_delta(diff, i);
		git_blob *ob = NULL, *nb = NULL;
		const char *o = "", *n, *nl;
		size_t olen = 0, nlen, line;
		/* the logs only: not the team's settings.json */
		if (strncmp(d->new_file.path, INC_DIR "/", sizeof(INC_DIR)) ||
		    !inc__is_log_name(d->new_file.path) ||
		    git_blob_lookup(&nb, v->repo->git, &d->new_file.id) < 0)
			continue;
		if (!git_oid_is_zero(&d->old_file.id) && git_blob_lookup(&ob,
		    v->repo->git, &d->old_file.id) == 0) {
			o = git_blob_rawcontent(ob);
			olen = (size_t)git_blob_rawsize(ob);
		}
		n = git_blob_rawcontent(nb);
		nlen = (size_t)git_blob_rawsize(nb);
		line = count_lines(o, olen);
		if (nlen >= olen && !memcmp(o, n, olen))
			for (const char *l = n + olen; rc == 0 && l < n + nlen;
			    l = nl + 1) {
				if (!(nl = memchr(l, '\n', (size_t)(n + nlen - l))))
					nl = n + nlen;
				rc = rewrite_line(v, rw, git_commit_id(c),
				    d->new_file.path, ++line, l, (size_t)(nl - l));
			}
		git_blob_free(ob);
		git_blob_free(nb);
	}
out:
	git_diff_free(diff);
	git_tree_free(t);
	git_tree_free(pt);
	git_commit_free(p);
	return rc;
}

/* The commits of tip's history that hide's lacks, each to commit_lines. */
static int
side_lines(struct verify *v, struct rewrite *rw, const git_oid *tip,
    const git_oid *hide)
{
	git_revwalk *w = NULL;
	git_oid oid;
	int rc;

	if ((rc = git_revwalk_new(&w, v->repo->git)) < 0 ||
	    (rc = git_revwalk_sorting(w, GIT_SORT_TOPOLOGICAL |
	    GIT_SORT_REVERSE)) < 0 ||
	    (rc = git_revwalk_push(w, tip)) < 0 ||
	    (rc = git_revwalk_hide(w, hide)) < 0) {
		rc = inc__git_fail(rc, "history");
		goto out;
	}
	while ((rc = git_revwalk_next(&oid, w)) == 0) {
		git_commit *c = NULL;
		char hex[GIT_OID_HEXSZ + 1];
		if ((rc = git_commit_lookup(&c, v->repo->git, &oid)) < 0) {
			rc = inc__git_fail(rc, "history");
			goto out;
		}
		if (!rw->is_head) {
			char *key = authored(c);
			rw->commits++;
			git_oid_tostr(hex, sizeof(hex), &oid);
			if ((rc = strset_add(&rw->dropped, hex)) >= 0)
				rc = key ? strset_add(&rw->authored, key) :
				    inc__fail(INC_ERROR, "out of memory");
			free(key);
		}
		if (rc >= 0)
			rc = commit_lines(v, rw, c);
		git_commit_free(c);
		if (rc < 0)
			goto out;
	}
	rc = rc == GIT_ITEROVER ? 0 : inc__git_fail(rc, "history");
out:
	git_revwalk_free(w);
	return rc;
}

/*
 * A dropped commit that was shared: in the history of a remote-tracking
 * branch, or of a remote's tip this clone saw (pushed or fetched), where
 * HEAD's history is not. 1 and the offence when one is.
 */
static int
shared_dropped(struct verify *v, struct rewrite *rw, const git_oid *head)
{
	static const char *const globs[] = {"refs/remotes/*", SEEN_REFS "*"};
	int rc = 0;

	for (size_t g = 0; g < 2 && rc == 0; g++) {
		git_reference_iterator *refs = NULL;
		git_reference *ref = NULL;
		const char *name;
		if ((rc = git_reference_iterator_glob_new(&refs, v->repo->git,
		    globs[g])) < 0)
			return inc__git_fail(rc, globs[g]);
		while (rc == 0 && git_reference_next(&ref, refs) == 0) {
			git_revwalk *w = NULL;
			const git_oid *tip = git_reference_target(ref);
			git_oid oid;
			char hex[GIT_OID_HEXSZ + 1];
			/* a symbolic ref (origin/HEAD) is named by its target; a
			 * ref that names no commit here is not this check's */
			name = git_reference_name(ref);
			if (!tip || git_revwalk_new(&w, v->repo->git) < 0 ||
			    git_revwalk_push(w, tip) < 0 ||
			    git_revwalk_hide(w, head) < 0) {
				git_revwalk_free(w);
				git_reference_free(ref);
				continue;
			}
			while (rc == 0 && git_revwalk_next(&oid, w) == 0) {
				git_oid_tostr(hex, sizeof(hex), &oid);
				if (strset_has(&rw->dropped, hex))
					rc = offence(v, &oid, name, 0, "shared history "
					    "rewritten (pushed or fetched, no longer in "
					    "HEAD's history)");
			}
			git_revwalk_free(w);
			git_reference_free(ref);
		}
		git_reference_iterator_free(refs);
	}
	return rc;
}

/*
 * Where the rebased commits now sit: the first commit down HEAD's first
 * parents that is not a copy of one of them (its author, date and
 * message, which a rebase keeps).
 */
static void
rebased_onto(char *hex, size_t size, struct verify *v, struct rewrite *rw,
    const git_oid *head)
{
	git_commit *c = NULL, *p = NULL;
	char *key;
	int moved = 1;

	git_oid_tostr(hex, size, head);
	if (git_commit_lookup(&c, v->repo->git, head) < 0)
		return;
	while (moved && git_commit_parentcount(c) == 1) {
		moved = (key = authored(c)) && strset_has(&rw->authored, key);
		free(key);
		if (!moved || git_commit_parent(&p, c, 0) < 0)
			break;
		git_commit_free(c);
		c = p, p = NULL;
		git_oid_tostr(hex, size, git_commit_id(c));
	}
	git_commit_free(c);
}

/*
 * The verified tip saved is no longer in HEAD's history: an offence
 * naming what was lost, changed or shared, or the user's own events
 * rebased, said in v->res->note, with what they dropped in *rw for the
 * cache.
 */
static int
check_rewrite(struct verify *v, struct rewrite *rw, const git_oid *head,
    const git_oid *saved, const char *ref)
{
	char onto[GIT_OID_HEXSZ + 1], line[200];
	int rc;

	if (!head)
		return offence(v, saved, ref, 0, "history rewritten (not an "
		    "ancestor of HEAD)");
	git_oid_cpy(&rw->saved, saved);
	rw->is_head = 1;
	if ((rc = side_lines(v, rw, head, saved)) < 0)
		return rc;
	rw->is_head = 0;
	if ((rc = side_lines(v, rw, saved, head)) < 0 ||
	    (rc = shared_dropped(v, rw, head)) < 0)
		return rc;
	rebased_onto(onto, sizeof(onto), v, rw, head);
	if (rw->events)
		snprintf(line, sizeof(line), "%zu unpushed event%s rebased onto "
		    "%.12s, each kept as it was: not a rewrite", rw->events,
		    rw->events == 1 ? " was" : "s were", onto);
	else /* commits of other files only, or merges */
		snprintf(line, sizeof(line), "%zu unpushed commit%s rebased onto "
		    "%.12s, with no event: not a rewrite", rw->commits,
		    rw->commits == 1 ? " was" : "s were", onto);
	if (!(v->res->note = strdup(line)))
		return inc__fail(INC_ERROR, "out of memory");
	return 0;
}


/*
 * Every remote-tracking branch of the name of HEAD's: its reflog shows
 * only fast-forwards, and the tip saved when it was last seen (a ref
 * below SEEN_REFS, which outlives a branch deleted and fetched again
 * with --prune, and its reflog) is still in its history.
 */
static int
check_remote(struct verify *v, const char *refname)
{
	git_oid tip, seen;
	char ref[1024];
	int rc;

	if ((rc = check_reflog(v, refname)) < 0)
		return rc;
	snprintf(ref, sizeof(ref), SEEN_REFS "%.900s",
	    refname + strlen("refs/remotes/"));
	if (git_reference_name_to_id(&seen, v->repo->git, ref) < 0 ||
	    git_reference_name_to_id(&tip, v->repo->git, refname) < 0 ||
	    still_ancestor(&tip, &seen, v->repo))
		return 0;
	return offence(v, &seen, refname, 0, "history rewritten (seen "
	    "before, no longer in it)");
}

/* The tips this run saw, for the next; a failure is said, not fatal. */
static void
save_tips(struct verify *v, const git_oid *head, const char *branch)
{
	git_reference_iterator *refs = NULL;
	git_reference *saved = NULL;
	const char *name;
	char ref[1024], tail[1024];
	git_oid tip;
	int rc;

	snprintf(ref, sizeof(ref), VERIFIED_REFS "%.900s", branch);
	if ((rc = git_reference_create(&saved, v->repo->git, ref, head, 1,
	    "inc-verify")) < 0)
		goto out;
	git_reference_free(saved), saved = NULL;
	if ((rc = git_reference_iterator_glob_new(&refs, v->repo->git,
	    "refs/remotes/*")) < 0)
		goto out;
	snprintf(tail, sizeof(tail), "/%.900s", branch);
	while (git_reference_next_name(&name, refs) == 0) {
		size_t n = strlen(name), b = strlen(tail);
		if (n <= b || strcmp(name + n - b, tail) ||
		    git_reference_name_to_id(&tip, v->repo->git, name) < 0)
			continue;
		snprintf(ref, sizeof(ref), SEEN_REFS "%.900s",
		    name + strlen("refs/remotes/"));
		if ((rc = git_reference_create(&saved, v->repo->git, ref, &tip, 1,
		    "inc-verify")) < 0)
			goto out;
		git_reference_free(saved), saved = NULL;
	}
	rc = 0;
out:
	if (rc < 0) {
		const git_error *e = git_error_last();
		inc__warn("%s: the tip could not be saved: %s", ref,
		    e && e->message ? e->message : "git error");
	}
	git_reference_iterator_free(refs);
}

/*
 * The state of the last verified tip, kept beside it for the next run:
 * what checking the commits after it needs (the ids of every event in its
 * history, the incidents, the counts), in the git directory as
 * incident-cache/verify-BRANCH-KEY (BRANCH a hash of the branch's name,
 * KEY the key's id), written whole, unsynced: a cache lost is made again.
 *
 * It is trusted for speed only, and only when it is what this user's
 * verify wrote: its last line is a keyed hash (HMAC, over git's SHA-1)
 * of all before it, with a key of CACHE_KEY_BYTES random bytes kept
 * outside the repository, in ${XDG_STATE_HOME:-~/.local/state}/incident/
 * verify.key, owned by the user and readable by no one else. Someone who
 * can write the repository but not read the key can delete or damage the
 * cache (the whole history is walked again, and said) or put back one
 * this user's verify wrote earlier (it describes an older tip, whose
 * history its id fixes: everything after it is walked); they cannot make
 * one that is accepted. The tip it describes must be HEAD or in HEAD's
 * history, so a rewritten history (a new commit id) never matches it.
 * Whoever can read the key runs as the user and could as well replace the
 * tools; --full trusts nothing kept.
 */
/* 2: commits' subjects checked too, so a tip verified by 1 is walked */
#define CACHE_MAGIC "incident-verify-cache 2\n"
#define CACHE_KEY_BYTES 32
#define CACHE_MAC_LINE (4 + GIT_OID_HEXSZ + 1) /* "mac HEX\n" */

struct cache {
	unsigned char key[CACHE_KEY_BYTES];
	char path[4096];
	int usable;         /* a key, and a file to keep the cache in */
};

/* mkdir -p, each made private: the directories of the key. */
static int
private_dirs(char *path)
{
	struct stat st;

	for (char *p = path + 1; ; p++) {
		if (*p != '/' && *p)
			continue;
		char c = *p;
		*p = '\0';
		int made = mkdir(path, 0700) == 0 || (errno == EEXIST &&
		    stat(path, &st) == 0 && S_ISDIR(st.st_mode));
		*p = c;
		if (!made)
			return -1;
		if (!c)
			return 0;
	}
}

/*
 * The user's key, made on first use (written aside, then linked into
 * place, so two runs agree on one); -1 when there is none to trust: no
 * home, or a key file others may read or write.
 */
static int
cache_key(unsigned char key[CACHE_KEY_BYTES])
{
	const char *state = getenv("XDG_STATE_HOME"), *home = getenv("HOME");
	char dir[4096], path[4200], tmp[4300];
	struct stat st;
	ssize_t n = -1;
	int fd;

	if (state && *state == '/')
		snprintf(dir, sizeof(dir), "%s/incident", state);
	else if (home && *home == '/')
		snprintf(dir, sizeof(dir), "%s/.local/state/incident", home);
	else
		return -1;
	snprintf(path, sizeof(path), "%s/verify.key", dir);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0) {
		if (errno != ENOENT || private_dirs(dir) < 0 ||
		    getrandom(key, CACHE_KEY_BYTES, 0) != CACHE_KEY_BYTES)
			return -1;
		snprintf(tmp, sizeof(tmp), "%s/.verify.key.%ld.tmp", dir,
		    (long)getpid());
		unlink(tmp);
		if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
		    0600)) < 0)
			return -1;
		n = write(fd, key, CACHE_KEY_BYTES);
		if (close(fd) < 0 || n != CACHE_KEY_BYTES ||
		    (link(tmp, path) < 0 && errno != EEXIST)) {
			unlink(tmp);
			return -1;
		}
		unlink(tmp);
		if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0)
			return -1;
	}
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_uid == geteuid() && !(st.st_mode & 077))
		n = read(fd, key, CACHE_KEY_BYTES);
	else
		n = -1;
	close(fd);
	return n == CACHE_KEY_BYTES ? 0 : -1;
}

/* HMAC(key, text) in hex, with git's SHA-1 of a blob as the hash. */
static int
cache_mac(char hex[GIT_OID_HEXSZ + 1], const unsigned char *key,
    const char *text, size_t len)
{
	unsigned char *b = malloc(64 + (len > GIT_OID_RAWSZ ? len :
	    GIT_OID_RAWSZ));
	git_oid inner, outer;
	int rc = -1;

	if (!b)
		return -1;
	for (size_t i = 0; i < 64; i++)
		b[i] = (unsigned char)((i < CACHE_KEY_BYTES ? key[i] : 0) ^ 0x36);
	memcpy(b + 64, text, len);
	if (git_odb_hash(&inner, b, 64 + len, GIT_OBJECT_BLOB) < 0)
		goto out;
	for (size_t i = 0; i < 64; i++)
		b[i] = (unsigned char)((i < CACHE_KEY_BYTES ? key[i] : 0) ^ 0x5c);
	memcpy(b + 64, inner.id, GIT_OID_RAWSZ);
	if (git_odb_hash(&outer, b, 64 + GIT_OID_RAWSZ, GIT_OBJECT_BLOB) < 0)
		goto out;
	git_oid_tostr(hex, GIT_OID_HEXSZ + 1, &outer);
	rc = 0;
out:
	free(b);
	return rc;
}

/* Where this user's cache of branch is; c->usable when there is one. */
static void
cache_open(struct cache *c, struct verify *v, const char *branch)
{
	git_oid id;
	char hex[GIT_OID_HEXSZ + 1];

	c->usable = 0;
	if (!branch || v->args->ids || cache_key(c->key) < 0 ||
	    git_odb_hash(&id, c->key, CACHE_KEY_BYTES, GIT_OBJECT_BLOB) < 0)
		return;
	git_oid_tostr(hex, sizeof(hex), &id);
	snprintf(c->path, sizeof(c->path), "%sincident-cache/verify-%016llx-"
	    "%.8s", v->repo->commondir,
	    (unsigned long long)hash(branch, strlen(branch)), hex);
	c->usable = 1;
}

/* A cache there, but not one this user's verify wrote: said. */
static int
cache_damaged(const struct cache *c)
{
	inc__warn("%s: not as this user's inc-verify left it: ignored, the "
	    "whole history walked", c->path);
	return 0;
}

/* A line "KEY VALUE\n" at *p: VALUE, NUL-terminated in place. */
static char *
cache_field(char **p, const char *end, const char *key)
{
	size_t n = strlen(key);
	char *nl, *value;

	if ((size_t)(end - *p) <= n || strncmp(*p, key, n) || (*p)[n] != ' ' ||
	    !(nl = memchr(*p, '\n', (size_t)(end - *p))))
		return NULL;
	value = *p + n + 1;
	*nl = '\0';
	*p = nl + 1;
	return value;
}

static int
cache_count(size_t *out, char **p, const char *end, const char *key)
{
	char *value = cache_field(p, end, key), *stop;
	unsigned long long n;

	if (!value || !*value || strspn(value, "0123456789") != strlen(value))
		return -1;
	n = strtoull(value, &stop, 10);
	*out = (size_t)n;
	return 0;
}

/* count lines at *p, each added to set unless skip has it. */
static int
cache_strings(struct strset *set, char **p, const char *end, size_t count,
    const struct strset *skip)
{
	if (count > (size_t)(end - *p) || strset_reserve(set, set->n + count) < 0)
		return -1; /* not so many lines, or out of memory */
	for (size_t i = 0; i < count; i++) {
		char *nl = memchr(*p, '\n', (size_t)(end - *p));
		if (!nl || nl == *p)
			return -1;
		*nl = '\0';
		if ((!skip || !strset_has(skip, *p)) && strset_add(set, *p) != 1)
			return -1; /* twice, or out of memory */
		*p = nl + 1;
	}
	return 0;
}

/*
 * The state of the cached tip, taken into v: 1 and *from the tip, when
 * it is HEAD's or an ancestor's, or the verified tip that a rebase of
 * one's own events dropped (what the dropped commits added taken out);
 * 0 when there is none to use (said when it was damaged or not this
 * user's).
 */
static int
cache_load(struct cache *c, struct verify *v, const git_oid *head,
    const struct rewrite *rw, int rebased, git_oid *from)
{
	struct stat st;
	char *text = NULL, *p, *end, *value, mac[GIT_OID_HEXSZ + 1];
	const struct strset *dropped = NULL;
	size_t commits, events, n, len;
	ssize_t got = 0;
	int fd, rc = 0, sig, damaged = 1;

	if (!c->usable || v->args->full)
		return 0;
	if ((fd = open(c->path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) < 0)
		return errno == ENOENT ? 0 : cache_damaged(c);
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    st.st_size > CACHE_MAC_LINE && (text = malloc((size_t)st.st_size +
	    1)))
		for (len = 0; len < (size_t)st.st_size; len += (size_t)got)
			if ((got = read(fd, text + len, (size_t)st.st_size - len)) <= 0)
				break;
	close(fd);
	if (!text || got <= 0)
		goto out;
	len = (size_t)st.st_size;
	text[len] = '\0';
	end = text + len - CACHE_MAC_LINE;
	p = end;
	/* an older version's, which checked less: walked again, unsaid */
	if (strncmp(text, CACHE_MAGIC, strlen(CACHE_MAGIC)) &&
	    !strncmp(text, CACHE_MAGIC, strlen(CACHE_MAGIC) - 2))
		damaged = 0;
	if (strncmp(text, CACHE_MAGIC, strlen(CACHE_MAGIC)) ||
	    !(value = cache_field(&p, text + len, "mac")) ||
	    strlen(value) != GIT_OID_HEXSZ || cache_mac(mac, c->key, text,
	    (size_t)(end - text)) < 0 || strcmp(mac, value))
		goto out;
	/* what this user's verify wrote: from here on, errors are its */
	damaged = 0;
	p = text + strlen(CACHE_MAGIC);
	if (!(value = cache_field(&p, end, "tip")) ||
	    strlen(value) != GIT_OID_HEXSZ ||
	    git_oid_fromstrn(from, value, GIT_OID_HEXSZ) < 0 ||
	    !(value = cache_field(&p, end, "signed")) ||
	    (strcmp(value, "0") && strcmp(value, "1")))
		goto out;
	sig = value[0] == '1';
	if ((v->args->signatures && !sig) || cache_count(&commits, &p, end,
	    "commits") < 0 || cache_count(&events, &p, end, "events") < 0)
		goto out;
	if (!still_ancestor(head, from, v->repo)) {
		if (!rebased || !git_oid_equal(from, &rw->saved) ||
		    commits < rw->commits || events < rw->events)
			goto out; /* another line of history: walk it all */
		/* the tip a rebase left out: less what it left out */
		commits -= rw->commits;
		events -= rw->events;
		dropped = &rw->dropped_ids;
	}
	if (cache_count(&n, &p, end, "incidents") < 0 ||
	    cache_strings(&v->incidents, &p, end, n, NULL) < 0 ||
	    cache_count(&n, &p, end, "ids") < 0 ||
	    cache_strings(&v->event_ids, &p, end, n, dropped) < 0 || p != end) {
		damaged = 1;
		goto out;
	}
	v->res->commits = commits;
	v->res->events = events;
	rc = 1;
out:
	if (rc == 0) {
		strset_free(&v->incidents);
		strset_free(&v->event_ids);
		memset(&v->incidents, 0, sizeof(v->incidents));
		memset(&v->event_ids, 0, sizeof(v->event_ids));
		if (damaged)
			cache_damaged(c);
	}
	free(text);
	return rc;
}

static int
cache_put(struct inc_buf *b, const struct strset *set, const char *key)
{
	inc__buf_printf(b, "%s %zu\n", key, set->n);
	for (size_t i = 0; i < set->cap; i++) {
		if (!set->v[i])
			continue;
		size_t n = strlen(set->v[i]);
		if (memchr(set->v[i], '\n', n))
			return -1; /* not one line: not kept */
		inc__buf_put(b, set->v[i], n);
		inc__buf_put(b, "\n", 1);
	}
	return 0;
}

/* The state of head, kept for the next run; a failure only costs time. */
static void
cache_save(struct cache *c, struct verify *v, const git_oid *head)
{
	struct inc_buf b = {0};
	char hex[GIT_OID_HEXSZ + 1], mac[GIT_OID_HEXSZ + 1], dir[4096];

	if (!c->usable)
		return;
	git_oid_tostr(hex, sizeof(hex), head);
	inc__buf_printf(&b, "%stip %s\nsigned %d\ncommits %zu\nevents %zu\n",
	    CACHE_MAGIC, hex, v->args->signatures ? 1 : 0, v->res->commits,
	    v->res->events);
	if (cache_put(&b, &v->incidents, "incidents") < 0 ||
	    cache_put(&b, &v->event_ids, "ids") < 0 || inc__buf_error(&b) < 0 ||
	    cache_mac(mac, c->key, b.s, b.len) < 0 ||
	    inc__buf_printf(&b, "mac %s\n", mac) < 0)
		goto out;
	snprintf(dir, sizeof(dir), "%sincident-cache", v->repo->commondir);
	if (mkdir(dir, 0777) < 0 && errno != EEXIST)
		goto out;
	inc__file_replace(c->path, b.s, b.len, 0, NULL);
out:
	inc__buf_free(&b);
}

/*
 * One line "subject: reason" of what makes git show other objects than
 * the ones verified; the first is the offence, for --json.
 */
static int
shown(struct inc_buf *lines, struct inc_verify_result *r, const char *subject,
    const char *reason)
{
	if (!r->path && (!(r->path = strdup(subject)) ||
	    !(r->reason = strdup(reason))))
		return inc__fail(INC_ERROR, "out of memory");
	return inc__buf_printf(lines, "%s%s: %s", lines->len ? "\n" : "",
	    subject, reason);
}

/*
 * What makes git show other objects than the ones verified: replace
 * refs (git replace) and grafts. libgit2 reads neither, so the walk saw
 * the real objects; git log, git show and git blame do not.
 */
static int
shown_otherwise(struct verify *v)
{
	git_reference_iterator *refs = NULL;
	struct inc_buf lines = {0};
	const char *name;
	char path[4096], why[200];
	struct stat st;
	int rc;

	if ((rc = git_reference_iterator_glob_new(&refs, v->repo->git,
	    "refs/replace/*")) < 0)
		return inc__git_fail(rc, "refs/replace");
	while ((rc = git_reference_next_name(&name, refs)) == 0) {
		snprintf(why, sizeof(why), "git shows another object in place "
		    "of %.60s (git replace): not verified",
		    name + strlen("refs/replace/"));
		if ((rc = shown(&lines, v->res, name, why)) < 0)
			break;
	}
	git_reference_iterator_free(refs);
	if (rc == GIT_ITEROVER)
		rc = 0;
	else if (rc != INC_ERROR)
		rc = inc__git_fail(rc, "refs/replace");
	snprintf(path, sizeof(path), "%sinfo/grafts", v->repo->commondir);
	if (rc == 0 && stat(path, &st) == 0)
		rc = shown(&lines, v->res, path, "git shows other parents than "
		    "the commits have (grafts): not verified");
	if (rc == 0 && lines.len)
		v->res->shown = inc__buf_take(&lines);
	inc__buf_free(&lines);
	return rc;
}

/* A reflog message of a writer's move: an event's commit, or a batch. */
static int
by_writer(const char *msg)
{
	static const char digits[] = "dddd-dd-dd-dddd-";

	if (!msg)
		return 0;
	if (!strncmp(msg, "incident: ", 10))
		return 1;
	for (size_t i = 0; i < sizeof(digits) - 1; i++)
		if (digits[i] == 'd' ? !isdigit((unsigned char)msg[i]) :
		    msg[i] != '-')
			return 0;
	return 1;
}

/*
 * Did the branch move as reflog entry i says? libgit2 appends the entry
 * before it moves the branch, so a move that failed (and was reported
 * as nothing recorded) leaves one too: the next entry then moves the
 * branch from somewhere else, or, if there is none, the branch is not
 * there.
 */
static int
entry_moved(const git_reflog *log, size_t i, const char *ref,
    struct verify *v)
{
	const git_oid *to = git_reflog_entry_id_new(git_reflog_entry_byindex(log,
	    i));
	git_oid now;

	if (i > 0)
		return git_oid_equal(to, git_reflog_entry_id_old(
		    git_reflog_entry_byindex(log, i - 1)));
	return git_reference_name_to_id(&now, v->repo->git, ref) == 0 &&
	    git_oid_equal(&now, to);
}

/*
 * Every tip a writer moved the branch to since the tip verified last
 * was made (by a writer or inc-sync; else, or when none was verified,
 * in all of its reflog) is still in HEAD's history, or
 * is judged as a verified tip left out: an event reported and then
 * reset, amended or rebased away before any run saw it is lost all the
 * same. Its own events rebased pass without a word.
 */
static int
check_written_tips(struct verify *v, const git_oid *head, const char *branch,
    const git_oid *saved)
{
	git_reflog *log = NULL;
	git_revwalk *w = NULL;
	struct strset left = {0};
	char ref[1024], hex[GIT_OID_HEXSZ + 1];
	size_t last = 0, pushed = 0;
	git_oid oid;
	int rc = 0;

	snprintf(ref, sizeof(ref), "refs/heads/%.900s", branch);
	if (!head || git_reference_has_log(v->repo->git, ref) != 1)
		return 0;
	if ((rc = git_reflog_read(&log, v->repo->git, ref)) < 0)
		return inc__git_fail(rc, ref);
	/* the tips not in HEAD's history, in one walk */
	if ((rc = git_revwalk_new(&w, v->repo->git)) < 0 ||
	    (rc = git_revwalk_hide(w, head)) < 0) {
		rc = inc__git_fail(rc, ref);
		goto out;
	}
	for (last = 0; last < git_reflog_entrycount(log); last++) {
		const git_reflog_entry *e = git_reflog_entry_byindex(log, last);
		const git_oid *new = git_reflog_entry_id_new(e);
		const char *msg = git_reflog_entry_message(e);
		/* the move that made the tip verified, not one back to it */
		if (saved && git_oid_equal(new, saved) && msg &&
		    (by_writer(msg) || !strncmp(msg, "inc-sync: ", 10)))
			break;
		if (by_writer(msg) && entry_moved(log, last, ref, v) &&
		    git_revwalk_push(w, new) == 0)
			pushed++;
	}
	while (pushed && git_revwalk_next(&oid, w) == 0) {
		git_oid_tostr(hex, sizeof(hex), &oid);
		if ((rc = strset_add(&left, hex)) < 0)
			goto out;
	}
	rc = 0;
	for (size_t i = 0; rc == 0 && left.n && i < last; i++) {
		const git_reflog_entry *e = git_reflog_entry_byindex(log, i);
		const git_oid *new = git_reflog_entry_id_new(e);
		struct rewrite rw = {0};
		char *note = v->res->note;
		git_oid_tostr(hex, sizeof(hex), new);
		if (!by_writer(git_reflog_entry_message(e)) ||
		    !strset_has(&left, hex) || !entry_moved(log, i, ref, v))
			continue;
		v->res->note = NULL;
		rc = check_rewrite(v, &rw, head, new, ref);
		free(v->res->note);
		v->res->note = note;
		rewrite_free(&rw);
	}
out:
	strset_free(&left);
	git_revwalk_free(w);
	git_reflog_free(log);
	return rc;
}

/*
 * The tips seen before: --since, every remote-tracking branch of the name
 * of HEAD's (a force-push fetched is named as one), then the tip verified
 * last, which a rebase of one's own events may have dropped (*rw: what it
 * dropped; *rebased set when so).
 */
static int
check_tips(struct verify *v, struct rewrite *rw, int *rebased,
    const git_oid *head, const char *branch)
{
	git_reference_iterator *refs = NULL;
	git_object *since = NULL;
	const char *name;
	git_oid saved;
	char ref[1024];
	int rc = 0, has_saved;

	*rebased = 0;
	if (v->args->since) {
		git_object *named = NULL;
		int found = git_revparse_single(&named, v->repo->git,
		    v->args->since) == 0 && git_object_peel(&since, named,
		    GIT_OBJECT_COMMIT) == 0;
		git_object_free(named);
		if (!found) {
			char *safe = inc_text_safe(v->args->since, INC_ONE_LINE);
			rc = inc__fail(INC_EINVALID, "%.200s: no such commit",
			    safe ? safe : "?");
			free(safe);
			return rc;
		}
	}
	if (since && !still_ancestor(head, git_object_id(since), v->repo)) {
		rc = offence(v, git_object_id(since), "HEAD", 0, "history "
		    "rewritten (not an ancestor)");
		goto out;
	}
	if (!branch)
		goto out;
	/* every remote's branch of that name (not git_remote_list, which
	 * leaks in libgit2 1.5) */
	if ((rc = git_reference_iterator_glob_new(&refs, v->repo->git,
	    "refs/remotes/*")) < 0) {
		rc = inc__git_fail(rc, "refs/remotes");
		goto out;
	}
	snprintf(ref, sizeof(ref), "/%.900s", branch);
	while ((rc = git_reference_next_name(&name, refs)) == 0) {
		size_t n = strlen(name), b = strlen(ref);
		if (n > b && !strcmp(name + n - b, ref) &&
		    (rc = check_remote(v, name)) < 0)
			goto out;
	}
	if (rc != GIT_ITEROVER) {
		rc = inc__git_fail(rc, "refs/remotes");
		goto out;
	}
	snprintf(ref, sizeof(ref), VERIFIED_REFS "%.900s", branch);
	rc = 0;
	has_saved = git_reference_name_to_id(&saved, v->repo->git, ref) == 0;
	if (has_saved && !still_ancestor(head, &saved, v->repo)) {
		if ((rc = check_rewrite(v, rw, head, &saved, ref)) == 0)
			*rebased = 1;
	}
	if (rc == 0)
		rc = check_written_tips(v, head, branch, has_saved ? &saved : NULL);
out:
	git_reference_iterator_free(refs);
	git_object_free(since);
	return rc;
}

/* HEAD's history, or what is new since from (not NULL): checked. */
static int
walk(struct verify *v, const git_oid *from)
{
	git_revwalk *w = NULL;
	git_oid oid;
	int rc;

	if ((rc = git_revwalk_new(&w, v->repo->git)) < 0 ||
	    (rc = git_revwalk_sorting(w, GIT_SORT_TOPOLOGICAL |
	    GIT_SORT_REVERSE)) < 0 ||
	    (rc = git_revwalk_push_head(w)) < 0 ||
	    (from && (rc = git_revwalk_hide(w, from)) < 0)) {
		rc = inc__git_fail(rc, "HEAD");
		goto out;
	}
	while ((rc = git_revwalk_next(&oid, w)) == 0) {
		v->res->commits++;
		v->res->walked++;
		if ((rc = check_one(v, &oid)) < 0)
			goto out;
	}
	rc = rc == GIT_ITEROVER ? 0 : inc__git_fail(rc, "HEAD");
out:
	v->oid = NULL; /* it pointed here */
	git_revwalk_free(w);
	return rc;
}

static double
seconds(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int
inc_verify(struct inc_verify_result *out, inc_repo *repo,
    const struct inc_verify_args *args)
{
	struct verify v = {.repo = repo, .args = args, .res = out};
	struct rewrite rw = {0};
	struct cache cache;
	git_reference *head = NULL;
	git_oid from;
	int rebased = 0, cached = 0;
	const git_oid *tip = NULL;
	const char *branch = NULL;
	double start = seconds();
	char ref[1024];
	int rc;

	memset(out, 0, sizeof(*out));
	v.now = inc_time_now();
	if (!(v.pictures = json_object()))
		return inc__fail(INC_ERROR, "out of memory");
	if (git_repository_is_shallow(repo->git) == 1) {
		rc = inc__fail(INC_EINVALID, "%s: a shallow clone: the history "
		    "before its first commits is not here (git fetch --unshallow)",
		    repo->path);
		goto out;
	}
	if ((rc = shown_otherwise(&v)) < 0)
		goto out;
	/*
	 * Each object is read about once, so libgit2's object cache only
	 * grows: off, 100,000 commits take 116 MB instead of 716 MB, and
	 * a little less CPU (bench/RESULTS.md).
	 */
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 0);
	rc = git_repository_head(&head, repo->git);
	if (rc == 0) {
		if (!(tip = git_reference_target(head))) {
			rc = inc__fail(INC_ERROR, "HEAD: not a commit");
			goto out;
		}
		if (git_reference_is_branch(head))
			branch = git_reference_shorthand(head);
	} else if (rc == GIT_EUNBORNBRANCH || rc == GIT_ENOTFOUND) {
		git_reference *sym = NULL; /* the branch HEAD will be */
		if (git_reference_lookup(&sym, repo->git, "HEAD") == 0 &&
		    git_reference_type(sym) == GIT_REFERENCE_SYMBOLIC &&
		    !strncmp(git_reference_symbolic_target(sym), "refs/heads/", 11))
			snprintf(ref, sizeof(ref), "%s",
			    git_reference_symbolic_target(sym) + 11), branch = ref;
		git_reference_free(sym);
	} else {
		rc = inc__git_fail(rc, "HEAD");
		goto out;
	}
	v.head = tip;
	if ((rc = check_tips(&v, &rw, &rebased, tip, branch)) < 0)
		goto out;
	cache_open(&cache, &v, branch);
	if (tip)
		cached = cache_load(&cache, &v, tip, &rw, rebased, &from);
	if (tip && (rc = walk(&v, cached ? &from : NULL)) < 0)
		goto out;
	if (out->shown) {
		/* the first is the offence; the caller says them all */
		v.offended = 1;
		rc = inc__fail(INC_EINVALID, "%s: %s", out->path, out->reason);
		goto out;
	}
	/* what this clone has seen verified, to tell a rewrite next time */
	if (tip && branch && !args->ids) {
		save_tips(&v, tip, branch);
		/* the cache of this very tip is kept as it is */
		if (!cached || !git_oid_equal(&from, tip))
			cache_save(&cache, &v, tip);
	}
out:
	if (rc < 0 && !v.offended) { /* an error, not an offence */
		free(out->path);
		free(out->reason);
		out->path = out->reason = NULL;
	}
	git_libgit2_opts(GIT_OPT_ENABLE_CACHING, 1);
	out->seconds = seconds() - start;
	out->incidents = v.incidents.n;
	commit_done(&v);
	memo_clear(&v.memo[0]);
	memo_clear(&v.memo[1]);
	strset_free(&v.event_ids);
	strset_free(&v.incidents);
	rewrite_free(&rw);
	json_decref(v.pictures);
	git_reference_free(head);
	return rc;
}

void
inc_verify_result_free(struct inc_verify_result *result)
{
	if (!result)
		return;
	free(result->path);
	free(result->reason);
	free(result->shown);
	free(result->note);
	result->path = result->reason = result->shown = result->note = NULL;
}

static const char *
plural(size_t n)
{
	return n == 1 ? "" : "s";
}

/* A string from a log or a tree, made safe for JSON and terminals. */
static json_t *
safe_string(const char *text)
{
	char *safe = inc_text_safe(text, INC_ONE_LINE);
	json_t *s = json_string(safe ? safe : "?");

	free(safe);
	return s;
}

int
inc_verify_render(char **out, const struct inc_verify_result *r, int ok,
    enum inc_format format)
{
	/* to the millisecond */
	double ms = (double)(long long)(r->seconds * 1000 + 0.5) / 1000;
	json_t *o;
	struct inc_buf b = {0};

	*out = NULL;
	if (format != INC_FORMAT_JSON) {
		if (inc__buf_printf(&b, "verified %zu commit%s, %zu event%s, %zu "
		    "incident%s in %.2f s\n", r->commits, plural(r->commits),
		    r->events, plural(r->events), r->incidents,
		    plural(r->incidents), r->seconds) < 0)
			return INC_ERROR;
		*out = inc__buf_take(&b);
		return 0;
	}
	if (!(o = json_pack("{s:i, s:b, s:I, s:I, s:I, s:f, s:I}", "v",
	    INC_LOG_VERSION, "ok", ok, "commits", (json_int_t)r->commits,
	    "events", (json_int_t)r->events, "incidents",
	    (json_int_t)r->incidents, "elapsed_seconds", ms, "walked",
	    (json_int_t)r->walked)))
		return inc__fail(INC_ERROR, "out of memory");
	if (r->reason)
		json_object_set_new(o, "offence", json_pack("{s:s?, s:o, s:o, s:o}",
		    "commit", r->commit[0] ? r->commit : NULL,
		    "path", safe_string(r->path),
		    "line", r->line ? json_integer((json_int_t)r->line) :
		    json_null(), "reason", safe_string(r->reason)));
	else
		json_object_set_new(o, "offence", json_null());
	*out = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS |
	    JSON_REAL_PRECISION(6));
	json_decref(o);
	if (!*out || inc__buf_printf(&b, "%s\n", *out) < 0) {
		free(*out);
		*out = NULL;
		return inc__fail(INC_ERROR, "out of memory");
	}
	free(*out);
	*out = inc__buf_take(&b);
	return 0;
}
