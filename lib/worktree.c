/*
 * The work tree and the index kept in step with the branch, as git keeps
 * them. A writer holds git's index.lock from before the branch moves
 * until the index says what the branch says: no git command that takes
 * the index (a colleague's `git commit`, `git checkout`, `git add`) can
 * then see a moved branch with a stale index and commit it over an
 * event.
 *
 *   inc__worktree_lock    index.lock taken (in a bare repository, nothing)
 *   inc__worktree_stage   the files as a tree has them, and the index
 *                         that goes with them, written beside the files
 *                         and the index; a failure changes nothing
 *   inc__worktree_done    the branch moved: each renamed into place (no
 *                         more space needed); or it did not: removed
 *   inc__worktree_unlock  index.lock removed
 *
 * Before any of it, inc__worktree_unchanged: a file about to be written
 * that holds an edit not committed is refused, not written over.
 *
 * The index.lock a writer makes says so ("incident writer PID"): as a
 * writer makes it only while holding the writers' lock, one found by a
 * writer holding that lock was left by a writer that died, and is
 * removed. Any other index.lock is git's: it is waited for, and never
 * removed. The paths about to change are noted in GITDIR/incident-pending
 * first, so that what a killed writer left half done is brought in step
 * with HEAD by the next one.
 *
 * An index git keeps sparse (index.sparse) libgit2 can neither read nor
 * write: it is refused before anything is noted or written.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define INDEX_WAIT_SECONDS 10 /* how long another git may hold the index */
#define MARK "incident writer "

static void
gitdir_file(char *out, size_t size, inc_repo *repo, const char *name)
{
	snprintf(out, size, "%s%s", git_repository_path(repo->git), name);
}

/* Is index.lock one a writer made (and so, as we hold the lock, dead)? */
static int
ours(const char *lock)
{
	char buf[sizeof(MARK)] = "";
	int fd = open(lock, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	return n == (ssize_t)sizeof(MARK) - 1 && !memcmp(buf, MARK, (size_t)n);
}

/*
 * index.lock made whole or not at all: the mark is written to a file of
 * its own, then linked to the name git uses, which fails while another
 * git holds it.
 */
static int
take(const char *lock, const char *tmp)
{
	char mark[64];
	int fd, n, rc;

	n = snprintf(mark, sizeof(mark), MARK "%ld\n", (long)getpid());
	unlink(tmp);
	if ((fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)) < 0)
		return -1;
	rc = write(fd, mark, (size_t)n) == n ? 0 : -1;
	if (close(fd) < 0)
		rc = -1;
	if (rc == 0)
		rc = link(tmp, lock);
	n = errno;
	unlink(tmp);
	errno = n;
	return rc;
}

static void pending_sync(inc_repo *repo);

/* 1 when the HEAD file at path names refname ("ref: REFNAME"). */
static int
head_names(const char *path, const char *refname)
{
	char buf[1100] = "";
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	ssize_t n;
	size_t len = strlen(refname);

	if (fd < 0)
		return 0;
	n = read(fd, buf, sizeof(buf) - 1);
	close(fd);
	return n > 5 && !strncmp(buf, "ref: ", 5) && (size_t)n >= 5 + len &&
	    !memcmp(buf + 5, refname, len) && (buf[5 + len] == '\n' ||
	    buf[5 + len] == '\0');
}

/*
 * refname is checked out in another work tree of this repository too
 * (git worktree add --force): its index and files cannot be kept in
 * step there, and a git commit -a there would commit them over the
 * event. One that is gone (its .git file removed) is not counted.
 */
