/* Finding, opening and creating the incident repository; who is writing. */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <git2/sys/repository.h>

#include "internal.h"


static int
init_git(void)
{
	static int done;
	const char *nofsync;

	if (done)
		return 0;
	if (git_libgit2_init() < 0)
		return inc__git_fail(-1, "libgit2");
	/* an event a tool reported must be on disk */
	if (!(nofsync = getenv("INC_NO_FSYNC")) || !*nofsync)
		git_libgit2_opts(GIT_OPT_ENABLE_FSYNC_GITDIR, 1);
	/*
	 * libgit2 re-hashes every object it reads, with the slow collision-
	 * detecting SHA-1: a third of inc-ls's time over 10,000 incidents.
	 * git itself does not; git fsck is where objects are verified.
	 */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	/*
	 * Nor need it look up every object a new tree or commit names: the
	 * tools made them a moment before. A lookup that misses rescans the
	 * pack directory, eight times an event.
	 */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, 0);
	done = 1;
	return 0;
}

static int holds_incidents(git_repository *git);
static int head_tree(git_tree **out, git_repository *git);
static char *found_path(git_repository *git);

/*
 * libgit2 refuses a repository another user owns, as git does ("dubious
 * ownership"), but unless safe.directory is set (1.5 knows no "*") says
 * only that it found none. Opened again without
 * that check, it is found: then say so, and how to trust it. With search,
 * only one that holds incidents counts (else the default repository is
 * used, as for any repository without incidents).
 */
static int
foreign_owner(const char *dir, int search)
{
	git_repository *git = NULL;
	const char *where;
	char path[4096];
	int validate = 1, found;

	git_libgit2_opts(GIT_OPT_GET_OWNER_VALIDATION, &validate);
	git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, 0);
	found = git_repository_open_ext(&git, dir, search ? 0 :
	    GIT_REPOSITORY_OPEN_NO_SEARCH, NULL) == 0 &&
	    (!search || holds_incidents(git));
	git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, validate);
	if (!found) {
		git_repository_free(git);
		return 0;
	}
	where = git_repository_workdir(git);
	snprintf(path, sizeof(path), "%s", where ? where :
	    git_repository_path(git));
	if (strlen(path) > 1 && path[strlen(path) - 1] == '/')
		path[strlen(path) - 1] = '\0';
	git_repository_free(git);
	return inc__fail(INC_ERROR, "%s: repository owned by another user "
	    "(to trust it: git config --global --add safe.directory %s)",
	    search ? path : dir, path);
}

/*
 * A repository whose config this user may not read (another's, made
 * under a umask of 077) is one libgit2 cannot place: it takes it for
 * its parent's work tree, and its owner's for dubious. Said as it is.
 */
static int
unreadable_config(const char *dir)
{
	static const char *const names[] = {"config", ".git/config"};
	char path[4200];

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if (access(path, R_OK) < 0 && errno == EACCES)
			return inc__errno_fail(path);
	}
	return 0;
}

static int
open_exact(git_repository **out, const char *dir)
{
	struct stat st;
	int rc;

	if (stat(dir, &st) < 0)
		return inc__errno_fail(dir);
	if (!S_ISDIR(st.st_mode))
		return inc__fail(INC_EINVALID, "%s: not a directory", dir);
	rc = git_repository_open_ext(out, dir, GIT_REPOSITORY_OPEN_NO_SEARCH, NULL);
	if ((rc == GIT_ENOTFOUND || rc == GIT_EOWNER) &&
	    (unreadable_config(dir) < 0 || foreign_owner(dir, 0) < 0))
		return INC_ERROR;
	if (rc == GIT_ENOTFOUND)
		return inc__fail(INC_ENOTFOUND, "%s: not a git repository", dir);
	if (rc < 0)
		return inc__git_fail(rc, dir);
	return 0;
}

/*
 * A repository holds incidents when its HEAD or work tree has incidents/;
 * one whose HEAD cannot be read counts, so that the tools say it is
 * damaged rather than use another.
 */
