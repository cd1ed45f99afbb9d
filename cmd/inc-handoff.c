/* inc-handoff: hand a role to a person, or release it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static const char usage_text[] =
    "inc-handoff [-C dir] [-t time] [-f] [-m message] [--next] [id] role "
    "person\n"
    "role: ic, comms, ops or ops:NAME; person: a name, \"Name <email>\", "
    "me, or - to release\n"
    "--next: name who takes the role next, or - for nobody\n";

static void
warn_no_briefing(void)
{
	char prefix[128];

	snprintf(prefix, sizeof(prefix), "%s: warning: no briefing", prog);
	cli_say(stderr, prefix, inc_error());
}

/* Does somebody hold role now (so that it is handed over, not staffed)? */
static int
held(inc_repo *repo, const char *id, const char *role)
{
	char lower[INC_ROLE_MAX + 1];
	inc_incident *incident;
	int yes;

	if (inc_role_parse(lower, role) < 0 ||
	    inc_incident_load(&incident, repo, id, INC_LOAD_PICTURE) < 0)
		return 0;
	yes = inc_incident_holder(incident, lower) != NULL;
	inc_incident_free(incident);
	return yes;
}

/*
 * The briefing for the incoming holder, after the announcement and a
 * blank line, before the hooks run: the part of it the role needs. The
 * hand-off is recorded already: a briefing that cannot be made is a
 * warning.
 */
static void
briefing(struct cli *c, inc_repo *repo, const char *id, const char *role)
{
	char lower[INC_ROLE_MAX + 1], *out;
	inc_incident *incident;

	if (inc_role_parse(lower, role) < 0 ||
	    inc_incident_load(&incident, repo, id, INC_LOAD_EVENTS) < 0) {
		warn_no_briefing();
		return;
	}
	if (inc_brief(&out, incident, repo, lower, INC_FORMAT_TEXT,
	    c->now) < 0) {
		warn_no_briefing();
	} else {
		printf("\n");
		cli_out(out);
		free(out);
	}
	inc_incident_free(incident);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		CLI_INCIDENT_LONG,
		{"at", required_argument, NULL, 't'},
		{"force", no_argument, NULL, 'f'},
		{"next", no_argument, NULL, CLI_OPT_NEXT},
		{"message", required_argument, NULL, 'm'},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	inc_repo *repo;
	const char *name = NULL, *role, *person, *message = NULL;
	char *id, *announcement;
	int opt, n, handed, next = 0;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT
	    CLI_INCIDENT_SHORT "t:fm:", longopts, NULL)) != -1)
		if (cli_option(&c, opt, optarg))
			continue;
		else if (opt == CLI_OPT_NEXT)
			next = 1;
		else if (opt == 'm')
			message = optarg;
	n = argc - optind;
	if (n < 2)
		cli_usage("missing %s", n ? "person" : "role and person");
	if (n > (c.incident ? 2 : 3))
		cli_usage("too many operands");
	if (n == 3)
		name = argv[optind++];
	else
		name = c.incident;
	role = argv[optind], person = argv[optind + 1];
	cli_role(role, next ? NULL : person); /* --next ic -: nobody next */
	if (strcmp(person, "-") && inc_person_check("person", person) < 0)
		cli_die(EXIT_USAGE, "%s", inc_error());
	repo = cli_repo(&c);
	id = cli_incident(repo, name, NULL);
	cli_not_stale(repo, name, id);
	/* the briefing for the incoming holder is made from the picture,
	 * as inc-brief's is: from a copy fetched first, said when it is
	 * not fresh */
	if (!next)
		cli_fresh_write(&c, repo);
	handed = !next && strcmp(person, "-") && held(repo, id, role);
	if ((next ? inc_next : inc_handoff)(&announcement, repo, id, role,
	    person, message, &c.how) < 0)
		cli_fail(INC_ERROR);
	cli_say(stdout, NULL, announcement);
	/* before the hooks, which a Ctrl-C at a slow one would end it with */
	if (handed)
		briefing(&c, repo, id, role);
	cli_said(repo);
	free(announcement);
	free(id);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
