/*
 * Appending events. Each event is one commit, made under the repository
 * lock: read HEAD, check the event against the incident's picture, append
 * the line to this clone's newest chunk file, write the blob, tree and
 * commit, and move the branch only if it still points where it did.
 *
 * A batch (inc_batch_begin) holds the lock from its first event to its
 * end. Its commits are chained in memory, in a mempack added to the
 * repository's object database; at the end the objects the batch wrote
 * are written as one pack, and the branch moves once: 10 fsyncs for the
 * whole batch (the pack, its index, the ref, the reflogs and their
 * directories) instead of 16 to 20 an event.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <git2/sys/mempack.h>
#include <git2/sys/odb_backend.h>
#include <git2/sys/repository.h>

#include "internal.h"

#define RETRIES 500 /* 5 ms apart: how long another git may hold the branch */
#define CLOCK_AHEAD_SECONDS 60 /* a clock this far behind another is warned of */

struct inc__batch {
	int fd;                   /* the writers' lock, held from the first event */
	git_odb *disk;            /* the repository's object database */
	struct batch_odb *mem;    /* where the batch's objects are, till the end */
	size_t n;                 /* events in the batch */
	int unborn;               /* the branch had no commit before it */
	git_oid start, tip;       /* the branch before the batch, and after */
	char *refname;
	size_t hooks;             /* the hooks queued before the batch */
	char **paths;             /* the chunks the batch wrote to */
	size_t npaths;
};

/* A new event of a type, its envelope filled in: see incident-log(5). */
int
inc__event_new(json_t **out, inc_repo *repo, const char *id, const char *type,
    const struct inc_write *how)
{
	char at[32], recorded[32], eid[33];
	unsigned char r[8];
	int64_t now = inc_time_now();
	struct tm local;
	time_t when;
	int rc;

	*out = NULL;
	if ((rc = inc__identity(repo)) < 0)
		return rc;
	if (getrandom(r, sizeof(r), 0) != sizeof(r))
		return inc__errno_fail("getrandom");
	/* in millisecond order, and unique without coordination */
	snprintf(eid, sizeof(eid), "%012llx%02x%02x%02x%02x%02x%02x%02x%02x",
	    (unsigned long long)inc__time_now_ms(), r[0], r[1], r[2], r[3],
	    r[4], r[5], r[6], r[7]);
	inc__time_format(at, how->at ? how->at : now);
	inc__time_format(recorded, now);
	/* the writer's local time then, as git keeps an author's: whose
	 * night it is (inc-check) */
	when = (time_t)(how->at ? how->at : now);
	if (!localtime_r(&when, &local))
		local.tm_gmtoff = 0;
	*out = json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:{s:s, s:s}, s:I}",
	    "v", INC_LOG_VERSION, "id", eid, "incident", id, "type", type,
	    "at", at, "recorded_at", recorded,
	    "actor", "name", repo->name, "email", repo->email,
	    "utc_offset_seconds", (json_int_t)local.tm_gmtoff);
	if (!*out)
		return inc__fail(INC_ERROR, "out of memory");
	if (how->force)
		json_object_set_new(*out, "force", json_true());
	return 0;
}

/*
 * libgit2 fsyncs each loose object and its objects/xx directory, but not
 * objects/ when it has just made objects/xx there (or objects/pack): by
 * POSIX rules the new directory, and all in it, could then be lost in a
 * crash. A new subdirectory adds one to the link count of objects/; then
 * it is synced here, before the branch may point at what is in it. (Its
 * mtime would not tell: libgit2 makes and removes its temporary files in
 * objects/ on every write. Where directories count no links, it is
 * synced every time.)
 */
static void
objects_seen(struct stat *st, inc_repo *repo)
{
	char dir[4096];

	snprintf(dir, sizeof(dir), "%sobjects", repo->commondir);
	if (stat(dir, st) < 0)
		memset(st, 0, sizeof(*st));
}

static int
objects_sync(inc_repo *repo, const struct stat *before)
{
	const char *nofsync = getenv("INC_NO_FSYNC");
	char dir[4096];
	struct stat now;
	int fd, rc = 0;

	objects_seen(&now, repo);
	if ((nofsync && *nofsync) ||
	    (now.st_nlink == before->st_nlink && now.st_nlink > 1))
		return 0;
	snprintf(dir, sizeof(dir), "%sobjects", repo->commondir);
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0 ||
	    fsync(fd) < 0)
		rc = inc__errno_fail("objects");
	if (fd >= 0)
		close(fd);
	return rc;
}

/* Is name one of this writer's chunks: WRITER-NNNNNN.jsonl? */
static int
is_chunk(const char *name, const char *writer, size_t wlen)
{
	size_t digits;

	if (strncmp(name, writer, wlen) || name[wlen] != '-')
		return 0;
	name += wlen + 1;
	digits = strspn(name, "0123456789");
	return digits >= 6 && !strcmp(name + digits, ".jsonl");
}

