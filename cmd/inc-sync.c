/* inc-sync: fetch, merge the incident logs and push; or keep doing it. */
#define _DEFAULT_SOURCE
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

/* exit statuses a script may tell apart (see inc-sync(1)) */
enum { EXIT_OFFLINE = 3, EXIT_CONFLICT = 4, EXIT_REWRITTEN = 5 };

#define WATCH_SECONDS 10

static const char usage_text[] =
    "inc-sync [-C dir] [-q] [remote]\n"
    "       inc-sync [-C dir] [-q] -w [seconds] [remote]\n";

static volatile sig_atomic_t stop; /* the signal that asked to stop */

/* SIGINT, SIGTERM: the git running is stopped, with its process group */
static void
on_signal(int sig)
{
	stop = sig;
	inc_sync_interrupt();
}

static void
on_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

static int
status_of(const struct inc_sync_result *r)
{
	switch (r->failure) {
	case INC_SYNC_OFFLINE:
		return EXIT_OFFLINE;
	case INC_SYNC_CONFLICT:
		return EXIT_CONFLICT;
	case INC_SYNC_REWRITTEN:
		return EXIT_REWRITTEN;
	default:
		return EXIT_FAIL;
	}
}

static const char *
plural(size_t n)
{
	return n == 1 ? "" : "s";
}

/* ", N settings changes WHAT" into out, or "" for none. */
static const char *
settings(char *out, size_t size, size_t n, const char *what)
{
	out[0] = '\0';
	if (n)
		snprintf(out, size, ", %zu settings change%s %s", n, plural(n),
		    what);
	return out;
}

/*
 * May git ask for a password? Only a person at the terminal, who runs
 * the tool in the foreground: not cron, a script's pipe, a job in the
 * background (which the shell would stop at git's prompt), nor a watch.
 */
static int
asked(void)
{
	return isatty(STDIN_FILENO) && tcgetpgrp(STDIN_FILENO) == getpgrp();
}

/* One sync, said on one line; quiet says nothing when all is well. */
static int
once(inc_repo *repo, const char *remote, int quiet, int watching)
{
	struct inc_sync_result r;
	char line[700], merged[64], pushed[64];
	int status = EXIT_OK, moved;

	if (inc_sync(&r, repo, remote, !watching && asked()) < 0) {
		status = status_of(&r);
		if (!stop || !watching) /* a watch stopped says nothing */
			cli_say(stderr, prog, inc_error());
	} else if (!quiet) {
		moved = r.merged || r.pushed || r.settings_merged ||
		    r.settings_pushed;
		if (!moved)
			snprintf(line, sizeof(line), "%s: up to date", r.remote);
		else
			snprintf(line, sizeof(line), "%s: %zu event%s merged, %zu "
			    "pushed%s%s", r.remote, r.merged, plural(r.merged),
			    r.pushed, settings(merged, sizeof(merged),
			    r.settings_merged, "merged"), settings(pushed,
			    sizeof(pushed), r.settings_pushed, "pushed"));
		if (moved || !watching)
			cli_say(stdout, NULL, line);
	}
	/* merged, but an event was changed: said, a line per incident */
	if (r.changed) {
		cli_say_lines(r.changed);
		if (status == EXIT_OK)
			status = EXIT_FAIL;
	}
	cli_warnings();
	cli_flush();
	inc_sync_result_free(&r);
	return status;
}

/*
 * Synced every so many seconds until SIGINT or SIGTERM: then 0, the sync
 * under way stopped. A first sync that fails but for being offline (no
 * such remote) is no watch: its status.
 */
static int
watch(inc_repo *repo, const char *remote, int quiet, long seconds)
{
	struct timespec nap = {1, 0};
	int status;

	if ((status = once(repo, remote, quiet, 1)) == EXIT_FAIL && !stop)
		return status;
	while (!stop) {
		for (long i = 0; i < seconds && !stop; i++)
			nanosleep(&nap, NULL);
		if (!stop)
			once(repo, remote, quiet, 1);
	}
	return EXIT_OK;
}

static long
seconds_of(const char *arg)
{
	char *end;
	long n;

	n = strtol(arg, &end, 10);
	if (*arg < '0' || *arg > '9' || *end || n < 1 || n > 86400)
		cli_usage("%.40s: not a number of seconds from 1 to 86400", arg);
	return n;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		{"quiet", no_argument, NULL, 'q'},
		{"watch", optional_argument, NULL, 'w'},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	inc_repo *repo;
	const char *remote = NULL;
	long seconds = 0;
	int opt, quiet = 0, status, given = 0;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT "qw::",
	    longopts, NULL)) != -1) {
		if (cli_option(&c, opt, optarg))
			continue;
		if (opt == 'q')
			quiet = 1;
		else if (opt == 'w') {
			given = optarg != NULL;
			seconds = given ? seconds_of(optarg) : WATCH_SECONDS;
		}
	}
	/* inc-sync -w 30 origin: the number is the interval */
	if (seconds && !given && optind < argc &&
	    strspn(argv[optind], "0123456789") == strlen(argv[optind]))
		seconds = seconds_of(argv[optind++]);
	if (argc - optind > 1)
		cli_usage("too many operands");
	remote = argv[optind];
	if (remote && !*remote)
		cli_usage("remote: empty");
	repo = cli_repo(&c);
	on_signals();
	status = seconds ? watch(repo, remote, quiet, seconds) :
	    once(repo, remote, quiet, 0);
	inc_repo_free(repo);
	status = cli_exit(status);
	if (stop && !seconds) { /* its git stopped, and said: the signal's */
		signal(stop, SIG_DFL);
		raise(stop);
	}
	return status;
}
