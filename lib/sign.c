/*
 * Signed commits, made and checked the way git makes and checks them.
 * When commit.gpgsign is true a commit is signed with gpg.format openpgp
 * (gpg --status-fd=2 -bsau KEY, the payload on standard input) or ssh
 * (ssh-keygen -Y sign -n git -f KEY FILE), the key from user.signingkey
 * and the program from gpg.program or gpg.ssh.program; the signature goes
 * in the commit's gpgsig header. A signature is checked with gpg --verify,
 * or with ssh-keygen -Y find-principals and -Y verify against
 * gpg.ssh.allowedSignersFile, so git verify-commit agrees.
 *
 * A signer that gives no answer in inc.signTimeout seconds (one waiting
 * for a passphrase nobody types) is stopped, its whole process group, and
 * the write fails: it must not hold the writers' lock for ever.
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"

extern char **environ;

/* shorter than the writers' wait for the lock: they outlast a stuck signer */
#define SIGN_TIMEOUT_SECONDS 20
/* how long a stopped signer has to leave before it is killed */
#define SIGN_GRACE_MS 1000

/*
 * A program's output, with its exit status (127: it could not be run);
 * timed_out when it was stopped, its reason then the last line of err.
 */
struct output {
	struct inc_buf out, err;
	int status;
	int timed_out;
};

static void
output_free(struct output *o)
{
	inc__buf_free(&o->out);
	inc__buf_free(&o->err);
}

static int
slurp(struct inc_buf *b, FILE *f)
{
	char chunk[4096];
	size_t n;

	if (fseek(f, 0, SEEK_SET) < 0)
		return inc__errno_fail("temporary file");
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		inc__buf_put(b, chunk, n);
	inc__buf_put(b, "", 0);
	if (inc__buf_error(b) < 0)
		return INC_ERROR;
	return ferror(f) ? inc__errno_fail("temporary file") : 0;
}

/*
 * The terminal, if this process has it in the foreground: a signer that
 * asks for a passphrase there (ssh-keygen, gpg's loopback pinentry) is
 * given it, being in a process group of its own.
 */
static int
terminal_take(pid_t pgrp)
{
	int fd = open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);

	if (fd < 0)
		return -1;
	if (tcgetpgrp(fd) != getpgrp() || tcsetpgrp(fd, pgrp) < 0) {
		close(fd);
		return -1;
	}
	/* one that read the terminal before it had it was stopped: go on */
	kill(-pgrp, SIGCONT);
	return fd;
}

/* The terminal back to this process's group, from the background. */
static void
terminal_give_back(int fd)
{
	sigset_t block, old;

	if (fd < 0)
		return;
	sigemptyset(&block);
	sigaddset(&block, SIGTTOU);
	sigprocmask(SIG_BLOCK, &block, &old);
	if (tcsetpgrp(fd, getpgrp()) < 0) {
		/* the terminal is gone: nothing to give back */
	}
	sigprocmask(SIG_SETMASK, &old, NULL);
	close(fd);
}

/*
 * Waits up to ms milliseconds for pid, in naps growing from 0.1 ms so a
 * quick program is not kept waiting: 1 when it is still running.
 */
static int
wait_ms(int *ws, pid_t pid, long ms)
{
	long nap = 100 * 1000, waited = 0; /* nanoseconds */
	pid_t r;

	for (;;) {
		if ((r = waitpid(pid, ws, WNOHANG)) == pid)
			return 0;
		if (r < 0 && errno != EINTR)
			return inc__errno_fail("waitpid");
		if (waited >= ms * 1000 * 1000)
			return 1;
		nanosleep(&(struct timespec){0, nap}, NULL);
		waited += nap;
		if (nap < 20 * 1000 * 1000)
			nap *= 2;
	}
}

/*
 * Runs argv (found in PATH, no shell) with in on its standard input and
 * both outputs kept in temporary files, so no pipe can fill up. It runs
 * in a process group of its own, stopped (SIGTERM, then SIGKILL) after
 * timeout seconds.
 */