static int
holds_incidents(git_repository *git)
{
	git_tree *head = NULL;
	const git_tree_entry *e;
	const char *workdir = git_repository_workdir(git);
	char path[4096];
	struct stat st;
	int yes;

	if (head_tree(&head, git) < 0)
		return 1;
	yes = head && (e = git_tree_entry_byname(head, INC_DIR)) &&
	    git_tree_entry_type(e) == GIT_OBJECT_TREE;
	git_tree_free(head);
	if (!yes && workdir) {
		snprintf(path, sizeof(path), "%s%s", workdir, INC_DIR);
		yes = stat(path, &st) == 0 && S_ISDIR(st.st_mode);
	}
	return yes;
}

/*
 * A clone of a repository that has no commit yet, found around the
 * current directory: most likely the team's new shared repository, just
 * cloned. Recording into the default repository from there would go
 * unseen by the team, and recording into the clone may not be what its
 * owner meant: so neither is done, and the way on is said.
 */
static int
empty_clone(git_repository *git)
{
	git_config *cfg = NULL;
	git_config_iterator *it = NULL;
	git_config_entry *e;
	char *path, remote[256] = "";
	size_t n;
	int rc = 0;

	if (git_repository_head_unborn(git) != 1 ||
	    git_repository_config_snapshot(&cfg, git) < 0)
		goto out;
	/*
	 * remote.NAME.url, matched here: libgit2 1.5's git_remote_list and
	 * glob iterators leak a regular expression's match data an entry
	 */
	if (git_config_iterator_new(&it, cfg) < 0)
		goto out;
	while (!remote[0] && git_config_next(&e, it) == 0)
		if (!strncmp(e->name, "remote.", 7) && (n = strlen(e->name)) > 11 &&
		    !strcmp(e->name + n - 4, ".url"))
			snprintf(remote, sizeof(remote), "%.*s", (int)(n - 11),
			    e->name + 7);
	if (!remote[0])
		goto out;
	path = found_path(git);
	rc = inc__fail(INC_ENOTFOUND, "%s: a clone of an empty repository "
	    "(remote %s), not an incident repository yet: run inc-init there "
	    "to record into it, or name a repository with -C DIR or INC_REPO",
	    path ? path : ".", remote);
	free(path);
out:
	git_config_iterator_free(it);
	git_config_free(cfg);
	git_error_clear();
	return rc;
}

static int
mkdirs(const char *path)
{
	char tmp[4096];
	size_t n = strlen(path);

	if (n >= sizeof(tmp))
		return inc__fail(INC_EINVALID, "%s: path too long", path);
	memcpy(tmp, path, n + 1);
	for (char *p = tmp + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(tmp, 0777) < 0 && errno != EEXIST)
			return inc__errno_fail(tmp);
		*p = '/';
	}
	if (mkdir(tmp, 0777) < 0 && errno != EEXIST)
		return inc__errno_fail(tmp);
	return 0;
}

/*
 * ${XDG_DATA_HOME:-$HOME/.local/share}/incidents, created on first use
 * when create is set; else *out is left NULL when it does not exist.
 */
static int
open_default(git_repository **out, char **path, int create)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	char dir[4096];
	int rc;

	if (xdg && xdg[0] == '/')
		snprintf(dir, sizeof(dir), "%s/incidents", xdg);
	else if (home && home[0] == '/')
		snprintf(dir, sizeof(dir), "%s/.local/share/incidents", home);
	else
		return inc__fail(INC_ENOTFOUND, "no repository: use -C DIR or "
		    "set INC_REPO (HOME is not set)");
	if (!create && access(dir, F_OK) < 0 && errno == ENOENT)
		return 0;
	if (access(dir, F_OK) < 0) {
		if ((rc = mkdirs(dir)) < 0)
			return rc;
		if ((rc = git_repository_init(out, dir, 0)) < 0)
			return inc__git_fail(rc, dir);
	} else if ((rc = open_exact(out, dir)) < 0) {
		return rc;
	}
	if (!(*path = strdup(dir)))
		return inc__fail(INC_ERROR, "out of memory");
	return 0;
}

