/*
 * Appending events. Each event is one commit, made under the repository
 * lock: read HEAD, check the event against the incident's picture, append
 * the line to this clone's newest chunk file, write the blob, tree and
 * commit, and move the branch only if it still points where it did.
 */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define RETRIES 500 /* 5 ms apart: how long another git may hold the branch */
#define STALE_LOCK_SECONDS 2

struct change {
	inc_repo *repo;
	const char *id;
	json_t *event;
	int creating;
	int (*check)(struct change *c, json_t *picture);
	struct inc_buf announce; /* the line for the incident channel */
	const char *body;        /* the commit message body, if any */
};

static int
new_event(json_t **out, inc_repo *repo, const char *id, const char *type,
    const struct inc_write *how)
{
	char at[32], recorded[32], eid[33];
	unsigned char r[8];
	int64_t now = inc_time_now();
	int rc;

	*out = NULL;
	if ((rc = inc__identity(repo)) < 0)
		return rc;
	if (getrandom(r, sizeof(r), 0) != sizeof(r))
		return inc__errno_fail("getrandom");
	/* time-ordered and unique without coordination */
	snprintf(eid, sizeof(eid), "%012llx%02x%02x%02x%02x%02x%02x%02x%02x",
	    (unsigned long long)now, r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7]);
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

static const char *
str(json_t *object, const char *key)
{
	return json_string_value(json_object_get(object, key));
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
message(struct inc_buf *b, struct change *c)
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
	    c->id, str(c->event, "type"), str(c->event, "id"));
}

/* A <ref>.lock older than a few seconds was left by a killed writer. */
static int
clear_stale_lock(inc_repo *repo, const char *refname)
{
	char path[4096];
	struct stat st;
	struct timespec now;

	snprintf(path, sizeof(path), "%s%s.lock", repo->commondir, refname);
	clock_gettime(CLOCK_REALTIME, &now);
	if (stat(path, &st) == 0 && (now.tv_sec - st.st_mtim.tv_sec) * 1000000000L +
	    (now.tv_nsec - st.st_mtim.tv_nsec) >= STALE_LOCK_SECONDS * 1000000000L) {
		unlink(path);
		return 1;
	}
	return 0;
}

/* Keep a work tree's file and index entry equal to what was committed. */
static void
sync_worktree(inc_repo *repo, const char *path, const char *content,
    size_t size)
{
	const char *workdir = git_repository_workdir(repo->git);
	char full[4096], tmp[4200];
	git_index *index = NULL;
	FILE *f;
	int rc;

	if (!workdir)
		return;
	snprintf(full, sizeof(full), "%s%s", workdir, path);
	for (char *p = full + strlen(workdir); *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(full, 0777);
		*p = '/';
	}
	snprintf(tmp, sizeof(tmp), "%s.%ld.tmp", full, (long)getpid());
	if (!(f = fopen(tmp, "w")) || fwrite(content, 1, size, f) != size ||
	    fclose(f) != 0 || rename(tmp, full) != 0) {
		inc__warn("%s: %s (the event is recorded; git checkout -- %s "
		    "restores the file)", full, strerror(errno), path);
		if (f)
			unlink(tmp);
		return;
	}
	if ((rc = git_repository_index(&index, repo->git)) < 0 ||
	    (rc = git_index_read(index, 0)) < 0 ||
	    (rc = git_index_add_bypath(index, path)) < 0 ||
	    (rc = git_index_write(index)) < 0) {
		const git_error *e = git_error_last();
		inc__warn("index: %s (the event is recorded; git reset -- %s "
		    "updates the index)", e ? e->message : "error", path);
	}
	git_index_free(index);
}

/*
 * A writer killed between moving the branch and updating the work tree
 * would leave the index behind HEAD. The path being written is noted in
 * GITDIR/incident-pending first, and the next writer finishes the job.
 */
static void
pending_path(char *out, size_t size, inc_repo *repo)
{
	snprintf(out, size, "%sincident-pending", git_repository_path(repo->git));
}

