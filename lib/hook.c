/*
 * Hooks: the incident channel. After an event is committed and the lock
 * released, each `inc.hook.<name>` command in the user's or the system's
 * git configuration runs with the event as one JSON line on stdin and its
 * announcement in the environment. They are never read from the
 * repository's own configuration: a pulled or cloned repository must not
 * make a responder run code. All the hooks one process runs share one
 * time budget (inc.hookTimeout, default 10 s): a hook still running when
 * it runs out is stopped (its process group killed), and later hooks are
 * not run; either is a warning: the events are recorded either way. So
 * is a hook stopped, or not run, because SIGINT, SIGTERM, SIGHUP or
 * SIGQUIT came (a Ctrl-C at a slow hook): they are held while hooks run
 * (signals.c), and the tool ends by the signal once it has said so.
 *
 * The announcement and the text are for people, mostly posted to a chat
 * as they are: they come without what inc__hides_text() names (a
 * direction override, a zero-width space), as every text shown outside a
 * terminal; the event on stdin is as it was recorded, for programs.
 *
 * A hook's output goes through a pipe that is read only while the hook
 * itself runs: a process it leaves in the background cannot hold the
 * tool's standard error, nor make anyone wait for it.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
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
#define HOOK_TEXT_MAX 65536 /* INC_TEXT; the kernel takes 131072 at most */
#define HOOK_TEXT_CUT "\n[...]"
#define HOOK_VARS 9

extern char **environ;

/* argv[0] when it names a path: where the tools are without /proc. */
static const char *program;

/* The end of this process's time for hooks, once the first one ran. */
static struct timespec deadline;
static int deadline_set;

static long
ms_left(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (long)(deadline.tv_sec - now.tv_sec) * 1000 +
	    (deadline.tv_nsec - now.tv_nsec) / 1000000;
}

/* A temporary file holding text; with keep, its path stays in path. */
static int
temp_file(char path[4096], const char *text, size_t n, int keep)
{
	const char *tmp = getenv("TMPDIR");
	int fd;

	snprintf(path, 4096, "%s/inc-hook.XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		return -1;
	if (!keep)
		unlink(path);
	if (write(fd, text, n) != (ssize_t)n || lseek(fd, 0, SEEK_SET) < 0) {
		if (keep)
			unlink(path);
		close(fd);
		return -1;
	}
	return fd;
}

/* The event as one line in an unlinked temporary file: the hook's stdin. */
static int
event_file(json_t *event)
{
	char path[4096];
	struct inc_buf line = {0};
	char *dump = json_dumps(event, JSON_COMPACT | JSON_SORT_KEYS);
	int fd = -1;

	if (dump && inc__buf_printf(&line, "%s\n", dump) == 0)
		fd = temp_file(path, line.s, line.len, 0);
	else
		errno = ENOMEM;
	free(dump);
	inc__buf_free(&line);
	return fd;
}

/* INC_TEXT: all of it, or its start cut at a character, then "[...]". */
static void
text_variable(struct inc_buf *out, const char *text)
{
	size_t n = strlen(text), cut;

	if (n <= HOOK_TEXT_MAX) {
		inc__buf_printf(out, "INC_TEXT=%s", text);
		return;
	}
	cut = inc__utf8_cut(text, HOOK_TEXT_MAX - strlen(HOOK_TEXT_CUT));
	inc__buf_printf(out, "INC_TEXT=%.*s%s", (int)cut, text,
	    HOOK_TEXT_CUT);
}

void
inc_hooks_program(const char *argv0)
{
	if (!program && argv0 && strchr(argv0, '/'))
		program = argv0;
}

/*
 * PATH with the directory of the running program first, as git puts its
 * exec path first on its hooks': a hook calls inc-announce even when the
 * tool was run by its full path from a PATH without it (cron's). The
 * directory is /proc/self/exe's, else argv[0]'s; none (or one a PATH
 * cannot hold), PATH as it is.
 */
static void
path_variable(struct inc_buf *out)
{
	const char *path = getenv("PATH");
	char exe[4096], *slash;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);

	if (n > 0 && exe[0] == '/')
		exe[n] = '\0';
	else if (!program || !realpath(program, exe))
		exe[0] = '\0';
	if ((slash = strrchr(exe, '/')))
		*slash = '\0';
	if (!slash || !exe[0] || strchr(exe, ':'))
		inc__buf_printf(out, "PATH=%s", path ? path : "/usr/bin:/bin");
	else
		inc__buf_printf(out, "PATH=%s:%s", exe,
		    path ? path : "/usr/bin:/bin");
}

/*
 * The hook's environment, made before fork: ours, without the variables
 * of a hook that ran us, then the event's, and PATH.
 */