int
inc__worktree_elsewhere(inc_repo *repo, const char *refname)
{
	char mine[4096], path[4400], gitfile[4500];
	struct dirent *d;
	struct stat st;
	git_repository *main = NULL;
	DIR *dir;
	int rc = 0;

	snprintf(mine, sizeof(mine), "%s", git_repository_path(repo->git));
	if (git_repository_is_worktree(repo->git) &&
	    git_repository_open(&main, repo->commondir) == 0 &&
	    !git_repository_is_bare(main)) {
		snprintf(path, sizeof(path), "%sHEAD", repo->commondir);
		rc = head_names(path, refname);
	}
	git_repository_free(main);
	snprintf(path, sizeof(path), "%sworktrees", repo->commondir);
	if (rc || !(dir = opendir(path)))
		goto out;
	while (!rc && (d = readdir(dir))) {
		char where[4096] = "";
		int fd;
		ssize_t n;
		if (d->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%sworktrees/%s/", repo->commondir,
		    d->d_name);
		if (!strcmp(path, mine))
			continue;
		snprintf(gitfile, sizeof(gitfile), "%sgitdir", path);
		if ((fd = open(gitfile, O_RDONLY | O_CLOEXEC)) < 0)
			continue;
		n = read(fd, where, sizeof(where) - 1);
		close(fd);
		if (n <= 0)
			continue;
		where[strcspn(where, "\n")] = '\0';
		if (stat(where, &st) < 0)
			continue; /* prunable */
		snprintf(gitfile, sizeof(gitfile), "%sHEAD", path);
		rc = head_names(gitfile, refname);
	}
	closedir(dir);
out:
	return rc;
}

/* path is in GITDIR/incident-pending: a writer left it half way */
static int
pending_has(inc_repo *repo, const char *path)
{
	char file[4096], *line = NULL;
	size_t size = 0, len = strlen(path);
	ssize_t n;
	int found = 0;
	FILE *f;

	gitdir_file(file, sizeof(file), repo, "incident-pending");
	if (!(f = fopen(file, "r")))
		return 0;
	while (!found && (n = getline(&line, &size, f)) > 0)
		found = (size_t)n >= len && !memcmp(line, path, len) &&
		    (line[len] == '\n' || line[len] == '\0');
	fclose(f);
	free(line);
	return found;
}

/*
 * In a work tree, is the file at path there as the branch has it (id:
 * its blob; NULL, none)? An edit not committed yet would be lost under
 * the file written: it is refused. One removed from the work tree loses
 * nothing, nor does one a killed writer left half way (the next writer
 * brings it in step).
 */
/*
 * A filter git runs a file through as it stores it (filter=lfs, from a
 * `git lfs track "*.jsonl"` for other files): git would see the log as
 * changed after every write, and its next `git commit -a` would store
 * whatever the filter makes of it (an LFS pointer) as the log. Refused.
 */
static int
no_filter(inc_repo *repo, const char *path)
{
	const char *value = NULL;

	if (git_attr_get(&value, repo->git, 0, path, "filter") < 0) {
		git_error_clear();
		return 0;
	}
	if (git_attr_value(value) != GIT_ATTR_VALUE_STRING)
		return 0;
	return inc__fail(INC_ERROR, "%s: git stores it through filter=%.64s "
	    "(.gitattributes), not as written: add the line 'incidents/** "
	    "-filter' to .gitattributes first", path, value);
}

int
inc__worktree_unchanged(inc_repo *repo, const char *path, const git_oid *id)
{
	const char *workdir = git_repository_workdir(repo->git);
	char full[4096];
	struct stat st;
	git_oid now;
	int rc;

	if (!workdir || git_repository_is_bare(repo->git))
		return 0;
	if ((rc = no_filter(repo, path)) < 0)
		return rc;
	snprintf(full, sizeof(full), "%s%s", workdir, path);
	if ((rc = lstat(full, &st)) < 0 && errno == ENOENT)
		return 0;
	if (pending_has(repo, path))
		return 0;
	/* as git sees the file: through its filters (core.autocrlf, eol) */
	if (rc == 0 && id && S_ISREG(st.st_mode) && git_repository_hashfile(
	    &now, repo->git, full, GIT_OBJECT_BLOB, path) == 0 &&
	    git_oid_equal(&now, id))
		return 0;
	git_error_clear();
	return inc__fail(INC_ERROR, "%s: changed in the work tree and not "
	    "committed (commit it, or undo it, first)", path);
}

int
inc__worktree_lock(inc_repo *repo)
{
	struct timespec pause = {0, 5 * 1000 * 1000};
	char lock[4096], tmp[4096];
	long waited = 0;

	if (repo->index_locked || git_repository_is_bare(repo->git) ||
	    !git_repository_workdir(repo->git))
		return 0;
	gitdir_file(lock, sizeof(lock), repo, "index.lock");
	gitdir_file(tmp, sizeof(tmp), repo, "incident-index.lock");
	while (take(lock, tmp) < 0) {
		if (errno != EEXIST)
			return inc__errno_fail(lock);
		if (ours(lock)) {
			unlink(lock); /* a writer died holding it */
			continue;
		}
		if (waited++ > INDEX_WAIT_SECONDS * 200L)
			return inc__fail(INC_ECONFLICT, "%s: another git process "
			    "has held it for %d seconds; nothing recorded (remove "
			    "it only if no git is running)", lock,
			    INDEX_WAIT_SECONDS);
		nanosleep(&pause, NULL);
	}
	repo->index_locked = 1;
	pending_sync(repo);
	return 0;
}