/* This clone's newest chunk of the incident, and how many events it has. */
static int
last_chunk(char *name, size_t size, git_blob **blob, inc_repo *repo,
    git_tree *tree, const char *writer)
{
	const git_tree_entry *last = NULL;
	size_t wlen = strlen(writer), lines = 0;
	unsigned long number = 1;
	int rc;

	*blob = NULL;
	/* other files, a colleague's scratch notes say, are not ours to add to */
	for (size_t i = 0; tree && i < git_tree_entrycount(tree); i++) {
		const git_tree_entry *e = git_tree_entry_byindex(tree, i);
		if (is_chunk(git_tree_entry_name(e), writer, wlen) &&
		    git_tree_entry_type(e) == GIT_OBJECT_BLOB)
			last = e;
	}
	if (last) {
		const char *n = git_tree_entry_name(last), *p, *end;
		number = strtoul(n + wlen + 1, NULL, 10);
		if ((rc = git_blob_lookup(blob, repo->git,
		    git_tree_entry_id(last))) < 0)
			return inc__git_fail(rc, n);
		p = git_blob_rawcontent(*blob);
		end = p + git_blob_rawsize(*blob);
		while (p < end && (p = memchr(p, '\n', (size_t)(end - p))))
			p++, lines++;
		if (lines >= INC_CHUNK_EVENTS) {
			git_blob_free(*blob), *blob = NULL;
			number++;
		}
	}
	snprintf(name, size, "%s-%06lu.jsonl", writer, number);
	return 0;
}

/*
 * The work tree's copy of the file about to be written is as the branch
 * has it (head, or in a batch the branch before the batch): a hand edit
 * not committed would be lost under the file written.
 */
static int
worktree_unchanged(inc_repo *repo, git_tree *head, const char *path)
{
	struct inc__batch *batch = repo->batch;
	git_commit *start = NULL;
	git_tree *before = NULL, *tree = head;
	git_tree_entry *e = NULL;
	int rc = 0;

	if (!git_repository_workdir(repo->git))
		return 0;
	if (batch && batch->n) {
		if (!batch->unborn && ((rc = git_commit_lookup(&start,
		    repo->git, &batch->start)) < 0 ||
		    (rc = git_commit_tree(&before, start)) < 0))
			rc = inc__git_fail(rc, batch->refname);
		tree = before;
	}
	if (rc == 0 && tree &&
	    (rc = git_tree_entry_bypath(&e, tree, path)) == GIT_ENOTFOUND)
		rc = 0;
	else if (rc < 0 && tree)
		rc = inc__git_fail(rc, path);
	git_error_clear();
	if (rc == 0)
		rc = inc__worktree_unchanged(repo, path, e ?
		    git_tree_entry_id(e) : NULL);
	git_tree_entry_free(e);
	git_tree_free(before);
	git_commit_free(start);
	return rc;
}

/*
 * A commit's subject: the incident id, then the first line of the
 * announcement, "@all: " left out, as a terminal shows it (a direction
 * override or a zero-width space as \u{202e}, so that git log shows no
 * text reordered: the text is whole in the log), cut at 200 bytes (at a
 * character), "..." where cut; whole, not cut; raw, as older tools made
 * it, with those characters as they are.
 */
int
inc__commit_subject(struct inc_buf *b, const char *id, const char *ann,
    int whole, int raw)
{
	struct inc_buf safe = {0};
	char *first;
	size_t n;
	int rc;

	if (!strncmp(ann, "@all: ", 6))
		ann += 6;
	n = strcspn(ann, "\n");
	if (!raw) {
		if (!(first = strndup(ann, n)))
			return inc__fail(INC_ERROR, "out of memory");
		rc = inc__buf_safe(&safe, first, 1);
		free(first);
		if (rc < 0) {
			inc__buf_free(&safe);
			return rc;
		}
		ann = safe.s ? safe.s : "";
		n = safe.len;
	}
	rc = inc__buf_printf(b, "%s: %.*s%s", id,
	    (int)(n > 200 && !whole ? inc__utf8_cut(ann, 200) : n), ann,
	    n > 200 && !whole ? "..." : "");
	inc__buf_free(&safe);
	return rc;
}

static int
message(struct inc_buf *b, struct inc_change *c)
{
	if (inc__commit_subject(b, c->id, c->announce.s ? c->announce.s : "",
	    0, 0) < 0 ||
	    inc__buf_printf(b, "\n\n") < 0)
		return INC_ERROR;
	if (c->body && inc__buf_printf(b, "%s\n\n", c->body) < 0)
		return INC_ERROR;
	return inc__buf_printf(b, "Incident: %s\nEvent: %s\nEvent-Id: %s\n",
	    c->id, inc__str(c->event, "type"), inc__str(c->event, "id"));
}

/*
 * The event's announcement; a drill's, where it is to everyone, starts
 * "@all: [drill] " (its first line: the rest follows it).
 */