static char **
environment(struct inc_buf vars[HOOK_VARS], const char *name, json_t *event,
    const char *announcement, const char *text, const char *text_path,
    const char *repo)
{
	static const char *const ours[HOOK_VARS] = {"INC_HOOK=",
	    "INC_ANNOUNCEMENT=", "INC_TEXT=", "INC_TEXT_FILE=", "INC_ID=",
	    "INC_EVENT=", "INC_EVENT_ID=", "INC_REPO=", "PATH="};
	size_t n = 0, count = 0;
	char **env;

	inc__buf_printf(&vars[0], "INC_HOOK=%s", name);
	inc__buf_printf(&vars[1], "INC_ANNOUNCEMENT=%s", announcement);
	text_variable(&vars[2], text);
	inc__buf_printf(&vars[3], "INC_TEXT_FILE=%s", text_path);
	inc__buf_printf(&vars[4], "INC_ID=%s",
	    inc__str_or(event, "incident", ""));
	inc__buf_printf(&vars[5], "INC_EVENT=%s", inc__str_or(event, "type", ""));
	inc__buf_printf(&vars[6], "INC_EVENT_ID=%s", inc__str_or(event, "id", ""));
	inc__buf_printf(&vars[7], "INC_REPO=%s", repo);
	path_variable(&vars[8]);
	for (int i = 0; i < HOOK_VARS; i++)
		if (inc__buf_error(&vars[i]) < 0)
			return NULL;
	while (environ && environ[count])
		count++;
	if (!(env = calloc(count + HOOK_VARS + 1, sizeof(*env))))
		return NULL;
	for (size_t i = 0; i < count; i++) {
		size_t j = 0;
		while (j < HOOK_VARS &&
		    strncmp(environ[i], ours[j], strlen(ours[j])))
			j++;
		if (j == HOOK_VARS)
			env[n++] = environ[i];
	}
	for (size_t j = 0; j < HOOK_VARS; j++)
		env[n++] = vars[j].s;
	return env;
}

/*
 * The hook's output, to our stderr as it comes: at most reads buffers
 * a call, so that a hook that never stops writing is still timed.
 */
static void
copy_out(int *fd, int reads)
{
	char buf[4096];
	ssize_t got = 1, put;

	while (*fd >= 0 && reads-- > 0 &&
	    (got = read(*fd, buf, sizeof(buf))) != 0) {
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			break;
		put = write(2, buf, (size_t)got); /* stderr gone: dropped */
		(void)put;
	}
	if (*fd >= 0 && (got == 0 || (got < 0 && errno != EAGAIN &&
	    errno != EINTR))) {
		close(*fd); /* its end, or an error: no more reading */
		*fd = -1;
	}
}

/*
 * Waits for the hook process itself, never for the end of its output,
 * until the budget runs out or a held signal comes; then kills its
 * process group. Returns what waitpid() did: 0 when the hook was stopped.
 */
static pid_t
wait_for(pid_t pid, int out, int *status)
{
	struct pollfd p = {.fd = out, .events = POLLIN};
	struct timespec nap = {0, 10 * 1000 * 1000};
	long left;
	pid_t got;

	while ((got = waitpid(pid, status, WNOHANG)) == 0 &&
	    (left = ms_left()) > 0 && !inc__signals_pending()) {
		p.fd = out;
		if (out < 0)
			nanosleep(&nap, NULL);
		else if (poll(&p, 1, left < 10 ? (int)left : 10) > 0)
			copy_out(&out, 1);
	}
	if (got == 0) {
		kill(-pid, SIGKILL);
		kill(pid, SIGKILL);
		waitpid(pid, status, 0);
	}
	copy_out(&out, 256); /* what it wrote before it ended, 1 MiB at most */
	if (out >= 0)
		close(out);
	return got;
}

/* No descriptor of ours reaches the hook but the three dup2() makes. */
static int
cloexec(int fd)
{
	return fcntl(fd, F_SETFD, FD_CLOEXEC);
}

