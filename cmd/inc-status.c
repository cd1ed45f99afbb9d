/*
 * inc-status: record a customer status update, once it passes the rules
 * for such updates; check a text against them (--check); or list the
 * incidents whose next update is due (--due).
 */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

#define TICKETS_MAX 1000000000


static const char usage_text[] =
    "inc-status [-C dir] [-t time] [-f] [-s status] [-i impact] "
    "[-p component[=status] ...] [id] message ...\n"
    "       inc-status [-C dir] [-t time] [-f] [-s status] [-i impact] "
    "[-p component[=status] ...] [id] -\n"
    "       inc-status [-C dir] [-t time] [-f] [-s status] [-i impact] "
    "[-p component[=status] ...] -e [id]\n"
    "       inc-status [-C dir] [-t time] (-k customer | -T count) [id]\n"
    "       inc-status [-C dir] [-t time] [-f] -E interval|team [id]\n"
    "       inc-status -c [-j] [-r | -s status] [-n name ...] [-U name ...] "
    "[-J name ...] [-M rule=mode ...] "
    "< update\n"
    "       inc-status [-C dir] [-j] --due\n"
    "       inc-status [-C dir] [-t time] --maintenance status [--from time] "
    "[--until time] [-p component ...] [id] message ...\n";

/* Each finding on a line of its own, as "inc-status: FINDING". */
static void
say_findings(const char *findings)
{
	cli_say_lines(findings);
}

static const char edit_help[] = "# A customer update: what is broken, what "
    "is being done, and what\n# customers can do in the meantime (or that "
    "there is no workaround yet).\n# No ETA, no presumed cause, no "
    "blame. Lines starting with '#' are\n# ignored; an empty update "
    "records nothing.\n";

/*
 * The update written in $VISUAL or $EDITOR, starting from text (or
 * nothing) below the findings it had, as '#' lines; '#' lines are dropped.
 */
static char *
edit_update(inc_repo *repo, const char *text, const char *findings)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	char *edited, *w;

	if (!f)
		cli_die(EXIT_FAIL, "out of memory");
	if (text)
		fprintf(f, "%s\n", text);
	if (findings && *findings) {
		fputs("# Not recorded. Findings (see inc-status(1)):\n", f);
		for (const char *p = findings; *p; ) {
			size_t n = strcspn(p, "\n");
			fprintf(f, "#   %.*s\n", (int)n, p);
			p += n + (p[n] == '\n');
		}
	}
	fputs(edit_help, f);
	if (fclose(f) == EOF)
		cli_die(EXIT_FAIL, "out of memory");
	edited = cli_edit(repo, buf, text != NULL);
	free(buf);
	w = edited;
	for (char *p = edited, *next; *p; p = next) {
		size_t n = strcspn(p, "\n");
		next = p + n + (p[n] == '\n');
		if (*p == '#')
			continue;
		memmove(w, p, (size_t)(next - p));
		w += next - p;
	}
	*w = '\0';
	return inc_text_trim(edited);
}

/*
 * The text of an update or a maintenance notice (what) from the n
 * operands: with --incident all of them, else with two or more the
 * first is the incident's id (*name); one alone that is "-" reads
 * standard input, kept until recorded, and one shaped as an id is
 * refused.
 */
static char *
operand_text(const struct cli *c, int n, char **operand, const char *what,
    const char **name)
{
	if (n < 1)
		cli_usage("missing %s text (give it as operands, or - to read it "
		    "from standard input)", what);
	if (c->incident) /* every operand is the text */
		*name = c->incident;
	else if (n >= 2) /* with two or more the first is the id */
		*name = *operand++, n--;
	if (n == 1)
		cli_not_an_id(operand[0], "an update", "the update");
	if (n == 1 && !strcmp(operand[0], "-"))
		return cli_stdin_kept(what, "update");
	return cli_text(operand, n);
}

/* --check: the rules only, no repository, no libgit2. */
static int
check(struct inc_lint_args *args, int json)
{
	char *text = cli_stdin("update"), *findings;
	int n;

	/* what posting it would refuse before its rules: a control, say */
	if ((n = inc_text_check("update", text, INC_TEXT_MAX, INC_LINES)) < 0 ||
	    (n = inc_lint(&findings, text, args, json ? INC_FORMAT_JSON :
	    INC_FORMAT_TEXT)) < 0)
		cli_fail(n);
	cli_out(findings);
	free(findings);
	free(text);
	return cli_exit(n ? EXIT_FAIL : EXIT_OK);
}