static void
pending_note(inc_repo *repo, const char *path)
{
	char file[4096];
	FILE *f;

	pending_path(file, sizeof(file), repo);
	if (!git_repository_workdir(repo->git) || !(f = fopen(file, "w")))
		return;
	fputs(path, f);
	fclose(f);
}

static void
pending_done(inc_repo *repo)
{
	char file[4096];

	pending_path(file, sizeof(file), repo);
	unlink(file);
}

static void
pending_finish(inc_repo *repo)
{
	char file[4096], path[512], rev[600];
	git_object *blob = NULL;
	FILE *f;
	size_t n;

	pending_path(file, sizeof(file), repo);
	if (!(f = fopen(file, "r")))
		return;
	n = fread(path, 1, sizeof(path) - 1, f);
	fclose(f);
	path[n] = '\0';
	snprintf(rev, sizeof(rev), "HEAD:%s", path);
	if (!strncmp(path, INC_DIR "/", sizeof(INC_DIR)) && !strstr(path, "..") &&
	    git_revparse_single(&blob, repo->git, rev) == 0 &&
	    git_object_type(blob) == GIT_OBJECT_BLOB)
		sync_worktree(repo, path, git_blob_rawcontent((git_blob *)blob),
		    (size_t)git_blob_rawsize((git_blob *)blob));
	git_object_free(blob);
	unlink(file);
}

