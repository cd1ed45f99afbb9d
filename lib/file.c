/*
 * Files replaced whole: what a reader opens is the old file or the new
 * one, never a part of either.
 */
#define _DEFAULT_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

/*
 * path gets the size bytes of content: they are written to a temporary
 * file beside it, DIR/.NAME.PID.tmp (hidden, and this process's own: one
 * a killed process left is removed first), synced when sync is set and
 * INC_NO_FSYNC is not, and renamed over path. On failure path is as it
 * was and the temporary file is gone. Errors name path, or subject
 * (when not NULL) if the temporary file cannot be made: the directory
 * the user gave, say.
 */
int
inc__file_replace(const char *path, const char *content, size_t size,
    int sync, const char *subject)
{
	const char *slash = strrchr(path, '/');
	const char *nofsync = getenv("INC_NO_FSYNC");
	struct inc_buf tmp = {0};
	size_t done = 0;
	int fd = -1, rc;

	if ((rc = inc__buf_printf(&tmp, "%.*s.%s.%ld.tmp",
	    slash ? (int)(slash - path + 1) : 0, path, slash ? slash + 1 : path,
	    (long)getpid())) < 0)
		return rc;
	unlink(tmp.s);
	fd = open(tmp.s, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	if (fd < 0) {
		rc = inc__errno_fail(subject ? subject : path);
		goto out;
	}
	while (done < size) {
		ssize_t n = write(fd, content + done, size - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO;
			rc = inc__errno_fail(path);
			goto out;
		}
		done += (size_t)n;
	}
	if (sync && (!nofsync || !*nofsync) && fsync(fd) < 0) {
		rc = inc__errno_fail(path);
		goto out;
	}
	if (close(fd) < 0) {
		fd = -1;
		rc = inc__errno_fail(path);
		goto out;
	}
	fd = -1;
	if (rename(tmp.s, path) < 0)
		rc = inc__errno_fail(path);
out:
	if (fd >= 0)
		close(fd);
	if (rc < 0)
		unlink(tmp.s);
	inc__buf_free(&tmp);
	return rc;
}

/*
 * The temporary files inc__file_replace() left in dir when its process
 * was killed (".NAME.PID.tmp" of a process that is gone) are removed.
 * Those of a process still running are its own, and are left alone;
 * with all, every one is removed: the caller holds a lock every writer
 * there takes (the process may be another machine's, whose ids are not
 * this one's).
 */
void
inc__file_sweep(const char *dir, int all)
{
	struct inc_buf path = {0};
	struct dirent *e;
	DIR *d = opendir(dir);

	while (d && (e = readdir(d))) {
		size_t n = strlen(e->d_name);
		const char *end, *dot;
		long pid;

		if (e->d_name[0] != '.' || n < 8 ||
		    strcmp((end = e->d_name + n - 4), ".tmp"))
			continue;
		for (dot = end - 1; dot > e->d_name && *dot != '.'; dot--)
			;
		pid = strtol(dot + 1, NULL, 10);
		if (dot == e->d_name || pid <= 0 || strspn(dot + 1,
		    "0123456789") != (size_t)(end - dot - 1) ||
		    (!all && (kill((pid_t)pid, 0) == 0 || errno != ESRCH)))
			continue;
		path.len = 0;
		if (inc__buf_printf(&path, "%s/%s", dir, e->d_name) == 0)
			unlink(path.s);
	}
	if (d)
		closedir(d);
	inc__buf_free(&path);
}