static void
run(const char *name, const char *command, int timeout, json_t *event,
    const char *announcement, const char *text, const char *repo)
{
	struct inc_buf vars[HOOK_VARS] = {{0}};
	char text_path[4096] = "", **env = NULL;
	int in = -1, text_fd = -1, out[2] = {-1, -1}, report[2] = {-1, -1};
	int child_errno = 0, status = 0, sig;
	pid_t pid, got;

	if (!deadline_set) {
		clock_gettime(CLOCK_MONOTONIC, &deadline);
		deadline.tv_sec += timeout;
		deadline_set = 1;
	}
	if ((sig = inc__signals_pending())) {
		inc__warn("hook %s: not run: interrupted by %s (the event is "
		    "recorded)", name, inc__signals_name(sig));
		return;
	}
	if (ms_left() <= 0) {
		inc__warn("hook %s: not run: the %d s for hooks ran out (the "
		    "event is recorded)", name, timeout);
		return;
	}
	errno = 0;
	if ((in = event_file(event)) < 0 ||
	    (text_fd = temp_file(text_path, text, strlen(text), 1)) < 0 ||
	    !(env = environment(vars, name, event, announcement, text,
	    text_path, repo)) || pipe(out) < 0 || pipe(report) < 0 ||
	    cloexec(in) < 0 || cloexec(text_fd) < 0 || cloexec(out[0]) < 0 ||
	    cloexec(out[1]) < 0 || cloexec(report[0]) < 0 ||
	    cloexec(report[1]) < 0) {
		inc__warn("hook %s: %s (the event is recorded)", name,
		    strerror(errno ? errno : ENOMEM));
		goto out;
	}
	fflush(NULL);
	if ((pid = fork()) < 0) {
		inc__warn("hook %s: %s (the event is recorded)", name,
		    strerror(errno));
		goto out;
	}
	if (pid == 0) {
		char *argv[] = {(char *)"sh", (char *)"-c", (char *)command,
		    NULL};
		int e;

		setpgid(0, 0);
		inc__signals_default();
		if (dup2(in, 0) >= 0 && dup2(out[1], 1) >= 0 &&
		    dup2(out[1], 2) >= 0)
			execve("/bin/sh", argv, env);
		e = errno;
		if (write(report[1], &e, sizeof(e)) < 0)
			_exit(127);
		_exit(127);
	}
	setpgid(pid, pid); /* also here, so kill(-pid) cannot miss */
	close(out[1]), out[1] = -1;
	close(report[1]), report[1] = -1;
	fcntl(out[0], F_SETFL, O_NONBLOCK);
	got = wait_for(pid, out[0], &status);
	out[0] = -1; /* wait_for() closed it */
	if (read(report[0], &child_errno, sizeof(child_errno)) ==
	    (ssize_t)sizeof(child_errno))
		inc__warn("hook %s: cannot run /bin/sh: %s (the event is "
		    "recorded)", name, strerror(child_errno));
	else if (got == 0 && (sig = inc__signals_pending()))
		inc__warn("hook %s: stopped by %s (the event is recorded)",
		    name, inc__signals_name(sig));
	else if (got == 0)
		inc__warn("hook %s: stopped when the %d s for hooks ran out "
		    "(the event is recorded)", name, timeout);
	else if (got < 0)
		inc__warn("hook %s: %s (the event is recorded)", name,
		    strerror(errno));
	else if (WIFSIGNALED(status))
		inc__warn("hook %s: killed by signal %d (the event is "
		    "recorded)", name, WTERMSIG(status));
	else if (WEXITSTATUS(status) != 0)
		inc__warn("hook %s: exit status %d (the event is recorded)",
		    name, WEXITSTATUS(status));
out:
	if (*text_path)
		unlink(text_path);
	for (int i = 0; i < 2; i++) {
		if (out[i] >= 0)
			close(out[i]);
		if (report[i] >= 0)
			close(report[i]);
	}
	if (text_fd >= 0)
		close(text_fd);
	if (in >= 0)
		close(in);
	free(env);
	for (int i = 0; i < HOOK_VARS; i++)
		inc__buf_free(&vars[i]);
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
	char *shown = NULL, *shown_text = NULL;
	int timeout;

	/* the user's and the system's files only: never the repository's */
	if (inc__config_open(&cfg, NULL) < 0 ||
	    git_config_snapshot(&snap, cfg) < 0)
		goto out;
	if (inc__config_positive(&timeout, snap, "inc.hookTimeout",
	    HOOK_TIMEOUT_SECONDS, "seconds") < 0)
		inc__warn("%s: using %d", inc_error(), timeout);
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
		if (!shown && (!(shown = inc_text_visible(announcement)) ||
		    !(shown_text = inc_text_visible(text ? text : announcement)))) {
			inc__warn("hook %s: out of memory (the event is "
			    "recorded)", name);
			break;
		}
		run(name, e->value, timeout, event, shown, shown_text,
		    repo->path);
	}
out:
	free(shown);
	free(shown_text);
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
inc_hooks_queued(const inc_repo *repo)
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

size_t
inc_hooks_run(int *out_signal, inc_repo *repo)
{
	json_t *queue = repo->hooks;
	size_t n = json_array_size(queue);

	inc__warn_clear(); /* the write's, said already */
	repo->hooks = NULL;
	for (size_t i = 0; i < json_array_size(queue); i++) {
		json_t *call = json_array_get(queue, i);
		inc__hooks(repo, json_array_get(call, 0),
		    json_string_value(json_array_get(call, 1)),
		    json_string_value(json_array_get(call, 2)));
	}
	json_decref(queue);
	*out_signal = inc__signals_take();
	return n;
}