static int
run(struct output *o, const char *const argv[], const char *in, size_t inlen,
    int timeout)
{
	FILE *fin = tmpfile(), *fout = tmpfile(), *ferr = tmpfile();
	posix_spawn_file_actions_t fa;
	posix_spawnattr_t attr;
	static const int ignored[] = INC__SIGNALS_IGNORED;
	sigset_t defaults;
	pid_t pid;
	int rc = 0, e, ws, tty;

	memset(o, 0, sizeof(*o));
	if (!fin || !fout || !ferr) {
		rc = inc__errno_fail("temporary file");
		goto out;
	}
	if ((inlen && fwrite(in, 1, inlen, fin) != inlen) || fflush(fin) ||
	    fseek(fin, 0, SEEK_SET) < 0) {
		rc = inc__errno_fail("temporary file");
		goto out;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, fileno(fin), 0);
	posix_spawn_file_actions_adddup2(&fa, fileno(fout), 1);
	posix_spawn_file_actions_adddup2(&fa, fileno(ferr), 2);
	sigemptyset(&defaults); /* see inc__signals_default */
	for (size_t i = 0; i < sizeof(ignored) / sizeof(ignored[0]); i++)
		sigaddset(&defaults, ignored[i]);
	posix_spawnattr_init(&attr);
	posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP |
	    POSIX_SPAWN_SETSIGDEF);
	posix_spawnattr_setpgroup(&attr, 0);
	posix_spawnattr_setsigdefault(&attr, &defaults);
	e = posix_spawnp(&pid, argv[0], &fa, &attr, (char *const *)argv,
	    environ);
	posix_spawnattr_destroy(&attr);
	posix_spawn_file_actions_destroy(&fa);
	if (e) {
		o->status = 127;
		rc = inc__buf_printf(&o->err, "%s: %s\n", argv[0], strerror(e));
		goto out;
	}
	tty = terminal_take(pid);
	if ((rc = wait_ms(&ws, pid, timeout * 1000L)) > 0) {
		o->timed_out = 1;
		kill(-pid, SIGTERM);
		if ((rc = wait_ms(&ws, pid, SIGN_GRACE_MS)) > 0) {
			kill(-pid, SIGKILL);
			rc = wait_ms(&ws, pid, 60 * 1000L);
		}
		/* and whatever it started that is still there */
		kill(-pid, SIGKILL);
	}
	terminal_give_back(tty);
	if (rc != 0) {
		rc = rc > 0 ? inc__fail(INC_ERROR, "%s: would not stop", argv[0]) :
		    rc;
		goto out;
	}
	o->status = WIFEXITED(ws) ? WEXITSTATUS(ws) : 128 + WTERMSIG(ws);
	if ((rc = slurp(&o->out, fout)) < 0 || (rc = slurp(&o->err, ferr)) < 0)
		goto out;
	if (o->timed_out) {
		rc = inc__buf_printf(&o->err, "%s: stopped after %d seconds "
		    "without an answer, see inc.signTimeout\n", argv[0], timeout);
		goto out;
	}
	/*
	 * Where posix_spawn cannot report a failed exec (it forks, as under
	 * valgrind), the child exits 127 silently: say why, if we can tell.
	 */
	if (o->status == 127 && !o->err.len)
		rc = inc__buf_printf(&o->err, "%s: %s\n", argv[0],
		    strchr(argv[0], '/') && access(argv[0], X_OK) < 0 ?
		    strerror(errno) : "could not be run");
out:
	if (fin)
		fclose(fin);
	if (fout)
		fclose(fout);
	if (ferr)
		fclose(ferr);
	if (rc < 0)
		output_free(o);
	return rc;
}

/* What a program said last, other than gpg's status lines, on one line. */
static const char *
last_words(char *out, size_t size, const struct inc_buf *err)
{
	const char *p = err->s ? err->s : "", *best = NULL, *line;
	size_t n = 0;

	for (line = p; *line; line += strcspn(line, "\n"),
	    line += *line == '\n') {
		size_t len = strcspn(line, "\n");
		if (len && strncmp(line, "[GNUPG:] ", 9))
			best = line, n = len;
	}
	if (!best)
		return "no reason given";
	while (n && ((unsigned char)best[n - 1] <= ' ' || best[n - 1] == 0x7f))
		n--;
	snprintf(out, size, "%.*s", (int)(n > 300 ? 300 : n), best);
	for (char *c = out; *c; c++)
		if ((unsigned char)*c < ' ' || *c == 0x7f)
			*c = '?';
	return out;
}