int
inc__change_announce(struct inc_change *c, json_t *picture)
{
	struct inc_buf marked = {0};
	const char *s;
	int rc;

	if ((rc = c->kind->announce(c, picture)) < 0)
		return rc;
	s = c->announce.s ? c->announce.s : "";
	if ((!json_is_true(json_object_get(picture, "drill")) &&
	    !json_is_true(json_object_get(c->event, "drill"))) ||
	    strncmp(s, "@all: ", 6) || !strncmp(s, "@all: [drill] ", 14))
		return 0;
	if ((rc = inc__buf_printf(&marked, "@all: [drill] %s", s + 6)) < 0) {
		inc__buf_free(&marked);
		return rc;
	}
	inc__buf_free(&c->announce);
	c->announce = marked;
	return 0;
}

/*
 * Not before the incident was opened (inc__at_before: give or take the
 * clocks of two machines, so that an opener whose clock is fast does not
 * lock everyone out; a time a person gave is taken as given).
 */
static int
after_open(struct inc_change *c, json_t *picture)
{
	int64_t opened;
	char *safe;

	if (inc__time_get(&opened, picture, "opened_at") < 0 ||
	    !inc__at_before(c->event, opened) ||
	    json_is_true(json_object_get(c->event, "backfill")))
		return 0;
	safe = inc_text_safe(inc__str(picture, "opened_at"), INC_ONE_LINE);
	inc__fail(INC_EINVALID, "%s: %s is before the incident was opened (%s)",
	    c->id, inc__str(c->event, "at"), safe ? safe : "?");
	free(safe);
	return INC_EINVALID;
}

/*
 * Warned of: the incident's newest event, by someone else, recorded more
 * than a minute after this machine's now. One clock is wrong, and events
 * written here will be listed before it whatever their order. Read from
 * the log only then: the picture's last_event_at tells first.
 */
static void
clock_behind(struct inc_change *c, inc_repo *repo, git_tree *itree,
    json_t *picture)
{
	json_t *events = NULL, *newest = NULL;
	int64_t last, now, t, ahead = 0;
	char how[32], *name;

	if (inc__time_get(&last, picture, "last_event_at") < 0 ||
	    inc__time_get(&now, c->event, "recorded_at") < 0 ||
	    last <= now + CLOCK_AHEAD_SECONDS ||
	    inc__log_read(NULL, &events, repo, itree, c->id, -1) < 0) {
		git_error_clear();
		return;
	}
	for (size_t i = 0; i < json_array_size(events); i++) {
		json_t *e = json_array_get(events, i);
		if (inc__time_get(&t, e, "recorded_at") == 0 && t - now > ahead &&
		    !json_equal(json_object_get(e, "actor"),
		    json_object_get(c->event, "actor")))
			newest = e, ahead = t - now;
	}
	if (newest && ahead > CLOCK_AHEAD_SECONDS &&
	    (name = inc_text_safe(inc__str_or(json_object_get(newest, "actor"),
	    "name", "?"), INC_ONE_LINE))) {
		inc__duration(how, ahead);
		inc__warn("an event by %s is %s ahead of this machine's clock: "
		    "is a clock wrong?", name, how);
		free(name);
	}
	json_decref(events);
}

/*
 * What the branch is about to point at, read back: libgit2 1.5 can lose
 * the error of a write, and a branch at a missing commit loses every
 * incident (the blob is checked where it is written).
 */
static int
written(inc_repo *repo, const git_oid *commit, const git_oid *tree)
{
	char hex[GIT_OID_HEXSZ + 1];
	git_odb *odb = NULL;
	int rc, ok;

	if ((rc = git_repository_odb(&odb, repo->git)) < 0)
		return inc__git_fail(rc, "objects");
	ok = git_odb_exists(odb, commit) && git_odb_exists(odb, tree);
	git_odb_free(odb);
	if (ok)
		return 0;
	git_oid_tostr(hex, sizeof(hex), commit);
	return inc__fail(INC_ERROR, "%s: not written; nothing recorded", hex);
}

/*
 * The branch moved from `from` (NULL: a branch not made yet) to `to`,
 * noted first in the writers' lock (see housekeeping.c). From here on
 * the answer is owed: signals wait (see signals.c). A branch that moved
 * although libgit2 says it failed (to sync a directory, or a reflog)
 * counts as moved, with a warning: the event is recorded.
 */
static int
move_branch(inc_repo *repo, int lock, const char *refname, const git_oid *to,
    const git_oid *from, const char *msg)
{
	git_reference *ref = NULL;
	git_oid now;
	int rc;

	inc__lock_note(lock, refname, to);
	inc__signals_hold();
	rc = from ? git_reference_create_matching(&ref, repo->git, refname, to,
	    1, from, msg) : git_reference_create(&ref, repo->git, refname, to,
	    0, msg);
	git_reference_free(ref);
	if (rc == 0)
		return 0;
	if (rc == GIT_ELOCKED)
		return inc__fail(INC_ECONFLICT, "%s%s.lock: held by another git "
		    "process; nothing recorded (remove it only if no git is "
		    "running)", repo->commondir, refname);
	if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS)
		return inc__fail(INC_ECONFLICT, "%s: moved by another git again "
		    "and again; nothing recorded, try again", refname);
	rc = inc__git_fail(rc, refname);
	if (git_reference_name_to_id(&now, repo->git, refname) == 0 &&
	    git_oid_equal(&now, to)) {
		inc__warn("%s (recorded all the same)", inc_error());
		return 0;
	}
	return rc;
}

