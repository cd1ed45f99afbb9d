/* Command-line glue shared by the inc-* tools. */
#define _DEFAULT_SOURCE
#include <ctype.h>
#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"

#define STDIN_MAX (64 * 1024)

const char *prog = "inc";
static const char *usage_text;
static int fail_status = EXIT_FAIL; /* EXIT_TROUBLE once a question */

/*
 * What a tool holds when cli_die() exits early stays reachable from here,
 * so a leak checker does not take the exit itself for a leak.
 */
static void *held[32]; /* inc-status -e holds an editor per round */

void *
cli_hold(void *p)
{
	for (size_t i = 0; i < sizeof(held) / sizeof(held[0]); i++)
		if (!held[i]) {
			held[i] = p;
			break;
		}
	return p;
}

void
cli_init(struct cli *c, char **argv, const char *text)
{
	const char *slash = argv[0] ? strrchr(argv[0], '/') : NULL;

	inc_hooks_program(argv[0]);
	prog = slash ? slash + 1 : argv[0] ? argv[0] : prog;
	argv[0] = (char *)prog; /* getopt's own messages name the tool too */
	usage_text = text;
	/*
	 * A write past the file-size limit (ulimit -f, LimitFSIZE) fails
	 * with EFBIG, said in one line and undone like any other failed
	 * write, rather than killing the tool with SIGXFSZ half way, its
	 * temporary file and git's index.lock left behind.
	 */
	signal(SIGXFSZ, SIG_IGN);
	memset(c, 0, sizeof(*c));
	c->now = inc_time_now();
}

/* Text that may hold bytes from a log or a user goes out made safe. */
void
cli_say(FILE *f, const char *prefix, const char *text)
{
	char *safe = inc_text_safe(text, prefix != NULL);

	fprintf(f, "%s%s%s\n", prefix ? prefix : "", prefix ? ": " : "",
	    safe ? safe : "?");
	free(safe);
}

/* Several lines, each as "prog: line". */
void
cli_say_lines(const char *lines)
{
	char *copy = strdup(lines), *line, *next;

	for (line = copy; line && *line; line = next) {
		if ((next = strchr(line, '\n')))
			*next++ = '\0';
		cli_say(stderr, prog, line);
	}
	free(copy);
}

/* why stdout could not be written, kept from the write that failed */
static int out_errno;
/* how many events this process recorded: see cli_said() and cli_exit() */
static size_t recorded_events;

/* stdout flushed; a failure's reason kept for cli_exit to say */
void
cli_flush(void)
{
	errno = 0;
	if (fflush(stdout) == EOF && !out_errno)
		out_errno = errno;
}

noreturn void
cli_die(int status, const char *fmt, ...)
{
	char message[4096];
	va_list ap;

	cli_flush();
	cli_warnings(); /* a bad setting read on the way, say */
	va_start(ap, fmt);
	vsnprintf(message, sizeof(message), fmt, ap);
	va_end(ap);
	cli_say(stderr, prog, message);
	exit(status == EXIT_FAIL ? fail_status : status);
}

/*
 * The tool answers a question from now on: 0 no, 1 yes. A failure that
 * would exit 1 exits EXIT_TROUBLE instead, so that an error is never
 * taken for a yes (a cron job mailing an empty "overdue" notice).
 */
void
cli_question(void)
{
	fail_status = EXIT_TROUBLE;
}