void
inc__worktree_unlock(inc_repo *repo)
{
	char path[4096];

	if (!repo->index_locked)
		return;
	gitdir_file(path, sizeof(path), repo, "incident-index");
	unlink(path);
	gitdir_file(path, sizeof(path), repo, "index.lock");
	if (repo->index_locked > 0)
		unlink(path);
	repo->index_locked = 0;
}

/*
 * The files being written (*.inc-tmp) ignored by git, in the
 * repository's info/exclude: one a writer killed outright leaves is not
 * shown by git status, nor taken by a person's git add -A and pushed to
 * the team. Failing to is no error: the file is removed by the next
 * writer all the same.
 */
static void
exclude_tmp(inc_repo *repo)
{
	static const char line[] = "*.inc-tmp";
	char path[4096], buf[256];
	int found = 0;
	FILE *f;

	if (repo->tmp_excluded) /* once a process, not each event of a batch */
		return;
	repo->tmp_excluded = 1;
	snprintf(path, sizeof(path), "%sinfo", repo->commondir);
	mkdir(path, 0777);
	snprintf(path, sizeof(path), "%sinfo/exclude", repo->commondir);
	if ((f = fopen(path, "r"))) {
		while (!found && fgets(buf, sizeof(buf), f))
			found = !strncmp(buf, line, sizeof(line) - 1) &&
			    (buf[sizeof(line) - 1] == '\n' ||
			    !buf[sizeof(line) - 1]);
		fclose(f);
	}
	if (!found && (f = fopen(path, "a"))) {
		fprintf(f, "# files the incident tools are writing\n%s\n", line);
		fclose(f);
	}
}

/*
 * The work tree's copy of path, written beside it (path.inc-tmp) to be
 * renamed into place once the branch has moved: whatever fails (a full
 * disk) fails before, and changes nothing. st gets the file's stat data.
 */
static int
write_file(struct stat *st, inc_repo *repo, const char *path,
    const char *content, size_t size)
{
	const char *workdir = git_repository_workdir(repo->git);
	char full[4096], tmp[4200];
	FILE *f = NULL;
	int fd, rc = 0;

	snprintf(full, sizeof(full), "%s%s", workdir, path);
	for (char *p = full + strlen(workdir); *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		mkdir(full, 0777);
		if (lstat(full, st) < 0 || !S_ISDIR(st->st_mode))
			/* a symbolic link in the work tree could lead outside it */
			return inc__fail(INC_ERROR, "%s: not a directory in the "
			    "work tree; nothing recorded", full);
		*p = '/';
	}
	/*
	 * One name, as writers take turns: a killed writer's is found again.
	 * It is made anew, never opened through a link planted there.
	 */
	exclude_tmp(repo);
	snprintf(tmp, sizeof(tmp), "%s.inc-tmp", full);
	unlink(tmp);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0666);
	if (fd < 0 || !(f = fdopen(fd, "w")) ||
	    fwrite(content, 1, size, f) != size || fflush(f) != 0 ||
	    fstat(fd, st) < 0)
		rc = -1;
	if (f && fclose(f) != 0)
		rc = -1;
	else if (!f && fd >= 0)
		close(fd);
	if (rc == 0)
		return 0;
	rc = inc__errno_fail(full);
	if (fd >= 0)
		unlink(tmp);
	return rc;
}

/*
 * The file at path as tree has it, written beside it; 1 when tree has
 * none (it is then removed once the branch has moved).
 */