/* HEAD still names the branch written to (a checkout may move it). */
static int
same_branch(inc_repo *repo, const char *refname)
{
	git_reference *head = NULL;
	const char *now;
	int rc = 0;

	if ((rc = git_reference_lookup(&head, repo->git, "HEAD")) < 0)
		return inc__git_fail(rc, "HEAD");
	now = git_reference_type(head) == GIT_REFERENCE_SYMBOLIC ?
	    git_reference_symbolic_target(head) : "a detached HEAD";
	if (strcmp(now, refname))
		rc = inc__fail(INC_ECONFLICT, "HEAD: moved from %s to %s while "
		    "recording; nothing recorded, try again", refname, now);
	git_reference_free(head);
	return rc;
}

/* The chunks a batch wrote to, each once. */
static int
batch_path(struct inc__batch *batch, const char *path)
{
	char **more;

	for (size_t i = 0; i < batch->npaths; i++)
		if (!strcmp(batch->paths[i], path))
			return 0;
	if (!(more = realloc(batch->paths, (batch->npaths + 1) *
	    sizeof(*more))) || !(more[batch->npaths] = strdup(path))) {
		if (more)
			batch->paths = more;
		return inc__fail(INC_ERROR, "out of memory");
	}
	batch->paths = more;
	batch->npaths++;
	return 0;
}

/*
 * Did writing an object fail as its directory (objects/xx) was taken away
 * between libgit2 making it and moving the object in: a git gc alongside
 * prunes empty ones. Then it is written again. libgit2 leaves no errno:
 * its message says it.
 */
static int
object_dir_gone(void)
{
	return strstr(inc_error(), "failed to rename lockfile") &&
	    strstr(inc_error(), strerror(ENOENT));
}

/*
 * The picture a write is checked and announced by, as readers have it
 * (see inc__picture_cycle), from its log's own: that one, or a copy when
 * it is closed as a duplicate, as only the log's own is cached. 1 when
 * the incident is in a cycle of duplicates, else 0.
 */
static int
as_read(json_t **out, json_t *own, inc_repo *repo, git_tree *head)
{
	*out = json_object_get(own, "duplicate_closure") ? json_deep_copy(own) :
	    json_incref(own);
	return *out ? inc__picture_cycle(*out, repo, head) :
	    inc__fail(INC_ERROR, "out of memory");
}