static int
commit_once(struct change *c, const char *writer, const char *refname,
    int *retry)
{
	inc_repo *repo = c->repo;
	git_oid parent_id, blob_id, tree_id, commit_id, incident_tree;
	git_commit *parent = NULL;
	git_tree *head = NULL, *tree = NULL, *itree = NULL;
	git_blob *old = NULL;
	git_tree_entry *ie = NULL;
	git_signature *author = NULL, *committer = NULL;
	git_reference *ref = NULL;
	git_tree_update update;
	json_t *picture = NULL;
	struct inc_buf line = {0}, content = {0}, msg = {0};
	char dir[256], chunk[64], path[512], *dump = NULL;
	int64_t at, recorded;
	int rc, unborn;

	*retry = 0;
	rc = git_reference_name_to_id(&parent_id, repo->git, refname);
	unborn = rc == GIT_ENOTFOUND;
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
	if (!c->creating && strcmp(str(c->event, "at"), str(picture, "opened")) < 0) {
		char *safe = inc_text_safe(str(picture, "opened"), 1);
		rc = inc__fail(INC_EINVALID, "%s: %s is before the incident was "
		    "opened (%s)", c->id, str(c->event, "at"), safe ? safe : "?");
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
	if ((rc = git_blob_create_from_buffer(&blob_id, repo->git, content.s,
	    content.len)) < 0 ||
	    (update.id = blob_id, 0) ||
	    (rc = git_tree_create_updated(&tree_id, repo->git, head, 1,
	    &update)) < 0 ||
	    (rc = git_tree_lookup(&tree, repo->git, &tree_id)) < 0 ||
	    (rc = git_signature_new(&author, repo->name, repo->email, at, 0)) < 0 ||
	    (rc = git_signature_new(&committer, repo->name, repo->email,
	    recorded, 0)) < 0 ||
	    (rc = git_commit_create(&commit_id, repo->git, NULL, author,
	    committer, NULL, msg.s, tree, parent ? 1 : 0,
	    (const git_commit **)&parent)) < 0) {
		rc = inc__git_fail(rc, c->id);
		goto out;
	}
	pending_note(repo, path);
	if (unborn)
		rc = git_reference_create(&ref, repo->git, refname, &commit_id, 0,
		    msg.s);
	else
		rc = git_reference_create_matching(&ref, repo->git, refname,
		    &commit_id, 1, &parent_id, msg.s);
	if (rc < 0)
		pending_done(repo);
	if (rc == GIT_EMODIFIED || rc == GIT_EEXISTS ||
	    (rc == GIT_ELOCKED && (clear_stale_lock(repo, refname), 1))) {
		*retry = 1; /* another git moved or holds the branch */
		rc = inc__git_fail(rc, refname);
		goto out;
	}
	if (rc < 0) {
		rc = inc__git_fail(rc, refname);
		goto out;
	}
	sync_worktree(repo, path, content.s, content.len);
	pending_done(repo);
	if (git_tree_entry_bypath(&ie, tree, dir) == 0) {
		git_oid_cpy(&incident_tree, git_tree_entry_id(ie));
		inc__cache_store(repo, c->id, &incident_tree, picture);
	}
out:
	free(dump);
	inc__buf_free(&line);
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

static int
commit_event(char **out_announcement, struct change *c)
{
	git_reference *head = NULL;
	char *writer = NULL, *refname = NULL;
	struct timespec pause = {0, 5 * 1000 * 1000};
	int fd = -1, rc, retry = 0;

	inc__warn_clear();
	if ((rc = inc__lock(&fd, c->repo)) < 0)
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
	pending_finish(c->repo);
	for (int i = 0; i < RETRIES; i++) {
		if ((rc = commit_once(c, writer, refname, &retry)) == 0 || !retry)
			break;
		nanosleep(&pause, NULL);
	}
	if (rc == 0 && out_announcement)
		*out_announcement = inc__buf_take(&c->announce);
out:
	inc__unlock(fd);
	inc__buf_free(&c->announce);
	git_reference_free(head);
	free(refname);
	free(writer);
	return rc;
}

static const char *
role_title(char *out, size_t size, const char *role)
{
	if (!strcmp(role, "ic"))
		snprintf(out, size, "IC");
	else
		snprintf(out, size, "%c%s", toupper((unsigned char)role[0]), role + 1);
	return out;
}

static int
is_ic(struct change *c, json_t *picture)
{
	return inc__person_match(json_object_get(json_object_get(picture,
	    "roles"), "ic"), c->repo->name, c->repo->email);
}

static int
denied(struct change *c, json_t *picture, const char *what)
{
	const char *ic = str(json_object_get(json_object_get(picture, "roles"),
	    "ic"), "person");

	return inc__fail(INC_EDENIED, "%s: only the incident commander (%s) "
	    "can %s; --force overrides and is recorded", c->id,
	    ic ? ic : "nobody", what);
}

/* --- open --- */

static int
check_open(struct change *c, json_t *picture)
{
	enum inc_state s = INC_STATE_INVESTIGATING;

	(void)picture;
	inc_state_parse(&s, str(c->event, "state"));
	if (s == INC_STATE_MAJOR)
		return inc__buf_printf(&c->announce, "@all: Major Incident: %s\n"
		    "@all: IC -> %s", str(c->event, "title"), c->repo->name);
	return inc__buf_printf(&c->announce, "@all: Incident %c%s: %s\n"
	    "@all: IC -> %s", toupper((unsigned char)inc_state_name(s)[0]),
	    inc_state_name(s) + 1, str(c->event, "title"), c->repo->name);
}

int
inc_open(char **out_id, char **out_announcement, inc_repo *repo,
    const struct inc_open_args *args, const struct inc_write *how)
{
	struct change c = {0};
	char *id = NULL;
	int rc;

	*out_id = NULL;
	if ((rc = inc_text_check("title", args->title, INC_TITLE_MAX, 0)) < 0 ||
	    (args->summary && (rc = inc_text_check("summary", args->summary,
	    INC_TEXT_MAX, 1)) < 0))
		return rc;
	if (args->state == INC_STATE_RESOLVED)
		return inc__fail(INC_EINVALID, "resolved: an incident cannot be "
		    "opened resolved");
	if ((rc = inc__id_new(&id, args->title,
	    how->at ? how->at : inc_time_now())) < 0)
		return rc;
	c.repo = repo, c.id = id, c.creating = 1, c.check = check_open;
	c.body = args->summary;
	if ((rc = new_event(&c.event, repo, id, "open", how)) < 0)
		goto out;
	json_object_set_new(c.event, "title", json_string(args->title));
	json_object_set_new(c.event, "state", json_string(
	    inc_state_name(args->state)));
	if (args->summary)
		json_object_set_new(c.event, "summary", json_string(args->summary));
	if ((rc = commit_event(out_announcement, &c)) == 0)
		*out_id = id, id = NULL;
out:
	json_decref(c.event);
	free(id);
	return rc;
}

/* --- state --- */

static int
check_state(struct change *c, json_t *picture)
{
	const char *to = str(c->event, "state");

	if (!c->repo->name || (!is_ic(c, picture) && !json_is_true(
	    json_object_get(c->event, "force"))))
		return denied(c, picture, "change its state");
	if (!strcmp(to, str(picture, "state") ? str(picture, "state") : ""))
		return inc__fail(INC_EINVALID, "%s: already %s", c->id, to);
	if (!strcmp(to, "major"))
		return inc__buf_printf(&c->announce, "@all: Major Incident");
	return inc__buf_printf(&c->announce, "@all: Incident %c%s",
	    toupper((unsigned char)to[0]), to + 1);
}

int
inc_set_state(char **out_announcement, inc_repo *repo, const char *id,
    enum inc_state state, const char *message_text, const struct inc_write *how)
{
	struct change c = {.repo = repo, .id = id, .check = check_state};
	int rc;

	if (message_text && (rc = inc_text_check("message", message_text,
	    INC_TEXT_MAX, 1)) < 0)
		return rc;
	if ((rc = new_event(&c.event, repo, id, "state", how)) < 0)
		return rc;
	json_object_set_new(c.event, "state", json_string(inc_state_name(state)));
	if (message_text)
		json_object_set_new(c.event, "message", json_string(message_text));
	c.body = message_text;
	rc = commit_event(out_announcement, &c);
	json_decref(c.event);
	return rc;
}

/* --- handoff --- */

static int
role_valid(const char *role)
{
	size_t n;

	if (!strcmp(role, "ic") || !strcmp(role, "comms") || !strcmp(role, "ops"))
		return 1;
	if (strncmp(role, "ops:", 4))
		return 0;
	n = strlen(role + 4);
	return n >= 1 && n <= 32 && strspn(role + 4,
	    "abcdefghijklmnopqrstuvwxyz0123456789-") == n && role[4] != '-';
}

static int
check_handoff(struct change *c, json_t *picture)
{
	const char *role = str(c->event, "role");
	const char *person = str(c->event, "person");
	const char *email = str(c->event, "email");
	json_t *holder = json_object_get(json_object_get(picture, "roles"), role);
	int force = json_is_true(json_object_get(c->event, "force"));
	char title[64];

	if (!strcmp(role, "ic") && !is_ic(c, picture) && !force)
		return denied(c, picture, "hand over command");
	if (strcmp(role, "ic") && !is_ic(c, picture) && !force &&
	    !inc__person_match(holder, c->repo->name, c->repo->email))
		return denied(c, picture, "assign roles");
	if (!person && !holder)
		return inc__fail(INC_EINVALID, "%s: nobody holds %s", c->id, role);
	if (person && holder && !strcasecmp(person, str(holder, "person")) &&
	    (!email || (str(holder, "email") &&
	    !strcasecmp(email, str(holder, "email")))))
		return inc__fail(INC_EINVALID, "%s: %s already holds %s", c->id,
		    person, role);
	role_title(title, sizeof(title), role);
	return inc__buf_printf(&c->announce, "@all: %s -> %s", title,
	    person ? person : "nobody");
}

/*
 * A person as {"person": NAME, "email": EMAIL}: "me" is the responder,
 * "Name <email>" is split, anything else is a name (email left out).
 */
static int
person_value(json_t **out, inc_repo *repo, const char *what, const char *text)
{
	const char *lt, *gt;
	char name[INC_NAME_MAX + 1];
	size_t n;
	int rc;

	*out = NULL;
	if (text && !strcmp(text, "me")) {
		if ((rc = inc__identity(repo)) < 0)
			return rc;
		*out = json_pack("{s:s, s:s}", "person", repo->name, "email",
		    repo->email);
		return *out ? 0 : inc__fail(INC_ERROR, "out of memory");
	}
	if ((rc = inc_text_check(what, text, INC_NAME_MAX, 0)) < 0)
		return rc;
	lt = strchr(text, '<'), gt = strrchr(text, '>');
	if (!lt && !gt) {
		*out = json_pack("{s:s}", "person", text);
		return *out ? 0 : inc__fail(INC_ERROR, "out of memory");
	}
	for (n = (size_t)(lt ? lt - text : 0); n && text[n - 1] == ' '; n--)
		;
	if (!lt || !gt || gt < lt || gt[1] || !n || gt == lt + 1 ||
	    memchr(lt + 1, ' ', (size_t)(gt - lt - 1)) ||
	    memchr(lt + 1, '<', (size_t)(gt - lt - 1)))
		return inc__fail(INC_EINVALID, "%s: %s: use a name or "
		    "\"Name <email>\"", what, text);
	snprintf(name, sizeof(name), "%.*s", (int)n, text);
	*out = json_pack("{s:s, s:s%}", "person", name, "email", lt + 1,
	    (size_t)(gt - lt - 1));
	return *out ? 0 : inc__fail(INC_ERROR, "out of memory");
}

int
inc_handoff(char **out_announcement, inc_repo *repo, const char *id,
    const char *role, const char *person, const struct inc_write *how)
{
	struct change c = {.repo = repo, .id = id, .check = check_handoff};
	json_t *who = NULL;
	char lower[40];
	size_t n = strlen(role);
	int rc;

	for (size_t i = 0; i < n && i < sizeof(lower) - 1; i++)
		lower[i] = (char)tolower((unsigned char)role[i]);
	lower[n < sizeof(lower) - 1 ? n : sizeof(lower) - 1] = '\0';
	if (n >= sizeof(lower) - 1 || !role_valid(lower)) {
		char *safe = inc_text_safe(role, 1);
		rc = inc__fail(INC_EINVALID, "%.64s: invalid role (use ic, comms, "
		    "ops or ops:NAME)", safe ? safe : "?");
		free(safe);
		return rc;
	}
	if (!strcmp(person, "-")) {
		if (!strcmp(lower, "ic"))
			return inc__fail(INC_EINVALID, "ic: command cannot be "
			    "released: hand it to someone");
	} else if ((rc = person_value(&who, repo, "person", person)) < 0) {
		return rc;
	}
	if ((rc = new_event(&c.event, repo, id, "handoff", how)) < 0)
		goto out;
	json_object_set_new(c.event, "role", json_string(lower));
	if (who)
		json_object_update(c.event, who);
	else
		json_object_set_new(c.event, "person", json_null());
	rc = commit_event(out_announcement, &c);
out:
	json_decref(who);
	json_decref(c.event);
	return rc;
}

/* --- sitrep --- */

/* The first line of a text, cut at 100 bytes, "..." where cut. */
static int
headline(struct inc_buf *b, const char *text)
{
	size_t n = strcspn(text, "\n");

	return inc__buf_printf(b, "%.*s%s", n > 100 ? 100 : (int)n, text,
	    n > 100 || text[n] ? "..." : "");
}

static int
check_sitrep(struct change *c, json_t *picture)
{
	json_object_set(c->event, "state", json_object_get(picture, "state"));
	json_object_set(c->event, "roles", json_object_get(picture, "roles"));
	if (inc__buf_printf(&c->announce, "@all: Sitrep: ") < 0)
		return INC_ERROR;
	return headline(&c->announce, str(c->event, "broken"));
}

int
inc_sitrep(char **out_announcement, inc_repo *repo, const char *id,
    const struct inc_sitrep_args *args, const struct inc_write *how)
{
	struct change c = {.repo = repo, .id = id, .check = check_sitrep};
	struct inc_buf body = {0};
	int rc;

	if ((rc = inc_text_check("what is broken", args->broken, INC_TEXT_MAX,
	    1)) < 0 || (rc = inc_text_check("how widespread", args->impact,
	    INC_TEXT_MAX, 1)) < 0 || (rc = inc_text_check("what is being done",
	    args->doing, INC_TEXT_MAX, 1)) < 0)
		return rc;
	if ((rc = new_event(&c.event, repo, id, "sitrep", how)) < 0)
		return rc;
	json_object_set_new(c.event, "broken", json_string(args->broken));
	json_object_set_new(c.event, "impact", json_string(args->impact));
	json_object_set_new(c.event, "doing", json_string(args->doing));
	if ((rc = inc__buf_printf(&body, "What is broken: %s\nHow widespread: "
	    "%s\nWhat is being done: %s", args->broken, args->impact,
	    args->doing)) == 0) {
		c.body = body.s;
		rc = commit_event(out_announcement, &c);
	}
	inc__buf_free(&body);
	json_decref(c.event);
	return rc;
}

static char *
trim(char *s, char *end)
{
	while (s < end && isspace((unsigned char)*s))
		s++;
	while (end > s && isspace((unsigned char)end[-1]))
		end--;
	*end = '\0';
	return s;
}

/* Drops lines that start with '#' and the two-space indent of the rest. */
static void
uncomment(char *text)
{
	char *w = text, *p = text;

	while (*p) {
		char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p + 1) : strlen(p);
		if (*p != '#') {
			size_t indent = p[0] == ' ' ? p[1] == ' ' ? 2 : 1 : 0;
			memmove(w, p + indent, n - indent);
			w += n - indent;
		}
		p += n;
	}
	*w = '\0';
}

/*
 * Reads a sitrep written as a template: "Broken:", "Impact:" and "Doing:"
 * (or their long forms) each start a field that runs to the next one, its
 * further lines indented by two spaces; lines starting with '#' are
 * ignored, as in git commit. Fields that are not there are left as they
 * were; text with no field at all is refused.
 */
int
inc_sitrep_parse(struct inc_sitrep_args *out, char *text)
{
	static const struct { const char *key; int field; } keys[] = {
		{"broken:", 0}, {"what is broken:", 0},
		{"impact:", 1}, {"how widespread:", 1},
		{"doing:", 2}, {"what is being done:", 2},
	};
	const size_t nkeys = sizeof(keys) / sizeof(keys[0]);
	char *start[3] = {0}, *end[3] = {0}, *p, *line, *next;
	const char **field[3] = {&out->broken, &out->impact, &out->doing};
	int current = -1;

	uncomment(text);
	for (line = text; *line; line = next) {
		char *nl = strchr(line, '\n');
		size_t k;
		next = nl ? nl + 1 : line + strlen(line);
		for (k = 0; k < nkeys; k++)
			if (!strncasecmp(line, keys[k].key, strlen(keys[k].key)))
				break;
		if (k == nkeys) {
			for (p = line; p < next && isspace((unsigned char)*p); p++)
				;
			if (current < 0 && p < next)
				return inc__fail(INC_EINVALID, "sitrep: text before the "
				    "first field (start with Broken:, Impact: or Doing:)");
			continue;
		}
		if (current >= 0)
			end[current] = line;
		current = keys[k].field;
		if (start[current])
			return inc__fail(INC_EINVALID, "sitrep: %s appears twice",
			    keys[k].key);
		start[current] = line + strlen(keys[k].key);
	}
	if (current < 0)
		return inc__fail(INC_EINVALID, "sitrep: no field (Broken:, Impact: "
		    "or Doing:): nothing recorded");
	end[current] = line;
	for (int i = 2; i >= 0; i--) /* later fields first: trim writes NULs */
		if (start[i])
			*field[i] = trim(start[i], end[i]);
	return 0;
}

/* --- note --- */

static int
check_note(struct change *c, json_t *picture)
{
	(void)picture;
	if (inc__buf_printf(&c->announce, "Note: ") < 0)
		return INC_ERROR;
	return headline(&c->announce, str(c->event, "text"));
}

int
inc_note(char **out_announcement, inc_repo *repo, const char *id,
    const char *text, const struct inc_write *how)
{
	struct change c = {.repo = repo, .id = id, .check = check_note,
	    .body = text};
	int rc;

	if ((rc = inc_text_check("note", text, INC_TEXT_MAX, 1)) < 0 ||
	    (rc = new_event(&c.event, repo, id, "note", how)) < 0)
		return rc;
	json_object_set_new(c.event, "text", json_string(text));
	rc = commit_event(out_announcement, &c);
	json_decref(c.event);
	return rc;
}

/* --- post-mortem --- */

static int
check_owner(struct change *c, json_t *picture)
{
	(void)picture;
	return inc__buf_printf(&c->announce, "@all: Post-mortem owner -> %s",
	    str(c->event, "person"));
}

int
inc_pm_owner(char **out_announcement, inc_repo *repo, const char *id,
    const char *person, const struct inc_write *how)
{
	struct change c = {.repo = repo, .id = id, .check = check_owner};
	json_t *who = NULL;
	int rc;

	if ((rc = person_value(&who, repo, "owner", person)) < 0 ||
	    (rc = new_event(&c.event, repo, id, "owner", how)) < 0)
		goto out;
	json_object_update(c.event, who);
	rc = commit_event(out_announcement, &c);
out:
	json_decref(who);
	json_decref(c.event);
	return rc;
}

static int
check_action(struct change *c, json_t *picture)
{
	return inc__buf_printf(&c->announce, "Action %zu -> %s: %s (due %s)",
	    json_array_size(json_object_get(picture, "actions")) + 1,
	    str(c->event, "owner"), str(c->event, "text"), str(c->event, "due"));
}

static int
date_valid(const char *s)
{
	struct tm tm = {0};
	int y, m, d, n = 0;

	if (sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || s[n] || n != 10 ||
	    m < 1 || m > 12 || d < 1 || d > 31)
		return 0;
	tm.tm_year = y - 1900, tm.tm_mon = m - 1, tm.tm_mday = d;
	timegm(&tm);
	return tm.tm_mday == d; /* 2026-02-30 is not a date */
}

int
inc_pm_action(char **out_announcement, inc_repo *repo, const char *id,
    const char *text, const char *owner, const char *due,
    const struct inc_write *how)
{
	struct change c = {.repo = repo, .id = id, .check = check_action,
	    .body = text};
	json_t *who = NULL;
	int rc;

	if ((rc = inc_text_check("action", text, 1000, 0)) < 0 ||
	    (rc = person_value(&who, repo, "action owner", owner)) < 0)
		goto out;
	if (!due || !date_valid(due)) {
		rc = inc__fail(INC_EINVALID, "%s: invalid due date (use "
		    "YYYY-MM-DD)", due ? due : "(none)");
		goto out;
	}
	if ((rc = new_event(&c.event, repo, id, "action", how)) < 0)
		goto out;
	json_object_set_new(c.event, "text", json_string(text));
	json_object_set(c.event, "owner", json_object_get(who, "person"));
	json_object_set_new(c.event, "due", json_string(due));
	rc = commit_event(out_announcement, &c);
out:
	json_decref(who);
	json_decref(c.event);
	return rc;
}

static int
check_done(struct change *c, json_t *picture)
{
	json_int_t n = json_integer_value(json_object_get(c->event, "n"));
	json_t *action = json_array_get(json_object_get(picture, "actions"),
	    (size_t)(n - 1));

	if (!action)
		return inc__fail(INC_ENOTFOUND, "%s: no action %lld", c->id,
		    (long long)n);
	if (json_is_true(json_object_get(action, "done")))
		return inc__fail(INC_EINVALID, "%s: action %lld is already done",
		    c->id, (long long)n);
	return inc__buf_printf(&c->announce, "Action %lld done: %s", (long long)n,
	    str(action, "text"));
}

int
inc_pm_done(char **out_announcement, inc_repo *repo, const char *id,
    long number, const struct inc_write *how)
{
	struct change c = {.repo = repo, .id = id, .check = check_done};
	int rc;

	if (number < 1)
		return inc__fail(INC_EINVALID, "%ld: invalid action number", number);
	if ((rc = new_event(&c.event, repo, id, "action-done", how)) < 0)
		return rc;
	json_object_set_new(c.event, "n", json_integer(number));
	rc = commit_event(out_announcement, &c);
	json_decref(c.event);
	return rc;
}