/*
 * The work tree set to dir. Not when it is that already: libgit2 1.5's
 * git_repository_set_workdir then leaks the path it resolved.
 */
static int
set_workdir(git_repository *git, const char *dir, const char *subject)
{
	const char *now = git_repository_workdir(git);
	char real[PATH_MAX];
	size_t n;
	int rc;

	if (now && realpath(dir, real) && (n = strlen(real)) + 1 < sizeof(real)) {
		if (n && real[n - 1] != '/')
			real[n++] = '/', real[n] = '\0';
		if (!strcmp(now, real))
			return 0;
	}
	if ((rc = git_repository_set_workdir(git, dir, 0)) < 0)
		return inc__git_fail(rc, subject);
	return 0;
}

/*
 * The work tree as git finds it when the environment names the
 * repository: GIT_WORK_TREE, else core.worktree, else (GIT_DIR set, the
 * repository not bare) the current directory. Found by search, only
 * GIT_WORK_TREE changes it.
 */
static int
env_workdir(git_repository *git, int from_git_dir)
{
	const char *tree = getenv("GIT_WORK_TREE");
	git_config *cfg = NULL;
	git_buf value = {0};
	char cwd[4096];
	int rc, set;

	if (tree && *tree)
		return set_workdir(git, tree, "GIT_WORK_TREE");
	if (!from_git_dir || git_repository_is_bare(git))
		return 0;
	if ((rc = git_repository_config_snapshot(&cfg, git)) < 0)
		return inc__git_fail(rc, "git config");
	set = git_config_get_string_buf(&value, cfg, "core.worktree") == 0;
	git_buf_dispose(&value);
	git_config_free(cfg);
	if (set)
		return 0;
	if (!getcwd(cwd, sizeof(cwd)))
		return inc__errno_fail(".");
	return set_workdir(git, cwd, cwd);
}

/* What the user knows a found repository by: its work tree, or itself. */
static char *
found_path(git_repository *git)
{
	const char *w = git_repository_workdir(git);
	char *path = strdup(w ? w : git_repository_path(git));

	if (path && strlen(path) > 1 && path[strlen(path) - 1] == '/')
		path[strlen(path) - 1] = '\0';
	return path;
}

/*
 * Is there a .git in the current directory or above (where git looks),
 * which libgit2 found no repository in: a linked work tree whose
 * repository has gone, say? Its path in out.
 */
static int
dotgit_above(char *out, size_t size)
{
	char dir[4096];
	struct stat st;
	char *slash;

	if (!getcwd(dir, sizeof(dir)))
		return 0;
	for (;;) {
		if (snprintf(out, size, "%s/.git", strcmp(dir, "/") ? dir :
		    "") >= (int)size)
			return 0;
		if (lstat(out, &st) == 0)
			return 1;
		if (!(slash = strrchr(dir, '/')) || slash == dir)
			return 0;
		*slash = '\0';
	}
}

/* The repository around the current directory could not be opened. */
static int
unopened(void)
{
	git_buf found = {0};
	char where[4096] = ".";
	const git_error *e = git_error_last();
	char why[512];

	snprintf(why, sizeof(why), "%s", e && e->message ? e->message :
	    "cannot be opened");
	if (git_repository_discover(&found, ".", 0, NULL) == 0)
		snprintf(where, sizeof(where), "%s", found.ptr);
	if (strlen(where) > 1 && where[strlen(where) - 1] == '/')
		where[strlen(where) - 1] = '\0';
	git_buf_dispose(&found);
	git_error_clear();
	return inc__fail(INC_ERROR, "%s: %s", where, why);
}

/*
 * A partial clone (git clone --filter) has its remote's filter in its
 * configuration, remote.NAME.partialclonefilter, until inc-sync has
 * fetched all of the branch (sync.c): NAME is said to error.c, which
 * names it when an object is missing.
 */