static int
put_file(git_oid *out, struct stat *st, inc_repo *repo, git_tree *tree,
    const char *path)
{
	git_tree_entry *e = NULL;
	git_blob *blob = NULL;
	int rc = 0;

	if (tree && (rc = git_tree_entry_bypath(&e, tree, path)) < 0 &&
	    rc != GIT_ENOTFOUND)
		return inc__git_fail(rc, path); /* not "not there" */
	if (!tree || rc < 0 || git_tree_entry_type(e) != GIT_OBJECT_BLOB) {
		git_tree_entry_free(e);
		return 1;
	}
	git_oid_cpy(out, git_tree_entry_id(e));
	git_tree_entry_free(e);
	if ((rc = git_blob_lookup(&blob, repo->git, out)) < 0)
		return inc__git_fail(rc, path);
	rc = write_file(st, repo, path, git_blob_rawcontent(blob),
	    (size_t)git_blob_rawsize(blob));
	git_blob_free(blob);
	return rc;
}

/*
 * The index entry of a file just written from a blob: the blob's id and
 * the file's stat data, as git add would make it, without reading the
 * file back and hashing it again.
 */
static void
index_entry(git_index_entry *e, const struct stat *st, const char *path,
    const git_oid *id)
{
	memset(e, 0, sizeof(*e));
	e->ctime.seconds = (int32_t)st->st_ctim.tv_sec;
	e->ctime.nanoseconds = (uint32_t)st->st_ctim.tv_nsec;
	e->mtime.seconds = (int32_t)st->st_mtim.tv_sec;
	e->mtime.nanoseconds = (uint32_t)st->st_mtim.tv_nsec;
	e->dev = (uint32_t)st->st_dev;
	e->ino = (uint32_t)st->st_ino;
	e->mode = GIT_FILEMODE_BLOB;
	e->uid = st->st_uid;
	e->gid = st->st_gid;
	e->file_size = (uint32_t)st->st_size;
	git_oid_cpy(&e->id, id);
	e->path = path;
}

/* A copy of the index (if any) at path, for libgit2 to change there. */
static int
copy_index(inc_repo *repo, const char *to)
{
	char from[4096], buf[65536];
	int in, out, rc = 0;
	ssize_t n = 0;

	gitdir_file(from, sizeof(from), repo, "index");
	unlink(to);
	if ((in = open(from, O_RDONLY | O_CLOEXEC)) < 0)
		return errno == ENOENT ? 0 : inc__errno_fail(from);
	if ((out = open(to, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666)) < 0) {
		close(in);
		return inc__errno_fail(to);
	}
	while (rc == 0 && (n = read(in, buf, sizeof(buf))) > 0)
		/* a short write (the disk full, ulimit -f) is tried again for
		 * the errno that says why */
		for (ssize_t done = 0, put; rc == 0 && done < n; done += put)
			if ((put = write(out, buf + done, (size_t)(n - done))) <= 0)
				rc = inc__errno_fail(to);
	if (n < 0 && rc == 0)
		rc = inc__errno_fail(from);
	close(in);
	if (close(out) < 0 && rc == 0)
		rc = inc__errno_fail(to);
	return rc;
}

/* The paths to bring in step, noted before anything changes. */
static int
pending_add(inc_repo *repo, const char *const *paths, size_t n)
{
	char file[4096];
	FILE *f;
	int rc = 0;

	gitdir_file(file, sizeof(file), repo, "incident-pending");
	if (!(f = fopen(file, "a")))
		return inc__errno_fail(file);
	for (size_t i = 0; i < n; i++)
		if (fprintf(f, "%s\n", paths[i]) < 0)
			rc = -1;
	if (fclose(f) != 0 || rc < 0)
		return inc__errno_fail(file);
	return 0;
}

/*
 * The index could not be read (gitcode): one git keeps sparse (git
 * sparse-checkout --sparse-index, index.sparse: its 'sdir' extension),
 * which libgit2 cannot read nor write, is said so, with git's way back to
 * a full one, rather than as a failure of subject (a log file, the copy
 * of the index); nothing (recorded, merged) is changed.
 */
int
inc__worktree_index_fail(inc_repo *repo, int gitcode, const char *subject,
    const char *nothing)
{
	const git_error *e = git_error_last();
	char index[4096];

	if (!e || !e->message || !strstr(e->message, "extension: 'sdir'"))
		return inc__git_fail(gitcode, subject);
	gitdir_file(index, sizeof(index), repo, "index");
	git_error_clear();
	return inc__fail(INC_ERROR, "%s: a sparse index, which the tools "
	    "cannot read; nothing %s (git sparse-checkout set "
	    "--no-sparse-index)", index, nothing);
}

/*
 * The files and the copy of the index as tree has them; with note, the
 * paths noted as pending once the index is known to be readable.
 */
