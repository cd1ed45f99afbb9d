/*
 * Appending events. Each event is one commit, made under the repository
 * lock: read HEAD, check the event against the incident's picture, append
 * the line to this clone's newest chunk file, write the blob, tree and
 * commit, and move the branch only if it still points where it did.
 *
 * A batch (inc_batch_begin) holds the lock from its first event to its
 * end. Its commits are chained in memory, in a mempack added to the
 * repository's object database; at the end the mempack is written as one
 * pack, and the branch moves once: 10 fsyncs for the whole batch (the
 * pack, its index, the ref, the reflogs and their directories) instead of
 * 16 to 20 an event.
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
#define STALE_LOCK_SECONDS 2

struct inc__batch {
	int fd;                   /* the writers' lock, held from the first event */
	git_odb *disk;            /* the repository's object database */
	git_odb_backend *mempack; /* where the batch's objects are, till the end */
	size_t n;                 /* events in the batch */
	int unborn;               /* the branch had no commit before it */
	git_oid start, tip;       /* the branch before the batch, and after */
	char *refname;
	json_t *hooks;            /* [event, announcement, body] of each event */
};

/* A new event of a type, its envelope filled in: see incident-log(5). */
int
inc__event_new(json_t **out, inc_repo *repo, const char *id, const char *type,
    const struct inc_write *how)
{
	char at[32], recorded[32], eid[33];
	unsigned char r[8];
	int64_t now = inc_time_now();
	struct timespec ms;
	int rc;

	*out = NULL;
	if ((rc = inc__identity(repo)) < 0)
		return rc;
	if (getrandom(r, sizeof(r), 0) != sizeof(r))
		return inc__errno_fail("getrandom");
	/* in millisecond order, and unique without coordination */
	clock_gettime(CLOCK_REALTIME, &ms);
	snprintf(eid, sizeof(eid), "%012llx%02x%02x%02x%02x%02x%02x%02x%02x",
	    (unsigned long long)inc__time_now_ms(), r[0], r[1], r[2], r[3],
	    r[4], r[5], r[6], r[7]);
	inc__time_format(at, how->at ? how->at : now);
	inc__time_format(recorded, now);
	*out = json_pack("{s:i, s:s, s:s, s:s, s:s, s:s, s:{s:s, s:s}}",
	    "v", INC_LOG_VERSION, "id", eid, "incident", id, "type", type,
	    "at", at, "recorded", recorded,
	    "actor", "name", repo->name, "email", repo->email);
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
	for (size_t i = 0; tree && i < git_tree_entrycount(tree); i++) {
		const git_tree_entry *e = git_tree_entry_byindex(tree, i);
		const char *n = git_tree_entry_name(e);
		if (!strncmp(n, writer, wlen) && n[wlen] == '-' &&
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

static int
message(struct inc_buf *b, struct inc_change *c)
{
	const char *ann = c->announce.s ? c->announce.s : "";
	size_t n;

	if (!strncmp(ann, "@all: ", 6))
		ann += 6;
	n = strcspn(ann, "\n");
	if (inc__buf_printf(b, "%s: %.*s%s\n\n", c->id, n > 200 ? 200 : (int)n,
	    ann, n > 200 ? "..." : "") < 0)
		return INC_ERROR;
	if (c->body && inc__buf_printf(b, "%s\n\n", c->body) < 0)
		return INC_ERROR;
	return inc__buf_printf(b, "Incident: %s\nEvent: %s\nEvent-Id: %s\n",
	    c->id, inc__str(c->event, "type"), inc__str(c->event, "id"));
}

/* A lock file at least a few seconds old was left by a killed writer. */
static int
clear_stale_lock(const char *path)
{
	struct stat st;
	struct timespec now;

	clock_gettime(CLOCK_REALTIME, &now);
	if (stat(path, &st) == 0 && (now.tv_sec - st.st_mtim.tv_sec) * 1000000000L +
	    (now.tv_nsec - st.st_mtim.tv_nsec) >= STALE_LOCK_SECONDS * 1000000000L) {
		unlink(path);
		return 1;
	}
	return 0;
}

static void
clear_stale_ref_lock(inc_repo *repo, const char *refname)
{
	char path[4096];

	snprintf(path, sizeof(path), "%s%s.lock", repo->commondir, refname);
	clear_stale_lock(path);
}

/* Writes the work tree's copy of path as committed: whole, or not at all. */
static int
write_file(inc_repo *repo, const char *path, const char *content, size_t size)
{
	const char *workdir = git_repository_workdir(repo->git);
	char full[4096], tmp[4200];
	FILE *f = NULL;
	int fd;

	snprintf(full, sizeof(full), "%s%s", workdir, path);
	for (char *p = full + strlen(workdir); *p; p++) {
		struct stat st;
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(full, 0777);
		if (lstat(full, &st) < 0 || !S_ISDIR(st.st_mode)) {
			/* a symbolic link in the work tree could lead outside it */
			inc__warn("%s: not a directory in the work tree; %s not "
			    "written there (the event is recorded)", full, path);
			return -1;
		}
		*p = '/';
	}
	/*
	 * One name, as writers take turns: a killed writer's is found again.
	 * It is made anew, never opened through a link planted there.
	 */
	snprintf(tmp, sizeof(tmp), "%s.inc-tmp", full);
	unlink(tmp);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0 || !(f = fdopen(fd, "w")) ||
	    fwrite(content, 1, size, f) != size ||
	    fclose(f) != 0 || rename(tmp, full) != 0) {
		inc__warn("%s: %s (the event is recorded; git checkout -- %s "
		    "restores the file)", full, strerror(errno), path);
		if (fd >= 0 && !f)
			close(fd);
		if (fd >= 0)
			unlink(tmp);
		return -1;
	}
	return 0;
}

/* a path brought in step with HEAD, and its blob there */
struct synced {
	const char *path;
	git_oid id;
};

/*
 * The index entry of a file just written from a blob: the blob's id and
 * the file's stat data, as git add would make it, without reading the
 * file back and hashing it again.
 */
static int
index_entry(git_index_entry *e, inc_repo *repo, const struct synced *f)
{
	char full[4096];
	struct stat st;

	snprintf(full, sizeof(full), "%s%s", git_repository_workdir(repo->git),
	    f->path);
	if (lstat(full, &st) < 0)
		return -1;
	memset(e, 0, sizeof(*e));
	e->ctime.seconds = (int32_t)st.st_ctim.tv_sec;
	e->ctime.nanoseconds = (uint32_t)st.st_ctim.tv_nsec;
	e->mtime.seconds = (int32_t)st.st_mtim.tv_sec;
	e->mtime.nanoseconds = (uint32_t)st.st_mtim.tv_nsec;
	e->dev = (uint32_t)st.st_dev;
	e->ino = (uint32_t)st.st_ino;
	e->mode = GIT_FILEMODE_BLOB;
	e->uid = st.st_uid;
	e->gid = st.st_gid;
	e->file_size = (uint32_t)st.st_size;
	git_oid_cpy(&e->id, &f->id);
	e->path = f->path;
	return 0;
}

/*
 * Adds the files to the index as they are in the work tree. Another git
 * may hold index.lock for a moment; one left by a killed writer is
 * removed once it is a few seconds old.
 */
static int
update_index(inc_repo *repo, const struct synced *files, size_t n)
{
	struct timespec pause = {0, 5 * 1000 * 1000};
	char lock[4096];
	git_index *index = NULL;
	git_index_entry entry;
	int rc = 0;

	snprintf(lock, sizeof(lock), "%sindex.lock", git_repository_path(repo->git));
	for (int i = 0; i < RETRIES; i++) {
		if ((rc = git_repository_index(&index, repo->git)) < 0 ||
		    (rc = git_index_read(index, 0)) < 0)
			break;
		for (size_t k = 0; rc == 0 && k < n; k++)
			rc = index_entry(&entry, repo, &files[k]) < 0 ?
			    git_index_add_bypath(index, files[k].path) :
			    git_index_add(index, &entry);
		if (rc == 0 && (rc = git_index_write(index)) == 0)
			break;
		git_index_free(index), index = NULL;
		if (rc != GIT_ELOCKED)
			break;
		clear_stale_lock(lock);
		nanosleep(&pause, NULL);
	}
	if (rc < 0) {
		const git_error *e = git_error_last();
		inc__warn("index: %s (the event is recorded; the next writer "
		    "updates the index)", e ? e->message : "error");
	}
	git_index_free(index);
	return rc;
}

/*
 * A writer killed between moving the branch and updating the work tree,
 * or one that found the index locked, would leave the work tree and index
 * behind HEAD. Each path is noted in GITDIR/incident-pending before the
 * branch moves; every writer brings all noted paths in step with HEAD and
 * clears the list only when that worked.
 */
static void
pending_path(char *out, size_t size, inc_repo *repo)
{
	snprintf(out, size, "%sincident-pending", git_repository_path(repo->git));
}

static void
pending_add(inc_repo *repo, const char *path)
{
	char file[4096];
	FILE *f;

	pending_path(file, sizeof(file), repo);
	if (!git_repository_workdir(repo->git) || !(f = fopen(file, "a")))
		return;
	fprintf(f, "%s\n", path);
	fclose(f);
}

/*
 * The list is emptied, not removed, once all is in step: a file made and
 * removed on every event costs more than one kept.
 */
static void
pending_sync(inc_repo *repo)
{
	char file[4096], *list = NULL, *line, *next;
	struct synced *files = NULL;
	size_t n = 0, size = 0, lines = 1;
	git_object *blob = NULL;
	FILE *f;
	int ok = 1;

	pending_path(file, sizeof(file), repo);
	if (!git_repository_workdir(repo->git) || !(f = fopen(file, "r")))
		return;
	if (getdelim(&list, &size, '\0', f) < 0 || !*list) {
		fclose(f);
		free(list);
		return;
	}
	fclose(f);
	for (line = list; *line; line++)
		lines += *line == '\n';
	if (!(files = calloc(lines, sizeof(*files)))) {
		free(list);
		return;
	}
	for (line = list; *line; line = next) {
		char rev[600];
		size_t k;
		if ((next = strchr(line, '\n')))
			*next++ = '\0';
		else
			next = line + strlen(line);
		for (k = 0; k < n && strcmp(files[k].path, line); k++)
			;
		if (k < n)
			continue; /* a batch lists its chunk once an event */
		snprintf(rev, sizeof(rev), "HEAD:%s", line);
		if (strncmp(line, INC_DIR "/", sizeof(INC_DIR)) || strstr(line, "..") ||
		    git_revparse_single(&blob, repo->git, rev) < 0)
			continue; /* never committed: nothing to bring in step */
		if (git_object_type(blob) == GIT_OBJECT_BLOB) {
			if (write_file(repo, line, git_blob_rawcontent((git_blob *)blob),
			    (size_t)git_blob_rawsize((git_blob *)blob)) < 0)
				ok = 0;
			files[n].path = line;
			git_oid_cpy(&files[n++].id, git_object_id(blob));
		}
		git_object_free(blob), blob = NULL;
	}
	if (ok && update_index(repo, files, n) == 0 && truncate(file, 0) < 0)
		unlink(file);
	free(files);
	free(list);
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
	git_reference *ref = NULL;
	git_tree_update update;
	json_t *picture = NULL;
	struct inc_buf content = {0}, msg = {0};
	char dir[256], chunk[64], path[512], *dump = NULL;
	int64_t at, recorded;
	struct stat objects;
	int rc, unborn;

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
	} else {
		if ((rc = inc__incident_tree(&itree, repo, head, c->id)) < 0 ||
		    (rc = inc__picture(&picture, repo, head, c->id)) < 0)
			goto out;
	}
	if (!c->creating && strcmp(inc__str(c->event, "at"),
	    inc__str(picture, "opened")) < 0) {
		char *safe = inc_text_safe(inc__str(picture, "opened"), 1);
		rc = inc__fail(INC_EINVALID, "%s: %s is before the incident was "
		    "opened (%s)", c->id, inc__str(c->event, "at"), safe ? safe : "?");
		free(safe);
		goto out;
	}
	json_object_set_new(c->event, "seq", json_integer(
	    json_integer_value(json_object_get(picture, "seq")) + 1));
	inc__buf_free(&c->announce);
	if ((rc = c->check(c, picture)) < 0 ||
	    (rc = inc__picture_apply(picture, c->event)) < 0)
		goto out;
	if (!(dump = json_dumps(c->event, JSON_COMPACT | JSON_SORT_KEYS))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	if ((rc = last_chunk(chunk, sizeof(chunk), &old, repo, itree, writer)) < 0)
		goto out;
	snprintf(path, sizeof(path), "%s/%s", dir, chunk);
	if ((old && (rc = inc__buf_put(&content, git_blob_rawcontent(old),
	    (size_t)git_blob_rawsize(old))) < 0) ||
	    (rc = inc__buf_printf(&content, "%s\n", dump)) < 0 ||
	    (rc = message(&msg, c)) < 0)
		goto out;
	inc__time_get(&at, c->event, "at");
	inc__time_get(&recorded, c->event, "recorded");
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
		goto out;
	}
	/* signed when commit.gpgsign says so; a failure commits nothing */
	if ((rc = inc__commit_create(&commit_id, repo, author, committer, msg.s,
	    tree, parent)) < 0 || (!batch && (rc = objects_sync(repo,
	    &objects)) < 0))
		goto out;
	pending_add(repo, path);
	if (batch) {
		/* the branch moves at the end of the batch */
		if (!batch->n++) {
			batch->unborn = unborn;
			git_oid_cpy(&batch->start, &parent_id);
		}
		git_oid_cpy(&batch->tip, &commit_id);
	} else if (unborn)
		rc = git_reference_create(&ref, repo->git, refname, &commit_id, 0,
		    msg.s);
	else
		rc = git_reference_create_matching(&ref, repo->git, refname,
		    &commit_id, 1, &parent_id, msg.s);
	if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS ||
	    (rc == GIT_ELOCKED && (clear_stale_ref_lock(repo, refname), 1))) {
		*retry = 1; /* another git moved or holds the branch */
		rc = inc__git_fail(rc, refname);
		goto out;
	}
	if (rc < 0) {
		rc = inc__git_fail(rc, refname);
		goto out;
	}
	if (c->picture)
		*c->picture = json_incref(picture);
	if (!batch)
		pending_sync(repo);
	if (git_tree_entry_bypath(&ie, tree, dir) == 0) {
		git_oid_cpy(&incident_tree, git_tree_entry_id(ie));
		inc__cache_store(repo, c->id, &incident_tree, picture);
	}
out:
	free(dump);
	inc__buf_free(&content);
	inc__buf_free(&msg);
	json_decref(picture);
	git_tree_entry_free(ie);
	git_reference_free(ref);
	git_signature_free(author);
	git_signature_free(committer);
	git_blob_free(old);
	git_tree_free(itree);
	git_tree_free(tree);
	git_tree_free(head);
	git_commit_free(parent);
	return rc;
}

