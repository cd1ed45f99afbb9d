/* The last error and warning, one line each, kept per thread. */
#include <errno.h>
#include <grp.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"

static _Thread_local char message[1024] = "no error";
static _Thread_local char warning[1024];
static _Thread_local char partial[256]; /* the promisor remote, or "" */

const char *
inc_error(void)
{
	return message;
}

const char *
inc_warning(void)
{
	return warning[0] ? warning : NULL;
}

static void
one_line(char *s)
{
	for (; *s; s++)
		if (*s == '\n' || *s == '\r')
			*s = ' ';
}

int
inc__fail(int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	one_line(message);
	return code;
}

/*
 * The repository just opened is a partial clone of remote (git clone
 * --filter; NULL: it is not): an object missing there was left on the
 * remote, which git fetches on demand and libgit2 cannot, and is said so,
 * with what fetches it, not as damage or an unexplained "not found".
 */
void
inc__error_partial(const char *remote)
{
	snprintf(partial, sizeof(partial), "%s", remote ? remote : "");
}

static int
not_fetched(const char *subject, const char *object)
{
	return inc__fail(INC_ERROR, "%s: %s%snot in this partial clone (git "
	    "clone --filter left it on %s): run inc-sync, which fetches the "
	    "rest", subject, object, *object ? ": " : "", partial);
}

/*
 * Why path, or the directory above it that stops this user, is denied:
 * " (DIR: )mode 0644, owner alice, group ops: your group may not write
 * it", in out; "" when it cannot be said. A repository several users
 * share is where this is met: a file one of them made without the
 * group's permissions (see core.sharedRepository in incident(7)).
 */
static void
denied_why(char *out, size_t size, const char *path)
{
	char at[4096], user[64], group[64];
	const char *what, *who;
	struct passwd *pw;
	struct group *gr;
	struct stat st;
	char *slash;
	int in_group, mode;

	out[0] = '\0';
	snprintf(at, sizeof(at), "%s", path);
	/* the file; else the nearest directory above it that cannot be
	 * searched, or that it is to be made in */
	for (int missing = 0; ; *slash = '\0') {
		if (stat(at, &st) == 0) {
			if (!strcmp(at, path) || missing || access(at, X_OK) < 0)
				break;
			missing = 0;
		} else {
			missing = errno == ENOENT;
		}
		if (!(slash = strrchr(at, '/')) || slash == at)
			return;
	}
	if (strcmp(at, path) && access(at, X_OK) < 0)
		what = "search";
	else if (access(at, R_OK) < 0)
		what = "read";
	else if (access(at, W_OK) < 0)
		what = "write";
	else
		return;
	if ((pw = getpwuid(st.st_uid)))
		snprintf(user, sizeof(user), "%s", pw->pw_name);
	else
		snprintf(user, sizeof(user), "%ld", (long)st.st_uid);
	if ((gr = getgrgid(st.st_gid)))
		snprintf(group, sizeof(group), "%s", gr->gr_name);
	else
		snprintf(group, sizeof(group), "%ld", (long)st.st_gid);
	in_group = st.st_gid == getegid();
	if (!in_group) {
		gid_t groups[256];
		int n = getgroups(256, groups);
		for (int i = 0; i < n && !in_group; i++)
			in_group = groups[i] == st.st_gid;
	}
	mode = (int)(st.st_mode & 07777);
	who = st.st_uid == geteuid() ? "you, its owner," : in_group ?
	    "your group" : "others";
	snprintf(out, size, " (%s%smode %04o, owner %s, group %s: %s may not "
	    "%s it)", strcmp(at, path) ? at : "", strcmp(at, path) ? ": " : "",
	    mode, user, group, who, what);
}

/*
 * The one place where libgit2's codes and messages become ours. A write
 * libgit2 gave up on without a message (a blob's deflated stream on a full
 * disk or over ulimit -f) is named by the errno the write left.
 */