/* -F, --format: text, markdown (md) or json, in any case */
enum inc_format
cli_format(const char *arg)
{
	enum inc_format format;

	if (inc_format_parse(&format, arg) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
	return format;
}

/* A role of inc-handoff, checked as the library checks it: command is
 * handed to person, never released (person NULL: nothing is handed). */
void
cli_role(const char *arg, const char *person)
{
	char role[INC_ROLE_MAX + 1];

	if (inc_role_parse(role, arg) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
	if (person && !strcmp(role, "ic") && !strcmp(person, "-"))
		cli_die(EXIT_USAGE, "ic: command cannot be released: hand it to "
		    "someone");
}

/* -E, --every: an interval (30m, 2h), or "team" for the team's setting */
int64_t
cli_interval(const char *arg)
{
	int64_t seconds;

	if (!strcasecmp(arg, "team"))
		return INC_CADENCE_TEAM;
	if (inc_interval_parse(&seconds, arg) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
	return seconds;
}

noreturn void
cli_usage(const char *fmt, ...)
{
	va_list ap;

	if (fmt) {
		fprintf(stderr, "%s: ", prog);
		va_start(ap, fmt);
		vfprintf(stderr, fmt, ap);
		va_end(ap);
		fputc('\n', stderr);
	}
	fprintf(stderr, "usage: %s", usage_text);
	exit(EXIT_USAGE);
}

/* The long option a word names, exactly or by a prefix; NULL if none. */
static const struct option *
long_option(const struct option *longopts, const char *word, size_t n,
    int *matches)
{
	const struct option *found = NULL;

	*matches = 0;
	for (const struct option *o = longopts; o && o->name; o++) {
		if (strncmp(o->name, word, n))
			continue;
		if (strlen(o->name) == n) {
			*matches = 1;
			return o;
		}
		if (!found || found->has_arg != o->has_arg ||
		    found->flag != o->flag || found->val != o->val)
			++*matches;
		if (!found)
			found = o;
	}
	return found;
}

/* what the operands are, for a tool whose operands are text: "a note" */
static const char *text_operands;

void
cli_text_operands(const char *what)
{
	text_operands = what;
}

/*
 * The word an invalid short option came in, as a message starting with
 * '-' ("-5% errors since the deploy"): white space in it, or a digit or
 * sign where a letter would be. NULL for what reads as an option.
 */
static const char *
message_word(int argc, char *const argv[], int opt)
{
	for (int i = optind; text_operands && i >= optind - 1 && i >= 1; i--) {
		const char *w = i < argc ? argv[i] : NULL;
		if (!w || w[0] != '-' || w[1] == '-' || !strchr(w + 1, opt))
			continue;
		if (w[strcspn(w, " \t\n")] || (opt > ' ' && opt < 0x7f &&
		    !isalpha((unsigned char)opt)))
			return w;
		return NULL;
	}
	return NULL;
}

int
cli_getopt_long(int argc, char *const argv[], const char *optstring,
    const struct option *longopts, int *longindex)
{
	const struct option *o;
	const char *word, *eq;
	char *safe = NULL, *list = NULL;
	size_t n, size = 0;
	int opt, matches;
	FILE *f;

	opterr = 0;
	if ((opt = getopt_long(argc, argv, optstring, longopts, longindex)) != '?')
		return opt;
	word = optind > 1 && optind <= argc ? argv[optind - 1] : "";
	n = strncmp(word, "--", 2) ? 0 : (eq = strchr(word + 2, '=')) ?
	    (size_t)(eq - word - 2) : strlen(word + 2);
	o = n ? long_option(longopts, word + 2, n, &matches) : NULL;
	if (!optopt && n && matches > 1 && (f = open_memstream(&list, &size))) {
		for (const struct option *p = longopts; p->name; p++)
			if (!strncmp(p->name, word + 2, n))
				fprintf(f, " '--%s'", p->name);
		fclose(f);
		safe = inc_text_safe(word, INC_ONE_LINE);
		cli_usage("option '%.*s' is ambiguous; possibilities:%s",
		    (int)n + 2, safe ? safe : "?", list ? list : "");
	}
	if (!optopt) {
		safe = inc_text_safe(word, INC_ONE_LINE);
		cli_usage("unrecognized option '%s'", safe ? safe : "?");
	}
	if (o && o->val == optopt && !o->flag)
		cli_usage(word[2 + n] == '=' ? "option '--%s' doesn't allow an "
		    "argument" : "option '--%s' requires an argument", o->name);
	if (optopt > ' ' && optopt < 0x7f && optopt != ':' &&
	    strchr(optstring, optopt))
		cli_usage("option requires an argument -- '%c'", optopt);
	if (optopt && (word = message_word(argc, argv, optopt))) {
		safe = inc_text_safe(word, INC_ONE_LINE);
		cli_usage("%s: not an option: quote %s that starts with - and "
		    "put -- before it", safe ? safe : "?", text_operands);
	}
	if (optopt > ' ' && optopt < 0x7f)
		cli_usage("invalid option -- '%c'", optopt);
	cli_usage("invalid option -- '\\x%02x'", (unsigned char)optopt);
}

/* A library failure: its message already names the subject. */
noreturn void
cli_fail(int rc)
{
	(void)rc;
	cli_die(EXIT_FAIL, "%s", inc_error());
}

/*
 * The library's warning, once: the same one is not said again, and of
 * one that grew since ("A; B" after "A"), only what is new.
 */
void
cli_warnings(void)
{
	static char said[1024];
	const char *w = inc_warning();
	size_t n = strlen(said);
	char prefix[128];
	int grew;

	if (!w || !strncmp(said, w, sizeof(said) - 1))
		return;
	grew = n && n < sizeof(said) - 1 && !strncmp(w, said, n) &&
	    !strncmp(w + n, "; ", 2);
	snprintf(prefix, sizeof(prefix), "%s: warning", prog);
	snprintf(said, sizeof(said), "%s", w);
	cli_say(stderr, prefix, grew ? w + n + 2 : w);
}

/*
 * After a write has been announced: its warnings, its push started, then
 * its hooks, whose own warnings follow. The announcement is out before
 * the push starts and any hook runs; when it could not be written (a
 * full disk, a pipe whose reader has gone: the writers ignore SIGPIPE,
 * see cli_repo), the push and the hooks run all the same, and cli_exit
 * says that it is recorded. The push never waits for a hook: a Ctrl-C
 * (or SIGTERM, SIGHUP, SIGQUIT) at a slow hook stops the hooks, which
 * is said, and the tool then ends by that signal, its event pushed.
 */
void
cli_said(inc_repo *repo)
{
	int sig;

	cli_warnings();
	cli_flush();
	if (inc_hooks_queued(repo))
		inc_sync_background(repo);
	cli_warnings(); /* a branch the team does not share, say */
	recorded_events += inc_hooks_run(&sig, repo);
	cli_warnings();
	if (sig) {
		cli_exit(EXIT_OK); /* stdout lost too, say */
		signal(sig, SIG_DFL);
		raise(sig); /* its default action ends the tool */
	}
}

/* what a reader says of the copy it shows: see cli_fresh() */
static struct inc_freshness fresh;
static int annotate_json;

/*
 * A reader's copy made fresh first (auto-sync: a fetch and merge within
 * about a second), and said when it is not: one line on stderr ("as of
 * fetch 12m ago", "3 events not pushed", a merge left in the work tree).
 * With annotate, each JSON object printed gets fetched_at and unpushed.
 * Events not pushed are then pushed in the background.
 */
static void
fresh_copy(struct cli *c, inc_repo *repo, int annotate, int writing)
{
	char *lines = NULL;

	if (!repo) /* a reader's, not made yet: nothing to fetch into */
		return;
	if (inc_sync_fresh(&fresh, repo, 1) < 0)
		return;
	/* all is well: a push is under way; or the write's own sync
	 * pushes them */
	if ((c->quiet && fresh.pushing) || writing)
		fresh.unpushed = 0;
	if (inc_freshness_render(&lines, &fresh, c->now) < 0)
		return;
	if (lines)
		cli_say_lines(lines);
	free(lines);
	annotate_json = annotate && c->json && fresh.remote;
	if (fresh.unpushed > 0 && !fresh.failed)
		inc_sync_background(repo);
}

void
cli_fresh(struct cli *c, inc_repo *repo, int annotate)
{
	fresh_copy(c, repo, annotate, 0);
}

/*
 * A writer's copy made fresh first, where what it writes is made from
 * the picture (a sitrep, a hand-over's briefing): said when it is not,
 * but not of events not pushed yet, which the write's own sync pushes.
 */
void
cli_fresh_write(struct cli *c, inc_repo *repo)
{
	fresh_copy(c, repo, 0, 1);
}

/* The options every tool has; returns 0 when opt was not one of them. */
int
cli_option(struct cli *c, int opt, const char *arg)
{
	switch (opt) {
	case 'C':
		if (!*arg)
			cli_die(EXIT_USAGE, "-C: empty (a directory)");
		c->dir = arg;
		return 1;
	case 'h':
		printf("usage: %s", usage_text);
		exit(cli_exit(EXIT_OK));
	case 'V':
		printf("%s (incident) %s\n", prog, INC_VERSION);
		exit(cli_exit(EXIT_OK));
	case 'j':
		c->json = 1;
		return 1;
	case CLI_OPT_INCIDENT:
		if (c->incident)
			cli_usage("--incident given twice");
		c->incident = arg;
		return 1;
	case 'f':
		c->how.force = 1;
		return 1;
	case 't':
		if (inc_time_parse(&c->how.at, arg, c->now) < 0)
			cli_die(EXIT_USAGE, "%s", inc_error());
		return 1;
	case '?':
		cli_usage(NULL);
	}
	return 0;
}

/*
 * A writer's repository. From here on SIGPIPE is ignored: once an event
 * is recorded, a reader of stdout that has gone (inc-sitrep | mail, mail
 * failing at once) is a failed write, said at exit after the hooks and
 * the push have run, not a death between the record and its hooks with
 * nothing said, which a retry would record twice. A reader keeps the
 * default action, and ends quietly as cat(1) does.
 */
inc_repo *
cli_repo(struct cli *c)
{
	inc_repo *repo;

	signal(SIGPIPE, SIG_IGN);
	if (inc_repo_open(&repo, c->dir) < 0)
		cli_fail(INC_ERROR);
	/* refused as not the IC: command may have been handed over on
	 * another clone a moment ago */
	inc_repo_refresh_with(repo, cli_fetch);
	return cli_hold(repo);
}

/*
 * A reader's repository, which it does not make: NULL when none is
 * named and the per-user default does not exist yet, which then reads as
 * a repository without incidents.
 */
inc_repo *
cli_repo_read(struct cli *c)
{
	inc_repo *repo;

	if (inc_repo_open_reader(&repo, c->dir) < 0)
		cli_fail(INC_ERROR);
	return cli_hold(repo);
}

/*
 * An incident named and not in this clone, or none named and none active
 * here: fetched and merged first, as a reader's copy is, even if the
 * last fetch is only seconds old, so that a writer takes an incident
 * just opened on another clone; 1 when it was, so it is looked up again.
 */
static int
fetched_for(inc_repo *repo, int rc)
{
	return rc == INC_ENOTFOUND && cli_fetch(repo);
}

/*
 * The copy fetched and merged now (auto-sync, within about a second),
 * however recent the last fetch: 1 when it was.
 */
int
cli_fetch(inc_repo *repo)
{
	struct inc_freshness copy;

	return repo && inc_sync_fresh(&copy, repo, 2) == 0 && copy.fetched &&
	    !copy.failed;
}

/* Could name be a word of a sentence ("Primary", "DB-3", "Zoë")? Not
 * with a control character, a slash or a dot. */
static int
wordlike(const char *name)
{
	for (const unsigned char *p = (const unsigned char *)name; *p; p++)
		if (*p < 0x20 || *p == 0x7f || *p == '/' || *p == '.' ||
		    *p == '\\')
			return 0;
	return *name != '\0';
}

/*
 * No incident by name, said with hint where there is one (a first word
 * of several taken for an id: " (... quote the note)"), for any word
 * that could be one of a sentence ("Primary" is no id at all); what
 * could not ("../x") is an invalid id, said as such.
 */
static noreturn void
no_such(int rc, const char *name, const char *hint)
{
	char *safe;

	if (rc != INC_EINVALID || !name || !wordlike(name) || !hint)
		cli_die(EXIT_FAIL, "%s%s", inc_error(),
		    rc == INC_ENOTFOUND && name && hint ? hint : "");
	safe = inc_text_safe(name, INC_ONE_LINE);
	cli_die(EXIT_FAIL, "%s: no such incident%s", safe ? safe : "?", hint);
}

/* The incident named (or implied); hint is said when there is no such. */
char *
cli_incident(inc_repo *repo, const char *name, const char *hint)
{
	char *id;
	int rc;

	if ((rc = inc_incident_resolve(&id, repo, name)) < 0 &&
	    fetched_for(repo, rc))
		rc = inc_incident_resolve(&id, repo, name);
	if (rc < 0)
		no_such(rc, name, hint);
	if (!name)
		cli_warnings(); /* another's log damaged: before a write clears it */
	return cli_hold(id);
}

/*
 * The same, but with no active incident the one resolved last, for a
 * while: said on stderr. None named and none active here, the clone
 * fetches before it takes that one, as one may have been opened since.
 */
char *
cli_incident_recent(inc_repo *repo, const char *name, const char *hint)
{
	char *id;
	int rc, tried = 0;

	if (name)
		rc = inc_incident_resolve_recent(&id, repo, name);
	else if ((rc = inc_incident_resolve(&id, repo, NULL)) < 0) {
		/* none active here: one may have been opened elsewhere */
		tried = (rc == INC_ENOTFOUND);
		if (tried)
			fetched_for(repo, rc);
		rc = inc_incident_resolve_recent(&id, repo, NULL);
	}
	if (rc < 0 && !tried && fetched_for(repo, rc))
		rc = inc_incident_resolve_recent(&id, repo, name);
	if (rc < 0)
		no_such(rc, name, hint);
	if (!name)
		cli_warnings(); /* the incident resolved last, taken for it */
	return cli_hold(id);
}

/*
 * A writer's incident taken from INC_ID (no name given) that is resolved
 * while another is active is refused, nothing written: an INC_ID left
 * over from an incident before, which would take what was meant for the
 * one going on (incident(7)). Named by an operand or --incident, or by
 * the INC_ID a hook is given (with INC_EVENT_ID), a resolved incident is
 * written to as ever.
 */
void
cli_not_stale(inc_repo *repo, const char *name, const char *id)
{
	const char *env = getenv("INC_ID"), *hook = getenv("INC_EVENT_ID");
	inc_incident **list;
	char message[512];
	size_t n, i;

	if (name || !env || !*env || (hook && *hook))
		return;
	if (inc_list(&list, &n, repo, INC_ACTIVE, NULL) < 0)
		cli_fail(INC_ERROR);
	for (i = 0; i < n && strcmp(inc_incident_id(list[i]), id); i++)
		;
	if (n == 1 && i == n)
		snprintf(message, sizeof(message), "INC_ID=%s: resolved; the "
		    "active incident is %s: unset INC_ID or name the incident",
		    env, inc_incident_id(list[0]));
	else if (n && i == n)
		snprintf(message, sizeof(message), "INC_ID=%s: resolved; %zu "
		    "incidents are active: unset INC_ID or name the incident",
		    env, n);
	inc_list_free(list, n);
	if (n && i == n)
		cli_die(EXIT_FAIL, "%s", message);
}

/* Operands joined by spaces, as echo would. */
char *
cli_text(char **words, int count)
{
	size_t n = 1;
	char *s;

	for (int i = 0; i < count; i++)
		n += strlen(words[i]) + 1;
	if (!(s = malloc(n)))
		cli_die(EXIT_FAIL, "out of memory");
	s[0] = '\0';
	for (int i = 0, at = 0; i < count; i++)
		at += snprintf(s + at, n - (size_t)at, "%s%s", i ? " " : "",
		    words[i]);
	return cli_hold(s);
}

/*
 * All of in, or NULL with why it was refused in why (past the limit, a
 * NUL byte: what names it; a read error: name, "stdin" or the file's
 * path). Lines that end in CR LF (a file saved on Windows, a web form,
 * an editor set so) end in LF, as inc-note --stdin reads them.
 */
static char *
read_all(FILE *in, const char *name, const char *what, char *why,
    size_t size)
{
	size_t n = 0, cap = 4096, kept = 0;
	char *s = malloc(cap + 1);
	size_t got;

	if (!s)
		cli_die(EXIT_FAIL, "out of memory");
	while ((got = fread(s + n, 1, cap - n, in)) > 0) {
		n += got;
		if (n > STDIN_MAX) {
			snprintf(why, size, "%s: too long (more than %d bytes)",
			    what, STDIN_MAX);
			free(s);
			return NULL;
		}
		if (n == cap) {
			char *t = realloc(s, cap * 2 + 1);
			if (!t)
				cli_die(EXIT_FAIL, "out of memory");
			s = t, cap *= 2;
		}
	}
	if (ferror(in)) {
		snprintf(why, size, "%s: %s", name, strerror(errno));
		free(s);
		return NULL;
	}
	if (memchr(s, '\0', n)) {
		snprintf(why, size, "%s: contains a NUL byte", what);
		free(s);
		return NULL;
	}
	for (size_t i = 0; i < n; i++)
		if (s[i] != '\r' || i + 1 == n || s[i + 1] != '\n')
			s[kept++] = s[i];
	n = kept;
	while (n && s[n - 1] == '\n') /* the newline that ends the input */
		n--;
	s[n] = '\0';
	return cli_hold(s);
}

/*
 * What a person typed, kept where they can find it when it was not
 * recorded: $TMPDIR/PROG-XXXXXX (inc-status-Ab12Cd), its path said as
 * "PROG: the WHAT is kept in PATH".
 */
void
cli_keep(const char *what, const char *text)
{
	const char *tmp = getenv("TMPDIR");
	char path[4096];
	int fd;
	size_t n = strlen(text);

	snprintf(path, sizeof(path), "%s/%s-XXXXXX", tmp && *tmp ? tmp :
	    "/tmp", prog);
	if ((fd = mkstemp(path)) < 0 || write(fd, text, n) != (ssize_t)n ||
	    write(fd, "\n", 1) != 1 || close(fd) < 0) {
		fprintf(stderr, "%s: %s: %s; the %s was:\n%s\n", prog, path,
		    strerror(errno), what, text);
		return;
	}
	fprintf(stderr, "%s: the %s is kept in %s\n", prog, what, path);
}

static const char *keep_what;
static char *keep_text;

static void
keep_at_exit(void)
{
	if (keep_text)
		cli_keep(keep_what, keep_text);
}

/*
 * Text read from standard input or an editor, until it is recorded: a
 * program that piped it may not have it any more, so whatever ends the
 * tool before then (a refusal, an error in it, a failed write) keeps a
 * copy of it with cli_keep. NULL once it is recorded. Text no field may
 * hold (a control character, invalid UTF-8) is refused as it is, and
 * written nowhere.
 */
void
cli_keep_at_exit(const char *what, const char *text)
{
	static int registered;

	free(keep_text); /* a copy: the caller may parse text in place */
	keep_text = NULL;
	keep_what = what;
	if (!text || inc_text_check(what, text, STDIN_MAX, INC_LINES) < 0)
		return;
	if (!(keep_text = strdup(text)))
		cli_die(EXIT_FAIL, "out of memory");
	if (!registered)
		registered = !atexit(keep_at_exit);
}

/*
 * A lone operand shaped as an incident id (2026-11-23-2130-api-7k2m9x,
 * or a prefix of one down to its date) is the incident, the text left
 * out or meant for standard input ("echo TEXT | inc-status ID"): never
 * the text to record, a usage error.
 */
void
cli_not_an_id(const char *text, const char *a_what, const char *the_what)
{
	size_t i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? text[i] != '-' :
		    !isdigit((unsigned char)text[i]))
			return;
	for (; text[i]; i++)
		if (!islower((unsigned char)text[i]) &&
		    !isdigit((unsigned char)text[i]) && text[i] != '-')
			return;
	cli_usage("%s: an incident id, not %s: give %s after it, or - to read "
	    "it from standard input", text, a_what, the_what);
}

/*
 * A lone one-word operand that names an incident as an id operand would
 * (inc-status db-down: a unique prefix or part of an id) is that
 * incident, typed to see it or with the text left out: never the text
 * to post, a usage error. A word that names none is the text.
 */
void
cli_not_an_incident(inc_repo *repo, const char *text, const char *a_what,
    const char *the_what)
{
	char *id = NULL;

	if (!*text || text[strcspn(text, " \t\n\r\v\f")] ||
	    inc_incident_resolve(&id, repo, text) < 0)
		return;
	cli_hold(id);
	cli_usage("%s: names the incident %s, not %s: give %s after it, or "
	    "- to read it from standard input", text, id, a_what, the_what);
}

/* All of stdin, refused past the limit rather than cut. */
char *
cli_stdin(const char *what)
{
	char why[4096], *s = read_all(stdin, "stdin", what, why, sizeof(why));

	if (!s)
		cli_die(EXIT_FAIL, "%s", why);
	return s;
}

/*
 * The file at path, whole, read as cli_stdin reads standard input; what
 * is wrong with it (missing, a directory, too long) names path.
 */
char *
cli_file(const char *path)
{
	char why[4096], *s;
	FILE *f = fopen(path, "rb");

	if (!f)
		cli_die(EXIT_FAIL, "%s: %s", path, strerror(errno));
	s = read_all(f, path, path, why, sizeof(why));
	fclose(f);
	if (!s)
		cli_die(EXIT_FAIL, "%s", why);
	return s;
}

/*
 * cli_stdin, and what was read kept at exit as kept_as until it is
 * recorded (cli_keep_at_exit), unless standard input is a file
 * (inc-status - < update.txt), which still holds it.
 */
char *
cli_stdin_kept(const char *what, const char *kept_as)
{
	struct stat st;
	int file = fstat(STDIN_FILENO, &st) == 0 && S_ISREG(st.st_mode);
	char *s = cli_stdin(what);

	if (!file)
		cli_keep_at_exit(kept_as, s);
	return s;
}

/*
 * The file an editor failed on, kept when it holds what a person typed:
 * text other than the template, or a template that was typed text.
 */
static void
edit_failed(const char *editor, const char *path, const char *template_text,
    int typed)
{
	FILE *f = fopen(path, "r");
	size_t n = strlen(template_text);
	char *buf = malloc(n + 2);
	size_t got = buf && f ? fread(buf, 1, n + 1, f) : 0;
	int same = buf && got == n && !memcmp(buf, template_text, n);

	free(buf);
	if (f)
		fclose(f);
	if (f && (typed || !same))
		cli_die(EXIT_FAIL, "%s: the editor failed; nothing recorded; "
		    "the text is kept in %s", editor, path);
	unlink(path);
	cli_die(EXIT_FAIL, "%s: the editor failed; nothing recorded", editor);
}

/*
 * Opens a template in the editor git would use (GIT_EDITOR, core.editor,
 * VISUAL, EDITOR), run as git runs it: by the shell, with the file as
 * its argument, so an editor may be a command line ("code --wait").
 * The editor ":" leaves the template as it is, as in git. When the
 * editor fails, what was written is kept in the file, its path said
 * (typed: the template itself is what a person typed).
 */
char *
cli_edit(inc_repo *repo, const char *template_text, int typed)
{
	const char *tmp = getenv("TMPDIR");
	char path[4096], why[4096], *editor, *command, *text;
	size_t n;
	FILE *f;
	int fd, status;
	pid_t pid;

	if (inc_editor(&editor, repo) < 0)
		cli_fail(INC_ERROR);
	cli_hold(editor);
	snprintf(path, sizeof(path), "%s/inc-edit-XXXXXX", tmp && *tmp ? tmp :
	    "/tmp");
	if ((fd = mkstemp(path)) < 0 || !(f = fdopen(fd, "w")) ||
	    fputs(template_text, f) == EOF || fclose(f) == EOF)
		cli_die(EXIT_FAIL, "%s: %s", path, strerror(errno));
	n = strlen(editor) + sizeof(" \"$@\"");
	if (!(command = malloc(n)))
		cli_die(EXIT_FAIL, "out of memory");
	snprintf(command, n, "%s \"$@\"", editor);
	fflush(NULL);
	if (strcmp(editor, ":") != 0) {
		if ((pid = fork()) < 0)
			cli_die(EXIT_FAIL, "fork: %s", strerror(errno));
		if (pid == 0) {
			/* what the tool ignores, at its default action in
			 * the editor (see inc__signals_default) */
			signal(SIGPIPE, SIG_DFL);
			signal(SIGXFSZ, SIG_DFL);
			execl("/bin/sh", "sh", "-c", command, editor, path,
			    (char *)NULL);
			_exit(127);
		}
		if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status) != 0)
			edit_failed(editor, path, template_text, typed);
	}
	free(command);
	if (!(f = fopen(path, "r"))) {
		unlink(path);
		cli_die(EXIT_FAIL, "%s: %s", path, strerror(errno));
	}
	/* what cannot be read back is what was typed: the file is kept */
	text = read_all(f, path, "text", why, sizeof(why));
	fclose(f);
	if (!text)
		cli_die(EXIT_FAIL, "%s; nothing recorded; the text is kept in %s",
		    why, path);
	unlink(path);
	return text;
}

