/*
 * inc-status: record a customer status update, once it passes the rules
 * for such updates; check a text against them (--check); or list the
 * incidents whose next update is due (--due).
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

#define TICKETS_MAX 1000000000


static const char usage_text[] =
    "inc-status [-C dir] [-t time] [-f] [-s status] [-i impact] "
    "[-p component ...] [id] message ...\n"
    "       inc-status [-C dir] [-t time] [-f] [-s status] [-i impact] "
    "[-p component ...] [id] -\n"
    "       inc-status [-C dir] [-t time] [-f] [-s status] [-i impact] "
    "[-p component ...] -e [id]\n"
    "       inc-status [-C dir] [-t time] (-k customer | -T count) [id]\n"
    "       inc-status -c [-r] [-n name ...] < update\n"
    "       inc-status [-C dir] [-j] --due\n";

/* Each finding on a line of its own, as "inc-status: FINDING". */
static void
say_findings(const char *findings)
{
	cli_say_lines(findings);
}

/* The update written in $VISUAL or $EDITOR; '#' lines are dropped. */
static char *
edit_update(inc_repo *repo)
{
	char *text = cli_edit(repo, "# A customer update: what is broken, what "
	    "is being done, and what\n# customers can do in the meantime (or that "
	    "there is no workaround yet).\n# No ETA, no presumed cause, no "
	    "blame. Lines starting with '#' are\n# ignored; an empty update "
	    "records nothing.\n");
	char *w = text;

	for (char *p = text, *next; *p; p = next) {
		size_t n = strcspn(p, "\n");
		next = p + n + (p[n] == '\n');
		if (*p == '#')
			continue;
		memmove(w, p, (size_t)(next - p));
		w += next - p;
	}
	while (w > text && (w[-1] == '\n' || w[-1] == ' '))
		w--;
	*w = '\0';
	return text;
}

/* --check: the rules only, no repository, no libgit2. */
static int
check(const char **names, int resolved)
{
	char *text = cli_stdin("update"), *findings;
	int n;

	if ((n = inc_lint(&findings, text, names, resolved)) < 0)
		cli_fail(n);
	cli_out(findings);
	free(findings);
	free(text);
	return cli_exit(n ? EXIT_FAIL : EXIT_OK);
}

/*
 * The update recorded if it passes the rules (checked under the lock,
 * against the incident as it then is), or with --force; its findings,
 * if any, are said either way.
 */
static int
record(struct cli *c, struct inc_status_args *args, const char *name,
    char *text)
{
	inc_repo *repo = cli_repo(c);
	char *id = cli_incident_recent(repo, name, " (the first of several "
	    "words "
	    "names the incident: quote the update)");
	char *findings, *announcement, *update;
	int rc;

	args->message = text;
	rc = inc_status(&announcement, &update, &findings, repo, id, args,
	    &c->how);
	if (findings)
		say_findings(findings);
	if (rc < 0)
		cli_fail(rc);
	cli_say(stderr, NULL, announcement);
	cli_out(update);
	cli_said(repo);
	free(announcement);
	free(update);
	free(findings);
	free(id);
	inc_repo_free(repo);
	return EXIT_OK;
}

/* -T, --tickets: a count, checked before anything else is done */
static long
tickets_count(const char *tickets)
{
	char *end;
	long count;

	errno = 0;
	count = strtol(tickets, &end, 10);
	if (!*tickets || *end || count < 0 || tickets[0] < '0' ||
	    tickets[0] > '9')
		cli_die(EXIT_USAGE, "%s: not a number of tickets", tickets);
	if (count > TICKETS_MAX || errno == ERANGE)
		cli_die(EXIT_USAGE, "%s: too many tickets (the limit is %d)",
		    tickets, TICKETS_MAX);
	return count;
}