/* A path from git config, with ~/ for $HOME, as git reads paths. */
static int
config_path(char **out, git_config *cfg, const char *key)
{
	const char *home = getenv("HOME");
	char *value, *full;
	size_t n;
	int rc;

	if ((rc = inc__config_string(&value, cfg, key, NULL)) < 0 || !value)
		return *out = value, rc;
	if (strncmp(value, "~/", 2) || !home) {
		*out = value;
		return 0;
	}
	n = strlen(home) + strlen(value);
	if (!(full = malloc(n)))
		rc = inc__fail(INC_ERROR, "out of memory");
	else
		snprintf(full, n, "%s%s", home, value + 1);
	free(value);
	*out = full;
	return rc;
}

/* inc.signTimeout: how long a signing program may take, in seconds. */
static int
config_timeout(int *out, git_config *cfg, const char *after)
{
	char why[300];
	int rc;

	if ((rc = inc__config_positive(out, cfg, "inc.signTimeout",
	    SIGN_TIMEOUT_SECONDS, "seconds")) == 0 || !*after)
		return rc;
	snprintf(why, sizeof(why), "%s", inc_error());
	return inc__fail(rc, "%s%s", why, after);
}

/* A temporary file holding text, named in *path (unlinked by the caller). */
static int
temp_file(char *path, size_t size, const char *text, size_t len)
{
	const char *tmp = getenv("TMPDIR");
	FILE *f;
	int fd;

	snprintf(path, size, "%s/inc-sign-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if ((fd = mkstemp(path)) < 0) {
		path[0] = '\0';
		return inc__errno_fail("temporary file");
	}
	if (!(f = fdopen(fd, "w")) || fwrite(text, 1, len, f) != len ||
	    fclose(f) != 0) {
		if (!f)
			close(fd);
		return inc__errno_fail(path);
	}
	return 0;
}

static int
read_file(struct inc_buf *b, const char *path)
{
	FILE *f = fopen(path, "r");
	int rc;

	if (!f)
		return inc__errno_fail(path);
	rc = slurp(b, f);
	fclose(f);
	return rc;
}

/* The payload signed by gpg: an armored detached signature in *sig. */
static int
sign_openpgp(struct inc_buf *sig, git_config *cfg, inc_repo *repo,
    const char *payload, size_t len)
{
	char *program = NULL, *key = NULL, why[400];
	struct output o;
	int rc, timeout;

	if ((rc = config_timeout(&timeout, cfg, " (nothing recorded)")) < 0 ||
	    (rc = inc__config_string(&program, cfg, "gpg.program", NULL)) < 0 ||
	    (rc = inc__config_string(&key, cfg, "user.signingkey", NULL)) < 0)
		goto out;
	if (!key) { /* as git: the committer's identity names the key */
		struct inc_buf b = {0};
		inc__buf_printf(&b, "%s <%s>", repo->name, repo->email);
		if (!(key = inc__buf_take(&b))) {
			rc = INC_ERROR;
			goto out;
		}
	}
	{
		const char *argv[] = {program ? program : "gpg", "--status-fd=2",
		    "-bsau", key, NULL};
		if ((rc = run(&o, argv, payload, len, timeout)) < 0)
			goto out;
		if (o.status || !o.out.len || !o.err.s ||
		    (strncmp(o.err.s, "[GNUPG:] SIG_CREATED ", 21) &&
		    !strstr(o.err.s, "\n[GNUPG:] SIG_CREATED "))) {
			rc = inc__fail(INC_ERROR, "commit signing failed: %s "
			    "(nothing recorded)", last_words(why, sizeof(why), &o.err));
		} else {
			rc = inc__buf_put(sig, o.out.s, o.out.len);
		}
		output_free(&o);
	}
out:
	free(program);
	free(key);
	return rc;
}

/* The payload signed by ssh-keygen with the key file user.signingkey. */
static int
sign_ssh(struct inc_buf *sig, git_config *cfg, const char *payload,
    size_t len)
{
	char *program = NULL, *key = NULL, file[4096] = "", sigfile[4200];
	char why[400];
	struct output o;
	int rc, timeout;

	if ((rc = config_timeout(&timeout, cfg, " (nothing recorded)")) < 0 ||
	    (rc = inc__config_string(&program, cfg, "gpg.ssh.program",
	    NULL)) < 0 ||
	    (rc = config_path(&key, cfg, "user.signingkey")) < 0)
		goto out;
	if (!key || !*key) {
		rc = inc__fail(INC_ERROR, "user.signingkey: not set: ssh signing "
		    "needs a key file (nothing recorded)");
		goto out;
	}
	if (!strncmp(key, "key::", 5) || !strncmp(key, "ssh-", 4)) {
		rc = inc__fail(INC_ERROR, "user.signingkey: a literal key is not "
		    "supported: give the path of a key file (nothing recorded)");
		goto out;
	}
	if ((rc = temp_file(file, sizeof(file), payload, len)) < 0)
		goto out;
	snprintf(sigfile, sizeof(sigfile), "%s.sig", file);
	{
		const char *argv[] = {program ? program : "ssh-keygen", "-Y",
		    "sign", "-n", "git", "-f", key, file, NULL};
		if ((rc = run(&o, argv, NULL, 0, timeout)) < 0)
			goto out;
		if (o.status || read_file(sig, sigfile) < 0 || !sig->len)
			rc = inc__fail(INC_ERROR, "commit signing failed: %s "
			    "(nothing recorded)", last_words(why, sizeof(why), &o.err));
		output_free(&o);
	}
out:
	if (file[0]) {
		unlink(file);
		unlink(sigfile);
	}
	free(program);
	free(key);
	return rc;
}