/*
 * What render made: text is safe already; JSON keeps bidirectional and
 * invisible characters raw for programs, so on a terminal they are
 * written as \uXXXX escapes (the same JSON value).
 */
void
cli_out(const char *text)
{
	static int tty = -1;
	char *safe, *annotated = NULL;

	if (annotate_json && *text) {
		if (inc_freshness_json(&annotated, text, &fresh) < 0)
			cli_die(EXIT_FAIL, "out of memory");
		text = annotated;
	}

	if (tty < 0)
		tty = isatty(STDOUT_FILENO);
	if (tty) {
		if (!(safe = inc_json_safe(text)))
			cli_die(EXIT_FAIL, "out of memory");
		fputs(safe, stdout);
		free(safe);
		free(annotated);
		return;
	}
	fputs(text, stdout);
	free(annotated);
}

/*
 * A question such as --due, answered as grep answers: each incident that
 * render says something about, then 0 when none did, 1 when one did, 2
 * (EXIT_TROUBLE) when the question could not be answered.
 */
int
cli_due(struct cli *c, enum inc_which which, inc_render_fn *render)
{
	inc_repo *repo;
	size_t said = 0;
	int status;

	cli_question();
	repo = cli_repo_read(c);
	cli_fresh(c, repo, 0);
	status = cli_each(c, repo, which, render, NULL, &said);
	inc_repo_free(repo);
	return cli_exit(status != EXIT_OK ? EXIT_TROUBLE : said ? EXIT_FAIL :
	    EXIT_OK);
}

