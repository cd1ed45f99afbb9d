/* inc-log: an incident's events in log order. */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"

static const char usage_text[] =
    "inc-log [-C dir] [-j] [--activity] [id]\n"
    "--activity: the activity log (ICS-214), by person and position\n";

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_COMMON_LONG,
		CLI_INCIDENT_LONG,
		{"json", no_argument, NULL, 'j'},
		{"activity", no_argument, NULL, CLI_OPT_ACTIVITY},
		{NULL, 0, NULL, 0}
	};
	struct cli c;
	inc_repo *repo;
	inc_incident *incident;
	enum inc_format format;
	char *id, *out;
	int opt, activity = 0;

	cli_init(&c, argv, usage_text);
	while ((opt = cli_getopt_long(argc, argv, CLI_COMMON_SHORT
	    CLI_INCIDENT_SHORT "j", longopts, NULL)) != -1)
		if (!cli_option(&c, opt, optarg) && opt == CLI_OPT_ACTIVITY)
			activity = 1;
	if (argc - optind > (c.incident ? 0 : 1))
		cli_usage("too many operands");
	repo = cli_repo_read(&c);
	cli_fresh(&c, repo, 0);
	cli_warnings(); /* what its fetch merged: an event changed */
	id = cli_incident_recent(repo, c.incident ? c.incident : argv[optind],
	    NULL);
	format = c.json ? INC_FORMAT_JSON : INC_FORMAT_TEXT;
	if (inc_incident_load(&incident, repo, id, INC_LOAD_EVENTS) < 0 ||
	    (activity ? inc_activity(&out, incident, format, c.now) :
	    inc_render_log(&out, incident, format)) < 0)
		cli_fail(INC_ERROR);
	cli_out(out);
	free(out);
	inc_incident_free(incident);
	free(id);
	inc_repo_free(repo);
	return cli_exit(EXIT_OK);
}