static int
sign(struct inc_buf *sig, inc_repo *repo, const char *payload, size_t len)
{
	git_config *cfg = NULL;
	char *format = NULL;
	int rc;

	if ((rc = inc__config_snapshot(&cfg, repo)) < 0)
		return rc;
	if ((rc = inc__config_string(&format, cfg, "gpg.format", NULL)) < 0)
		goto out;
	if (!format || !strcmp(format, "openpgp"))
		rc = sign_openpgp(sig, cfg, repo, payload, len);
	else if (!strcmp(format, "ssh"))
		rc = sign_ssh(sig, cfg, payload, len);
	else
		rc = inc__fail(INC_ERROR, "gpg.format: %s: not supported (use "
		    "openpgp or ssh; nothing recorded)", format);
out:
	free(format);
	git_config_free(cfg);
	return rc;
}

int
inc__commit_create(git_oid *out, inc_repo *repo, const git_signature *author,
    const git_signature *committer, const char *message, const git_tree *tree,
    const git_commit *parent)
{
	return inc__commit_create_n(out, repo, author, committer, message, tree,
	    parent ? 1 : 0, &parent);
}

/* The same with any number of parents (a merge: sync.c). */
int
inc__commit_create_n(git_oid *out, inc_repo *repo,
    const git_signature *author, const git_signature *committer,
    const char *message, const git_tree *tree, size_t nparents,
    const git_commit **parents)
{
	git_config *cfg = NULL;
	git_odb *odb = NULL;
	git_buf payload = {0};
	struct inc_buf sig = {0};
	int rc, wanted = 0;

	if ((rc = inc__config_snapshot(&cfg, repo)) < 0)
		return rc;
	rc = inc__config_bool(&wanted, cfg, "commit.gpgsign", 0);
	git_config_free(cfg);
	if (rc < 0)
		return rc;
	/*
	 * Made as a buffer and written here, not with git_commit_create:
	 * libgit2 1.5's drops the error of the object's write.
	 */
	if ((rc = git_commit_create_buffer(&payload, repo->git, author,
	    committer, NULL, message, tree, nparents, parents)) < 0)
		return inc__git_fail(rc, "commit");
	if (!wanted) {
		if ((rc = git_repository_odb(&odb, repo->git)) < 0 ||
		    (rc = git_odb_write(out, odb, payload.ptr, payload.size,
		    GIT_OBJECT_COMMIT)) < 0)
			rc = inc__git_fail(rc, "commit");
		git_odb_free(odb);
		goto out;
	}
	if ((rc = sign(&sig, repo, payload.ptr, payload.size)) < 0)
		goto out;
	if ((rc = git_commit_create_with_signature(out, repo->git, payload.ptr,
	    sig.s, NULL)) < 0)
		rc = inc__git_fail(rc, "signed commit");
out:
	git_buf_dispose(&payload);
	inc__buf_free(&sig);
	return rc;
}