/*
 * Every write is checked: a full disk or closed stdout is a failure,
 * also after an event is recorded, which is then said: nobody should
 * record it again.
 */
int
cli_exit(int status)
{
	cli_flush();
	if (ferror(stdout)) {
		fprintf(stderr, "%s: stdout: %s%s\n", prog,
		    out_errno ? strerror(out_errno) : "write error",
		    recorded_events > 1 ? " (the events are recorded)" :
		    recorded_events ? " (the event is recorded)" : "");
		return fail_status;
	}
	return status;
}

/* text added to the string *s of *len bytes */
static void
cli_append(char **s, size_t *len, const char *text)
{
	size_t n = strlen(text);
	char *grown = realloc(*s, *len + n + 1);

	if (!grown)
		cli_die(EXIT_FAIL, "out of memory");
	memcpy(grown + *len, text, n + 1);
	*s = grown;
	*len += n;
}

/*
 * Prints what render makes of each incident (active ones unless all),
 * header first when there is anything to print; with c->table, all of
 * it at the end, made one table. *said counts the
 * incidents it had something to say about. A damaged log is reported and
 * skipped: then the result is EXIT_FAIL.
 */
int
cli_each(struct cli *c, inc_repo *repo, enum inc_which which,
    inc_render_fn *render, const char *header, size_t *said)
{
	inc_incident **list;
	char *warnings, *row, *rows = NULL;
	size_t n, len = 0;
	int status;
	int table = c->table && !c->json;

	*said = 0;
	if (inc_list(&list, &n, repo, which, &warnings) < 0)
		cli_fail(INC_ERROR);
	cli_hold(list);
	for (size_t i = 0; i < n; i++) {
		if (render(&row, list[i], repo, c->json ? INC_FORMAT_JSON :
		    INC_FORMAT_TEXT, c->now) < 0)
			cli_fail(INC_ERROR);
		if (*row && !(*said)++ && header) {
			if (table)
				cli_append(&rows, &len, header);
			else
				fputs(header, stdout);
		}
		if (table)
			cli_append(&rows, &len, row);
		else
			cli_out(row);
		free(row);
	}
	if (rows) {
		if (c->table(&row, rows) < 0)
			cli_fail(INC_ERROR);
		cli_out(row);
		free(row);
		free(rows);
	}
	if (warnings)
		cli_say_lines(warnings);
	cli_warnings();
	status = warnings ? EXIT_FAIL : EXIT_OK;
	inc_list_free(list, n);
	free(warnings);
	return status;
}