/* In a batch, the hooks of an event run when the batch is recorded. */
static int
hooks_later(struct inc__batch *batch, struct inc_change *c)
{
	json_t *call = json_pack("[O, s, s*]", c->event, c->announce.s ?
	    c->announce.s : "", c->body);

	if (!call || json_array_append_new(batch->hooks, call) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	return 0;
}

/* Appends c->event as one commit; the announcement goes to *out. */
int
inc__append(char **out_announcement, struct inc_change *c)
{
	struct inc__batch *batch = c->repo->batch;
	git_reference *head = NULL;
	const char *writer = NULL;
	char *refname = NULL;
	struct timespec pause = {0, 5 * 1000 * 1000};
	int fd = -1, rc, retry = 0;

	inc__warn_clear();
	if (batch && batch->fd < 0 && (rc = inc__lock(&batch->fd, c->repo)) < 0)
		goto out;
	if (!batch && (rc = inc__lock(&fd, c->repo)) < 0)
		goto out;
	if ((rc = git_reference_lookup(&head, c->repo->git, "HEAD")) < 0) {
		rc = inc__git_fail(rc, "HEAD");
		goto out;
	}
	if (git_reference_type(head) != GIT_REFERENCE_SYMBOLIC) {
		rc = inc__fail(INC_EINVALID, "%s: HEAD is detached: check out "
		    "a branch", c->repo->path);
		goto out;
	}
	if (!(refname = strdup(git_reference_symbolic_target(head)))) {
		rc = inc__fail(INC_ERROR, "out of memory");
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
	if (!batch || !batch->n)
		pending_sync(c->repo);
	for (int i = 0; i < RETRIES; i++) {
		if ((rc = commit_once(c, writer, refname, &retry)) == 0 || !retry)
			break;
		nanosleep(&pause, NULL);
	}
out:
	inc__unlock(fd);
	if (rc == 0 && !batch)
		inc__gc_auto(c->repo);
	if (rc == 0 && !c->hooks_later && batch)
		rc = hooks_later(batch, c);
	else if (rc == 0 && !c->hooks_later)
		inc__hooks_text(c->repo, c->event, c->announce.s ?
		    c->announce.s : "", c->body);
	if (rc == 0 && out_announcement)
		*out_announcement = inc__buf_take(&c->announce);
	inc__buf_free(&c->announce);
	git_reference_free(head);
	free(refname);
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
	if (!(b = calloc(1, sizeof(*b))) || !(b->hooks = json_array())) {
		free(b);
		return inc__fail(INC_ERROR, "out of memory");
	}
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
		json_decref(b->hooks);
		free(b);
		return rc;
	}
	snprintf(dir, sizeof(dir), "%sobjects", repo->commondir);
	if ((rc = git_odb_open(&b->disk, dir)) < 0 ||
	    (rc = git_odb_open(&odb, dir)) < 0 ||
	    (rc = git_mempack_new(&b->mempack)) < 0 ||
	    (rc = git_odb_add_backend(odb, b->mempack, 1000)) < 0) {
		if (b->mempack && rc < 0)
			b->mempack->free(b->mempack);
		git_odb_free(odb);
		git_odb_free(b->disk);
		json_decref(b->hooks);
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
	git_reference *ref = NULL;
	struct stat st;
	char dir[4096], msg[64];
	int rc;

	snprintf(dir, sizeof(dir), "%sobjects/pack", repo->commondir);
	/* checked first, as libgit2 1.5 leaks when the indexer cannot start */
	if (stat(dir, &st) < 0)
		return inc__errno_fail("objects/pack");
	if (!S_ISDIR(st.st_mode)) {
		errno = ENOTDIR;
		return inc__errno_fail("objects/pack");
	}
	if ((rc = git_mempack_dump(&pack, repo->git, b->mempack)) < 0 ||
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
	snprintf(msg, sizeof(msg), "incident: %zu events", b->n);
	if (b->unborn)
		rc = git_reference_create(&ref, repo->git, b->refname, &b->tip, 0,
		    msg);
	else
		rc = git_reference_create_matching(&ref, repo->git, b->refname,
		    &b->tip, 1, &b->start, msg);
	if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS)
		rc = inc__fail(INC_ECONFLICT, "%s: moved by another git during "
		    "the batch", b->refname);
	else if (rc < 0)
		rc = inc__git_fail(rc, b->refname);
	else
		pending_sync(repo);
out:
	git_indexer_free(idx);
	git_buf_dispose(&pack);
	git_reference_free(ref);
	return rc;
}

int
inc_batch_end(inc_repo *repo, int commit)
{
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
	if (commit && b->n && rc == 0) {
		inc__gc_auto(repo);
		for (size_t i = 0; i < json_array_size(b->hooks); i++) {
			json_t *call = json_array_get(b->hooks, i);
			inc__hooks_text(repo, json_array_get(call, 0),
			    json_string_value(json_array_get(call, 1)),
			    json_string_value(json_array_get(call, 2)));
		}
	}
	json_decref(b->hooks);
	free(b->refname);
	free(b);
	return rc;
}
