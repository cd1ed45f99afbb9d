/*
 * Hooks: the incident channel. After an event is committed and the lock
 * released, each `inc.hook.<name>` command in the user's or the system's
 * git configuration runs with the event as one JSON line on stdin and its
 * announcement in the environment. They are never read from the
 * repository's own configuration: a pulled or cloned repository must not
 * make a responder run code. A hook that fails or outlives its timeout
 * (inc.hookTimeout, default 10 s; then its process group is killed) is
 * a warning: the event is recorded either way.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define HOOK_TIMEOUT_SECONDS 10
#define HOOK_PREFIX "inc.hook."

/* The event as one line in an unlinked temporary file: the hook's stdin. */
static int
event_file(json_t *event)
{
	const char *tmp = getenv("TMPDIR");
	char path[4096], *dump;
	size_t n;
	int fd;

	snprintf(path, sizeof(path), "%s/inc-hook.XXXXXX",
	    tmp && *tmp ? tmp : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		return -1;
	unlink(path);
	dump = json_dumps(event, JSON_COMPACT | JSON_SORT_KEYS);
	n = dump ? strlen(dump) : 0;
	if (!dump || write(fd, dump, n) != (ssize_t)n || write(fd, "\n", 1) != 1 ||
	    lseek(fd, 0, SEEK_SET) < 0) {
		free(dump);
		close(fd);
		return -1;
	}
	free(dump);
	return fd;
}

/* In the child: stdin from the event, stdout to our stderr, then sh -c. */
static void
child(const char *name, const char *command, int in, json_t *event,
    const char *announcement, const char *text, const char *repo)
{
	setpgid(0, 0);
	if (dup2(in, 0) < 0 || dup2(2, 1) < 0)
		_exit(127);
	if (setenv("INC_HOOK", name, 1) < 0 ||
	    setenv("INC_ANNOUNCEMENT", announcement, 1) < 0 ||
	    setenv("INC_TEXT", text ? text : announcement, 1) < 0 ||
	    setenv("INC_ID", inc__str_or(event, "incident", ""), 1) < 0 ||
	    setenv("INC_EVENT", inc__str_or(event, "type", ""), 1) < 0 ||
	    setenv("INC_EVENT_ID", inc__str_or(event, "id", ""), 1) < 0 ||
	    setenv("INC_REPO", repo, 1) < 0)
		_exit(127);
	execl("/bin/sh", "sh", "-c", command, (char *)NULL);
	_exit(127);
}

/* Waits for the hook until the deadline; kills its group after that. */
static void
wait_for(const char *name, pid_t pid, int timeout)
{
	struct timespec nap = {0, 10 * 1000 * 1000}, start, now;
	int status;
	pid_t got;

	clock_gettime(CLOCK_MONOTONIC, &start);
	while ((got = waitpid(pid, &status, WNOHANG)) == 0 &&
	    clock_gettime(CLOCK_MONOTONIC, &now) == 0 &&
	    (now.tv_sec - start.tv_sec) * 1000 +
	    (now.tv_nsec - start.tv_nsec) / 1000000 < timeout * 1000L)
		nanosleep(&nap, NULL);
	if (got == 0) {
		kill(-pid, SIGKILL);
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
		inc__warn("hook %s: no answer in %d s: stopped (the event is "
		    "recorded)", name, timeout);
	} else if (got < 0) {
		inc__warn("hook %s: %s (the event is recorded)", name,
		    strerror(errno));
	} else if (WIFSIGNALED(status)) {
		inc__warn("hook %s: killed by signal %d (the event is "
		    "recorded)", name, WTERMSIG(status));
	} else if (WEXITSTATUS(status) != 0) {
		inc__warn("hook %s: exit status %d (the event is recorded)",
		    name, WEXITSTATUS(status));
	}
}

static void
run(const char *name, const char *command, int timeout, json_t *event,
    const char *announcement, const char *text, const char *repo)
{
	int in = event_file(event);
	pid_t pid;

	if (in < 0) {
		inc__warn("hook %s: %s (the event is recorded)", name,
		    strerror(errno));
		return;
	}
	fflush(NULL);
	if ((pid = fork()) < 0) {
		inc__warn("hook %s: %s (the event is recorded)", name,
		    strerror(errno));
	} else if (pid == 0) {
		child(name, command, in, event, announcement, text, repo);
	} else {
		setpgid(pid, pid); /* also here, so kill(-pid) cannot miss */
		wait_for(name, pid, timeout);
	}
	close(in);
}

/*
 * Runs the configured hooks for an event just committed. Problems are
 * warnings (inc_warning()): the event stays recorded whatever they do.
 */
void
inc__hooks(inc_repo *repo, json_t *event, const char *announcement,
    const char *text)
{
	git_config *cfg = NULL, *snap = NULL;
	git_config_iterator *it = NULL;
	git_config_entry *e;
	int32_t timeout = HOOK_TIMEOUT_SECONDS;
	int rc;

	/* the user's and the system's files only: never the repository's */
	if (git_config_open_default(&cfg) < 0 ||
	    git_config_snapshot(&snap, cfg) < 0)
		goto out;
	rc = git_config_get_int32(&timeout, snap, "inc.hookTimeout");
	if ((rc < 0 && rc != GIT_ENOTFOUND) || timeout <= 0) {
		timeout = HOOK_TIMEOUT_SECONDS;
		inc__warn("inc.hookTimeout: not a positive number of seconds: "
		    "using %d", timeout);
	}
	/*
	 * Every entry, matched here: libgit2 1.5's glob iterator leaks a
	 * regular expression's match data for each entry it skips.
	 */
	if (git_config_iterator_new(&it, snap) < 0)
		goto out;
	while (git_config_next(&e, it) == 0) {
		const char *name = e->name;

		if (strncmp(name, HOOK_PREFIX, strlen(HOOK_PREFIX)))
			continue;
		name += strlen(HOOK_PREFIX);
		if (!*name || !e->value || !*e->value)
			continue;
		run(name, e->value, timeout, event, announcement, text,
		    repo->path);
	}
out:
	git_config_iterator_free(it);
	git_config_free(snap);
	git_config_free(cfg);
}

/*
 * The hooks of the events just recorded wait in a queue until the tool
 * has said what was recorded: a hook that hangs, or a Ctrl-C while it
 * runs, must not keep the answer from the person who asked.
 */
int
inc__hooks_queue(inc_repo *repo, json_t *event, const char *announcement,
    const char *text)
{
	json_t *call;

	if (!repo->hooks && !(repo->hooks = json_array()))
		return inc__fail(INC_ERROR, "out of memory");
	if (!(call = json_pack("[O, s, s*]", event, announcement, text)) ||
	    json_array_append_new(repo->hooks, call) < 0)
		return inc__fail(INC_ERROR, "out of memory");
	return 0;
}

size_t
inc__hooks_queued(inc_repo *repo)
{
	return json_array_size(repo->hooks);
}

/* Forgets the hooks queued after the first keep (a batch not recorded). */
void
inc__hooks_drop(inc_repo *repo, size_t keep)
{
	while (json_array_size(repo->hooks) > keep)
		json_array_remove(repo->hooks, json_array_size(repo->hooks) - 1);
}

void
inc_hooks_run(inc_repo *repo)
{
	json_t *queue = repo->hooks;

	inc__signals_release();
	inc__warn_clear(); /* the write's, said already */
	repo->hooks = NULL;
	for (size_t i = 0; i < json_array_size(queue); i++) {
		json_t *call = json_array_get(queue, i);
		inc__hooks(repo, json_array_get(call, 0),
		    json_string_value(json_array_get(call, 1)),
		    json_string_value(json_array_get(call, 2)));
	}
	json_decref(queue);
}