static void
note_partial(git_config *cfg)
{
	git_config_iterator *it = NULL;
	git_config_entry *e;
	char remote[256] = "";

	if (git_config_iterator_new(&it, cfg) < 0)
		return;
	while (!remote[0] && git_config_next(&e, it) == 0) {
		const char *dot = strrchr(e->name, '.');
		if (!strncmp(e->name, "remote.", 7) && dot > e->name + 7 &&
		    !strcmp(dot, ".partialclonefilter") && e->value && *e->value)
			snprintf(remote, sizeof(remote), "%.*s",
			    (int)(dot - e->name - 7), e->name + 7);
	}
	git_config_iterator_free(it);
	inc__error_partial(remote[0] ? remote : NULL);
}

/*
 * The configuration as git reads it, with the team's settings on HEAD
 * above it (config.c), made the repository's: what every
 * inc__config_snapshot() reads.
 */
static int
config_set(git_config **out, git_repository *git)
{
	int rc;

	if ((rc = inc__config_open(out, git)) < 0)
		return rc;
	if ((rc = git_repository_set_config(git, *out)) < 0) {
		git_config_free(*out);
		*out = NULL;
		return inc__git_fail(rc, "git config");
	}
	return 0;
}

/*
 * After a merge changed the team's settings on HEAD: they are read again,
 * and what this process kept of the old ones (the intervals) forgotten,
 * so that a reader answers with what it merged, not with what it read
 * before its fetch.
 */
int
inc__repo_settings_reload(inc_repo *repo)
{
	git_config *cfg = NULL;
	int rc = config_set(&cfg, repo->git);

	git_config_free(cfg);
	memset(repo->sitrep_minutes, 0, sizeof(repo->sitrep_minutes));
	memset(repo->update_minutes, 0, sizeof(repo->update_minutes));
	return rc;
}

/*
 * core.sharedRepository, read as git reads it (git_config_perm): 0 when
 * files get the umask's permissions, else the permissions git gives a
 * file it writes in the repository: group (true, 1) 0660, all (world,
 * everybody, 2) 0664, or an octal mode the owner can read and write.
 */
static int
shared_perm(int *out, git_config *cfg)
{
	git_buf value = {0};
	char *end;
	long mode;
	int rc, yes = 0;

	*out = 0;
	if ((rc = git_config_get_string_buf(&value, cfg,
	    "core.sharedRepository")) < 0) {
		git_error_clear();
		return rc == GIT_ENOTFOUND ? 0 : inc__git_fail(rc,
		    "core.sharedRepository");
	}
	mode = strtol(value.ptr, &end, 8);
	if (!strcmp(value.ptr, "umask"))
		*out = 0;
	else if (!strcmp(value.ptr, "group"))
		*out = 0660;
	else if (!strcmp(value.ptr, "all") || !strcmp(value.ptr, "world") ||
	    !strcmp(value.ptr, "everybody"))
		*out = 0664;
	else if (*end || !*value.ptr) {
		if (git_config_parse_bool(&yes, value.ptr) < 0)
			rc = inc__fail(INC_EINVALID, "core.sharedRepository: %.40s: "
			    "not umask, group, all or a mode", value.ptr);
		*out = yes ? 0660 : 0;
	} else if (mode == 0 || mode == 1 || mode == 2)
		*out = mode == 1 ? 0660 : mode == 2 ? 0664 : 0;
	else if ((mode & 0600) != 0600 || mode > 0777)
		rc = inc__fail(INC_EINVALID, "core.sharedRepository: %.40s: the "
		    "owner of files must always have read and write permissions",
		    value.ptr);
	else
		*out = (int)(mode & 0666);
	git_error_clear();
	git_buf_dispose(&value);
	return rc < 0 ? rc : 0;
}

/*
 * What this process creates from now on (libgit2's objects, refs, logs
 * and config as well as the lock and the caches) has at least the
 * permissions git gives it in a repository shared as perm says: the
 * umask loses the bits perm grants (with execute where it grants read,
 * for directories, as git's adjust_shared_perm), so a responder whose
 * umask is 077 does not lock the group out. New directories inherit the
 * group and its set-group-ID bit from git init --shared's. Never
 * narrower than the umask: an octal mode narrower than it is not
 * applied (inc-publish's site, outside the repository, keeps the
 * permissions the umask gives it).
 */
