/*
 * Working with a remote: fetch, merge the incident logs, push.
 *
 * The network is git's: fetch and push run the system git program, so
 * that the user's remotes, credentials, ssh configuration and proxies
 * work unchanged. Everything local is libgit2's. Each writer appends to
 * files of its own (see repo.c), so the logs of two clones merge without
 * conflict; the team's settings merge field by field (team.c); a conflict
 * in any other file, or in a field, stops the merge, and nothing changes.
 *
 *   fetch   git fetch of the remote's branch into its remote-tracking
 *           branch (refs/remotes/REMOTE/BRANCH), nothing else
 *   check   the tip seen there before (refs/incident/seen/REMOTE/BRANCH,
 *           as inc-verify keeps it) is still in its history: a remote
 *           that rewrote its history stops the sync, nothing merged
 *   merge   under the writers' lock and index.lock, as a write: a
 *           fast-forward or a merge commit, work tree and index in step
 *   push    git push, never forced; one rejected because someone pushed
 *           first is fetched, merged and tried again, up to PUSH_TRIES;
 *           one refused as the remote's ref is locked, up to LOCK_TRIES
 *   seen    the tip pushed or fetched, saved as seen (only forward)
 *
 * Auto-sync: after a write, the tool starts a sync in the background
 * (sync_queued: one at a time, the running one syncing again for the
 * writes made meanwhile); a reader fetches first, within FETCH_BOUND_MS
 * (inc_sync_fresh), and otherwise says how fresh its copy is.
 *
 * Every git a sync runs is bounded: inc.syncTimeout seconds (a reader's,
 * FETCH_BOUND_MS), then stopped with its process group, as it is when
 * the tool is asked to stop (inc_sync_interrupt): a server that takes the
 * connection and never answers holds no sync, and no sync lock, for ever.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define SEEN_REFS "refs/incident/seen/"
#define PUSH_TRIES 5          /* pushes rejected as others pushed first */
#define LOCK_TRIES 3          /* pushes refused as the remote's ref is locked */
#define LOCK_PAUSE_MS 500     /* before the second of those, twice that next */
#define FRESH_SECONDS 5       /* a reader fetches when the last is older */
#define FETCH_BOUND_MS 1000   /* and waits that long for it at most */
#define STALE_SECONDS 60      /* a copy older than this is said to be */
#define SYNC_TIMEOUT_SECONDS 120 /* inc.syncTimeout: a git may take that long */
#define UNPUSHED_MAX 100000   /* counted up to that many */
#define TIMED_OUT 256         /* run_git: stopped past its bound */
#define GIT_POLL_MS 200       /* how often run_git looks for a stop asked */

/* inc_sync_interrupt was called: the git running is stopped, no other starts */
static volatile sig_atomic_t interrupted;

/* The remote and branches one sync works with. */
struct sync {
	inc_repo *repo;
	char remote[256];
	char local[512];    /* refs/heads/B */
	char merge[512];    /* the remote's branch: refs/heads/RB */
	char tracking[900]; /* refs/remotes/REMOTE/RB */
	char seen[1000];    /* refs/incident/seen/REMOTE/RB */
	int timeout_ms;     /* how long a git may take */
	int ask;            /* a person at the terminal may be asked (git keeps
	                       the tool's terminal and process group) */
	char lock[1024];    /* the remote's lock file a push found there */
	struct inc_sync_result *res;
	int reading;        /* a reader's: an off-team branch is not warned of */
	int gone;           /* the fetch found the remote without its branch */
	char team[256];     /* the team's branch, when this one is not it */
};

/* What a push came to. */
enum { PUSHED, PUSH_RACED, PUSH_LOCKED };

static int
sync_file(char *out, size_t size, inc_repo *repo, const char *name)
{
	return snprintf(out, size, "%s%s", repo->commondir, name) < (int)size ?
	    0 : inc__fail(INC_ERROR, "%s: path too long", name);
}

static void
touch(inc_repo *repo, const char *name)
{
	char path[4096];
	int fd;

	if (sync_file(path, sizeof(path), repo, name) < 0)
		return;
	if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666)) >= 0)
		close(fd);
}

static int64_t
stamp(inc_repo *repo, const char *name)
{
	char path[4096];
	struct stat st;

	if (sync_file(path, sizeof(path), repo, name) < 0 || stat(path, &st) < 0)
		return 0;
	return (int64_t)st.st_mtime;
}

static int
lookup(git_oid *out, inc_repo *repo, const char *refname)
{
	int rc = git_reference_name_to_id(out, repo->git, refname);

	if (rc == GIT_ENOTFOUND)
		return 1;
	return rc < 0 ? inc__git_fail(rc, refname) : 0;
}

/*
 * A remote's name, from the configuration (libgit2's remote functions
 * match configuration names with regular expressions, whose PCRE2 match
 * data libgit2 1.5 leaks): is name one, or, with name NULL, the only one
 * there is (into out).
 */
static int
remote_named(char *out, size_t size, git_config *cfg, const char *name)
{
	git_config_iterator *it = NULL;
	git_config_entry *e;
	size_t found = 0;

	if (git_config_iterator_new(&it, cfg) < 0)
		return 0;
	while (git_config_next(&e, it) == 0) {
		const char *n = e->name, *dot;
		size_t len;
		if (strncmp(n, "remote.", 7) || !(dot = strrchr(n + 7, '.')) ||
		    strcmp(dot, ".url"))
			continue;
		len = (size_t)(dot - (n + 7));
		if (name ? strlen(name) == len && !strncmp(name, n + 7, len) :
		    !found || strncmp(out, n + 7, len) || out[len]) {
			if (name || len >= size) {
				found = name != NULL;
				break;
			}
			memcpy(out, n + 7, len);
			out[len] = '\0';
			found++;
		}
	}
	git_config_iterator_free(it);
	return found == 1;
}

/*
 * The team's main branch as git names it, under prefix (refs/heads/,
 * refs/remotes/REMOTE/): of init.defaultBranch, main and master, the
 * only one there is, into out. 0 when none is, or several.
 */
static int
main_branch(char *out, size_t size, inc_repo *repo, git_config *cfg,
    const char *prefix)
{
	char name[600], *initial = NULL;
	const char *names[3] = {NULL, "main", "master"};
	int found = 0;

	if (inc__config_string(&initial, cfg, "init.defaultBranch", NULL) < 0)
		git_error_clear();
	names[0] = initial;
	for (size_t i = 0; i < 3; i++) {
		git_oid id;
		if (!names[i] || !*names[i] || (i && names[0] &&
		    !strcmp(names[0], names[i])))
			continue;
		snprintf(name, sizeof(name), "%s%s", prefix, names[i]);
		if (git_reference_name_to_id(&id, repo->git, name) < 0) {
			git_error_clear();
			continue;
		}
		if (found++)
			break;
		snprintf(out, size, "%s", name);
	}
	free(initial);
	return found == 1;
}

/*
 * The remote's own branch, as its remote-tracking branch, into out:
 * where REMOTE/HEAD points (git clone records it, and inc-init -u), else,
 * in a clone without it (one inc-init -u made before it did, a remote
 * added by hand), the team's main branch the remote has (main_branch).
 * 0 when that is not known.
 */
static int
team_branch(char *out, size_t size, struct sync *s, git_config *cfg)
{
	git_reference *ref = NULL;
	char name[600];
	const char *target;
	size_t n = strlen("refs/remotes/") + strlen(s->remote) + 1;
	int found = 0;

	snprintf(name, sizeof(name), "refs/remotes/%s/HEAD", s->remote);
	if (git_reference_lookup(&ref, s->repo->git, name) == 0) {
		target = git_reference_type(ref) == GIT_REFERENCE_SYMBOLIC ?
		    git_reference_symbolic_target(ref) : NULL;
		if (target && strlen(target) > n && !strncmp(target, name, n))
			found = snprintf(out, size, "%s", target) < (int)size;
		git_reference_free(ref);
		return found;
	}
	git_error_clear();
	name[n] = '\0'; /* refs/remotes/REMOTE/ */
	return main_branch(out, size, s->repo, cfg, name);
}

/*
 * A branch that tracks nothing on the remote, where the remote's own is
 * another: what is written here reaches the team only if they look for
 * this branch. Said as a warning, except to a reader, whose freshness
 * line says what it means for what the reader shows (inc_sync_fresh);
 * s->team names the team's branch.
 */
static void
off_team(struct sync *s, git_config *cfg, const char *branch)
{
	char target[600];
	size_t n = strlen("refs/remotes/") + strlen(s->remote) + 1;

	if (!team_branch(target, sizeof(target), s, cfg) ||
	    !strcmp(target, s->tracking))
		return;
	snprintf(s->team, sizeof(s->team), "%s", target + n);
	if (!s->reading)
		inc__warn("%s: not the branch the team shares (%s's is %s): "
		    "what is written here reaches nobody who does not look for "
		    "it (git checkout %s)", branch, s->remote, s->team,
		    s->team);
}

/*
 * The remote: the one named, else the branch's (branch.B.remote), else
 * origin, else the only one. The remote's branch: branch.B.merge when
 * the branch tracks that remote, else B. 0 with s->remote empty when
 * the repository has no remote (and none was named).
 */
static int
resolve(struct sync *s, const char *name)
{
	git_reference *head = NULL;
	git_config *cfg = NULL;
	char key[600], *value = NULL, only[256];
	const char *branch;
	int rc;

	s->remote[0] = '\0';
	if ((rc = git_reference_lookup(&head, s->repo->git, "HEAD")) < 0)
		return inc__git_fail(rc, "HEAD");
	if (git_reference_type(head) != GIT_REFERENCE_SYMBOLIC ||
	    strncmp(git_reference_symbolic_target(head), "refs/heads/", 11)) {
		git_reference_free(head);
		return inc__fail(INC_EINVALID, "%s: HEAD is detached: check out "
		    "a branch", s->repo->path);
	}
	snprintf(s->local, sizeof(s->local), "%s",
	    git_reference_symbolic_target(head));
	git_reference_free(head);
	branch = s->local + 11;
	if (inc__worktree_elsewhere(s->repo, s->local))
		return inc__fail(INC_EINVALID, "%s: checked out in another work "
		    "tree too, which cannot be kept in step; nothing merged "
		    "(git worktree list)", branch);
	if ((rc = inc__config_snapshot(&cfg, s->repo)) < 0)
		return rc;
	if (!name) {
		snprintf(key, sizeof(key), "branch.%s.remote", branch);
		if ((rc = inc__config_string(&value, cfg, key, NULL)) < 0)
			goto out;
		if (value && strcmp(value, "."))
			snprintf(s->remote, sizeof(s->remote), "%s", value);
		free(value), value = NULL;
	} else {
		snprintf(s->remote, sizeof(s->remote), "%s", name);
	}
	if (!s->remote[0] && remote_named(NULL, 0, cfg, "origin"))
		snprintf(s->remote, sizeof(s->remote), "origin");
	if (!s->remote[0] && remote_named(only, sizeof(only), cfg, NULL))
		snprintf(s->remote, sizeof(s->remote), "%s", only);
	if (!s->remote[0]) {
		rc = 0;
		goto out;
	}
	if (git_remote_name_is_valid(&rc, s->remote) < 0 || !rc ||
	    !remote_named(NULL, 0, cfg, s->remote)) {
		rc = inc__invalid(s->remote, "no such remote (see git remote -v)");
		goto out;
	}
	snprintf(s->merge, sizeof(s->merge), "%s", s->local);
	snprintf(key, sizeof(key), "branch.%s.remote", branch);
	if ((rc = inc__config_string(&value, cfg, key, NULL)) < 0)
		goto out;
	if (value && !strcmp(value, s->remote)) {
		free(value), value = NULL;
		snprintf(key, sizeof(key), "branch.%s.merge", branch);
		if ((rc = inc__config_string(&value, cfg, key, NULL)) < 0)
			goto out;
		if (value && !strncmp(value, "refs/heads/", 11))
			snprintf(s->merge, sizeof(s->merge), "%s", value);
	}
	snprintf(s->tracking, sizeof(s->tracking), "refs/remotes/%s/%s",
	    s->remote, s->merge + 11);
	if (!value)
		off_team(s, cfg, branch);
	snprintf(s->seen, sizeof(s->seen), SEEN_REFS "%s/%s", s->remote,
	    s->merge + 11);
	if (s->res && !s->res->remote &&
	    !(s->res->remote = strdup(s->tracking + 13)))
		rc = inc__fail(INC_ERROR, "out of memory");
	else
		rc = 0;
out:
	free(value);
	git_config_free(cfg);
	return rc;
}