/* An ssh signature: its signer must be in gpg.ssh.allowedSignersFile. */
static int
check_ssh(git_config *cfg, const char *sig, const char *payload,
    size_t len)
{
	char *program = NULL, *allowed = NULL, file[4096] = "", why[400];
	struct output o = {0};
	size_t n;
	int rc, timeout;

	if ((rc = config_timeout(&timeout, cfg, "")) < 0 ||
	    (rc = inc__config_string(&program, cfg, "gpg.ssh.program",
	    NULL)) < 0 ||
	    (rc = config_path(&allowed, cfg, "gpg.ssh.allowedSignersFile")) < 0)
		goto out;
	if (!allowed) {
		rc = inc__fail(INC_ERROR, "gpg.ssh.allowedSignersFile: not set: "
		    "ssh signatures cannot be checked");
		goto out;
	}
	if ((rc = temp_file(file, sizeof(file), sig, strlen(sig))) < 0)
		goto out;
	{
		const char *find[] = {program ? program : "ssh-keygen", "-Y",
		    "find-principals", "-f", allowed, "-s", file, NULL};
		if ((rc = run(&o, find, NULL, 0, timeout)) < 0)
			goto out;
		n = o.out.s ? strcspn(o.out.s, "\n") : 0;
		if (o.timed_out) {
			rc = inc__fail(INC_ERROR, "signature not checked: %s",
			    last_words(why, sizeof(why), &o.err));
			goto out;
		}
		if (o.status || !n) {
			rc = inc__fail(INC_EINVALID, "signed by a key not in "
			    "gpg.ssh.allowedSignersFile");
			goto out;
		}
		o.out.s[n] = '\0';
	}
	{
		const char *verify[] = {program ? program : "ssh-keygen", "-Y",
		    "verify", "-n", "git", "-f", allowed, "-I", o.out.s, "-s", file,
		    NULL};
		struct output v;
		if ((rc = run(&v, verify, payload, len, timeout)) < 0)
			goto out;
		if (v.timed_out)
			rc = inc__fail(INC_ERROR, "signature not checked: %s",
			    last_words(why, sizeof(why), &v.err));
		else if (v.status)
			rc = inc__fail(INC_EINVALID, "bad signature: %s",
			    last_words(why, sizeof(why), &v.err));
		output_free(&v);
	}
out:
	output_free(&o);
	if (file[0])
		unlink(file);
	free(program);
	free(allowed);
	return rc;
}

/* An openpgp signature: gpg must call it good (GOODSIG), as git requires. */
static int
check_openpgp(git_config *cfg, const char *sig, const char *payload,
    size_t len)
{
	char *program = NULL, file[4096] = "", why[400];
	struct output o;
	int rc, timeout;

	if ((rc = config_timeout(&timeout, cfg, "")) < 0 ||
	    (rc = inc__config_string(&program, cfg, "gpg.program", NULL)) < 0 ||
	    (rc = temp_file(file, sizeof(file), sig, strlen(sig))) < 0)
		goto out;
	{
		const char *argv[] = {program ? program : "gpg",
		    "--keyid-format=long", "--status-fd=1", "--verify", file, "-",
		    NULL};
		if ((rc = run(&o, argv, payload, len, timeout)) < 0)
			goto out;
		if (o.timed_out)
			rc = inc__fail(INC_ERROR, "signature not checked: %s",
			    last_words(why, sizeof(why), &o.err));
		else if (o.status || !o.out.s ||
		    (strncmp(o.out.s, "[GNUPG:] GOODSIG ", 17) &&
		    !strstr(o.out.s, "\n[GNUPG:] GOODSIG ")))
			rc = inc__fail(INC_EINVALID, "bad signature: %s",
			    last_words(why, sizeof(why), &o.err));
		output_free(&o);
	}
out:
	if (file[0])
		unlink(file);
	free(program);
	return rc;
}

int
inc__signature_check(inc_repo *repo, const git_oid *commit)
{
	git_buf sig = {0}, payload = {0};
	git_config *cfg = NULL;
	git_oid id;
	int rc;

	git_oid_cpy(&id, commit);
	rc = git_commit_extract_signature(&sig, &payload, repo->git, &id, NULL);
	if (rc == GIT_ENOTFOUND)
		return inc__fail(INC_EINVALID, "commit not signed");
	if (rc < 0)
		return inc__git_fail(rc, "signature");
	if ((rc = inc__config_snapshot(&cfg, repo)) < 0)
		goto out;
	if (strstr(sig.ptr, "-----BEGIN SSH SIGNATURE-----"))
		rc = check_ssh(cfg, sig.ptr, payload.ptr, payload.size);
	else if (strstr(sig.ptr, "-----BEGIN PGP SIGNATURE-----"))
		rc = check_openpgp(cfg, sig.ptr, payload.ptr, payload.size);
	else
		rc = inc__fail(INC_EINVALID, "signature of an unknown kind");
out:
	git_config_free(cfg);
	git_buf_dispose(&sig);
	git_buf_dispose(&payload);
	return rc;
}
