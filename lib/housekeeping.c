/*
 * Keeping a long-lived repository healthy: starting git's own
 * housekeeping when loose objects pile up, as git does after a commit.
 * (What a killed writer left behind is swept by the next: lock.c.)
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

#define GC_AUTO 6700     /* git's default gc.auto */
#define GC_AUTO_PACK_LIMIT 50 /* and its gc.autoPackLimit */

/* Does DIR hold more than limit names of length len, or ending in suffix? */
static int
more_than(const char *dir, int limit, size_t len, const char *suffix)
{
	struct dirent *d;
	DIR *dp;
	int n = 0;

	if (!(dp = opendir(dir)))
		return 0;
	while ((d = readdir(dp)) && n <= limit) {
		size_t k = strlen(d->d_name);
		n += suffix ? k > strlen(suffix) && !strcmp(d->d_name + k -
		    strlen(suffix), suffix) : k == len;
	}
	closedir(dp);
	return n > limit;
}

/*
 * Would git gc --auto do anything: does objects/17 hold more than its
 * share of gc.auto loose objects (git estimates from that directory too),
 * or are there more than gc.autoPackLimit packs (a batch writes one)?
 */
static int
gc_due(inc_repo *repo)
{
	int loose = GC_AUTO, packs = GC_AUTO_PACK_LIMIT;
	git_config *cfg = NULL;
	char dir[4096];

	/* git's gc takes 0 or less as "never"; a bad value is git's to say */
	if (inc__config_snapshot(&cfg, repo) == 0) {
		inc__config_int(&loose, cfg, "gc.auto", GC_AUTO);
		inc__config_int(&packs, cfg, "gc.autoPackLimit",
		    GC_AUTO_PACK_LIMIT);
		git_config_free(cfg);
	}
	if (loose <= 0)
		return 0;
	snprintf(dir, sizeof(dir), "%sobjects/17", repo->commondir);
	if (more_than(dir, (loose + 255) / 256, GIT_OID_HEXSZ - 2, NULL))
		return 1;
	snprintf(dir, sizeof(dir), "%sobjects/pack", repo->commondir);
	return packs > 0 && more_than(dir, packs, 0, ".pack");
}

/*
 * Work that outlives the tool, which must not wait for it: returns 1 in a
 * grandchild that is nobody's child to wait for, in a session of its own
 * (no terminal) with standard input and outputs on /dev/null, which must
 * end with _exit; 0 in the caller, once the child between has left; -1
 * when fork failed.
 */
int
inc__detach(void)
{
	pid_t pid;
	int fd;

	fflush(NULL);
	if ((pid = fork()) < 0)
		return -1;
	if (pid > 0) {
		waitpid(pid, NULL, 0);
		return 0;
	}
	if (setsid() < 0 || fork() != 0)
		_exit(0);
	inc__signals_release(); /* the tool's hold is not this work's */
	if ((fd = open("/dev/null", O_RDWR)) >= 0) {
		dup2(fd, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		if (fd > 2)
			close(fd);
	}
	return 1;
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
	int fd;

	if (!gc_due(repo) || inc__detach() != 1)
		return;
	/* the lock is held across exec, until git is done */
	snprintf(lock, sizeof(lock), "%sincident.lock", repo->commondir);
	if ((fd = open(lock, O_RDWR)) < 0 || flock(fd, LOCK_EX) < 0)
		_exit(1);
	/*
	 * this repository whatever GIT_DIR says, and no hook of the
	 * repository's (pre-auto-gc) runs
	 */
	unsetenv("GIT_DIR");
	unsetenv("GIT_WORK_TREE");
	execlp("git", "git", "--git-dir", repo->commondir, "-c",
	    "gc.autoDetach=false", "-c", "core.hooksPath=/dev/null", "gc",
	    "--auto", "--quiet", (char *)NULL);
	_exit(127);
}