static int
stage(inc_repo *repo, git_tree *tree, const char *const *paths, size_t n,
    int note)
{
	char next[4096];
	git_index *index = NULL;
	git_index_entry entry;
	struct stat st = {0};
	git_oid id;
	int rc;

	gitdir_file(next, sizeof(next), repo, "incident-index");
	if ((rc = copy_index(repo, next)) < 0)
		return rc;
	if ((rc = git_index_open(&index, next)) < 0) {
		rc = inc__worktree_index_fail(repo, rc, next, "recorded");
		goto out;
	}
	if (note && (rc = pending_add(repo, paths, n)) < 0)
		goto out;
	for (size_t i = 0; i < n; i++) {
		if ((rc = put_file(&id, &st, repo, tree, paths[i])) < 0)
			goto out;
		if (rc == 1)
			rc = git_index_remove_bypath(index, paths[i]);
		else {
			index_entry(&entry, &st, paths[i], &id);
			rc = git_index_add(index, &entry);
		}
		if (rc < 0) {
			rc = inc__git_fail(rc, next);
			goto out;
		}
	}
	if ((rc = git_index_write(index)) < 0)
		rc = inc__git_fail(rc, next);
out:
	git_index_free(index);
	return rc;
}

int
inc__worktree_stage(inc_repo *repo, git_tree *tree, const char *const *paths,
    size_t n)
{
	if (!repo->index_locked)
		return 0;
	return stage(repo, tree, paths, n, 1);
}

int
inc__worktree_done(inc_repo *repo, int moved, const char *const *paths,
    size_t n)
{
	const char *workdir = git_repository_workdir(repo->git);
	char file[4096], tmp[4200];
	int rc = 0;

	if (!repo->index_locked)
		return 0;
	for (size_t i = 0; i < n; i++) {
		snprintf(file, sizeof(file), "%s%s", workdir, paths[i]);
		snprintf(tmp, sizeof(tmp), "%s.inc-tmp", file);
		if (!moved)
			unlink(tmp);
		else if (rename(tmp, file) < 0 && (errno != ENOENT ||
		    (unlink(file) < 0 && errno != ENOENT)) && rc == 0)
			rc = inc__errno_fail(file);
	}
	gitdir_file(file, sizeof(file), repo, "incident-index");
	if (!moved) {
		unlink(file);
		return 0;
	}
	gitdir_file(tmp, sizeof(tmp), repo, "index");
	if (rc == 0 && rename(file, tmp) < 0)
		rc = inc__errno_fail(tmp);
	gitdir_file(file, sizeof(file), repo, "incident-pending");
	if (rc == 0 && truncate(file, 0) < 0)
		unlink(file);
	/*
	 * Out of step, with the branch moved: index.lock stays, so that no
	 * git commit can take the stale index, till the next writer mends it.
	 */
	if (rc < 0)
		repo->index_locked = -1;
	return rc;
}

/*
 * A writer killed after noting its paths left the work tree, the index
 * or both out of step with HEAD: every noted path is brought in step.
 */
static void
pending_sync(inc_repo *repo)
{
	char file[4096], *list = NULL, *line, *next;
	const char **paths = NULL;
	size_t n = 0, size = 0, lines = 1;
	git_tree *head = NULL;
	FILE *f;

	gitdir_file(file, sizeof(file), repo, "incident-pending");
	if (!(f = fopen(file, "r")))
		return;
	if (getdelim(&list, &size, '\0', f) < 0 || !*list) {
		fclose(f);
		free(list);
		return;
	}
	fclose(f);
	for (line = list; *line; line++)
		lines += *line == '\n';
	if (!(paths = calloc(lines, sizeof(*paths))) ||
	    inc__head_tree(&head, repo) < 0)
		goto out;
	for (line = list; *line; line = next) {
		size_t k;
		if ((next = strchr(line, '\n')))
			*next++ = '\0';
		else
			next = line + strlen(line);
		for (k = 0; k < n && strcmp(paths[k], line); k++)
			;
		/* a batch lists a chunk once an event; only logs are ours */
		if (k == n && !strncmp(line, INC_DIR "/", sizeof(INC_DIR)) &&
		    !strstr(line, ".."))
			paths[n++] = line;
	}
	inc__worktree_done(repo, stage(repo, head, paths, n, 0) == 0, paths, n);
out:
	git_tree_free(head);
	free(paths);
	free(list);
}