/* --contacted CUSTOMER and --tickets N: what Communications did. */
static int
contact(struct cli *c, const char *customer, const char *tickets,
    int operands, char **operand)
{
	inc_repo *repo;
	char *id, *announcement;
	long count = 0;
	int rc;

	if (tickets)
		count = tickets_count(tickets);
	repo = cli_repo(c);
	id = cli_incident_recent(repo, c->incident ? c->incident : operands ?
	    operand[0] : NULL, NULL);
	rc = customer ? inc_status_contact(&announcement, repo, id, customer,
	    &c->how) : inc_status_tickets(&announcement, repo, id, count, &c->how);
	if (rc < 0)
		cli_fail(rc);
	cli_say(stdout, NULL, announcement);
	cli_said(repo);
	free(announcement);
	free(id);
	inc_repo_free(repo);
	return EXIT_OK;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		CLI_INCIDENT_LONG,
		{"json", no_argument, NULL, 'j'},
		{"at", required_argument, NULL, 't'},
		{"force", no_argument, NULL, 'f'},
		{"status", required_argument, NULL, 's'},
		{"impact", required_argument, NULL, 'i'},
		{"component", required_argument, NULL, 'p'},
		{"check", no_argument, NULL, 'c'},
		{"name", required_argument, NULL, 'n'},
		{"resolved", no_argument, NULL, 'r'},
		{"due", no_argument, NULL, 'D'},
		{"edit", no_argument, NULL, 'e'},
		{"contacted", required_argument, NULL, 'k'},
		{"tickets", required_argument, NULL, 'T'},
		{NULL, 0, NULL, 0}
	};
	struct inc_status_args args = {.status = "investigating"};
	struct cli c;
	const char **names, **components;
	size_t nnames = 0, ncomponents = 0;
	int opt, checking = 0, resolved = 0, due = 0, edit = 0, first, status;
	const char *name = NULL, *customer = NULL, *tickets = NULL;
	inc_repo *repo;
	char *text;

	cli_init(&c, argv, usage_text);
	names = cli_hold(calloc((size_t)argc + 1, sizeof(*names)));
	components = cli_hold(calloc((size_t)argc + 1, sizeof(*components)));
	if (!names || !components)
		cli_die(EXIT_FAIL, "out of memory");
	while ((opt = cli_getopt_long(argc, argv,
	    CLI_COMMON_SHORT CLI_INCIDENT_SHORT "jt:fs:i:p:crn:Dk:T:e", longopts,
	    NULL)) != -1) {
		if (cli_option(&c, opt, optarg))
			continue;
		switch (opt) {
		case 'c': checking = 1; break;
		case 'r': resolved = 1; break;
		case 'D': due = 1; break;
		case 's':
			if (inc_status_parse(&args.status, optarg) < 0)
				cli_die(EXIT_USAGE, "%s", inc_error());
			break;
		case 'i':
			if (inc_impact_parse(&args.impact, optarg) < 0)
				cli_die(EXIT_USAGE, "%s", inc_error());
			break;
		case 'p':
			if (inc_component_check(optarg) < 0)
				cli_die(EXIT_USAGE, "%s", inc_error());
			components[ncomponents++] = optarg;
			break;
		case 'e': edit = 1; break;
		case 'k': customer = optarg; break;
		case 'T': tickets = optarg; break;
		case 'n':
			if (inc_text_check("--name", optarg, 200, INC_ONE_LINE) < 0)
				cli_die(EXIT_USAGE, "%s", inc_error());
			names[nnames++] = optarg;
			break;
		}
	}
	args.components = components;
	first = optind;
	if (customer && tickets)
		cli_usage("--contacted and --tickets are separate events");
	if ((customer || tickets) && argc - first > (c.incident ? 0 : 1))
		cli_usage("--contacted and --tickets take no message");
	if (tickets)
		tickets_count(tickets);
	if (checking) {
		if (first < argc)
			cli_usage("no operands expected (the update comes from stdin)");
		cli_question();
		return check(names, resolved);
	}
	if (nnames || resolved)
		cli_usage("--name and --resolved go with --check");
	if (due) {
		if (first < argc || c.incident)
			cli_usage("--due takes no incident");
		return cli_due(&c, INC_ACTIVE, inc_render_update_due);
	}
	if (c.json)
		cli_usage("--json goes with --due");
	if (customer || tickets)
		return cli_exit(contact(&c, customer, tickets, argc - first,
		    argv + first));
	if (edit) {
		if (argc - first > 1)
			cli_usage("--edit takes no message");
		if (c.incident && argc - first)
			cli_usage("--edit takes no message");
		name = c.incident ? c.incident : argv[first];
		repo = cli_repo(&c);
		text = edit_update(repo);
		inc_repo_free(repo);
	} else {
		if (first >= argc)
			cli_usage("missing update text");
		if (c.incident) /* -w: every operand is the update */
			name = c.incident;
		else if (argc - first >= 2) /* with two or more the first is the id */
			name = argv[first++];
		if (argc - first == 1 && !strcmp(argv[first], "-"))
			text = cli_stdin("update");
		else
			text = cli_text(argv + first, argc - first);
	}
	status = record(&c, &args, name, text);
	free(text);
	return cli_exit(status);
}