int
inc__git_fail(int gitcode, const char *subject)
{
	int saved = errno;
	const git_error *e = git_error_last();
	const char *why = e && e->message ? e->message :
	    saved == EFBIG || saved == ENOSPC || saved == EDQUOT ?
	    strerror(saved) : "git error";
	int code = INC_ERROR;
	size_t n;

	if (gitcode == GIT_ENOTFOUND && partial[0] && e &&
	    e->klass == GIT_ERROR_ODB) {
		char object[GIT_OID_HEXSZ + 8] = "";
		const char *id = e->message ? strstr(e->message, "id (") : NULL;
		if (id && strlen(id + 4) > GIT_OID_HEXSZ &&
		    id[4 + GIT_OID_HEXSZ] == ')')
			snprintf(object, sizeof(object), "object %.*s",
			    GIT_OID_HEXSZ, id + 4);
		return not_fetched(subject, object);
	}
	/* libgit2 says a file it may not open "is locked" (GIT_ELOCKED) */
	if (e && e->klass == GIT_ERROR_OS && e->message &&
	    (n = strlen(e->message)) > strlen(strerror(EACCES)) &&
	    !strcmp(e->message + n - strlen(strerror(EACCES)),
	    strerror(EACCES))) {
		const char *from = strchr(e->message, '\''), *to;
		char path[4096], detail[4400];
		if (from && (to = strchr(from + 1, '\''))) {
			snprintf(path, sizeof(path), "%.*s", (int)(to - from - 1),
			    from + 1);
			denied_why(detail, sizeof(detail), path);
			return inc__fail(INC_ERROR, "%s: %s: %s%s", subject, path,
			    strerror(EACCES), detail);
		}
	}
	if (gitcode == GIT_ENOTFOUND)
		code = INC_ENOTFOUND;
	else if (gitcode == GIT_ELOCKED || gitcode == GIT_EMODIFIED)
		code = INC_ECONFLICT;
	inc__fail(code, "%s: %s", subject, why);
	n = strlen(message);
	if (n && message[n - 1] == '.')
		message[n - 1] = '\0'; /* our messages end without a full stop */
	return code;
}

/*
 * An object the repository names but cannot give: never to be read as
 * an empty repository or an absent incident. The message names it.
 */
int
inc__object_fail(int gitcode, const char *subject, const char *type,
    const git_oid *id)
{
	const git_error *e = git_error_last();
	char hex[GIT_OID_HEXSZ + 1];
	size_t n;

	git_oid_tostr(hex, sizeof(hex), id);
	if (gitcode == GIT_ENOTFOUND && partial[0]) {
		char object[GIT_OID_HEXSZ + 16];
		snprintf(object, sizeof(object), "%s %s", type, hex);
		return not_fetched(subject, object);
	}
	if (gitcode == GIT_ENOTFOUND)
		return inc__fail(INC_ERROR, "%s: %s %s: missing object (the "
		    "repository is damaged: see git fsck)", subject, type, hex);
	inc__fail(INC_ERROR, "%s: %s %s: unreadable object: %s", subject, type,
	    hex, e && e->message ? e->message : "git error");
	n = strlen(message);
	if (n && message[n - 1] == '.')
		message[n - 1] = '\0';
	return INC_ERROR;
}

/* subject: strerror(errno); when it is a path denied, why (denied_why) */
int
inc__errno_fail(const char *subject)
{
	char detail[4400] = "";
	int saved = errno;

	if (saved == EACCES && strchr(subject, '/'))
		denied_why(detail, sizeof(detail), subject);
	return inc__fail(INC_ERROR, "%s: %s%s", subject, strerror(saved),
	    detail);
}

/*
 * The words of a full disk, a quota, the file-size limit (ulimit -f) or a
 * read-only file system in text (strerror's, which are libgit2's and
 * git's under LC_ALL=C too), or NULL.
 */
const char *
inc__disk_fault(const char *text)
{
	static const int faults[] = {ENOSPC, EDQUOT, EFBIG, EROFS};

	for (size_t i = 0; text && i < sizeof(faults) / sizeof(faults[0]); i++)
		if (strstr(text, strerror(faults[i])))
			return strerror(faults[i]);
	return NULL;
}

/*
 * After a write that failed before its branch moved: a disk fault (see
 * inc__disk_fault) ends "; nothing recorded", as the other refusals of a
 * write do.
 */
void
inc__not_recorded(void)
{
	size_t n = strlen(message);

	if (!strstr(message, "nothing recorded") && inc__disk_fault(message))
		snprintf(message + n, sizeof(message) - n, "; nothing recorded");
}

/*
 * A second warning joins the first on its line, after a semicolon; one
 * said already (the same file, not written again) is not said twice.
 */
void
inc__warn(const char *fmt, ...)
{
	char line[sizeof(warning)];
	size_t n = strlen(warning);
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	one_line(line);
	if (strstr(warning, line))
		return;
	if (n && n < sizeof(warning) - 2) {
		memcpy(warning + n, "; ", 3);
		n += 2;
	}
	snprintf(warning + n, sizeof(warning) - n, "%s", line);
}

void
inc__warn_clear(void)
{
	warning[0] = '\0';
}
