/*
 * Keeping a long-lived repository healthy: sweeping what a killed writer
 * left behind, and starting git's own housekeeping when loose objects
 * pile up, as git does after a commit.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define ORPHAN_SECONDS 2 /* as with stale locks: no live reader is that slow */
#define GC_AUTO 6700     /* git's default gc.auto */

/* Removes the files in dir whose names start with prefix and end with
 * suffix, and that are at least age seconds old. */
static void
sweep_dir(const char *dir, const char *prefix, const char *suffix, int age)
{
	size_t np = strlen(prefix), ns = strlen(suffix), n;
	time_t now = time(NULL);
	char path[4096];
	struct dirent *d;
	struct stat st;
	DIR *dp;

	if (!(dp = opendir(dir)))
		return;
	while ((d = readdir(dp))) {
		n = strlen(d->d_name);
		if (n < np + ns || strncmp(d->d_name, prefix, np) ||
		    strcmp(d->d_name + n - ns, suffix))
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, d->d_name);
		if (lstat(path, &st) == 0 && S_ISREG(st.st_mode) &&
		    now - st.st_mtime >= age)
			unlink(path);
	}
	closedir(dp);
}

/*
 * The writer before us died holding the lock: remove the temporary
 * object files libgit2 was writing, which only a lock holder writes, and
 * the picture cache's temporary files that are old enough not to be a
 * reader's (readers take no lock). Stale lock files are cleared where
 * they are met (append.c).
 */
void
inc__sweep(inc_repo *repo)
{
	char dir[4096];

	snprintf(dir, sizeof(dir), "%sobjects", repo->commondir);
	sweep_dir(dir, "tmp_object_git2_", "", 0);
	snprintf(dir, sizeof(dir), "%sincident-cache", repo->commondir);
	sweep_dir(dir, "", ".tmp", ORPHAN_SECONDS);
}

/* Does objects/17 hold more than its share of gc.auto loose objects? */
static int
too_many_loose(inc_repo *repo)
{
	int limit = GC_AUTO, n = 0;
	git_config *cfg = NULL;
	char dir[4096];
	struct dirent *d;
	DIR *dp;

	if (git_repository_config_snapshot(&cfg, repo->git) == 0) {
		int32_t v;
		if (git_config_get_int32(&v, cfg, "gc.auto") == 0)
			limit = v;
		git_config_free(cfg);
	}
	if (limit <= 0)
		return 0;
	limit = (limit + 255) / 256; /* git estimates from one directory too */
	snprintf(dir, sizeof(dir), "%sobjects/17", repo->commondir);
	if (!(dp = opendir(dir)))
		return 0;
	while ((d = readdir(dp)) && n <= limit)
		if (strlen(d->d_name) == GIT_OID_HEXSZ - 2)
			n++;
	closedir(dp);
	return n > limit;
}

/*
 * After an event is committed and the lock released: when loose objects
 * have piled up, start `git gc --auto` in the background, detached, as
 * git does after a commit. It runs holding the writers' lock, so writers
 * wait for it rather than race it: alongside a writer, git's gc can
 * remove an empty objects/xx directory the writer is about to rename a
 * new object into. Without git, nothing happens.
 */
void
inc__gc_auto(inc_repo *repo)
{
	char lock[4096];
	pid_t pid;
	int fd;

	if (!too_many_loose(repo))
		return;
	fflush(NULL);
	if ((pid = fork()) < 0)
		return;
	if (pid > 0) {
		waitpid(pid, NULL, 0);
		return;
	}
	/* the child starts git and leaves: git is nobody's child to wait for */
	if (setsid() < 0 || fork() != 0)
		_exit(0);
	if ((fd = open("/dev/null", O_RDWR)) >= 0) {
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
	}
	/* the lock is held across exec, until git is done */
	snprintf(lock, sizeof(lock), "%sincident.lock", repo->commondir);
	if ((fd = open(lock, O_RDWR)) < 0 || flock(fd, LOCK_EX) < 0)
		_exit(1);
	execlp("git", "git", "-C", repo->commondir, "-c", "gc.autoDetach=false",
	    "gc", "--auto", "--quiet", (char *)NULL);
	_exit(127);
}