/* A clock for bounds, which INC_NOW does not pin. */
static int64_t
monotonic_ms(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

/* What a child wrote to a pipe, kept (the last 64 KiB at most). */
static void
drain(struct inc_buf *b, int fd, int *open_fd)
{
	char chunk[4096];
	ssize_t n = read(fd, chunk, sizeof(chunk));

	if (n <= 0) {
		if (n == 0 || (errno != EINTR && errno != EAGAIN)) {
			close(fd);
			*open_fd = -1;
		}
		return;
	}
	if (b->len < 65536)
		inc__buf_put(b, chunk, (size_t)n);
}

static void
child_exec(struct sync *s, pid_t parent, int out, int err,
    const char *const *args)
{
	const char *argv[24];
	size_t n = 0;
	int fd;

	if (!s->ask && setsid() < 0) /* a process group of its own, no terminal */
		_exit(127);
#ifdef __linux__
	/* the tool killed outright (SIGKILL) cannot stop its git: the
	 * system does, as it dies (or has died already) */
	if (prctl(PR_SET_PDEATHSIG, SIGTERM) < 0 || getppid() != parent)
		_exit(127);
#else
	(void)parent;
#endif
	if ((fd = open("/dev/null", O_RDONLY)) >= 0)
		dup2(fd, 0);
	dup2(out, 1);
	dup2(err, 2);
	/* this repository, whatever the environment names */
	unsetenv("GIT_DIR");
	unsetenv("GIT_WORK_TREE");
	setenv("LC_ALL", "C", 1); /* push --porcelain is read */
	unsetenv("LANGUAGE");
	if (!s->ask) /* nobody is there to answer a prompt */
		setenv("GIT_TERMINAL_PROMPT", "0", 1);
	argv[n++] = "git";
	argv[n++] = "--git-dir";
	argv[n++] = git_repository_path(s->repo->git);
	argv[n++] = "-c"; /* advice on --no-show-forced-updates, said as it is */
	argv[n++] = "advice.fetchShowForcedUpdates=false";
	for (; *args && n < sizeof(argv) / sizeof(argv[0]) - 1; args++)
		argv[n++] = *args;
	argv[n] = NULL;
	execvp("git", (char *const *)argv);
	_exit(127);
}

/*
 * git stopped: SIGTERM, then SIGKILL a moment later, to its process group
 * (its ssh, its remote helper), or to it alone where it shares the tool's.
 */
static void
stop_git(struct sync *s, pid_t pid, int *status)
{
	struct timespec pause = {0, 10 * 1000 * 1000};
	pid_t who = s->ask ? pid : -pid;

	kill(who, SIGTERM);
	for (int i = 0; i < 20 && waitpid(pid, status, WNOHANG) == 0; i++)
		nanosleep(&pause, NULL);
	kill(who, SIGKILL);
}

/*
 * git with args, its output into out and err; its exit status, or
 * TIMED_OUT when it was stopped past s->timeout_ms, or an INC_E* code
 * when it could not be started or was stopped as the tool was asked to
 * stop (inc_sync_interrupt).
 */
static int
run_git(struct sync *s, struct inc_buf *out, struct inc_buf *err,
    const char *const *args)
{
	int po[2] = {-1, -1}, pe[2] = {-1, -1}, status = 0, killed = 0;
	int64_t deadline = monotonic_ms() + s->timeout_ms;
	pid_t pid, self = getpid();

	if (interrupted)
		return inc__fail(INC_ERROR, "%s: git %s: interrupted", s->remote,
		    args[0]);
	if (pipe(po) < 0 || pipe(pe) < 0) {
		if (po[0] >= 0)
			close(po[0]), close(po[1]);
		return inc__errno_fail("pipe");
	}
	fflush(NULL);
	if ((pid = fork()) < 0) {
		close(po[0]), close(po[1]), close(pe[0]), close(pe[1]);
		return inc__errno_fail("fork");
	}
	if (pid == 0) {
		close(po[0]), close(pe[0]);
		child_exec(s, self, po[1], pe[1], args);
	}
	close(po[1]), close(pe[1]);
	while (po[0] >= 0 || pe[0] >= 0) {
		struct pollfd p[2] = {{po[0], POLLIN, 0}, {pe[0], POLLIN, 0}};
		int64_t left = deadline - monotonic_ms();
		if (interrupted || left <= 0) {
			killed = 1;
			break;
		}
		if (poll(p, 2, left < GIT_POLL_MS ? (int)left : GIT_POLL_MS) < 0 &&
		    errno != EINTR)
			break;
		if (po[0] >= 0 && p[0].revents)
			drain(out, po[0], &po[0]);
		if (pe[0] >= 0 && p[1].revents)
			drain(err, pe[0], &pe[0]);
	}
	if (killed)
		stop_git(s, pid, &status);
	if (po[0] >= 0)
		close(po[0]);
	if (pe[0] >= 0)
		close(pe[0]);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (interrupted)
		return inc__fail(INC_ERROR, "%s: git %s: interrupted", s->remote,
		    args[0]);
	if (killed)
		return TIMED_OUT;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

/*
 * git's last "fatal:" or "error:" line, or its last line; one that ends
 * in a colon goes on with the next ("unable to connect to HOST:").
 */
static const char *
git_said(char *err)
{
	char *line = NULL, *p, *next;
	int fatal = 0, joined = 0;

	for (p = err; p && *p; p = next) {
		int is = !strncmp(p, "fatal: ", 7) || !strncmp(p, "error: ", 7);
		if ((next = strchr(p, '\n')))
			*next++ = '\0';
		if (*p && (is || !fatal)) {
			line = p, fatal = is, joined = 0;
			continue;
		}
		if (*p && fatal && !joined && line[strlen(line) - 1] == ':') {
			p[-1] = ' '; /* the newline between them */
			joined = 1;
		}
	}
	if (!line)
		return "git failed";
	if (!strncmp(line, "fatal: ", 7) || !strncmp(line, "error: ", 7))
		line += 7;
	return line;
}

/*
 * What git says when it fails here, on this clone's disk, rather than
 * there: not a remote out of reach (a fault the remote reports is its).
 */
static const char *
local_cause(const char *err)
{
	return err && !strstr(err, "remote: ") ? inc__disk_fault(err) : NULL;
}

/*
 * A hook of this clone refused the fetch: its reference-transaction hook
 * (one of a shared core.hooksPath whose hook manager is not installed
 * here, a policy hook) failed as the fetched refs were written, and git
 * ends with "ref updates aborted by hook". The remote was reached, and
 * no fetch works until the hook is dealt with: into out, the hook's own
 * last line before git's, else git's.
 */
static int
local_hook(char *out, size_t size, const char *err)
{
	const char *p, *end, *words = NULL;
	size_t len = 0;

	for (p = err; p && *p; p = *end ? end + 1 : end) {
		int git = !strncmp(p, "fatal: ", 7) || !strncmp(p, "error: ", 7);
		end = p + strcspn(p, "\n");
		if (git && !strncmp(p + 7, "ref updates aborted by hook", 27)) {
			if (!words)
				words = p + 7, len = (size_t)(end - words);
			snprintf(out, size, "%.*s", (int)len, words);
			return 1;
		}
		if (end > p && !git && strncmp(p, "hint: ", 6) &&
		    strncmp(p, "warning: ", 9) && strncmp(p, "remote: ", 8))
			words = p, len = (size_t)(end - p);
	}
	return 0;
}

/*
 * The remote answered and refused: credentials wanted or wrong (none
 * under cron, a token expired), no such repository there (renamed),
 * access denied. No sync works until that is dealt with, so it is no
 * more offline than a hook's refusal: into out, git's line that says
 * so (the last, git's own after the server's); the reason, or NULL.
 */
static const char *
remote_refused(char *out, size_t size, const char *err)
{
	static const struct {
		const char *words, *reason;
	} said[] = {
		{"could not read Username for", "authentication required"},
		{"could not read Password for", "authentication required"},
		{"terminal prompts disabled", "authentication required"},
		{"Authentication failed", "authentication failed"},
		{"returned error: 401", "authentication failed"},
		{"Permission denied (", "authentication failed"}, /* ssh */
		{"Repository not found", "repository not found"},
		{"returned error: 404", "repository not found"},
		{"returned error: 403", "access denied"},
		{"Access denied", "access denied"},
		{"remote error: ", "refused"}, /* git daemon's */
	};
	const char *p, *end, *line, *reason = NULL;

	for (p = err; p && *p; p = *end ? end + 1 : end) {
		const char *is = NULL;
		end = p + strcspn(p, "\n");
		if (!strncmp(p, "fatal: repository '", 19) && end - p > 30 &&
		    !strncmp(end - 11, "' not found", 11))
			is = "repository not found"; /* git's, of HTTP */
		for (size_t i = 0; !is && i < sizeof(said) / sizeof(*said); i++) {
			const char *at = strstr(p, said[i].words);
			if (at && at < end)
				is = said[i].reason;
		}
		if (!is)
			continue;
		line = p;
		if (!strncmp(line, "fatal: ", 7) || !strncmp(line, "error: ", 7))
			line += 7;
		snprintf(out, size, "%.*s", (int)(end - line), line);
		reason = is;
	}
	return reason;
}

/*
 * A lock file of this clone's that git could not take ("Unable to create
 * '.../refs/remotes/origin/main.lock': File exists"): left by a git
 * killed outright, or held by one running. Its path into out: 1, or 0
 * when git said no such thing.
 */
static int
stale_lock(char *out, size_t size, const char *err)
{
	const char *at = err ? strstr(err, "Unable to create '") : NULL, *end;

	if (!at || !(end = strstr(at, ".lock': File exists")))
		return 0;
	at += strlen("Unable to create '");
	snprintf(out, size, "%.*s.lock", (int)(end - at), at);
	/* git's ".git//refs/...": one slash */
	for (char *p = out; (p = strstr(p, "//"));)
		memmove(p, p + 1, strlen(p + 1) + 1);
	return 1;
}

static int
offline(struct sync *s, const char *what, int status, struct inc_buf *err)
{
	const char *cause, *reason;
	char said[512], *safe;
	int rc;

	if (status != TIMED_OUT && (cause = local_cause(err->s)))
		return inc__fail(INC_ERROR, "%s: git %s: %s (nothing %s)",
		    s->repo->path, what, cause,
		    !strcmp(what, "fetch") ? "fetched" : "pushed");
	if (status != TIMED_OUT && stale_lock(said, sizeof(said), err->s)) {
		safe = inc_text_safe(said, INC_ONE_LINE);
		rc = inc__fail(INC_ERROR, "%s: held by another git process; "
		    "nothing %s (remove it only if no git is running)",
		    safe ? safe : "a lock file", !strcmp(what, "fetch") ?
		    "fetched" : "pushed");
		free(safe);
		return rc;
	}
	if (status != TIMED_OUT && local_hook(said, sizeof(said), err->s)) {
		safe = inc_text_safe(said, INC_ONE_LINE);
		rc = inc__fail(INC_ERROR, "%s: %s refused by this clone's "
		    "reference-transaction hook: %s (not offline)", s->remote,
		    what, safe ? safe : "?");
		free(safe);
		return rc;
	}
	if (status != TIMED_OUT &&
	    (reason = remote_refused(said, sizeof(said), err->s))) {
		safe = inc_text_safe(said, INC_ONE_LINE);
		rc = inc__fail(INC_ERROR, "%s: %s (git %s: %s)", s->remote,
		    reason, what, safe ? safe : "?");
		free(safe);
		return rc;
	}
	if (s->res)
		s->res->failure = INC_SYNC_OFFLINE;
	if (status == TIMED_OUT)
		return inc__fail(INC_ERROR, "%s: unreachable (no answer within "
		    "%d ms to git %s)", s->remote, s->timeout_ms, what);
	if (status == 127)
		return inc__fail(INC_ERROR, "%s: git %s: git not found",
		    s->remote, what);
	safe = inc_text_safe(err->s ? git_said(err->s) : "git failed",
	    INC_ONE_LINE);
	rc = inc__fail(INC_ERROR, "%s: unreachable (git %s: %s)", s->remote,
	    what, safe ? safe : "?");
	free(safe);
	return rc;
}

/*
 * Is this a partial clone of the remote (git clone --filter): its filter
 * (key) set, that git applies to each of its fetches? 1 if so.
 */
static int
partial_filter(struct sync *s, const char *key)
{
	git_config *cfg = NULL;
	char *value = NULL;
	int rc;

	if ((rc = inc__config_snapshot(&cfg, s->repo)) < 0)
		return rc;
	rc = inc__config_string(&value, cfg, key, NULL);
	if (rc == 0)
		rc = value != NULL;
	free(value);
	git_config_free(cfg);
	return rc;
}

/*
 * The remote's branch into its remote-tracking branch, no more: no tags,
 * no FETCH_HEAD, no housekeeping started (the writers start theirs), no
 * walk to tell forced updates (the seen tip tells). The refspec is a
 * pattern (refs/heads/B*) so that a remote without the branch yet
 * fetches nothing rather than fails; --refmap= keeps git from updating
 * any other reference through the remote's configured refspecs (a
 * mirror's would overwrite this clone's own branches). --prune removes
 * the remote-tracking branch of a branch the remote no longer has (its
 * repository made again, empty), which s->gone says, so that the branch
 * is pushed there again rather than taken for up to date.
 */
static int
fetch(struct sync *s)
{
	struct inc_buf out = {0}, err = {0};
	char refspec[2048], filter[300];
	const char *args[16] = {"fetch", "--quiet", "--no-tags",
	    "--no-write-fetch-head", "--no-auto-maintenance",
	    "--no-show-forced-updates", "--refmap=", "--prune"};
	const char *unset[] = {"config", "--unset", filter, NULL};
	size_t n = 8;
	git_oid tip;
	int status, rc = 0, partial, had = lookup(&tip, s->repo, s->tracking) == 0;

	/* a shallow clone cannot merge without the history below it: the
	 * whole of it, once (as inc-verify needs it too) */
	if (git_repository_is_shallow(s->repo->git) == 1)
		args[n++] = "--unshallow";
	/*
	 * nor can a partial clone (git clone --filter) without the files
	 * git left on the remote, which libgit2 cannot fetch on demand as
	 * git does: all of the branch, once, as a clone would have it, and
	 * its filter then removed, so that every fetch after it is whole
	 * (the remote stays a promisor, for what git's other refs lack)
	 */
	snprintf(filter, sizeof(filter), "remote.%s.partialclonefilter",
	    s->remote);
	if ((partial = partial_filter(s, filter)) < 0)
		return partial;
	if (partial) {
		args[n++] = "--refetch";
		args[n++] = "--no-filter";
	}
	args[n++] = "--";
	args[n++] = s->remote;
	args[n++] = refspec;
	args[n] = NULL;

	snprintf(refspec, sizeof(refspec), "+%s*:refs/remotes/%s/%s*",
	    s->merge, s->remote, s->merge + 11);
	touch(s->repo, "incident-fetch-tried");
	if ((status = run_git(s, &out, &err, args)) < 0)
		rc = status;
	else if (status)
		rc = offline(s, "fetch", status, &err);
	else {
		touch(s->repo, "incident-fetched");
		s->gone = had && lookup(&tip, s->repo, s->tracking) == 1;
	}
	/* the filter gone, git's own fetches are whole too; kept (set
	 * elsewhere than in the repository's config), the next sync fetches
	 * all of it again */
	if (rc == 0 && partial && run_git(s, &out, &err, unset) != 0)
		inc__warn("%s: still set, so each sync fetches all of %s (git "
		    "config --unset %s)", filter, s->remote, filter);
	inc__buf_free(&out);
	inc__buf_free(&err);
	return rc;
}

/* Is a an ancestor of b (or b itself)? */
static int
contains(inc_repo *repo, const git_oid *b, const git_oid *a)
{
	return git_oid_equal(a, b) || git_graph_descendant_of(repo->git, b, a) == 1;
}

/*
 * The remote's tip, fetched, still has in its history what was seen
 * there before; then it is seen, moving only forward.
 */
static int
seen_check(struct sync *s)
{
	git_reference *ref = NULL;
	git_oid tip, seen;
	char hex[GIT_OID_HEXSZ + 1];
	int rc;

	if ((rc = lookup(&tip, s->repo, s->tracking)) != 0)
		return rc < 0 ? rc : 0;
	if ((rc = lookup(&seen, s->repo, s->seen)) < 0)
		return rc;
	if (rc == 0 && !contains(s->repo, &tip, &seen)) {
		if (s->res)
			s->res->failure = INC_SYNC_REWRITTEN;
		git_oid_tostr(hex, 13, &seen);
		return inc__fail(INC_ERROR, "%s: history rewritten on the remote "
		    "(%s, seen there before, is no longer in it); nothing merged "
		    "(see inc-verify)", s->tracking + 13, hex);
	}
	if (rc == 0 && git_oid_equal(&tip, &seen))
		return 0;
	if ((rc = git_reference_create(&ref, s->repo->git, s->seen, &tip, 1,
	    "inc-sync: seen")) < 0)
		return inc__git_fail(rc, s->seen);
	git_reference_free(ref);
	return 0;
}

/*
 * The lines a commit (not a merge) appends to the logs, less those it
 * takes away: the events it adds, when it does not name one (appended by
 * hand, or by other tools, and committed with git). 0 for an event
 * edited in place.
 */
static long
lines_appended(git_commit *c)
{
	git_repository *repo = git_commit_owner(c);
	git_commit *parent = NULL;
	git_tree *mine = NULL, *before = NULL;
	git_diff *diff = NULL;
	git_diff_options o;
	char dir[] = INC_DIR, *paths[] = {dir};
	long net = 0;

	if (git_diff_options_init(&o, GIT_DIFF_OPTIONS_VERSION) < 0)
		return 0;
	o.pathspec.strings = paths, o.pathspec.count = 1;
	if ((git_commit_parentcount(c) == 1 && (git_commit_parent(&parent, c,
	    0) < 0 || git_commit_tree(&before, parent) < 0)) ||
	    git_commit_tree(&mine, c) < 0 ||
	    git_diff_tree_to_tree(&diff, repo, before, mine, &o) < 0)
		goto out;
	for (size_t i = 0; i < git_diff_num_deltas(diff); i++) {
		const char *path = git_diff_get_delta(diff, i)->new_file.path;
		size_t n = strlen(path), adds = 0, dels = 0;
		git_patch *patch = NULL;
		if (n > 6 && !strcmp(path + n - 6, ".jsonl") &&
		    git_patch_from_diff(&patch, diff, i) == 0 &&
		    git_patch_line_stats(NULL, &adds, &dels, patch) == 0)
			net += (long)adds - (long)dels;
		git_patch_free(patch);
	}
out:
	git_diff_free(diff);
	git_tree_free(mine);
	git_tree_free(before);
	git_commit_free(parent);
	return net > 0 ? net : 0;
}

/*
 * The events a commit adds into the set events, by id: the one a tool's
 * names (Event-Id), or those a commit without one appends (named by the
 * commit and their place in it). -1 when out of memory.
 */
static int
commit_events(json_t *events, git_commit *c)
{
	const char *p = strstr(git_commit_message(c), "\nEvent-Id: ");
	char event[256], hex[GIT_OID_HEXSZ + 1];
	long n;

	if (git_commit_parentcount(c) > 1)
		return 0;
	if (p) {
		p += strlen("\nEvent-Id: ");
		snprintf(event, sizeof(event), "%.*s", (int)strcspn(p, "\n"), p);
		return json_object_set_new(events, event, json_true());
	}
	git_oid_tostr(hex, sizeof(hex), git_commit_id(c));
	n = lines_appended(c);
	for (long i = 0; i < n; i++) {
		snprintf(event, sizeof(event), "%s:%ld", hex, i);
		if (json_object_set_new(events, event, json_true()) < 0)
			return -1;
	}
	return 0;
}

/*
 * Events (commits a tool made: their message names the event) in from's
 * history, not in hide's, but for those hide's history has by other
 * commits (an event commit amended, rebased or cherry-picked there):
 * the same event, once. Those are in hide's history, not in that of the
 * commits from's own events were made on.
 */
static long
events_between(inc_repo *repo, const git_oid *from, const git_oid *hide)
{
	git_revwalk *w = NULL;
	git_commit *c = NULL;
	git_oid oid, *bases = NULL, *more;
	json_t *ours = json_object(), *theirs = json_object(), *v;
	json_t *walked_ids = json_object();
	const char *id;
	char hex[GIT_OID_HEXSZ + 1];
	size_t nbases = 0, kept, walked = 0;
	long n = -1;

	if (!ours || !theirs || !walked_ids ||
	    git_revwalk_new(&w, repo->git) < 0 ||
	    git_revwalk_push(w, from) < 0 ||
	    (hide && git_revwalk_hide(w, hide) < 0))
		goto out;
	while (walked++ < UNPUSHED_MAX && git_revwalk_next(&oid, w) == 0) {
		if (git_commit_lookup(&c, repo->git, &oid) < 0)
			continue;
		git_oid_tostr(hex, sizeof(hex), &oid);
		if (commit_events(ours, c) < 0 ||
		    json_object_set_new(walked_ids, hex, json_true()) < 0)
			goto out;
		if (hide && git_commit_parentcount(c) == 1) {
			if (!(more = realloc(bases, (nbases + 1) * sizeof(*bases))))
				goto out;
			bases = more;
			git_oid_cpy(&bases[nbases++], git_commit_parent_id(c, 0));
		}
		git_commit_free(c), c = NULL;
	}
	git_revwalk_free(w), w = NULL;
	/* what those commits were made on: the parents not walked, hide's */
	kept = 0;
	for (size_t i = 0; i < nbases; i++) {
		git_oid_tostr(hex, sizeof(hex), &bases[i]);
		if (!json_object_get(walked_ids, hex))
			git_oid_cpy(&bases[kept++], &bases[i]);
	}
	nbases = kept;
	if (nbases && json_object_size(ours)) {
		if (git_revwalk_new(&w, repo->git) < 0 ||
		    git_revwalk_push(w, hide) < 0)
			goto out;
		for (size_t i = 0; i < nbases; i++)
			if (git_revwalk_hide(w, &bases[i]) < 0)
				goto out;
		for (walked = 0; walked++ < UNPUSHED_MAX &&
		    git_revwalk_next(&oid, w) == 0; git_commit_free(c), c = NULL)
			if (git_commit_lookup(&c, repo->git, &oid) == 0 &&
			    commit_events(theirs, c) < 0)
				goto out;
	}
	n = 0;
	json_object_foreach(ours, id, v)
		n += !json_object_get(theirs, id);
out:
	git_commit_free(c);
	git_revwalk_free(w);
	free(bases);
	json_decref(ours);
	json_decref(theirs);
	json_decref(walked_ids);
	return n;
}

/*
 * Changes of the team's settings (commits, not merges, that change
 * incidents/settings.json) in from's history, not in hide's.
 */
static size_t
settings_between(inc_repo *repo, const git_oid *from, const git_oid *hide)
{
	git_revwalk *w = NULL;
	git_commit *c = NULL, *parent = NULL;
	git_tree *tree = NULL, *before = NULL;
	git_tree_entry *now = NULL, *was = NULL;
	git_oid oid;
	size_t n = 0, walked = 0;

	if (git_revwalk_new(&w, repo->git) < 0 ||
	    git_revwalk_push(w, from) < 0 ||
	    (hide && git_revwalk_hide(w, hide) < 0)) {
		git_revwalk_free(w);
		git_error_clear();
		return 0;
	}
	while (walked++ < UNPUSHED_MAX && git_revwalk_next(&oid, w) == 0) {
		if (git_commit_lookup(&c, repo->git, &oid) == 0 &&
		    git_commit_parentcount(c) <= 1 &&
		    git_commit_tree(&tree, c) == 0 &&
		    (git_commit_parentcount(c) == 0 ||
		    (git_commit_parent(&parent, c, 0) == 0 &&
		    git_commit_tree(&before, parent) == 0))) {
			if (git_tree_entry_bypath(&now, tree, INC_TEAM_FILE) < 0)
				now = NULL;
			if (!before || git_tree_entry_bypath(&was, before,
			    INC_TEAM_FILE) < 0)
				was = NULL;
			n += now || was ? !now || !was || !git_oid_equal(
			    git_tree_entry_id(now), git_tree_entry_id(was)) : 0;
		}
		git_tree_entry_free(now), now = NULL;
		git_tree_entry_free(was), was = NULL;
		git_tree_free(tree), tree = NULL;
		git_tree_free(before), before = NULL;
		git_commit_free(parent), parent = NULL;
		git_commit_free(c), c = NULL;
	}
	git_error_clear();
	git_revwalk_free(w);
	return n;
}

/* The paths two trees differ in (either side's name). */
static int
changed_paths(char ***out, size_t *count, inc_repo *repo, git_tree *a,
    git_tree *b)
{
	git_diff_options opts;
	git_diff *diff = NULL;
	char **paths = NULL;
	size_t n = 0, k;
	int rc;

	*out = NULL;
	*count = 0;
	git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
	opts.flags = GIT_DIFF_SKIP_BINARY_CHECK;
	if ((rc = git_diff_tree_to_tree(&diff, repo->git, a, b, &opts)) < 0)
		return inc__git_fail(rc, "merge");
	k = git_diff_num_deltas(diff);
	if (k && !(paths = calloc(2 * k, sizeof(*paths)))) {
		git_diff_free(diff);
		return inc__fail(INC_ERROR, "out of memory");
	}
	for (size_t i = 0; i < k; i++) {
		const git_diff_delta *d = git_diff_get_delta(diff, i);
		if (!(paths[n++] = strdup(d->new_file.path)) ||
		    (strcmp(d->old_file.path, d->new_file.path) &&
		    !(paths[n++] = strdup(d->old_file.path)))) {
			inc__strv_free(paths, n);
			git_diff_free(diff);
			return inc__fail(INC_ERROR, "out of memory");
		}
	}
	git_diff_free(diff);
	*out = paths;
	*count = n;
	return 0;
}

/* A change of the user's in the work tree the merge would overwrite. */
static int
local_changes(inc_repo *repo, char **paths, size_t n)
{
	unsigned int flags;
	char *safe;
	int rc;

	for (size_t i = 0; i < n; i++) {
		rc = git_status_file(&flags, repo->git, paths[i]);
		if (rc == GIT_ENOTFOUND || (rc == 0 && (flags == GIT_STATUS_CURRENT ||
		    flags == GIT_STATUS_IGNORED)))
			continue;
		if (rc < 0 && rc != GIT_EAMBIGUOUS)
			return inc__git_fail(rc, paths[i]);
		safe = inc_text_safe(paths[i], INC_ONE_LINE);
		rc = inc__fail(INC_ERROR, "%s: changed in the work tree and by "
		    "the merge; nothing merged (commit or stash it, then sync)",
		    safe ? safe : "?");
		free(safe);
		return rc;
	}
	return 0;
}

/*
 * Are the lines of a (a log's events, each the same bytes) all in b, in
 * the same order? A prefix is; so is a log that lost a line in b.
 */
static int
lines_within(const char *a, size_t alen, const char *b, size_t blen)
{
	const char *ae = a + alen, *be = b + blen, *al, *bl;

	while (a < ae) {
		al = memchr(a, '\n', (size_t)(ae - a));
		al = al ? al + 1 : ae;
		for (;;) {
			if (b >= be)
				return 0;
			bl = memchr(b, '\n', (size_t)(be - b));
			bl = bl ? bl + 1 : be;
			if (bl - b == al - a && !memcmp(a, b, (size_t)(al - a)))
				break;
			b = bl;
		}
		a = al, b = bl;
	}
	return 1;
}

/* A conflict's side as its blob's text; none (a side that has no file) "". */
static int
side_text(git_blob **out, const char **text, size_t *len, inc_repo *repo,
    const git_index_entry *e)
{
	*out = NULL;
	*text = "";
	*len = 0;
	if (!e)
		return 0;
	if (git_blob_lookup(out, repo->git, &e->id) < 0)
		return -1;
	*text = git_blob_rawcontent(*out);
	*len = (size_t)git_blob_rawsize(*out);
	return 0;
}

/*
 * A log's conflict where one side holds every event of the other, each
 * the same bytes in the same order, and both every event of the common
 * ancestor: the same events reached both sides by other commits (a
 * commit amended or rebased after it was pushed, an event commit
 * cherry-picked), and the side with more is the merge. An event edited,
 * removed or reordered on either side stays a conflict.
 */
static int
log_settled(inc_repo *repo, git_index *index, const char *path)
{
	const git_index_entry *base = NULL, *ours = NULL, *theirs = NULL, *keep;
	git_blob *bb = NULL, *ob = NULL, *tb = NULL;
	const char *b, *o, *t;
	size_t blen, olen, tlen;
	git_index_entry entry;
	int rc = 0;

	if (git_index_conflict_get(&base, &ours, &theirs, index, path) < 0 ||
	    !ours || !theirs || ours->mode != GIT_FILEMODE_BLOB ||
	    theirs->mode != GIT_FILEMODE_BLOB ||
	    side_text(&bb, &b, &blen, repo, base) < 0 ||
	    side_text(&ob, &o, &olen, repo, ours) < 0 ||
	    side_text(&tb, &t, &tlen, repo, theirs) < 0) {
		git_error_clear();
		goto out;
	}
	if (lines_within(o, olen, t, tlen) && lines_within(b, blen, o, olen))
		keep = theirs;
	else if (lines_within(t, tlen, o, olen) && lines_within(b, blen, t, tlen))
		keep = ours;
	else
		goto out;
	entry = *keep;
	entry.flags = (uint16_t)(entry.flags & ~GIT_INDEX_ENTRY_STAGEMASK);
	entry.path = path;
	if ((rc = git_index_conflict_remove(index, path)) < 0 ||
	    (rc = git_index_add(index, &entry)) < 0)
		rc = inc__git_fail(rc, path);
out:
	git_blob_free(bb);
	git_blob_free(ob);
	git_blob_free(tb);
	return rc;
}

/* Each log's conflict that log_settled settles, settled. */
static int
logs_merge(inc_repo *repo, git_index *index)
{
	git_index_conflict_iterator *it = NULL;
	const git_index_entry *a, *o, *t;
	char **paths = NULL, **more;
	size_t n = 0;
	int rc;

	if ((rc = git_index_conflict_iterator_new(&it, index)) < 0)
		return inc__git_fail(rc, "merge");
	while (git_index_conflict_next(&a, &o, &t, it) == 0) {
		const char *path = o ? o->path : t ? t->path : a->path;
		if (strncmp(path, INC_DIR "/", sizeof(INC_DIR)) ||
		    !inc__is_log_name(path))
			continue;
		if (!(more = realloc(paths, (n + 1) * sizeof(*paths))) ||
		    !(more[n] = strdup(path))) {
			paths = more ? more : paths;
			rc = inc__fail(INC_ERROR, "out of memory");
			goto out;
		}
		paths = more;
		n++;
	}
	for (size_t i = 0; rc == 0 && i < n; i++)
		rc = log_settled(repo, index, paths[i]);
out:
	git_index_conflict_iterator_free(it);
	inc__strv_free(paths, n);
	return rc;
}

static int
conflict(struct sync *s, git_index *index)
{
	git_index_conflict_iterator *it = NULL;
	const git_index_entry *a, *o, *t;
	const char *path = "?";
	char *safe;
	int rc, bare;

	if (s->res)
		s->res->failure = INC_SYNC_CONFLICT;
	if (git_index_conflict_iterator_new(&it, index) == 0 &&
	    git_index_conflict_next(&a, &o, &t, it) == 0)
		path = o ? o->path : t ? t->path : a ? a->path : "?";
	safe = inc_text_safe(path, INC_ONE_LINE);
	/* a bare clone has no work tree to merge in: inc-sync(1) says how */
	bare = git_repository_is_bare(s->repo->git) == 1;
	/* a log's side taken whole would drop the other's events */
	rc = inc__fail(INC_ERROR, "%s: changed here and on %s in ways that "
	    "conflict; nothing merged (merge it with git merge %s%s%s%s)",
	    safe ? safe : "?", s->remote, s->tracking + 13, bare ? " in a work "
	    "tree of the branch: git worktree add ../merge " : "",
	    bare ? s->local + 11 : "", inc__is_log_name(path) ? "; keep every "
	    "line of both sides: each is an event" : "");
	free(safe);
	git_index_conflict_iterator_free(it);
	return rc;
}

/* The new tip read back before the branch may point at it. */
static int
written(inc_repo *repo, const git_oid *commit)
{
	git_odb *odb = NULL;
	int ok;

	if (git_repository_odb(&odb, repo->git) < 0)
		return inc__fail(INC_ERROR, "objects: cannot be read");
	ok = git_odb_exists(odb, commit);
	git_odb_free(odb);
	return ok ? 0 : inc__fail(INC_ERROR, "merge: not written; nothing "
	    "merged");
}

static int
merge_commit(git_oid *out, struct sync *s, git_commit *ours,
    git_commit *theirs)
{
	git_merge_options opts;
	git_signature *who = NULL;
	git_index *index = NULL;
	git_tree *tree = NULL;
	const git_commit *parents[2] = {ours, theirs};
	char msg[1200];
	git_oid tree_id;
	int rc;

	git_merge_options_init(&opts, GIT_MERGE_OPTIONS_VERSION);
	opts.flags = 0; /* no rename detection: logs are never renamed */
	if ((rc = git_merge_commits(&index, s->repo->git, ours, theirs,
	    &opts)) < 0) {
		rc = inc__git_fail(rc, "merge");
		goto out;
	}
	if (git_index_has_conflicts(index) &&
	    ((rc = inc__settings_merge(s->repo, index)) < 0 ||
	    (rc = logs_merge(s->repo, index)) < 0))
		goto out;
	if (git_index_has_conflicts(index)) {
		rc = conflict(s, index);
		goto out;
	}
	if ((rc = inc__identity(s->repo)) < 0)
		goto out;
	if ((rc = git_index_write_tree_to(&tree_id, index, s->repo->git)) < 0 ||
	    (rc = git_tree_lookup(&tree, s->repo->git, &tree_id)) < 0 ||
	    (rc = git_signature_new(&who, s->repo->name, s->repo->email,
	    inc_time_now(), 0)) < 0) {
		rc = inc__git_fail(rc, "merge");
		goto out;
	}
	snprintf(msg, sizeof(msg), "Merge remote-tracking branch '%s'\n",
	    s->tracking + 13);
	if ((rc = inc__commit_create_n(out, s->repo, who, who, msg, tree, 2,
	    parents)) < 0)
		goto out;
	rc = written(s->repo, out);
out:
	git_signature_free(who);
	git_tree_free(tree);
	git_index_free(index);
	return rc;
}

/* HEAD still names the branch (a checkout may have moved it). */
static int
still_on(struct sync *s)
{
	git_reference *head = NULL;
	int rc = git_reference_lookup(&head, s->repo->git, "HEAD");

	if (rc < 0)
		return inc__git_fail(rc, "HEAD");
	rc = git_reference_type(head) == GIT_REFERENCE_SYMBOLIC &&
	    !strcmp(git_reference_symbolic_target(head), s->local) ? 0 :
	    inc__fail(INC_ECONFLICT, "HEAD: moved while syncing; nothing "
	    "merged, try again");
	git_reference_free(head);
	return rc;
}

/*
 * The index can be read (then libgit2 keeps it for git_status_file): not
 * one git keeps sparse, which a merge could not keep in step.
 */
static int
index_readable(struct sync *s)
{
	git_index *index = NULL;
	int rc = git_repository_index(&index, s->repo->git);

	git_index_free(index);
	return rc < 0 ? inc__worktree_index_fail(s->repo, rc, "index",
	    "merged") : 0;
}

/* No git merge (rebase, cherry-pick...) is half done in the work tree. */
static int
not_busy(struct sync *s)
{
	if (git_repository_is_bare(s->repo->git) ||
	    git_repository_state(s->repo->git) == GIT_REPOSITORY_STATE_NONE)
		return 0;
	return inc__fail(INC_ERROR, "%s: a git merge (or another git "
	    "operation) is in progress in the work tree; nothing merged "
	    "(finish or abort it first)", s->repo->path);
}

/* Does the team's settings file differ from old (NULL: none) to new? */
static int
settings_moved(const git_tree *old, const git_tree *new)
{
	git_oid was, is;
	int had = old && inc__team_file_id(&was, old);
	int has = inc__team_file_id(&is, new);

	return had != has || (has && !git_oid_equal(&was, &is));
}

/*
 * The branch moved from `from` (NULL: unborn) to `to`, files in step;
 * the team's settings read again when it changed them.
 */
static int
move(struct sync *s, int lock, const git_oid *from, const git_oid *to,
    git_commit *before)
{
	git_reference *ref = NULL;
	git_commit *after = NULL;
	git_tree *old = NULL, *new = NULL;
	char **paths = NULL, msg[1100];
	size_t n = 0;
	int rc, staged = 0;

	if ((rc = git_commit_lookup(&after, s->repo->git, to)) < 0 ||
	    (rc = git_commit_tree(&new, after)) < 0 ||
	    (before && (rc = git_commit_tree(&old, before)) < 0)) {
		rc = inc__git_fail(rc, "merge");
		goto out;
	}
	if ((rc = inc__worktree_lock(s->repo)) < 0)
		goto out;
	if (s->repo->index_locked && (rc = not_busy(s)) < 0)
		goto out;
	if (s->repo->index_locked) {
		if ((rc = still_on(s)) < 0 || (rc = index_readable(s)) < 0 ||
		    (rc = changed_paths(&paths, &n, s->repo, old, new)) < 0 ||
		    (rc = local_changes(s->repo, paths, n)) < 0)
			goto out;
		staged = 1;
		if ((rc = inc__worktree_stage(s->repo, new,
		    (const char *const *)paths, n)) < 0)
			goto out;
	}
	snprintf(msg, sizeof(msg), "inc-sync: %s %s", from && !git_oid_equal(to,
	    from) && git_commit_parentcount(after) == 2 ? "merge" :
	    "fast-forward to", s->tracking + 13);
	inc__lock_note(lock, s->local, to);
	inc__signals_hold();
	rc = from ? git_reference_create_matching(&ref, s->repo->git, s->local,
	    to, 1, from, msg) : git_reference_create(&ref, s->repo->git,
	    s->local, to, 0, msg);
	git_reference_free(ref);
	if (rc < 0) {
		rc = rc == GIT_EMODIFIED || rc == GIT_EEXISTS || rc == GIT_ELOCKED ?
		    inc__fail(INC_ECONFLICT, "%s: moved by another git while "
		    "syncing; nothing merged, try again", s->local) :
		    inc__git_fail(rc, s->local);
		goto out;
	}
	staged = 0;
	if (s->repo->index_locked && inc__worktree_done(s->repo, 1,
	    (const char *const *)paths, n) < 0)
		inc__warn("%s (merged; index.lock is kept until the next write "
		    "brings the work tree in step)", inc_error());
	if (settings_moved(old, new) && inc__repo_settings_reload(s->repo) < 0)
		inc__warn("%s (merged; the team's settings read before are "
		    "used)", inc_error());
out:
	if (staged)
		inc__worktree_done(s->repo, 0, (const char *const *)paths, n);
	inc__worktree_unlock(s->repo);
	inc__signals_release();
	inc__strv_free(paths, n);
	git_tree_free(old);
	git_tree_free(new);
	git_commit_free(after);
	return rc;
}

/* incidents/YYYY/MM/ID/FILE.jsonl: ID in id, else "" */
static void
log_incident(char *id, size_t size, const char *path)
{
	const char *p = path + sizeof(INC_DIR), *end;

	id[0] = '\0';
	if (strncmp(path, INC_DIR "/", sizeof(INC_DIR)) ||
	    !inc__is_log_name(path) || !(p = strchr(p, '/')) ||
	    !(p = strchr(p + 1, '/')) || !(end = strchr(++p, '/')) ||
	    strchr(end + 1, '/'))
		return;
	snprintf(id, size, "%.*s", (int)(end - p), p);
}

/*
 * A commit's log files against a parent's, as inc-verify takes them: one
 * deleted, or whose parent's version is not where it starts, names its
 * incident on a line of b, once ("ID: an event was changed, not
 * appended, by COMMIT (AUTHOR): run inc-verify").
 */
static int
commit_rewrites(struct inc_buf *b, inc_repo *repo, git_commit *c,
    git_tree *tree, git_tree *before)
{
	git_diff_options opts;
	char dir[] = INC_DIR "/", *spec[] = {dir};
	char id[256], said[300], hex[13], *author;
	git_diff *diff = NULL;
	git_blob *ob = NULL, *nb = NULL;
	const char *what;
	int rc;

	git_diff_options_init(&opts, GIT_DIFF_OPTIONS_VERSION);
	opts.pathspec.strings = spec;
	opts.pathspec.count = 1;
	opts.flags = GIT_DIFF_SKIP_BINARY_CHECK;
	if ((rc = git_diff_tree_to_tree(&diff, repo->git, before, tree,
	    &opts)) < 0)
		return inc__git_fail(rc, "merge");
	for (size_t i = 0; rc == 0 && i < git_diff_num_deltas(diff); i++) {
		const git_diff_delta *d = git_diff_get_delta(diff, i);
		int changed = 0;
		if (d->status == GIT_DELTA_ADDED)
			continue;
		log_incident(id, sizeof(id), d->old_file.path);
		snprintf(said, sizeof(said), "%s: ", id);
		if (!id[0] || inc__line_starts(b->s, said))
			continue; /* not a log, or said already */
		if (d->status != GIT_DELTA_MODIFIED ||
		    git_blob_lookup(&ob, repo->git, &d->old_file.id) < 0 ||
		    git_blob_lookup(&nb, repo->git, &d->new_file.id) < 0)
			changed = 1;
		else
			changed = inc__log_rewritten(&what, git_blob_rawcontent(ob),
			    (size_t)git_blob_rawsize(ob), git_blob_rawcontent(nb),
			    (size_t)git_blob_rawsize(nb)) > 0;
		git_blob_free(ob), ob = NULL;
		git_blob_free(nb), nb = NULL;
		git_error_clear();
		if (!changed)
			continue;
		git_oid_tostr(hex, sizeof(hex), git_commit_id(c));
		author = inc_text_safe(git_commit_author(c)->name, INC_ONE_LINE);
		rc = inc__buf_printf(b, "%s: an event was changed, not appended, "
		    "by %s (%s): run inc-verify\n", id, hex, author ? author :
		    "?");
		free(author);
	}
	git_diff_free(diff);
	return rc < 0 ? inc__fail(INC_ERROR, "out of memory") : 0;
}

/*
 * The commits about to be merged (the remote's, not in local) that
 * change an event already in the log, or remove one, rather than append:
 * a line per incident in *out (NULL: none), the first such commit.
 */
static int
rewrites(char **out, inc_repo *repo, const git_oid *remote,
    const git_oid *local)
{
	struct inc_buf b = {0};
	git_revwalk *w = NULL;
	git_commit *c = NULL, *parent = NULL;
	git_tree *tree = NULL, *before = NULL;
	git_oid oid;
	int rc;

	*out = NULL;
	if ((rc = git_revwalk_new(&w, repo->git)) < 0 ||
	    (rc = git_revwalk_sorting(w, GIT_SORT_TOPOLOGICAL |
	    GIT_SORT_REVERSE)) < 0 || (rc = git_revwalk_push(w, remote)) < 0 ||
	    (rc = git_revwalk_hide(w, local)) < 0) {
		rc = inc__git_fail(rc, "merge");
		goto out;
	}
	while (rc == 0 && git_revwalk_next(&oid, w) == 0) {
		if ((rc = git_commit_lookup(&c, repo->git, &oid)) < 0 ||
		    (rc = git_commit_tree(&tree, c)) < 0) {
			rc = inc__git_fail(rc, "merge");
			break;
		}
		for (unsigned i = 0; rc == 0 && i < git_commit_parentcount(c);
		    i++) {
			if ((rc = git_commit_parent(&parent, c, i)) < 0 ||
			    (rc = git_commit_tree(&before, parent)) < 0)
				rc = inc__git_fail(rc, "merge");
			else
				rc = commit_rewrites(&b, repo, c, tree, before);
			git_tree_free(before), before = NULL;
			git_commit_free(parent), parent = NULL;
		}
		git_tree_free(tree), tree = NULL;
		git_commit_free(c), c = NULL;
	}
	if (rc == 0 && b.len)
		b.s[b.len - 1] = '\0', b.len--;
	if (rc == 0 && b.len && !(*out = inc__buf_take(&b)))
		rc = inc__fail(INC_ERROR, "out of memory");
out:
	inc__buf_free(&b);
	git_revwalk_free(w);
	return rc;
}

/*
 * The remote-tracking branch merged into the local one, under the
 * writers' lock: a fast-forward when this clone has nothing of its own,
 * else a merge commit.
 */
static int
merge(struct sync *s)
{
	git_commit *ours = NULL, *theirs = NULL;
	git_oid local, remote, next;
	struct inc_buf b = {0};
	char *changed = NULL, *joined;
	int rc, lock = -1, unborn;

	if ((rc = lookup(&remote, s->repo, s->tracking)) != 0)
		return rc < 0 ? rc : 0;
	if ((rc = inc__lock(&lock, s->repo)) < 0)
		return rc;
	if ((rc = lookup(&local, s->repo, s->local)) < 0)
		goto out;
	unborn = rc == 1;
	if (!unborn && contains(s->repo, &local, &remote)) {
		rc = 0; /* nothing new */
		goto out;
	}
	if (s->res) {
		s->res->merged += (size_t)events_between(s->repo, &remote,
		    unborn ? NULL : &local);
		s->res->settings_merged += settings_between(s->repo, &remote,
		    unborn ? NULL : &local);
	}
	if ((rc = git_commit_lookup(&theirs, s->repo->git, &remote)) < 0 ||
	    (!unborn && (rc = git_commit_lookup(&ours, s->repo->git,
	    &local)) < 0)) {
		rc = inc__git_fail(rc, "merge");
		goto out;
	}
	if ((rc = not_busy(s)) < 0 || (!unborn &&
	    (rc = rewrites(&changed, s->repo, &remote, &local)) < 0))
		goto out;
	if (unborn || contains(s->repo, &remote, &local))
		git_oid_cpy(&next, &remote);
	else if ((rc = merge_commit(&next, s, ours, theirs)) < 0)
		goto out;
	if ((rc = move(s, lock, unborn ? NULL : &local, &next, ours)) < 0 ||
	    !changed)
		goto out;
	/* merged all the same: every clone has it, inc-verify says more */
	if (!s->res)
		inc__warn("%s", changed); /* a reader's: on its warning line */
	else if (!s->res->changed)
		s->res->changed = changed, changed = NULL;
	else if ((rc = inc__buf_printf(&b, "%s\n%s", s->res->changed,
	    changed)) < 0 || !(joined = inc__buf_take(&b)))
		rc = inc__fail(INC_ERROR, "out of memory");
	else
		free(s->res->changed), s->res->changed = joined;
out:
	inc__buf_free(&b);
	free(changed);
	git_commit_free(ours);
	git_commit_free(theirs);
	inc__unlock(lock);
	return rc;
}

/*
 * The lock file git found on the remote, as it names it: "Unable to
 * create 'PATH': File exists." on a line of said (only on the remote's,
 * "remote: ", with remote set). PATH into out, "/./" said "/" (git joins
 * the repository "." and the ref); 0 when no line names one.
 */
static int
remote_lock(char *out, size_t size, const char *said, int remote)
{
	static const char start[] = "Unable to create '";
	const char *p, *end, *path, *stop;
	char line[2048];
	size_t n = 0;

	for (p = said; p && *p; p = end ? end + 1 : NULL) {
		end = strchr(p, '\n');
		snprintf(line, sizeof(line), "%.*s", end ? (int)(end - p) :
		    (int)strlen(p), p);
		if ((remote && strncmp(line, "remote: ", 8)) ||
		    !(path = strstr(line, start)) ||
		    !(stop = strstr(path += sizeof(start) - 1, "': File exists")) ||
		    stop == path)
			continue;
		for (; path < stop && n + 1 < size; path++) {
			while (!strncmp(path, "/./", 3))
				path += 2;
			out[n++] = *path;
		}
		out[n] = '\0';
		return 1;
	}
	return 0;
}

/*
 * What the server said last, as git shows it ("remote: ..." lines of
 * err): its last line with words, into out, without git's "error: " or
 * "fatal: " and the spaces git pads it with; but receive-pack's own
 * "hook declined to update REF", which says less than the hook did
 * before it. 0 when the server said nothing.
 */
static int
remote_said(char *out, size_t size, const char *err)
{
	const char *p, *end, *line;
	size_t len;
	int found = 0;

	for (p = err; p && *p; p = *end ? end + 1 : end) {
		end = p + strcspn(p, "\n");
		if (strncmp(p, "remote: ", 8))
			continue;
		line = p + 8;
		len = (size_t)(end - line);
		while (len && strchr(" \t\r", line[len - 1]))
			len--;
		if (len > 7 && (!strncmp(line, "error: ", 7) ||
		    !strncmp(line, "fatal: ", 7)))
			line += 7, len -= 7;
		if (!len || !strncmp(line, "hook declined to update ", 24))
			continue;
		snprintf(out, size, "%.*s", (int)len, line);
		found = 1;
	}
	return found;
}

/*
 * A push refused: "[remote rejected] (pre-receive hook declined)" as git
 * says it (why), after what the server said last, where it said
 * something (a quota, a protected branch, a full disk).
 */
static int
refused_by(struct sync *s, const char *why, const char *err)
{
	char said[512], *safe, *words = NULL;
	const char *reason = strchr(why, '(');
	int rc;

	if (!remote_said(said, sizeof(said), err))
		reason = NULL;
	safe = inc_text_safe(reason ? reason : why, INC_ONE_LINE);
	if (reason)
		words = inc_text_safe(said, INC_ONE_LINE);
	rc = inc__fail(INC_ERROR, "%s: push refused: %s%s%s", s->remote,
	    words ? words : "", words ? " " : "", safe ? safe : "?");
	free(safe);
	free(words);
	return rc;
}

/*
 * PUSH_RACED when the push was rejected as the remote has moved on,
 * PUSH_LOCKED when the remote could not lock its ref as a lock file was
 * there (named in s->lock).
 */
static int
push(struct sync *s, const git_oid *tip)
{
	struct inc_buf out = {0}, err = {0};
	char refspec[1100], hex[GIT_OID_HEXSZ + 1], *line, *next, *why = NULL;
	char *raced = NULL, said[512];
	const char *args[] = {"push", "--porcelain", "--quiet", "--", s->remote,
	    refspec, NULL};
	int status, rc = 0, rejected = 0, refused = 0;

	/* the commit, not the branch: what is checked is what is pushed */
	git_oid_tostr(hex, sizeof(hex), tip);
	snprintf(refspec, sizeof(refspec), "%s:%s", hex, s->merge);
	if ((status = run_git(s, &out, &err, args)) < 0) {
		rc = status;
		goto out;
	}
	for (line = out.s; status && line && *line; line = next) {
		if ((next = strchr(line, '\n')))
			*next++ = '\0';
		if (line[0] != '!')
			continue;
		/* someone pushed first: as git says it, or as the race
		 * for the server's ref lock does */
		if (strstr(line, "[rejected]") ||
		    strstr(line, "(failed to update ref)") ||
		    strstr(line, "(failed to lock)") ||
		    strstr(line, "cannot lock ref")) {
			rejected = PUSH_RACED;
			raced = line;
			refused = strstr(line, "[remote rejected]") != NULL;
			if (refused && remote_lock(s->lock, sizeof(s->lock), line,
			    0))
				rejected = PUSH_LOCKED;
		} else if (!why)
			why = strchr(line, '[');
	}
	/*
	 * the remote could not lock its ref: as it moved on meanwhile ("is
	 * at A but expected B"), the race; as a lock file was there, not,
	 * unless another push held it a moment (see sync_run)
	 */
	if (refused && rejected == PUSH_RACED && remote_lock(s->lock, sizeof(s->lock),
	    err.s, 1))
		rejected = PUSH_LOCKED;
	/*
	 * nor is a ref the server could not write for a reason of its own
	 * (a full disk: "couldn't write '.../main.lock'"), said in its words;
	 * one it gave no words for is taken for the race
	 */
	if (refused && rejected == PUSH_RACED && !strstr(raced, "but expected") &&
	    (!err.s || !strstr(err.s, "but expected")) &&
	    remote_said(said, sizeof(said), err.s)) {
		rejected = 0;
		why = strchr(raced, '[');
	}
	/* reached, but refused before anything was sent: a pre-push hook
	 * (git exits 1, not 128 as when it cannot connect); its own words */
	if (status == 1 && !why && !rejected && err.s &&
	    strstr(err.s, "failed to push some refs"))
		for (line = err.s; line && *line && !why; line = next) {
			if ((next = strchr(line, '\n')))
				*next++ = '\0';
			if (*line && strncmp(line, "error: ", 7) &&
			    strncmp(line, "hint: ", 6))
				why = line;
			else if (!strncmp(line, "error: failed to push", 21))
				why = line + 7;
		}
	if (status == 0)
		rc = PUSHED;
	else if (rejected)
		rc = rejected;
	else if (why) /* the server's own words first, then git's reason */
		rc = refused_by(s, why, err.s);
	else
		rc = offline(s, "push", status, &err);
out:
	inc__buf_free(&out);
	inc__buf_free(&err);
	return rc;
}

/* After a push: the remote-tracking branch and the seen tip at it. */
static int
pushed(struct sync *s, const git_oid *tip)
{
	git_reference *ref = NULL;
	git_oid seen;
	int rc;

	if ((rc = git_reference_create(&ref, s->repo->git, s->tracking, tip, 1,
	    "inc-sync: pushed")) == GIT_ELOCKED)
		return inc__fail(INC_ERROR, "%s%s.lock: held by another git "
		    "process; pushed, but not marked so here (remove it only "
		    "if no git is running)", s->repo->commondir, s->tracking);
	if (rc < 0)
		return inc__git_fail(rc, s->tracking);
	git_reference_free(ref), ref = NULL;
	if ((rc = lookup(&seen, s->repo, s->seen)) < 0)
		return rc;
	if (rc == 0 && !contains(s->repo, tip, &seen))
		return 0; /* only forward */
	if ((rc = git_reference_create(&ref, s->repo->git, s->seen, tip, 1,
	    "inc-sync: pushed")) < 0)
		return inc__git_fail(rc, s->seen);
	git_reference_free(ref);
	return 0;
}

static int
sync_once(struct sync *s, int *again)
{
	git_oid local, remote;
	int rc, has_remote;

	*again = 0;
	if ((rc = fetch(s)) < 0 || (rc = seen_check(s)) < 0 ||
	    (rc = merge(s)) < 0)
		return rc;
	if ((rc = lookup(&local, s->repo, s->local)) != 0)
		return rc < 0 ? rc : 0; /* nothing here yet, nothing to push */
	if ((rc = lookup(&remote, s->repo, s->tracking)) < 0)
		return rc;
	has_remote = rc == 0;
	if (has_remote && git_oid_equal(&local, &remote))
		return 0;
	if (s->res)
		s->res->attempts++;
	if ((rc = push(s, &local)) < 0)
		return rc;
	if (rc != PUSHED) {
		*again = rc;
		return 0;
	}
	if (s->gone && !has_remote)
		inc__warn("%s: gone from the remote (its repository made again?): "
		    "this clone's branch is pushed there again", s->tracking + 13);
	if (s->res) {
		s->res->pushed += (size_t)events_between(s->repo, &local,
		    has_remote ? &remote : NULL);
		s->res->settings_pushed += settings_between(s->repo, &local,
		    has_remote ? &remote : NULL);
	}
	return pushed(s, &local);
}

/* A push refused LOCK_TRIES times as the remote's ref is locked. */
static int
locked(struct sync *s)
{
	char *safe = inc_text_safe(s->lock, INC_ONE_LINE);
	int rc = inc__fail(INC_ERROR, "%s: the remote's %s is locked (%s: a push "
	    "that died there left it?); nothing lost (remove it on the server, "
	    "then sync)", s->remote, s->merge + 11, safe ? safe : "?");

	free(safe);
	return rc;
}

/*
 * inc.syncTimeout, in milliseconds: how long a git of a sync may take (a
 * value that is not a number of seconds is warned of, and the default
 * taken).
 */
static int
sync_timeout(inc_repo *repo)
{
	git_config *cfg = NULL;
	int seconds = SYNC_TIMEOUT_SECONDS;

	if (inc__config_snapshot(&cfg, repo) == 0 &&
	    inc__config_positive(&seconds, cfg, "inc.syncTimeout",
	    SYNC_TIMEOUT_SECONDS, "seconds") < 0)
		inc__warn("%s: using %d", inc_error(), seconds);
	git_error_clear();
	git_config_free(cfg);
	return seconds > INT_MAX / 1000 ? INT_MAX / 1000 * 1000 :
	    seconds * 1000;
}

/*
 * Fetch, merge, push, until the push goes through: again when it was
 * rejected as others pushed first, up to PUSH_TRIES; again, after a
 * pause, when the remote could not lock its ref, up to LOCK_TRIES. Git
 * on the server waits a moment (core.filesRefLockTimeout, 100 ms) for a
 * ref another push has locked; under load that push can hold it longer,
 * or hold HEAD.lock (HEAD's reflog) or packed-refs.lock, and this one is
 * refused with the same words as after a push that died there and left
 * the lock behind. A lock still there after the pauses is taken for the
 * latter, and said: trying again would not help. With ask, git may ask
 * the person at the terminal (a password).
 */
static int
sync_run(struct inc_sync_result *out, inc_repo *repo, const char *remote,
    int ask)
{
	struct sync s = {0};
	int rc, again = 1, raced = 0, held = 0;

	inc__warn_clear();
	s.repo = repo;
	s.res = out;
	s.ask = ask;
	s.timeout_ms = sync_timeout(repo);
	if ((rc = resolve(&s, remote)) < 0)
		goto out;
	if (!s.remote[0]) {
		rc = inc__fail(INC_ENOTFOUND, "%s: no remote to sync with (add "
		    "one: git remote add origin URL)", repo->path);
		goto out;
	}
	while (again && raced < PUSH_TRIES && held < LOCK_TRIES) {
		if ((rc = sync_once(&s, &again)) < 0)
			goto out;
		if (again == PUSH_RACED)
			raced++;
		else if (again == PUSH_LOCKED && ++held < LOCK_TRIES) {
			long ms = (long)LOCK_PAUSE_MS << (held - 1);
			struct timespec pause = {ms / 1000, ms % 1000 * 1000000L};
			nanosleep(&pause, NULL);
		}
	}
	if (again == PUSH_LOCKED)
		rc = locked(&s);
	else if (again)
		rc = inc__fail(INC_ECONFLICT, "%s: push rejected %d times as "
		    "others pushed first; nothing lost, try again", s.remote,
		    PUSH_TRIES);
out:
	if (rc < 0 && !out->failure)
		out->failure = INC_SYNC_FAILED;
	return rc;
}

/*
 * The syncs of a clone take turns through flock(2) on
 * GITDIR/incident-sync.lock, waited for up to wait_ms (-1: as long as
 * it takes); *out gets its fd, or -1 when it stayed busy.
 */
static int
sync_lock(int *out, inc_repo *repo, int wait_ms)
{
	struct timespec pause = {0, 10 * 1000 * 1000};
	char path[4096];
	int fd, rc;

	*out = -1;
	if ((rc = sync_file(path, sizeof(path), repo, "incident-sync.lock")) < 0)
		return rc;
	if ((fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666)) < 0)
		return inc__errno_fail(path);
	if (wait_ms < 0) {
		while ((rc = flock(fd, LOCK_EX)) < 0 && errno == EINTR &&
		    !interrupted)
			;
	} else {
		for (int waited = 0; (rc = flock(fd, LOCK_EX | LOCK_NB)) < 0 &&
		    errno == EWOULDBLOCK && waited < wait_ms; waited += 10)
			nanosleep(&pause, NULL);
	}
	if (rc < 0) {
		close(fd);
		return errno == EWOULDBLOCK ? 0 : interrupted ?
		    inc__fail(INC_ERROR, "%s: interrupted while another sync "
		    "ran", repo->path) : inc__errno_fail(path);
	}
	*out = fd;
	return 0;
}

/*
 * What a background sync merged that changed events rather than appended
 * to them (see merge): kept in GITDIR/incident-sync-changed, a line per
 * incident, for the next reader or inc-sync of the clone to say, once.
 */
static void
keep_changed(inc_repo *repo, const char *changed)
{
	char path[4096];
	int fd;

	if (!changed || sync_file(path, sizeof(path), repo,
	    "incident-sync-changed") < 0 || (fd = open(path, O_WRONLY |
	    O_APPEND | O_CREAT | O_CLOEXEC, 0666)) < 0)
		return;
	/* kept by nobody when this fails: inc-verify still says it */
	if (write(fd, changed, strlen(changed)) < 0 || write(fd, "\n", 1) < 0) {
	}
	close(fd);
}

/* Those lines, taken: NULL when there are none. */
static char *
take_changed(inc_repo *repo)
{
	char path[4096], taken[4200];
	struct inc_buf b = {0};
	char chunk[4096];
	ssize_t n;
	int fd;

	if (sync_file(path, sizeof(path), repo, "incident-sync-changed") < 0)
		return NULL;
	snprintf(taken, sizeof(taken), "%s.taken", path);
	if (rename(path, taken) < 0)
		return NULL;
	if ((fd = open(taken, O_RDONLY | O_CLOEXEC)) >= 0) {
		while (b.len < 65536 && (n = read(fd, chunk, sizeof(chunk))) > 0)
			inc__buf_put(&b, chunk, (size_t)n);
		close(fd);
	}
	unlink(taken);
	while (b.len && b.s[b.len - 1] == '\n')
		b.s[--b.len] = '\0';
	if (!b.len || b.failed) {
		inc__buf_free(&b);
		return NULL;
	}
	return inc__buf_take(&b);
}

/*
 * A sync, in turn with the others of the clone; a write made meanwhile
 * (its mark left for the sync running) is synced too, before the end.
 */
int
inc_sync(struct inc_sync_result *out, inc_repo *repo, const char *remote,
    int ask)
{
	char pending[4096];
	int fd, rc;

	memset(out, 0, sizeof(*out));
	if ((rc = sync_file(pending, sizeof(pending), repo,
	    "incident-sync-pending")) < 0 ||
	    (rc = sync_lock(&fd, repo, -1)) < 0)
		return rc;
	/* what a background sync merged changed: said with this one's */
	out->changed = take_changed(repo);
	do {
		unlink(pending);
		rc = sync_run(out, repo, remote, ask);
	} while (rc == 0 && access(pending, F_OK) == 0);
	close(fd);
	return rc;
}

void
inc_sync_interrupt(void)
{
	interrupted = 1;
}

void
inc_sync_result_free(struct inc_sync_result *result)
{
	if (!result)
		return;
	free(result->remote);
	free(result->changed);
	result->remote = NULL;
	result->changed = NULL;
}

/* inc.autoSync: on unless false. */
static int
auto_sync_on(inc_repo *repo)
{
	git_config *cfg = NULL;
	int on = 1;

	if (inc__config_snapshot(&cfg, repo) < 0)
		return 0;
	if (inc__config_bool(&on, cfg, "inc.autoSync", 1) < 0)
		on = 0;
	git_config_free(cfg);
	return on;
}

/* inc.autoSync (on unless false), and a remote to sync with. */
static int
sync_auto(inc_repo *repo)
{
	struct sync s = {0};
	int on = auto_sync_on(repo);

	s.repo = repo;
	/* resolved even when off: a branch the team does not share is said */
	return resolve(&s, NULL) == 0 && s.remote[0] && on;
}


/* What the last background sync could not do, for readers to say. */
static void
note_failure(inc_repo *repo, const char *why)
{
	char path[4096];
	size_t n = why ? strlen(why) : 0;

	if (sync_file(path, sizeof(path), repo, "incident-sync-failed") < 0)
		return;
	if (!why) {
		unlink(path);
		return;
	}
	if (inc__file_replace(path, why, n, 0, "incident-sync-failed") < 0) {
		/* said by nobody: the next sync tries again */
	}
}

/*
 * One sync at a time, and at most one waiting: the writes made while one
 * runs are synced by it, as it goes round again. A write marks
 * GITDIR/incident-sync-pending first; whoever holds
 * GITDIR/incident-sync.lock syncs while the mark is there (removing it
 * as each round starts), and looks again after letting the lock go. One
 * that finds the lock taken waits for it, holding
 * GITDIR/incident-sync-wait.lock, until the mark is taken up by a round
 * that started after it was made; when another waits already, it leaves.
 */
static int
sync_queued(struct inc_sync_result *out, inc_repo *repo, const char *remote)
{
	struct timespec pause = {0, 20 * 1000 * 1000};
	char pending[4096], wait[4096];
	int fd, rc = 0, waiter = -1;

	memset(out, 0, sizeof(*out));
	if ((rc = sync_file(pending, sizeof(pending), repo,
	    "incident-sync-pending")) < 0 ||
	    (rc = sync_file(wait, sizeof(wait), repo,
	    "incident-sync-wait.lock")) < 0)
		return rc;
	touch(repo, "incident-sync-pending");
	for (;;) {
		if ((rc = sync_lock(&fd, repo, 0)) < 0)
			break;
		if (fd < 0) {
			if (waiter < 0 && ((waiter = open(wait, O_RDWR | O_CREAT |
			    O_CLOEXEC, 0666)) < 0 || flock(waiter,
			    LOCK_EX | LOCK_NB) < 0))
				break; /* another waits: it sees the mark */
			if (access(pending, F_OK) < 0)
				break; /* taken up by the one running */
			nanosleep(&pause, NULL);
			continue;
		}
		if (waiter >= 0)
			close(waiter), waiter = -1;
		while (unlink(pending) == 0) {
			inc_sync_result_free(out);
			memset(out, 0, sizeof(*out));
			rc = sync_run(out, repo, remote, 0);
			note_failure(repo, rc < 0 ? inc_error() : NULL);
			keep_changed(repo, out->changed);
		}
		close(fd);
		if (access(pending, F_OK) < 0)
			break;
	}
	if (waiter >= 0)
		close(waiter);
	return rc;
}

/*
 * Auto-sync: once a write is said, before its hooks run, a sync in the
 * background, detached (nobody's child, no terminal, no output): the
 * write never waits for the network, nor fails because of it, and its
 * push waits for no hook. Syncs take turns (sync_queued); a failure is
 * for the next sync to catch up.
 */
void
inc_sync_background(inc_repo *repo)
{
	struct inc_sync_result r;

	if (!sync_auto(repo))
		return;
	touch(repo, "incident-sync-pending"); /* before the tool ends */
	if (inc__detach() == 1) {
		sync_queued(&r, repo, NULL);
		_exit(0);
	}
}

/*
 * Is a merge left half done in the work tree? The index (megabytes, in
 * a repository of years) is read only while git is in the middle of an
 * operation (a rebase, a cherry-pick) that may have left conflicts.
 */
static int
merging(inc_repo *repo)
{
	git_index *index = NULL;
	int state = git_repository_state(repo->git), conflicted = 0;

	if (state == GIT_REPOSITORY_STATE_MERGE)
		return INC_MERGING_MERGE;
	if (state == GIT_REPOSITORY_STATE_NONE ||
	    git_repository_is_bare(repo->git) ||
	    git_repository_index(&index, repo->git) < 0)
		return 0;
	conflicted = git_index_has_conflicts(index);
	git_index_free(index);
	return conflicted ? INC_MERGING_CONFLICTS : 0;
}

/*
 * The last fetch that worked: ours (GITDIR/incident-fetched), git's
 * (FETCH_HEAD), or the last update of the remote-tracking branch (a
 * clone's, say), whichever is newest.
 */
static int64_t
fetched_at(struct sync *s)
{
	int64_t at = stamp(s->repo, "incident-fetched"), t;
	git_reflog *log = NULL;
	const git_reflog_entry *e;

	if ((t = stamp(s->repo, "FETCH_HEAD")) > at)
		at = t;
	if (git_reflog_read(&log, s->repo->git, s->tracking) == 0 &&
	    (e = git_reflog_entry_byindex(log, 0)) &&
	    (t = (int64_t)git_reflog_entry_committer(e)->when.time) > at)
		at = t;
	git_reflog_free(log);
	return at;
}

/*
 * Is a sync of this clone under way, or asked for: a write's mark
 * (GITDIR/incident-sync-pending) not yet taken up, or the sync lock held
 * (a background sync, inc-sync, or a reader's fetch, which pushes what
 * it finds unpushed next). The lock is tried, never waited for.
 */
static int
sync_busy(inc_repo *repo)
{
	char path[4096];
	int fd, busy;

	if (sync_file(path, sizeof(path), repo, "incident-sync-pending") == 0 &&
	    access(path, F_OK) == 0)
		return 1;
	if (sync_file(path, sizeof(path), repo, "incident-sync.lock") < 0 ||
	    (fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return 0;
	busy = flock(fd, LOCK_SH | LOCK_NB) < 0 && errno == EWOULDBLOCK;
	close(fd);
	return busy;
}

static void
last_failure(char *out, size_t size, inc_repo *repo)
{
	char path[4096];
	ssize_t n = 0;
	int fd;

	out[0] = '\0';
	if (sync_file(path, sizeof(path), repo, "incident-sync-failed") < 0 ||
	    (fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return;
	n = read(fd, out, size - 1);
	close(fd);
	out[n > 0 ? n : 0] = '\0';
	out[strcspn(out, "\n")] = '\0';
}

/*
 * A copy auto-sync cannot fetch into, where it is on and there is a
 * remote: a reader shows what it has, and nothing is fetched or merged
 * into it, so it is said. HEAD detached (git checkout origin/main, or
 * HEAD~3, a bisect): that commit's logs, with the team's branch to go
 * back to: the remote's own (origin, else the only remote), else the
 * only one of the main branch's names here. HEAD's branch checked out
 * in another work tree too (git worktree add --force), which a merge
 * could not keep in step (resolve refuses it): out->elsewhere names it.
 * 1 when it is either.
 */
static int
not_fetched(struct inc_freshness *out, inc_repo *repo)
{
	git_reference *ref = NULL;
	git_object *head = NULL;
	git_config *cfg = NULL;
	git_buf hex = {0};
	struct sync s = {0};
	char branch[600];
	int on = 1, detached = git_repository_head_detached(repo->git) == 1;

	branch[0] = '\0';
	if (!detached && git_reference_lookup(&ref, repo->git, "HEAD") == 0 &&
	    git_reference_type(ref) == GIT_REFERENCE_SYMBOLIC &&
	    !strncmp(git_reference_symbolic_target(ref), "refs/heads/", 11) &&
	    inc__worktree_elsewhere(repo, git_reference_symbolic_target(ref)))
		snprintf(branch, sizeof(branch), "%s",
		    git_reference_symbolic_target(ref) + 11);
	git_reference_free(ref);
	if ((!detached && !branch[0]) || inc__config_snapshot(&cfg, repo) < 0) {
		git_error_clear();
		return 0;
	}
	s.repo = repo;
	if (remote_named(NULL, 0, cfg, "origin"))
		snprintf(s.remote, sizeof(s.remote), "origin");
	else if (!remote_named(s.remote, sizeof(s.remote), cfg, NULL))
		s.remote[0] = '\0';
	if (inc__config_bool(&on, cfg, "inc.autoSync", 1) < 0 || !on ||
	    !s.remote[0]) {
		git_error_clear();
		git_config_free(cfg);
		return 0;
	}
	if (!detached) {
		snprintf(out->elsewhere, sizeof(out->elsewhere), "%.255s",
		    branch);
		git_config_free(cfg);
		return 1;
	}
	if (team_branch(branch, sizeof(branch), &s, cfg))
		snprintf(out->branch, sizeof(out->branch), "%.255s", branch +
		    strlen("refs/remotes/") + strlen(s.remote) + 1);
	else if (main_branch(branch, sizeof(branch), repo, cfg, "refs/heads/"))
		snprintf(out->branch, sizeof(out->branch), "%.255s", branch + 11);
	git_config_free(cfg);
	if (git_revparse_single(&head, repo->git, "HEAD") == 0 &&
	    git_object_short_id(&hex, head) == 0)
		snprintf(out->detached, sizeof(out->detached), "%s", hex.ptr);
	else
		snprintf(out->detached, sizeof(out->detached), "HEAD");
	git_buf_dispose(&hex);
	git_object_free(head);
	git_error_clear();
	out->bisecting = git_repository_state(repo->git) ==
	    GIT_REPOSITORY_STATE_BISECT;
	return 1;
}

/*
 * How fresh this clone's copy is, after fetching and merging first when
 * fetch is set, auto-sync is on and the last fetch is older than
 * FRESH_SECONDS (or whenever, fetch 2), within FETCH_BOUND_MS. A fetch or merge that fails is
 * no error: out says so. A detached HEAD, or a branch checked out twice,
 * is neither fetched nor merged into, and said (not_fetched); a branch
 * that tracks nothing, where the remote's own is another, gets nothing
 * of the team's branch, and is said (out->side).
 */
int
inc_sync_fresh(struct inc_freshness *out, inc_repo *repo, int fetch_first)
{
	struct sync s = {0};
	git_oid local, remote;
	int64_t now = inc_time_now(), since;
	int rc, has_remote, lock = -1, busy = 0;
	char *changed, *next = NULL;

	memset(out, 0, sizeof(*out));
	out->merging = merging(repo);
	/* what a background sync merged changed, said once */
	if ((changed = take_changed(repo))) {
		for (char *line = strtok_r(changed, "\n", &next); line;
		    line = strtok_r(NULL, "\n", &next))
			inc__warn("%s", line);
		free(changed);
	}
	if (not_fetched(out, repo))
		return 0;
	s.repo = repo;
	s.timeout_ms = FETCH_BOUND_MS;
	s.reading = 1;
	if (!auto_sync_on(repo) || resolve(&s, NULL) < 0 || !s.remote[0])
		return 0;
	out->remote = 1;
	snprintf(out->name, sizeof(out->name), "%.200s", s.tracking + 13);
	if (s.team[0]) {
		snprintf(out->side, sizeof(out->side), "%.255s", s.local + 11);
		snprintf(out->branch, sizeof(out->branch), "%.255s", s.team);
	}
	/*
	 * a merge half done is the person's to finish: said, not touched; a
	 * fetch tried "in the future" (INC_NOW pinned in the past, for a
	 * drill) is as old as it is far
	 */
	since = now - stamp(repo, "incident-fetch-tried");
	if (fetch_first && !out->merging && (fetch_first > 1 ||
	    since >= FRESH_SECONDS || since <= -FRESH_SECONDS)) {
		out->fetched = 1;
		if ((rc = sync_lock(&lock, repo, FETCH_BOUND_MS)) == 0 &&
		    lock < 0) {
			busy = 1;
			rc = inc__fail(INC_ECONFLICT, "another sync is running");
		}
		if (rc < 0 || (rc = fetch(&s)) < 0)
			out->failed = 1;
		else if ((rc = seen_check(&s)) < 0 || (rc = merge(&s)) < 0)
			out->failed = 2;
		if (rc < 0)
			snprintf(out->why, sizeof(out->why), "%s", inc_error());
	}
	out->fetched_at = fetched_at(&s);
	if (lock >= 0)
		close(lock);
	if ((rc = lookup(&local, repo, s.local)) != 0)
		return rc < 0 ? rc : 0;
	if ((rc = lookup(&remote, repo, s.tracking)) < 0)
		return rc;
	has_remote = rc == 0;
	/*
	 * a branch the team does not share is pushed by its writes, which
	 * say so, not by a reader; its events are not the team's to miss
	 */
	out->unpushed = s.team[0] ? 0 : events_between(repo, &local,
	    has_remote ? &remote : NULL);
	/* a sync whose fetch or merge this one could not make pushes nothing */
	if (out->unpushed > 0) {
		out->pushing = (!out->failed || busy) && sync_busy(repo);
		last_failure(out->last, sizeof(out->last), repo);
	}
	return 0;
}

static void
ago(char *out, size_t size, int64_t seconds)
{
	if (seconds < 0)
		seconds = 0;
	if (seconds < 60)
		snprintf(out, size, "%llds ago", (long long)seconds);
	else if (seconds < 3600)
		snprintf(out, size, "%lldm ago", (long long)(seconds / 60));
	else if (seconds < 86400)
		snprintf(out, size, "%lldh ago", (long long)(seconds / 3600));
	else
		snprintf(out, size, "%lldd ago", (long long)(seconds / 86400));
}

int
inc_freshness_render(char **out, const struct inc_freshness *f, int64_t now)
{
	struct inc_buf b = {0};
	char when[64];

	*out = NULL;
	if (f->merging == INC_MERGING_MERGE)
		inc__buf_printf(&b, "warning: a merge is in progress "
		    "(MERGE_HEAD): the logs shown are HEAD's, without what is "
		    "being merged; finish the merge (git merge --continue) or "
		    "abort it (git merge --abort)\n");
	else if (f->merging)
		inc__buf_printf(&b, "warning: the index has conflicts: the logs "
		    "shown are HEAD's, without what is being merged; settle "
		    "them and go on, or abort (git status says how)\n");
	if (f->detached[0])
		inc__buf_printf(&b, "warning: HEAD is detached at %s: the logs "
		    "shown are that commit's, not %s's, and not fetched (%s%s)\n",
		    f->detached, f->branch[0] ? f->branch : "a branch",
		    f->bisecting ? "git bisect reset" : "git switch ",
		    f->bisecting ? "" : f->branch[0] ? f->branch : "BRANCH");
	if (f->elsewhere[0])
		inc__buf_printf(&b, "warning: %s: checked out in another work "
		    "tree too, which cannot be kept in step: the logs shown are "
		    "not fetched (git worktree list)\n", f->elsewhere);
	/* name is REMOTE/SIDE: the branch tracks nothing */
	if (f->side[0] && strlen(f->name) > strlen(f->side))
		inc__buf_printf(&b, "warning: %s: not the branch the team shares "
		    "(%.*s's is %s): the logs shown are %s's, without what is "
		    "new on %s (git checkout %s)\n", f->side,
		    (int)(strlen(f->name) - strlen(f->side) - 1), f->name,
		    f->branch, f->side, f->branch, f->branch);
	if (f->remote) {
		size_t start = b.len;
		when[0] = '\0';
		if (f->fetched_at)
			ago(when, sizeof(when), now - f->fetched_at);
		if (f->failed == 2)
			inc__buf_printf(&b, "fetched, not merged (%s)", f->why);
		else if (f->failed || (f->fetched_at ? now - f->fetched_at >
		    STALE_SECONDS : f->fetched || f->unpushed))
			inc__buf_printf(&b, f->fetched_at ? "as of fetch %s" :
			    "never fetched", when);
		if (f->failed == 1)
			inc__buf_printf(&b, " (%s)", f->why);
		/* a push under way is no alarm: "being pushed" */
		if (f->unpushed > 0)
			inc__buf_printf(&b, "%s%ld event%s %s to %s",
			    b.len > start ? "; " : "", f->unpushed,
			    f->unpushed == 1 ? "" : "s", f->pushing ?
			    "being pushed" : "not pushed", f->name);
		if (f->unpushed > 0 && f->last[0])
			inc__buf_printf(&b, " (the last sync: %s)", f->last);
		if (b.len > start)
			inc__buf_put(&b, "\n", 1);
	}
	if (inc__buf_error(&b) < 0)
		return INC_ERROR;
	if (b.len)
		*out = inc__buf_take(&b);
	return 0;
}

/* Each line of JSON given fetched_at and unpushed (vocabulary: *_at). */
int
inc_freshness_json(char **out, const char *json, const struct inc_freshness *f)
{
	struct inc_buf b = {0};
	const char *line, *nl;
	char at[32];
	json_t *o;

	*out = NULL;
	for (line = json; *line; line = nl + 1) {
		char *dump;
		if (!(nl = strchr(line, '\n')))
			nl = line + strlen(line);
		o = json_loadb(line, (size_t)(nl - line), 0, NULL);
		if (json_is_object(o) && f->remote) {
			if (f->fetched_at)
				inc__time_format(at, f->fetched_at);
			json_object_set_new(o, "fetched_at", f->fetched_at ?
			    json_string(at) : json_null());
			json_object_set_new(o, "unpushed",
			    json_integer(f->unpushed < 0 ? 0 : f->unpushed));
		}
		if (o && (dump = json_dumps(o, INC_JSON_FLAGS))) {
			inc__buf_printf(&b, "%s\n", dump);
			free(dump);
		} else if (nl > line) {
			inc__buf_printf(&b, "%.*s\n", (int)(nl - line), line);
		}
		json_decref(o);
		if (!*nl)
			break;
	}
	if (inc__buf_error(&b) < 0)
		return INC_ERROR;
	*out = inc__buf_take(&b);
	return *out ? 0 : INC_ERROR;
}
