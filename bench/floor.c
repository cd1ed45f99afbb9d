/*
 * floor DIR [FILES [BYTES [EVENTS]]]: the durability floor of one event, or
 * of EVENTS events (default 1) written by one process, one after another.
 * Writes FILES small files of BYTES bytes each under DIR per event, each the
 * way a durable git write does it: a temporary file, written and fsync'd,
 * renamed into place, then an fsync of its directory. Nothing else: no
 * hashing, no compression, no reading. Timed by bench/run.sh against
 * inc-note and the naive script (see /work/shared/MEASUREMENTS.md,
 * "Durability floor on this disk").
 *
 * FILES defaults to 8, the number of durable files one inc-note event made
 * in a bare repository when measured (find .git -type f before and after
 * one event, and strace -e fsync: 16 fsyncs, one per file, one per
 * directory):
 *   7 new loose objects: the blob of the appended chunk file, 5 trees (the
 *     root, incidents/, YYYY/, MM/ and the incident's directory) and the
 *     commit;
 *   1 ref: refs/heads/main, through refs/heads/main.lock and a rename;
 *   no reflog (a bare repository has core.logAllRefUpdates off).
 * In a repository with a work tree the same event makes 10 durable files
 * (20 fsyncs): the 8 above plus the appended reflogs logs/HEAD and
 * logs/refs/heads/main. The index, the work tree file and the
 * incident-cache entry are rewritten too, but not fsync'd, so they are not
 * counted here.
 *
 * Each file goes into a directory of its own (DIR/0 .. DIR/FILES-1), as
 * loose objects land in different fan-out directories, so each directory
 * fsync is a separate one. BYTES defaults to 200, about the size of a
 * compressed tree or commit object. With EVENTS, the EVENTS * FILES files
 * are spread over 256 directories, one after another, as loose objects
 * spread over objects/00 .. objects/ff, each under a name of its own: the
 * floor of `inc-note --stdin` recording EVENTS lines, without the floor's
 * directories growing far beyond the repository's.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define MAX_FILES 1000
#define MAX_BYTES (1024 * 1024)
#define MAX_EVENTS 1000000
#define FANOUT 256

static void
die(const char *what, const char *path)
{
	fprintf(stderr, "floor: %s: %s: %s\n", what, path, strerror(errno));
	exit(1);
}

static long
number(const char *s, long max)
{
	char *end;
	long n;

	errno = 0;
	n = strtol(s, &end, 10);
	if (errno || *end || n < 1 || n > max) {
		fprintf(stderr, "floor: %s: not a number from 1 to %ld\n", s, max);
		exit(2);
	}
	return n;
}

static void
fsync_path(const char *path, int flags)
{
	int fd = open(path, flags);

	if (fd < 0)
		die("open", path);
	if (fsync(fd) < 0)
		die("fsync", path);
	close(fd);
}

int
main(int argc, char **argv)
{
	static char data[MAX_BYTES];
	char dir[4096], tmp[4200], final[4200];
	long files = 8, bytes = 200, events = 1, pid = (long)getpid();

	if (argc < 2 || argc > 5) {
		fputs("usage: floor DIR [FILES [BYTES [EVENTS]]]\n", stderr);
		return 2;
	}
	if (argc > 2)
		files = number(argv[2], MAX_FILES);
	if (argc > 3)
		bytes = number(argv[3], MAX_BYTES);
	if (argc > 4)
		events = number(argv[4], MAX_EVENTS);
	memset(data, 'x', (size_t)bytes);
	data[bytes - 1] = '\n';
	if (mkdir(argv[1], 0777) < 0 && errno != EEXIST)
		die("mkdir", argv[1]);
	for (long k = 0; k < files * events; k++) {
		long i = events == 1 ? k : k % FANOUT;
		ssize_t n;
		int fd;

		snprintf(dir, sizeof(dir), "%s/%ld", argv[1], i);
		if (k == i && mkdir(dir, 0777) < 0 && errno != EEXIST)
			die("mkdir", dir);
		snprintf(tmp, sizeof(tmp), "%s/tmp-%ld", dir, pid);
		if (events == 1)
			snprintf(final, sizeof(final), "%s/file-%ld", dir, pid);
		else
			snprintf(final, sizeof(final), "%s/file-%ld-%ld", dir, pid, k);
		if ((fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0444)) < 0)
			die("open", tmp);
		if ((n = write(fd, data, (size_t)bytes)) != bytes) {
			if (n >= 0)
				errno = EIO;
			die("write", tmp);
		}
		if (fsync(fd) < 0)
			die("fsync", tmp);
		if (close(fd) < 0)
			die("close", tmp);
		if (rename(tmp, final) < 0)
			die("rename", final);
		fsync_path(dir, O_RDONLY);
	}
	return 0;
}
