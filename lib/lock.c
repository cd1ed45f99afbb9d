/*
 * The writers' lock: writers take turns through flock(2) on
 * GITDIR/incident.lock (the kernel drops it when a process dies, so a
 * killed writer never blocks), note in it what they are doing, and sweep
 * what a writer killed holding it left behind.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

#define LOCK_WAIT_SECONDS 30
#define ORPHAN_SECONDS 2 /* no live reader is that slow */

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
 * The writers' lock file says what its holder is doing: "w" once taken,
 * and "w REFNAME OID" while the branch moves (libgit2 then holds
 * REFNAME.lock, holding OID). It is emptied when the lock is let go.
 */
void
inc__lock_note(int fd, const char *refname, const git_oid *to)
{
	char line[600], hex[GIT_OID_HEXSZ + 1];
	int n;

	git_oid_tostr(hex, sizeof(hex), to);
	n = snprintf(line, sizeof(line), "w %s %s\n", refname, hex);
	if (n > 0 && (size_t)n < sizeof(line) &&
	    pwrite(fd, line, (size_t)n, 0) != n) {
		/* unnoted: a lock left by a kill now is left to the user */
	}
}

/*
 * A branch lock left by the writer before us, killed as it moved the
 * branch: libgit2's REFNAME.lock holding (a part of) the commit that
 * writer noted. Any other is git's, and is left alone.
 */
static void
sweep_ref_lock(inc_repo *repo, const char *mark)
{
	char refname[512], hex[GIT_OID_HEXSZ + 1], line[64], path[4096];
	char got[64];
	ssize_t n = 0;
	int fd;

	if (sscanf(mark, "w %511s %40[0-9a-f]", refname, hex) != 2 ||
	    strncmp(refname, "refs/", 5) || strstr(refname, ".."))
		return;
	snprintf(line, sizeof(line), "%s\n", hex);
	snprintf(path, sizeof(path), "%s%s.lock", repo->commondir, refname);
	if ((fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)) < 0)
		return;
	n = read(fd, got, sizeof(got));
	close(fd);
	if (n >= 0 && (size_t)n <= strlen(line) && !memcmp(got, line, (size_t)n))
		unlink(path);
}

/*
 * The writer before us died holding the lock (its mark is still there):
 * remove the branch lock it was holding, the temporary object files
 * libgit2 was writing, which only a lock holder writes, and the picture
 * cache's temporary files that are old enough not to be a reader's
 * (readers take no lock). An index.lock it left is removed where it is
 * met (worktree.c).
 */
static void
sweep(inc_repo *repo, const char *mark)
{
	char dir[4096];

	sweep_ref_lock(repo, mark);
	snprintf(dir, sizeof(dir), "%sobjects", repo->commondir);
	sweep_dir(dir, "tmp_object_git2_", "", 0);
	snprintf(dir, sizeof(dir), "%sincident-cache", repo->commondir);
	sweep_dir(dir, "", ".tmp", ORPHAN_SECONDS);
}

/* The lock, waited for up to LOCK_WAIT_SECONDS; *out gets its fd. */
int
inc__lock(int *out, inc_repo *repo)
{
	char path[4096], mark[600];
	ssize_t n;
	int fd;
	/* short naps: a lock handed over is taken up within half a millisecond */
	struct timespec pause = {0, 500 * 1000};

	snprintf(path, sizeof(path), "%sincident.lock", repo->commondir);
	if ((fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0666)) < 0)
		return inc__errno_fail(path);
	for (long waited = 0; flock(fd, LOCK_EX | LOCK_NB) < 0; waited++) {
		if (errno != EWOULDBLOCK && errno != EINTR) {
			close(fd);
			return inc__errno_fail(path);
		}
		if (waited > LOCK_WAIT_SECONDS * 2000L) {
			close(fd);
			return inc__fail(INC_ECONFLICT, "%s: busy for %d seconds, "
			    "try again", path, LOCK_WAIT_SECONDS);
		}
		nanosleep(&pause, NULL);
	}
	/* a holder marks the lock file and clears it when done: if it is
	 * still marked, the one before us was killed and left things behind */
	if ((n = pread(fd, mark, sizeof(mark) - 1, 0)) > 0) {
		mark[n] = '\0';
		sweep(repo, mark);
	}
	if (pwrite(fd, "w", 1, 0) != 1) {
		close(fd);
		return inc__errno_fail(path);
	}
	*out = fd;
	return 0;
}

void
inc__unlock(int fd)
{
	if (fd < 0)
		return;
	if (ftruncate(fd, 0) < 0) {
		/* still marked: the next writer sweeps, for nothing */
	}
	close(fd);
}