static void
shared_umask(int perm)
{
	mode_t mask;

	if (!perm)
		return;
	mask = umask(0);
	umask(mask & ~(mode_t)(perm | (perm & 0444) >> 2));
}

/*
 * The repository: dir (-C), else INC_REPO (refused when empty), else
 * GIT_DIR, else the one around the current directory if it holds
 * incidents, else the per-user default. Its configuration is read as
 * git reads it (config.c).
 */
static int
repo_open(inc_repo **out, const char *dir, int create)
{
	inc_repo *repo = NULL;
	git_repository *git = NULL;
	git_config *cfg = NULL;
	char *path = NULL;
	const char *env = getenv("INC_REPO"), *git_dir = getenv("GIT_DIR");
	int rc, is_default = 0, perm;

	*out = NULL;
	if ((rc = init_git()) < 0)
		return rc;
	/* set, and empty: a variable left empty (a crontab's, a script's),
	 * never taken for unset, which reads another repository */
	if (!dir && env && !*env)
		return inc__fail(INC_EINVALID, "INC_REPO: empty (a directory; "
		    "unset it to use the one found otherwise)");
	if (!dir && env)
		dir = env;
	if (dir) {
		if ((rc = open_exact(&git, dir)) < 0)
			goto out;
		path = strdup(dir);
	} else if (git_dir && *git_dir) {
		if ((rc = open_exact(&git, git_dir)) < 0 ||
		    (rc = env_workdir(git, 1)) < 0)
			goto out;
		path = found_path(git);
	} else if ((rc = git_repository_open_ext(&git, ".", 0, NULL)) == 0 &&
	    holds_incidents(git)) {
		if ((rc = env_workdir(git, 0)) < 0)
			goto out;
		path = found_path(git);
	} else if (rc == 0 && (rc = empty_clone(git)) < 0) {
		goto out;
	} else if (rc < 0 && rc != GIT_ENOTFOUND && rc != GIT_EOWNER) {
		/* found, and cannot be opened (a config git cannot parse):
		 * never the default's, which the team does not see */
		rc = unopened();
		goto out;
	} else {
		char dotgit[4096];
		int none = rc == GIT_ENOTFOUND;
		git_repository_free(git);
		git = NULL;
		if ((rc == GIT_ENOTFOUND || rc == GIT_EOWNER) &&
		    (rc = foreign_owner(".", 1)) < 0)
			goto out;
		if (none && dotgit_above(dotgit, sizeof(dotgit))) {
			rc = inc__fail(INC_ERROR, "%s: no repository git can open "
			    "(git status says why)", dotgit);
			goto out;
		}
		if ((rc = open_default(&git, &path, create)) < 0 || !git)
			goto out; /* !git: a reader, and no default yet */
		is_default = 1;
	}
	if (!path || !(repo = calloc(1, sizeof(*repo))) ||
	    !(repo->commondir = strdup(git_repository_commondir(git)))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	if ((rc = config_set(&cfg, git)) < 0 ||
	    (rc = shared_perm(&perm, cfg)) < 0)
		goto out;
	shared_umask(perm);
	note_partial(cfg);
	repo->git = git, git = NULL;
	repo->path = path, path = NULL;
	repo->is_default = is_default;
	*out = repo, repo = NULL;
	rc = 0;
out:
	git_config_free(cfg);
	git_repository_free(git);
	free(path);
	inc_repo_free(repo);
	return rc;
}

int
inc_repo_open(inc_repo **out, const char *dir)
{
	return repo_open(out, dir, 1);
}

void
inc_repo_refresh_with(inc_repo *repo, int (*refresh)(inc_repo *repo))
{
	repo->refresh = refresh;
}

/* The same, but a reader makes no default repository: *out NULL then. */
int
inc_repo_open_reader(inc_repo **out, const char *dir)
{
	return repo_open(out, dir, 0);
}

void
inc_repo_free(inc_repo *repo)
{
	if (!repo)
		return;
	inc__signals_release();
	json_decref(repo->hooks); /* not run: see inc_hooks_run */
	git_repository_free(repo->git);
	free(repo->path);
	free(repo->commondir);
	free(repo->name);
	free(repo->email);
	free(repo->writer_branch);
	free(repo);
}

const char *
inc_repo_path(const inc_repo *repo)
{
	return repo->path;
}

int
inc_repo_is_default(const inc_repo *repo)
{
	return repo->is_default;
}

static int
identity_part(char **out, inc_repo *repo, const char *env, const char *key)
{
	const char *value = getenv(env);
	git_config *cfg = NULL;
	int rc;

	if (value && *value)
		return (*out = strdup(value)) ? 0 :
		    inc__fail(INC_ERROR, "out of memory");
	if ((rc = inc__config_snapshot(&cfg, repo)) < 0)
		return rc;
	rc = inc__config_string(out, cfg, key, NULL);
	git_config_free(cfg);
	if (rc < 0)
		return rc;
	if (!*out || !**out)
		return inc__fail(INC_EINVALID, "no identity: set %s with "
		    "git config --global %s VALUE (or %s)", key, key, env);
	return 0;
}

/* The responder: the git identity, as git commit finds it. */
int
inc__identity(inc_repo *repo)
{
	int rc;

	if (repo->name)
		return 0;
	if ((rc = identity_part(&repo->name, repo, "GIT_AUTHOR_NAME",
	    "user.name")) < 0 ||
	    (rc = identity_part(&repo->email, repo, "GIT_AUTHOR_EMAIL",
	    "user.email")) < 0)
		goto fail;
	if ((rc = inc_text_check("user.name", repo->name, INC_NAME_MAX, INC_ONE_LINE)) < 0 ||
	    (rc = inc_text_check("user.email", repo->email, INC_NAME_MAX, INC_ONE_LINE)) < 0)
		goto fail;
	/* inc_text_check() refused NULL, out of the analyzer's sight */
	/* NOLINTNEXTLINE(clang-analyzer-core.NonNullParamChecker) */
	if (strpbrk(repo->name, "<>") || strpbrk(repo->email, "<> ")) {
		rc = inc__fail(INC_EINVALID, "%s <%s>: invalid identity",
		    repo->name, repo->email);
		goto fail;
	}
	if (!inc__name_has_letter(repo->name, strlen(repo->name))) {
		rc = inc__fail(INC_EINVALID, "no identity: %s: a name needs a "
		    "letter or a digit: set user.name with git config --global "
		    "user.name VALUE (or GIT_AUTHOR_NAME)", repo->name);
		goto fail;
	}
	return 0;
fail:
	free(repo->name), repo->name = NULL;
	free(repo->email), repo->email = NULL;
	return rc;
}

/* A writer id from the configuration, checked. */
static int
writer_valid(char out[9], const char *key, const char *have)
{
	if (strlen(have) != 8 || strspn(have, "0123456789abcdef") != 8)
		return inc__fail(INC_EINVALID, "%s: %s: not 8 hex digits (remove "
		    "it: git config --unset %s)", key, have, key);
	memcpy(out, have, 9);
	return 0;
}

static int
config_set_local(inc_repo *repo, const char *key, const char *value)
{
	git_config *cfg = NULL, *local = NULL;
	int rc;

	if ((rc = git_repository_config(&cfg, repo->git)) < 0 ||
	    (rc = git_config_open_level(&local, cfg, GIT_CONFIG_LEVEL_LOCAL)) < 0 ||
	    (rc = git_config_set_string(local, key, value)) < 0)
		rc = inc__git_fail(rc, key);
	git_config_free(local);
	git_config_free(cfg);
	return rc;
}

/*
 * inc-verify finds an event reset, amended or rebased away, or a branch
 * forced on the remote, in the reflogs of the branch and its
 * remote-tracking branch; git and libgit2 keep none in a bare
 * repository, which every clone inc-init makes is, unless
 * core.logAllRefUpdates asks for them. Asked for where it is unset; one
 * set to false is the owner's choice, and kept.
 */
static int
reflogs_kept(inc_repo *repo, git_config *cfg)
{
	int on, rc;

	if (!git_repository_is_bare(repo->git))
		return 0;
	rc = git_config_get_bool(&on, cfg, "core.logAllRefUpdates");
	if (rc == GIT_ENOTFOUND)
		return config_set_local(repo, "core.logAllRefUpdates", "true");
	if (rc < 0) /* not a boolean, git's to say */
		git_error_clear();
	return 0;
}

/*
 * Where the writer ids were made: the git directory's device and inode.
 * A copy of the clone (cp -a, a backup restored) has the same config
 * but another inode; a clone moved (mv) keeps its inode.
 */
static void
writer_home(char out[64], inc_repo *repo)
{
	struct stat st;

	if (stat(repo->commondir, &st) < 0)
		out[0] = '\0';
	else
		snprintf(out, 64, "%llu:%llu", (unsigned long long)st.st_dev,
		    (unsigned long long)st.st_ino);
}

/*
 * A copy's writer ids are the original's: it would append to the same
 * files, and the two could never merge. Forgotten, each branch's: the
 * copy makes ids of its own.
 */
static int
writer_ids_forget(inc_repo *repo)
{
	git_config *cfg = NULL, *local = NULL;
	git_config_iterator *it = NULL;
	git_config_entry *e;
	char **keys = NULL;
	size_t n = 0, i;
	int rc;

	if ((rc = git_repository_config(&cfg, repo->git)) < 0 ||
	    (rc = git_config_open_level(&local, cfg, GIT_CONFIG_LEVEL_LOCAL)) < 0 ||
	    (rc = git_config_iterator_new(&it, local)) < 0) {
		rc = inc__git_fail(rc, "inc.writer");
		goto out;
	}
	while (git_config_next(&e, it) == 0) {
		size_t len = strlen(e->name);
		char **more;
		if (strncmp(e->name, "inc.", 4) || (strcmp(e->name, "inc.writer") &&
		    strcmp(e->name, "inc.writerbranch") && (len < 11 ||
		    strcmp(e->name + len - 7, ".writer"))))
			continue;
		if (!(more = realloc(keys, (n + 1) * sizeof(*keys))) ||
		    !(more[n] = strdup(e->name))) {
			if (more)
				keys = more;
			rc = inc__fail(INC_ERROR, "out of memory");
			goto out;
		}
		keys = more;
		n++;
	}
	for (i = 0; i < n && rc == 0; i++)
		if ((rc = git_config_delete_entry(local, keys[i])) < 0 &&
		    rc != GIT_ENOTFOUND)
			rc = inc__git_fail(rc, keys[i]);
		else
			rc = 0;
out:
	for (i = 0; i < n; i++)
		free(keys[i]);
	free(keys);
	git_config_iterator_free(it);
	git_config_free(local);
	git_config_free(cfg);
	return rc;
}

/*
 * Each branch of each clone appends to files of its own, named by a
 * random writer id kept in the clone's own config: two clones, or two
 * branches of one (and so two of its worktrees, which cannot share a
 * branch), never append to the same file, so their histories merge
 * without conflict. The clone's inc.writer belongs to the first branch
 * that writes with it, named in inc.writerBranch (so an id made before
 * ids were per branch goes on); any other branch B has inc.B.writer.
 * It also asks a bare clone to keep reflogs (reflogs_kept). Called with
 * the lock held.
 */
int
inc__writer(const char **out, inc_repo *repo)
{
	git_reference *head = NULL;
	git_config *cfg = NULL;
	const char *branch;
	char *have = NULL, *owner = NULL, *mine = NULL, *home = NULL, key[512];
	char here[64];
	unsigned char bytes[4];
	int rc;

	*out = repo->writer;
	if ((rc = git_reference_lookup(&head, repo->git, "HEAD")) < 0)
		return inc__git_fail(rc, "HEAD");
	if (git_reference_type(head) != GIT_REFERENCE_SYMBOLIC) {
		rc = inc__fail(INC_EINVALID, "%s: HEAD is detached: check out a "
		    "branch", repo->path);
		goto out;
	}
	branch = git_reference_symbolic_target(head);
	if (!strncmp(branch, "refs/heads/", 11))
		branch += 11;
	if (repo->writer[0] && !strcmp(repo->writer_branch, branch))
		goto out;
	repo->writer[0] = '\0';
	free(repo->writer_branch);
	if (!(repo->writer_branch = strdup(branch))) {
		rc = inc__fail(INC_ERROR, "out of memory");
		goto out;
	}
	/* a copy of a clone forgets the ids it copied, first */
	writer_home(here, repo);
	if ((rc = inc__config_snapshot(&cfg, repo)) < 0 ||
	    (rc = inc__config_string(&home, cfg, "inc.writerHome", NULL)) < 0)
		goto out;
	if (*here && (!home || strcmp(home, here))) {
		git_config_free(cfg);
		cfg = NULL;
		if ((home && (rc = writer_ids_forget(repo)) < 0) ||
		    (rc = config_set_local(repo, "inc.writerHome", here)) < 0)
			goto out;
	}
	/* all read before any is set */
	if ((cfg == NULL && (rc = inc__config_snapshot(&cfg, repo)) < 0) ||
	    (rc = reflogs_kept(repo, cfg)) < 0 ||
	    (rc = inc__config_string(&have, cfg, "inc.writer", NULL)) < 0 ||
	    (rc = inc__config_string(&owner, cfg, "inc.writerBranch",
	    NULL)) < 0)
		goto out;
	if (have && (!owner || !strcmp(owner, branch))) {
		if ((rc = writer_valid(repo->writer, "inc.writer", have)) == 0 &&
		    !owner)
			rc = config_set_local(repo, "inc.writerBranch", branch);
		goto out;
	}
	snprintf(key, sizeof(key), "inc.%s.writer", branch);
	if ((rc = inc__config_string(&mine, cfg, key, NULL)) < 0)
		goto out;
	if (mine) {
		rc = writer_valid(repo->writer, key, mine);
		goto out;
	}
	if (getrandom(bytes, sizeof(bytes), 0) != sizeof(bytes)) {
		rc = inc__errno_fail("getrandom");
		goto out;
	}
	snprintf(repo->writer, sizeof(repo->writer), "%02x%02x%02x%02x",
	    bytes[0], bytes[1], bytes[2], bytes[3]);
	if (have) /* the clone's is another branch's */
		rc = config_set_local(repo, key, repo->writer);
	else if ((rc = config_set_local(repo, "inc.writer", repo->writer)) == 0)
		rc = config_set_local(repo, "inc.writerBranch", branch);
out:
	if (rc < 0)
		repo->writer[0] = '\0';
	free(have);
	free(owner);
	free(mine);
	free(home);
	git_config_free(cfg);
	git_reference_free(head);
	return rc;
}

/*
 * The tree at HEAD, or NULL when HEAD's branch does not exist yet. Only
 * that is an empty repository: a commit or tree that cannot be read is
 * an error that names it, never "no incidents".
 */
static int
head_tree(git_tree **out, git_repository *git)
{
	git_reference *head = NULL;
	git_commit *commit = NULL;
	const git_oid *id;
	int rc;

	*out = NULL;
	rc = git_repository_head(&head, git);
	if (rc == GIT_EUNBORNBRANCH)
		return 0;
	if (rc < 0)
		return inc__git_fail(rc, "HEAD");
	id = git_reference_target(head);
	if ((rc = git_commit_lookup(&commit, git, id)) < 0)
		rc = inc__object_fail(rc, "HEAD", "commit", id);
	else if ((rc = git_commit_tree(out, commit)) < 0)
		rc = inc__object_fail(rc, "HEAD", "tree",
		    git_commit_tree_id(commit));
	git_commit_free(commit);
	git_reference_free(head);
	return rc;
}

int
inc__head_tree(git_tree **out, inc_repo *repo)
{
	return head_tree(out, repo->git);
}
