/* inc-brief: the incident briefing, for whoever asks to be filled in. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

static const char usage_text[] =
    "inc-brief [-C dir] [-j | -F format] [--role role] [--incident id | id]\n"
    "role: ic (the whole briefing), comms, ops or ops:NAME (its part)\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		CLI_INCIDENT_LONG,
		{"json", no_argument, NULL, 'j'},
		{"format", required_argument, NULL, 'F'},
		{"role", required_argument, NULL, CLI_OPT_ROLE},
		{NULL, 0, NULL, 0}
	};
	enum inc_format format = INC_FORMAT_TEXT;
	struct cli c;
	inc_repo *repo;
	inc_incident *incident;
	char role[INC_ROLE_MAX + 1], *id, *out;
	const char *part = NULL;
	int opt, formats = 0;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT
	    CLI_INCIDENT_SHORT "jF:", longopts, NULL)) != -1)
		if (cli_option(&c, opt, optarg))
			continue;
		else if (opt == 'F')
			format = cli_format(optarg), formats = 1;
		else if (opt == CLI_OPT_ROLE && inc_role_parse(role, optarg) < 0)
			cli_die(EXIT_USAGE, "%s", inc_error());
		else if (opt == CLI_OPT_ROLE)
			part = role;
	/* -j is -F json: with another format, which one is meant? */
	if (c.json && formats && format != INC_FORMAT_JSON)
		cli_usage("--json and --format: give one of them");
	if (c.json)
		format = INC_FORMAT_JSON;
	if (argc - optind > (c.incident ? 0 : 1))
		cli_usage("too many operands");
	repo = cli_repo_read(&c);
	cli_fresh(&c, repo, 1);
	cli_warnings(); /* what its fetch merged: an event changed */
	id = cli_incident_recent(repo, c.incident ? c.incident : argv[optind],
	    NULL);
	if (inc_incident_load(&incident, repo, id, INC_LOAD_EVENTS) < 0 ||
	    inc_brief(&out, incident, repo, part, format, c.now) < 0)
		cli_fail(INC_ERROR);
	cli_out(out);
	free(out);
	inc_incident_free(incident);
	free(id);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