/* -M RULE=MODE */
static void
rule_mode(struct inc_lint_args *args, const char *arg)
{
	const char *eq = strchr(arg, '=');
	enum inc_lint_rule r;
	char name[32];

	if (!eq || (size_t)(eq - arg) >= sizeof(name))
		cli_die(EXIT_USAGE, "%s: not rule=mode", arg);
	memcpy(name, arg, (size_t)(eq - arg));
	name[eq - arg] = '\0';
	if (inc_lint_rule_parse(&r, name) < 0 ||
	    inc_lint_mode_parse(&args->mode[r], eq + 1) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
}

/*
 * Each component given one the team declared (else a usage error): one
 * not known here is looked for again after a fetch, as a teammate may
 * have declared it on another clone a moment ago.
 */
static void
components_known(inc_repo *repo, const char *const *names, int statuses)
{
	int rc = inc_components_check(repo, names, statuses);

	if (rc == INC_ENOTFOUND && cli_fetch(repo))
		rc = inc_components_check(repo, names, statuses);
	if (rc < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
}

/*
 * The update recorded if nothing refuses it (checked under the lock,
 * against the incident as it then is), or with --force; its findings,
 * refusals and advice, are said either way. With refused, a refusal is
 * no exit: it gets the findings and the result is 1. With lone, the text
 * was the only operand: one word naming an incident is refused.
 */
static int
record(struct cli *c, struct inc_status_args *args, const char *name,
    char *text, char **refused, int lone)
{
	inc_repo *repo = cli_repo(c);
	char *id, *findings, *announcement, *update;
	int rc;

	if (lone)
		cli_not_an_incident(repo, text, "an update", "the update");
	id = cli_incident_recent(repo, name, " (the first of several words "
	    "names the incident: quote the update)");
	cli_not_stale(repo, name, id);
	args->message = inc_text_trim(text);
	components_known(repo, args->components, 1);
	rc = inc_status(&announcement, &update, &findings, repo, id, args,
	    &c->how);
	if (findings)
		say_findings(findings);
	if (rc < 0 && refused && findings && rc == INC_EINVALID) {
		cli_say(stderr, prog, inc_error());
		*refused = findings;
		free(id);
		inc_repo_free(repo);
		return 1;
	}
	if (rc < 0) {
		if (refused)
			cli_keep("update", text);
		cli_fail(rc);
	}
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

/*
 * --edit: the editor until the update is recorded; refused, it opens again
 * with the findings as comments. An update given back unchanged after a
 * refusal is not recorded: it is kept in a file, its path said.
 */
static int
edit_loop(struct cli *c, struct inc_status_args *args, const char *name)
{
	inc_repo *repo = cli_repo(c);
	char *text, *findings = NULL, *last, *id;
	int status;

	/*
	 * No incident, or a component not declared, refuses whatever is
	 * written: said before the editor opens, not after, when what was
	 * typed would be lost with it.
	 */
	id = cli_incident_recent(repo, name, " (-e takes the incident only: "
	    "the update is written in the editor)");
	cli_not_stale(repo, name, id);
	components_known(repo, args->components, 1);
	text = edit_update(repo, NULL, NULL);
	inc_repo_free(repo);
	name = id;
	for (;;) {
		if (!*text) {
			free(text);
			free(findings);
			cli_die(EXIT_FAIL, "update: empty");
		}
		free(findings);
		findings = NULL;
		if ((status = record(c, args, name, text, &findings, 0)) != 1)
			break;
		last = text;
		repo = cli_repo(c);
		text = edit_update(repo, last, findings);
		inc_repo_free(repo);
		if (!strcmp(text, last)) {
			cli_keep("update", text);
			free(last);
			status = EXIT_FAIL;
			break;
		}
		free(last);
	}
	free(findings);
	free(text);
	free(id);
	return status;
}

/*
 * --from and --until: a date and time as -t takes one (2026-11-25T02:00:00Z,
 * '2026-11-25 02:00 UTC', or '2026-11-25 02:00' in local time), in the
 * next ten years or the past.
 */
static void
window_time(int64_t *out, const char *text, int64_t now)
{
	if (strlen(text) < 16 || text[4] != '-' ||
	    inc_time_parse(out, text, now + 3650LL * 86400) < 0)
		cli_die(EXIT_USAGE, "%s: invalid time (use 2026-11-25T02:00:00Z, "
		    "'2026-11-25 02:00 UTC' or '2026-11-25 02:00' in local time, "
		    "in the next ten years)", text);
}

/* --maintenance: a window announced, started, verified or completed */
static int
maintenance(struct cli *c, struct inc_maintenance_args *args,
    const char *name, char *text, int lone)
{
	inc_repo *repo = cli_repo(c);
	char *id, *announcement;
	int rc;

	if (lone)
		cli_not_an_incident(repo, text, "a notice", "the notice");
	id = cli_incident(repo, name, " (the first of several words "
	    "names the incident: quote the text)");
	cli_not_stale(repo, name, id);
	args->message = inc_text_trim(text);
	components_known(repo, args->components, 0);
	/* a window that would end before it begins, as --from and --until */
	if ((rc = inc_maintenance_check(repo, id, args, &c->how)) < 0)
		cli_die(rc == INC_EINVALID ? EXIT_USAGE : EXIT_FAIL, "%s",
		    inc_error());
	if (inc_maintenance(&announcement, repo, id, args, &c->how) < 0)
		cli_fail(INC_ERROR);
	cli_say(stderr, NULL, announcement);
	cli_said(repo);
	free(announcement);
	free(id);
	inc_repo_free(repo);
	return EXIT_OK;
}

/*
 * An option given an empty value (-k "", a script's variable left unset)
 * is a usage error, said as --OPTION: empty, whatever the option.
 */
static void
not_empty(const struct option *longopts, int opt, const char *arg)
{
	if (!arg || *arg || opt == '?')
		return;
	for (const struct option *o = longopts; o->name; o++)
		if (o->val == opt && o->has_arg == required_argument)
			cli_die(EXIT_USAGE, "--%s: empty", o->name);
	cli_die(EXIT_USAGE, "-%c: empty", opt);
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

/*
 * --contacted CUSTOMER, --tickets N and --every INTERVAL: what
 * Communications did, and how often it updates customers.
 */
static int
contact(struct cli *c, const char *customer, const char *tickets,
    int64_t every, int operands, char **operand)
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
	cli_not_stale(repo, c->incident ? c->incident : operands ? operand[0] :
	    NULL, id);
	if (every != INC_CADENCE_KEEP)
		rc = inc_cadence(&announcement, repo, id, INC_CADENCE_KEEP, every,
		    &c->how);
	else if (customer)
		rc = inc_status_contact(&announcement, repo, id, customer,
		    &c->how);
	else
		rc = inc_status_tickets(&announcement, repo, id, count, &c->how);
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
		{"maintenance", required_argument, NULL, CLI_OPT_MAINTENANCE},
		{"from", required_argument, NULL, CLI_OPT_FROM},
		{"until", required_argument, NULL, CLI_OPT_UNTIL},
		{"every", required_argument, NULL, 'E'},
		{"mode", required_argument, NULL, 'M'},
		{"us", required_argument, NULL, 'U'},
		{"internal", required_argument, NULL, 'J'},
		{NULL, 0, NULL, 0}
	};
	struct inc_status_args args = {.status = "investigating"};
	struct inc_lint_args lint = {0};
	struct inc_maintenance_args window = {0};
	struct cli c;
	const char **names, **components, **us, **internal;
	size_t nnames = 0, ncomponents = 0, nus = 0, ninternal = 0;
	int opt, checking = 0, resolved = 0, due = 0, edit = 0, first, status,
	    modes = 0;
	const char *name = NULL, *customer = NULL, *tickets = NULL;
	int64_t every = INC_CADENCE_KEEP;
	char *text;
	int lone;

	cli_init(&c, argv, usage_text);
	cli_text_operands("an update");
	names = cli_hold(calloc((size_t)argc + 1, sizeof(*names)));
	components = cli_hold(calloc((size_t)argc + 1, sizeof(*components)));
	us = cli_hold(calloc((size_t)argc + 1, sizeof(*us)));
	internal = cli_hold(calloc((size_t)argc + 1, sizeof(*internal)));
	if (!names || !components || !us || !internal)
		cli_die(EXIT_FAIL, "out of memory");
	while ((opt = cli_getopt_long(argc, argv,
	    CLI_COMMON_SHORT CLI_INCIDENT_SHORT "jt:fs:i:p:crn:Dk:T:eE:M:U:J:",
	    longopts, NULL)) != -1) {
		not_empty(longopts, opt, optarg);
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
		case 'M': modes = 1; rule_mode(&lint, optarg); break;
		case 'U':
			if (inc_text_check("--us", optarg, 200, INC_ONE_LINE) < 0)
				cli_die(EXIT_USAGE, "%s", inc_error());
			us[nus++] = optarg;
			modes = 1;
			break;
		case 'J':
			if (inc_text_check("--internal", optarg, 200,
			    INC_ONE_LINE) < 0)
				cli_die(EXIT_USAGE, "%s", inc_error());
			internal[ninternal++] = optarg;
			modes = 1;
			break;
		case CLI_OPT_MAINTENANCE: window.status = optarg; break;
		case CLI_OPT_FROM:
		case CLI_OPT_UNTIL:
			window_time(opt == CLI_OPT_FROM ? &window.from : &window.until,
			    optarg, c.now);
			break;
		case 'k':
			if (inc_text_check("--contacted", optarg, 200,
			    INC_ONE_LINE) < 0)
				cli_die(EXIT_USAGE, "%s", inc_error());
			customer = optarg;
			break;
		case 'T': tickets = optarg; break;
		case 'E': every = cli_interval(optarg); break;
		case 'n':
			if (inc_text_check("--name", optarg, 200, INC_ONE_LINE) < 0)
				cli_die(EXIT_USAGE, "%s", inc_error());
			names[nnames++] = optarg;
			break;
		}
	}
	args.components = components;
	window.components = components;
	first = optind;
	if ((window.from || window.until) && !window.status)
		cli_usage("--from and --until go with --maintenance");
	if (window.status && (checking || due || customer || tickets || edit))
		cli_usage("--maintenance takes a message and components only");
	if (window.status && inc_maintenance_parse(&window.status,
	    window.status) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
	if (window.status && !strcmp(window.status, "scheduled") &&
	    (!window.from || !window.until))
		cli_usage("--maintenance scheduled needs --from and --until");
	if (window.from && window.until && window.until <= window.from)
		cli_usage("--until is not after --from");
	/* a window already over would be listed as upcoming */
	if (window.status && !strcmp(window.status, "scheduled") &&
	    window.until <= (c.how.at ? c.how.at : c.now))
		cli_usage("--until has passed: a scheduled window is ahead");
	if (customer && tickets)
		cli_usage("--contacted and --tickets are separate events");
	if ((customer || tickets) && argc - first > (c.incident ? 0 : 1))
		cli_usage("--contacted and --tickets take no message");
	if (every != INC_CADENCE_KEEP && (customer || tickets))
		cli_usage("--every records the cadence alone: no --contacted or "
		    "--tickets");
	if (every != INC_CADENCE_KEEP && argc - first > 1)
		cli_usage("--every takes no message");
	if (tickets)
		tickets_count(tickets);
	if (checking) {
		if (first < argc)
			cli_usage("no operands expected (the update comes from stdin)");
		cli_question();
		lint.names = names;
		lint.us = nus ? us : NULL;
		lint.internal = internal;
		lint.resolved = resolved || !strcmp(args.status, "resolved");
		lint.monitoring = !strcmp(args.status, "monitoring");
		return check(&lint, c.json);
	}
	/* -r reads as "resolved" to whoever posts the resolved update */
	if (resolved)
		cli_usage("--resolved: goes with --check; a resolved update "
		    "is posted with -s resolved");
	if (nnames || modes)
		cli_usage("--name, --resolved, --mode, --us and --internal go "
		    "with --check");
	if (due) {
		if (first < argc || c.incident)
			cli_usage("--due takes no incident");
		return cli_due(&c, INC_ACTIVE, inc_render_update_due);
	}
	if (c.json)
		cli_usage("--json goes with --due or --check");
	if (customer || tickets || every != INC_CADENCE_KEEP)
		return cli_exit(contact(&c, customer, tickets, every,
		    argc - first, argv + first));
	/* the text the only operand: inc-status db-down is no update */
	lone = !c.incident && argc - first == 1 && strcmp(argv[first], "-");
	if (window.status) {
		text = operand_text(&c, argc - first, argv + first,
		    "maintenance", &name);
		status = maintenance(&c, &window, name, text, lone);
		cli_keep_at_exit(NULL, NULL);
		free(text);
		return cli_exit(status);
	}
	if (edit) {
		if (argc - first > 1)
			cli_usage("--edit takes no message");
		if (c.incident && argc - first)
			cli_usage("--edit takes no message");
		return cli_exit(edit_loop(&c, &args, c.incident ? c.incident :
		    argv[first]));
	} else {
		text = operand_text(&c, argc - first, argv + first, "update",
		    &name);
	}
	status = record(&c, &args, name, text, NULL, lone);
	cli_keep_at_exit(NULL, NULL);
	free(text);
	return cli_exit(status);
}