static int
commit_once(struct inc_change *c, const char *writer, const char *refname,
    int *retry)
{
	inc_repo *repo = c->repo;
	struct inc__batch *batch = repo->batch;
	git_oid parent_id, tree_id, commit_id, incident_tree;
	git_commit *parent = NULL;
	git_tree *head = NULL, *tree = NULL, *itree = NULL;
	git_blob *old = NULL;
	git_tree_entry *ie = NULL;
	git_signature *author = NULL, *committer = NULL;
	git_tree_update update;
	json_t *picture = NULL, *own = NULL;
	struct inc_buf content = {0}, msg = {0};
	char dir[256], chunk[64], path[512], *dump = NULL;
	const char *paths[1] = {path};
	int64_t at, recorded, seq;
	struct stat objects;
	int rc, unborn, staged = 0, in_cycle = 0;

	*retry = 0;
	objects_seen(&objects, repo);
	if (batch && batch->n) {
		git_oid_cpy(&parent_id, &batch->tip);
		rc = unborn = 0;
	} else {
		rc = git_reference_name_to_id(&parent_id, repo->git, refname);
		unborn = rc == GIT_ENOTFOUND;
	}
	if (rc < 0 && !unborn) {
		rc = inc__git_fail(rc, refname);
		goto out;
	}
	if (!unborn && ((rc = git_commit_lookup(&parent, repo->git,
	    &parent_id)) < 0 || (rc = git_commit_tree(&head, parent)) < 0)) {
		rc = inc__git_fail(rc, refname);
		goto out;
	}
	inc__id_path(dir, sizeof(dir), c->id);
	if (c->creating) {
		if (inc__incident_tree(&itree, repo, head, c->id) == 0) {
			rc = inc__fail(INC_ECONFLICT, "%s: already exists", c->id);
			goto out;
		}
		picture = inc__picture_new(c->id);
		own = json_incref(picture);
	} else {
		if ((rc = inc__incident_tree(&itree, repo, head, c->id)) < 0 ||
		    (rc = inc__picture(&own, repo, head, c->id)) < 0 ||
		    (rc = in_cycle = as_read(&picture, own, repo, head)) < 0)
			goto out;
	}
	if (!c->creating && (rc = after_open(c, picture)) < 0)
		goto out;
	if (!c->creating)
		clock_behind(c, repo, itree, picture);
	seq = json_integer_value(json_object_get(picture, "seq"));
	if (seq < 0 || seq >= INC_INT_MAX) {
		rc = inc__fail(INC_EINVALID, "%s: seq %lld is out of range",
		    c->id, (long long)seq);
		goto out;
	}
	json_object_set_new(c->event, "seq", json_integer(seq + 1));
	/* what this writer has seen: the incident's newest events */
	if (json_object_set_new(c->event, "after", json_is_array(json_object_get(
	    picture, "heads")) ? json_deep_copy(json_object_get(picture,
	    "heads")) : json_array()) < 0) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	inc__buf_free(&c->announce);
	c->tree = itree;
	rc = c->kind->allowed ? c->kind->allowed(c, picture) : 0;
	c->tree = NULL;
	if (rc < 0 || (rc = inc__change_announce(c, picture)) < 0 ||
	    (rc = inc__picture_apply(picture, c->event)) < 0 ||
	    (own != picture && (rc = inc__picture_apply(own, c->event)) < 0))
		goto out;
	if (!(dump = json_dumps(c->event, JSON_COMPACT | JSON_SORT_KEYS))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	if ((rc = last_chunk(chunk, sizeof(chunk), &old, repo, itree, writer)) < 0)
		goto out;
	snprintf(path, sizeof(path), "%s/%s", dir, chunk);
	if ((rc = worktree_unchanged(repo, head, path)) < 0)
		goto out;
	if ((old && (rc = inc__buf_put(&content, git_blob_rawcontent(old),
	    (size_t)git_blob_rawsize(old))) < 0) ||
	    (rc = inc__buf_printf(&content, "%s\n", dump)) < 0 ||
	    (rc = message(&msg, c)) < 0)
		goto out;
	inc__time_get(&at, c->event, "at");
	inc__time_get(&recorded, c->event, "recorded_at");
	update.action = GIT_TREE_UPDATE_UPSERT;
	update.filemode = GIT_FILEMODE_BLOB;
	update.path = path;
	/* the author date is when it happened, the commit date when recorded */
	if ((rc = git_blob_create_from_buffer(&update.id, repo->git, content.s,
	    content.len)) < 0 ||
	    (rc = git_tree_create_updated(&tree_id, repo->git, head, 1,
	    &update)) < 0 ||
	    (rc = git_tree_lookup(&tree, repo->git, &tree_id)) < 0 ||
	    (rc = git_signature_new(&author, repo->name, repo->email, at, 0)) < 0 ||
	    (rc = git_signature_new(&committer, repo->name, repo->email,
	    recorded, 0)) < 0) {
		rc = inc__git_fail(rc, c->id);
		*retry = object_dir_gone();
		goto out;
	}
	/* signed when commit.gpgsign says so; a failure commits nothing */
	if ((rc = inc__commit_create(&commit_id, repo, author, committer, msg.s,
	    tree, parent)) < 0) {
		*retry = object_dir_gone();
		goto out;
	}
	if (batch) {
		/* the branch moves at the end of the batch */
		if (!batch->n++) {
			batch->unborn = unborn;
			git_oid_cpy(&batch->start, &parent_id);
		}
		git_oid_cpy(&batch->tip, &commit_id);
		rc = batch_path(batch, path);
		goto done;
	}
	if ((rc = written(repo, &commit_id, &tree_id)) < 0 ||
	    (rc = objects_sync(repo, &objects)) < 0)
		goto out;
	/*
	 * index.lock from here, held as briefly as can be: a colleague's git
	 * commit fails while it is held. A checkout may have moved HEAD.
	 */
	if ((rc = inc__worktree_lock(repo)) < 0 ||
	    (repo->index_locked && (rc = same_branch(repo, refname)) < 0))
		goto out;
	staged = 1;
	if ((rc = inc__worktree_stage(repo, tree, paths, 1)) < 0)
		goto out;
	if ((rc = move_branch(repo, c->lock, refname, &commit_id,
	    unborn ? NULL : &parent_id, msg.s)) < 0) {
		if (rc == INC_ECONFLICT)
			*retry = 1; /* another git moved or holds the branch */
		goto out;
	}
	staged = 0;
	if (inc__worktree_done(repo, 1, paths, 1) < 0)
		inc__warn("%s (the event is recorded; index.lock is kept until "
		    "the next write brings the work tree in step)", inc_error());
done:
	if (c->picture)
		*c->picture = json_incref(picture);
	if (git_tree_entry_bypath(&ie, tree, dir) == 0) {
		git_oid_cpy(&incident_tree, git_tree_entry_id(ie));
		inc__cache_store(repo, c->id, &incident_tree, own);
		/* out of a cycle, the others' pictures change: made again */
		if (!in_cycle)
			inc__index_update(repo, head, tree, c->id,
			    &incident_tree, picture);
	}
out:
	if (staged)
		inc__worktree_done(repo, 0, paths, 1);
	free(dump);
	inc__buf_free(&content);
	inc__buf_free(&msg);
	json_decref(picture);
	json_decref(own);
	git_tree_entry_free(ie);
	git_signature_free(author);
	git_signature_free(committer);
	git_blob_free(old);
	git_tree_free(itree);
	git_tree_free(tree);
	git_tree_free(head);
	git_commit_free(parent);
	return rc;
}

/*
 * No git operation is half done in the work tree whose abort puts the
 * branch back where it began (a rebase, git am, a cherry-pick or revert):
 * an event committed meanwhile would be undone by it, though it was
 * acknowledged. A merge is not one: its abort keeps the branch's tip.
 */
static int
not_rewinding(inc_repo *repo)
{
	switch (git_repository_state(repo->git)) {
	case GIT_REPOSITORY_STATE_REBASE:
	case GIT_REPOSITORY_STATE_REBASE_INTERACTIVE:
	case GIT_REPOSITORY_STATE_REBASE_MERGE:
	case GIT_REPOSITORY_STATE_APPLY_MAILBOX:
	case GIT_REPOSITORY_STATE_APPLY_MAILBOX_OR_REBASE:
	case GIT_REPOSITORY_STATE_CHERRYPICK:
	case GIT_REPOSITORY_STATE_CHERRYPICK_SEQUENCE:
	case GIT_REPOSITORY_STATE_REVERT:
	case GIT_REPOSITORY_STATE_REVERT_SEQUENCE:
		return inc__fail(INC_EINVALID, "%s: a git rebase (or am, "
		    "cherry-pick, revert) is in progress in the work tree, "
		    "and its abort would undo what is recorded now: nothing "
		    "recorded (finish or abort it first)", repo->path);
	default:
		return 0;
	}
}

/*
 * The copy fetched and merged for a write refused on authority, the
 * writers' lock (*fd) let go meanwhile, as a merge takes it: 0 when it
 * was and the lock is held again, to check the event once more; else
 * INC_EDENIED with the refusal as it was.
 */
static int
refresh(struct inc_change *c, int *fd)
{
	char *refusal = strdup(inc_error());
	int rc;

	inc__worktree_unlock(c->repo);
	inc__unlock(*fd);
	*fd = -1;
	rc = c->repo->refresh(c->repo) == 1 ? inc__lock(fd, c->repo) : -1;
	c->lock = *fd;
	if (rc < 0 || !refusal)
		rc = inc__fail(INC_EDENIED, "%s", refusal ? refusal :
		    "not the incident commander");
	free(refusal);
	return rc;
}

/*
 * Appends c->event as one commit; the announcement goes to *out. The
 * hooks are queued, for inc_hooks_run once the tool has said what was
 * recorded.
 */
int
inc__append(char **out_announcement, struct inc_change *c)
{
	struct inc__batch *batch = c->repo->batch;
	git_reference *head = NULL;
	const char *writer = NULL;
	char *refname = NULL;
	struct timespec pause = {0, 5 * 1000 * 1000};
	int fd = -1, rc, retry = 0, refreshed = 0;

	inc__warn_clear();
	if (batch && batch->fd < 0 && (rc = inc__lock(&batch->fd, c->repo)) < 0)
		goto out;
	if (!batch && (rc = inc__lock(&fd, c->repo)) < 0)
		goto out;
	c->lock = batch ? batch->fd : fd;
	if ((rc = git_reference_lookup(&head, c->repo->git, "HEAD")) < 0) {
		rc = inc__git_fail(rc, "HEAD");
		goto out;
	}
	if (git_reference_type(head) != GIT_REFERENCE_SYMBOLIC) {
		rc = inc__fail(INC_EINVALID, "%s: HEAD is detached: check out "
		    "a branch", c->repo->path);
		goto out;
	}
	if ((rc = not_rewinding(c->repo)) < 0)
		goto out;
	if (!(refname = strdup(git_reference_symbolic_target(head)))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	if (inc__worktree_elsewhere(c->repo, refname)) {
		rc = inc__fail(INC_EINVALID, "%s: checked out in another work "
		    "tree too, which cannot be kept in step; nothing recorded "
		    "(git worktree list)", refname + (strncmp(refname,
		    "refs/heads/", 11) ? 0 : 11));
		goto out;
	}
	if ((rc = inc__writer(&writer, c->repo)) < 0)
		goto out;
	if (batch && !batch->refname && !(batch->refname = strdup(refname))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	if (batch && strcmp(batch->refname, refname)) {
		rc = inc__fail(INC_ECONFLICT, "HEAD: moved from %s to %s during "
		    "the batch", batch->refname, refname);
		goto out;
	}
again:
	for (int i = 0; i < RETRIES; i++) {
		if ((rc = commit_once(c, writer, refname, &retry)) == 0 || !retry)
			break;
		nanosleep(&pause, NULL);
	}
	/* refused on authority: this copy may not have a hand-over of
	 * command made on another clone a moment ago; fetched and merged
	 * (inc_repo_refresh_with), the event is checked once more */
	if (rc == INC_EDENIED && !batch && c->repo->refresh && !refreshed) {
		refreshed = 1;
		if ((rc = refresh(c, &fd)) == 0)
			goto again;
	}
out:
	if (rc < 0) /* the branch did not move: nothing is recorded */
		inc__not_recorded();
	if (!batch)
		inc__worktree_unlock(c->repo);
	inc__unlock(fd);
	if (rc < 0)
		inc__signals_release();
	if (rc == 0 && !batch)
		inc__gc_auto(c->repo);
	if (rc == 0 && !c->hooks_later) {
		struct inc_buf text = {0};
		const char *ann = c->announce.s ? c->announce.s : "";
		/* the text of an event with a body: its announcement, then it */
		if (c->body && inc__buf_printf(&text, "%s\n\n%s", ann, c->body) < 0)
			rc = INC_ERROR;
		else
			rc = inc__hooks_queue(c->repo, c->event, ann, text.s);
		inc__buf_free(&text);
	}
	if (rc == 0 && out_announcement)
		*out_announcement = inc__buf_take(&c->announce);
	inc__buf_free(&c->announce);
	git_reference_free(head);
	free(refname);
	return rc;
}

/*
 * The mempack, each object written to it noted: libgit2's git_mempack_dump
 * packs each commit with its whole tree, every incident's chunks, so a
 * batch's pack would cost what the history does. Only the objects the
 * batch wrote go in its pack; the others are on disk already, as
 * git_odb_write writes no object the database has.
 */
struct batch_odb {
	git_odb_backend parent;
	git_odb_backend *mempack;
	git_oid *ids;
	size_t n, cap;
};

static int
batch_odb_read(void **data, size_t *len, git_object_t *type,
    git_odb_backend *be, const git_oid *id)
{
	git_odb_backend *m = ((struct batch_odb *)be)->mempack;

	return m->read(data, len, type, m, id);
}

static int
batch_odb_read_header(size_t *len, git_object_t *type, git_odb_backend *be,
    const git_oid *id)
{
	git_odb_backend *m = ((struct batch_odb *)be)->mempack;

	return m->read_header(len, type, m, id);
}

static int
batch_odb_exists(git_odb_backend *be, const git_oid *id)
{
	git_odb_backend *m = ((struct batch_odb *)be)->mempack;

	return m->exists(m, id);
}

static int
batch_odb_write(git_odb_backend *be, const git_oid *id, const void *data,
    size_t len, git_object_t type)
{
	struct batch_odb *b = (struct batch_odb *)be;

	if (b->n == b->cap) {
		size_t cap = b->cap ? 2 * b->cap : 64;
		git_oid *ids = realloc(b->ids, cap * sizeof(*ids));

		if (!ids) {
			git_error_set_oom();
			return -1;
		}
		b->ids = ids;
		b->cap = cap;
	}
	if (b->mempack->write(b->mempack, id, data, len, type) < 0)
		return -1;
	git_oid_cpy(&b->ids[b->n++], id);
	return 0;
}

static void
batch_odb_free(git_odb_backend *be)
{
	struct batch_odb *b = (struct batch_odb *)be;

	b->mempack->free(b->mempack);
	free(b->ids);
	free(b);
}

static int
batch_odb_new(struct batch_odb **out)
{
	struct batch_odb *b;
	int rc;

	*out = NULL;
	if (!(b = calloc(1, sizeof(*b)))) {
		git_error_set_oom();
		return -1;
	}
	if ((rc = git_mempack_new(&b->mempack)) < 0) {
		free(b);
		return rc;
	}
	b->parent.version = GIT_ODB_BACKEND_VERSION;
	b->parent.read = batch_odb_read;
	b->parent.read_header = batch_odb_read_header;
	b->parent.exists = batch_odb_exists;
	b->parent.write = batch_odb_write;
	b->parent.free = batch_odb_free;
	*out = b;
	return 0;
}

/* The batch's objects as one pack */
static int
batch_odb_pack(git_buf *pack, git_repository *git, const struct batch_odb *b)
{
	git_packbuilder *pb;
	int rc;

	if ((rc = git_packbuilder_new(&pb, git)) < 0)
		return rc;
	git_packbuilder_set_threads(pb, 1);
	for (size_t i = 0; i < b->n && rc == 0; i++)
		rc = git_packbuilder_insert(pb, &b->ids[i], NULL);
	if (rc == 0)
		rc = git_packbuilder_write_buf(pack, pb);
	git_packbuilder_free(pb);
	return rc;
}

/*
 * A batch's objects go to a mempack in an object database of its own,
 * which the repository uses until the end: the repository's own database
 * cannot be rid of a backend once it has one.
 */
int
inc_batch_begin(inc_repo *repo)
{
	struct inc__batch *b;
	git_odb *odb = NULL;
	struct stat objects;
	char dir[4096];
	int rc;

	if (repo->batch)
		return inc__fail(INC_EINVALID, "a batch is already begun");
	if (!(b = calloc(1, sizeof(*b))))
		return inc__fail(INC_ERROR, "out of memory");
	b->hooks = inc_hooks_queued(repo);
	b->fd = -1;
	/*
	 * objects/pack made first, and the databases opened afresh: one
	 * opened before objects/pack existed would never see the batch's pack
	 */
	snprintf(dir, sizeof(dir), "%sobjects/pack", repo->commondir);
	objects_seen(&objects, repo);
	if (mkdir(dir, 0777) < 0 && errno != EEXIST)
		rc = inc__errno_fail("objects/pack");
	else
		rc = objects_sync(repo, &objects);
	if (rc < 0) {
		free(b);
		return rc;
	}
	snprintf(dir, sizeof(dir), "%sobjects", repo->commondir);
	if ((rc = git_odb_open(&b->disk, dir)) < 0 ||
	    (rc = git_odb_open(&odb, dir)) < 0 ||
	    (rc = batch_odb_new(&b->mem)) < 0 ||
	    (rc = git_odb_add_backend(odb, &b->mem->parent, 1000)) < 0) {
		if (b->mem && rc < 0)
			batch_odb_free(&b->mem->parent);
		git_odb_free(odb);
		git_odb_free(b->disk);
		free(b);
		return inc__git_fail(rc, "objects");
	}
	git_repository_set_odb(repo->git, odb);
	git_odb_free(odb); /* the repository holds it now, and the mempack */
	repo->batch = b;
	return 0;
}

/*
 * The batch's objects as one pack in objects/pack, durable (the indexer
 * fsyncs as the loose objects are), and found there; then the branch.
 */
static int
batch_record(inc_repo *repo, struct inc__batch *b)
{
	git_buf pack = {0};
	git_indexer *idx = NULL;
	git_indexer_progress stats = {0};
	git_commit *tip = NULL;
	git_tree *after = NULL;
	const char *const *paths = (const char *const *)b->paths;
	struct stat st;
	char dir[4096], msg[64];
	int rc, staged = 0;

	snprintf(dir, sizeof(dir), "%sobjects/pack", repo->commondir);
	/* checked first, as libgit2 1.5 leaks when the indexer cannot start */
	if (stat(dir, &st) < 0)
		return inc__errno_fail("objects/pack");
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return inc__errno_fail("objects/pack");
	}
	if ((rc = batch_odb_pack(&pack, repo->git, b->mem)) < 0 ||
	    (rc = git_indexer_new(&idx, dir, 0, NULL, NULL)) < 0 ||
	    (rc = git_indexer_append(idx, pack.ptr, pack.size, &stats)) < 0 ||
	    (rc = git_indexer_commit(idx, &stats)) < 0) {
		rc = inc__git_fail(rc, "objects/pack");
		goto out;
	}
	git_repository_set_odb(repo->git, b->disk);
	if (git_odb_refresh(b->disk) < 0 || !git_odb_exists(b->disk, &b->tip)) {
		rc = inc__fail(INC_ERROR, "%s: the batch's pack is not found",
		    dir);
		goto out;
	}
	if ((rc = git_commit_lookup(&tip, repo->git, &b->tip)) < 0 ||
	    (rc = git_commit_tree(&after, tip)) < 0) {
		rc = inc__git_fail(rc, "batch");
		goto out;
	}
	if ((rc = inc__worktree_lock(repo)) < 0 ||
	    (rc = same_branch(repo, b->refname)) < 0)
		goto out;
	staged = 1;
	if ((rc = inc__worktree_stage(repo, after, paths, b->npaths)) < 0)
		goto out;
	snprintf(msg, sizeof(msg), "incident: %zu events", b->n);
	if ((rc = move_branch(repo, b->fd, b->refname, &b->tip,
	    b->unborn ? NULL : &b->start, msg)) < 0)
		goto out;
	staged = 0;
	if (inc__worktree_done(repo, 1, paths, b->npaths) < 0)
		inc__warn("%s (the events are recorded; index.lock is kept until "
		    "the next write brings the work tree in step)", inc_error());
out:
	if (rc < 0) /* the branch did not move: nothing is recorded */
		inc__not_recorded();
	if (staged)
		inc__worktree_done(repo, 0, paths, b->npaths);
	inc__worktree_unlock(repo);
	git_tree_free(after);
	git_commit_free(tip);
	git_indexer_free(idx);
	git_buf_dispose(&pack);
	return rc;
}

int
inc_batch_end(inc_repo *repo, enum inc_batch_end how)
{
	int commit = how == INC_BATCH_RECORD;
	struct inc__batch *b = repo->batch;
	int rc = 0;

	if (!b)
		return inc__fail(INC_EINVALID, "no batch is begun");
	inc__warn_clear();
	if (commit && b->n)
		rc = batch_record(repo, b);
	git_repository_set_odb(repo->git, b->disk); /* and the mempack is freed */
	git_odb_free(b->disk);
	repo->batch = NULL;
	inc__unlock(b->fd);
	if (commit && b->n && rc == 0)
		inc__gc_auto(repo);
	else
		inc__hooks_drop(repo, b->hooks); /* the batch's, not recorded */
	if (rc < 0)
		inc__signals_release();
	for (size_t i = 0; i < b->npaths; i++)
		free(b->paths[i]);
	free(b->paths);
	free(b->refname);
	free(b);
	return rc;
}
